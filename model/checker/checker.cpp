#include "checker.h"

#include "linkreach.h"
#include "model/topology.h"
#include "model/validator.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace skydraft {

namespace {
void sortFindings(const Document &doc, QList<Finding> &list)
{
    // Positions of the components, found in one pass over the document (indexOf is linear).
    QHash<QString, int> position;
    for (const Finding &f : list)
        position.insert(f.component, -1);
    const QStringList &ids = doc.ids();
    for (int i = 0; i < ids.size(); ++i) {
        const auto it = position.find(ids[i]);
        if (it != position.end())
            *it = i;
    }
    std::stable_sort(list.begin(), list.end(), [&](const Finding &a, const Finding &b) {
        const int ia = position.value(a.component);
        const int ib = position.value(b.component);
        return ia != ib ? ia < ib : a.rule < b.rule;
    });
}
} // namespace

Finding findingFromDiagnostic(const Diagnostic &d)
{
    Finding f;
    f.rule = d.code.isEmpty() ? u"invalid-design"_s : d.code;
    f.severity = d.severity;
    f.component = d.resourceId;
    f.property = d.property;
    f.row = d.row;
    f.column = d.column;
    f.message = d.message;
    if (const LintRule *r = lintRule(f.rule))
        f.hint = QCoreApplication::translate("skydraft::Checker", r->hint);
    return f;
}

Checker::Checker(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    auto mark = [this](const QString &id) { markDirty(id); };
    connect(document, &Document::resourceAdded, this, mark);
    connect(document, &Document::resourceAboutToBeRemoved, this, mark);
    connect(document, &Document::resourceRemoved, this, [this](const QString &id) {
        // Its findings disappear with it: the next update() reports them as removed.
        m_dropped += m_bySubject.take(id);
        m_dirty.remove(id);
    });
    connect(document, &Document::propertyChanged, this,
            [this](const QString &id, const QString &key) { markDirty(id, key); });
    connect(document, &Document::parentChanged, this, [this](const QString &id, const QString &oldParent) {
        markDirty(id);
        if (!oldParent.isEmpty())
            markDirty(oldParent);
    });
    connect(document, &Document::metadataChanged, this, [this] { recheckAll(); });
    recheckAll();
}

Checker::~Checker() = default;

void Checker::markDirty(const QString &id, const QString &key)
{
    const Resource *r = m_document->find(id);
    if (!r)
        return;
    // Rebuild only what the edit can have changed: a rule edit keeps the reach model (the
    // service graph of DNS, listener and registration links, the Elastic IP index), the lint
    // index and the cross-resource checks. The service graph reads ports from the design.
    static const QStringList indexKeys = {u"securityGroups"_s, u"networkAcl"_s, u"routeTable"_s, u"routes"_s,
                                          u"subnets"_s, u"main"_s, u"isDefault"_s, u"launchTemplate"_s};
    static const QList<ResourceType> designTypes = {
        ResourceType::Subnet, ResourceType::InternetGateway, ResourceType::RouteTable, ResourceType::NetworkAcl,
        ResourceType::AvailabilityZone, ResourceType::ElasticIp, ResourceType::NatGateway, ResourceType::RdsInstance};
    const bool structural = key.isEmpty();
    if (structural || Topology::changesLinks(r->type, key, Topology::serviceKinds)
        || (r->type == ResourceType::ElasticIp && key == u"associatedWith"_s)) // the Elastic IP index
        m_reach.reset();
    m_cacheStale = true;
    if (structural || indexKeys.contains(key) || r->type == ResourceType::AutoScalingGroup)
        m_indexStale = true;
    if (structural || designTypes.contains(r->type))
        m_designDirty = true;
    m_dirty.insert(id);
    for (const Reference &ref : m_document->referencesFrom(id))
        m_dirty.insert(ref.to);
    for (const Reference &ref : m_document->referencesTo(id))
        m_dirty.insert(ref.from);
    // A security group's rules matter to what carries it, and to the load balancers that
    // must reach those carriers; nothing else in the VPC.
    if (r->type == ResourceType::SecurityGroup && !structural) {
        for (const Reference &ref : m_document->referencesTo(id)) {
            const Resource *carrier = m_document->find(ref.from);
            if (carrier && carrier->type == ResourceType::LaunchTemplate)
                for (const Reference &asg : m_document->referencesTo(carrier->id))
                    m_dirty.insert(asg.from);
        }
        for (const QString &child : m_document->children(m_document->vpcOf(id)))
            if (m_document->find(child)->type == ResourceType::LoadBalancer)
                m_dirty.insert(child);
        return;
    }
    // A network component changes what can reach what for everything in its VPC.
    if (net::isNetworkComponent(r->type)) {
        const QString vpc = m_document->vpcOf(id);
        if (!vpc.isEmpty()) {
            m_dirty.insert(vpc);
            for (const QString &d : m_document->descendants(vpc))
                m_dirty.insert(d);
            // Resources that sit in the VPC only through their subnets.
            for (const Resource *other : m_document->resources())
                if (other->parent.isEmpty() && m_document->vpcOf(other->id) == vpc)
                    m_dirty.insert(other->id);
        }
    }
}

void Checker::ensureReachability()
{
    if (!m_reach) {
        m_reach = std::make_unique<net::Reachability>(*m_document);
        m_index = LintIndex::build(*m_document);
        m_cacheStale = m_indexStale = false;
        return;
    }
    if (m_cacheStale) {
        m_reach->cache().clear();
        m_index.subnetEgress.clear();
    }
    if (m_indexStale)
        m_index = LintIndex::build(*m_document);
    m_cacheStale = m_indexStale = false;
}

QList<Finding> Checker::evaluate(const QString &id) const
{
    QList<Finding> out;
    for (const Diagnostic &d : Validator::validateResource(*m_document, id))
        out.append(findingFromDiagnostic(d));
    out += lintResource(*m_document, *m_reach, m_index, id);
    return out;
}

Checker::Delta Checker::update()
{
    Delta delta;
    if (m_dirty.isEmpty() && !m_designDirty && m_dropped.isEmpty())
        return delta;
    ensureReachability();
    for (const QString &id : std::as_const(m_dirty)) {
        if (!m_document->contains(id))
            continue;
        const QList<Finding> before = m_bySubject.value(id);
        const QList<Finding> after = evaluate(id);
        for (const Finding &f : after)
            if (!before.contains(f))
                delta.added.append(f);
        for (const Finding &f : before)
            if (!after.contains(f))
                delta.removed.append(f);
        if (after.isEmpty())
            m_bySubject.remove(id);
        else
            m_bySubject.insert(id, after);
    }
    m_dirty.clear();
    // Findings of removed resources; one that came back (undo) with its resource cancels out.
    for (const Finding &f : std::as_const(m_dropped))
        if (!delta.added.removeOne(f))
            delta.removed.append(f);
    m_dropped.clear();
    if (m_designDirty) {
        QList<Finding> design;
        for (const Diagnostic &d : Validator::validateDesign(*m_document))
            design.append(findingFromDiagnostic(d));
        for (const Finding &f : design)
            if (!m_design.contains(f))
                delta.added.append(f);
        for (const Finding &f : std::as_const(m_design))
            if (!design.contains(f))
                delta.removed.append(f);
        m_design = design;
        m_designDirty = false;
    }
    if (!delta.added.isEmpty() || !delta.removed.isEmpty())
        Q_EMIT findingsChanged();
    return delta;
}

void Checker::recheckAll()
{
    m_bySubject.clear();
    m_design.clear();
    m_dropped.clear();
    m_reach.reset();
    for (const QString &id : m_document->ids())
        m_dirty.insert(id);
    m_designDirty = true;
    update();
}

QList<Finding> Checker::findings() const
{
    QList<Finding> all = m_design;
    for (const QString &id : m_document->ids())
        all += m_bySubject.value(id);
    sortFindings(*m_document, all);
    return all;
}

net::ReachResult Checker::reach(const QString &from, const QString &to, const net::Flow &flow)
{
    ensureReachability();
    return m_reach->reach(from, to, flow);
}

QList<Finding> Checker::check(const Document &document)
{
    const net::Reachability reach(document);
    const LintIndex index = LintIndex::build(document);
    QList<Finding> all;
    for (const Diagnostic &d : Validator::validate(document))
        all.append(findingFromDiagnostic(d));
    for (const QString &id : document.ids())
        all += lintResource(document, reach, index, id);
    sortFindings(document, all);
    return all;
}

} // namespace skydraft
