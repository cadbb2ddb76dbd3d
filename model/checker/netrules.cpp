#include "netrules.h"

#include "model/catalogue.h"
#include "model/securityrules.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace skydraft::net {

namespace {
struct NetMsg {
    Q_DECLARE_TR_FUNCTIONS(skydraft::Checker)
};


bool protocolMatches(const QString &rule, Protocol flow)
{
    if (rule == u"all"_s || rule == u"-1"_s || flow == Protocol::All)
        return true;
    return rule == protocolName(flow);
}

} // namespace

Protocol protocolFromString(const QString &text, bool *ok)
{
    const QString t = text.toLower();
    if (ok)
        *ok = true;
    if (t == u"tcp"_s || t == u"6"_s)
        return Protocol::Tcp;
    if (t == u"udp"_s || t == u"17"_s)
        return Protocol::Udp;
    if (t == u"icmp"_s || t == u"1"_s)
        return Protocol::Icmp;
    if (t == u"all"_s || t == u"-1"_s)
        return Protocol::All;
    if (ok)
        *ok = false;
    return Protocol::Tcp;
}

QString protocolName(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Tcp:
        return u"tcp"_s;
    case Protocol::Udp:
        return u"udp"_s;
    case Protocol::Icmp:
        return u"icmp"_s;
    case Protocol::All:
        return u"all"_s;
    }
    return {};
}

QString PortRange::toString() const
{
    return from == to ? QString::number(from) : QString::number(from) + u'-' + QString::number(to);
}

QString Flow::toString() const
{
    if (protocol == Protocol::Icmp || protocol == Protocol::All || port < 0)
        return protocolName(protocol);
    return protocolName(protocol) + u'/' + QString::number(port);
}

PortRange ephemeralLinux() { return {32768, 61000}; }
PortRange ephemeralElb() { return {1024, 65535}; }
PortRange ephemeralClients() { return {1024, 65535}; }


bool cidrMatches(const IpBlock &rule, const Peer &peer)
{
    if (rule.ipv6 != peer.ipv6)
        return false;
    if (peer.internet)
        return !isPrivateOnly(rule);
    return !rule.ipv6 && rule.v4.overlaps(peer.cidr);
}

QString directionName(Direction d) { return d == Direction::Ingress ? u"ingress"_s : u"egress"_s; }

Verdict securityGroups(NetCache &cache, const QStringList &groups, const QString &vpc, bool noGroups,
                       Direction direction, const Flow &flow, const Peer &peer, const QString &ownerLabel)
{
    if (noGroups)
        return {true, {}, NetMsg::tr("%1 has no security group: nothing is filtered").arg(ownerLabel)};
    if (groups.isEmpty()) {
        // The VPC's default group: all in from its own members, all out.
        const QString name = NetMsg::tr("the default security group of %1").arg(vpc);
        if (direction == Direction::Egress)
            return {true, vpc, NetMsg::tr("%1 allows all outbound traffic").arg(name)};
        if (peer.groups.isEmpty() && !peer.internet)
            return {true, vpc, NetMsg::tr("%1 admits its own members").arg(name)};
        return {false, vpc,
                NetMsg::tr("%1 (on %2) admits only its own members, not %3").arg(name, ownerLabel, peer.label)};
    }
    const bool inbound = direction == Direction::Ingress;
    QString prefixListRule; // a rule that would carry the flow to a prefix list's addresses
    for (const QString &g : groups) {
        for (const NetCache::SgRule &rule : cache.sgRules(g, inbound)) {
            if (!protocolMatches(rule.protocol, flow.protocol))
                continue;
            if ((rule.protocol == u"tcp"_s || rule.protocol == u"udp"_s) && flow.port >= 0 && !rule.ports.contains(flow.port))
                continue;
            bool matches = false;
            QString source;
            if (!rule.group.isEmpty()) {
                matches = peer.groups.contains(rule.group);
                source = rule.group;
            } else if (!rule.prefixList.isEmpty()) {
                // A managed prefix list is a named set of ranges outside the design (CloudFront's
                // origin-facing addresses, say): not the internet at large, nor a design's resource.
                if (prefixListRule.isEmpty())
                    prefixListRule = NetMsg::tr("%1 rule %2 names prefix list %3, a named range of addresses outside "
                                                "the design, not the internet at large")
                                         .arg(g).arg(rule.index + 1).arg(rule.prefixList);
            } else if (rule.cidr) {
                matches = cidrMatches(*rule.cidr, peer);
                source = rule.cidr->toString();
            }
            if (!matches)
                continue;
            const QString what = inbound
                ? NetMsg::tr("%1: inbound rule %2 allows %3 from %4").arg(g).arg(rule.index + 1).arg(flow.toString(), source)
                : NetMsg::tr("%1: outbound rule %2 allows %3 to %4").arg(g).arg(rule.index + 1).arg(flow.toString(), source);
            return {true, g, what};
        }
    }
    // A group from outside the design (a template parameter or import): its rules are not
    // known, so it is taken to let the traffic through (reach lists it under its assumptions).
    for (const QString &g : groups)
        if (const Resource *r = cache.doc().find(g); r && r->isExternal())
            return {true, g,
                    inbound ? NetMsg::tr("%1 is defined outside the design: its rules are unknown, taken to allow %2 from %3")
                                  .arg(g, flow.toString(), peer.label)
                            : NetMsg::tr("%1 is defined outside the design: its rules are unknown, taken to allow %2 to %3")
                                  .arg(g, flow.toString(), peer.label)};
    const QString list = groups.join(u", "_s);
    const QString also = prefixListRule.isEmpty() ? QString() : u" ("_s + prefixListRule + u')';
    if (inbound)
        return {false, groups.first(),
                NetMsg::tr("%1: no inbound rule allows %2 from %3").arg(list, flow.toString(), peer.label) + also};
    return {false, groups.first(),
            NetMsg::tr("%1: no outbound rule allows %2 to %3").arg(list, flow.toString(), peer.label) + also};
}

const QList<NetCache::AclRule> &NetCache::aclRules(const QString &acl, bool inbound)
{
    auto &cache = m_acl[inbound ? 0 : 1];
    auto it = cache.find(acl);
    if (it != cache.end())
        return *it;
    QList<AclRule> rules;
    if (const Resource *r = m_doc.find(acl)) {
        for (const QVariant &v : r->rows(inbound ? u"inbound"_s : u"outbound"_s)) {
            const QVariantMap m = v.toMap();
            AclRule rule;
            rule.number = m.value(u"rule"_s, 100).toLongLong();
            rule.protocol = m.value(u"protocol"_s, u"all"_s).toString();
            rule.cidr = IpBlock::parse(m.value(u"cidr"_s, u"0.0.0.0/0"_s).toString());
            rule.ports = {int(m.value(u"fromPort"_s, 0).toLongLong()), int(m.value(u"toPort"_s, 65535).toLongLong())};
            rule.allow = m.value(u"action"_s, u"allow"_s).toString() == u"allow"_s;
            rules.append(rule);
        }
        std::stable_sort(rules.begin(), rules.end(), [](const AclRule &a, const AclRule &b) { return a.number < b.number; });
    }
    return *cache.insert(acl, rules);
}

const QList<NetCache::SgRule> &NetCache::sgRules(const QString &group, bool inbound)
{
    auto &cache = m_sg[inbound ? 0 : 1];
    auto it = cache.find(group);
    if (it != cache.end())
        return *it;
    QList<SgRule> rules;
    if (const Resource *r = m_doc.find(group)) {
        for (const SecurityGroupRule &row : securityGroupRules(*r, inbound)) {
            SgRule rule;
            rule.index = row.index;
            rule.protocol = row.protocol;
            rule.ports = {row.fromPort, row.toPort};
            rule.group = row.group;
            rule.prefixList = row.prefixList;
            rule.cidr = IpBlock::parse(row.cidr);
            rules.append(rule);
        }
    }
    return *cache.insert(group, rules);
}

QString NetCache::aclOf(const QString &subnet)
{
    auto it = m_aclOf.find(subnet);
    if (it != m_aclOf.end())
        return *it;
    QString acl;
    if (const Resource *s = m_doc.find(subnet)) {
        acl = s->string(u"networkAcl"_s);
        if (!m_doc.contains(acl)) {
            acl.clear();
            for (const QString &id : m_doc.children(m_doc.vpcOf(subnet))) {
                const Resource *r = m_doc.find(id);
                if (r->type == ResourceType::NetworkAcl && r->boolean(u"isDefault"_s))
                    acl = id;
            }
        }
    }
    m_aclOf.insert(subnet, acl);
    return acl;
}

QString NetCache::routeTableOf(const QString &subnet)
{
    auto it = m_tableOf.find(subnet);
    if (it == m_tableOf.end())
        it = m_tableOf.insert(subnet, skydraft::routeTableOf(m_doc, subnet));
    return *it;
}

const Route &NetCache::internetRoute(const QString &subnet, bool ipv6)
{
    auto &cache = ipv6 ? m_internetRoute6 : m_internetRoute;
    auto it = cache.find(subnet);
    if (it == cache.end())
        it = cache.insert(subnet, skydraft::internetRoute(m_doc, subnet, ipv6));
    return *it;
}

const NetCache::SubnetInfo &NetCache::subnet(const QString &id)
{
    auto it = m_subnets.find(id);
    if (it != m_subnets.end())
        return *it;
    SubnetInfo info;
    const Resource *s = m_doc.find(id);
    if (s && s->type == ResourceType::Subnet) {
        info.valid = true;
        info.vpc = m_doc.vpcOf(id);
        info.zone = m_doc.zoneOf(id);
        info.cidr = Cidr::parse(s->string(u"cidr"_s)).value_or(Cidr{});
    }
    return *m_subnets.insert(id, info);
}

QString NetCache::internetGatewayOf(const QString &vpc)
{
    auto it = m_igw.find(vpc);
    if (it == m_igw.end())
        it = m_igw.insert(vpc, skydraft::internetGatewayOf(m_doc, vpc));
    return *it;
}

Verdict networkAcl(NetCache &cache, const QString &subnet, Direction direction, Protocol protocol,
                   const PortRange &ports, const Peer &peer, bool returnTraffic)
{
    const QString aclId = cache.aclOf(subnet);
    if (aclId.isEmpty())
        return {true, {}, NetMsg::tr("%1 uses the VPC's default network ACL, which allows all").arg(subnet)};
    return evaluateAcl(cache, aclId, direction, protocol, ports, peer, returnTraffic);
}

Verdict evaluateAcl(NetCache &cache, const QString &aclId, Direction direction, Protocol protocol,
                    const PortRange &ports, const Peer &peer, bool returnTraffic)
{
    const bool portless = protocol == Protocol::Icmp;
    // Ports not yet decided, as disjoint intervals; first match decides each port.
    QList<PortRange> open{portless ? PortRange{0, 0} : ports};
    QStringList allowedBy;
    auto what = [&] {
        return returnTraffic
            ? (direction == Direction::Ingress ? NetMsg::tr("return traffic %1 from %2 on ports %3")
                                               : NetMsg::tr("return traffic %1 to %2 on ports %3"))
                  .arg(protocolName(protocol), peer.label, ports.toString())
            : (direction == Direction::Ingress ? NetMsg::tr("%1 from %2") : NetMsg::tr("%1 to %2"))
                  .arg(portless ? protocolName(protocol) : protocolName(protocol) + u'/' + ports.toString(), peer.label);
    };
    for (const NetCache::AclRule &rule : cache.aclRules(aclId, direction == Direction::Ingress)) {
        if (!protocolMatches(rule.protocol, protocol))
            continue;
        if (!rule.cidr || !cidrMatches(*rule.cidr, peer))
            continue;
        PortRange rr{0, 65535};
        if ((rule.protocol == u"tcp"_s || rule.protocol == u"udp"_s) && !portless)
            rr = rule.ports;
        QList<PortRange> rest;
        bool hit = false;
        for (const PortRange &o : std::as_const(open)) {
            const int lo = std::max(o.from, rr.from);
            const int hi = std::min(o.to, rr.to);
            if (lo > hi) {
                rest.append(o);
                continue;
            }
            hit = true;
            if (o.from < lo)
                rest.append({o.from, lo - 1});
            if (hi < o.to)
                rest.append({hi + 1, o.to});
        }
        if (!hit)
            continue;
        if (!rule.allow)
            return {false, aclId, NetMsg::tr("%1: rule %2 denies %3").arg(aclId).arg(rule.number).arg(what())};
        allowedBy.append(QString::number(rule.number));
        open = rest;
        if (open.isEmpty())
            return {true, aclId, NetMsg::tr("%1: rule %2 allows %3").arg(aclId, allowedBy.join(u", "_s), what())};
    }
    return {false, aclId, NetMsg::tr("%1: no rule allows %2, so the final * rule denies it").arg(aclId, what())};
}

} // namespace skydraft::net
