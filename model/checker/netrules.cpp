#include "netrules.h"

#include "model/catalogue.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace skydraft::net {

namespace {
struct NetMsg {
    Q_DECLARE_TR_FUNCTIONS(skydraft::Checker)
};

const Cidr kPrivate[] = {{0x0A000000, 8}, {0xAC100000, 12}, {0xC0A80000, 16}, {0x64400000, 10}};

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

bool isPrivateOnly(const Cidr &cidr)
{
    return std::any_of(std::begin(kPrivate), std::end(kPrivate), [&](const Cidr &p) { return p.contains(cidr); });
}

bool cidrMatches(const Cidr &rule, const Peer &peer)
{
    if (peer.internet)
        return !isPrivateOnly(rule);
    return rule.overlaps(peer.cidr);
}

QString directionName(Direction d) { return d == Direction::Ingress ? u"ingress"_s : u"egress"_s; }

Verdict securityGroups(const Document &doc, const QStringList &groups, const QString &vpc, bool noGroups,
                       Direction direction, const Flow &flow, const Peer &peer, const QString &ownerLabel)
{
    if (noGroups)
        return {true, {}, NetMsg::tr("%1 has no security group: nothing is filtered").arg(ownerLabel)};
    const QString key = direction == Direction::Ingress ? u"inbound"_s : u"outbound"_s;
    if (groups.isEmpty()) {
        // The VPC's default group: all in from its own members, all out.
        const QString name = NetMsg::tr("the default security group of %1").arg(vpc);
        if (direction == Direction::Egress)
            return {true, vpc, NetMsg::tr("%1 allows all outbound traffic").arg(name)};
        if (peer.groups.isEmpty() && !peer.internet)
            return {true, vpc, NetMsg::tr("%1 admits its own members").arg(name)};
        return {false, vpc,
                NetMsg::tr("%1 of %2 admits only its own members, not %3").arg(name, ownerLabel, peer.label)};
    }
    for (const QString &g : groups) {
        const Resource *sg = doc.find(g);
        if (!sg || sg->type != ResourceType::SecurityGroup)
            continue;
        const QVariantList rules = sg->rows(key);
        for (int i = 0; i < rules.size(); ++i) {
            const QVariantMap rule = rules[i].toMap();
            const QString protocol = rule.value(u"protocol"_s, u"tcp"_s).toString();
            if (!protocolMatches(protocol, flow.protocol))
                continue;
            if ((protocol == u"tcp"_s || protocol == u"udp"_s) && flow.port >= 0) {
                const PortRange ports{int(rule.value(u"fromPort"_s, 0).toLongLong()),
                                      int(rule.value(u"toPort"_s, 65535).toLongLong())};
                if (!ports.contains(flow.port))
                    continue;
            }
            const QString group = rule.value(u"group"_s).toString();
            bool matches = false;
            QString source;
            if (!group.isEmpty()) {
                matches = peer.groups.contains(group);
                source = group;
            } else if (const auto c = Cidr::parse(rule.value(u"cidr"_s).toString())) {
                matches = cidrMatches(*c, peer);
                source = c->toString();
            }
            if (!matches)
                continue;
            const QString what = direction == Direction::Ingress
                ? NetMsg::tr("%1: inbound rule %2 allows %3 from %4").arg(g).arg(i + 1).arg(flow.toString(), source)
                : NetMsg::tr("%1: outbound rule %2 allows %3 to %4").arg(g).arg(i + 1).arg(flow.toString(), source);
            return {true, g, what};
        }
    }
    const QString list = groups.join(u", "_s);
    if (direction == Direction::Ingress)
        return {false, groups.first(),
                NetMsg::tr("%1: no inbound rule allows %2 from %3").arg(list, flow.toString(), peer.label)};
    return {false, groups.first(),
            NetMsg::tr("%1: no outbound rule allows %2 to %3").arg(list, flow.toString(), peer.label)};
}

namespace {
QString aclOf(const Document &doc, const QString &subnet)
{
    const Resource *s = doc.find(subnet);
    if (!s)
        return {};
    const QString own = s->string(u"networkAcl"_s);
    if (doc.contains(own))
        return own;
    const QString vpc = doc.vpcOf(subnet);
    for (const QString &id : doc.children(vpc)) {
        const Resource *r = doc.find(id);
        if (r->type == ResourceType::NetworkAcl && r->boolean(u"isDefault"_s))
            return id;
    }
    return {};
}
} // namespace

Verdict networkAcl(const Document &doc, const QString &subnet, Direction direction, Protocol protocol,
                   const PortRange &ports, const Peer &peer, bool returnTraffic)
{
    const QString aclId = aclOf(doc, subnet);
    if (!doc.contains(aclId))
        return {true, {}, NetMsg::tr("%1 uses the VPC's default network ACL, which allows all").arg(subnet)};
    return evaluateAcl(doc, aclId, direction, protocol, ports, peer, returnTraffic);
}

Verdict evaluateAcl(const Document &doc, const QString &aclId, Direction direction, Protocol protocol,
                    const PortRange &ports, const Peer &peer, bool returnTraffic)
{
    const Resource *acl = doc.find(aclId);
    QVariantList rules = acl->rows(direction == Direction::Ingress ? u"inbound"_s : u"outbound"_s);
    std::stable_sort(rules.begin(), rules.end(), [](const QVariant &a, const QVariant &b) {
        return a.toMap().value(u"rule"_s, 100).toLongLong() < b.toMap().value(u"rule"_s, 100).toLongLong();
    });
    const bool portless = protocol == Protocol::Icmp;
    // Ports not yet decided, as disjoint intervals; first match decides each port.
    QList<PortRange> open{portless ? PortRange{0, 0} : ports};
    QStringList allowedBy;
    const QString what = returnTraffic
        ? NetMsg::tr("return traffic %1 %2 on ports %3")
              .arg(protocolName(protocol), direction == Direction::Ingress ? NetMsg::tr("from") : NetMsg::tr("to"),
                   ports.toString())
        : NetMsg::tr("%1 %2 %3")
              .arg(portless ? protocolName(protocol) : protocolName(protocol) + u'/' + ports.toString(),
                   direction == Direction::Ingress ? NetMsg::tr("from") : NetMsg::tr("to"), peer.label);
    for (const QVariant &v : std::as_const(rules)) {
        const QVariantMap rule = v.toMap();
        const QString proto = rule.value(u"protocol"_s, u"all"_s).toString();
        if (!protocolMatches(proto, protocol))
            continue;
        const auto c = Cidr::parse(rule.value(u"cidr"_s, u"0.0.0.0/0"_s).toString());
        if (!c || !cidrMatches(*c, peer))
            continue;
        PortRange rr{0, 65535};
        if ((proto == u"tcp"_s || proto == u"udp"_s) && !portless)
            rr = {int(rule.value(u"fromPort"_s, 0).toLongLong()), int(rule.value(u"toPort"_s, 65535).toLongLong())};
        const bool allow = rule.value(u"action"_s, u"allow"_s).toString() == u"allow"_s;
        const qint64 number = rule.value(u"rule"_s, 100).toLongLong();
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
        if (!allow)
            return {false, aclId, NetMsg::tr("%1: rule %2 denies %3").arg(aclId).arg(number).arg(what)};
        allowedBy.append(QString::number(number));
        open = rest;
        if (open.isEmpty())
            return {true, aclId, NetMsg::tr("%1: rule %2 allows %3").arg(aclId, allowedBy.join(u", "_s), what)};
    }
    return {false, aclId, NetMsg::tr("%1: no rule allows %2, so the final * rule denies it").arg(aclId, what)};
}

QString routeTableOf(const Document &doc, const QString &subnet)
{
    const Resource *s = doc.find(subnet);
    if (!s)
        return {};
    const QString own = s->string(u"routeTable"_s);
    if (doc.contains(own))
        return own;
    const QString vpc = doc.vpcOf(subnet);
    for (const QString &id : doc.children(vpc)) {
        const Resource *r = doc.find(id);
        if (r->type == ResourceType::RouteTable && r->boolean(u"main"_s))
            return id;
    }
    return {};
}

Route internetRoute(const Document &doc, const QString &subnet)
{
    Route best;
    best.table = routeTableOf(doc, subnet);
    const Resource *rt = doc.find(best.table);
    if (!rt)
        return best;
    for (const QVariant &v : rt->rows(u"routes"_s)) {
        const QVariantMap route = v.toMap();
        const auto dest = Cidr::parse(route.value(u"destination"_s).toString());
        const QString target = route.value(u"target"_s).toString();
        if (!dest || isPrivateOnly(*dest) || !doc.contains(target))
            continue;
        // The default route carries "the internet"; a narrower public route only when
        // there is no default route.
        const bool better = !best.found || (best.destination.prefix != 0 && (dest->prefix == 0 || dest->prefix > best.destination.prefix));
        if (better) {
            best.destination = *dest;
            best.target = target;
            best.found = true;
        }
    }
    return best;
}

QString internetGatewayOf(const Document &doc, const QString &vpc)
{
    for (const QString &id : doc.children(vpc))
        if (doc.find(id)->type == ResourceType::InternetGateway)
            return id;
    return {};
}

bool isPublicSubnet(const Document &doc, const QString &subnet)
{
    const Route r = internetRoute(doc, subnet);
    const Resource *t = doc.find(r.target);
    return r.found && t && t->type == ResourceType::InternetGateway;
}

} // namespace skydraft::net
