#include "cfnimporter.h"

#include "model/cidr.h"

#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <cmath>

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

QString sanitizedId(const QString &text)
{
    QString id;
    bool upper = false;
    for (QChar c : text) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            id += upper ? c.toUpper() : c;
            upper = false;
        } else {
            upper = !id.isEmpty();
        }
    }
    if (id.isEmpty() || !id.front().isLetter())
        id.prepend(u"External"_s);
    return id;
}

} // namespace

Importer::Importer(const Node &root, Report &rep, const LoadOptions &options)
    : report(rep)
    , resolver(root, options, rep)
    , m_root(root)
{
    const Node *resources = root.get(u"Resources");
    if (!resources || !resources->isMap() || resources->entries.isEmpty()) {
        report.error(resources ? *resources : root, ImportMsg::tr("the template has no Resources"));
        return;
    }
    // What SkyDraft's own export says stands for the account's default VPC and subnets.
    if (const Node *own = root.path({u"Metadata", u"SkyDraft"})) {
        if (const auto vpc = text(own->get(u"DefaultVpc")))
            m_defaultVpcParameter = *vpc;
        if (const Node *subnets = own->get(u"DefaultSubnets"); subnets && subnets->isMap())
            for (const auto &[name, zone] : subnets->entries)
                m_defaultSubnetZones.insert(name, zone.text);
    }
    sources.reserve(resources->entries.size());
    for (const auto &[id, node] : resources->entries) {
        const Node *type = node.get(u"Type");
        if (node.kind == Node::Kind::Unresolved && node.text.startsWith(u'!')) {
            // A tag of another tool (!Rain::Module): the template needs that tool first.
            report.error(node, ImportMsg::tr("resource %1: %2 is not CloudFormation (another tool's tag); process the template with that tool first")
                                   .arg(id, node.text));
            continue;
        }
        if (type && type->kind == Node::Kind::Unresolved && type->text.startsWith(u'!')) {
            report.error(*type, ImportMsg::tr("resource %1: its Type %2 is not CloudFormation (another tool's tag); process the template with that tool first")
                                    .arg(id, type->text));
            continue;
        }
        if (id.startsWith(u"Fn::ForEach::"_s)) {
            report.error(node, ImportMsg::tr("%1 is a loop of the AWS::LanguageExtensions transform, which SkyDraft does not expand; "
                                             "import the processed template (aws cloudformation get-template --template-stage Processed)")
                                   .arg(id));
            continue;
        }
        if (!node.isMap() || !type || !type->isScalar()) {
            report.error(node, ImportMsg::tr("resource %1 has no Type").arg(id));
            continue;
        }
        Source s;
        s.id = id;
        s.type = type->text;
        s.at = node;
        s.at.entries.clear();
        if (const Node *condition = node.get(u"Condition")) {
            if (!resolver.condition(condition->text, *condition)) {
                m_kept.insert(id);
                report.note(node, ImportMsg::tr("%1 (%2) skipped: its condition %3 is false").arg(id, s.type, condition->text));
                continue;
            }
        }
        const Node *props = node.get(u"Properties");
        s.props = props ? resolver.eval(*props) : Node();
        if (!s.props.isMap()) {
            s.props = Node();
            s.props.kind = Node::Kind::Map;
        }
        order.append(id);
        m_byType[s.type].append(id);
        sources.insert(id, std::move(s));
    }
}

QList<Resource> Importer::run()
{
    mapVpcs(*this);
    mapSubnetsAndGateways(*this);
    mapRoutingAndAcls(*this);
    mapSecurityGroups(*this);
    mapLoadBalancing(*this);
    mapCompute(*this);
    mapData(*this);
    for (const QString &id : std::as_const(order)) {
        const Source &s = sources[id];
        if (!s.used)
            notDrawn(s, ImportMsg::tr("SkyDraft's catalogue has no such resource"));
    }
    QList<Resource> out;
    for (const QString &id : std::as_const(m_madeOrder))
        out.append(m_made.at(id));
    checkReferences(out);
    return out;
}

QList<Source *> Importer::ofType(const QString &type)
{
    QList<Source *> out;
    for (const QString &id : m_byType.value(type))
        out.append(&sources[id]);
    return out;
}

Resource *Importer::make(const QString &id, ResourceType type, const QString &parent)
{
    if (m_made.count(id)) {
        // The parser refuses repeated keys, so this is a mapper's slip; say so and hand out a
        // scratch resource, never a null one, so that the import fails with a located error.
        const Source *s = sources.contains(id) ? &sources[id] : nullptr;
        report.error(s ? s->at.line : 1, s ? std::max(s->at.col, 1) : 1,
                     ImportMsg::tr("logical id %1 is used by two resources").arg(id));
        m_scratch = Resource();
        m_scratch.id = id;
        m_scratch.type = type;
        return &m_scratch;
    }
    Resource r;
    r.id = id;
    r.type = type;
    r.parent = parent;
    m_madeOrder.append(id);
    if (type == ResourceType::Vpc && id != m_defaultVpc)
        m_vpcs.append(id);
    auto it = m_made.emplace(id, r).first;
    if (sources.contains(id))
        sources[id].used = true;
    return &it->second;
}

Resource *Importer::made(const QString &id)
{
    auto it = m_made.find(id);
    return it == m_made.end() ? nullptr : &it->second;
}

QString Importer::freshId(const QString &base) const
{
    const QString stem = sanitizedId(base);
    QString id = stem;
    for (int n = 2; sources.contains(id) || m_made.count(id) || resolver.resource(id); ++n)
        id = stem + QString::number(n);
    return id;
}

std::optional<QString> Importer::text(const Node *n)
{
    if (n && n->isScalar())
        return n->text;
    return std::nullopt;
}

std::optional<qint64> Importer::integer(const Node *n)
{
    if (!n || !n->isScalar())
        return std::nullopt;
    // A whole number only: 22.7 is not 23, and 2^63 or 1e999 is not the largest qint64.
    bool ok = false;
    const qint64 whole = n->text.trimmed().toLongLong(&ok);
    if (ok)
        return whole;
    const double v = n->text.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v != std::floor(v) || std::abs(v) > 9007199254740992.0) // 2^53
        return std::nullopt;
    return qint64(v);
}

std::optional<bool> Importer::flag(const Node *n)
{
    if (!n || !n->isScalar())
        return std::nullopt;
    if (n->text.compare(u"true"_s, Qt::CaseInsensitive) == 0)
        return true;
    if (n->text.compare(u"false"_s, Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

QString Importer::refId(const Node *n)
{
    return n && n->kind == Node::Kind::Ref ? n->text : QString();
}

QStringList Importer::refIds(const Node *list)
{
    QStringList out;
    for (const Node &n : items(list))
        if (!refId(&n).isEmpty())
            out.append(refId(&n));
    return out;
}

QList<Node> Importer::items(const Node *n)
{
    if (!n || n->isNull())
        return {};
    if (n->isList())
        return n->items;
    return {*n};
}

namespace {

/// The value as the catalogue stores it, or nullopt with the reason.
std::optional<QVariant> accept(const PropertySpec &spec, const QVariant &value, QString *why)
{
    switch (spec.kind) {
    case ValueKind::Integer: {
        bool ok = false;
        const double d = value.toString().toDouble(&ok);
        const qint64 v = std::llround(d);
        if (!ok) {
            *why = ImportMsg::tr("not a number");
            return std::nullopt;
        }
        if (spec.maximum > spec.minimum && (v < spec.minimum || v > spec.maximum)) {
            *why = ImportMsg::tr("outside %1 to %2").arg(spec.minimum).arg(spec.maximum);
            return std::nullopt;
        }
        return QVariant(v);
    }
    case ValueKind::Boolean: {
        const QString t = value.toString().toLower();
        if (value.typeId() == QMetaType::Bool)
            return value;
        if (t == u"true"_s || t == u"false"_s)
            return QVariant(t == u"true"_s);
        *why = ImportMsg::tr("not true or false");
        return std::nullopt;
    }
    case ValueKind::Enum: {
        const QString t = value.toString();
        for (const QString &c : spec.choices)
            if (c.compare(t, Qt::CaseInsensitive) == 0)
                return QVariant(c);
        *why = ImportMsg::tr("not one of %1").arg(spec.choices.join(u", "_s));
        return std::nullopt;
    }
    case ValueKind::Cidr: {
        if (spec.ipv6) {
            const auto block = IpBlock::parse(value.toString(), why);
            if (!block)
                return std::nullopt;
            return QVariant(block->ipv6 ? block->toString() : value.toString()); // IPv6 in its RFC 5952 form
        }
        const auto block = Cidr::parse(value.toString(), why);
        if (!block)
            return std::nullopt;
        return QVariant(value.toString());
    }
    default:
        return Catalogue::normalized(spec, value);
    }
}

} // namespace

bool Importer::put(Resource &r, const QString &key, const QVariant &value, const Node &at)
{
    const PropertySpec *spec = Catalogue::property(r.type, key);
    if (!spec)
        return false;
    QString why;
    const auto v = accept(*spec, value, &why);
    if (!v) {
        report.note(at, ImportMsg::tr("%1: %2 %3 is %4; the default is kept")
                            .arg(r.id, key, value.toString(), why));
        return false;
    }
    r.properties.insert(key, *v);
    return true;
}

bool Importer::put(Resource &r, const QString &key, const Node *value)
{
    if (!value || value->isNull())
        return false;
    if (!value->isScalar()) {
        const QString what = value->kind == Node::Kind::External
            ? ImportMsg::tr("%1, defined outside the template").arg(value->text)
            : ImportMsg::tr("a value known only once deployed");
        report.note(*value, ImportMsg::tr("%1: %2 is %3; the default is kept").arg(r.id, key, what));
        return false;
    }
    return put(r, key, value->text, *value);
}

bool Importer::putCell(QVariantMap &row, const PropertySpec &table, const QString &column, const QVariant &value,
                       const Node &at)
{
    const PropertySpec *spec = table.column(column);
    if (!spec || !value.isValid())
        return false;
    QString why;
    const auto v = accept(*spec, value, &why);
    if (!v) {
        report.note(at, ImportMsg::tr("%1 %2 is %3; the default is kept").arg(column, value.toString(), why));
        return false;
    }
    row.insert(column, *v);
    return true;
}

bool Importer::appendRow(Resource &r, const QString &key, const QList<std::pair<QString, QVariant>> &cells, const Node &at)
{
    const PropertySpec *spec = Catalogue::property(r.type, key);
    if (!spec)
        return false;
    QVariantMap row;
    for (const auto &[column, value] : cells) {
        if (!value.isValid())
            continue;
        if (!putCell(row, *spec, column, value, at)) {
            report.note(at, ImportMsg::tr("%1: a row of %2 is left out").arg(r.id, key));
            return false;
        }
    }
    QVariantList rows = r.rows(key);
    rows.append(row);
    r.properties.insert(key, rows);
    return true;
}

void Importer::nameFromTags(Resource &r, const Node &props)
{
    for (const Node &tag : items(props.get(u"Tags")))
        if (const auto key = text(tag.get(u"Key")); key && *key == u"Name"_s)
            if (const auto value = text(tag.get(u"Value")); value && !value->trimmed().isEmpty())
                r.name = value->trimmed();
}

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

void Importer::notDrawn(const Source &s, const QString &reason)
{
    sources[s.id].used = true;
    m_kept.insert(s.id);
    report.note(s.at, ImportMsg::tr("%1 (%2) not drawn: %3").arg(s.id, s.type, reason));
}

void Importer::checkReferences(QList<Resource> &out)
{
    // A reference to something that was not drawn would fail validation: drop it, say so.
    for (Resource &r : out) {
        const Node at = sources.contains(r.id) ? sources[r.id].at : Node();
        for (auto it = r.properties.begin(); it != r.properties.end(); ++it) {
            const PropertySpec *spec = Catalogue::property(r.type, it.key());
            if (!spec)
                continue;
            auto missing = [&](const QString &id) {
                if (id.isEmpty() || m_made.count(id))
                    return false;
                report.note(at, ImportMsg::tr("%1: %2 refers to %3, which is not drawn; the reference is left out").arg(r.id, it.key(), id));
                return true;
            };
            if (spec->kind == ValueKind::Reference && missing(it.value().toString()))
                it.value() = QString();
            if (spec->kind == ValueKind::ReferenceList) {
                QStringList ids = it.value().toStringList();
                ids.erase(std::remove_if(ids.begin(), ids.end(), missing), ids.end());
                it.value() = ids;
            }
            if (spec->kind == ValueKind::Table) {
                QVariantList rows = it.value().toList();
                for (QVariant &row : rows) {
                    QVariantMap m = row.toMap();
                    for (const PropertySpec &c : spec->columns)
                        if (c.kind == ValueKind::Reference && missing(m.value(c.key).toString()))
                            m.remove(c.key);
                    row = m;
                }
                it.value() = rows;
            }
        }
    }
}

} // namespace skydraft::cfn
