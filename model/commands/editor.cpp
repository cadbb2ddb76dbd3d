#include "editor.h"

#include "model/routing.h"

#include "changecommand.h"
#include "model/catalogue.h"
#include "model/cidr.h"
#include "model/layout.h"
#include "model/passthrough.h"
#include "model/validator.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace skydraft {

Editor::Editor(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
}

bool Editor::fail(const QString &message)
{
    m_lastError = message;
    return false;
}

void Editor::commit(const QString &text, const QString &mergeKey)
{
    QList<ResourceChange> changes = m_document->endRecording();
    if (!changes.isEmpty())
        m_stack.push(new ChangeCommand(m_document, std::move(changes), text, mergeKey));
}

void Editor::followSubnets(const QString &id, const QString &key)
{
    // Part of the same edit (one undo step): a resource drawn in its subnets moves to them.
    if (key != u"subnets"_s)
        return;
    if (const auto rect = Layout::followSubnets(*m_document, id))
        m_document->setGeometry(id, *rect);
}

QString Editor::placementError(ResourceType type, const QString &parent) const
{
    return Validator::placementError(*m_document, type, parent);
}

QString Editor::freeZone(const QString &vpc) const
{
    QStringList used;
    for (const QString &child : m_document->children(vpc)) {
        const Resource *r = m_document->find(child);
        if (r->type == ResourceType::AvailabilityZone)
            used.append(r->string(u"zone"_s));
    }
    for (char letter = 'a'; letter <= 'z'; ++letter) {
        const QString zone = m_document->region() + QLatin1Char(letter);
        if (!used.contains(zone))
            return zone;
    }
    return m_document->region() + u'a';
}

QString Editor::freeSubnetCidr(const QString &vpc) const
{
    const Resource *v = m_document->find(vpc);
    const auto block = v ? Cidr::parse(v->string(u"cidr"_s)) : std::nullopt;
    if (!block)
        return {};
    QList<Cidr> used;
    for (const Resource *r : m_document->resourcesOfType(ResourceType::Subnet))
        if (m_document->vpcOf(r->id) == vpc)
            if (const auto c = Cidr::parse(r->string(u"cidr"_s)))
                used.append(*c);
    const int prefix = std::max(block->prefix, std::min(24, 28));
    const quint64 step = quint64(1) << (32 - prefix);
    for (quint64 a = block->network(); a + step - 1 <= block->last(); a += step) {
        const Cidr candidate{quint32(a), prefix};
        if (std::none_of(used.begin(), used.end(), [&](const Cidr &u) { return u.overlaps(candidate); }))
            return candidate.toString();
    }
    return {};
}

QString Editor::addResource(ResourceType type, const QString &parent,
                            const std::optional<QRectF> &geometry, const QString &id)
{
    if (!m_readOnly.isEmpty()) {
        fail(m_readOnly);
        return {};
    }
    m_lastError.clear();
    if (const QString why = placementError(type, parent); !why.isEmpty()) {
        fail(why);
        return {};
    }
    const TypeSpec &spec = Catalogue::spec(type);
    Resource r;
    r.type = type;
    r.parent = parent;
    if (!id.isEmpty()) {
        if (!Validator::isValidId(id)) {
            fail(tr("\"%1\" is not a valid id: use letters and digits, starting with a letter.").arg(id));
            return {};
        }
        if (m_document->contains(id)) {
            fail(tr("The id \"%1\" is already taken.").arg(id));
            return {};
        }
        r.id = id;
    } else {
        r.id = m_document->uniqueId(spec.idPrefix);
    }
    // Defaults that depend on the neighbours: a free zone for an AZ, a free block for a subnet.
    if (type == ResourceType::AvailabilityZone)
        r.properties.insert(u"zone"_s, freeZone(parent));
    if (type == ResourceType::Subnet) {
        const QString cidr = freeSubnetCidr(m_document->vpcOf(parent));
        if (!cidr.isEmpty())
            r.properties.insert(u"cidr"_s, cidr);
    }
    m_document->beginRecording();
    m_document->insert(r);
    m_document->setGeometry(r.id, geometry);
    commit(tr("Add %1").arg(typeLabel(type)));
    return r.id;
}

bool Editor::makeSubnetPublic(const QString &subnet, const Placer &place)
{
    if (!m_readOnly.isEmpty())
        return fail(m_readOnly);
    m_lastError.clear();
    const Resource *s = m_document->find(subnet);
    if (!s || s->type != ResourceType::Subnet)
        return fail(tr("There is no subnet \"%1\".").arg(subnet));
    const QString vpc = m_document->vpcOf(subnet);
    if (vpc.isEmpty())
        return fail(tr("%1 is not in a VPC.").arg(subnet));
    if (skydraft::isPublicSubnet(*m_document, subnet))
        return fail(tr("%1 is already public: it routes the internet to an internet gateway.").arg(subnet));
    const auto newResource = [&](ResourceType type) {
        Resource r;
        r.type = type;
        r.parent = vpc;
        r.id = m_document->uniqueId(Catalogue::spec(type).idPrefix);
        m_document->insert(r);
        m_document->setGeometry(r.id, place ? place(type, vpc) : std::nullopt);
        return r.id;
    };
    m_document->beginRecording();
    QString igw = internetGatewayOf(*m_document, vpc);
    if (igw.isEmpty())
        igw = newResource(ResourceType::InternetGateway);
    // A table of the VPC that already sends the internet to the gateway (another public
    // subnet's) is shared; else a new one.
    QString table;
    for (const QString &id : m_document->children(vpc)) {
        const Resource *r = m_document->find(id);
        if (r->type != ResourceType::RouteTable)
            continue;
        for (const QVariant &v : r->rows(u"routes"_s)) {
            const QVariantMap route = v.toMap();
            if (route.value(u"destination"_s).toString() == u"0.0.0.0/0"_s && route.value(u"target"_s).toString() == igw) {
                table = id;
                break;
            }
        }
        if (!table.isEmpty())
            break;
    }
    if (table.isEmpty()) {
        table = newResource(ResourceType::RouteTable);
        m_document->setProperty(table, u"routes"_s,
                                QVariantList{QVariantMap{{u"destination"_s, u"0.0.0.0/0"_s}, {u"target"_s, igw}}});
    }
    m_document->setProperty(subnet, u"routeTable"_s, table);
    commit(tr("Make %1 Public").arg(subnet));
    return true;
}

void Editor::dropReferencesTo(const QStringList &gone)
{
    // Collect first: editing while walking the document would move the ground under us.
    QList<Reference> refs;
    for (const QString &from : m_document->ids()) {
        if (gone.contains(from))
            continue;
        for (const Reference &ref : m_document->referencesFrom(from))
            if (gone.contains(ref.to))
                refs.append(ref);
    }
    // Table rows are removed back to front so the row numbers stay right.
    std::sort(refs.begin(), refs.end(), [](const Reference &a, const Reference &b) { return a.row > b.row; });
    for (const Reference &ref : std::as_const(refs)) {
        const Resource *r = m_document->find(ref.from);
        const PropertySpec *spec = Catalogue::property(r->type, ref.property);
        if (spec->kind == ValueKind::Reference) {
            m_document->setProperty(ref.from, ref.property, QString());
        } else if (spec->kind == ValueKind::ReferenceList) {
            QStringList list = r->references(ref.property);
            list.removeAll(ref.to);
            m_document->setProperty(ref.from, ref.property, list);
        } else if (spec->kind == ValueKind::Table) {
            QVariantList rows = r->rows(ref.property);
            if (ref.row >= rows.size())
                continue;
            QVariantMap row = rows[ref.row].toMap();
            const PropertySpec *col = spec->column(ref.column);
            // A route without its target, or a rule whose only source is gone, means nothing.
            const bool required = col && col->required;
            const bool ruleWithoutSource = ref.column == u"group"_s && row.value(u"cidr"_s).toString().isEmpty();
            if (required || ruleWithoutSource) {
                rows.removeAt(ref.row);
            } else {
                row.remove(ref.column);
                rows[ref.row] = row;
            }
            m_document->setProperty(ref.from, ref.property, rows);
        }
    }
}

bool Editor::removeResources(const QStringList &ids)
{
    if (!m_readOnly.isEmpty())
        return fail(m_readOnly);
    m_lastError.clear();
    QStringList all;
    for (const QString &id : ids) {
        if (!m_document->contains(id))
            return fail(tr("There is no resource \"%1\".").arg(id));
        if (all.contains(id))
            continue;
        all.append(id);
        for (const QString &d : m_document->descendants(id))
            if (!all.contains(d))
                all.append(d);
    }
    if (all.isEmpty())
        return true;
    m_document->beginRecording();
    dropReferencesTo(all);
    // Children first, so no resource is ever orphaned on the way.
    for (auto it = all.crbegin(); it != all.crend(); ++it)
        m_document->remove(*it);
    commit(all.size() == 1 ? tr("Delete %1").arg(all.first()) : tr("Delete %n resource(s)", nullptr, int(all.size())));
    return true;
}

bool Editor::setProperty(const QString &id, const QString &key, const QVariant &value)
{
    if (!m_readOnly.isEmpty())
        return fail(m_readOnly);
    m_lastError.clear();
    const Resource *r = m_document->find(id);
    if (!r)
        return fail(tr("There is no resource \"%1\".").arg(id));
    const PropertySpec *spec = Catalogue::property(r->type, key);
    if (!spec)
        return fail(tr("%1 has no property \"%2\".").arg(typeLabel(r->type), key));
    m_document->beginRecording();
    m_document->setProperty(id, key, value);
    followSubnets(id, key);
    commit(tr("Change %1 of %2").arg(spec->translatedLabel(), id), id + u'/' + key);
    return true;
}

bool Editor::resetProperty(const QString &id, const QString &key)
{
    if (!m_readOnly.isEmpty())
        return fail(m_readOnly);
    m_lastError.clear();
    const Resource *r = m_document->find(id);
    if (!r)
        return fail(tr("There is no resource \"%1\".").arg(id));
    const PropertySpec *spec = Catalogue::property(r->type, key);
    if (!spec)
        return fail(tr("%1 has no property \"%2\".").arg(typeLabel(r->type), key));
    m_document->beginRecording();
    m_document->unsetProperty(id, key);
    followSubnets(id, key);
    commit(tr("Reset %1 of %2").arg(spec->translatedLabel(), id));
    return true;
}

bool Editor::setName(const QString &id, const QString &name)
{
    if (!m_readOnly.isEmpty())
        return fail(m_readOnly);
    m_lastError.clear();
    if (!m_document->contains(id))
        return fail(tr("There is no resource \"%1\".").arg(id));
    m_document->beginRecording();
    m_document->setName(id, name);
    commit(tr("Rename %1").arg(id), id + u"/name"_s);
    return true;
}

bool Editor::setProperties(const QList<PropertyEdit> &edits, const QString &text, const QString &mergeKey)
{
    if (!m_readOnly.isEmpty())
        return fail(m_readOnly);
    m_lastError.clear();
    for (const PropertyEdit &e : edits) {
        const Resource *r = m_document->find(e.id);
        if (!r)
            return fail(tr("There is no resource \"%1\".").arg(e.id));
        if (!Catalogue::property(r->type, e.key))
            return fail(tr("%1 has no property \"%2\".").arg(typeLabel(r->type), e.key));
    }
    if (edits.isEmpty())
        return true;
    m_document->beginRecording();
    for (const PropertyEdit &e : edits) {
        if (e.value.isValid())
            m_document->setProperty(e.id, e.key, e.value);
        else
            m_document->unsetProperty(e.id, e.key);
        followSubnets(e.id, e.key);
    }
    const PropertyEdit &first = edits.first();
    const PropertySpec *spec = Catalogue::property(m_document->find(first.id)->type, first.key);
    commit(!text.isEmpty()       ? text
               : edits.size() == 1 ? tr("Change %1 of %2").arg(spec->translatedLabel(), first.id)
                                   : tr("Change %1 of %n resource(s)", nullptr, int(edits.size())).arg(spec->translatedLabel()),
           mergeKey);
    return true;
}

bool Editor::setNames(const QStringList &ids, const QString &name)
{
    if (!m_readOnly.isEmpty())
        return fail(m_readOnly);
    m_lastError.clear();
    for (const QString &id : ids)
        if (!m_document->contains(id))
            return fail(tr("There is no resource \"%1\".").arg(id));
    m_document->beginRecording();
    for (const QString &id : ids)
        m_document->setName(id, name);
    commit(ids.size() == 1 ? tr("Rename %1").arg(ids.first()) : tr("Rename %n resource(s)", nullptr, int(ids.size())));
    return true;
}

bool Editor::renameId(const QString &id, const QString &newId)
{
    if (!m_readOnly.isEmpty())
        return fail(m_readOnly);
    m_lastError.clear();
    const Resource *r = m_document->find(id);
    if (!r)
        return fail(tr("There is no resource \"%1\".").arg(id));
    if (newId == id)
        return true;
    if (!Validator::isValidId(newId))
        return fail(tr("\"%1\" is not a valid id: use letters and digits, starting with a letter.").arg(newId));
    if (m_document->contains(newId))
        return fail(tr("The id \"%1\" is already taken.").arg(newId));
    if (passthrough::usesName(m_document->passThrough(), newId))
        return fail(tr("The id \"%1\" is taken by the imported template (a resource, parameter or folded-in resource of its own).").arg(newId));

    const QList<Reference> refs = m_document->referencesTo(id);
    const QStringList kids = m_document->children(id);
    const ResourceState old = *m_document->state(id);

    m_document->beginRecording();
    Resource renamed = old.resource;
    renamed.id = newId;
    m_document->insert(renamed, old.index);
    m_document->setGeometry(newId, old.geometry);
    for (const QString &kid : kids)
        m_document->setParent(kid, newId);
    for (const Reference &ref : refs) {
        const QString from = ref.from == id ? newId : ref.from;
        const Resource *holder = m_document->find(from);
        const QVariant value = holder->value(ref.property);
        if (ref.row < 0 && value.typeId() == QMetaType::QString) {
            m_document->setProperty(from, ref.property, newId);
        } else if (ref.row < 0) {
            QStringList list = value.toStringList();
            list.replaceInStrings(QRegularExpression(u"^"_s + QRegularExpression::escape(id) + u"$"_s), newId);
            m_document->setProperty(from, ref.property, list);
        } else {
            QVariantList rows = value.toList();
            QVariantMap row = rows[ref.row].toMap();
            row.insert(ref.column, newId);
            rows[ref.row] = row;
            m_document->setProperty(from, ref.property, rows);
        }
    }
    m_document->remove(id);
    // What an imported template keeps names it too (a log group's Ref, an output's GetAtt,
    // the design as imported): renamed with it, in the same undo step.
    const QByteArray keptBefore = m_document->passThrough();
    const QByteArray keptAfter = passthrough::renamed(keptBefore, id, newId, old.resource.isExternal());
    m_document->setPassThrough(keptAfter);
    QList<ResourceChange> changes = m_document->endRecording();
    auto *command = new ChangeCommand(m_document, std::move(changes), tr("Change id %1 to %2").arg(id, newId));
    if (keptAfter != keptBefore)
        command->setPassThroughChange(keptBefore, keptAfter);
    m_stack.push(command);
    return true;
}

bool Editor::reparent(const QString &id, const QString &parent, const std::optional<QRectF> &geometry)
{
    if (!m_readOnly.isEmpty())
        return fail(m_readOnly);
    m_lastError.clear();
    const Resource *r = m_document->find(id);
    if (!r)
        return fail(tr("There is no resource \"%1\".").arg(id));
    if (const QString why = placementError(r->type, parent); !why.isEmpty())
        return fail(why);
    if (parent == id || m_document->descendants(id).contains(parent))
        return fail(tr("%1 cannot be placed inside itself.").arg(id));
    m_document->beginRecording();
    m_document->setParent(id, parent);
    if (geometry)
        m_document->setGeometry(id, geometry);
    commit(tr("Move %1 into %2").arg(id, parent.isEmpty() ? tr("the canvas") : parent));
    return true;
}

bool Editor::setGeometry(const QHash<QString, QRectF> &geometry, const QString &text)
{
    if (!m_readOnly.isEmpty())
        return fail(m_readOnly);
    m_lastError.clear();
    for (auto it = geometry.cbegin(); it != geometry.cend(); ++it)
        if (!m_document->contains(it.key()))
            return fail(tr("There is no resource \"%1\".").arg(it.key()));
    m_document->beginRecording();
    QStringList keys = geometry.keys();
    keys.sort(); // deterministic signal order
    for (const QString &id : keys)
        m_document->setGeometry(id, geometry.value(id));
    commit(text.isEmpty() ? tr("Move") : text);
    return true;
}

} // namespace skydraft
