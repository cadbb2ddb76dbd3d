// CloudFormation mapping of the network: VPCs, subnets, gateways, Elastic IPs, route
// tables, network ACLs and security groups.

#include "cfncontext.h"
#include "exportrules.h"
#include "model/rulesignature.h"
#include "model/cidr.h"
#include "model/ipv6blocks.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace skydraft::exchange {

namespace {

using T = ResourceType;

void mapVpcs(CfnContext &c)
{
    for (const Resource *r : c.facts.ofType(T::Vpc)) {
        if (c.outside(r->id))
            continue; // a parameter, an import or the default VPC: referred to, never created
        Value p = Value::map();
        p[u"CidrBlock"_s] = r->string(u"cidr"_s);
        // The API defaults match the catalogue's (DNS support on, hostnames off).
        if (CfnContext::differs(*r, u"enableDnsSupport"_s))
            p[u"EnableDnsSupport"_s] = r->boolean(u"enableDnsSupport"_s);
        if (CfnContext::differs(*r, u"enableDnsHostnames"_s))
            p[u"EnableDnsHostnames"_s] = r->boolean(u"enableDnsHostnames"_s);
        if (CfnContext::differs(*r, u"instanceTenancy"_s))
            p[u"InstanceTenancy"_s] = r->string(u"instanceTenancy"_s);
        p.setIfAny(u"Tags"_s, c.nameTags(*r));
        c.add(c.id(r->id), u"AWS::EC2::VPC"_s, std::move(p));
        // Its IPv6 block is a resource of its own, under the id an imported template gave it.
        const VpcIpv6 v6 = vpcIpv6(r->string(u"ipv6Block"_s));
        if (v6.kind != VpcIpv6::Kind::AmazonProvided && v6.kind != VpcIpv6::Kind::Explicit)
            continue;
        Value b = Value::map();
        if (v6.kind == VpcIpv6::Kind::AmazonProvided) {
            b[u"AmazonProvidedIpv6CidrBlock"_s] = true;
        } else {
            b[u"Ipv6CidrBlock"_s] = v6.block.toString();
            c.notes.append(CfnMsg::tr("%1: the IPv6 block %2 needs the pool it comes from (Ipv6Pool or Ipv6IpamPoolId) "
                                      "added to %3 before deploying").arg(r->id, v6.block.toString(), c.id(r->id) + u"Ipv6CidrBlock"_s));
        }
        b[u"VpcId"_s] = c.ref(r->id);
        const QString given = r->string(u"ipv6BlockId"_s);
        const QString blockId = c.derived(given.isEmpty() ? c.id(r->id) + u"Ipv6CidrBlock"_s : given);
        c.add(blockId, u"AWS::EC2::VPCCidrBlock"_s, std::move(b));
        c.setVpcIpv6Block(r->id, blockId);
    }
}

void mapGateways(CfnContext &c)
{
    for (const Resource *r : c.facts.ofType(T::InternetGateway)) {
        if (c.outside(r->id))
            continue;
        Value p = Value::map();
        p.setIfAny(u"Tags"_s, c.nameTags(*r));
        c.add(c.id(r->id), u"AWS::EC2::InternetGateway"_s, std::move(p));
        const QString vpc = c.doc.vpcOf(r->id);
        if (vpc.isEmpty()) {
            c.notes.append(CfnMsg::tr("%1: an internet gateway outside a VPC is exported unattached").arg(r->id));
            continue;
        }
        Value a = Value::map();
        a[u"VpcId"_s] = c.ref(vpc);
        a[u"InternetGatewayId"_s] = c.ref(r->id);
        const QString attachment = c.foldedId(u"attachment:"_s + r->id, c.id(r->id) + u"Attachment"_s);
        c.add(attachment, u"AWS::EC2::VPCGatewayAttachment"_s, std::move(a));
        if (c.gatewayAttachment(vpc).isEmpty())
            c.setGatewayAttachment(vpc, attachment);
    }
    // An egress-only internet gateway names its VPC itself: no attachment.
    for (const Resource *r : c.facts.ofType(T::EgressOnlyInternetGateway)) {
        const QString vpc = c.doc.vpcOf(r->id);
        if (vpc.isEmpty())
            continue;
        Value p = Value::map();
        p[u"VpcId"_s] = c.ref(vpc);
        c.add(c.id(r->id), u"AWS::EC2::EgressOnlyInternetGateway"_s, std::move(p));
    }
}

void mapSubnets(CfnContext &c)
{
    for (const Resource *r : c.facts.ofType(T::Subnet)) {
        const QString vpc = c.doc.vpcOf(r->id);
        if (vpc.isEmpty()) {
            c.notes.append(CfnMsg::tr("%1: a subnet outside a VPC is not exported").arg(r->id));
            continue;
        }
        if (!c.outside(r->id)) {
            Value p = Value::map();
            p[u"VpcId"_s] = c.ref(vpc);
            p[u"CidrBlock"_s] = r->string(u"cidr"_s);
            const QString zone = c.doc.zoneOf(r->id);
            if (!zone.isEmpty())
                p[u"AvailabilityZone"_s] = zone;
            if (r->boolean(u"mapPublicIpOnLaunch"_s))
                p[u"MapPublicIpOnLaunch"_s] = true;
            // Its IPv6 block, after the VPC's (DependsOn: a subnet cannot take a /64 of a block
            // the VPC does not have yet).
            QStringList after;
            const SubnetIpv6 v6 = subnetIpv6(r->string(u"ipv6Block"_s));
            if (v6.kind == SubnetIpv6::Kind::Explicit) {
                p[u"Ipv6CidrBlock"_s] = v6.block.toString();
            } else if (v6.kind == SubnetIpv6::Kind::FromVpc && !c.outside(vpc)) {
                // !Select [N, !Cidr [!Select [0, !GetAtt VPC.Ipv6CidrBlocks], COUNT, 64]], COUNT
                // covering every /64 the VPC's subnets take.
                int count = 1;
                for (const Resource *other : c.facts.ofType(T::Subnet))
                    if (const SubnetIpv6 o = subnetIpv6(other->string(u"ipv6Block"_s));
                        o.kind == SubnetIpv6::Kind::FromVpc && c.doc.vpcOf(other->id) == vpc)
                        count = std::max(count, o.index + 1);
                Value blocks = Value::list();
                blocks.append(qint64(0));
                blocks.append(c.getAtt(vpc, u"Ipv6CidrBlocks"_s));
                Value cut = Value::list();
                cut.append(single(u"Fn::Select"_s, std::move(blocks)));
                cut.append(qint64(count));
                cut.append(qint64(64));
                Value select = Value::list();
                select.append(qint64(v6.index));
                select.append(single(u"Fn::Cidr"_s, std::move(cut)));
                p[u"Ipv6CidrBlock"_s] = single(u"Fn::Select"_s, std::move(select));
            } else if (v6.kind == SubnetIpv6::Kind::FromVpc) {
                c.notes.append(CfnMsg::tr("%1: its IPv6 block (%2) is cut from the block of VPC %3, which is outside the "
                                          "stack: give the subnet an explicit IPv6 /64").arg(r->id, r->string(u"ipv6Block"_s), vpc));
            }
            if (v6.any() && !c.vpcIpv6Block(vpc).isEmpty())
                after.append(c.vpcIpv6Block(vpc));
            if (r->boolean(u"assignIpv6OnCreation"_s))
                p[u"AssignIpv6AddressOnCreation"_s] = true;
            p.setIfAny(u"Tags"_s, c.nameTags(*r));
            c.add(c.id(r->id), u"AWS::EC2::Subnet"_s, std::move(p), after);
        }

        // An outside subnet keeps the associations the template made for it.
        const QString table = c.facts.routeTableOf(r->id);
        if (!table.isEmpty() && !c.outside(table) && !(c.outside(r->id) && !r->isSet(u"routeTable"_s))) {
            Value a = Value::map();
            a[u"SubnetId"_s] = c.ref(r->id);
            a[u"RouteTableId"_s] = c.ref(table);
            c.add(c.foldedId(u"route-table-association:"_s + r->id, c.id(r->id) + u"RouteTableAssociation"_s),
                  u"AWS::EC2::SubnetRouteTableAssociation"_s, std::move(a));
        }
        const Resource *acl = c.doc.find(r->string(u"networkAcl"_s));
        if (acl && !acl->boolean(u"isDefault"_s)) {
            Value a = Value::map();
            a[u"SubnetId"_s] = c.ref(r->id);
            a[u"NetworkAclId"_s] = c.ref(acl->id);
            c.add(c.foldedId(u"network-acl-association:"_s + r->id, c.id(r->id) + u"NetworkAclAssociation"_s),
                  u"AWS::EC2::SubnetNetworkAclAssociation"_s, std::move(a));
        }
    }
}

void mapAddressesAndNat(CfnContext &c)
{
    for (const Resource *r : c.facts.ofType(T::ElasticIp)) {
        Value p = Value::map();
        p[u"Domain"_s] = u"vpc"_s;
        const Resource *to = c.doc.find(r->string(u"associatedWith"_s));
        QStringList depends;
        const QString association = u"eip-association:"_s + r->id;
        const bool separate = to && to->type == T::Ec2Instance && c.hasFoldedId(association);
        if (to && to->type == T::Ec2Instance && !separate) {
            p[u"InstanceId"_s] = c.ref(to->id);
            depends.append(c.gatewayAttachment(c.doc.vpcOf(to->id)));
        }
        p.setIfAny(u"Tags"_s, c.nameTags(*r));
        c.add(c.id(r->id), u"AWS::EC2::EIP"_s, std::move(p), depends);
        if (separate) { // an imported template associated it on its own: so does the export
            Value a = Value::map();
            a[u"AllocationId"_s] = c.getAtt(r->id, u"AllocationId"_s);
            a[u"InstanceId"_s] = c.ref(to->id);
            c.add(c.foldedId(association, c.id(r->id) + u"Association"_s), u"AWS::EC2::EIPAssociation"_s, std::move(a),
                  {c.gatewayAttachment(c.doc.vpcOf(to->id))});
        }
    }
    for (const Resource *r : c.facts.ofType(T::NatGateway)) {
        Value p = Value::map();
        const QString subnet = c.doc.ancestorOfType(r->id, T::Subnet);
        if (subnet.isEmpty()) {
            c.notes.append(CfnMsg::tr("%1: a NAT gateway outside a subnet is not exported").arg(r->id));
            continue;
        }
        QStringList depends;
        if (r->string(u"connectivity"_s) == u"private"_s) {
            p[u"ConnectivityType"_s] = u"private"_s;
        } else {
            const QString eip = c.facts.elasticIpOf(r->id);
            Value allocation;
            if (eip.isEmpty()) {
                // A public NAT gateway needs an address: give it one.
                const QString made = c.derived(c.id(r->id) + u"Eip"_s);
                Value e = Value::map();
                e[u"Domain"_s] = u"vpc"_s;
                c.add(made, u"AWS::EC2::EIP"_s, std::move(e));
                allocation = CfnContext::getAttLogical(made, u"AllocationId"_s);
                c.notes.append(CfnMsg::tr("%1: a public NAT gateway needs an Elastic IP; the template adds %2").arg(r->id, made));
            } else {
                allocation = c.getAtt(eip, u"AllocationId"_s);
            }
            p[u"AllocationId"_s] = std::move(allocation);
            depends.append(c.gatewayAttachment(c.doc.vpcOf(r->id)));
        }
        p[u"SubnetId"_s] = c.ref(subnet);
        p.setIfAny(u"Tags"_s, c.nameTags(*r));
        c.add(c.id(r->id), u"AWS::EC2::NatGateway"_s, std::move(p), depends);
    }
}

void mapRouteTables(CfnContext &c)
{
    for (const Resource *r : c.facts.ofType(T::RouteTable)) {
        if (c.outside(r->id))
            continue; // the default VPC's main table
        const QString vpc = c.doc.vpcOf(r->id);
        Value p = Value::map();
        p[u"VpcId"_s] = c.ref(vpc);
        p.setIfAny(u"Tags"_s, c.nameTags(*r));
        c.add(c.id(r->id), u"AWS::EC2::RouteTable"_s, std::move(p));
        const QVariantList routes = r->rows(u"routes"_s);
        for (int i = 0; i < routes.size(); ++i) {
            const QVariantMap route = routes[i].toMap();
            const Resource *target = c.doc.find(route.value(u"target"_s).toString());
            if (!target)
                continue;
            Value rp = Value::map();
            rp[u"RouteTableId"_s] = c.ref(r->id);
            const QString destination = route.value(u"destination"_s, u"0.0.0.0/0"_s).toString();
            rp[looksIpv6(destination) ? u"DestinationIpv6CidrBlock"_s : u"DestinationCidrBlock"_s] = destination;
            QStringList depends;
            if (target->type == T::EgressOnlyInternetGateway) {
                rp[u"EgressOnlyInternetGatewayId"_s] = c.ref(target->id);
            } else if (target->type == T::InternetGateway) {
                rp[u"GatewayId"_s] = c.ref(target->id);
                depends.append(c.gatewayAttachment(vpc)); // the gateway must be attached first
            } else if (target->type == T::NatGateway) {
                rp[u"NatGatewayId"_s] = c.ref(target->id);
            } else {
                rp[u"InstanceId"_s] = c.ref(target->id);
            }
            c.add(c.foldedId(u"route:"_s + r->id + u':' + destination, c.id(r->id) + u"Route"_s + QString::number(i + 1)),
                  u"AWS::EC2::Route"_s, std::move(rp), depends);
        }
    }
}

void mapAcls(CfnContext &c)
{
    for (const Resource *r : c.facts.ofType(T::NetworkAcl)) {
        const bool isDefault = r->boolean(u"isDefault"_s);
        const QString vpc = c.doc.vpcOf(r->id);
        if (isDefault && (c.outside(vpc) || vpc.isEmpty())) {
            if (r->isSet(u"inbound"_s) || r->isSet(u"outbound"_s))
                c.notes.append(CfnMsg::tr("%1: the rules of a VPC's default network ACL cannot be set by a template").arg(r->id));
            continue;
        }
        // The VPC makes its own default ACL: not created; the entries the design adds to it
        // name it (Fn::GetAtt Vpc.DefaultNetworkAcl).
        const Value aclId = isDefault ? c.getAtt(vpc, u"DefaultNetworkAcl"_s) : c.ref(r->id);
        if (!isDefault) {
            Value p = Value::map();
            p[u"VpcId"_s] = c.ref(vpc);
            p.setIfAny(u"Tags"_s, c.nameTags(*r));
            c.add(c.id(r->id), u"AWS::EC2::NetworkAcl"_s, std::move(p));
        }
        for (const bool egress : {false, true}) {
            const QVariantList rules = r->rows(egress ? u"outbound"_s : u"inbound"_s);
            for (const QVariant &v : rules) {
                const QVariantMap rule = v.toMap();
                if (isDefault && rule.value(u"rule"_s).toLongLong() == 100 && rule.value(u"protocol"_s).toString() == u"all"_s
                    && rule.value(u"cidr"_s).toString() == u"0.0.0.0/0"_s && rule.value(u"action"_s).toString() == u"allow"_s)
                    continue; // AWS's own entry

                const QString protocol = rule.value(u"protocol"_s, u"all"_s).toString();
                const qint64 number = rule.value(u"rule"_s, 100).toLongLong();
                Value e = Value::map();
                e[u"NetworkAclId"_s] = aclId;
                e[u"RuleNumber"_s] = number;
                e[u"Protocol"_s] = rules::protocolNumber(protocol).toInt();
                e[u"RuleAction"_s] = rule.value(u"action"_s, u"allow"_s).toString();
                e[u"Egress"_s] = egress;
                const QString cidr = rule.value(u"cidr"_s, u"0.0.0.0/0"_s).toString();
                e[looksIpv6(cidr) ? u"Ipv6CidrBlock"_s : u"CidrBlock"_s] = cidr;
                if (protocol == u"tcp"_s || protocol == u"udp"_s) {
                    Value range = Value::map();
                    range[u"From"_s] = rule.value(u"fromPort"_s, 0).toLongLong();
                    range[u"To"_s] = rule.value(u"toPort"_s, 65535).toLongLong();
                    e[u"PortRange"_s] = std::move(range);
                } else if (protocol == u"icmp"_s) {
                    Value icmp = Value::map();
                    icmp[u"Code"_s] = -1;
                    icmp[u"Type"_s] = -1;
                    e[u"Icmp"_s] = std::move(icmp);
                }
                const QString name = c.id(r->id) + (egress ? u"Outbound"_s : u"Inbound"_s) + QString::number(number);
                c.add(c.foldedId(u"network-acl-entry:"_s + r->id + (egress ? u":out:"_s : u":in:"_s) + QString::number(number), name),
                      u"AWS::EC2::NetworkAclEntry"_s, std::move(e));
            }
        }
    }
}

} // namespace

void mapNetwork(CfnContext &c)
{
    mapVpcs(c);
    mapGateways(c);
    mapAddressesAndNat(c);
    mapRouteTables(c);
    mapAcls(c);
    mapSubnets(c);
}

// --- security groups

namespace {

/// Groups reachable from `from` through rules that name other groups.
bool groupReaches(const QHash<QString, QSet<QString>> &edges, const QString &from, const QString &to)
{
    QSet<QString> seen;
    QStringList stack{from};
    while (!stack.isEmpty()) {
        const QString g = stack.takeLast();
        if (g == to)
            return true;
        if (seen.contains(g))
            continue;
        seen.insert(g);
        for (const QString &next : edges.value(g))
            stack.append(next);
    }
    return false;
}

bool isAllowAllEgress(const QVariantList &rules)
{
    if (rules.size() != 1)
        return false;
    const QVariantMap r = rules.first().toMap();
    return r.value(u"protocol"_s).toString() == u"all"_s && r.value(u"cidr"_s).toString() == u"0.0.0.0/0"_s
        && r.value(u"group"_s).toString().isEmpty();
}

/// One rule in CloudFormation's words, for an inline rule or a standalone one.
Value securityRule(const CfnContext &c, const QVariantMap &rule, bool egress)
{
    Value e = Value::map();
    const QString protocol = rule.value(u"protocol"_s, u"tcp"_s).toString();
    e[u"IpProtocol"_s] = protocol == u"all"_s ? u"-1"_s : protocol;
    if (protocol != u"all"_s) {
        const auto [from, to] = rules::ruleRange(rule);
        e[u"FromPort"_s] = from;
        e[u"ToPort"_s] = to;
    }
    const QString group = rule.value(u"group"_s).toString();
    if (!group.isEmpty() && c.doc.contains(group))
        e[egress ? u"DestinationSecurityGroupId"_s : u"SourceSecurityGroupId"_s] = c.getAtt(group, u"GroupId"_s);
    else if (const QString list = rule.value(u"prefixList"_s).toString(); !list.isEmpty())
        // As the imported template looked it up (!FindInMap by region), while the rule names it.
        e[egress ? u"DestinationPrefixListId"_s : u"SourcePrefixListId"_s] = c.keptPrefixList(list) ? *c.keptPrefixList(list) : Value(list);
    else if (const QString cidr = rule.value(u"cidr"_s, u"0.0.0.0/0"_s).toString(); looksIpv6(cidr))
        e[u"CidrIpv6"_s] = cidr;
    else
        e[u"CidrIp"_s] = cidr;
    const QString description = rule.value(u"description"_s).toString();
    if (!description.isEmpty())
        e[u"Description"_s] = rules::groupDescription(description);
    return e;
}

} // namespace

void mapSecurityGroups(CfnContext &c)
{
    const QList<const Resource *> groups = c.facts.ofType(T::SecurityGroup);
    QHash<QString, QSet<QString>> edges; // group -> groups its rules name
    for (const Resource *g : groups)
        for (const QString &key : {u"inbound"_s, u"outbound"_s})
            for (const QVariant &v : g->rows(key)) {
                const QString other = v.toMap().value(u"group"_s).toString();
                if (c.doc.contains(other))
                    edges[g->id].insert(other);
            }
    for (const Resource *g : groups) {
        if (c.outside(g->id)) {
            // A parameter's or import's group is not created; the rules the design gives it
            // (the template's stand-alone ingress and egress) are added to it.
            for (const bool egress : {false, true}) {
                const QVariantList rules = g->rows(egress ? u"outbound"_s : u"inbound"_s);
                if (egress && (!g->isSet(u"outbound"_s) || isAllowAllEgress(rules)))
                    continue; // unknown, or AWS's default
                for (int i = 0; i < rules.size(); ++i) {
                    if (rules::isOwnDefaultRule(*g, rules[i].toMap()))
                        continue;
                    Value s = securityRule(c, rules[i].toMap(), egress);
                    Value props = Value::map();
                    props[u"GroupId"_s] = c.ref(g->id);
                    for (const auto &[key, value] : s.entries())
                        props[key] = value;
                    c.add(c.foldedId(ruleSignature(*g, egress, rules[i].toMap()),
                                     c.id(g->id) + (egress ? u"Egress"_s : u"Ingress"_s) + QString::number(i + 1)),
                          egress ? u"AWS::EC2::SecurityGroupEgress"_s : u"AWS::EC2::SecurityGroupIngress"_s, std::move(props));
                }
            }
            continue;
        }
        Value p = Value::map();
        const QString description = g->string(u"description"_s);
        p[u"GroupDescription"_s] = rules::groupDescription(description);
        if (rules::groupDescription(description) != description)
            c.notes.append(CfnMsg::tr("%1: AWS accepts only letters, digits, spaces and ._-:/()#,@[]+=&;{}!$* in a description (255 at most); the others are written as \"-\"").arg(g->id));
        // A group without VpcId is made in the account's default VPC, as the template said.
        if (const Resource *vpc = c.doc.find(c.doc.vpcOf(g->id)); !vpc || vpc->string(u"externalSource"_s) != u"default"_s)
            p[u"VpcId"_s] = c.ref(c.doc.vpcOf(g->id));
        struct Standalone {
            QString id;
            Value properties;
            bool egress;
        };
        QList<Standalone> standalone;
        for (const bool egress : {false, true}) {
            const QString key = egress ? u"outbound"_s : u"inbound"_s;
            const QVariantList rules = g->rows(key);
            if (egress && isAllowAllEgress(rules))
                continue; // AWS's own default
            Value inlineRules = Value::list();
            for (int i = 0; i < rules.size(); ++i) {
                const QVariantMap rule = rules[i].toMap();
                const QString other = rule.value(u"group"_s).toString();
                // A rule naming a group that (through other rules) names this one would make
                // the groups depend on each other: such rules become resources of their own.
                // So does a rule the imported template wrote as a resource of its own: it keeps
                // its logical id (and its condition).
                const QString signature = ruleSignature(*g, egress, rule);
                if ((c.doc.contains(other) && groupReaches(edges, other, g->id)) || c.hasFoldedId(signature)) {
                    Value s = securityRule(c, rule, egress);
                    s[u"GroupId"_s] = c.getAtt(g->id, u"GroupId"_s);
                    standalone.append({signature, std::move(s), egress});
                    standalone.last().id = c.hasFoldedId(signature)
                        ? signature
                        : c.id(g->id) + (egress ? u"Egress"_s : u"Ingress"_s) + QString::number(i + 1);
                } else {
                    inlineRules.append(securityRule(c, rule, egress));
                }
            }
            if (egress && inlineRules.isEmpty()) {
                // No inline egress leaves AWS's allow-all rule in place; a rule to the
                // loopback address removes it without opening anything.
                Value none = Value::map();
                none[u"IpProtocol"_s] = u"-1"_s;
                none[u"CidrIp"_s] = u"127.0.0.1/32"_s;
                none[u"Description"_s] = u"No outbound traffic except the rules below"_s;
                inlineRules.append(std::move(none));
            }
            p.setIfAny(egress ? u"SecurityGroupEgress"_s : u"SecurityGroupIngress"_s, std::move(inlineRules));
        }
        p.setIfAny(u"Tags"_s, c.nameTags(*g));
        c.add(c.id(g->id), u"AWS::EC2::SecurityGroup"_s, std::move(p));
        for (Standalone &rule : standalone)
            c.add(c.hasFoldedId(rule.id) ? c.foldedId(rule.id, QString()) : c.derived(rule.id),
                  rule.egress ? u"AWS::EC2::SecurityGroupEgress"_s : u"AWS::EC2::SecurityGroupIngress"_s, std::move(rule.properties));
    }
}

} // namespace skydraft::exchange
