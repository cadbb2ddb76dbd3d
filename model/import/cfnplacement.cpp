// Where what a template names but does not make lands in the design: the account's default
// VPC and its subnets, placeholder VPCs, subnets and groups for parameters and imports (one
// VPC for all of them), and the VPC of what the template makes. Part of Importer.

#include "cfnimporter.h"

#include "model/cidr.h"

using namespace Qt::StringLiterals;

namespace skydraft::cfn {

namespace {

const QString kExternal = u"external"_s;

/// How an export refers to the thing a placeholder stands for (the catalogue's
/// "externalSource"): the parameter, import or literal id the template used.
QString originOf(const Node &value)
{
    if (value.kind == Node::Kind::Scalar)
        return u"literal "_s + value.text;
    if (value.attribute == u"import"_s)
        return value.index < 0 ? u"import "_s + value.text : u"import-item %1 %2"_s.arg(value.index).arg(value.base);
    if (value.index >= 0)
        return u"parameter %1 %2 %3"_s.arg(value.base, value.attribute).arg(value.index);
    return u"parameter %1 %2"_s.arg(value.text, value.attribute);
}

} // namespace

QString Importer::defaultVpc()
{
    if (!m_defaultVpc.isEmpty())
        return m_defaultVpc;
    m_defaultVpc = freshId(u"DefaultVpc"_s);
    Resource *vpc = make(m_defaultVpc, ResourceType::Vpc);
    vpc->name = ImportMsg::tr("default VPC");
    vpc->properties.insert(u"cidr"_s, u"172.31.0.0/16"_s);
    vpc->properties.insert(u"enableDnsHostnames"_s, true);
    vpc->properties.insert(u"externalSource"_s, u"default"_s); // exists already: never exported as new
    const QString igw = freshId(m_defaultVpc + u"Igw"_s);
    make(igw, ResourceType::InternetGateway, m_defaultVpc);
    Resource *routes = make(freshId(m_defaultVpc + u"Routes"_s), ResourceType::RouteTable, m_defaultVpc);
    routes->properties.insert(u"main"_s, true);
    routes->properties.insert(u"routes"_s, QVariantList{QVariantMap{{u"destination"_s, u"0.0.0.0/0"_s}, {u"target"_s, igw}}});
    report.note(1, 1, ImportMsg::tr("resources without a VPC go into the account's default VPC %1 (172.31.0.0/16, a public /20 subnet per zone)")
                          .arg(m_defaultVpc));
    return m_defaultVpc;
}

QString Importer::defaultSubnet(const QString &zone)
{
    const QString vpc = defaultVpc();
    const QString az = zoneIn(vpc, zone);
    for (const QString &id : std::as_const(m_madeOrder))
        if (m_made.at(id).parent == az)
            return id;
    const int index = std::max<int>(0, int(zonesOf(resolver.region()).indexOf(zone)));
    Resource *s = make(freshId(u"DefaultSubnet"_s + zone.right(1).toUpper()), ResourceType::Subnet, az);
    s->name = ImportMsg::tr("default subnet %1").arg(zone);
    s->properties.insert(u"cidr"_s, Cidr{(172u << 24) | (31u << 16) | (quint32(index * 16) << 8), 20}.toString());
    s->properties.insert(u"mapPublicIpOnLaunch"_s, true);
    s->properties.insert(u"externalSource"_s, u"default"_s);
    return s->id;
}

QString Importer::zoneIn(const QString &vpc, const QString &zone)
{
    const QString key = vpc + u'/' + zone;
    if (m_zones.contains(key))
        return m_zones.value(key);
    const QString id = freshId(vpc + u"Az"_s + zone.right(1).toUpper());
    Resource *az = make(id, ResourceType::AvailabilityZone, vpc);
    az->properties.insert(u"zone"_s, zone);
    m_zones.insert(key, id);
    return id;
}

QString Importer::placeholderZone(const QString &name, const QStringList &avoidZones) const
{
    const QStringList zones = zonesOf(resolver.region());
    static const QRegularExpression hint(u"([A-F]|[1-6])(Public|Private|Subnet)?$"_s);
    if (const auto m = hint.match(name); m.hasMatch()) {
        const QChar c = m.captured(1).front();
        const int index = c.isDigit() ? c.digitValue() - 1 : c.unicode() - u'A';
        if (index < zones.size() && !avoidZones.contains(zones[index]))
            return zones[index];
    }
    for (const QString &z : zones)
        if (!avoidZones.contains(z))
            return z;
    return zones.first();
}

QString Importer::placeholder(ResourceType type, const Node &value, const QString &vpcHint, const QStringList &avoidZones)
{
    if (value.kind == Node::Kind::External && value.index < 0) {
        if (type == ResourceType::Vpc && !m_defaultVpcParameter.isEmpty() && value.text == m_defaultVpcParameter)
            return defaultVpc();
        if (type == ResourceType::Subnet && m_defaultSubnetZones.contains(value.text))
            return defaultSubnet(m_defaultSubnetZones.value(value.text));
    }
    const QString key = typeKey(type) + u':' + value.text;
    if (m_placeholders.contains(key))
        return m_placeholders.value(key);
    const bool imported = value.attribute == u"import"_s || value.kind == Node::Kind::Scalar;
    const QString vpc = type == ResourceType::Vpc || !vpcHint.isEmpty() ? vpcHint : homeVpc();
    QString parent = type == ResourceType::Vpc ? QString() : vpc;
    QString zone;
    if (type == ResourceType::Subnet) {
        zone = placeholderZone(sanitizedId(value.text), avoidZones);
        parent = zoneIn(vpc, zone);
    }
    const QString id = freshId(value.text);
    Resource *r = make(id, type, parent);
    r->name = value.text;
    r->properties.insert(kExternal, true);
    r->properties.insert(u"externalSource"_s, originOf(value));
    if (type == ResourceType::Subnet) {
        // Distinct made-up blocks from the top of the VPC's range, so they overlap nothing.
        const Resource *v = made(vpc);
        const auto block = Cidr::parse(v ? v->string(u"cidr"_s) : QString());
        const int n = int(std::count_if(m_placeholders.keyBegin(), m_placeholders.keyEnd(),
                                        [](const QString &k) { return k.startsWith(typeKey(ResourceType::Subnet)); }));
        if (block && block->prefix <= 24)
            r->properties.insert(u"cidr"_s, Cidr{block->last() - 255 - quint32(n) * 256, 24}.toString());
    }
    if (type == ResourceType::SecurityGroup)
        r->properties.insert(u"description"_s, ImportMsg::tr("defined outside the template; its rules are unknown"));
    m_placeholders.insert(key, id);
    if (type == ResourceType::Vpc && value.text == u"ExternalVpc"_s) {
        r->name = ImportMsg::tr("VPC outside the template");
        report.note(1, 1, ImportMsg::tr("%1 is a placeholder VPC for the subnets and groups the template takes from outside").arg(id));
        return id;
    }
    const QString what = type == ResourceType::Vpc ? ImportMsg::tr("VPC")
        : type == ResourceType::Subnet             ? ImportMsg::tr("subnet")
                                                   : ImportMsg::tr("security group");
    if (type == ResourceType::Subnet)
        report.note(value, ImportMsg::tr("%1 is a placeholder %2 for %3 (%4), assumed in %5")
                               .arg(id, what, value.text, imported ? ImportMsg::tr("imported") : ImportMsg::tr("a parameter"), zone));
    else
        report.note(value, ImportMsg::tr("%1 is a placeholder %2 for %3 (%4)")
                               .arg(id, what, value.text, imported ? ImportMsg::tr("imported") : ImportMsg::tr("a parameter")));
    return id;
}

QString Importer::homeVpc()
{
    if (!m_vpcs.isEmpty())
        return m_vpcs.first();
    QList<Node> vpcParameters;
    bool networkParameters = false;
    if (const Node *parameters = resolver.parameters()) {
        for (const auto &[name, declaration] : parameters->entries) {
            const QString type = Importer::text(declaration.get(u"Type")).value_or(QString());
            if (type.contains(u"AWS::EC2::VPC::Id"_s)) {
                // A list parameter's first item is what Fn::Select [0, ...] gives.
                Node vpc = type.startsWith(u"List<"_s) ? Node::externalItem(name, 0, type) : Node::external(name, type);
                vpc.line = declaration.line;
                vpc.col = declaration.col;
                vpcParameters.append(vpc);
            }
            networkParameters = networkParameters || Resolver::isNetworkIdType(type);
        }
    }
    if (vpcParameters.size() == 1)
        return placeholder(ResourceType::Vpc, vpcParameters.first(), {});
    // Subnets or groups from outside with no VPC named: they are in the default VPC when
    // the template puts something there itself (a security group, load balancer, Auto
    // Scaling group or instance that names no VPC or subnet is created in the default VPC,
    // and an instance's subnet and groups share one VPC); else in one unknown VPC.
    if (networkParameters && !usesDefaultVpc())
        return placeholder(ResourceType::Vpc, Node::external(u"ExternalVpc"_s, u"AWS::EC2::VPC::Id"_s), {});
    return defaultVpc();
}

bool Importer::usesDefaultVpc() const
{
    const auto absent = [](const Source &s, const char16_t *key) {
        const Node *n = s.props.get(key);
        return !n || n->isNull();
    };
    for (const QString &id : order) {
        const auto it = sources.constFind(id);
        if (it == sources.constEnd())
            continue;
        const Source &s = *it;
        if ((s.type == u"AWS::EC2::SecurityGroup"_s && absent(s, u"VpcId"))
            || (s.type == u"AWS::ElasticLoadBalancing::LoadBalancer"_s && absent(s, u"Subnets"))
            || (s.type == u"AWS::AutoScaling::AutoScalingGroup"_s && absent(s, u"VPCZoneIdentifier"))
            || (s.type == u"AWS::EC2::Instance"_s && absent(s, u"SubnetId") && absent(s, u"NetworkInterfaces")))
            return true;
    }
    return false;
}

QString Importer::vpcFor(const Node *value)
{
    if (!value || value->isNull())
        return homeVpc();
    if (value->kind == Node::Kind::Ref) {
        const Resource *r = made(value->text);
        return r && r->type == ResourceType::Vpc ? r->id : QString();
    }
    if (value->kind == Node::Kind::External || value->isScalar())
        return placeholder(ResourceType::Vpc, *value, {});
    if (value->isList() && !value->items.isEmpty())
        return vpcFor(&value->items.first());
    return {};
}

QString Importer::subnetFor(const Node &value, const QString &vpc, const QStringList &avoidZones)
{
    if (value.kind == Node::Kind::Ref) {
        const Resource *r = made(value.text);
        return r && r->type == ResourceType::Subnet ? r->id : QString();
    }
    if (value.kind == Node::Kind::External || (value.isScalar() && !value.text.isEmpty()))
        return placeholder(ResourceType::Subnet, value, vpc, avoidZones);
    return {};
}

QStringList Importer::subnetsFor(const Node *list, const QString &vpc)
{
    QStringList out;
    QStringList zones; // subnets of one list are in different zones
    for (const Node &n : items(list)) {
        const QString id = subnetFor(n, vpc, zones);
        if (const Resource *az = made(made(id) ? made(id)->parent : QString()))
            zones.append(az->string(u"zone"_s));
        if (!id.isEmpty() && !out.contains(id))
            out.append(id);
    }
    return out;
}

QString Importer::vpcDefaultOf(const Node *n)
{
    if (!n || n->kind != Node::Kind::Ref)
        return {};
    const bool acl = n->attribute == u"DefaultNetworkAcl"_s;
    if (!acl && n->attribute != u"DefaultSecurityGroup"_s)
        return {};
    const Resource *vpc = made(n->text);
    if (!vpc || vpc->type != ResourceType::Vpc)
        return {};
    const QString key = vpc->id + (acl ? u"/acl"_s : u"/group"_s);
    if (m_vpcDefaults.contains(key))
        return m_vpcDefaults.value(key);
    // What AWS makes with every VPC: an ACL allowing everything, a group admitting itself.
    const QString id = freshId(vpc->id + (acl ? u"DefaultNetworkAcl"_s : u"DefaultSecurityGroup"_s));
    const QString vpcId = vpc->id;
    Resource *r = make(id, acl ? ResourceType::NetworkAcl : ResourceType::SecurityGroup, vpcId);
    r->name = u"default"_s;
    if (acl) {
        r->properties.insert(u"isDefault"_s, true);
    } else {
        r->properties.insert(u"description"_s, u"default VPC security group"_s);
        r->properties.insert(u"inbound"_s, QVariantList{QVariantMap{{u"protocol"_s, u"all"_s}, {u"fromPort"_s, 0},
                                                                    {u"toPort"_s, 65535}, {u"group"_s, id}}});
        r->properties.insert(u"externalSource"_s, u"vpc-default"_s); // exists with the VPC: never created
    }
    m_vpcDefaults.insert(key, id);
    return id;
}

QString Importer::groupFor(const Node &value, const QString &vpc)
{
    if (const QString own = vpcDefaultOf(&value); !own.isEmpty())
        return own;
    if (value.kind == Node::Kind::Ref) {
        const Source *s = sources.contains(value.text) ? &sources[value.text] : nullptr;
        return s && s->type == u"AWS::EC2::SecurityGroup"_s ? s->id : QString();
    }
    if (value.kind == Node::Kind::External || (value.isScalar() && !value.text.isEmpty()))
        return placeholder(ResourceType::SecurityGroup, value, vpc);
    return {};
}

QStringList Importer::groupsFor(const Node *list, const QString &vpc)
{
    QStringList out;
    for (const Node &n : items(list)) {
        const QString id = groupFor(n, vpc);
        if (!id.isEmpty() && !out.contains(id))
            out.append(id);
    }
    return out;
}

QString Importer::vpcOfMade(const QString &id)
{
    QString current = id;
    for (int guard = 0; guard < 16 && !current.isEmpty(); ++guard) {
        const Resource *r = made(current);
        if (!r)
            return {};
        if (r->type == ResourceType::Vpc)
            return r->id;
        current = r->parent;
    }
    return {};
}

QString Importer::vpcOrNotDrawn(Source &s)
{
    const QString vpc = vpcFor(s.props.get(u"VpcId"));
    if (vpc.isEmpty())
        notDrawn(s, ImportMsg::tr("its VPC is not in the design"));
    return vpc;
}

} // namespace skydraft::cfn
