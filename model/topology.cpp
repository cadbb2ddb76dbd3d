#include "topology.h"

#include "catalogue.h"
#include "document.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace skydraft {

namespace {

using T = ResourceType;

struct Context {
    QSet<QString> recordTargets; ///< what the records point at (valid targets only)
};

/// A link stated by a reference: `key` (or its `column` in every row) of an `owner` names
/// the other end. `reversed`: the named resource sends to the owner (an Auto Scaling group
/// names the target groups that send to it).
struct ReferenceRule {
    ResourceType owner;
    QString key;
    QString column;
    LinkKind kind;
    bool reversed = false;
    bool (*keep)(const Context &, const Resource &owner, const Resource &named) = nullptr;
};

bool isClassic(const Resource &lb) { return lb.string(u"kind"_s) == u"classic"_s; }

const std::vector<ReferenceRule> &referenceRules()
{
    // In the order each owner's links are listed.
    static const std::vector<ReferenceRule> rules = {
        {T::Route53Record, u"target"_s, {}, LinkKind::Dns},
        // The instance behind a record's Elastic IP (a NAT gateway's serves no name).
        {T::ElasticIp, u"associatedWith"_s, {}, LinkKind::Dns, false,
         [](const Context &c, const Resource &eip, const Resource &named) {
             return named.type == T::Ec2Instance && c.recordTargets.contains(eip.id);
         }},
        // A classic load balancer's listeners send to its instances, not to target groups.
        {T::LoadBalancer, u"listeners"_s, u"targetGroup"_s, LinkKind::Listener, false,
         [](const Context &, const Resource &lb, const Resource &) { return !isClassic(lb); }},
        // An ALB's listener rules forward to more target groups (rules apply to ALBs only).
        {T::LoadBalancer, u"rules"_s, u"targetGroup"_s, LinkKind::Listener},
        {T::LoadBalancer, u"instances"_s, {}, LinkKind::Registration}, // applies to classic ones only
        {T::TargetGroup, u"targets"_s, {}, LinkKind::Registration},
        {T::AutoScalingGroup, u"targetGroups"_s, {}, LinkKind::Registration, true},
        {T::AutoScalingGroup, u"loadBalancers"_s, {}, LinkKind::Registration, true,
         [](const Context &, const Resource &, const Resource &lb) { return isClassic(lb); }},
        {T::RdsInstance, u"sourceDb"_s, {}, LinkKind::Replication, true},
    };
    return rules;
}

const std::vector<std::vector<const ReferenceRule *>> &rulesByType()
{
    static const std::vector<std::vector<const ReferenceRule *>> byType = [] {
        std::vector<std::vector<const ReferenceRule *>> out(static_cast<size_t>(resourceTypeCount));
        for (const ReferenceRule &r : referenceRules())
            out[size_t(r.owner)].push_back(&r);
        return out;
    }();
    return byType;
}

bool isStore(T t) { return t == T::RdsInstance || t == T::AuroraCluster || t == T::ElastiCache; }
bool isApp(T t) { return t == T::Ec2Instance || t == T::AutoScalingGroup; }

/// The resources `owner` names through `rule` that exist, are of a type the catalogue allows
/// there, and count (the property applies to the owner).
template<typename Fn>
void forEachNamed(const Document &doc, const ReferenceRule &rule, const Resource &owner, Fn &&fn)
{
    const PropertySpec *spec = Catalogue::property(owner.type, rule.key);
    if (!spec || !spec->appliesTo(owner))
        return;
    const PropertySpec *ref = rule.column.isEmpty() ? spec : spec->column(rule.column);
    if (!ref)
        return;
    auto visit = [&](const QString &id) {
        if (id.isEmpty())
            return;
        const Resource *named = doc.find(id);
        if (named && ref->targets.contains(named->type))
            fn(*named);
    };
    if (!rule.column.isEmpty()) {
        for (const QVariant &row : owner.rows(rule.key))
            visit(row.toMap().value(rule.column).toString());
    } else if (spec->kind == ValueKind::Reference) {
        visit(owner.string(rule.key));
    } else {
        for (const QString &id : owner.references(rule.key))
            visit(id);
    }
}

Context contextOf(const Document &doc)
{
    Context c;
    const ReferenceRule &record = referenceRules().front();
    for (const Resource *r : doc.resourcesOfType(T::Route53Record))
        forEachNamed(doc, record, *r, [&](const Resource &named) { c.recordTargets.insert(named.id); });
    return c;
}

void dataAccess(const Document &doc, QList<Link> &out)
{
    // Security group -> the apps carrying it, in document order.
    QHash<QString, QList<const Resource *>> carriers;
    for (const Resource *r : doc.resources())
        if (isApp(r->type))
            for (const QString &sg : doc.securityGroupsOf(r->id))
                carriers[sg].append(r);
    if (carriers.isEmpty())
        return;
    const QString inbound = u"inbound"_s;
    const QString group = u"group"_s;
    QSet<const Resource *> seen;
    for (const Resource *store : doc.resources()) {
        if (!isStore(store->type))
            continue;
        seen.clear();
        for (const QString &sg : doc.securityGroupsOf(store->id)) {
            const Resource *g = doc.find(sg);
            if (!g || g->type != T::SecurityGroup)
                continue;
            for (const QVariant &row : g->rows(inbound)) {
                const auto it = carriers.constFind(row.toMap().value(group).toString());
                if (it == carriers.constEnd())
                    continue;
                for (const Resource *app : *it)
                    if (!seen.contains(app)) {
                        seen.insert(app);
                        out.append({app->id, store->id, LinkKind::DataAccess});
                    }
            }
        }
    }
}

} // namespace

QList<Link> Topology::links(const Document &doc, LinkKinds kinds)
{
    QList<Link> out;
    const Context context = contextOf(doc);
    const QList<const Resource *> internet =
        kinds & LinkKind::Dns ? doc.resourcesOfType(T::Internet) : QList<const Resource *>();
    const auto &byType = rulesByType();
    QSet<const Resource *> named; // by the rule at hand: a pair appears once
    for (const Resource *r : doc.resources()) {
        // Only one rule of one resource can state a given pair: the same reference twice
        // (two listeners to one target group) is the only repeat.
        auto add = [&](const QString &from, const QString &to, LinkKind kind) {
            if (from != to)
                out.append({from, to, kind});
        };
        if (r->type == T::Route53Record) {
            for (const Resource *i : internet)
                add(i->id, r->id, LinkKind::Dns);
        } else if (r->type == T::LoadBalancer && context.recordTargets.isEmpty()
                   && r->string(u"scheme"_s) == u"internet-facing"_s) {
            // No record points anywhere: clients use the load balancer's own DNS name.
            for (const Resource *i : internet)
                add(i->id, r->id, LinkKind::Dns);
        }
        const ReferenceRule *previous = nullptr;
        for (const ReferenceRule *rule : byType[size_t(r->type)]) {
            if (!(kinds & rule->kind))
                continue;
            // Rules of one kind in a row (listeners, then listener rules) name a pair once.
            if (!previous || previous->kind != rule->kind)
                named.clear();
            previous = rule;
            forEachNamed(doc, *rule, *r, [&](const Resource &other) {
                if ((rule->keep && !rule->keep(context, *r, other)) || named.contains(&other))
                    return;
                named.insert(&other);
                if (rule->reversed)
                    add(other.id, r->id, rule->kind);
                else
                    add(r->id, other.id, rule->kind);
            });
        }
    }
    if (kinds & LinkKind::DataAccess)
        dataAccess(doc, out);
    return out;
}

const QList<Topology::LinkSource> &Topology::linkSources()
{
    static const QList<LinkSource> sources = [] {
        QList<LinkSource> out;
        for (const ReferenceRule &r : referenceRules()) {
            out.append({r.owner, r.key, r.column, r.kind, true});
            // A property that decides whether the reference counts (`instances` of a
            // classic load balancer only).
            if (const PropertySpec *spec = Catalogue::property(r.owner, r.key); spec && !spec->whenKey.isEmpty())
                out.append({r.owner, spec->whenKey, {}, r.kind, false});
        }
        // What the rules check beyond the references: classic or not, internet-facing or not.
        out.append({T::LoadBalancer, u"kind"_s, {}, LinkKind::Listener | LinkKind::Registration, false});
        out.append({T::LoadBalancer, u"scheme"_s, {}, LinkKind::Dns, false});
        // The data-access rule: who carries which group, and whom each group admits.
        out.append({T::SecurityGroup, u"inbound"_s, u"group"_s, LinkKind::DataAccess, true});
        for (T t : {T::Ec2Instance, T::LaunchTemplate, T::RdsInstance, T::AuroraCluster, T::ElastiCache})
            out.append({t, u"securityGroups"_s, {}, LinkKind::DataAccess, true});
        out.append({T::AutoScalingGroup, u"launchTemplate"_s, {}, LinkKind::DataAccess, true});
        return out;
    }();
    return sources;
}

bool Topology::changesLinks(ResourceType type, const QString &key, LinkKinds kinds)
{
    for (const LinkSource &s : linkSources())
        if (s.type == type && (s.kinds & kinds) && s.key == key)
            return true;
    return false;
}

QString Topology::kindName(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Dns:
        return u"dns"_s;
    case LinkKind::Listener:
        return u"listener"_s;
    case LinkKind::Registration:
        return u"registration"_s;
    case LinkKind::DataAccess:
        return u"data-access"_s;
    case LinkKind::Replication:
        return u"replication"_s;
    }
    return {};
}

} // namespace skydraft
