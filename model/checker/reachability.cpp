#include "reachability.h"
#include "model/ipv6blocks.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace skydraft::net {

namespace {
struct ReachMsg {
    Q_DECLARE_TR_FUNCTIONS(skydraft::Checker)
};

/// The security-group verdict for one end; a classic load balancer with AWS's default_elb
/// group (Endpoint::defaultElbPorts) is judged by that group.
Verdict groupsOf(NetCache &cache, const Endpoint &e, Direction direction, const Flow &flow, const Peer &peer)
{
    if (e.defaultElbPorts.isEmpty())
        return securityGroups(cache, e.groups, e.vpc, e.noGroups, direction, flow, peer, e.resource);
    QStringList ports;
    for (int p : e.defaultElbPorts)
        ports.append(QString::number(p));
    if (direction == Direction::Egress)
        return {true, e.resource,
                ReachMsg::tr("%1 has no security group in the default VPC, so AWS gave it its default_elb group: all "
                             "outbound traffic allowed").arg(e.resource)};
    if ((flow.protocol == Protocol::Tcp || flow.protocol == Protocol::All)
        && (flow.port < 0 || e.defaultElbPorts.contains(flow.port)))
        return {true, e.resource,
                ReachMsg::tr("%1 has no security group in the default VPC, so AWS gave it its default_elb group: open "
                             "to everyone on its listener ports (%2)").arg(e.resource, ports.join(u", "_s))};
    return {false, e.resource,
            ReachMsg::tr("%1 has AWS's default_elb group, open only on its listener ports (%2), not %3")
                .arg(e.resource, ports.join(u", "_s), flow.toString())};
}

bool listenerCarries(const QString &listenerProtocol, Protocol protocol)
{
    static const QStringList tcp = {u"HTTP"_s, u"HTTPS"_s, u"TCP"_s, u"TLS"_s, u"SSL"_s, u"TCP_UDP"_s};
    static const QStringList udp = {u"UDP"_s, u"TCP_UDP"_s};
    switch (protocol) {
    case Protocol::Tcp:
        return tcp.contains(listenerProtocol);
    case Protocol::Udp:
        return udp.contains(listenerProtocol);
    case Protocol::All:
        return true;
    case Protocol::Icmp:
        return false;
    }
    return false;
}
} // namespace

struct Reachability::Attempt {
    bool ok = false;
    QList<Hop> hops;
    QList<Explanation> explanations;
    QList<SubnetAnswer> sourceSubnets;
    QList<SubnetAnswer> destinationSubnets;
    int progress = 0; // hops made before the block: the furthest attempt explains best
};

Reachability::Reachability(const Document &document)
    : m_doc(document)
    , m_services(document)
    , m_eips(elasticIpIndex(document))
    , m_cache(document)
{
    for (const Resource *rt : document.resourcesOfType(ResourceType::RouteTable))
        for (const QVariant &row : rt->rows(u"routes"_s))
            if (looksIpv6(row.toMap().value(u"destination"_s).toString()))
                m_ipv6Routes = true;
}

Reachability::~Reachability() = default;

Reachability::Leg Reachability::leg(const Endpoint &s, const Endpoint &d, const Flow &f) const
{
    Leg v4 = legFamily(s, d, f, false);
    if (v4.ok || !m_ipv6Routes || s.internet == d.internet)
        return v4;
    Leg v6 = legFamily(s, d, f, true);
    if (!v6.ok) {
        v4.blocked.detail += ReachMsg::tr(" (over IPv6: %1)").arg(v6.blocked.detail);
        return v4;
    }
    // Name the family where the path leaves IPv4: at its gateway hop.
    for (Hop &h : v6.hops)
        if (h.type == u"internet-gateway"_s || h.type == u"egress-only-internet-gateway"_s) {
            h.detail += ReachMsg::tr(" (over IPv6; over IPv4: %1)").arg(v4.blocked.detail);
            break;
        }
    return v6;
}

namespace {
/// Whether SkyDraft takes an endpoint to have an IPv6 address when its subnet routes IPv6:
/// instances (AssignIpv6AddressOnCreation or an address count) and load balancers (dualstack).
/// Databases, caches and NAT gateways are not modelled over IPv6.
bool takesIpv6(const Endpoint &e)
{
    return e.type == ResourceType::Ec2Instance || e.type == ResourceType::AutoScalingGroup
        || e.type == ResourceType::LoadBalancer;
}

/// What the design says of a subnet's IPv6 block, when its VPC has one: why an endpoint in
/// it has an IPv6 address ("SubnetA has an IPv6 block from the VPC's Amazon-provided /56"),
/// or, with `none` set, why it has none. Empty (and `none` false) when the design does not
/// say (a VPC without an IPv6 block of its own, or one outside the design).
QString ipv6Reason(const Document &doc, const QString &subnetId, bool &none)
{
    none = false;
    const Resource *subnet = doc.find(subnetId);
    const Resource *vpc = doc.find(doc.vpcOf(subnetId));
    if (!subnet || !vpc || subnet->isExternal() || vpc->isExternal())
        return {};
    const VpcIpv6 vpc6 = vpcIpv6(vpc->string(u"ipv6Block"_s));
    if (vpc6.kind != VpcIpv6::Kind::AmazonProvided && vpc6.kind != VpcIpv6::Kind::Explicit)
        return {};
    const SubnetIpv6 v6 = subnetIpv6(subnet->string(u"ipv6Block"_s));
    if (v6.kind == SubnetIpv6::Kind::Explicit)
        return ReachMsg::tr("%1 has the IPv6 block %2").arg(subnetId, v6.block.toString());
    if (v6.kind == SubnetIpv6::Kind::FromVpc)
        return vpc6.kind == VpcIpv6::Kind::AmazonProvided
            ? ReachMsg::tr("%1 has an IPv6 block from the VPC's Amazon-provided /56").arg(subnetId)
            : ReachMsg::tr("%1 has an IPv6 block from the VPC's %2").arg(subnetId, vpc6.block.toString());
    none = true;
    return ReachMsg::tr("%1 has no IPv6 block (VPC %2 has one), so nothing in it has an IPv6 address").arg(subnetId, vpc->id);
}
} // namespace

Reachability::Leg Reachability::legFamily(const Endpoint &s, const Endpoint &d, const Flow &f, bool ipv6) const
{
    Leg out;
    auto outside = [this](const QString &id) {
        const Resource *r = m_doc.find(id);
        return r && r->isExternal();
    };
    auto fail = [&](const QString &code, const QString &component, Direction dir, const QString &detail) {
        out.ok = false;
        out.blocked = {code, component, directionName(dir), detail};
        return out;
    };
    auto hop = [&](const QString &component, const QString &type, const QString &detail) {
        if (!component.isEmpty())
            out.hops.append({component, type, detail});
    };
    // Checks one ACL boundary; returns false (and fills `out`) when it blocks.
    auto acl = [&](const QString &subnet, Direction dir, Protocol protocol, const PortRange &ports, const Peer &peer,
                   bool returnTraffic) {
        const Verdict v = networkAcl(m_cache, subnet, dir, protocol, ports, peer, returnTraffic);
        if (!v.allowed) {
            fail(u"SUBNET_ACL_RESTRICTION"_s, v.component, dir, v.detail);
            return false;
        }
        hop(v.component, u"network-acl"_s, v.detail);
        return true;
    };
    const PortRange flowPorts = f.port < 0 ? PortRange{0, 65535} : PortRange{f.port, f.port};
    Peer sPeer = s.asPeer();
    Peer dPeer = d.asPeer();
    for (Peer *p : {&sPeer, &dPeer})
        if (ipv6 && p->internet) {
            p->ipv6 = true;
            p->label = ReachMsg::tr("the internet over IPv6");
        }

    if (s.internet && d.internet)
        return fail(u"NO_PATH"_s, s.resource, Direction::Egress, ReachMsg::tr("both ends are the internet"));
    if (!s.internet && !d.internet && s.vpc != d.vpc && d.publicAddress) {
        // Two VPCs without peering: traffic to the other end's public address leaves through
        // this VPC's way out (internet gateway or NAT) and enters through the other's gateway.
        Endpoint toInternet;
        toInternet.resource = u"internet"_s;
        toInternet.internet = true;
        toInternet.publicAddress = true;
        Endpoint fromInternet = toInternet;
        fromInternet.ephemeral = s.ephemeral;
        const Leg first = leg(s, toInternet, f);
        if (!first.ok)
            return first;
        const Leg second = leg(fromInternet, d, f);
        out = second;
        out.hops = first.hops;
        if (!out.hops.isEmpty() && out.hops.last().type == u"destination"_s)
            out.hops.removeLast();
        out.hops.append({u"internet"_s, u"internet"_s,
                         ReachMsg::tr("%1 and %2 are in different VPCs with no peering: over the internet to %2's public "
                                      "address (%3)").arg(s.resource, d.resource, d.publicReason)});
        out.hops += second.hops.mid(1); // the internet is already on the path
        return out;
    }
    hop(s.resource, u"source"_s, s.internet ? ReachMsg::tr("clients on the internet") : ReachMsg::tr("in %1 (%2)").arg(s.subnet, s.zone));

    if (!s.internet) {
        const Verdict v = groupsOf(m_cache, s, Direction::Egress, f, dPeer);
        if (!v.allowed)
            return fail(u"ENI_SG_RULES_MISMATCH"_s, v.component.isEmpty() ? s.resource : v.component, Direction::Egress, v.detail);
        hop(v.component, u"security-group"_s, v.detail);
    }

    if (s.internet && ipv6) {
        // IPv6 addresses are public: the subnet's ::/0 route decides (an egress-only internet
        // gateway lets nothing in).
        const QString igw = m_cache.internetGatewayOf(d.vpc);
        const Route &back = m_cache.internetRoute(d.subnet, true);
        const Resource *via = m_doc.find(back.target);
        if (!back.found || igw.isEmpty() || back.target != igw)
            return fail(u"NO_ROUTE_TO_DESTINATION"_s, back.table.isEmpty() ? d.subnet : back.table, Direction::Ingress,
                        via && via->type == ResourceType::EgressOnlyInternetGateway
                            ? ReachMsg::tr("%1 sends %2 to egress-only internet gateway %3, which lets no connection in from the "
                                           "internet").arg(d.subnet, back.destination.toString(), back.target)
                            : ReachMsg::tr("%1 has no IPv6 route to an internet gateway").arg(d.subnet));
        if (!takesIpv6(d))
            return fail(u"IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"_s, d.resource, Direction::Ingress,
                        ReachMsg::tr("%1 is not taken to have an IPv6 address (only instances and load balancers are)")
                            .arg(d.resource));
        bool noBlock = false;
        const QString why = ipv6Reason(m_doc, d.subnet, noBlock);
        if (noBlock)
            return fail(u"IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"_s, d.subnet, Direction::Ingress, why);
        if (d.type == ResourceType::LoadBalancer && !d.publicAddress)
            return fail(u"IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"_s, d.resource, Direction::Ingress, d.publicReason);
        hop(igw, u"internet-gateway"_s,
            why.isEmpty() ? ReachMsg::tr("forwards IPv6 to %1, taken to have an IPv6 address: %2 routes %3 to %4")
                                .arg(d.resource, d.subnet, back.destination.toString(), igw)
                          : ReachMsg::tr("forwards IPv6 to %1 (%2): %3 routes %4 to %5")
                                .arg(d.resource, why, d.subnet, back.destination.toString(), igw));
        if (!acl(d.subnet, Direction::Ingress, f.protocol, flowPorts, sPeer, false)
            || !acl(d.subnet, Direction::Egress, f.protocol, s.ephemeral, sPeer, true))
            return out;
    } else if (d.internet && ipv6) {
        const Route &route = m_cache.internetRoute(s.subnet, true);
        if (!route.found)
            return fail(u"NO_ROUTE_TO_DESTINATION"_s, route.table.isEmpty() ? s.subnet : route.table, Direction::Egress,
                        ReachMsg::tr("%1 has no IPv6 route to the internet").arg(route.table.isEmpty() ? s.subnet : route.table));
        const Resource *target = m_doc.find(route.target);
        if (target->type != ResourceType::InternetGateway && target->type != ResourceType::EgressOnlyInternetGateway)
            return fail(u"NO_PATH"_s, route.table, Direction::Egress,
                        ReachMsg::tr("the IPv6 internet route goes to %1; only internet gateways and egress-only internet "
                                     "gateways are modelled for IPv6").arg(route.target));
        if (!takesIpv6(s))
            return fail(u"IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS"_s, s.resource, Direction::Egress,
                        ReachMsg::tr("%1 is not taken to have an IPv6 address (only instances and load balancers are)")
                            .arg(s.resource));
        bool noBlock = false;
        const QString why = ipv6Reason(m_doc, s.subnet, noBlock);
        if (noBlock)
            return fail(u"IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS"_s, s.subnet, Direction::Egress, why);
        if (!acl(s.subnet, Direction::Egress, f.protocol, flowPorts, dPeer, false)
            || !acl(s.subnet, Direction::Ingress, f.protocol, s.ephemeral, dPeer, true))
            return out;
        hop(route.table, u"route-table"_s, ReachMsg::tr("%1 -> %2").arg(route.destination.toString(), route.target));
        if (target->type == ResourceType::InternetGateway)
            hop(route.target, u"internet-gateway"_s,
                why.isEmpty() ? ReachMsg::tr("carries %1's IPv6 address to the internet").arg(s.resource)
                              : ReachMsg::tr("carries %1's IPv6 address to the internet (%2)").arg(s.resource, why));
        else
            hop(route.target, u"egress-only-internet-gateway"_s,
                ReachMsg::tr("carries IPv6 out to the internet and only the replies back (outbound only)"));
    } else if (s.internet) {
        if (!d.publicAddress)
            return fail(u"IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"_s, d.resource, Direction::Ingress,
                        ReachMsg::tr("%1; an internet gateway admits traffic only to public addresses").arg(d.publicReason));
        const QString igw = m_cache.internetGatewayOf(d.vpc);
        // A VPC or subnet from outside the design is taken to have its way to the internet.
        const bool outsideVpc = outside(d.vpc);
        if (igw.isEmpty() && !outsideVpc)
            return fail(u"NO_ROUTE_TO_DESTINATION"_s, d.vpc, Direction::Ingress,
                        ReachMsg::tr("%1 has no internet gateway").arg(d.vpc));
        if (igw.isEmpty())
            hop(d.vpc, u"internet-gateway"_s,
                ReachMsg::tr("%1 is defined outside the design: taken to have an internet gateway, which forwards to the "
                             "public address of %2 (%3)").arg(d.vpc, d.resource, d.publicReason));
        else
            hop(igw, u"internet-gateway"_s, ReachMsg::tr("forwards to the public address of %1 (%2)").arg(d.resource, d.publicReason));
        const Route &back = m_cache.internetRoute(d.subnet);
        const bool assumedBack = (!back.found && outside(d.subnet)) || (igw.isEmpty() && outsideVpc);
        if (assumedBack)
            hop(d.subnet, u"route-table"_s,
                ReachMsg::tr("%1 is defined outside the design: its route to the internet is taken to work").arg(d.subnet));
        else if (!back.found || back.target != igw)
            return fail(u"NO_ROUTE_TO_DESTINATION"_s, back.table.isEmpty() ? d.subnet : back.table, Direction::Egress,
                        back.found ? ReachMsg::tr("replies from %1 to the internet go to %2, not to internet gateway %3, so the "
                                                  "connection never completes")
                                         .arg(d.subnet, back.target, igw)
                                   : ReachMsg::tr("%1 has no route to the internet for the replies").arg(d.subnet));
        if (!acl(d.subnet, Direction::Ingress, f.protocol, flowPorts, sPeer, false)
            || !acl(d.subnet, Direction::Egress, f.protocol, s.ephemeral, sPeer, true))
            return out;
    } else if (d.internet && !m_cache.internetRoute(s.subnet).found && outside(s.subnet)) {
        // A subnet from outside the design is taken to have its way to the internet.
        if (!acl(s.subnet, Direction::Egress, f.protocol, flowPorts, dPeer, false)
            || !acl(s.subnet, Direction::Ingress, f.protocol, s.ephemeral, dPeer, true))
            return out;
        hop(s.subnet, u"route-table"_s,
            ReachMsg::tr("%1 is defined outside the design: its route to the internet is taken to work").arg(s.subnet));
    } else if (d.internet) {
        const Route &route = m_cache.internetRoute(s.subnet);
        if (!route.found)
            return fail(u"NO_ROUTE_TO_DESTINATION"_s, route.table.isEmpty() ? s.subnet : route.table, Direction::Egress,
                        ReachMsg::tr("%1 has no route to the internet").arg(route.table.isEmpty() ? s.subnet : route.table));
        if (!acl(s.subnet, Direction::Egress, f.protocol, flowPorts, dPeer, false)
            || !acl(s.subnet, Direction::Ingress, f.protocol, s.ephemeral, dPeer, true))
            return out;
        const Resource *target = m_doc.find(route.target);
        hop(route.table, u"route-table"_s, ReachMsg::tr("%1 -> %2").arg(route.destination.toString(), route.target));
        if (target->type == ResourceType::InternetGateway) {
            if (!s.publicAddress)
                return fail(u"IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS"_s, s.resource, Direction::Egress, s.publicReason);
            hop(route.target, u"internet-gateway"_s, ReachMsg::tr("translates %1's address to its public one").arg(s.resource));
        } else if (target->type == ResourceType::NatGateway) {
            const QList<Endpoint> nats = endpointsOf(m_doc, route.target, &m_eips, &m_cache);
            if (nats.isEmpty())
                return fail(u"NO_PATH"_s, route.target, Direction::Egress, ReachMsg::tr("%1 is not in a subnet").arg(route.target));
            const Endpoint &nat = nats.first();
            if (nat.subnet != s.subnet
                && (!acl(nat.subnet, Direction::Ingress, f.protocol, flowPorts, sPeer, false)
                    || !acl(nat.subnet, Direction::Egress, f.protocol, s.ephemeral, sPeer, true)))
                return out;
            if (!nat.publicAddress)
                return fail(u"IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS"_s, nat.resource, Direction::Egress, nat.publicReason);
            const Route &natRoute = m_cache.internetRoute(nat.subnet);
            const Resource *natTarget = m_doc.find(natRoute.target);
            if (!natRoute.found || natTarget->type != ResourceType::InternetGateway)
                return fail(u"NO_ROUTE_TO_DESTINATION"_s, natRoute.table.isEmpty() ? nat.subnet : natRoute.table,
                            Direction::Egress,
                            ReachMsg::tr("NAT gateway %1 sits in %2, which has no route to an internet gateway")
                                .arg(nat.resource, nat.subnet));
            if (!acl(nat.subnet, Direction::Egress, f.protocol, flowPorts, dPeer, false)
                || !acl(nat.subnet, Direction::Ingress, f.protocol, ephemeralElb(), dPeer, true))
                return out;
            hop(nat.resource, u"nat-gateway"_s, ReachMsg::tr("translates the source to its Elastic IP (outbound only)"));
            hop(natRoute.target, u"internet-gateway"_s, ReachMsg::tr("to the internet"));
        } else {
            return fail(u"NO_PATH"_s, route.table, Direction::Egress,
                        ReachMsg::tr("the internet route goes to %1; forwarding through an instance is not modelled")
                            .arg(route.target));
        }
    } else {
        if (s.vpc != d.vpc)
            return fail(u"NO_PATH"_s, d.vpc, Direction::Ingress,
                        ReachMsg::tr("%1 and %2 are in different VPCs with no peering between them").arg(s.resource, d.resource));
        if (s.subnet != d.subnet) {
            const QString table = m_cache.routeTableOf(s.subnet);
            hop(table.isEmpty() ? s.subnet : table, u"route-table"_s,
                ReachMsg::tr("local route: %1 is inside the VPC").arg(d.cidr.toString()));
            if (!acl(s.subnet, Direction::Egress, f.protocol, flowPorts, dPeer, false)
                || !acl(d.subnet, Direction::Ingress, f.protocol, flowPorts, sPeer, false)
                || !acl(d.subnet, Direction::Egress, f.protocol, s.ephemeral, sPeer, true)
                || !acl(s.subnet, Direction::Ingress, f.protocol, s.ephemeral, dPeer, true))
                return out;
        }
    }

    if (!d.internet) {
        const Verdict v = groupsOf(m_cache, d, Direction::Ingress, f, sPeer);
        if (!v.allowed)
            return fail(u"ENI_SG_RULES_MISMATCH"_s, v.component.isEmpty() ? d.resource : v.component, Direction::Ingress, v.detail);
        hop(v.component, u"security-group"_s, v.detail);
    }
    hop(d.resource, u"destination"_s, d.internet ? ReachMsg::tr("the internet") : ReachMsg::tr("in %1 (%2)").arg(d.subnet, d.zone));
    out.ok = true;
    return out;
}

namespace {
/// Every source endpoint must reach every destination endpoint. Fills per-subnet answers.
template<typename LegFn>
void allPairs(const QList<Endpoint> &sources, const QList<Endpoint> &destinations, LegFn legFn, QList<Hop> &hops,
              QList<Explanation> &explanations, QList<SubnetAnswer> &srcAnswers, QList<SubnetAnswer> &dstAnswers,
              bool &ok, int &progress)
{
    ok = true;
    QHash<QString, SubnetAnswer> bySrc;
    QHash<QString, SubnetAnswer> byDst;
    bool haveHops = false;
    for (const Endpoint &s : sources) {
        for (const Endpoint &d : destinations) {
            const Reachability::Leg l = legFn(s, d);
            auto &sa = bySrc[s.subnet];
            sa.subnet = s.subnet;
            auto &da = byDst[d.subnet];
            da.subnet = d.subnet;
            if (l.ok) {
                if (!haveHops) {
                    hops = l.hops;
                    progress = int(l.hops.size());
                    haveHops = true;
                }
                continue;
            }
            if (ok) { // first failure explains
                hops = l.hops;
                progress = int(l.hops.size());
                haveHops = true;
                explanations.append(l.blocked);
            }
            ok = false;
            sa.explanations.append(l.blocked);
            da.explanations.append(l.blocked);
        }
    }
    for (const Endpoint &s : sources)
        if (bySrc.contains(s.subnet)) {
            SubnetAnswer a = bySrc.take(s.subnet);
            a.reachable = a.explanations.isEmpty();
            srcAnswers.append(a);
        }
    for (const Endpoint &d : destinations)
        if (byDst.contains(d.subnet)) {
            SubnetAnswer a = byDst.take(d.subnet);
            a.reachable = a.explanations.isEmpty();
            dstAnswers.append(a);
        }
}
} // namespace

Reachability::Attempt Reachability::toLoadBalancer(const QList<Endpoint> &sources, const QString &lb, const Flow &f) const
{
    Attempt a;
    const Resource *r = m_doc.find(lb);
    const bool classic = r->string(u"kind"_s) == u"classic"_s;
    const QVariantList listeners = r->rows(u"listeners"_s);
    int match = -1;
    for (int i = 0; i < listeners.size() && match < 0; ++i) {
        const QVariantMap l = listeners[i].toMap();
        if ((f.port < 0 || l.value(u"port"_s, 80).toLongLong() == f.port)
            && listenerCarries(l.value(u"protocol"_s, u"HTTP"_s).toString(), f.protocol))
            match = i;
    }
    if (match < 0) {
        QStringList ports;
        for (const QVariant &l : listeners)
            ports.append(l.toMap().value(u"protocol"_s, u"HTTP"_s).toString() + u':'
                         + QString::number(l.toMap().value(u"port"_s, 80).toLongLong()));
        a.explanations.append({classic ? u"ELB_LISTENER_PORT_RESTRICTION"_s : u"ELBV2_LISTENER_PORT_RESTRICTION"_s, lb,
                               u"ingress"_s,
                               ports.isEmpty() ? ReachMsg::tr("%1 has no listeners").arg(lb)
                                               : ReachMsg::tr("%1 has no listener for %2 (listeners: %3)")
                                                     .arg(lb, f.toString(), ports.join(u", "_s))});
        return a;
    }
    const QList<Endpoint> nodes = endpointsOf(m_doc, lb, &m_eips, &m_cache);
    if (nodes.isEmpty()) {
        a.explanations.append({u"NO_PATH"_s, lb, u"ingress"_s, ReachMsg::tr("%1 has no subnets").arg(lb)});
        return a;
    }
    allPairs(sources, nodes, [&](const Endpoint &s, const Endpoint &d) { return leg(s, d, f); }, a.hops,
             a.explanations, a.sourceSubnets, a.destinationSubnets, a.ok, a.progress);
    // The load balancer is where this leg ends, not the destination of the whole path.
    if (!a.hops.isEmpty() && a.hops.last().component == lb && a.hops.last().type == u"destination"_s)
        a.hops.last().type = u"load-balancer"_s;
    const QVariantMap l = listeners[match].toMap();
    a.hops.append({lb, u"listener"_s,
                   ReachMsg::tr("listener %1:%2").arg(l.value(u"protocol"_s, u"HTTP"_s).toString()).arg(l.value(u"port"_s, 80).toLongLong())});
    return a;
}

Reachability::Attempt Reachability::fromLoadBalancer(const QString &lb, const QList<Endpoint> &targets, const Flow &f,
                                                     const QString &targetGroup) const
{
    Attempt a;
    const Resource *r = m_doc.find(lb);
    const QList<Endpoint> nodes = endpointsOf(m_doc, lb, &m_eips, &m_cache);
    bool crossZone = r->boolean(u"crossZone"_s);
    if (const Resource *tg = targetGroup.isEmpty() ? nullptr : m_doc.find(targetGroup)) {
        const QString own = tg->string(u"crossZone"_s); // load_balancing.cross_zone.enabled
        if (own == u"true"_s || own == u"false"_s)
            crossZone = own == u"true"_s;
    }
    a.ok = true;
    for (const Endpoint &t : targets) {
        QList<Endpoint> senders;
        bool zoneEnabled = false;
        for (const Endpoint &n : nodes) {
            if (n.zone == t.zone)
                zoneEnabled = true;
            if (crossZone || n.zone == t.zone)
                senders.append(n);
        }
        SubnetAnswer answer{t.subnet, false, {}};
        if (!zoneEnabled && r->string(u"kind"_s) != u"classic"_s) {
            answer.explanations.append({u"ELB_INSTALLED_AZ_RESTRICTION"_s, lb, u"egress"_s,
                                        ReachMsg::tr("%1 has no node in %2, so %3 there gets no traffic")
                                            .arg(lb, t.zone, t.resource)});
        } else if (senders.isEmpty()) {
            answer.explanations.append({u"ELB_NOT_CROSSZONE"_s, lb, u"egress"_s,
                                        ReachMsg::tr("cross-zone load balancing is off and %1 has no node in %2")
                                            .arg(lb, t.zone)});
        } else {
            // One working node per target is enough: the load balancer picks it.
            Leg best;
            for (const Endpoint &n : senders) {
                best = leg(n, t, f);
                if (best.ok)
                    break;
            }
            answer.reachable = best.ok;
            if (!best.ok)
                answer.explanations.append(best.blocked);
            if (a.hops.isEmpty() || (!best.ok && a.ok)) {
                a.hops = best.hops;
                if (!a.hops.isEmpty())
                    a.hops.removeFirst(); // the load balancer is already on the path
            }
        }
        if (!answer.reachable && a.ok) {
            a.ok = false;
            a.explanations = answer.explanations;
        }
        a.destinationSubnets.append(answer);
    }
    a.progress = int(a.hops.size());
    return a;
}

Reachability::Attempt Reachability::direct(const QList<Endpoint> &sources, const QString &to, const Flow &f) const
{
    const Resource *r = m_doc.find(to);
    if (r && r->type == ResourceType::LoadBalancer)
        return toLoadBalancer(sources, to, f);
    Attempt a;
    const QList<Endpoint> targets = endpointsOf(m_doc, to, &m_eips, &m_cache);
    if (targets.isEmpty()) {
        a.explanations.append({u"NO_PATH"_s, to, u"ingress"_s, ReachMsg::tr("%1 is not placed in any subnet").arg(to)});
        return a;
    }
    allPairs(sources, targets, [&](const Endpoint &s, const Endpoint &d) { return leg(s, d, f); }, a.hops,
             a.explanations, a.sourceSubnets, a.destinationSubnets, a.ok, a.progress);
    return a;
}

Reachability::Attempt Reachability::viaLoadBalancer(const QList<Endpoint> &sources, const QString &to,
                                                    const Delivery &del, const Flow &f) const
{
    Flow front = f;
    front.port = del.listenerPort;
    Attempt first = toLoadBalancer(sources, del.loadBalancer, front);
    Attempt a = first;
    a.destinationSubnets.clear();
    if (!first.ok)
        return a;
    if (f.port >= 0 && del.targetPort != f.port) {
        a.ok = false;
        a.explanations = {{u"TARGET_PORT_RESTRICTION"_s, del.targetGroup.isEmpty() ? del.loadBalancer : del.targetGroup,
                           u"egress"_s,
                           ReachMsg::tr("%1 sends to %2 on port %3, not %4")
                               .arg(del.targetGroup.isEmpty() ? del.loadBalancer : del.targetGroup, to)
                               .arg(del.targetPort)
                               .arg(f.port)}};
        return a;
    }
    if (del.rulePriority > 0)
        a.hops.append({del.loadBalancer, u"listener-rule"_s,
                       ReachMsg::tr("listener %1 rule %2 %3 forwards to %4")
                           .arg(del.listenerPort)
                           .arg(del.rulePriority)
                           .arg(del.ruleConditions, del.targetGroup)});
    if (!del.targetGroup.isEmpty())
        a.hops.append({del.targetGroup, u"target-group"_s,
                       ReachMsg::tr("forwards to %1 on port %2").arg(to).arg(del.targetPort)});
    Flow back = f;
    back.port = del.targetPort;
    const QList<Endpoint> targets = endpointsOf(m_doc, to, &m_eips, &m_cache);
    const Attempt second = fromLoadBalancer(del.loadBalancer, targets, back, del.targetGroup);
    a.ok = second.ok;
    a.hops += second.hops;
    a.explanations = second.explanations;
    a.destinationSubnets = second.destinationSubnets;
    a.progress = first.progress + 1 + second.progress;
    // A Network Load Balancer keeps the client's address for instance targets (TCP, the
    // default; UDP always): the targets see the clients, not the load balancer. Without
    // groups of its own, there is no load balancer group to admit: the clients must be.
    const Resource *lb = m_doc.find(del.loadBalancer);
    const Resource *tg = m_doc.find(del.targetGroup);
    if (a.ok && lb && tg && lb->string(u"kind"_s) == u"network"_s && m_doc.securityGroupsOf(del.loadBalancer).isEmpty()
        && tg->string(u"targetType"_s) != u"ip"_s && (f.protocol == Protocol::Tcp || f.protocol == Protocol::Udp)) {
        for (const Endpoint &t : targets) {
            for (const Endpoint &s : sources) {
                const Verdict v = securityGroups(m_cache, t.groups, t.vpc, t.noGroups, Direction::Ingress, back, s.asPeer(), t.resource);
                if (v.allowed)
                    continue;
                a.ok = false;
                a.explanations = {{u"ENI_SG_RULES_MISMATCH"_s, v.component.isEmpty() ? t.resource : v.component, u"ingress"_s,
                                   ReachMsg::tr("%1 (%2 is a Network Load Balancer: it keeps the client's address, so %3's "
                                                "security groups must admit the clients, not the load balancer)")
                                       .arg(v.detail, del.loadBalancer, t.resource)}};
                return a;
            }
        }
    }
    return a;
}

ReachResult Reachability::deliver(const QString &lb, const QString &target, const Flow &f) const
{
    ReachResult result;
    result.source = lb;
    result.destination = target;
    result.flow = f;
    const Attempt a = fromLoadBalancer(lb, endpointsOf(m_doc, target, &m_eips, &m_cache), f);
    result.reachable = a.ok;
    result.path = a.hops;
    result.explanations = a.explanations;
    result.destinationSubnets = a.destinationSubnets;
    return result;
}

ReachResult Reachability::reach(const QString &fromId, const QString &toId, const Flow &f) const
{
    ReachResult result;
    result.source = fromId;
    result.destination = toId;
    result.flow = f;
    QList<Hop> prefix;
    // Names that stand for something else: a DNS record for its target, an Elastic IP for
    // what it is attached to.
    auto resolve = [&](QString id, bool isDestination) {
        for (int guard = 0; guard < 4; ++guard) {
            const Resource *r = m_doc.find(id);
            if (!r)
                break;
            if (r->type == ResourceType::Route53Record) {
                const QString target = m_services.resolve(id);
                if (isDestination)
                    prefix.append({id, u"route53-record"_s, ReachMsg::tr("%1 resolves to %2").arg(r->string(u"recordName"_s), target)});
                id = target;
            } else if (r->type == ResourceType::ElasticIp) {
                id = r->string(u"associatedWith"_s);
            } else {
                break;
            }
        }
        return id;
    };
    const QString from = resolve(fromId, false);
    const QString to = resolve(toId, true);

    const QList<Endpoint> sources = endpointsOf(m_doc, from, &m_eips, &m_cache);
    if (sources.isEmpty()) {
        result.explanations.append({u"NO_PATH"_s, fromId, u"egress"_s,
                                    m_doc.contains(from) ? ReachMsg::tr("%1 has no network interface in any subnet").arg(fromId)
                                                         : ReachMsg::tr("%1 resolves to nothing").arg(fromId)});
        return result;
    }
    if (!m_doc.contains(to) && to.compare(u"internet"_s, Qt::CaseInsensitive) != 0) {
        result.explanations.append({u"NO_PATH"_s, toId, u"ingress"_s, ReachMsg::tr("%1 resolves to nothing").arg(toId)});
        return result;
    }

    QList<Attempt> attempts;
    attempts.append(direct(sources, to, f));
    if (!attempts.first().ok) {
        // Through the load balancers in front of the destination.
        for (const Delivery &del : m_services.deliveriesTo(to)) {
            if (del.loadBalancer == from)
                continue;
            attempts.append(viaLoadBalancer(sources, to, del, f));
            if (attempts.last().ok)
                break;
        }
    }
    if (!attempts.first().ok && m_services.deliveriesTo(to).isEmpty()) {
        // A registered target that no listener forwards to: a listener of a load balancer in
        // its VPC that forwards to no target group is the break (ELBV2_LISTENER_HAS_NO_TG).
        const bool registered = m_services.isRegistered(to);
        const QString vpc = registered ? m_doc.vpcOf(to) : QString();
        for (const QString &lbId : registered ? m_doc.children(vpc) : QStringList()) {
            const Resource *lb = m_doc.find(lbId);
            if (lb->type != ResourceType::LoadBalancer || lb->id == from || lb->string(u"kind"_s) == u"classic"_s)
                continue;
            const QVariantList listeners = lb->rows(u"listeners"_s);
            for (const QVariant &v : listeners) {
                const QVariantMap l = v.toMap();
                const Resource *tg = m_doc.find(l.value(u"targetGroup"_s).toString());
                if (tg && tg->type == ResourceType::TargetGroup)
                    continue;
                Flow front = f;
                front.port = int(l.value(u"port"_s, 80).toLongLong());
                Attempt a = toLoadBalancer(sources, lb->id, front);
                if (a.ok) {
                    a.ok = false;
                    a.explanations = {{u"ELBV2_LISTENER_HAS_NO_TG"_s, lb->id, u"egress"_s,
                                       ReachMsg::tr("listener %1:%2 of %3 forwards to no target group, so nothing reaches %4")
                                           .arg(l.value(u"protocol"_s, u"HTTP"_s).toString())
                                           .arg(front.port)
                                           .arg(lb->id, to)}};
                    a.progress += 1;
                }
                attempts.append(a);
            }
        }
    }
    const Attempt *chosen = &attempts.first();
    for (const Attempt &a : attempts) {
        if (a.ok) {
            chosen = &a;
            break;
        }
    }
    // When nothing works, the direct path is the answer to the question asked: its blocking
    // rule comes first, the other paths are alternatives. Only a destination that the internet
    // cannot address at all (a private instance behind a load balancer) is explained by the
    // attempt that got furthest.
    const bool directUnaddressable = !attempts.first().explanations.isEmpty()
        && attempts.first().explanations.first().code == u"IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"_s;
    if (!chosen->ok && directUnaddressable)
        for (const Attempt &a : attempts)
            if (a.progress > chosen->progress)
                chosen = &a;
    if (!chosen->ok)
        for (const Attempt &a : attempts)
            if (&a != chosen && !a.explanations.isEmpty())
                result.alternatives.append(a.explanations.first());

    result.reachable = chosen->ok;
    result.path = prefix + chosen->hops;
    result.explanations = chosen->explanations;
    if (sources.size() > 1)
        result.sourceSubnets = chosen->sourceSubnets;
    if (chosen->destinationSubnets.size() > 1 || (m_doc.find(to) && m_doc.find(to)->type == ResourceType::AutoScalingGroup))
        result.destinationSubnets = chosen->destinationSubnets;
    if (f.port < 0 && (f.protocol == Protocol::Tcp || f.protocol == Protocol::Udp))
        result.assumptions.append(ReachMsg::tr("no port given: any port that the rules allow counts"));
    QStringList involved{fromId, toId};
    for (const Hop &hop : std::as_const(result.path))
        involved.append(hop.component);
    for (const Explanation &e : std::as_const(result.explanations))
        involved.append(e.component);
    involved.removeDuplicates();
    for (const QString &id : std::as_const(involved))
        if (touchesExternal(m_doc, id))
            result.assumptions.append(
                ReachMsg::tr("%1 depends on something defined outside the design (a template parameter or import): "
                             "its rules and routes are unknown, so this answer may not hold").arg(id));
    return result;
}

} // namespace skydraft::net
