// Design lints: the mistakes certification questions and real incidents are made of.
// Each has a stable id; the rules that validation already enforces (subnet-overlap,
// subnet-outside-vpc, alb-single-az, asg-capacity) come from the validator under the same ids.

#include "lints.h"

#include "model/idhash.h"
#include "model/securityrules.h"

#include <QCoreApplication>

#include <unordered_map>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace skydraft {

namespace {
struct LintMsg {
    Q_DECLARE_TR_FUNCTIONS(skydraft::Checker)
};
} // namespace

const QList<LintRule> &lintRules()
{
    static const QList<LintRule> rules = {
        {"open-admin-port", Severity::Error, QT_TRANSLATE_NOOP("skydraft::Checker", "SSH or RDP open to the whole internet"),
         QT_TRANSLATE_NOOP("skydraft::Checker", "Admit tcp/22 and tcp/3389 only from an admin range, or use Session Manager.")},
        {"data-store-public", Severity::Error, QT_TRANSLATE_NOOP("skydraft::Checker", "Database or cache reachable from the internet"),
         QT_TRANSLATE_NOOP("skydraft::Checker", "Keep data stores in private subnets, not publicly accessible, admitting only the app tier's group.")},
        {"alb-single-az", Severity::Error, QT_TRANSLATE_NOOP("skydraft::Checker", "Application Load Balancer in fewer than two Availability Zones"),
         QT_TRANSLATE_NOOP("skydraft::Checker", "Give the load balancer a subnet in a second Availability Zone.")},
        {"single-az-tier", Severity::Warning, QT_TRANSLATE_NOOP("skydraft::Checker", "Tier in one Availability Zone only"),
         QT_TRANSLATE_NOOP("skydraft::Checker", "Spread the tier over at least two Availability Zones so that losing one zone does not take it down.")},
        {"rds-single-az", Severity::Warning, QT_TRANSLATE_NOOP("skydraft::Checker", "Single-AZ database behind a multi-AZ web tier"),
         QT_TRANSLATE_NOOP("skydraft::Checker", "Turn on Multi-AZ: the web tier survives a zone loss, the database would not.")},
        {"target-unreachable", Severity::Error, QT_TRANSLATE_NOOP("skydraft::Checker", "Load balancer cannot reach its targets"),
         QT_TRANSLATE_NOOP("skydraft::Checker", "Let the targets' security group admit the load balancer's group on the traffic and health-check ports.")},
        {"private-no-egress", Severity::Warning, QT_TRANSLATE_NOOP("skydraft::Checker", "Instances with no route to the internet"),
         QT_TRANSLATE_NOOP("skydraft::Checker", "Route 0.0.0.0/0 to a NAT gateway in a public subnet of the same AZ.")},
        {"nat-in-private-subnet", Severity::Error, QT_TRANSLATE_NOOP("skydraft::Checker", "NAT gateway in a private subnet"),
         QT_TRANSLATE_NOOP("skydraft::Checker", "Put the NAT gateway in a public subnet (one that routes to the internet gateway).")},
        {"lb-private-subnets", Severity::Error, QT_TRANSLATE_NOOP("skydraft::Checker", "Internet-facing load balancer in private subnets"),
         QT_TRANSLATE_NOOP("skydraft::Checker", "Give an internet-facing load balancer public subnets, or make it internal.")},
        {"subnet-overlap", Severity::Error, QT_TRANSLATE_NOOP("skydraft::Checker", "Overlapping subnet CIDR blocks"),
         QT_TRANSLATE_NOOP("skydraft::Checker", "Give each subnet its own block inside the VPC.")},
        {"subnet-outside-vpc", Severity::Error, QT_TRANSLATE_NOOP("skydraft::Checker", "Subnet outside its VPC's CIDR block"),
         QT_TRANSLATE_NOOP("skydraft::Checker", "Pick a subnet block inside the VPC's block.")},
        {"unused-security-group", Severity::Info, QT_TRANSLATE_NOOP("skydraft::Checker", "Security group attached to nothing"),
         QT_TRANSLATE_NOOP("skydraft::Checker", "Attach it to a resource or delete it.")},
        {"asg-capacity", Severity::Error, QT_TRANSLATE_NOOP("skydraft::Checker", "Auto Scaling desired capacity outside [min, max]"),
         QT_TRANSLATE_NOOP("skydraft::Checker", "Keep min <= desired <= max.")},
        {"acl-blocks-ephemeral", Severity::Warning, QT_TRANSLATE_NOOP("skydraft::Checker", "Network ACL blocks return traffic on ephemeral ports"),
         QT_TRANSLATE_NOOP("skydraft::Checker", "ACLs are stateless: allow tcp 1024-65535 for the replies in both directions.")},
        {"invalid-design", Severity::Error, QT_TRANSLATE_NOOP("skydraft::Checker", "Design that AWS would refuse"),
         QT_TRANSLATE_NOOP("skydraft::Checker", "Fix the property as the message says.")},
    };
    return rules;
}

const LintRule *lintRule(const QString &id)
{
    for (const LintRule &r : lintRules())
        if (id == QLatin1StringView(r.id))
            return &r;
    return nullptr;
}

namespace {

Finding finding(const char *rule, const QString &component, const QString &message, const QString &property = {},
                int row = -1, const QString &column = {})
{
    const LintRule *r = lintRule(QString::fromLatin1(rule));
    Finding f;
    f.rule = QString::fromLatin1(rule);
    f.severity = r->severity;
    f.component = component;
    f.property = property;
    f.row = row;
    f.column = column;
    f.message = message;
    f.hint = QCoreApplication::translate("skydraft::Checker", r->hint);
    return f;
}

void openAdminPorts(const Resource &sg, QList<Finding> &out)
{
    for (const SecurityGroupRule &rule : securityGroupRules(sg, true)) {
        const auto cidr = IpBlock::parse(rule.cidr); // ::/0 opens the port to the IPv6 internet
        if (!cidr || cidr->prefix() != 0)
            continue;
        QStringList open;
        if (rule.covers(u"tcp"_s, 22))
            open.append(u"SSH (tcp/22)"_s);
        if (rule.covers(u"tcp"_s, 3389))
            open.append(u"RDP (tcp/3389)"_s);
        if (!open.isEmpty())
            out.append(finding("open-admin-port", sg.id,
                               LintMsg::tr("%1: inbound rule %2 admits %3 from %4")
                                   .arg(sg.id)
                                   .arg(rule.index + 1)
                                   .arg(open.join(LintMsg::tr(" and ")), cidr->toString()),
                               u"inbound"_s, rule.index, u"cidr"_s));
    }
}


/// Targets in the same subnet with the same groups fare the same: one question per kind and
/// port. An instance's kind is its subnet and groups; any other target is a kind of its own.
struct TargetKind {
    QString place;      ///< the instance's subnet, or the target's own id
    QStringList groups; ///< the instance's security groups
    int port = 0;
    bool operator==(const TargetKind &) const = default;
};

struct TargetKindHash {
    size_t operator()(const TargetKind &k) const noexcept
    {
        size_t h = IdHash{}(k.place) ^ (size_t(k.port) * 0x9e3779b97f4a7c15ULL);
        for (const QString &g : k.groups)
            h = (h * 31) ^ IdHash{}(g);
        return h;
    }
};

struct TargetPortHash {
    size_t operator()(const std::pair<QString, int> &k) const noexcept
    {
        return IdHash{}(k.first) ^ (size_t(k.second) * 0x9e3779b97f4a7c15ULL);
    }
};

void loadBalancerTargets(const Document &doc, const net::Reachability &reach, const Resource &lb, QList<Finding> &out)
{
    std::unordered_map<TargetKind, net::ReachResult, TargetKindHash> answered;
    std::unordered_set<std::pair<QString, int>, TargetPortHash> done;
    const bool classic = lb.string(u"kind"_s) == u"classic"_s;
    const int classicHealthPort = classic ? int(lb.integer(u"healthCheckPort"_s)) : 0;
    QString lastGroup; // deliveries come grouped by target group: remember the last one's port
    int lastGroupHealthPort = 0;
    const QList<std::pair<QString, net::Delivery>> deliveries = reach.services().deliveriesFrom(lb.id);
    for (const auto &[target, del] : deliveries) {
        if (!done.emplace(target, del.targetPort).second)
            continue; // another listener to the same group and port
        int healthPort = classicHealthPort;
        if (!classic) {
            if (del.targetGroup != lastGroup) {
                const Resource *tg = doc.find(del.targetGroup);
                const QString hc = tg ? tg->string(u"healthCheckPort"_s) : QString();
                lastGroup = del.targetGroup;
                lastGroupHealthPort = hc == u"traffic-port"_s ? 0 : hc.toInt();
            }
            healthPort = lastGroupHealthPort;
        }
        const Resource *t = doc.find(target);
        TargetKind kind;
        if (t && t->type == ResourceType::Ec2Instance) {
            kind.place = t->parent;
            kind.groups = t->references(u"securityGroups"_s);
        } else {
            kind.place = target;
        }
        const int ports[2] = {del.targetPort, healthPort};
        const int portCount = healthPort > 0 && healthPort != del.targetPort ? 2 : 1;
        for (int i = 0; i < portCount; ++i) {
            kind.port = ports[i];
            auto it = answered.find(kind);
            if (it == answered.end())
                it = answered.emplace(kind, reach.deliver(lb.id, target, {net::Protocol::Tcp, kind.port})).first;
            const net::ReachResult &r = it->second;
            if (r.reachable || r.explanations.isEmpty())
                continue;
            if (touchesExternal(doc, lb.id) || touchesExternal(doc, target))
                continue; // its groups or subnets are defined elsewhere: unknown, not wrong
            const bool health = i == 1;
            out.append(finding("target-unreachable", lb.id,
                               (health ? LintMsg::tr("%1 cannot health-check %2 on tcp/%3: %4")
                                       : LintMsg::tr("%1 cannot reach %2 on tcp/%3: %4"))
                                   .arg(lb.id, target)
                                   .arg(kind.port)
                                   .arg(r.explanations.first().detail)));
        }
    }
}

void aclEphemeral(net::NetCache &cache, const LintIndex &index, const Resource &acl, QList<Finding> &out)
{
    if (acl.boolean(u"isDefault"_s) || !index.usedAcls.contains(acl.id))
        return;
    net::Peer internet;
    internet.internet = true;
    internet.label = LintMsg::tr("the internet");
    const QList<std::pair<net::Direction, net::Direction>> pairs = {
        {net::Direction::Ingress, net::Direction::Egress}, {net::Direction::Egress, net::Direction::Ingress}};
    for (const auto &[serviceDir, returnDir] : pairs) {
        const QString serviceKey = serviceDir == net::Direction::Ingress ? u"inbound"_s : u"outbound"_s;
        bool servesSomething = false;
        for (const QVariant &v : acl.rows(serviceKey))
            servesSomething = servesSomething || v.toMap().value(u"action"_s, u"allow"_s).toString() == u"allow"_s;
        if (!servesSomething)
            continue;
        const net::Verdict v = net::evaluateAcl(cache, acl.id, returnDir, net::Protocol::Tcp, net::ephemeralClients(), internet, true);
        if (!v.allowed)
            out.append(finding("acl-blocks-ephemeral", acl.id, v.detail,
                               returnDir == net::Direction::Ingress ? u"inbound"_s : u"outbound"_s));
    }
}

/// Why an endpoint has no way out to the internet, or empty. Routing and addresses only:
/// filters are reach()'s business, this lint is about a missing way out.
/// `problem` (no IPv4 way out), and what is left when the subnet has an IPv6 block and sends
/// ::/0 to an internet or egress-only gateway: the internet over IPv6 only.
QString withIpv6Egress(const Document &doc, const QString &subnet, const QString &problem)
{
    const Resource *s = doc.find(subnet);
    const Route v6 = internetRoute(doc, subnet, true);
    const Resource *target = v6.found ? doc.find(v6.target) : nullptr;
    if (!s || s->string(u"ipv6Block"_s).isEmpty() || !target
        || (target->type != ResourceType::InternetGateway && target->type != ResourceType::EgressOnlyInternetGateway))
        return problem;
    return LintMsg::tr("%1; it reaches the internet over IPv6 only, through %2 (an AWS API or a package mirror without IPv6 "
                       "needs a NAT gateway)")
        .arg(problem, target->id);
}

QString egressProblem(const net::Reachability &reach, const LintIndex &index, const QString &subnet,
                      const QString &resource)
{
    const auto known = index.subnetEgress.constFind(subnet);
    if (known != index.subnetEgress.constEnd())
        return *known;
    net::NetCache &cache = reach.cache();
    const net::Route &route = cache.internetRoute(subnet);
    if (!route.found) {
        const QString problem = withIpv6Egress(
            cache.doc(), subnet, LintMsg::tr("%1 has no route to the internet").arg(route.table.isEmpty() ? subnet : route.table));
        index.subnetEgress.insert(subnet, problem);
        return problem;
    }
    const Resource *target = cache.doc().find(route.target);
    if (target->type == ResourceType::InternetGateway) {
        // Only here does the address matter: find out whether it has a public one.
        for (const net::Endpoint &e : reach.endpoints(resource))
            if (e.subnet == subnet)
                return e.publicAddress ? QString() : e.publicReason;
        return {};
    }
    QString problem;
    if (target->type == ResourceType::NatGateway) {
        const QList<net::Endpoint> nats = reach.endpoints(target->id);
        if (nats.isEmpty()) {
            problem = LintMsg::tr("NAT gateway %1 is not in a subnet").arg(target->id);
        } else if (!nats.first().publicAddress) {
            problem = nats.first().publicReason;
        } else {
            const net::Route &natRoute = cache.internetRoute(nats.first().subnet);
            const Resource *natTarget = cache.doc().find(natRoute.target);
            if (!natRoute.found || natTarget->type != ResourceType::InternetGateway)
                problem = LintMsg::tr("NAT gateway %1 sits in %2, which has no route to an internet gateway")
                              .arg(target->id, nats.first().subnet);
        }
    }
    if (!problem.isEmpty())
        problem = withIpv6Egress(cache.doc(), subnet, problem);
    index.subnetEgress.insert(subnet, problem);
    return problem;
}

void singleAz(const Document &doc, const LintIndex &index, const Resource &r, QList<Finding> &out)
{
    const QStringList zones = doc.zonesOf(r.id);
    switch (r.type) {
    case ResourceType::AutoScalingGroup:
        if (zones.size() == 1)
            out.append(finding("single-az-tier", r.id,
                               LintMsg::tr("%1 launches instances in %2 only").arg(r.id, zones.first()), u"subnets"_s));
        break;
    case ResourceType::AuroraCluster:
        if (r.integer(u"replicas"_s) == 0)
            out.append(finding("single-az-tier", r.id,
                               LintMsg::tr("%1 has no Aurora replica: a failure recreates the writer, which takes minutes")
                                   .arg(r.id),
                               u"replicas"_s));
        break;
    case ResourceType::ElastiCache:
        if (r.string(u"engine"_s) == u"redis"_s && !r.boolean(u"multiAz"_s))
            out.append(finding("single-az-tier", r.id,
                               LintMsg::tr("%1 is not Multi-AZ: losing its zone loses the cache").arg(r.id), u"multiAz"_s));
        else if (r.string(u"engine"_s) == u"memcached"_s && zones.size() == 1)
            out.append(finding("single-az-tier", r.id,
                               LintMsg::tr("%1 keeps all its nodes in %2").arg(r.id, zones.first()), u"subnets"_s));
        break;
    case ResourceType::NatGateway: {
        // Private subnets in several zones all leaving through NAT gateways of one zone.
        const QString vpc = doc.vpcOf(r.id);
        const QStringList natZones = index.natZones.value(vpc);
        const QStringList privateZones = index.privateZones.value(vpc);
        if (natZones.size() == 1 && privateZones.size() > 1 && natZones.first() == doc.zoneOf(r.id))
            out.append(finding("single-az-tier", r.id,
                               LintMsg::tr("private subnets in %1 zones go out through NAT gateways in %2 only: losing that zone cuts them all off")
                                   .arg(privateZones.size())
                                   .arg(natZones.first())));
        break;
    }
    default:
        break;
    }
}

} // namespace

LintIndex LintIndex::build(const Document &doc)
{
    LintIndex index;
    for (const Resource *r : doc.resources()) {
        for (const QString &g : r->references(u"securityGroups"_s))
            index.attachedGroups.insert(g);
        switch (r->type) {
        case ResourceType::Subnet: {
            const QString acl = r->string(u"networkAcl"_s);
            if (!acl.isEmpty())
                index.usedAcls.insert(acl);
            const net::Route route = net::internetRoute(doc, r->id);
            const Resource *t = doc.find(route.target);
            if (route.found && t && t->type == ResourceType::NatGateway) {
                const QString vpc = doc.vpcOf(r->id);
                QStringList &priv = index.privateZones[vpc];
                if (!priv.contains(doc.zoneOf(r->id)))
                    priv.append(doc.zoneOf(r->id));
                QStringList &nat = index.natZones[vpc];
                if (!nat.contains(doc.zoneOf(t->id)))
                    nat.append(doc.zoneOf(t->id));
            }
            break;
        }
        case ResourceType::AutoScalingGroup: {
            const QString vpc = doc.vpcOf(r->id);
            const int zones = int(doc.zonesOf(r->id).size());
            if (zones > index.widestAsgZones.value(vpc, 0)) {
                index.widestAsgZones.insert(vpc, zones);
                index.widestAsg.insert(vpc, r->id);
            }
            break;
        }
        default:
            break;
        }
    }
    return index;
}

QList<Finding> lintResource(const Document &doc, const net::Reachability &reach, const LintIndex &index,
                            const QString &id)
{
    QList<Finding> out;
    const Resource *r = doc.find(id);
    if (!r)
        return out;
    switch (r->type) {
    case ResourceType::SecurityGroup:
        openAdminPorts(*r, out);
        if (!index.attachedGroups.contains(id) && !r->isExternal())
            out.append(finding("unused-security-group", id, LintMsg::tr("%1 is attached to nothing").arg(id)));
        break;
    case ResourceType::RdsInstance:
    case ResourceType::AuroraCluster:
    case ResourceType::ElastiCache: {
        const net::ReachResult fromInternet = reach.reach(u"internet"_s, id, {net::Protocol::Tcp, int(r->integer(u"port"_s))});
        if (fromInternet.reachable)
            out.append(finding("data-store-public", id,
                               LintMsg::tr("%1 is reachable from the internet on tcp/%2").arg(id).arg(r->integer(u"port"_s))));
        if (r->type == ResourceType::RdsInstance && r->string(u"sourceDb"_s).isEmpty() && !r->boolean(u"multiAz"_s)) {
            const QString vpc = doc.vpcOf(id);
            const int zones = index.widestAsgZones.value(vpc, 0);
            if (zones > 1)
                out.append(finding("rds-single-az", id,
                                   LintMsg::tr("%1 is single-AZ while %2 spans %3 zones").arg(id, index.widestAsg.value(vpc)).arg(zones),
                                   u"multiAz"_s));
        }
        singleAz(doc, index, *r, out);
        break;
    }
    case ResourceType::LoadBalancer:
        loadBalancerTargets(doc, reach, *r, out);
        if (r->string(u"scheme"_s) == u"internet-facing"_s)
            for (const QString &s : r->references(u"subnets"_s))
                if (doc.contains(s) && !doc.find(s)->isExternal() && !net::isPublicSubnet(doc, s))
                    out.append(finding("lb-private-subnets", id,
                                       LintMsg::tr("%1 is internet-facing but %2 has no route to an internet gateway").arg(id, s),
                                       u"subnets"_s));
        break;
    case ResourceType::NatGateway: {
        const QString subnet = doc.ancestorOfType(id, ResourceType::Subnet);
        if (r->string(u"connectivity"_s) == u"public"_s && !subnet.isEmpty() && !net::isPublicSubnet(doc, subnet))
            out.append(finding("nat-in-private-subnet", id,
                               LintMsg::tr("%1 sits in %2, which has no route to an internet gateway").arg(id, subnet)));
        singleAz(doc, index, *r, out);
        break;
    }
    case ResourceType::AutoScalingGroup:
    case ResourceType::Ec2Instance: {
        if (r->type == ResourceType::AutoScalingGroup)
            singleAz(doc, index, *r, out);
        for (const QString &subnet : r->type == ResourceType::Ec2Instance ? QStringList{r->parent} : doc.subnetsOf(id)) {
            if (!doc.contains(subnet) || doc.find(subnet)->isExternal())
                continue;
            const QString problem = egressProblem(reach, index, subnet, id);
            if (!problem.isEmpty()) {
                out.append(finding("private-no-egress", id,
                                   LintMsg::tr("%1 cannot reach the internet (for updates and AWS APIs): %2").arg(id, problem)));
                break;
            }
        }
        break;
    }
    case ResourceType::NetworkAcl:
        aclEphemeral(reach.cache(), index, *r, out);
        break;
    default:
        break;
    }
    return out;
}

} // namespace skydraft
