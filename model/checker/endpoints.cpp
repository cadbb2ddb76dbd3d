#include "endpoints.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace skydraft::net {

namespace {
struct EndpointMsg {
    Q_DECLARE_TR_FUNCTIONS(skydraft::Checker)
};

bool publicFromSetting(const Document &doc, const QString &setting, const QString &subnet)
{
    if (setting == u"yes"_s)
        return true;
    if (setting == u"no"_s)
        return false;
    const Resource *s = doc.find(subnet);
    return s && s->boolean(u"mapPublicIpOnLaunch"_s);
}

} // namespace

QHash<QString, QString> elasticIpIndex(const Document &doc)
{
    QHash<QString, QString> index;
    for (const Resource *eip : doc.resourcesOfType(ResourceType::ElasticIp)) {
        const QString target = eip->string(u"associatedWith"_s);
        if (!target.isEmpty() && !index.contains(target))
            index.insert(target, eip->id);
    }
    return index;
}

Peer Endpoint::asPeer() const
{
    Peer p;
    p.internet = internet;
    p.cidr = cidr;
    p.groups = groups; // empty for the default group, which has no id of its own
    if (!defaultElbPorts.isEmpty())
        p.groups = {u"default_elb"_s}; // not the VPC's default group: no rule names it
    p.label = label();
    return p;
}

QString Endpoint::label() const
{
    if (internet)
        return EndpointMsg::tr("the internet");
    if (!groups.isEmpty())
        return groups.join(u", "_s) + u" (" + resource + u')';
    if (!defaultElbPorts.isEmpty())
        return u"default_elb (" + resource + u')';
    return resource + u" (" + cidr.toString() + u')';
}

bool isAddressable(ResourceType t)
{
    switch (t) {
    case ResourceType::Internet:
    case ResourceType::Ec2Instance:
    case ResourceType::AutoScalingGroup:
    case ResourceType::LoadBalancer:
    case ResourceType::RdsInstance:
    case ResourceType::AuroraCluster:
    case ResourceType::ElastiCache:
    case ResourceType::NatGateway:
        return true;
    default:
        return false;
    }
}

QList<Endpoint> endpointsOf(const Document &doc, const QString &id, const QHash<QString, QString> *elasticIps,
                            NetCache *cache)
{
    std::optional<NetCache> ownCache;
    if (!cache)
        cache = &ownCache.emplace(doc);
    QHash<QString, QString> own;
    if (!elasticIps && doc.find(id) && (doc.find(id)->type == ResourceType::Ec2Instance || doc.find(id)->type == ResourceType::NatGateway)) {
        own = elasticIpIndex(doc);
    }
    const QHash<QString, QString> &eips = elasticIps ? *elasticIps : own;
    auto elasticIpOf = [&](const Document &, const QString &key) { return eips.value(key); };
    QList<Endpoint> out;
    if (id.compare(u"internet"_s, Qt::CaseInsensitive) == 0 && !doc.contains(id)) {
        Endpoint e;
        e.resource = u"internet"_s;
        e.internet = true;
        e.publicAddress = true;
        e.ephemeral = ephemeralClients();
        return {e};
    }
    const Resource *r = doc.find(id);
    if (!r)
        return out;
    if (r->type == ResourceType::Internet) {
        Endpoint e;
        e.resource = id;
        e.internet = true;
        e.publicAddress = true;
        e.ephemeral = ephemeralClients();
        return {e};
    }
    if (!isAddressable(r->type))
        return out;

    QStringList subnets = doc.subnetsOf(id);
    // A database or cache answers from its primary: the preferred zone's subnet, else the first.
    if (r->type == ResourceType::RdsInstance || r->type == ResourceType::AuroraCluster
        || r->type == ResourceType::ElastiCache) {
        const QString az = r->string(u"availabilityZone"_s);
        QString primary = subnets.value(0);
        for (const QString &s : std::as_const(subnets))
            if (!az.isEmpty() && doc.zoneOf(s) == az)
                primary = s;
        subnets = primary.isEmpty() ? QStringList() : QStringList{primary};
    }

    const QStringList groups = doc.securityGroupsOf(id);
    // A NAT gateway takes no security group, nor does a network load balancer without one.
    const bool noGroups = r->type == ResourceType::NatGateway
        || (r->type == ResourceType::LoadBalancer && groups.isEmpty() && r->string(u"kind"_s) == u"network"_s);
    QList<int> defaultElbPorts;
    if (r->type == ResourceType::LoadBalancer && groups.isEmpty() && r->string(u"kind"_s) == u"classic"_s) {
        const Resource *vpc = doc.find(doc.vpcOf(id));
        if (vpc && vpc->string(u"externalSource"_s) == u"default"_s)
            for (const QVariant &l : r->rows(u"listeners"_s))
                defaultElbPorts.append(int(l.toMap().value(u"port"_s, 80).toLongLong()));
    }

    for (const QString &subnet : std::as_const(subnets)) {
        const NetCache::SubnetInfo &info = cache->subnet(subnet);
        if (!info.valid)
            continue;
        Endpoint e;
        e.resource = id;
        e.type = r->type;
        e.subnet = subnet;
        e.vpc = info.vpc;
        e.zone = info.zone;
        e.cidr = info.cidr;
        e.groups = groups;
        e.noGroups = noGroups;
        e.defaultElbPorts = defaultElbPorts;
        switch (r->type) {
        case ResourceType::Ec2Instance: {
            const QString eip = elasticIpOf(doc, id);
            if (!eip.isEmpty()) {
                e.publicAddress = true;
                e.publicReason = EndpointMsg::tr("Elastic IP %1").arg(eip);
            } else {
                e.publicAddress = publicFromSetting(doc, r->string(u"associatePublicIp"_s), subnet);
                e.publicReason = e.publicAddress ? EndpointMsg::tr("a public IPv4 address")
                                                 : EndpointMsg::tr("%1 has no public IPv4 address or Elastic IP").arg(id);
            }
            break;
        }
        case ResourceType::AutoScalingGroup: {
            const Resource *lt = doc.find(r->string(u"launchTemplate"_s));
            e.publicAddress = publicFromSetting(doc, lt ? lt->string(u"associatePublicIp"_s) : QString(), subnet);
            e.publicReason = e.publicAddress ? EndpointMsg::tr("instances get public IPv4 addresses")
                                             : EndpointMsg::tr("%1's instances get no public IPv4 address in %2").arg(id, subnet);
            break;
        }
        case ResourceType::LoadBalancer:
            e.publicAddress = r->string(u"scheme"_s) == u"internet-facing"_s;
            e.publicReason = e.publicAddress ? EndpointMsg::tr("internet-facing")
                                             : EndpointMsg::tr("%1 is an internal load balancer").arg(id);
            e.ephemeral = ephemeralElb();
            break;
        case ResourceType::RdsInstance:
        case ResourceType::AuroraCluster:
            e.publicAddress = r->boolean(u"publiclyAccessible"_s);
            e.publicReason = e.publicAddress ? EndpointMsg::tr("publicly accessible")
                                             : EndpointMsg::tr("%1 is not publicly accessible (PubliclyAccessible is false)").arg(id);
            break;
        case ResourceType::NatGateway: {
            const QString eip = elasticIpOf(doc, id);
            e.publicAddress = !eip.isEmpty() && r->string(u"connectivity"_s) == u"public"_s;
            e.publicReason = e.publicAddress ? EndpointMsg::tr("Elastic IP %1").arg(eip)
                                             : EndpointMsg::tr("%1 has no Elastic IP").arg(id);
            e.ephemeral = ephemeralElb();
            break;
        }
        default:
            e.publicReason = EndpointMsg::tr("%1 never has a public address").arg(id);
        }
        out.append(e);
    }
    return out;
}

} // namespace skydraft::net
