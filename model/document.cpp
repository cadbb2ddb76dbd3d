#include "document.h"
#include "zones.h"

#include "catalogue.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace skydraft {

Document::Document(QObject *parent)
    : QObject(parent)
    , m_region(u"us-east-1"_s)
{
}

Document::~Document() = default;

void Document::setTitle(const QString &title)
{
    if (title == m_title)
        return;
    m_title = title;
    Q_EMIT metadataChanged();
    Q_EMIT changed();
}

void Document::setDescription(const QString &description)
{
    if (description == m_description)
        return;
    m_description = description;
    Q_EMIT metadataChanged();
    Q_EMIT changed();
}

void Document::setRegion(const QString &region)
{
    if (region == m_region)
        return;
    m_region = region;
    Q_EMIT metadataChanged();
    Q_EMIT changed();
}

void Document::setPassThrough(const QByteArray &json)
{
    if (json == m_passThrough)
        return;
    m_passThrough = json;
    Q_EMIT metadataChanged();
    Q_EMIT changed();
}

void Document::copyFrom(const Document &other)
{
    if (&other == this)
        return;
    clear();
    setTitle(other.title());
    setDescription(other.description());
    setRegion(other.region());
    setPassThrough(other.passThrough());
    for (const Resource *r : other.resources())
        insert(*r);
    for (const QString &id : other.ids())
        setGeometry(id, other.geometry(id));
}

const Resource *Document::find(const QString &id) const
{
    const auto it = m_resources.find(id);
    return it == m_resources.end() ? nullptr : &it->second;
}

QList<const Resource *> Document::resources() const
{
    if (!m_orderedValid) {
        m_ordered.clear();
        m_ordered.reserve(m_order.size());
        for (const QString &id : m_order)
            m_ordered.append(find(id));
        m_orderedValid = true;
    }
    return m_ordered; // implicitly shared
}

QList<const Resource *> Document::resourcesOfType(ResourceType type) const
{
    QList<const Resource *> list;
    for (const Resource *r : resources())
        if (r->type == type)
            list.append(r);
    return list;
}

QString Document::uniqueId(const QString &prefix) const
{
    for (int n = 1;; ++n) {
        const QString id = prefix + QString::number(n);
        if (!contains(id))
            return id;
    }
}

QStringList Document::descendants(const QString &id) const
{
    QStringList out;
    QStringList stack = children(id);
    std::reverse(stack.begin(), stack.end());
    while (!stack.isEmpty()) {
        const QString next = stack.takeLast();
        out.append(next);
        QStringList kids = children(next);
        std::reverse(kids.begin(), kids.end());
        stack.append(kids);
    }
    return out;
}

QString Document::ancestorOfType(const QString &id, ResourceType type) const
{
    QString current = id;
    // Bounded walk: a cycle in a hand-edited file must not hang us.
    for (int guard = 0; guard < 64 && !current.isEmpty(); ++guard) {
        const Resource *r = find(current);
        if (!r)
            return {};
        if (r->type == type)
            return current;
        current = r->parent;
    }
    return {};
}

QStringList Document::securityGroupsOf(const QString &id) const
{
    const Resource *r = find(id);
    if (!r)
        return {};
    if (r->type == ResourceType::AutoScalingGroup) {
        const Resource *lt = find(r->string(u"launchTemplate"_s));
        return lt ? lt->references(u"securityGroups"_s) : QStringList();
    }
    if (!Catalogue::property(r->type, u"securityGroups"_s))
        return {};
    return r->references(u"securityGroups"_s);
}

QStringList Document::subnetsOf(const QString &id) const
{
    const Resource *r = find(id);
    if (!r)
        return {};
    if (r->type == ResourceType::Subnet)
        return {id};
    if (Catalogue::property(r->type, u"subnets"_s)) {
        QStringList subnets = r->references(u"subnets"_s);
        if (subnets.isEmpty() && r->type == ResourceType::RdsInstance) {
            // A read replica without its own subnet group lives beside its source.
            const QString source = r->string(u"sourceDb"_s);
            if (!source.isEmpty() && source != id)
                if (const Resource *src = find(source))
                    subnets = src->references(u"subnets"_s);
        }
        return subnets;
    }
    const QString subnet = ancestorOfType(id, ResourceType::Subnet);
    return subnet.isEmpty() ? QStringList() : QStringList{subnet};
}

QString Document::vpcOf(const QString &id) const
{
    // Asked again and again by validation and the checker: remembered until the next change.
    const auto memo = m_vpcMemo.find(id);
    if (memo != m_vpcMemo.end())
        return memo->second;
    const QString vpc = findVpc(id);
    if (m_vpcMemo.empty())
        m_vpcMemo.reserve(m_resources.size()); // no rehashing while a whole design is asked
    m_vpcMemo.emplace(id, vpc);
    return vpc;
}

QString Document::findVpc(const QString &id) const
{
    const QString direct = ancestorOfType(id, ResourceType::Vpc);
    if (!direct.isEmpty())
        return direct;
    for (const QString &subnet : subnetsOf(id)) {
        const QString vpc = ancestorOfType(subnet, ResourceType::Vpc);
        if (!vpc.isEmpty())
            return vpc;
    }
    return {};
}

QString Document::zoneOf(const QString &id) const
{
    const QString az = ancestorOfType(id, ResourceType::AvailabilityZone);
    if (az.isEmpty())
        return {};
    return find(az)->string(u"zone"_s);
}

QStringList Document::zonesOf(const QString &id) const
{
    QStringList zones;
    for (const QString &subnet : subnetsOf(id)) {
        const QString zone = zoneOf(subnet);
        if (!zone.isEmpty() && !zones.contains(zone))
            zones.append(zone);
    }
    return zones;
}

namespace {
void collectReferences(const Resource &r, QList<Reference> &out)
{
    for (const PropertySpec &spec : Catalogue::spec(r.type).properties) {
        if (!r.isSet(spec.key) && spec.kind != ValueKind::Table)
            continue; // defaults never reference anything except table defaults (none do today)
        switch (spec.kind) {
        case ValueKind::Reference: {
            const QString to = r.string(spec.key);
            if (!to.isEmpty())
                out.append({r.id, spec.key, -1, {}, to});
            break;
        }
        case ValueKind::ReferenceList:
            for (const QString &to : r.references(spec.key))
                if (!to.isEmpty())
                    out.append({r.id, spec.key, -1, {}, to});
            break;
        case ValueKind::Table: {
            const QVariantList rows = r.rows(spec.key);
            for (int i = 0; i < rows.size(); ++i) {
                const QVariantMap row = rows[i].toMap();
                for (const PropertySpec &col : spec.columns) {
                    if (col.kind != ValueKind::Reference)
                        continue;
                    const QString to = row.value(col.key).toString();
                    if (!to.isEmpty())
                        out.append({r.id, spec.key, i, col.key, to});
                }
            }
            break;
        }
        default:
            break;
        }
    }
}
} // namespace

QList<Reference> Document::referencesFrom(const QString &id) const
{
    QList<Reference> out;
    if (const Resource *r = find(id))
        collectReferences(*r, out);
    return out;
}

QList<Reference> Document::referencesTo(const QString &id) const
{
    QList<Reference> all;
    for (const QString &from : m_order)
        collectReferences(*find(from), all);
    QList<Reference> out;
    for (const Reference &ref : all)
        if (ref.to == id)
            out.append(ref);
    return out;
}

std::optional<QRectF> Document::geometry(const QString &id) const
{
    const auto it = m_geometry.constFind(id);
    if (it == m_geometry.constEnd())
        return std::nullopt;
    return *it;
}

bool Document::insert(const Resource &resource, int index)
{
    if (resource.id.isEmpty() || contains(resource.id))
        return false;
    note(resource.id);
    if (m_recording)
        m_recordedMoved.insert(resource.id);
    m_resources.emplace(resource.id, resource);
    orderChanged();
    if (index < 0 || index > m_order.size())
        m_order.append(resource.id);
    else
        m_order.insert(index, resource.id);
    m_children[resource.parent].append(resource.id);
    Q_EMIT resourceAdded(resource.id);
    Q_EMIT changed();
    return true;
}

void Document::removeFromChildren(const QString &parent, const QString &id)
{
    auto it = m_children.find(parent);
    if (it == m_children.end())
        return;
    it->removeOne(id);
    if (it->isEmpty())
        m_children.erase(it);
}

bool Document::remove(const QString &id)
{
    const Resource *r = find(id);
    if (!r)
        return false;
    note(id);
    if (m_recording)
        m_recordedMoved.insert(id);
    for (const QString &child : children(id))
        setParent(child, QString());
    Q_EMIT resourceAboutToBeRemoved(id);
    removeFromChildren(r->parent, id);
    m_order.removeOne(id);
    orderChanged();
    m_geometry.remove(id);
    m_resources.erase(id);
    Q_EMIT resourceRemoved(id);
    Q_EMIT changed();
    return true;
}

bool Document::setProperty(const QString &id, const QString &key, const QVariant &value)
{
    auto it = m_resources.find(id);
    if (it == m_resources.end())
        return false;
    const auto current = it->second.properties.constFind(key);
    if (current != it->second.properties.constEnd() && *current == value)
        return true;
    note(id);
    it->second.properties.insert(key, value);
    Q_EMIT propertyChanged(id, key);
    Q_EMIT changed();
    return true;
}

bool Document::unsetProperty(const QString &id, const QString &key)
{
    auto it = m_resources.find(id);
    if (it == m_resources.end())
        return false;
    if (!it->second.properties.contains(key))
        return true;
    note(id);
    it->second.properties.remove(key);
    Q_EMIT propertyChanged(id, key);
    Q_EMIT changed();
    return true;
}

bool Document::setName(const QString &id, const QString &name)
{
    auto it = m_resources.find(id);
    if (it == m_resources.end())
        return false;
    if (it->second.name == name)
        return true;
    note(id);
    it->second.name = name;
    Q_EMIT nameChanged(id);
    Q_EMIT changed();
    return true;
}

bool Document::setParent(const QString &id, const QString &parent)
{
    auto it = m_resources.find(id);
    if (it == m_resources.end() || parent == id)
        return false;
    const QString old = it->second.parent;
    if (old == parent)
        return true;
    // Refuse cycles: the new parent may not sit below the resource.
    for (QString p = parent; !p.isEmpty();) {
        if (p == id)
            return false;
        const Resource *pr = find(p);
        p = pr ? pr->parent : QString();
    }
    note(id);
    removeFromChildren(old, id);
    it->second.parent = parent;
    m_children[parent].append(id);
    Q_EMIT parentChanged(id, old);
    Q_EMIT changed();
    return true;
}

bool Document::setGeometry(const QString &id, const std::optional<QRectF> &geometry)
{
    if (!contains(id))
        return false;
    if (this->geometry(id) == geometry)
        return true;
    note(id);
    if (geometry)
        m_geometry.insert(id, *geometry);
    else
        m_geometry.remove(id);
    Q_EMIT geometryChanged(id);
    Q_EMIT changed();
    return true;
}

void Document::clear()
{
    const QStringList ids = m_order;
    for (auto it = ids.crbegin(); it != ids.crend(); ++it)
        remove(*it);
    setPassThrough({});
}

std::optional<ResourceState> Document::state(const QString &id) const
{
    const Resource *r = find(id);
    if (!r)
        return std::nullopt;
    return ResourceState{*r, geometry(id), indexOf(id)};
}

void Document::note(const QString &id)
{
    m_vpcMemo.clear(); // every mutation passes here first, before any signal

    if (!m_recording || m_recordedBefore.contains(id))
        return;
    std::optional<ResourceState> before = state(id);
    // The index before the edit began: earlier removals in this edit have shifted the current one.
    if (before)
        before->index = int(m_orderBefore.indexOf(id));
    m_recordedBefore.insert(id, before);
    m_recordedOrder.append(id);
}

void Document::beginRecording()
{
    m_recording = true;
    m_recordedBefore.clear();
    m_recordedOrder.clear();
    m_recordedMoved.clear();
    m_orderBefore = m_order; // implicitly shared: copied only when the order changes
}

QList<ResourceChange> Document::endRecording()
{
    QList<ResourceChange> changes;
    for (const QString &id : std::as_const(m_recordedOrder)) {
        ResourceChange c{id, m_recordedBefore.value(id), state(id)};
        // A resource removed and inserted again may come back with the same state and index
        // and still stand elsewhere among the others: keep it, so its place is restored.
        if (c.before != c.after || (m_recordedMoved.contains(id) && c.before && c.after))
            changes.append(c);
    }
    m_recording = false;
    m_recordedBefore.clear();
    m_recordedOrder.clear();
    m_recordedMoved.clear();
    m_orderBefore.clear();
    return changes;
}

void Document::put(const ResourceState &s)
{
    const Resource &want = s.resource;
    const Resource *have = find(want.id);
    if (!have) {
        insert(want, s.index);
        setGeometry(want.id, s.geometry);
        return;
    }
    if (have->parent != want.parent)
        setParent(want.id, want.parent);
    if (have->name != want.name)
        setName(want.id, want.name);
    // Properties: set what differs, unset what is gone.
    const QVariantMap haveProps = have->properties;
    for (auto it = want.properties.cbegin(); it != want.properties.cend(); ++it)
        setProperty(want.id, it.key(), it.value());
    for (auto it = haveProps.cbegin(); it != haveProps.cend(); ++it)
        if (!want.properties.contains(it.key()))
            unsetProperty(want.id, it.key());
    setGeometry(want.id, s.geometry);
}

void Document::applyChanges(const QList<ResourceChange> &changes, bool toBefore)
{
    auto target = [toBefore](const ResourceChange &c) { return toBefore ? c.before : c.after; };
    // Remove first (children before parents: reverse of recording).
    for (auto it = changes.crbegin(); it != changes.crend(); ++it)
        if (!target(*it))
            remove(it->id);
    QList<ResourceState> wanted;
    for (const ResourceChange &c : changes)
        if (const auto s = target(c))
            wanted.append(*s);
    std::sort(wanted.begin(), wanted.end(),
              [](const ResourceState &a, const ResourceState &b) { return a.index < b.index; });
    // Create absent resources without parents first, so a child never waits for its parent.
    QStringList restored;
    for (const ResourceState &s : std::as_const(wanted)) {
        if (!contains(s.resource.id)) {
            restored.append(s.resource.id);
            ResourceState detached = s;
            detached.resource.parent.clear();
            put(detached);
        }
    }
    // Detach what changes container before attaching anything: halfway between two valid
    // containments (A in B becoming B in A) a move can look like a cycle and be refused.
    for (const ResourceState &s : std::as_const(wanted))
        if (find(s.resource.id)->parent != s.resource.parent)
            setParent(s.resource.id, QString());
    for (const ResourceState &s : std::as_const(wanted))
        put(s);
    // The indices are places in the whole target order, and the resources not touched keep
    // their relative order: take the touched ones out and insert them in ascending index.
    QSet<QString> placed;
    for (const ResourceState &s : std::as_const(wanted))
        placed.insert(s.resource.id);
    QStringList order;
    order.reserve(m_order.size());
    for (const QString &id : std::as_const(m_order))
        if (!placed.contains(id))
            order.append(id);
    for (const ResourceState &s : std::as_const(wanted))
        order.insert(std::clamp<qsizetype>(s.index, 0, order.size()), s.resource.id);
    if (order != m_order) {
        m_order = order;
        orderChanged();
        Q_EMIT changed();
    }
    // Nothing came back: what the step changed (a property set in the inspector, a move) is
    // what the user looks at next.
    if (restored.isEmpty())
        for (const ResourceChange &c : changes) {
            const auto &from = toBefore ? c.after : c.before;
            const auto &to = target(c);
            if (from && to && contains(c.id) && (from->resource != to->resource || from->geometry != to->geometry))
                restored.append(c.id);
        }
    if (!restored.isEmpty())
        Q_EMIT resourcesRestored(restored);
}

QStringList assumedZones(const QString &region)
{
    QString letters = QStringLiteral("abc");
    if (region == QStringLiteral("us-east-1"))
        letters = QStringLiteral("abcdef");
    else if (region == QStringLiteral("us-west-1"))
        letters = QStringLiteral("bc");
    QStringList zones;
    for (QChar c : std::as_const(letters))
        zones.append(region + c);
    return zones;
}

} // namespace skydraft
