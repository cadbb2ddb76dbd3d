// Terraform export: the configuration context, and the network and security groups.

#include "terraform.h"

#include "exportrules.h"
#include "tfcontext.h"

#include "model/ipv6blocks.h"
#include "model/routing.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <functional>

using namespace Qt::StringLiterals;

namespace skydraft::exchange {

using T = ResourceType;
using H = HclBody;

QString snakeCase(const QString &name)
{
    QString out;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        if (c.isUpper() && i > 0 && (name[i - 1].isLower() || name[i - 1].isDigit()))
            out += u'_';
        out += c.toLower();
    }
    return out;
}

TfContext::TfContext(const Document &document)
    : doc(document)
    , facts(document)
    , m_names(document, [&document](const Resource &r) { return rules::outsideStack(document, r); })
{
}

bool TfContext::outside(const QString &designId) const
{
    const Resource *r = doc.find(designId);
    return r && rules::outsideStack(doc, *r);
}

QString TfContext::outsideExpression(const QString &designId) const
{
    const Resource *r = doc.find(designId);
    const QString origin = r->string(u"externalSource"_s);
    const QStringList words = origin.split(u' ');
    const QString what = r->type == T::Vpc ? u"VPC"_s : r->type == T::Subnet ? u"subnet"_s
        : r->type == T::SecurityGroup ? u"security group"_s : u"resource"_s;
    auto stringVar = [&](const QString &name, const QString &key, const QString &description) {
        return variable(snakeCase(alphanumeric(name)), key, [&](HclBody &b) {
            b.set(u"description"_s, H::string(description)).set(u"type"_s, u"string"_s);
        });
    };
    if (words.first() == u"parameter"_s && words.size() >= 3) {
        const QString &name = words[1];
        const bool list = words[2].startsWith(u"List<"_s) || words[2] == u"CommaDelimitedList"_s;
        const QString var = variable(snakeCase(alphanumeric(name)), u"param:"_s + name, [&](HclBody &b) {
            b.set(u"description"_s, H::string(u"Existing "_s + what + u" id(s) (the template's parameter "_s + name + u')'));
            b.set(u"type"_s, list ? u"list(string)"_s : u"string"_s);
        });
        if (words.size() < 4)
            return var;
        return (list ? var : u"split(\",\", "_s + var + u')') + u'[' + words[3] + u']';
    }
    if ((words.first() == u"import"_s || words.first() == u"import-item"_s) && words.size() >= 2) {
        const bool item = words.first() == u"import-item"_s;
        const QString name = origin.section(u' ', item ? 2 : 1);
        const QString var = stringVar(name, u"import:"_s + name, u"The value another CloudFormation stack exports as "_s + name);
        return item ? u"split(\",\", "_s + var + u")["_s + words[1] + u']' : var;
    }
    if (words.first() == u"literal"_s && words.size() >= 2)
        return H::string(origin.section(u' ', 1));
    if (origin == u"vpc-default"_s && !doc.vpcOf(designId).isEmpty() && !outside(doc.vpcOf(designId)))
        return u"aws_vpc."_s + name(doc.vpcOf(designId)) + u".default_security_group_id"_s;
    const QString description = origin == u"default"_s
        ? (r->type == T::Vpc ? u"The account's default VPC"_s : u"A default "_s + what + u" of the account's default VPC"_s)
        : u"Existing "_s + what;
    return stringVar(name(designId), u"param:"_s + name(designId), description);
}

QString TfContext::typeOf(const QString &designId) const
{
    const Resource *r = doc.find(designId);
    if (!r)
        return {};
    switch (r->type) {
    case T::Vpc: return u"aws_vpc"_s;
    case T::Subnet: return u"aws_subnet"_s;
    case T::InternetGateway: return u"aws_internet_gateway"_s;
    case T::EgressOnlyInternetGateway: return u"aws_egress_only_internet_gateway"_s;
    case T::NatGateway: return u"aws_nat_gateway"_s;
    case T::ElasticIp: return u"aws_eip"_s;
    case T::RouteTable: return u"aws_route_table"_s;
    case T::NetworkAcl: return u"aws_network_acl"_s;
    case T::SecurityGroup: return u"aws_security_group"_s;
    case T::LoadBalancer: return r->string(u"kind"_s) == u"classic"_s ? u"aws_elb"_s : u"aws_lb"_s;
    case T::TargetGroup: return u"aws_lb_target_group"_s;
    case T::LaunchTemplate: return u"aws_launch_template"_s;
    case T::AutoScalingGroup: return u"aws_autoscaling_group"_s;
    case T::Ec2Instance: return u"aws_instance"_s;
    case T::RdsInstance: return u"aws_db_instance"_s;
    case T::AuroraCluster: return u"aws_rds_cluster"_s;
    case T::ElastiCache:
        return r->string(u"engine"_s) == u"memcached"_s ? u"aws_elasticache_cluster"_s : u"aws_elasticache_replication_group"_s;
    case T::Route53Record: return u"aws_route53_record"_s;
    case T::Internet:
    case T::AvailabilityZone: return {};
    }
    return {};
}

QString TfContext::ref(const QString &designId, const QString &attribute) const
{
    if (outside(designId))
        return outsideExpression(designId);
    return typeOf(designId) + u'.' + name(designId) + u'.' + attribute;
}

QString TfContext::refs(const QStringList &designIds, const QString &attribute) const
{
    QStringList out;
    for (const QString &d : designIds)
        if (doc.contains(d))
            out.append(ref(d, attribute));
    return H::list(out);
}

HclBody &TfContext::resource(const QString &type, const QString &name)
{
    return m_resources.block(u"resource "_s + H::string(type) + u' ' + H::string(name));
}

void TfContext::output(const QString &name, const QString &description, const QString &expression)
{
    m_outputs.block(u"output "_s + H::string(name)).set(u"description"_s, H::string(description)).set(u"value"_s, expression);
}

QString TfContext::variable(const QString &base, const QString &dedupeKey, const std::function<void(HclBody &)> &fill) const
{
    QString expression = m_variableFor.value(dedupeKey);
    if (!expression.isEmpty())
        return expression;
    QString varName = base;
    for (int n = 2; m_variableNames.contains(varName); ++n)
        varName = base + u'_' + QString::number(n);
    m_variableNames.insert(varName);
    fill(m_variables.block(u"variable "_s + H::string(varName)));
    expression = u"var."_s + varName;
    m_variableFor.insert(dedupeKey, expression);
    return expression;
}

QString TfContext::imageVariable(const QString &imageId)
{
    static const QString ssm = u"resolve:ssm:"_s;
    if (!imageId.startsWith(ssm)) {
        return variable(u"image_id"_s, u"image:"_s + imageId, [&](HclBody &b) {
            b.set(u"description"_s, H::string(u"Machine image (AMI) for the instances"_s));
            b.set(u"type"_s, u"string"_s).set(u"default"_s, H::string(imageId));
        });
    }
    // The public parameter of the latest image, read when planning: works in any region.
    const QString parameter = variable(u"image_parameter"_s, u"image:"_s + imageId, [&](HclBody &b) {
        b.set(u"description"_s, H::string(u"SSM parameter holding the machine image (AMI) for the instances"_s));
        b.set(u"type"_s, u"string"_s).set(u"default"_s, H::string(imageId.mid(ssm.size())));
    });
    const QString dataName = parameter.mid(4); // without "var."
    const QString key = u"data:"_s + dataName;
    if (!m_variableFor.contains(key)) {
        m_data.block(u"data \"aws_ssm_parameter\" "_s + H::string(dataName)).set(u"name"_s, parameter);
        m_variableFor.insert(key, dataName);
    }
    return u"nonsensitive(data.aws_ssm_parameter."_s + dataName + u".value)"_s;
}

QString TfContext::keyVariable(const QString &keyName)
{
    return variable(u"key_name"_s, u"key:"_s + keyName, [&](HclBody &b) {
        b.set(u"description"_s, H::string(u"Existing EC2 key pair for SSH access"_s));
        b.set(u"type"_s, u"string"_s).set(u"default"_s, H::string(keyName));
    });
}

QString TfContext::stringVariable(const QString &varName, const QString &description, const QString &defaultValue)
{
    return variable(varName, u"string:"_s + varName + u':' + defaultValue, [&](HclBody &b) {
        b.set(u"description"_s, H::string(description)).set(u"type"_s, u"string"_s);
        if (!defaultValue.isEmpty())
            b.set(u"default"_s, H::string(defaultValue));
    });
}

QString TfContext::passwordVariable(const QString &designId)
{
    return variable(snakeCase(name(designId)) + u"_password"_s, u"password:"_s + designId, [&](HclBody &b) {
        b.set(u"description"_s, H::string(u"Master password of "_s + designId));
        b.set(u"type"_s, u"string"_s).set(u"sensitive"_s, u"true"_s);
    });
}

QString TfContext::hostedZone(const QString &zoneName)
{
    const QString var = stringVariable(u"hosted_zone_name"_s, u"Existing public hosted zone of the records"_s, zoneName);
    const QString dataName = var.mid(4);
    const QString key = u"data:"_s + dataName;
    if (!m_variableFor.contains(key)) {
        m_data.block(u"data \"aws_route53_zone\" "_s + H::string(dataName)).set(u"name"_s, var);
        m_variableFor.insert(key, dataName);
    }
    return u"data.aws_route53_zone."_s + dataName + u".zone_id"_s;
}

void TfContext::nameTags(HclBody &body, const Resource &r) const
{
    if (!r.name.isEmpty())
        body.set(u"tags"_s, u"{ Name = "_s + H::string(r.name) + u" }"_s);
}

QString TfContext::gatewayOf(const QString &vpcId) const
{
    const QString gateway = internetGatewayOf(doc, vpcId);
    return gateway.isEmpty() ? QString() : typeOf(gateway) + u'.' + name(gateway);
}

QList<std::pair<QString, QByteArray>> TfContext::renderFiles() const
{
    QByteArray comment = "# Exported by SkyDraft";
    if (!doc.title().isEmpty())
        comment += ": " + doc.title().toUtf8();
    comment += '\n';
    HclBody settings;
    settings.block(u"terraform"_s)
        .block(u"required_providers"_s)
        .set(u"aws"_s, u"{ source = \"hashicorp/aws\", version = \">= 5.0\" }"_s);
    settings.block(u"provider \"aws\""_s).set(u"region"_s, u"var.region"_s);
    HclBody region;
    region.block(u"variable \"region\""_s)
        .set(u"description"_s, H::string(u"AWS region to deploy in"_s))
        .set(u"type"_s, u"string"_s)
        .set(u"default"_s, H::string(doc.region().isEmpty() ? u"us-east-1"_s : doc.region()));

    QByteArray main = comment + '\n' + settings.render();
    for (const HclBody *part : {&m_data, &m_resources})
        if (!part->isEmpty())
            main += '\n' + part->render();
    QByteArray variables = comment + '\n' + region.render();
    if (!m_variables.isEmpty())
        variables += '\n' + m_variables.render();
    QList<std::pair<QString, QByteArray>> files{{u"main.tf"_s, main}, {u"variables.tf"_s, variables}};
    if (!m_outputs.isEmpty())
        files.append({u"outputs.tf"_s, comment + '\n' + m_outputs.render()});
    return files;
}

QByteArray TfContext::render() const
{
    // One file: the module's files one after the other, each file's heading once.
    QByteArray out;
    for (const auto &[name, text] : renderFiles())
        out += out.isEmpty() ? text : text.mid(text.indexOf('\n') + 1);
    return out;
}

// --- network

void writeNetwork(TfContext &c)
{
    for (const Resource *r : c.facts.ofType(T::Vpc)) {
        if (c.outside(r->id))
            continue; // a variable: referred to, never created
        HclBody &b = c.resource(u"aws_vpc"_s, c.name(r->id));
        b.set(u"cidr_block"_s, H::string(r->string(u"cidr"_s)));
        b.set(u"enable_dns_support"_s, H::boolean(r->boolean(u"enableDnsSupport"_s)));
        b.set(u"enable_dns_hostnames"_s, H::boolean(r->boolean(u"enableDnsHostnames"_s)));
        if (r->string(u"instanceTenancy"_s) != u"default"_s)
            b.set(u"instance_tenancy"_s, H::string(r->string(u"instanceTenancy"_s)));
        const VpcIpv6 v6 = vpcIpv6(r->string(u"ipv6Block"_s));
        if (v6.kind == VpcIpv6::Kind::AmazonProvided) {
            b.set(u"assign_generated_ipv6_cidr_block"_s, u"true"_s);
        } else if (v6.kind == VpcIpv6::Kind::Explicit) {
            b.set(u"ipv6_cidr_block"_s, H::string(v6.block.toString()));
            c.notes.append(TfMsg::tr("%1: the IPv6 block %2 needs the pool it comes from (ipv6_ipam_pool_id) added before "
                                     "applying").arg(r->id, v6.block.toString()));
        }
        c.nameTags(b, *r);
    }
    // What an imported template gave a subnet beyond the design (DrawnResources), by its id.
    QJsonObject drawn;
    if (const QByteArray kept = c.doc.passThrough(); !kept.isEmpty())
        drawn = QJsonDocument::fromJson(kept).object().value(u"DrawnResources"_s).toObject();
    for (const Resource *r : c.facts.ofType(T::InternetGateway)) {
        if (c.outside(r->id))
            continue;
        HclBody &b = c.resource(u"aws_internet_gateway"_s, c.name(r->id));
        if (!c.doc.vpcOf(r->id).isEmpty())
            b.set(u"vpc_id"_s, c.ref(c.doc.vpcOf(r->id)));
        c.nameTags(b, *r);
    }
    for (const Resource *r : c.facts.ofType(T::EgressOnlyInternetGateway)) {
        if (c.doc.vpcOf(r->id).isEmpty())
            continue;
        HclBody &b = c.resource(u"aws_egress_only_internet_gateway"_s, c.name(r->id));
        b.set(u"vpc_id"_s, c.ref(c.doc.vpcOf(r->id)));
        c.nameTags(b, *r);
    }
    for (const Resource *r : c.facts.ofType(T::Subnet)) {
        const QString vpc = c.doc.vpcOf(r->id);
        if (vpc.isEmpty()) {
            c.notes.append(TfMsg::tr("%1: a subnet outside a VPC is not exported").arg(r->id));
            continue;
        }
        if (!c.outside(r->id)) {
            HclBody &b = c.resource(u"aws_subnet"_s, c.name(r->id));
            b.set(u"vpc_id"_s, c.ref(vpc)).set(u"cidr_block"_s, H::string(r->string(u"cidr"_s)));
            if (!c.doc.zoneOf(r->id).isEmpty())
                b.set(u"availability_zone"_s, H::string(c.doc.zoneOf(r->id)));
            if (r->boolean(u"mapPublicIpOnLaunch"_s))
                b.set(u"map_public_ip_on_launch"_s, u"true"_s);
            const SubnetIpv6 v6 = subnetIpv6(r->string(u"ipv6Block"_s));
            if (v6.kind == SubnetIpv6::Kind::Explicit)
                b.set(u"ipv6_cidr_block"_s, H::string(v6.block.toString()));
            else if (v6.kind == SubnetIpv6::Kind::FromVpc && !c.outside(vpc)) // the N-th /64 of the VPC's /56
                b.set(u"ipv6_cidr_block"_s, u"cidrsubnet(%1, 8, %2)"_s.arg(c.ref(vpc, u"ipv6_cidr_block"_s)).arg(v6.index));
            else if (v6.kind == SubnetIpv6::Kind::FromVpc)
                c.notes.append(TfMsg::tr("%1: its IPv6 block (%2) is cut from the block of VPC %3, which is outside the "
                                         "configuration: not written").arg(r->id, r->string(u"ipv6Block"_s), vpc));
            if (r->boolean(u"assignIpv6OnCreation"_s))
                b.set(u"assign_ipv6_address_on_creation"_s, u"true"_s);
            const QJsonObject extra = drawn.value(r->id).toObject().value(u"Properties"_s).toObject();
            for (const auto &[key, tf] : {std::pair{u"Ipv6Native"_s, u"ipv6_native"_s}, std::pair{u"EnableDns64"_s, u"enable_dns64"_s}})
                if (const QJsonValue v = extra.value(key); v.isBool() || v.toString() == u"true"_s || v.toString() == u"false"_s)
                    b.set(tf, H::boolean(v.isBool() ? v.toBool() : v.toString() == u"true"_s));
                else if (!v.isUndefined())
                    c.notes.append(TfMsg::tr("%1: %2 is a template expression, not written").arg(r->id, key));
            if (extra.contains(u"Ipv6CidrBlock"_s) && !v6.any())
                c.notes.append(TfMsg::tr("%1: its IPv6 block is a CloudFormation expression (%2) Terraform export cannot carry; "
                                         "not written").arg(r->id, QString::fromUtf8(QJsonDocument(QJsonObject{{u"Ipv6CidrBlock"_s, extra.value(u"Ipv6CidrBlock"_s)}}).toJson(QJsonDocument::Compact))));
            c.nameTags(b, *r);
        }
        const QString table = c.facts.routeTableOf(r->id);
        if (!table.isEmpty() && !c.outside(table) && !(c.outside(r->id) && !r->isSet(u"routeTable"_s)))
            c.resource(u"aws_route_table_association"_s, c.derived(c.name(r->id) + u"RouteTableAssociation"_s))
                .set(u"subnet_id"_s, c.ref(r->id))
                .set(u"route_table_id"_s, c.ref(table));
        const Resource *acl = c.doc.find(r->string(u"networkAcl"_s));
        if (acl && !acl->boolean(u"isDefault"_s))
            c.resource(u"aws_network_acl_association"_s, c.derived(c.name(r->id) + u"NetworkAclAssociation"_s))
                .set(u"subnet_id"_s, c.ref(r->id))
                .set(u"network_acl_id"_s, c.ref(acl->id));
    }
    for (const Resource *r : c.facts.ofType(T::ElasticIp)) {
        HclBody &b = c.resource(u"aws_eip"_s, c.name(r->id));
        b.set(u"domain"_s, H::string(u"vpc"_s));
        const Resource *to = c.doc.find(r->string(u"associatedWith"_s));
        if (to && to->type == T::Ec2Instance)
            b.set(u"instance"_s, c.ref(to->id));
        c.nameTags(b, *r);
        if (to && !c.gatewayOf(c.doc.vpcOf(to->id)).isEmpty())
            b.set(u"depends_on"_s, H::list({c.gatewayOf(c.doc.vpcOf(to->id))}));
    }
    for (const Resource *r : c.facts.ofType(T::NatGateway)) {
        const QString subnet = c.doc.ancestorOfType(r->id, T::Subnet);
        if (subnet.isEmpty())
            continue;
        HclBody &b = c.resource(u"aws_nat_gateway"_s, c.name(r->id));
        b.set(u"subnet_id"_s, c.ref(subnet));
        if (r->string(u"connectivity"_s) == u"private"_s) {
            b.set(u"connectivity_type"_s, H::string(u"private"_s));
        } else {
            QString eip = c.facts.elasticIpOf(r->id);
            if (!eip.isEmpty()) {
                eip = c.ref(eip);
            } else {
                const QString made = c.derived(c.name(r->id) + u"Eip"_s);
                c.resource(u"aws_eip"_s, made).set(u"domain"_s, H::string(u"vpc"_s));
                eip = u"aws_eip."_s + made + u".id"_s;
                c.notes.append(TfMsg::tr("%1: a public NAT gateway needs an Elastic IP; the configuration adds %2").arg(r->id, made));
            }
            b.set(u"allocation_id"_s, eip);
        }
        c.nameTags(b, *r);
        const QString gateway = c.gatewayOf(c.doc.vpcOf(r->id));
        if (!gateway.isEmpty())
            b.set(u"depends_on"_s, H::list({gateway}));
    }
    for (const Resource *r : c.facts.ofType(T::RouteTable)) {
        if (c.outside(r->id))
            continue; // the default VPC's main table
        HclBody &b = c.resource(u"aws_route_table"_s, c.name(r->id));
        b.set(u"vpc_id"_s, c.ref(c.doc.vpcOf(r->id)));
        c.nameTags(b, *r);
        const QVariantList routes = r->rows(u"routes"_s);
        for (int i = 0; i < routes.size(); ++i) {
            const QVariantMap route = routes[i].toMap();
            const Resource *target = c.doc.find(route.value(u"target"_s).toString());
            if (!target)
                continue;
            HclBody &rb = c.resource(u"aws_route"_s, c.derived(c.name(r->id) + u"Route"_s + QString::number(i + 1)));
            rb.set(u"route_table_id"_s, c.ref(r->id));
            const QString destination = route.value(u"destination"_s, u"0.0.0.0/0"_s).toString();
            rb.set(looksIpv6(destination) ? u"destination_ipv6_cidr_block"_s : u"destination_cidr_block"_s, H::string(destination));
            if (target->type == T::EgressOnlyInternetGateway)
                rb.set(u"egress_only_gateway_id"_s, c.ref(target->id));
            else if (target->type == T::InternetGateway)
                rb.set(u"gateway_id"_s, c.ref(target->id));
            else if (target->type == T::NatGateway)
                rb.set(u"nat_gateway_id"_s, c.ref(target->id));
            else
                rb.set(u"network_interface_id"_s, c.ref(target->id, u"primary_network_interface_id"_s));
        }
    }
    for (const Resource *r : c.facts.ofType(T::NetworkAcl)) {
        if (r->boolean(u"isDefault"_s))
            continue; // the VPC's own
        HclBody &b = c.resource(u"aws_network_acl"_s, c.name(r->id));
        b.set(u"vpc_id"_s, c.ref(c.doc.vpcOf(r->id)));
        c.nameTags(b, *r);
        for (const bool egress : {false, true})
            for (const QVariant &v : r->rows(egress ? u"outbound"_s : u"inbound"_s)) {
                const QVariantMap rule = v.toMap();
                const QString protocol = rule.value(u"protocol"_s, u"all"_s).toString();
                const qint64 number = rule.value(u"rule"_s, 100).toLongLong();
                HclBody &e = c.resource(u"aws_network_acl_rule"_s,
                                        c.derived(c.name(r->id) + (egress ? u"Outbound"_s : u"Inbound"_s) + QString::number(number)));
                e.set(u"network_acl_id"_s, c.ref(r->id));
                e.set(u"rule_number"_s, H::number(number));
                e.set(u"egress"_s, H::boolean(egress));
                e.set(u"protocol"_s, H::string(rules::protocolNumber(protocol)));
                e.set(u"rule_action"_s, H::string(rule.value(u"action"_s, u"allow"_s).toString()));
                const QString cidr = rule.value(u"cidr"_s, u"0.0.0.0/0"_s).toString();
                e.set(looksIpv6(cidr) ? u"ipv6_cidr_block"_s : u"cidr_block"_s, H::string(cidr));
                if (protocol == u"tcp"_s || protocol == u"udp"_s) {
                    e.set(u"from_port"_s, H::number(rule.value(u"fromPort"_s, 0).toLongLong()));
                    e.set(u"to_port"_s, H::number(rule.value(u"toPort"_s, 65535).toLongLong()));
                } else if (protocol == u"icmp"_s) {
                    e.set(u"icmp_type"_s, u"-1"_s).set(u"icmp_code"_s, u"-1"_s);
                }
            }
    }
}

void writeSecurityGroups(TfContext &c)
{
    // Every rule is a resource of its own: groups that name each other never form a cycle,
    // and Terraform removes AWS's default egress rule, so the design's egress is written out.
    QJsonObject lookedUp; // prefix list id -> how the imported template looked it up
    if (const QByteArray kept = c.doc.passThrough(); !kept.isEmpty())
        lookedUp = QJsonDocument::fromJson(kept).object().value(u"PrefixLists"_s).toObject();
    QSet<QString> notedLists;
    for (const Resource *g : c.facts.ofType(T::SecurityGroup)) {
        const bool outside = c.outside(g->id);
        if (!outside) {
            HclBody &b = c.resource(u"aws_security_group"_s, c.name(g->id));
            b.set(u"description"_s, H::string(rules::groupDescription(g->string(u"description"_s))));
            b.set(u"vpc_id"_s, c.ref(c.doc.vpcOf(g->id)));
            c.nameTags(b, *g);
        }
        for (const bool egress : {false, true}) {
            // An outside group's rules are its own, but for those the design adds to it.
            if (outside && egress && !g->isSet(u"outbound"_s))
                continue;
            const QVariantList rules = g->rows(egress ? u"outbound"_s : u"inbound"_s);
            for (int i = 0; i < rules.size(); ++i) {
                const QVariantMap rule = rules[i].toMap();
                if (rules::isOwnDefaultRule(*g, rule))
                    continue;
                HclBody &rb = c.resource(egress ? u"aws_vpc_security_group_egress_rule"_s : u"aws_vpc_security_group_ingress_rule"_s,
                                         c.derived(c.name(g->id) + (egress ? u"Egress"_s : u"Ingress"_s) + QString::number(i + 1)));
                rb.set(u"security_group_id"_s, c.ref(g->id));
                const QString protocol = rule.value(u"protocol"_s, u"tcp"_s).toString();
                rb.set(u"ip_protocol"_s, H::string(protocol == u"all"_s ? u"-1"_s : protocol));
                if (protocol != u"all"_s) {
                    const auto [from, to] = rules::ruleRange(rule);
                    rb.set(u"from_port"_s, H::number(from)).set(u"to_port"_s, H::number(to));
                }
                const QString other = rule.value(u"group"_s).toString();
                if (c.doc.contains(other))
                    rb.set(u"referenced_security_group_id"_s, c.ref(other));
                else if (const QString list = rule.value(u"prefixList"_s).toString(); !list.isEmpty()) {
                    rb.set(u"prefix_list_id"_s, H::string(list));
                    // The template looked it up by region (!FindInMap): Terraform gets the id of
                    // the import's region only.
                    if (lookedUp.contains(list) && !notedLists.contains(list)) {
                        notedLists.insert(list);
                        c.notes.append(TfMsg::tr("%1: prefix list %2 was looked up in the imported template (by region, say); "
                                                 "written as that id, which holds in the import's region only").arg(g->id, list));
                    }
                }
                else if (const QString cidr = rule.value(u"cidr"_s, u"0.0.0.0/0"_s).toString(); looksIpv6(cidr))
                    rb.set(u"cidr_ipv6"_s, H::string(cidr));
                else
                    rb.set(u"cidr_ipv4"_s, H::string(cidr));
                const QString description = rule.value(u"description"_s).toString();
                if (!description.isEmpty())
                    rb.set(u"description"_s, H::string(rules::groupDescription(description)));
            }
        }
    }
}

namespace {

void writeAll(TfContext &c)
{
    // What an imported template had beyond the design stays CloudFormation's.
    if (const QByteArray kept = c.doc.passThrough(); !kept.isEmpty()) {
        const QJsonObject resources = QJsonDocument::fromJson(kept).object().value(u"Resources"_s).toObject();
        if (!resources.isEmpty())
            c.notes.append(TfMsg::tr("%n resource(s) kept from the imported CloudFormation template (%1) are not written: only the CloudFormation export carries them",
                                     nullptr, int(resources.size()))
                               .arg(QStringList(resources.keys()).join(u", "_s)));
    }
    writeNetwork(c);
    writeSecurityGroups(c);
    writeCompute(c);
    writeLoadBalancing(c);
    writeData(c);
}

} // namespace

QByteArray Terraform::write(const Document &doc, QStringList *notes)
{
    TfContext c(doc);
    writeAll(c);
    if (notes)
        *notes = c.notes;
    return c.render();
}

QList<std::pair<QString, QByteArray>> Terraform::writeModule(const Document &doc, QStringList *notes)
{
    TfContext c(doc);
    writeAll(c);
    if (notes)
        *notes = c.notes;
    return c.renderFiles();
}

} // namespace skydraft::exchange
