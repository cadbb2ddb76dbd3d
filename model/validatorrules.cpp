// Type-specific validation rules: what AWS refuses (errors) or accepts but surely not as meant
// (warnings). Sources: ../shared/design/aws-behavior.md.

#include "validatorcontext.h"
#include "listenerrules.h"
#include "ipv6blocks.h"
#include "validator.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace skydraft::validation {

namespace {

QString quoted(const QString &s) { return u'"' + s + u'"'; }

QString kindLabel(const QString &kind)
{
    if (kind == u"application"_s)
        return ValidatorMsg::tr("an Application Load Balancer");
    if (kind == u"network"_s)
        return ValidatorMsg::tr("a Network Load Balancer");
    return ValidatorMsg::tr("a Classic Load Balancer");
}

bool isTcpOrUdp(const QString &protocol) { return protocol == u"tcp"_s || protocol == u"udp"_s; }

/// VPC and subnet blocks: /16 to /28, no host bits.
void checkBlockSize(const Context &ctx, const Resource &r)
{
    const auto block = Cidr::parse(r.string(u"cidr"_s));
    if (!block)
        return; // reported by the generic check
    if (block->prefix < 16 || block->prefix > 28)
        ctx.error(r, u"cidr"_s,
                  ValidatorMsg::tr("%1 block %2 must have a prefix length between /16 and /28")
                      .arg(typeLabel(r.type), block->toString()));
    if (block->hasHostBits())
        ctx.error(r, u"cidr"_s,
                  ValidatorMsg::tr("%1 has host bits set; did you mean %2?").arg(block->toString(), block->normalized().toString()));
}

/// The VPC that holds `r` when it is part of the design (not a placeholder), else nullptr:
/// only then is its IPv6 block known.
const Resource *knownVpc(const Context &ctx, const Resource &r)
{
    const Resource *vpc = ctx.doc.find(ctx.doc.vpcOf(r.id));
    return vpc && !vpc->isExternal() ? vpc : nullptr;
}

/// Whether `r` sits in a VPC of the design without an IPv6 block (AWS refuses IPv6 there).
const Resource *vpcWithoutIpv6(const Context &ctx, const Resource &r)
{
    const Resource *vpc = knownVpc(ctx, r);
    return vpc && !vpcIpv6(vpc->string(u"ipv6Block"_s)).any() ? vpc : nullptr;
}

void checkVpcIpv6(const Context &ctx, const Resource &r)
{
    // The VPCCidrBlock's logical id, written as it is by the CloudFormation export.
    if (const QString blockId = r.string(u"ipv6BlockId"_s); !blockId.isEmpty() && !Validator::isValidId(blockId))
        ctx.error(r, u"ipv6BlockId"_s, ValidatorMsg::tr("IPv6 block's template id %1 must be letters and digits, starting with a letter")
                                           .arg(quoted(blockId)));
    const VpcIpv6 v6 = vpcIpv6(r.string(u"ipv6Block"_s));
    if (v6.kind == VpcIpv6::Kind::Bad)
        ctx.error(r, u"ipv6Block"_s, ValidatorMsg::tr("IPv6 block %1 is not valid (%2)").arg(quoted(r.string(u"ipv6Block"_s)), v6.error));
    if (v6.kind != VpcIpv6::Kind::Explicit)
        return;
    if (v6.block.prefix != 56)
        ctx.error(r, u"ipv6Block"_s, ValidatorMsg::tr("VPC IPv6 block %1 must be a /56").arg(v6.block.toString()));
    else if (v6.block.hasHostBits())
        ctx.error(r, u"ipv6Block"_s, ValidatorMsg::tr("%1 has host bits set; did you mean %2?").arg(v6.block.toString(), v6.block.normalized().toString()));
}

void checkSubnetIpv6(const Context &ctx, const Resource &r)
{
    const SubnetIpv6 v6 = subnetIpv6(r.string(u"ipv6Block"_s));
    if (v6.kind == SubnetIpv6::Kind::Bad) {
        ctx.error(r, u"ipv6Block"_s, ValidatorMsg::tr("IPv6 block %1 is not valid (%2)").arg(quoted(r.string(u"ipv6Block"_s)), v6.error));
        return;
    }
    if (!v6.any()) {
        if (r.boolean(u"assignIpv6OnCreation"_s))
            ctx.error(r, u"assignIpv6OnCreation"_s, ValidatorMsg::tr("auto-assigning IPv6 addresses needs an IPv6 block on the subnet"));
        return;
    }
    if (r.isExternal())
        return;
    if (const Resource *vpc = vpcWithoutIpv6(ctx, r)) {
        ctx.error(r, u"ipv6Block"_s, ValidatorMsg::tr("subnet has an IPv6 block but VPC %1 has none: give the VPC an IPv6 block first").arg(vpc->id));
        return;
    }
    const Resource *vpc = knownVpc(ctx, r);
    const VpcIpv6 vpc6 = vpc ? vpcIpv6(vpc->string(u"ipv6Block"_s)) : VpcIpv6();
    if (v6.kind == SubnetIpv6::Kind::Explicit) {
        if (v6.block.prefix != 64) {
            ctx.error(r, u"ipv6Block"_s, ValidatorMsg::tr("subnet IPv6 block %1 must be a /64").arg(v6.block.toString()));
            return;
        }
        if (v6.block.hasHostBits())
            ctx.error(r, u"ipv6Block"_s, ValidatorMsg::tr("%1 has host bits set; did you mean %2?").arg(v6.block.toString(), v6.block.normalized().toString()));
        if (vpc6.kind == VpcIpv6::Kind::Explicit && !vpc6.block.contains(v6.block))
            ctx.error(r, u"ipv6Block"_s, ValidatorMsg::tr("subnet IPv6 block %1 is outside the VPC's %2 (%3)")
                                             .arg(v6.block.toString(), vpc6.block.toString(), vpc->id));
        if (vpc6.kind == VpcIpv6::Kind::AmazonProvided)
            ctx.warning(r, u"ipv6Block"_s, ValidatorMsg::tr("subnet IPv6 block %1 cannot be checked against VPC %2's Amazon-provided /56, which is "
                                                            "known only once deployed: AWS refuses it unless it falls inside; %3N (the N-th /64 of "
                                                            "the VPC's block) always does")
                                             .arg(v6.block.toString(), vpc->id, kFromVpcIpv6));
    }
    if (!vpc)
        return;
    // Two subnets of a VPC cannot share a /64.
    for (const Resource *other : ctx.doc.resourcesOfType(ResourceType::Subnet)) {
        if (other == &r || other->isExternal() || ctx.doc.vpcOf(other->id) != vpc->id)
            continue;
        const SubnetIpv6 o = subnetIpv6(other->string(u"ipv6Block"_s));
        const bool same = (o.kind == SubnetIpv6::Kind::FromVpc && v6.kind == SubnetIpv6::Kind::FromVpc && o.index == v6.index)
            || (o.kind == SubnetIpv6::Kind::Explicit && v6.kind == SubnetIpv6::Kind::Explicit && o.block.overlaps(v6.block));
        if (same)
            ctx.error(r, u"ipv6Block"_s, ValidatorMsg::tr("IPv6 block %1 is also subnet %2's").arg(r.string(u"ipv6Block"_s), other->id));
    }
}

void checkVpc(const Context &ctx, const Resource &r)
{
    checkVpcIpv6(ctx, r);
    checkBlockSize(ctx, r);
    const auto block = Cidr::parse(r.string(u"cidr"_s));
    if (!block)
        return;
    if (!isPrivateOnly(*block))
        ctx.warning(r, u"cidr"_s,
                    ValidatorMsg::tr("%1 is not a private range (RFC 1918 or RFC 6598); AWS allows it, but the public "
                       "addresses inside it will be unreachable from this VPC")
                        .arg(block->toString()));
}

void checkAvailabilityZone(const Context &ctx, const Resource &r)
{
    static const QRegularExpression zoneRe(u"^[a-z]{2}(-[a-z]+)+-[0-9]+[a-z]$"_s);
    const QString zone = r.string(u"zone"_s);
    if (!zoneRe.match(zone).hasMatch()) {
        ctx.error(r, u"zone"_s, ValidatorMsg::tr("%1 is not a zone name like us-east-1a").arg(quoted(zone)));
        return;
    }
    const QString region = ctx.doc.region();
    if (zone.left(zone.size() - 1) != region)
        ctx.error(r, u"zone"_s, ValidatorMsg::tr("zone %1 is not in the design's region %2").arg(zone, region));
}

void checkSubnet(const Context &ctx, const Resource &r)
{
    checkSubnetIpv6(ctx, r);
    checkBlockSize(ctx, r);
    const auto block = Cidr::parse(r.string(u"cidr"_s));
    const QString vpcId = ctx.doc.vpcOf(r.id);
    // A placeholder's block is made up, and so is a placeholder VPC's: nothing to compare.
    if (block && !vpcId.isEmpty() && !r.isExternal() && !ctx.doc.find(vpcId)->isExternal()) {
        const auto vpcBlock = Cidr::parse(ctx.doc.find(vpcId)->string(u"cidr"_s));
        if (vpcBlock && !vpcBlock->contains(*block))
            ctx.codedError("subnet-outside-vpc", r, u"cidr"_s,
                      ValidatorMsg::tr("subnet block %1 is outside the VPC's %2 (%3)")
                          .arg(block->toString(), vpcBlock->toString(), vpcId));
    }
}

void checkRouteTable(const Context &ctx, const Resource &r)
{
    const QVariantList routes = r.rows(u"routes"_s);
    const QString vpcId = ctx.doc.vpcOf(r.id);
    const auto vpcBlock = vpcId.isEmpty() ? std::nullopt : Cidr::parse(ctx.doc.find(vpcId)->string(u"cidr"_s));
    QList<IpBlock> seen;
    for (int i = 0; i < routes.size(); ++i) {
        const QVariantMap route = routes[i].toMap();
        const auto dest = IpBlock::parse(route.value(u"destination"_s).toString());
        if (!dest)
            continue;
        if (std::find(seen.begin(), seen.end(), dest->normalized()) != seen.end())
            ctx.error(r, u"routes"_s, ValidatorMsg::tr("two routes for %1").arg(dest->toString()), i, u"destination"_s);
        seen.append(dest->normalized());
        if (dest->ipv6) {
            if (const Resource *vpc = vpcWithoutIpv6(ctx, r))
                ctx.error(r, u"routes"_s,
                          ValidatorMsg::tr("IPv6 route for %1 in VPC %2, which has no IPv6 block: give the VPC an IPv6 block "
                                           "(amazon-provided) or remove the route").arg(dest->toString(), vpc->id),
                          i, u"destination"_s);
        }
        // An egress-only internet gateway carries IPv6 only (VPC/egress-only-internet-gateway.md).
        const Resource *target = ctx.doc.find(route.value(u"target"_s).toString());
        if (target && target->type == ResourceType::EgressOnlyInternetGateway && !dest->ipv6)
            ctx.error(r, u"routes"_s,
                      ValidatorMsg::tr("route for %1 goes to egress-only internet gateway %2, which carries IPv6 only: give an "
                                       "IPv6 destination such as ::/0").arg(dest->toString(), target->id),
                      i, u"destination"_s);
        if (target && target->type == ResourceType::NatGateway && dest->ipv6)
            ctx.error(r, u"routes"_s,
                      ValidatorMsg::tr("route for %1 goes to NAT gateway %2; for IPv6 without inbound connections use an "
                                       "egress-only internet gateway").arg(dest->toString(), target->id),
                      i, u"destination"_s);
        if (vpcBlock && !dest->ipv6 && dest->v4.normalized() == vpcBlock->normalized())
            ctx.error(r, u"routes"_s,
                      ValidatorMsg::tr("route for %1 conflicts with the local route of the VPC").arg(dest->toString()), i,
                      u"destination"_s);
    }
}

void checkNetworkAcl(const Context &ctx, const Resource &r)
{
    for (const QString &direction : {u"inbound"_s, u"outbound"_s}) {
        const QVariantList rules = r.rows(direction);
        QSet<qint64> numbers;
        for (int i = 0; i < rules.size(); ++i) {
            const QVariantMap rule = rules[i].toMap();
            const qint64 number = rule.value(u"rule"_s, 100).toLongLong();
            if (numbers.contains(number))
                ctx.error(r, direction, ValidatorMsg::tr("rule number %1 is used twice").arg(number), i, u"rule"_s);
            numbers.insert(number);
            const QString protocol = rule.value(u"protocol"_s, u"all"_s).toString();
            const qint64 from = rule.value(u"fromPort"_s, 0).toLongLong();
            const qint64 to = rule.value(u"toPort"_s, 65535).toLongLong();
            if (isTcpOrUdp(protocol) && from > to)
                ctx.error(r, direction, ValidatorMsg::tr("port range %1-%2 runs backwards").arg(from).arg(to), i, u"fromPort"_s);
        }
        if (rules.size() > 20)
            ctx.warning(r, direction,
                        ValidatorMsg::tr("%n rules; the default quota is 20 per direction", nullptr, int(rules.size())));
    }
}

void checkSecurityGroup(const Context &ctx, const Resource &r)
{
    for (const QString &direction : {u"inbound"_s, u"outbound"_s}) {
        const QVariantList rules = r.rows(direction);
        if (rules.size() > 60)
            ctx.error(r, direction, ValidatorMsg::tr("%n rules; a security group allows at most 60 per direction", nullptr,
                                       int(rules.size())));
        for (int i = 0; i < rules.size(); ++i) {
            const QVariantMap rule = rules[i].toMap();
            const QString protocol = rule.value(u"protocol"_s, u"tcp"_s).toString();
            const qint64 from = rule.value(u"fromPort"_s, 0).toLongLong();
            const qint64 to = rule.value(u"toPort"_s, 65535).toLongLong();
            if (isTcpOrUdp(protocol) && from > to)
                ctx.error(r, direction, ValidatorMsg::tr("port range %1-%2 runs backwards").arg(from).arg(to), i, u"fromPort"_s);
            const bool hasCidr = !rule.value(u"cidr"_s).toString().isEmpty();
            const bool hasGroup = !rule.value(u"group"_s).toString().isEmpty();
            const QString prefixList = rule.value(u"prefixList"_s).toString();
            const bool hasList = !prefixList.isEmpty();
            if (int(hasCidr) + int(hasGroup) + int(hasList) > 1)
                ctx.error(r, direction,
                          ValidatorMsg::tr("a rule takes one of a CIDR block, a security group or a prefix list, not several"), i,
                          hasGroup ? u"group"_s : u"prefixList"_s);
            if (!hasCidr && !hasGroup && !hasList)
                ctx.error(r, direction,
                          direction == u"inbound"_s ? ValidatorMsg::tr("the rule has no source: give a CIDR block or a security group")
                                                    : ValidatorMsg::tr("the rule has no destination: give a CIDR block or a security group"),
                          i, u"cidr"_s);
            static const QRegularExpression prefixListId(u"^pl-[0-9a-f]{8}([0-9a-f]{9})?$"_s);
            if (hasList && !prefixListId.match(prefixList).hasMatch())
                ctx.error(r, direction,
                          ValidatorMsg::tr("%1 is not a prefix list id (pl- and 8 or 17 hexadecimal digits)").arg(prefixList), i,
                          u"prefixList"_s);
        }
    }
}

void checkGroupsQuota(const Context &ctx, const Resource &r, const QString &key = u"securityGroups"_s)
{
    const int n = int(r.references(key).size());
    if (n > 5)
        ctx.warning(r, key, ValidatorMsg::tr("%n security groups; a network interface takes 5 unless the quota is raised (up to 16)",
                               nullptr, n));
}

/// An ALB's listener rules: each on a listener, with a condition and a target group; the rows
/// of one rule (same port and priority) agree on its conditions and share.
void checkListenerRules(const Context &ctx, const Resource &r, const QList<ListenerRule> &rules, const QSet<qint64> &ports)
{
    const QVariantList rows = r.rows(u"rules"_s);
    QHash<qint64, qint64> shares; // listener port -> sum of explicit shares
    for (const ListenerRule &rule : rules) {
        const int at = rule.firstRow;
        if (!ports.contains(rule.listenerPort))
            ctx.error(r, u"rules"_s,
                      ValidatorMsg::tr("rule %1 is for port %2, which has no listener").arg(rule.priority).arg(rule.listenerPort),
                      at, u"listenerPort"_s);
        if (rule.paths.isEmpty() && rule.hosts.isEmpty())
            ctx.error(r, u"rules"_s,
                      ValidatorMsg::tr("rule %1 on port %2 has no condition: give path patterns or host headers")
                          .arg(rule.priority)
                          .arg(rule.listenerPort),
                      at, u"paths"_s);
        if (rule.paths.size() > 5 || rule.hosts.size() > 5)
            ctx.error(r, u"rules"_s,
                      ValidatorMsg::tr("rule %1 on port %2 has more than 5 values in a condition").arg(rule.priority).arg(rule.listenerPort),
                      at, rule.paths.size() > 5 ? u"paths"_s : u"hosts"_s);
        if (rule.forwards.isEmpty())
            ctx.error(r, u"rules"_s,
                      ValidatorMsg::tr("rule %1 on port %2 forwards to no target group").arg(rule.priority).arg(rule.listenerPort),
                      at, u"targetGroup"_s);
        if (rule.forwards.size() > 5)
            ctx.error(r, u"rules"_s,
                      ValidatorMsg::tr("rule %1 on port %2 forwards to more than 5 target groups").arg(rule.priority).arg(rule.listenerPort),
                      rule.forwards[5].row, u"targetGroup"_s);
        QSet<QString> groups;
        for (const ListenerRule::Forward &f : rule.forwards) {
            if (groups.contains(f.targetGroup))
                ctx.error(r, u"rules"_s,
                          ValidatorMsg::tr("rule %1 on port %2 forwards to %3 twice").arg(rule.priority).arg(rule.listenerPort).arg(f.targetGroup),
                          f.row, u"targetGroup"_s);
            groups.insert(f.targetGroup);
            const Resource *tg = ctx.doc.find(f.targetGroup);
            if (tg && tg->type == ResourceType::TargetGroup && tg->string(u"protocol"_s) != u"HTTP"_s
                && tg->string(u"protocol"_s) != u"HTTPS"_s)
                ctx.error(r, u"rules"_s,
                          ValidatorMsg::tr("target group %1 uses %2, which %3 cannot forward to")
                              .arg(f.targetGroup, tg->string(u"protocol"_s), kindLabel(u"application"_s)),
                          f.row, u"targetGroup"_s);
        }
        // Later rows of the rule repeat its conditions and share, or leave them empty.
        for (const ListenerRule::Forward &f : rule.forwards) {
            if (f.row == at)
                continue;
            const QVariantMap row = rows.value(f.row).toMap();
            for (const QString &key : {u"paths"_s, u"hosts"_s}) {
                const QStringList v = ListenerRules::values(row.value(key).toString());
                if (!v.isEmpty() && v != (key == u"paths"_s ? rule.paths : rule.hosts))
                    ctx.error(r, u"rules"_s,
                              ValidatorMsg::tr("rows of rule %1 on port %2 give different conditions (same port and priority make one rule)")
                                  .arg(rule.priority)
                                  .arg(rule.listenerPort),
                              f.row, key);
            }
        }
        shares[rule.listenerPort] += rule.share;
    }
    for (auto it = shares.constBegin(); it != shares.constEnd(); ++it)
        if (it.value() > 100)
            ctx.warning(r, u"rules"_s,
                        ValidatorMsg::tr("the rules on port %1 take %2% of its traffic; the simulator scales them down to 100%")
                            .arg(it.key())
                            .arg(it.value()));
}

void checkLoadBalancer(const Context &ctx, const Resource &r)
{
    const QString kind = r.string(u"kind"_s);
    const QStringList subnets = r.references(u"subnets"_s);
    QHash<QString, QString> subnetByZone;
    for (const QString &s : subnets) {
        const QString zone = ctx.doc.zoneOf(s);
        if (zone.isEmpty())
            continue;
        if (subnetByZone.contains(zone))
            ctx.error(r, u"subnets"_s,
                      ValidatorMsg::tr("%1 and %2 are both in %3; a load balancer takes one subnet per Availability Zone")
                          .arg(subnetByZone.value(zone), s, zone));
        subnetByZone.insert(zone, s);
    }
    if (kind == u"application"_s && subnetByZone.size() < 2)
        ctx.codedError("alb-single-az", r, u"subnets"_s,
                  ValidatorMsg::tr("an Application Load Balancer needs subnets in at least two Availability Zones (it has %n)",
                     nullptr, int(subnetByZone.size())));
    else if (subnets.isEmpty())
        ctx.error(r, u"subnets"_s, ValidatorMsg::tr("a load balancer needs at least one subnet"));
    checkGroupsQuota(ctx, r);

    static const QHash<QString, QStringList> protocols = {
        {u"application"_s, {u"HTTP"_s, u"HTTPS"_s}},
        {u"network"_s, {u"TCP"_s, u"TLS"_s, u"UDP"_s, u"TCP_UDP"_s}},
        {u"classic"_s, {u"HTTP"_s, u"HTTPS"_s, u"TCP"_s, u"SSL"_s}},
    };
    const QVariantList listeners = r.rows(u"listeners"_s);
    if (listeners.isEmpty())
        ctx.warning(r, u"listeners"_s, ValidatorMsg::tr("no listeners: the load balancer accepts no traffic"));
    const QList<ListenerRule> rules = kind == u"application"_s ? ListenerRules::of(r) : QList<ListenerRule>();
    QSet<qint64> rulePorts;
    for (const ListenerRule &rule : rules)
        rulePorts.insert(rule.listenerPort);
    QSet<qint64> ports;
    for (int i = 0; i < listeners.size(); ++i) {
        const QVariantMap l = listeners[i].toMap();
        const QString protocol = l.value(u"protocol"_s, u"HTTP"_s).toString();
        const qint64 port = l.value(u"port"_s, 80).toLongLong();
        if (!protocols.value(kind).contains(protocol))
            ctx.error(r, u"listeners"_s,
                      ValidatorMsg::tr("%1 takes no %2 listeners (use %3)")
                          .arg(kindLabel(kind), protocol, protocols.value(kind).join(u", "_s)),
                      i, u"protocol"_s);
        if (ports.contains(port))
            ctx.error(r, u"listeners"_s, ValidatorMsg::tr("two listeners on port %1").arg(port), i, u"port"_s);
        ports.insert(port);
        if ((protocol == u"HTTPS"_s || protocol == u"TLS"_s || protocol == u"SSL"_s)
            && l.value(u"certificate"_s).toString().isEmpty())
            ctx.error(r, u"listeners"_s, ValidatorMsg::tr("%1 listeners need a certificate").arg(protocol), i, u"certificate"_s);
        const QString tgId = l.value(u"targetGroup"_s).toString();
        if (kind == u"classic"_s) {
            if (!tgId.isEmpty())
                ctx.error(r, u"listeners"_s,
                          ValidatorMsg::tr("a Classic Load Balancer sends to instances, not to target groups"), i,
                          u"targetGroup"_s);
            continue;
        }
        if (tgId.isEmpty()) {
            if (!rulePorts.contains(port)) // with rules, the default action may be a fixed response
                ctx.warning(r, u"listeners"_s, ValidatorMsg::tr("listener on port %1 forwards to no target group").arg(port), i,
                            u"targetGroup"_s);
            continue;
        }
        const Resource *tg = ctx.doc.find(tgId);
        if (!tg || tg->type != ResourceType::TargetGroup)
            continue;
        const QString tgProtocol = tg->string(u"protocol"_s);
        const bool httpTg = tgProtocol == u"HTTP"_s || tgProtocol == u"HTTPS"_s;
        if ((kind == u"application"_s) != httpTg)
            ctx.error(r, u"listeners"_s,
                      ValidatorMsg::tr("target group %1 uses %2, which %3 cannot forward to")
                          .arg(tgId, tgProtocol, kindLabel(kind)),
                      i, u"targetGroup"_s);
    }
    checkListenerRules(ctx, r, rules, ports);
    if (kind == u"classic"_s && r.integer(u"healthCheckTimeout"_s) >= r.integer(u"healthCheckInterval"_s))
        ctx.error(r, u"healthCheckTimeout"_s, ValidatorMsg::tr("the health-check timeout must be shorter than the interval"));
}

void checkTargetGroup(const Context &ctx, const Resource &r)
{
    if (r.integer(u"healthCheckTimeout"_s) >= r.integer(u"healthCheckInterval"_s))
        ctx.error(r, u"healthCheckTimeout"_s, ValidatorMsg::tr("the health-check timeout must be shorter than the interval"));
    const QString port = r.string(u"healthCheckPort"_s);
    // Digits only: QString::toInt() would also take surrounding spaces and a sign ("80 ", "+80").
    static const QRegularExpression digits(u"^[0-9]{1,5}$"_s);
    const int n = digits.match(port).hasMatch() ? port.toInt() : 0;
    if (port != u"traffic-port"_s && (n < 1 || n > 65535))
        ctx.error(r, u"healthCheckPort"_s, ValidatorMsg::tr("health-check port must be \"traffic-port\" or 1 to 65535, not %1").arg(quoted(port)));
    const QString hc = r.string(u"healthCheckProtocol"_s);
    if (hc == u"HTTP"_s || hc == u"HTTPS"_s) {
        if (!r.string(u"healthCheckPath"_s).startsWith(u'/'))
            ctx.error(r, u"healthCheckPath"_s, ValidatorMsg::tr("the health-check path must start with /"));
        static const QRegularExpression codes(u"^[0-9]{3}(-[0-9]{3})?(,[0-9]{3}(-[0-9]{3})?)*$"_s);
        if (!codes.match(r.string(u"matcher"_s)).hasMatch())
            ctx.error(r, u"matcher"_s, ValidatorMsg::tr("success codes look like 200, 200,302 or 200-299"));
    }
}

/// What is wrong with a step scaling policy's steps, in one line, or empty. AWS's rules
/// (ASG API reference, StepAdjustment): no gaps or overlaps, at most one open bound at each
/// end, never both open in one step; here the steps must also be listed in order.
QString stepProblem(const QVariantList &steps)
{
    const auto bound = [](const QVariantMap &step, const QString &key, const QString &open) {
        return step.contains(key) ? QString::number(step.value(key).toLongLong()) : open;
    };
    for (int i = 0; i < steps.size(); ++i) {
        const QVariantMap step = steps[i].toMap();
        const bool hasLower = step.contains(u"lowerBound"_s), hasUpper = step.contains(u"upperBound"_s);
        if (!hasLower && !hasUpper && steps.size() > 1)
            return ValidatorMsg::tr("step %1 has neither bound: only a single step may cover every breach").arg(i + 1);
        if (hasLower && hasUpper && step.value(u"lowerBound"_s).toLongLong() >= step.value(u"upperBound"_s).toLongLong())
            return ValidatorMsg::tr("step %1: the lower bound %2 is not below the upper bound %3")
                .arg(i + 1)
                .arg(step.value(u"lowerBound"_s).toLongLong())
                .arg(step.value(u"upperBound"_s).toLongLong());
        if (i == 0)
            continue;
        const QVariantMap previous = steps[i - 1].toMap();
        const QString ends = bound(previous, u"upperBound"_s, u"+\u221E"_s), starts = bound(step, u"lowerBound"_s, u"-\u221E"_s);
        if (ends != starts)
            return ValidatorMsg::tr("step %1 ends at %2 but step %3 starts at %4: list the steps in order, each starting where the previous one ends")
                .arg(i)
                .arg(ends)
                .arg(i + 1)
                .arg(starts);
    }
    if (!steps.isEmpty()) {
        const QVariantMap first = steps.first().toMap(), last = steps.last().toMap();
        if (first.contains(u"lowerBound"_s) && first.value(u"lowerBound"_s).toLongLong() < 0)
            return ValidatorMsg::tr("the first step starts below the threshold, at %1: leave its lower bound empty")
                .arg(first.value(u"lowerBound"_s).toLongLong());
        if (last.contains(u"upperBound"_s) && last.value(u"upperBound"_s).toLongLong() > 0)
            return ValidatorMsg::tr("the last step ends at %1, so a larger breach has no step: leave its upper bound empty")
                .arg(last.value(u"upperBound"_s).toLongLong());
    }
    return {};
}

void checkAutoScalingGroup(const Context &ctx, const Resource &r)
{
    const qint64 min = r.integer(u"minSize"_s);
    const qint64 max = r.integer(u"maxSize"_s);
    const qint64 desired = r.integer(u"desiredCapacity"_s);
    if (min > max)
        ctx.codedError("asg-capacity", r, u"minSize"_s, ValidatorMsg::tr("minimum capacity %1 is above the maximum %2").arg(min).arg(max));
    else if (desired < min || desired > max)
        ctx.codedError("asg-capacity", r, u"desiredCapacity"_s,
                  ValidatorMsg::tr("desired capacity %1 is outside [minimum %2, maximum %3]").arg(desired).arg(min).arg(max));
    for (const QString &lb : r.references(u"loadBalancers"_s)) {
        const Resource *l = ctx.doc.find(lb);
        if (l && l->type == ResourceType::LoadBalancer && l->string(u"kind"_s) != u"classic"_s)
            ctx.error(r, u"loadBalancers"_s,
                      ValidatorMsg::tr("%1 is not a Classic Load Balancer: attach its target group instead").arg(lb));
    }
    if (r.string(u"healthCheckType"_s) == u"ELB"_s && r.references(u"targetGroups"_s).isEmpty()
        && r.references(u"loadBalancers"_s).isEmpty())
        ctx.warning(r, u"healthCheckType"_s,
                    ValidatorMsg::tr("ELB health checks without a target group or load balancer: only EC2 status counts"));
    const QVariantList policies = r.rows(u"scalingPolicies"_s);
    QStringList names;
    for (int i = 0; i < policies.size(); ++i) {
        const QVariantMap p = policies[i].toMap();
        const QString name = p.value(u"name"_s).toString();
        if (names.contains(name))
            ctx.error(r, u"scalingPolicies"_s, ValidatorMsg::tr("two policies named %1").arg(quoted(name)), i, u"name"_s);
        names.append(name);
        const QString type = p.value(u"policyType"_s, u"TargetTrackingScaling"_s).toString();
        const QString metric = p.value(u"metric"_s, u"ASGAverageCPUUtilization"_s).toString();
        if (type == u"TargetTrackingScaling"_s) {
            if (metric == u"ALBRequestCountPerTarget"_s && r.references(u"targetGroups"_s).isEmpty())
                ctx.error(r, u"scalingPolicies"_s,
                          ValidatorMsg::tr("tracking requests per target needs a target group attached to the Auto Scaling group"), i, u"metric"_s);
            if (metric == u"ASGAverageCPUUtilization"_s && p.value(u"targetValue"_s, 50).toLongLong() > 100)
                ctx.error(r, u"scalingPolicies"_s, ValidatorMsg::tr("a CPU target is a percentage, 1 to 100"), i,
                          u"targetValue"_s);
        } else if (p.value(u"datapointsToAlarm"_s, 3).toLongLong() > p.value(u"evaluationPeriods"_s, 3).toLongLong()) {
            ctx.error(r, u"scalingPolicies"_s, ValidatorMsg::tr("datapoints to alarm cannot exceed the evaluation periods"), i,
                      u"datapointsToAlarm"_s);
        }
        if (type == u"StepScaling"_s)
            if (const QString why = stepProblem(p.value(u"steps"_s).toList()); !why.isEmpty())
                ctx.error(r, u"scalingPolicies"_s, why, i, u"steps"_s);
    }
    if (const Resource *lt = ctx.doc.find(r.string(u"launchTemplate"_s)))
        for (const QString &sg : lt->references(u"securityGroups"_s))
            if (ctx.otherVpc(r, sg))
                ctx.error(r, u"launchTemplate"_s,
                          ValidatorMsg::tr("launch template %1 uses security group %2 from another VPC").arg(lt->id, sg));
}

void checkRdsInstance(const Context &ctx, const Resource &r)
{
    checkGroupsQuota(ctx, r);
    const QString source = r.string(u"sourceDb"_s);
    const Resource *src = ctx.doc.find(source);
    if (src && src->type == ResourceType::RdsInstance && src->id != r.id) {
        if (src->string(u"engine"_s) != r.string(u"engine"_s))
            ctx.error(r, u"engine"_s,
                      ValidatorMsg::tr("a read replica runs the engine of its source (%1), not %2")
                          .arg(src->string(u"engine"_s), r.string(u"engine"_s)));
        if (src->integer(u"backupRetention"_s) == 0)
            ctx.error(r, u"sourceDb"_s,
                      ValidatorMsg::tr("%1 has backups disabled (retention 0); a read replica needs them on").arg(source));
    } else if (source.isEmpty() && ctx.doc.zonesOf(r.id).size() < 2) {
        ctx.error(r, u"subnets"_s, ValidatorMsg::tr("a DB subnet group must cover at least two Availability Zones"));
    }
    if (r.boolean(u"multiAz"_s) && r.string(u"engine"_s) == u"sqlserver-ex"_s)
        ctx.error(r, u"multiAz"_s, ValidatorMsg::tr("SQL Server Express does not support Multi-AZ"));
    const QString az = r.string(u"availabilityZone"_s);
    if (!az.isEmpty() && !ctx.doc.zonesOf(r.id).contains(az))
        ctx.error(r, u"availabilityZone"_s, ValidatorMsg::tr("%1 is not a zone of the DB subnet group").arg(az));
}

void checkAuroraCluster(const Context &ctx, const Resource &r)
{
    checkGroupsQuota(ctx, r);
    if (ctx.doc.zonesOf(r.id).size() < 2)
        ctx.error(r, u"subnets"_s, ValidatorMsg::tr("a DB subnet group must cover at least two Availability Zones"));
}

void checkElastiCache(const Context &ctx, const Resource &r)
{
    checkGroupsQuota(ctx, r);
    if (r.string(u"engine"_s) != u"redis"_s)
        return;
    if (r.boolean(u"automaticFailover"_s) && r.integer(u"replicasPerShard"_s) < 1)
        ctx.error(r, u"automaticFailover"_s, ValidatorMsg::tr("automatic failover needs at least one replica"));
    if (r.boolean(u"multiAz"_s) && !r.boolean(u"automaticFailover"_s))
        ctx.error(r, u"multiAz"_s, ValidatorMsg::tr("Multi-AZ needs automatic failover"));
    if (r.boolean(u"multiAz"_s) && ctx.doc.zonesOf(r.id).size() < 2)
        ctx.error(r, u"subnets"_s, ValidatorMsg::tr("Multi-AZ needs a cache subnet group in at least two Availability Zones"));
    if (r.integer(u"shards"_s) > 1 && !r.boolean(u"automaticFailover"_s))
        ctx.error(r, u"automaticFailover"_s, ValidatorMsg::tr("cluster mode (more than one shard) needs automatic failover"));
}

void checkRoute53Record(const Context &ctx, const Resource &r)
{
    static const QRegularExpression dns(u"^(\\*\\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?$"_s);
    const QString name = r.string(u"recordName"_s);
    if (!name.isEmpty() && (!dns.match(name).hasMatch() || name.size() > 253))
        ctx.error(r, u"recordName"_s, ValidatorMsg::tr("%1 is not a valid DNS name").arg(quoted(name)));
    const QString target = r.string(u"target"_s);
    const Resource *t = ctx.doc.find(target);
    if (r.boolean(u"alias"_s)) {
        if (target.isEmpty())
            ctx.error(r, u"target"_s, ValidatorMsg::tr("an alias record needs a target"));
        else if (t && t->type != ResourceType::LoadBalancer)
            ctx.error(r, u"target"_s,
                      ValidatorMsg::tr("an alias points at an AWS resource such as a load balancer; point at %1 with a plain A record")
                          .arg(target));
    } else if (target.isEmpty()) {
        ctx.warning(r, u"target"_s, ValidatorMsg::tr("the record points at nothing in the design"));
    } else if (t && t->type == ResourceType::LoadBalancer && r.string(u"recordType"_s) == u"A"_s) {
        ctx.error(r, u"alias"_s, ValidatorMsg::tr("a load balancer has no fixed address: use an alias (or a CNAME) record"));
    }
}

void checkElasticIp(const Context &ctx, const Resource &r)
{
    const Resource *t = ctx.doc.find(r.string(u"associatedWith"_s));
    if (t && t->type == ResourceType::NatGateway && t->string(u"connectivity"_s) == u"private"_s)
        ctx.error(r, u"associatedWith"_s, ValidatorMsg::tr("a private NAT gateway takes no Elastic IP"));
}

} // namespace

void checkTypeRules(const Context &ctx, const Resource &r)
{
    switch (r.type) {
    case ResourceType::Vpc:
        checkVpc(ctx, r);
        break;
    case ResourceType::AvailabilityZone:
        checkAvailabilityZone(ctx, r);
        break;
    case ResourceType::Subnet:
        checkSubnet(ctx, r);
        break;
    case ResourceType::RouteTable:
        checkRouteTable(ctx, r);
        break;
    case ResourceType::EgressOnlyInternetGateway:
        // IPv6 only (VPC/egress-only-internet-gateway.md): AWS refuses one in a VPC without IPv6.
        if (const Resource *vpc = vpcWithoutIpv6(ctx, r))
            ctx.error(r, u"parent"_s, ValidatorMsg::tr("egress-only internet gateway in VPC %1, which has no IPv6 block: give the VPC an "
                                                       "IPv6 block (amazon-provided) first").arg(vpc->id));
        break;
    case ResourceType::NetworkAcl:
        checkNetworkAcl(ctx, r);
        break;
    case ResourceType::SecurityGroup:
        checkSecurityGroup(ctx, r);
        break;
    case ResourceType::LoadBalancer:
        checkLoadBalancer(ctx, r);
        break;
    case ResourceType::TargetGroup:
        checkTargetGroup(ctx, r);
        break;
    case ResourceType::LaunchTemplate:
        checkGroupsQuota(ctx, r);
        break;
    case ResourceType::AutoScalingGroup:
        checkAutoScalingGroup(ctx, r);
        break;
    case ResourceType::Ec2Instance:
        checkGroupsQuota(ctx, r);
        break;
    case ResourceType::RdsInstance:
        checkRdsInstance(ctx, r);
        break;
    case ResourceType::AuroraCluster:
        checkAuroraCluster(ctx, r);
        break;
    case ResourceType::ElastiCache:
        checkElastiCache(ctx, r);
        break;
    case ResourceType::Route53Record:
        checkRoute53Record(ctx, r);
        break;
    case ResourceType::ElasticIp:
        checkElasticIp(ctx, r);
        break;
    case ResourceType::Internet:
    case ResourceType::InternetGateway:
    case ResourceType::NatGateway:
        break;
    }
}

void checkDesignRules(const Context &ctx)
{
    const Document &doc = ctx.doc;

    // Overlapping subnets within a VPC: reported once, on the later subnet.
    QHash<QString, QList<std::pair<const Resource *, Cidr>>> subnetsByVpc;
    for (const Resource *s : doc.resourcesOfType(ResourceType::Subnet)) {
        const auto block = Cidr::parse(s->string(u"cidr"_s));
        const QString vpc = doc.vpcOf(s->id);
        if (!block || vpc.isEmpty() || s->isExternal())
            continue;
        auto &list = subnetsByVpc[vpc];
        for (const auto &[other, otherBlock] : std::as_const(list)) {
            if (otherBlock.overlaps(*block)) {
                ctx.codedError("subnet-overlap", *s, u"cidr"_s,
                          ValidatorMsg::tr("subnet block %1 overlaps %2 (%3)").arg(block->toString(), other->id, otherBlock.toString()));
                break;
            }
        }
        list.append({s, *block});
    }

    // Per VPC: one internet gateway, one main route table, one default ACL, distinct zones.
    QHash<QString, QStringList> seen;
    // `message` names the resource that came first with %1.
    auto once = [&](const Resource &r, const QString &what, const char *message) {
        const QString key = doc.vpcOf(r.id) + u'\x1f' + what;
        if (!seen[key].isEmpty())
            ctx.error(r, {}, ValidatorMsg::tr(message).arg(seen[key].first()));
        seen[key].append(r.id);
    };
    for (const Resource *r : doc.resources()) {
        switch (r->type) {
        case ResourceType::InternetGateway:
            once(*r, u"igw"_s, QT_TRANSLATE_NOOP("skydraft::Validator", "a VPC takes one internet gateway, and %1 is already attached"));
            break;
        case ResourceType::EgressOnlyInternetGateway:
            once(*r, u"eigw"_s, QT_TRANSLATE_NOOP("skydraft::Validator", "a VPC takes one egress-only internet gateway, and %1 is already attached"));
            break;
        case ResourceType::RouteTable:
            if (r->boolean(u"main"_s))
                once(*r, u"main"_s, QT_TRANSLATE_NOOP("skydraft::Validator", "a VPC has one main route table, and %1 is already it"));
            break;
        case ResourceType::NetworkAcl:
            if (r->boolean(u"isDefault"_s))
                once(*r, u"acl"_s, QT_TRANSLATE_NOOP("skydraft::Validator", "a VPC has one default network ACL, and %1 is already it"));
            break;
        case ResourceType::AvailabilityZone:
            once(*r, u"zone:"_s + r->string(u"zone"_s),
                 QT_TRANSLATE_NOOP("skydraft::Validator", "the VPC already has a box for this Availability Zone: %1"));
            break;
        default:
            break;
        }
    }

    // NAT gateways and Elastic IPs pair up one to one.
    QHash<QString, QString> eipFor;
    for (const Resource *eip : doc.resourcesOfType(ResourceType::ElasticIp)) {
        const QString target = eip->string(u"associatedWith"_s);
        if (target.isEmpty())
            continue;
        if (eipFor.contains(target))
            ctx.error(*eip, u"associatedWith"_s,
                      ValidatorMsg::tr("%1 already has Elastic IP %2").arg(target, eipFor.value(target)));
        eipFor.insert(target, eip->id);
    }
    for (const Resource *nat : doc.resourcesOfType(ResourceType::NatGateway))
        if (nat->string(u"connectivity"_s) == u"public"_s && !eipFor.contains(nat->id))
            ctx.error(*nat, {}, ValidatorMsg::tr("a public NAT gateway needs an Elastic IP"));

    // Read replicas per source.
    QHash<QString, int> replicas;
    for (const Resource *db : doc.resourcesOfType(ResourceType::RdsInstance)) {
        const QString source = db->string(u"sourceDb"_s);
        if (!source.isEmpty() && ++replicas[source] == 16)
            ctx.error(*db, u"sourceDb"_s, ValidatorMsg::tr("%1 already has 15 read replicas, the most RDS allows").arg(source));
    }
}

} // namespace skydraft::validation
