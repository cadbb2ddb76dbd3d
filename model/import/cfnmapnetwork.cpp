// Networking: VPCs, subnets (in Availability Zone containers), gateways, Elastic IPs, route
// tables and routes, network ACLs and their entries, security groups and their rules.

#include "cfnimporter.h"

#include "model/rulesignature.h"
#include "model/cidr.h"
#include "model/ipv6blocks.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace skydraft::cfn {

namespace {

using T = ResourceType;

/// "tcp", "udp", "icmp" or "all" for a CloudFormation protocol ("-1", "6", "tcp"...).
std::optional<QString> protocolName(const QString &p)
{
    const QString t = p.toLower();
    if (t == u"-1"_s || t == u"all"_s)
        return u"all"_s;
    if (t == u"6"_s || t == u"tcp"_s)
        return u"tcp"_s;
    if (t == u"17"_s || t == u"udp"_s)
        return u"udp"_s;
    if (t == u"1"_s || t == u"icmp"_s)
        return u"icmp"_s;
    return std::nullopt;
}

/// A port-like number of a template as AWS reads it: a whole number in [low, high]. An
/// absent or unresolved value is nullopt; anything else AWS would refuse (22.7, -1 for TCP,
/// 2^63, 1e999) is reported as a located error and also gives nullopt, with `refused` set.
std::optional<qint64> portNumber(Importer &im, const Node *n, const QString &what, const QString &protocol, qint64 low,
                                 qint64 high, bool &refused)
{
    if (!n || !n->isScalar())
        return std::nullopt;
    const QString text = n->text.trimmed();
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < low || v > high) {
        refused = true;
        if (ok || QRegularExpression(u"^[+-]?[0-9]+$"_s).match(text).hasMatch())
            im.report.error(*n, ImportMsg::tr("%1 %2 is out of range for protocol %3 (%4 to %5)")
                                    .arg(what, text, protocol).arg(low).arg(high));
        else
            im.report.error(*n, ImportMsg::tr("%1 \"%2\" is not a whole number").arg(what, text));
        return std::nullopt;
    }
    return v;
}

/// Port range of a rule as AWS reads it: TCP and UDP take 0 to 65535 (from <= to); for ICMP
/// the pair is a type and a code (-1 all) and for all protocols (-1) it is ignored: both
/// stand for every port. What AWS refuses is a located error and nullopt.
std::optional<std::pair<qint64, qint64>> ports(Importer &im, const QString &protocol, const Node *fromNode,
                                               const Node *toNode, const QString &fromName, const QString &toName)
{
    bool refused = false;
    if (protocol != u"tcp"_s && protocol != u"udp"_s) {
        if (protocol == u"icmp"_s) {
            portNumber(im, fromNode, fromName, protocol, -1, 255, refused);
            portNumber(im, toNode, toName, protocol, -1, 255, refused);
        }
        if (refused)
            return std::nullopt;
        return std::pair<qint64, qint64>{0, 65535};
    }
    const auto from = portNumber(im, fromNode, fromName, protocol, 0, 65535, refused);
    const auto to = portNumber(im, toNode, toName, protocol, 0, 65535, refused);
    if (refused)
        return std::nullopt;
    const qint64 f = from.value_or(0);
    const qint64 t = to.value_or(from.value_or(65535));
    if (f > t) {
        im.report.error(toNode ? *toNode : *fromNode,
                        ImportMsg::tr("%1 %2 is below %3 %4").arg(toName).arg(t).arg(fromName).arg(f));
        return std::nullopt;
    }
    return std::pair<qint64, qint64>{f, t};
}

/// The template's instance whose first network interface is the interface resource `eni`.
QString instanceWithInterface(Importer &im, const QString &eni)
{
    if (eni.isEmpty())
        return {};
    for (Source *s : im.ofType(u"AWS::EC2::Instance"_s)) {
        const QList<Node> interfaces = Importer::items(s->props.get(u"NetworkInterfaces"));
        if (!interfaces.isEmpty() && Importer::refId(interfaces.first().get(u"NetworkInterfaceId")) == eni)
            return s->id;
    }
    return {};
}

/// The zone of a subnet: the template's, if it is a zone of the region, else the first one.
QString zoneFor(Importer &im, const Source &s)
{
    const QStringList zones = zonesOf(im.resolver.region());
    const Node *az = s.props.get(u"AvailabilityZone");
    const auto zone = Importer::text(az);
    if (zone && zone->size() == im.resolver.region().size() + 1 && zone->startsWith(im.resolver.region()))
        return *zone;
    im.report.note(az ? *az : s.at, ImportMsg::tr("%1: no Availability Zone of %2 given; placed in %3")
                                       .arg(s.id, im.resolver.region(), zones.first()));
    return zones.first();
}

/// The single value of a one-key map ({"Fn::Select": [...]}), or nullptr.
const Node *intrinsic(const Node *n, QStringView name)
{
    return n && n->isMap() && n->entries.size() == 1 && n->entries.first().first == name ? &n->entries.first().second : nullptr;
}

/// For a subnet's Ipv6CidrBlock as written: the N of
/// `!Select [N, !Cidr [!Select [0, !GetAtt VPC.Ipv6CidrBlocks], COUNT, 64]]`, the N-th /64 of
/// `vpc`'s IPv6 block (how templates cut the VPC's Amazon-provided /56); else nullopt.
std::optional<int> sliceOfVpcBlock(const Node *written, const QString &vpc)
{
    const Node *select = intrinsic(written, u"Fn::Select");
    if (!select || !select->isList() || select->items.size() != 2 || !select->items[0].isScalar())
        return std::nullopt;
    bool okIndex = false;
    const int index = select->items[0].text.toInt(&okIndex);
    const Node *cidr = intrinsic(&select->items[1], u"Fn::Cidr");
    if (!okIndex || !cidr || !cidr->isList() || cidr->items.size() != 3 || !cidr->items[1].isScalar()
        || cidr->items[2].text != u"64"_s)
        return std::nullopt;
    bool okCount = false;
    const int count = cidr->items[1].text.toInt(&okCount);
    if (!okCount || index < 0 || index >= count || count > 256)
        return std::nullopt;
    const Node *first = intrinsic(&cidr->items[0], u"Fn::Select");
    if (!first || !first->isList() || first->items.size() != 2 || first->items[0].text != u"0"_s)
        return std::nullopt;
    const Node *att = intrinsic(&first->items[1], u"Fn::GetAtt");
    if (!att || !att->isList() || att->items.size() != 2 || att->items[0].text != vpc || att->items[1].text != u"Ipv6CidrBlocks"_s)
        return std::nullopt;
    return index;
}

} // namespace

void mapVpcs(Importer &im)
{
    for (Source *s : im.ofType(u"AWS::EC2::VPC"_s)) {
        Resource *r = im.make(s->id, T::Vpc);
        Importer::nameFromTags(*r, s->props);
        if (!im.put(*r, u"cidr"_s, s->props.get(u"CidrBlock")))
            im.report.error(s->at, ImportMsg::tr("%1: the VPC's IPv4 CidrBlock cannot be worked out offline").arg(s->id));
        im.put(*r, u"enableDnsSupport"_s, s->props.get(u"EnableDnsSupport"));
        im.put(*r, u"enableDnsHostnames"_s, s->props.get(u"EnableDnsHostnames"));
        im.put(*r, u"instanceTenancy"_s, s->props.get(u"InstanceTenancy"));
    }
    // A VPC's IPv6 block (VPCCidrBlock): the first that is Amazon-provided or an explicit
    // block, with its logical id for the export. A secondary IPv4 block, an IPAM or BYOIP
    // pool, or a second IPv6 block stays in the template as written.
    for (Source *s : im.ofType(u"AWS::EC2::VPCCidrBlock"_s)) {
        Resource *vpc = im.made(Importer::refId(s->props.get(u"VpcId")));
        if (!vpc || vpc->type != T::Vpc) {
            im.notDrawn(*s, ImportMsg::tr("its VPC is not one of the template's"));
            continue;
        }
        QString block;
        bool other = false;
        for (const auto &[key, value] : s->props.entries) {
            if (key == u"AmazonProvidedIpv6CidrBlock"_s && Importer::flag(&value).value_or(false))
                block = kAmazonProvidedIpv6;
            else if (const auto text = Importer::text(&value); key == u"Ipv6CidrBlock"_s && text && looksIpv6(*text) && Cidr6::parse(*text))
                block = Cidr6::parse(*text)->toString();
            else if (key != u"VpcId"_s)
                other = true;
        }
        if (block.isEmpty() || other) {
            im.notDrawn(*s, ImportMsg::tr("only an Amazon-provided IPv6 block or an IPv6 block given as a literal is drawn (as the VPC's "
                                          "IPv6 block); a secondary IPv4 block or a block from a pool is kept as written"));
            continue;
        }
        if (vpc->isSet(u"ipv6Block"_s)) {
            im.notDrawn(*s, ImportMsg::tr("%1 has an IPv6 block already (%2); a second one is kept as written").arg(vpc->id, vpc->string(u"ipv6BlockId"_s)));
            continue;
        }
        if (im.put(*vpc, u"ipv6Block"_s, block, s->at)) {
            im.put(*vpc, u"ipv6BlockId"_s, s->id, s->at);
            im.foldedInto(*s);
        }
    }
}

void mapSubnetsAndGateways(Importer &im)
{
    for (Source *s : im.ofType(u"AWS::EC2::Subnet"_s)) {
        const QString vpc = im.vpcOrNotDrawn(*s);
        if (vpc.isEmpty())
            continue;
        Resource *r = im.make(s->id, T::Subnet, im.zoneIn(vpc, zoneFor(im, *s)));
        Importer::nameFromTags(*r, s->props);
        if (!im.put(*r, u"cidr"_s, s->props.get(u"CidrBlock")))
            im.report.error(s->at, ImportMsg::tr("%1: the subnet's IPv4 CidrBlock cannot be worked out offline").arg(s->id));
        im.put(*r, u"mapPublicIpOnLaunch"_s, s->props.get(u"MapPublicIpOnLaunch"));
        // Its IPv6 block: a literal, or the N-th /64 of its VPC's block as templates cut it.
        if (const Node *v6 = s->props.get(u"Ipv6CidrBlock")) {
            if (const auto text = Importer::text(v6); text && looksIpv6(*text) && Cidr6::parse(*text))
                im.put(*r, u"ipv6Block"_s, Cidr6::parse(*text)->toString(), *v6);
            else if (const auto n = sliceOfVpcBlock(im.written(s->id, u"Ipv6CidrBlock"_s), vpc))
                im.put(*r, u"ipv6Block"_s, fromVpcIpv6(*n), s->at);
            else
                im.report.note(s->at, ImportMsg::tr("%1: its Ipv6CidrBlock is not a literal block or the N-th /64 of its VPC's block; "
                                                    "CloudFormation export gives it back as written, but it is not drawn and is lost "
                                                    "if the subnet is renamed").arg(s->id));
        }
        im.put(*r, u"assignIpv6OnCreation"_s, s->props.get(u"AssignIpv6AddressOnCreation"));
    }

    // Internet gateways sit in the VPC they are attached to.
    QHash<QString, QString> attachedTo;
    for (Source *s : im.ofType(u"AWS::EC2::VPCGatewayAttachment"_s)) {
        const QString igw = Importer::refId(s->props.get(u"InternetGatewayId"));
        if (igw.isEmpty()) {
            im.notDrawn(*s, ImportMsg::tr("only internet gateways are drawn, not VPN gateways"));
            continue;
        }
        attachedTo.insert(igw, im.vpcFor(s->props.get(u"VpcId")));
        im.foldedInto(*s);
    }
    for (Source *s : im.ofType(u"AWS::EC2::InternetGateway"_s)) {
        if (attachedTo.value(s->id).isEmpty()) {
            im.notDrawn(*s, ImportMsg::tr("it is attached to no VPC"));
            continue;
        }
        Importer::nameFromTags(*im.make(s->id, T::InternetGateway, attachedTo.value(s->id)), s->props);
    }
    // An egress-only internet gateway names its VPC itself.
    for (Source *s : im.ofType(u"AWS::EC2::EgressOnlyInternetGateway"_s)) {
        const QString vpc = im.vpcOrNotDrawn(*s);
        if (vpc.isEmpty())
            continue;
        im.make(s->id, T::EgressOnlyInternetGateway, vpc);
    }

    for (Source *s : im.ofType(u"AWS::EC2::EIP"_s)) {
        Resource *r = im.make(s->id, T::ElasticIp);
        Importer::nameFromTags(*r, s->props);
        if (const QString instance = Importer::refId(s->props.get(u"InstanceId")); !instance.isEmpty())
            r->properties.insert(u"associatedWith"_s, instance);
    }
    for (Source *s : im.ofType(u"AWS::EC2::EIPAssociation"_s)) {
        QString eip = Importer::refId(s->props.get(u"AllocationId"));
        if (eip.isEmpty())
            eip = Importer::refId(s->props.get(u"EIP"));
        QString instance = Importer::refId(s->props.get(u"InstanceId"));
        if (instance.isEmpty())
            instance = instanceWithInterface(im, Importer::refId(s->props.get(u"NetworkInterfaceId")));
        Resource *r = im.made(eip);
        if (!r || instance.isEmpty()) {
            im.notDrawn(*s, ImportMsg::tr("only associations of a template's Elastic IP with an instance are drawn"));
            continue;
        }
        r->properties.insert(u"associatedWith"_s, instance);
        im.foldedInto(*s);
    }

    for (Source *s : im.ofType(u"AWS::EC2::NatGateway"_s)) {
        const Node *subnetNode = s->props.get(u"SubnetId");
        const QString subnet = subnetNode ? im.subnetFor(*subnetNode) : QString();
        if (subnet.isEmpty()) {
            im.notDrawn(*s, ImportMsg::tr("its subnet is not in the design"));
            continue;
        }
        Resource *r = im.make(s->id, T::NatGateway, subnet);
        Importer::nameFromTags(*r, s->props);
        im.put(*r, u"connectivity"_s, s->props.get(u"ConnectivityType"));
        if (Resource *eip = im.made(Importer::refId(s->props.get(u"AllocationId"))); eip && eip->type == T::ElasticIp)
            eip->properties.insert(u"associatedWith"_s, s->id);
    }
}

void mapRoutingAndAcls(Importer &im)
{
    for (Source *s : im.ofType(u"AWS::EC2::RouteTable"_s)) {
        const QString vpc = im.vpcOrNotDrawn(*s);
        if (vpc.isEmpty())
            continue;
        Importer::nameFromTags(*im.make(s->id, T::RouteTable, vpc), s->props);
    }
    for (Source *s : im.ofType(u"AWS::EC2::Route"_s)) {
        Resource *table = im.made(Importer::refId(s->props.get(u"RouteTableId")));
        auto destination = Importer::text(s->props.get(u"DestinationCidrBlock"));
        if (!destination) // an IPv6 route, in its RFC 5952 form so that duplicates compare equal
            if (const auto v6 = Importer::text(s->props.get(u"DestinationIpv6CidrBlock")))
                destination = Cidr6::parse(*v6) ? Cidr6::parse(*v6)->toString() : *v6;
        QString target;
        for (const char *key : {"GatewayId", "EgressOnlyInternetGatewayId", "NatGatewayId", "InstanceId"})
            if (target.isEmpty())
                target = Importer::refId(s->props.get(QString::fromLatin1(key)));
        const Resource *t = im.made(target);
        if (!table || table->type != T::RouteTable) {
            im.notDrawn(*s, ImportMsg::tr("its route table is not in the design"));
        } else if (!destination) {
            im.notDrawn(*s, ImportMsg::tr("only routes to a CIDR block (IPv4 or IPv6) are drawn, not to a prefix list"));
        } else if (!t && !im.sources.contains(target)) {
            im.notDrawn(*s, ImportMsg::tr("only routes to an internet gateway, an egress-only internet gateway, a NAT gateway or an instance are drawn"));
        } else {
            const bool duplicate = std::any_of(table->rows(u"routes"_s).cbegin(), table->rows(u"routes"_s).cend(),
                                               [&](const QVariant &row) { return row.toMap().value(u"destination"_s) == *destination; });
            if (duplicate)
                im.notDrawn(*s, ImportMsg::tr("%1 already has a route for %2").arg(table->id, *destination));
            else if (im.appendRow(*table, u"routes"_s, {{u"destination"_s, *destination}, {u"target"_s, target}}, s->at))
                im.foldedInto(*s);
        }
    }
    for (Source *s : im.ofType(u"AWS::EC2::NetworkAcl"_s)) {
        const QString vpc = im.vpcOrNotDrawn(*s);
        if (vpc.isEmpty())
            continue;
        Importer::nameFromTags(*im.make(s->id, T::NetworkAcl, vpc), s->props);
    }
    for (Source *s : im.ofType(u"AWS::EC2::NetworkAclEntry"_s)) {
        Resource *acl = im.made(im.refOrVpcDefault(s->props.get(u"NetworkAclId")));
        const auto protocol = protocolName(Importer::text(s->props.get(u"Protocol")).value_or(u"-1"_s));
        auto cidr = Importer::text(s->props.get(u"CidrBlock"));
        if (!cidr)
            cidr = Importer::text(s->props.get(u"Ipv6CidrBlock"));
        if (!acl || acl->type != T::NetworkAcl) {
            im.notDrawn(*s, ImportMsg::tr("its network ACL is not in the design"));
            continue;
        }
        if (!protocol || !cidr) {
            im.notDrawn(*s, ImportMsg::tr("only entries with a CIDR block for TCP, UDP, ICMP or all traffic are drawn"));
            continue;
        }
        const auto range = ports(im, *protocol, s->props.path({u"PortRange", u"From"}), s->props.path({u"PortRange", u"To"}),
                                 u"PortRange From"_s, u"PortRange To"_s);
        if (!range)
            continue;
        const auto [from, to] = *range;
        const bool egress = Importer::flag(s->props.get(u"Egress")).value_or(false);
        if (im.appendRow(*acl, egress ? u"outbound"_s : u"inbound"_s,
                         {{u"rule"_s, Importer::integer(s->props.get(u"RuleNumber")).value_or(100)},
                          {u"protocol"_s, *protocol}, {u"fromPort"_s, from}, {u"toPort"_s, to}, {u"cidr"_s, *cidr},
                          {u"action"_s, Importer::text(s->props.get(u"RuleAction")).value_or(u"allow"_s).toLower()}},
                         s->at))
            im.foldedInto(*s);
    }
    // Associations become the subnet's route table and network ACL.
    const std::pair<const char *, const char *> associations[] = {
        {"AWS::EC2::SubnetRouteTableAssociation", "RouteTableId"},
        {"AWS::EC2::SubnetNetworkAclAssociation", "NetworkAclId"},
    };
    for (const auto &[type, key] : associations) {
        for (Source *s : im.ofType(QString::fromLatin1(type))) {
            const Node *subnetNode = s->props.get(u"SubnetId");
            Resource *subnet = im.made(subnetNode ? im.subnetFor(*subnetNode) : QString());
            const QString target = im.refOrVpcDefault(s->props.get(QString::fromLatin1(key)));
            if (!subnet || !im.made(target)) {
                im.notDrawn(*s, ImportMsg::tr("its subnet or its table is not in the design"));
                continue;
            }
            subnet->properties.insert(QString::fromLatin1(key) == u"RouteTableId"_s ? u"routeTable"_s : u"networkAcl"_s, target);
            im.foldedInto(*s);
        }
    }
}

namespace {

/// One inline or stand-alone security group rule as a row; the reason when it cannot be drawn
/// (empty when AWS refuses the rule: that is reported as an error).
std::optional<QString> addRule(Importer &im, Resource &group, const Node &rule, bool egress, const Node &at)
{
    const auto protocol = protocolName(Importer::text(rule.get(u"IpProtocol")).value_or(u"-1"_s));
    if (!protocol)
        return ImportMsg::tr("rules for protocol %1 are not drawn").arg(Importer::text(rule.get(u"IpProtocol")).value_or(u"?"_s));
    const auto range = ports(im, *protocol, rule.get(u"FromPort"), rule.get(u"ToPort"), u"FromPort"_s, u"ToPort"_s);
    if (!range)
        return QString(); // refused, and reported as an error
    const auto [from, to] = *range;
    QVariant cidr;
    QVariant peer;
    QVariant prefixList;
    if (const auto c = Importer::text(rule.get(u"CidrIp")))
        cidr = *c;
    else if (const auto c6 = Importer::text(rule.get(u"CidrIpv6")))
        cidr = *c6;
    for (const char *key : {"SourcePrefixListId", "DestinationPrefixListId"})
        if (const auto pl = Importer::text(rule.get(QString::fromLatin1(key))); pl && !prefixList.isValid())
            prefixList = *pl;
    // A classic load balancer's source group (GetAtt LB.SourceSecurityGroup.GroupName): its own
    // group if it has one, else the addresses of its VPC.
    if (const Node *name = rule.get(u"SourceSecurityGroupName"); name && name->attribute.startsWith(u"SourceSecurityGroup"_s)) {
        const Source *lb = im.sources.contains(name->text) ? &im.sources[name->text] : nullptr;
        const QList<Node> groups = lb ? Importer::items(lb->props.get(u"SecurityGroups")) : QList<Node>();
        if (!groups.isEmpty()) {
            peer = im.groupFor(groups.first(), im.vpcOfMade(group.id));
        } else if (const Resource *vpc = im.made(im.vpcOfMade(group.id))) {
            cidr = vpc->string(u"cidr"_s);
            im.report.note(*name, ImportMsg::tr("%1: the source group of %2 is drawn as the VPC's block %3").arg(group.id, name->text, cidr.toString()));
        }
    }
    for (const char *key : {"SourceSecurityGroupId", "DestinationSecurityGroupId", "SourceSecurityGroupName"})
        if (const Node *g = rule.get(QString::fromLatin1(key)); g && !peer.isValid())
            if (const QString id = im.groupFor(*g, im.vpcOfMade(group.id)); !id.isEmpty())
                peer = id;
    if (!cidr.isValid() && !peer.isValid() && !prefixList.isValid())
        return ImportMsg::tr("its source or destination cannot be worked out offline");
    QVariant description;
    if (const auto d = Importer::text(rule.get(u"Description")))
        description = *d;
    if (!im.appendRow(group, egress ? u"outbound"_s : u"inbound"_s,
                      {{u"protocol"_s, *protocol}, {u"fromPort"_s, from}, {u"toPort"_s, to}, {u"cidr"_s, cidr},
                       {u"group"_s, peer}, {u"prefixList"_s, prefixList}, {u"description"_s, description}},
                      at))
        return ImportMsg::tr("the rule does not fit the catalogue");
    return std::nullopt;
}

} // namespace

void mapSecurityGroups(Importer &im)
{
    const QList<Source *> groups = im.ofType(u"AWS::EC2::SecurityGroup"_s);
    for (Source *s : groups) {
        const QString vpc = im.vpcOrNotDrawn(*s);
        if (vpc.isEmpty())
            continue;
        Resource *r = im.make(s->id, T::SecurityGroup, vpc);
        Importer::nameFromTags(*r, s->props);
        im.put(*r, u"description"_s, s->props.get(u"GroupDescription"));
    }
    for (Source *s : groups) {
        Resource *r = im.made(s->id);
        if (!r)
            continue;
        r->properties.insert(u"inbound"_s, QVariantList());
        for (const bool egress : {false, true}) {
            const Node *rules = s->props.get(egress ? u"SecurityGroupEgress" : u"SecurityGroupIngress");
            if (egress && rules) // inline egress replaces the allow-all default
                r->properties.insert(u"outbound"_s, QVariantList());
            for (const Node &rule : Importer::items(rules)) {
                const Node &at = rule.line ? rule : s->at;
                if (const auto why = addRule(im, *r, rule, egress, at); why && !why->isEmpty())
                    im.report.note(at, ImportMsg::tr("%1: a rule is not drawn: %2").arg(r->id, *why));
            }
        }
    }
    for (const bool egress : {false, true}) {
        for (Source *s : im.ofType(egress ? u"AWS::EC2::SecurityGroupEgress"_s : u"AWS::EC2::SecurityGroupIngress"_s)) {
            const Node *groupNode = s->props.get(u"GroupId");
            if (!groupNode)
                groupNode = s->props.get(u"GroupName");
            Resource *group = im.made(groupNode ? im.groupFor(*groupNode, {}) : QString());
            if (!group) {
                im.notDrawn(*s, ImportMsg::tr("its security group is not in the design"));
                continue;
            }
            if (const auto why = addRule(im, *group, s->props, egress, s->at)) {
                if (!why->isEmpty())
                    im.notDrawn(*s, *why);
            } else {
                im.foldedInto(*s);
                const QVariantList rows = group->rows(egress ? u"outbound"_s : u"inbound"_s);
                const QString signature = ruleSignature(*group, egress, rows.last().toMap());
                if (!im.foldedRules.contains(signature))
                    im.foldedRules.insert(signature, s->id);
            }
        }
    }
}

} // namespace skydraft::cfn
