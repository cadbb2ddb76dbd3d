#include "linkreach.h"

#include "reachability.h"

using namespace Qt::StringLiterals;

namespace skydraft::net {

LinkReach::LinkReach(const Reachability &reach)
    : m_reach(reach)
{
}

int LinkReach::signature(const QString &app)
{
    const auto known = m_appSignature.constFind(app);
    if (known != m_appSignature.constEnd())
        return *known;
    // reach(app, store) asks every pair of the app's and the store's interfaces. Between two
    // private interfaces a pair's answer reads each one's subnet (its VPC, block, ACL and
    // route table) and groups, never its owner: an instance or Auto Scaling group has one
    // interface per subnet it is in, each with its groups (net::endpointsOf).
    const Document &doc = m_reach.document();
    const Resource *r = doc.find(app);
    QString text;
    if (r && (r->type == ResourceType::Ec2Instance || r->type == ResourceType::AutoScalingGroup))
        text = doc.subnetsOf(app).join(u',') + u'|' + doc.securityGroupsOf(app).join(u',');
    else
        text = u"\n"_s + app; // anything else answers for itself
    auto it = m_signatures.constFind(text);
    if (it == m_signatures.constEnd())
        it = m_signatures.insert(text, int(m_signatures.size()));
    const int id = *it;
    m_appSignature.insert(app, id);
    return id;
}

bool LinkReach::answer(const QString &app, const Resource &store)
{
    const Flow flow{Protocol::Tcp, int(store.integer(u"port"_s))};
    const Resource *from = m_reach.document().find(app);
    if (!from || (from->type != ResourceType::Ec2Instance && from->type != ResourceType::AutoScalingGroup))
        return m_reach.reach(app, store.id, flow).reachable;
    // What reach() does between an app and a store (neither a record, an Elastic IP nor a
    // load balancer, and no load balancer in front of a store): every pair of their
    // interfaces must pass (Reachability::direct). Pairs are shared between apps: an Auto
    // Scaling group's subnets are its instances' subnets. tst_topology checks the answers
    // against reach() on every sample, fixture and a generated design.
    // By value (an implicitly shared copy): a reference into the cache would dangle once the
    // second lookup's insert grows it (AddressSanitizer, tst_gui_export).
    auto endpoints = [&](const QString &id) -> QList<Endpoint> {
        auto it = m_endpoints.constFind(id);
        if (it == m_endpoints.constEnd())
            it = m_endpoints.insert(id, m_reach.endpoints(id));
        return *it;
    };
    const QList<Endpoint> sources = endpoints(app);
    const QList<Endpoint> targets = endpoints(store.id);
    if (sources.isEmpty() || targets.isEmpty())
        return false;
    auto key = [](const Endpoint &e) -> QString {
        return e.subnet + u'|' + e.groups.join(u',') + u'|' + QString::number(int(e.noGroups)) + u'|'
            + QString::number(e.ephemeral.from) + u'-' + QString::number(e.ephemeral.to);
    };
    for (const Endpoint &d : targets) {
        const QString to = u">"_s + key(d) + u">"_s + QString::number(flow.port);
        for (const Endpoint &e : sources) {
            const QString pair = key(e) + to;
            auto it = m_legs.constFind(pair);
            if (it == m_legs.constEnd())
                it = m_legs.insert(pair, m_reach.leg(e, d, flow).ok);
            if (!*it)
                return false;
        }
    }
    return true;
}

bool LinkReach::open(const Link &link)
{
    if (link.kind != LinkKind::DataAccess)
        return true;
    const std::pair<int, QString> key{signature(link.from), link.to};
    const auto it = m_answers.constFind(key);
    if (it != m_answers.constEnd())
        return *it;
    const Resource *store = m_reach.document().find(link.to);
    const bool ok = store && answer(link.from, *store);
    m_answers.insert(key, ok);
    return ok;
}

bool isNetworkComponent(ResourceType type)
{
    switch (type) {
    case ResourceType::Ec2Instance:
    case ResourceType::RdsInstance:
    case ResourceType::AuroraCluster:
    case ResourceType::ElastiCache:
    case ResourceType::Route53Record:
    case ResourceType::Internet:
        return false;
    default:
        return true;
    }
}

bool changesLinkReach(ResourceType type, const QString &key)
{
    switch (type) {
    case ResourceType::SecurityGroup:
    case ResourceType::NetworkAcl:
    case ResourceType::Subnet:
    case ResourceType::RouteTable:
    case ResourceType::Vpc:
        return true;
    default:
        return key == u"securityGroups"_s || key == u"subnets"_s || key == u"launchTemplate"_s || key == u"port"_s;
    }
}

} // namespace skydraft::net
