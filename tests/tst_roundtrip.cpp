// Import -> export CloudFormation -> import gives the same design: every built-in sample
// (native -> template -> native) and every CloudFormation fixture (template -> design ->
// template -> design). What a template cannot carry is listed in model/export/cloudformation.h
// and skipped here by name, so anything else that changes fails.

#include "model/catalogue.h"
#include "model/commands/editor.h"
#include "model/validator.h"
#include "model/export/exporter.h"
#include "model/import/designloader.h"
#include "model/nativefile.h"
#include "model/checker/reachability.h"
#include "model/checker/report.h"

#include "model/import/cfnparse.h"

#include "cfnspec.h"

#include <nlohmann/json.hpp>

#include <QJsonArray>
#include <QRegularExpression>
#include <QJsonDocument>
#include <QJsonObject>

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace skydraft;

namespace {

/// Properties a CloudFormation template does not carry (cloudformation.h says why).
/// The template at `path` as CloudFormation reads it, as JSON (long-form intrinsics, typed
/// scalars): what an import exported unchanged must give back. Null when it does not parse.
nlohmann::ordered_json templateAsWritten(const QString &path)
{
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly))
        return {};
    cfn::Report report;
    const std::optional<cfn::Node> root = cfn::parseTemplate(source.readAll(), report);
    return root ? nlohmann::ordered_json::parse(cfn::writtenJson(*root).toStdString()) : nlohmann::ordered_json();
}

/// The resources and parameters a template value names: Ref, GetAtt, ${...} of Sub, DependsOn.
void namesIn(const nlohmann::ordered_json &v, QStringList &out)
{
    if (v.is_array()) {
        for (const auto &item : v)
            namesIn(item, out);
        return;
    }
    if (!v.is_object())
        return;
    static const QRegularExpression variable(u"\\$\\{([^!}][^}]*)\\}"_s);
    for (const auto &[key, value] : v.items()) {
        if ((key == "Ref" || key == "DependsOn") && value.is_string()) {
            out.append(QString::fromStdString(value.get<std::string>()));
        } else if (key == "DependsOn" && value.is_array()) {
            for (const auto &d : value)
                out.append(QString::fromStdString(d.get<std::string>()));
        } else if (key == "Fn::GetAtt" && value.is_array() && !value.empty()) {
            out.append(QString::fromStdString(value[0].get<std::string>()));
        } else if (key == "Fn::Sub") {
            const auto &text = value.is_array() ? value[0] : value;
            const auto vars = value.is_array() && value.size() > 1 ? value[1] : nlohmann::ordered_json::object();
            for (auto it = variable.globalMatch(QString::fromStdString(text.get<std::string>())); it.hasNext();) {
                const QString name = it.next().captured(1).section(u'.', 0, 0);
                if (!vars.contains(name.toStdString()))
                    out.append(name);
            }
            if (value.is_array() && value.size() > 1)
                namesIn(value[1], out);
        } else {
            namesIn(value, out);
        }
    }
}

/// The design resources drawn from the template `t` (not placeholders for what it names), in
/// the design's order: what the sweeps below rename, edit and delete one by one.
QStringList drawnFromTemplate(const Document &doc, const nlohmann::ordered_json &t)
{
    QStringList ids;
    for (const Resource *r : doc.resources())
        if (!r->isExternal() && t["Resources"].contains(r->id.toStdString()))
            ids.append(r->id);
    return ids;
}

/// Where `b` first differs from `a` (both a template's JSON), and how: for a failure message.
QString firstDifference(const nlohmann::ordered_json &a, const nlohmann::ordered_json &b, const std::string &path)
{
    if (a.is_object() && b.is_object()) {
        for (const auto &[key, value] : a.items()) {
            if (!b.contains(key))
                return QString::fromStdString(path + "." + key + ": lost " + value.dump().substr(0, 300));
            if (b[key] != value)
                return firstDifference(value, b[key], path + "." + key);
        }
        for (const auto &[key, value] : b.items())
            if (!a.contains(key))
                return QString::fromStdString(path + "." + key + ": added " + value.dump().substr(0, 300));
        std::string order;
        for (const auto &[key, value] : b.items())
            order += key + " ";
        return QString::fromStdString(path + ": keys in another order: " + order.substr(0, 300));
    }
    if (a.is_array() && b.is_array() && a.size() == b.size())
        for (size_t i = 0; i < a.size(); ++i)
            if (a[i] != b[i])
                return firstDifference(a[i], b[i], path + "[" + std::to_string(i) + "]");
    return QString::fromStdString(path + ": " + a.dump().substr(0, 300) + " became " + b.dump().substr(0, 300));
}

/// `t` (a template's JSON) with the resource `from` renamed `to`, by hand: its key and every
/// Ref, GetAtt, Sub and DependsOn naming it.
nlohmann::ordered_json renamedTemplate(const nlohmann::ordered_json &t, const std::string &from, const std::string &to)
{
    const QString subFrom = QString::fromStdString(from);
    const QString subTo = QString::fromStdString(to);
    std::function<void(nlohmann::ordered_json &)> rename = [&](nlohmann::ordered_json &v) {
        if (v.is_array()) {
            for (auto &item : v)
                rename(item);
        } else if (v.is_object()) {
            for (auto it = v.begin(); it != v.end(); ++it) {
                if ((it.key() == "Ref" || it.key() == "DependsOn") && it.value() == from)
                    it.value() = to;
                else if (it.key() == "DependsOn" && it.value().is_array())
                    for (auto &d : it.value())
                        d = d == from ? to : d.get<std::string>();
                else if (it.key() == "Fn::GetAtt" && it.value().is_array() && it.value()[0] == from)
                    it.value()[0] = to;
                else if (it.key() == "Fn::Sub" && it.value().is_string())
                    it.value() = QString::fromStdString(it.value().get<std::string>())
                                     .replace(u"${"_s + subFrom + u'.', u"${"_s + subTo + u'.')
                                     .replace(u"${"_s + subFrom + u'}', u"${"_s + subTo + u'}')
                                     .toStdString();
                else
                    rename(it.value());
            }
        }
    };
    nlohmann::ordered_json out = t;
    rename(out);
    nlohmann::ordered_json resources = nlohmann::ordered_json::object();
    for (auto &[id, r] : out["Resources"].items())
        resources[id == from ? to : id] = r;
    out["Resources"] = resources;
    return out;
}

bool lossy(ResourceType type, const QString &key)
{
    static const QSet<QString> anywhere = {u"external"_s};
    if (anywhere.contains(key))
        return true;
    switch (type) {
    case ResourceType::RouteTable:
        return key == u"main"_s;
    case ResourceType::NetworkAcl:
        return key == u"isDefault"_s;
    case ResourceType::LoadBalancer:
        return key == u"listeners"_s; // listener names are not a CloudFormation property
    case ResourceType::AutoScalingGroup:
        return key == u"scalingPolicies"_s; // policy names likewise
    default:
        return false;
    }
}

/// Resources a template has no resource for.
bool carried(const Resource &r)
{
    return r.type != ResourceType::Internet && r.type != ResourceType::AvailabilityZone
        && !r.boolean(u"external"_s);
}

QString zoneName(const Document &doc, const QString &id)
{
    return doc.zoneOf(id); // the zone's name ("us-east-1a")
}

/// Spelled differently, meaning the same: a subnet without a table uses the main table, which
/// the template names; a read replica without subnets lives in its source's.
bool sameMeaning(const Document &a, const Resource &r, const QString &key, const QVariant &before, const QVariant &after)
{
    if (r.type == ResourceType::Subnet && key == u"routeTable"_s && before.toString().isEmpty()) {
        const Resource *table = a.find(after.toString());
        return table && table->boolean(u"main"_s) && a.vpcOf(table->id) == a.vpcOf(r.id);
    }
    if (r.type == ResourceType::RdsInstance && key == u"subnets"_s && before.toStringList().isEmpty()) {
        const Resource *source = a.find(r.string(u"sourceDb"_s));
        return source && source->references(u"subnets"_s) == after.toStringList();
    }
    return false;
}

/// One line per difference between the designs, empty when they are the same.
QStringList differences(const Document &a, const Document &b)
{
    QStringList out;
    for (const Resource *r : a.resources()) {
        if (!carried(*r))
            continue;
        const Resource *s = b.find(r->id);
        if (!s) {
            out.append(u"%1: missing after the round trip"_s.arg(r->id));
            continue;
        }
        if (s->type != r->type) {
            out.append(u"%1: type %2 became %3"_s.arg(r->id, typeKey(r->type), typeKey(s->type)));
            continue;
        }
        if (r->type == ResourceType::Subnet || r->type == ResourceType::Ec2Instance || r->type == ResourceType::NatGateway) {
            if (zoneName(a, r->id) != zoneName(b, s->id))
                out.append(u"%1: zone %2 became %3"_s.arg(r->id, zoneName(a, r->id), zoneName(b, s->id)));
        } else if (r->parent != s->parent && !(a.find(r->parent) && a.find(r->parent)->type == ResourceType::AvailabilityZone)) {
            out.append(u"%1: parent %2 became %3"_s.arg(r->id, r->parent, s->parent));
        }
        for (const PropertySpec &p : Catalogue::spec(r->type).properties) {
            if (lossy(r->type, p.key) || !p.appliesTo(*r))
                continue;
            const QVariant before = Catalogue::normalized(p, r->value(p.key));
            const QVariant after = Catalogue::normalized(p, s->value(p.key));
            if (before != after && !sameMeaning(a, *r, p.key, before, after))
                out.append(u"%1.%2: %3 became %4"_s.arg(r->id, p.key, before.toString().isEmpty() ? u"(empty or list)"_s : before.toString(),
                                                          after.toString().isEmpty() ? u"(empty or list)"_s : after.toString()));
        }
    }
    return out;
}

std::unique_ptr<Document> roundTrip(const Document &doc, exchange::ExportFormat format, const QString &dir, const QString &name)
{
    const exchange::ExportResult exported = exchange::Exporter::run(doc, format);
    const QString path = dir + u'/' + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return nullptr;
    f.write(exported.data);
    f.close();
    LoadResult back = DesignLoader::load(path);
    for (const Diagnostic &d : std::as_const(back.errors))
        qWarning().noquote() << d.format();
    return back.ok() ? std::move(back.document) : nullptr;
}

} // namespace

class TestRoundTrip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void samples_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &name : QDir(u":/samples"_s).entryList({u"*.skydraft"_s}))
            QTest::newRow(qPrintable(name)) << u":/samples/"_s + name;
    }

    void samples()
    {
        QFETCH(QString, path);
        QTemporaryDir dir;
        const LoadResult original = DesignLoader::load(path);
        QVERIFY(original.ok());
        for (const auto format : {exchange::ExportFormat::CloudFormationJson, exchange::ExportFormat::CloudFormationYaml}) {
            const auto back = roundTrip(*original.document, format, dir.path(),
                                        format == exchange::ExportFormat::CloudFormationJson ? u"t.json"_s : u"t.yaml"_s);
            QVERIFY(back);
            const QStringList diff = differences(*original.document, *back);
            QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
        }
    }

    // Issue 13: a step scaling policy's steps go out as StepAdjustments (CloudFormation) and
    // step_adjustment blocks (Terraform), and come back from the template as they were.
    void stepScalingStepsRoundTrip()
    {
        LoadResult original = DesignLoader::load(u":/samples/three-tier.skydraft"_s);
        QVERIFY(original.ok());
        Document &doc = *original.document;
        const QVariantList steps{QVariantMap{{u"lowerBound"_s, qint64(0)}, {u"upperBound"_s, qint64(20)}, {u"scalingAdjustment"_s, qint64(1)}},
                                 QVariantMap{{u"lowerBound"_s, qint64(20)}, {u"upperBound"_s, qint64(40)}, {u"scalingAdjustment"_s, qint64(2)}},
                                 QVariantMap{{u"lowerBound"_s, qint64(40)}, {u"scalingAdjustment"_s, qint64(4)}}};
        QVERIFY(doc.setProperty(u"WebServerGroup"_s, u"scalingPolicies"_s,
                                QVariantList{QVariantMap{{u"name"_s, u"Out"_s}, {u"policyType"_s, u"StepScaling"_s}, {u"threshold"_s, qint64(50)},
                                                         {u"evaluationPeriods"_s, qint64(1)}, {u"datapointsToAlarm"_s, qint64(1)},
                                                         {u"steps"_s, steps}}}));
        QTemporaryDir dir;
        for (const auto format : {exchange::ExportFormat::CloudFormationJson, exchange::ExportFormat::CloudFormationYaml}) {
            const QByteArray text = exchange::Exporter::run(doc, format).data;
            QCOMPARE(text.count("MetricIntervalLowerBound"), 3);
            QCOMPARE(text.count("MetricIntervalUpperBound"), 2);
            const auto back = roundTrip(doc, format, dir.path(), format == exchange::ExportFormat::CloudFormationJson ? u"t.json"_s : u"t.yaml"_s);
            QVERIFY(back);
            const QVariantList policies = back->find(u"WebServerGroup"_s)->rows(u"scalingPolicies"_s);
            QCOMPARE(policies.size(), 1);
            const QVariantMap policy = policies.first().toMap();
            QCOMPARE(policy.value(u"policyType"_s).toString(), u"StepScaling"_s);
            QCOMPARE(policy.value(u"threshold"_s).toLongLong(), 50);
            const PropertySpec *table = Catalogue::property(ResourceType::AutoScalingGroup, u"scalingPolicies"_s);
            QCOMPARE(Catalogue::normalized(*table->column(u"steps"_s), policy.value(u"steps"_s)),
                     Catalogue::normalized(*table->column(u"steps"_s), steps));
        }
        const QByteArray hcl = exchange::Exporter::run(doc, exchange::ExportFormat::Terraform).data;
        QCOMPARE(hcl.count("step_adjustment {"), 3);
        QCOMPARE(hcl.count("metric_interval_lower_bound"), 3);
        QCOMPARE(hcl.count("metric_interval_upper_bound"), 2);
    }

    // A target group's own cross-zone setting (load_balancing.cross_zone.enabled) goes out as a
    // target group attribute (Terraform: load_balancing_cross_zone_enabled) and comes back.
    void targetGroupCrossZoneRoundTrip()
    {
        LoadResult original = DesignLoader::load(u":/samples/three-tier.skydraft"_s);
        QVERIFY(original.ok());
        Document &doc = *original.document;
        QVERIFY(!exchange::Exporter::run(doc, exchange::ExportFormat::CloudFormationYaml).data.contains("cross_zone"));
        QVERIFY(doc.setProperty(u"WebTargetGroup"_s, u"crossZone"_s, u"false"_s));
        QTemporaryDir dir;
        for (const auto format : {exchange::ExportFormat::CloudFormationJson, exchange::ExportFormat::CloudFormationYaml}) {
            QVERIFY(exchange::Exporter::run(doc, format).data.contains("load_balancing.cross_zone.enabled"));
            const auto back = roundTrip(doc, format, dir.path(), format == exchange::ExportFormat::CloudFormationJson ? u"t.json"_s : u"t.yaml"_s);
            QVERIFY(back);
            QCOMPARE(back->find(u"WebTargetGroup"_s)->string(u"crossZone"_s), u"false"_s);
        }
        QVERIFY(exchange::Exporter::run(doc, exchange::ExportFormat::Terraform).data.contains("load_balancing_cross_zone_enabled = \"false\""));
    }

    void fixtures_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(SKYDRAFT_FIXTURES_DIR) + u"/cloudformation"_s);
        const QStringList names = dir.entryList({u"*.yaml"_s, u"*.json"_s}, QDir::Files, QDir::Name);
        QVERIFY(names.size() >= 17);
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    void fixtures()
    {
        QFETCH(QString, path);
        QTemporaryDir dir;
        const LoadResult imported = DesignLoader::load(path);
        QVERIFY2(imported.ok(), qPrintable(path));
        const auto back = roundTrip(*imported.document, exchange::ExportFormat::CloudFormationYaml, dir.path(), u"t.yaml"_s);
        QVERIFY(back);
        const QStringList diff = differences(*imported.document, *back);
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
    }

    // Issue 14, IPv6: widdix vpc-2azs draws its egress-only internet gateway, ::/0 routes and
    // IPv6 ACL entries (no "not drawn" note for them), gives back the subnets' IPv6 blocks and
    // their order after the VPCCidrBlock, and answers reach the same after export -> import.
    void vpc2azsIpv6()
    {
        const LoadResult imported = DesignLoader::load(QStringLiteral(SKYDRAFT_FIXTURES_DIR) + u"/cloudformation/vpc-2azs.yaml"_s);
        QVERIFY(imported.ok());
        for (const Diagnostic &n : imported.notes)
            QVERIFY2(!n.message.contains(u"IPv6"_s) && !n.message.contains(u"EgressOnly"_s), qPrintable(n.format()));
        Document &doc = *imported.document;
        QVERIFY(doc.find(u"EgressOnlyInternetGateway"_s));
        QCOMPARE(doc.find(u"EgressOnlyInternetGateway"_s)->type, ResourceType::EgressOnlyInternetGateway);
        QVERIFY(doc.find(u"RouteTablePrivate"_s)->rows(u"routes"_s).contains(
            QVariantMap{{u"destination"_s, u"::/0"_s}, {u"target"_s, u"EgressOnlyInternetGateway"_s}}));
        QVERIFY(doc.find(u"RouteTablePublic"_s)->rows(u"routes"_s).contains(
            QVariantMap{{u"destination"_s, u"::/0"_s}, {u"target"_s, u"InternetGateway"_s}}));
        bool ipv6Entry = false;
        for (const QVariant &row : doc.find(u"NetworkAclPublic"_s)->rows(u"inbound"_s))
            ipv6Entry |= row.toMap().value(u"cidr"_s) == u"::/0"_s;
        QVERIFY(ipv6Entry);

        // Two instances to ask about: a web server in the public subnet without a public IPv4
        // address, a worker in the private one; both groups speak IPv6 only.
        Resource sg;
        sg.id = u"WebSg"_s;
        sg.type = ResourceType::SecurityGroup;
        sg.parent = u"VPC"_s;
        sg.properties.insert(u"inbound"_s, QVariantList{QVariantMap{{u"protocol"_s, u"tcp"_s}, {u"fromPort"_s, 443}, {u"toPort"_s, 443}, {u"cidr"_s, u"::/0"_s}}});
        sg.properties.insert(u"outbound"_s, QVariantList{QVariantMap{{u"protocol"_s, u"tcp"_s}, {u"fromPort"_s, 443}, {u"toPort"_s, 443}, {u"cidr"_s, u"::/0"_s}}});
        QVERIFY(doc.insert(sg));
        for (const auto &[id, subnet] : {std::pair{u"Web"_s, u"SubnetAPublic"_s}, std::pair{u"Worker"_s, u"SubnetAPrivate"_s}}) {
            Resource i;
            i.id = id;
            i.type = ResourceType::Ec2Instance;
            i.parent = subnet;
            i.properties.insert(u"securityGroups"_s, QStringList{u"WebSg"_s});
            i.properties.insert(u"associatePublicIp"_s, u"no"_s);
            QVERIFY(doc.insert(i));
        }
        const QList<std::pair<QString, QString>> questions = {{u"internet"_s, u"Web"_s}, {u"Web"_s, u"internet"_s},
                                                              {u"internet"_s, u"Worker"_s}, {u"Worker"_s, u"internet"_s}};
        auto answers = [&](const Document &d) {
            QStringList out;
            const net::Reachability reach(d);
            for (const auto &[from, to] : questions)
                out.append(QString::fromUtf8(report::reachText(reach.reach(from, to, {net::Protocol::Tcp, 443}))));
            return out;
        };
        const QStringList before = answers(doc);
        QVERIFY2(before[0].contains(u"reachable"_s) && !before[0].contains(u"NOT"_s), qPrintable(before[0]));
        QVERIFY2(before[0].contains(u"over IPv6"_s), qPrintable(before[0]));
        QVERIFY2(!before[1].contains(u"NOT"_s), qPrintable(before[1]));
        QVERIFY2(before[2].contains(u"NOT"_s) && before[2].contains(u"over IPv6"_s) && before[2].contains(u"egress-only"_s), qPrintable(before[2]));
        QVERIFY2(!before[3].contains(u"NOT"_s) && before[3].contains(u"EgressOnlyInternetGateway"_s), qPrintable(before[3]));
        // Why the web server has an IPv6 address: its subnet's /64 of the VPC's block.
        QVERIFY2(before[0].contains(u"SubnetAPublic has an IPv6 block from the VPC's Amazon-provided /56"_s), qPrintable(before[0]));
        QVERIFY2(!before[0].contains(u"taken to have an IPv6 address"_s), qPrintable(before[0]));
        {
            // A subnet without a /64 of the VPC's block has no IPv6 address to reach out with.
            Document withoutBlock;
            withoutBlock.copyFrom(doc);
            QVERIFY(withoutBlock.unsetProperty(u"SubnetAPrivate"_s, u"ipv6Block"_s));
            const QStringList after = answers(withoutBlock);
            QVERIFY2(after[3].contains(u"NOT"_s) && after[3].contains(u"SubnetAPrivate has no IPv6 block (VPC VPC has one)"_s), qPrintable(after[3]));
        }

        const exchange::ExportResult exported = exchange::Exporter::run(doc, exchange::ExportFormat::CloudFormationJson);
        const QJsonObject resources = QJsonDocument::fromJson(exported.data).object().value(u"Resources"_s).toObject();
        const QJsonObject subnet = resources.value(u"SubnetAPublic"_s).toObject();
        QVERIFY2(subnet.value(u"Properties"_s).toObject().contains(u"Ipv6CidrBlock"_s), exported.data.constData());
        QCOMPARE(subnet.value(u"DependsOn"_s).toString(), u"VPCCidrBlock"_s);
        QCOMPARE(resources.value(u"EgressOnlyInternetGateway"_s).toObject().value(u"Type"_s).toString(),
                 u"AWS::EC2::EgressOnlyInternetGateway"_s);
        QCOMPARE(resources.value(u"VPCCidrBlock"_s).toObject().value(u"Type"_s).toString(), u"AWS::EC2::VPCCidrBlock"_s);
        QTemporaryDir dir;
        const auto back = roundTrip(doc, exchange::ExportFormat::CloudFormationYaml, dir.path(), u"t.yaml"_s);
        QVERIFY(back);
        QCOMPARE(differences(doc, *back), QStringList());
        QCOMPARE(answers(*back), before);
        const QByteArray tf = exchange::Exporter::run(doc, exchange::ExportFormat::Terraform).data;
        for (const char *needle : {"aws_egress_only_internet_gateway", "destination_ipv6_cidr_block", "egress_only_gateway_id",
                                   "ipv6_cidr_block", "cidr_ipv6"})
            QVERIFY2(tf.contains(needle), needle);
    }

    // Issue 14: the VPC's IPv6 block (VPCCidrBlock) is a property of the VPC, the subnets'
    // /64s cut from it are theirs; the design validates, saves, and exports both ways with the
    // VPCCidrBlock's logical id and the subnets' Ipv6CidrBlock as the template wrote them.
    void vpcIpv6Block()
    {
        const QString path = QStringLiteral(SKYDRAFT_FIXTURES_DIR) + u"/cloudformation/vpc-2azs.yaml"_s;
        const LoadResult imported = DesignLoader::load(path);
        QVERIFY(imported.ok());
        Document &doc = *imported.document;
        const Resource *vpc = doc.find(u"VPC"_s);
        QVERIFY(vpc);
        QCOMPARE(vpc->string(u"ipv6Block"_s), u"amazon-provided"_s);
        QCOMPARE(vpc->string(u"ipv6BlockId"_s), u"VPCCidrBlock"_s);
        QCOMPARE(doc.find(u"SubnetAPublic"_s)->string(u"ipv6Block"_s), u"vpc:0"_s);
        QCOMPARE(doc.find(u"SubnetBPrivate"_s)->string(u"ipv6Block"_s), u"vpc:3"_s);
        for (const Diagnostic &n : imported.notes)
            QVERIFY2(!n.message.contains(u"VPCCidrBlock"_s), qPrintable(n.format()));
        for (const Diagnostic &d : Validator::validate(doc))
            QVERIFY2(d.severity != Severity::Error, qPrintable(d.format()));
        QVERIFY(!QJsonDocument::fromJson(doc.passThrough()).object().value(u"Resources"_s).toObject().contains(u"VPCCidrBlock"_s));

        // Saved and opened again.
        QTemporaryDir dir;
        const QString saved = dir.filePath(u"design.skydraft"_s);
        QFile native(saved);
        QVERIFY(native.open(QIODevice::WriteOnly));
        native.write(NativeFile::serialize(doc));
        native.close();
        const LoadResult reopened = NativeFile::load(saved);
        QVERIFY2(reopened.ok(), qPrintable(reopened.errors.value(0).format()));
        QCOMPARE(reopened.document->find(u"VPC"_s)->string(u"ipv6Block"_s), u"amazon-provided"_s);
        QCOMPARE(reopened.document->find(u"SubnetAPrivate"_s)->string(u"ipv6Block"_s), u"vpc:1"_s);

        // CloudFormation: the same VPCCidrBlock and the same Ipv6CidrBlock expressions.
        QString error;
        QFile source(path);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QJsonObject original = QJsonDocument::fromJson(test::yamlToJson(source.readAll(), &error)).object().value(u"Resources"_s).toObject();
        QVERIFY2(!original.isEmpty(), qPrintable(error));
        const QByteArray cfn = exchange::Exporter::run(doc, exchange::ExportFormat::CloudFormationJson).data;
        const QJsonObject resources = QJsonDocument::fromJson(cfn).object().value(u"Resources"_s).toObject();
        QVERIFY(original.contains(u"VPCCidrBlock"_s));
        QCOMPARE(QJsonDocument(resources.value(u"VPCCidrBlock"_s).toObject()).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"Properties":{"AmazonProvidedIpv6CidrBlock":true,"VpcId":{"Ref":"VPC"}},"Type":"AWS::EC2::VPCCidrBlock"})"));
        int n = 0;
        for (const QString &subnet : {u"SubnetAPublic"_s, u"SubnetAPrivate"_s, u"SubnetBPublic"_s, u"SubnetBPrivate"_s}) {
            const QJsonObject after = resources.value(subnet).toObject();
            // Unchanged since the import: as the template wrote it (its numbers as text, which
            // CloudFormation takes alike).
            QCOMPARE(QJsonDocument(after.value(u"Properties"_s).toObject().value(u"Ipv6CidrBlock"_s).toObject())
                         .toJson(QJsonDocument::Compact)
                         .replace("\"", ""),
                     "{Fn::Select:[" + QByteArray::number(n++) + ",{Fn::Cidr:[{Fn::Select:[0,{Fn::GetAtt:[VPC,Ipv6CidrBlocks]}]},4,64]}]}");
            QCOMPARE(after.value(u"DependsOn"_s).toString(), u"VPCCidrBlock"_s);
        }

        // Terraform: the generated /56 and each subnet's /64 of it.
        const QByteArray tf = exchange::Exporter::run(doc, exchange::ExportFormat::Terraform).data;
        QVERIFY2(tf.contains("assign_generated_ipv6_cidr_block = true"), tf.constData());
        QVERIFY2(tf.contains("ipv6_cidr_block                 = cidrsubnet(aws_vpc.VPC.ipv6_cidr_block, 8, 3)")
                     || tf.contains("cidrsubnet(aws_vpc.VPC.ipv6_cidr_block, 8, 3)"), tf.constData());

        // A VPC given an explicit /56 in the design exports it as the block, and its subnets'
        // literal /64s as they are.
        Document own;
        own.copyFrom(doc);
        QVERIFY(own.setProperty(u"VPC"_s, u"ipv6Block"_s, u"2600:1f18:aaaa:bb00::/56"_s));
        QVERIFY(own.setProperty(u"SubnetAPublic"_s, u"ipv6Block"_s, u"2600:1f18:aaaa:bb10::/64"_s));
        const QJsonObject ownResources = QJsonDocument::fromJson(exchange::Exporter::run(own, exchange::ExportFormat::CloudFormationJson).data)
                                             .object().value(u"Resources"_s).toObject();
        QCOMPARE(ownResources.value(u"VPCCidrBlock"_s).toObject().value(u"Properties"_s).toObject().value(u"Ipv6CidrBlock"_s).toString(),
                 u"2600:1f18:aaaa:bb00::/56"_s);
        QCOMPARE(ownResources.value(u"SubnetAPublic"_s).toObject().value(u"Properties"_s).toObject().value(u"Ipv6CidrBlock"_s).toString(),
                 u"2600:1f18:aaaa:bb10::/64"_s);
        const QByteArray ownTf = exchange::Exporter::run(own, exchange::ExportFormat::Terraform).data;
        QVERIFY2(ownTf.contains("\"2600:1f18:aaaa:bb10::/64\""), ownTf.constData());
    }

    // Issue 14: a subnet's IPv6 block and AssignIpv6AddressOnCreation are the subnet's own:
    // they survive a rename, and both exports carry them.
    void subnetIpv6SurvivesRename()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ipv6.yaml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"(Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  VpcIpv6:
    Type: AWS::EC2::VPCCidrBlock
    Properties:
      VpcId: !Ref Vpc
      AmazonProvidedIpv6CidrBlock: true
  Web:
    Type: AWS::EC2::Subnet
    DependsOn: VpcIpv6
    Properties:
      VpcId: !Ref Vpc
      AvailabilityZone: us-east-1a
      CidrBlock: 10.0.1.0/24
      Ipv6CidrBlock: !Select [2, !Cidr [!Select [0, !GetAtt Vpc.Ipv6CidrBlocks], 3, 64]]
      AssignIpv6AddressOnCreation: true
)");
        file.close();
        const LoadResult imported = DesignLoader::load(path);
        QVERIFY2(imported.ok(), qPrintable(imported.errors.value(0).format()));
        Document &doc = *imported.document;
        Editor editor(&doc);
        QVERIFY(editor.renameId(u"Web"_s, u"Frontend"_s));
        const Resource *subnet = doc.find(u"Frontend"_s);
        QVERIFY(subnet);
        QCOMPARE(subnet->string(u"ipv6Block"_s), u"vpc:2"_s);
        QVERIFY(subnet->boolean(u"assignIpv6OnCreation"_s));

        const QJsonObject resources = QJsonDocument::fromJson(exchange::Exporter::run(doc, exchange::ExportFormat::CloudFormationJson).data)
                                          .object().value(u"Resources"_s).toObject();
        QVERIFY(!resources.contains(u"Web"_s));
        const QJsonObject frontend = resources.value(u"Frontend"_s).toObject();
        const QJsonObject props = frontend.value(u"Properties"_s).toObject();
        QCOMPARE(props.value(u"AssignIpv6AddressOnCreation"_s).toBool(), true);
        QCOMPARE(QJsonDocument(props.value(u"Ipv6CidrBlock"_s).toObject()).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"Fn::Select":[2,{"Fn::Cidr":[{"Fn::Select":[0,{"Fn::GetAtt":["Vpc","Ipv6CidrBlocks"]}]},3,64]}]})"));
        QCOMPARE(frontend.value(u"DependsOn"_s).toString(), u"VpcIpv6"_s);
        QCOMPARE(resources.value(u"VpcIpv6"_s).toObject().value(u"Type"_s).toString(), u"AWS::EC2::VPCCidrBlock"_s);

        const QByteArray tf = exchange::Exporter::run(doc, exchange::ExportFormat::Terraform).data;
        QVERIFY2(tf.contains("cidrsubnet(aws_vpc.Vpc.ipv6_cidr_block, 8, 2)"), tf.constData());
        QVERIFY2(tf.contains("assign_ipv6_address_on_creation = true"), tf.constData());

        // An expression SkyDraft does not model stays the template's, and Terraform says so.
        QByteArray odd = R"(Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  VpcIpv6:
    Type: AWS::EC2::VPCCidrBlock
    Properties:
      VpcId: !Ref Vpc
      AmazonProvidedIpv6CidrBlock: true
  Web:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      AvailabilityZone: us-east-1a
      CidrBlock: 10.0.1.0/24
      Ipv6CidrBlock: !ImportValue SharedIpv6Block
)";
        const QString oddPath = dir.filePath(u"odd.yaml"_s);
        QFile oddFile(oddPath);
        QVERIFY(oddFile.open(QIODevice::WriteOnly));
        oddFile.write(odd);
        oddFile.close();
        const LoadResult oddImport = DesignLoader::load(oddPath);
        QVERIFY(oddImport.ok());
        const exchange::ExportResult oddTf = exchange::Exporter::run(*oddImport.document, exchange::ExportFormat::Terraform);
        QVERIFY2(oddTf.notes.join(u'\n').contains(u"Web: its IPv6 block is a CloudFormation expression"_s), qPrintable(oddTf.notes.join(u'\n')));
        const QJsonObject oddCfn = QJsonDocument::fromJson(exchange::Exporter::run(*oddImport.document, exchange::ExportFormat::CloudFormationJson).data)
                                       .object().value(u"Resources"_s).toObject();
        QVERIFY(oddCfn.value(u"Web"_s).toObject().value(u"Properties"_s).toObject().contains(u"Ipv6CidrBlock"_s));
    }

    // Issue 14: a rule's prefix list the template looked up by region (!FindInMap) is written
    // back as that lookup while the rule names the same list; a list typed in is a literal.
    void prefixListLookupKept()
    {
        const LoadResult imported = DesignLoader::load(QStringLiteral(SKYDRAFT_FIXTURES_DIR) + u"/cloudformation/wordpress-ha.yaml"_s);
        QVERIFY(imported.ok());
        const QJsonObject resources = QJsonDocument::fromJson(exchange::Exporter::run(*imported.document, exchange::ExportFormat::CloudFormationJson).data)
                                          .object().value(u"Resources"_s).toObject();
        // The rule is the template's stand-alone, conditional LoadBalancerSecurityGroupInCloudFront.
        const QByteArray lbGroup = QJsonDocument(resources.value(u"LoadBalancerSecurityGroupInCloudFront"_s).toObject()).toJson(QJsonDocument::Compact);
        QVERIFY2(lbGroup.contains(R"("Condition":"HasCloudFrontPrefixList")"), lbGroup.constData());
        QVERIFY2(lbGroup.contains(R"("SourcePrefixListId":{"Fn::FindInMap":["RegionMap",{"Ref":"AWS::Region"},"PrefixListCloudFront"]})"),
                 lbGroup.constData());
        QVERIFY2(!lbGroup.contains("\"pl-"), lbGroup.constData());

        // Terraform has no lookup of the template's: the id, and a note that says so.
        const exchange::ExportResult tf = exchange::Exporter::run(*imported.document, exchange::ExportFormat::Terraform);
        QVERIFY(tf.data.contains("prefix_list_id"));
        QVERIFY2(tf.notes.join(u'\n').contains(u"was looked up in the imported template"_s), qPrintable(tf.notes.join(u'\n')));

        // Edited to another list: that list, as typed.
        Document edited;
        edited.copyFrom(*imported.document);
        QString group;
        QVariantList rows;
        for (const Resource *g : edited.resourcesOfType(ResourceType::SecurityGroup)) {
            rows = g->rows(u"inbound"_s);
            for (QVariant &row : rows)
                if (QVariantMap m = row.toMap(); m.value(u"prefixList"_s).toString().startsWith(u"pl-"_s)) {
                    m.insert(u"prefixList"_s, u"pl-0123456789abcdef0"_s);
                    row = m;
                    group = g->id;
                }
            if (!group.isEmpty())
                break;
        }
        QVERIFY(!group.isEmpty());
        QVERIFY(edited.setProperty(group, u"inbound"_s, rows));
        const QByteArray after = exchange::Exporter::run(edited, exchange::ExportFormat::CloudFormationJson).data;
        QVERIFY2(after.contains("\"pl-0123456789abcdef0\""), after.constData());
    }

    // wordpress-ha: the CloudFront prefix list of a rule is imported as the rule's peer and
    // exported again.
    void prefixListRule()
    {
        const LoadResult imported = DesignLoader::load(QStringLiteral(SKYDRAFT_FIXTURES_DIR) + u"/cloudformation/wordpress-ha.yaml"_s);
        QVERIFY(imported.ok());
        bool found = false;
        for (const Resource *g : imported.document->resourcesOfType(ResourceType::SecurityGroup))
            for (const QVariant &row : g->rows(u"inbound"_s))
                found |= row.toMap().value(u"prefixList"_s).toString().startsWith(u"pl-"_s);
        QVERIFY(found);
        for (const Diagnostic &n : imported.notes)
            QVERIFY2(!n.message.contains(u"prefix list"_s), qPrintable(n.format()));
        QVERIFY(exchange::Exporter::run(*imported.document, exchange::ExportFormat::CloudFormationYaml).data.contains("SourcePrefixListId"));
        QVERIFY(exchange::Exporter::run(*imported.document, exchange::ExportFormat::Terraform).data.contains("prefix_list_id"));
    }

    void changeOneThingChangesOneThing()
    {
        // Import, change one thing, export: the resources not changed are as the template wrote
        // them (the launch template's UserData keeps ${AWS::StackName}, not the "stack" it read
        // offline; its cfn-init Metadata stays); the changed one gets the change and keeps its
        // CreationPolicy, UpdatePolicy and Metadata.
        LoadResult imported = DesignLoader::load(QStringLiteral(SKYDRAFT_FIXTURES_DIR) + u"/cloudformation/AutoScalingMultiAZWithNotifications.yaml"_s);
        QVERIFY(imported.ok());
        Document &doc = *imported.document;
        QVERIFY(doc.setProperty(u"WebServerGroup"_s, u"maxSize"_s, 5));
        const exchange::ExportResult out = exchange::Exporter::run(doc, exchange::ExportFormat::CloudFormationJson);
        const QJsonObject resources = QJsonDocument::fromJson(out.data).object().value(u"Resources"_s).toObject();
        const QJsonObject group = resources.value(u"WebServerGroup"_s).toObject();
        QCOMPARE(group[u"Properties"_s][u"MaxSize"_s].toVariant().toString(), u"5"_s);
        for (const QString &attribute : {u"CreationPolicy"_s, u"UpdatePolicy"_s, u"Metadata"_s})
            QVERIFY2(group.value(attribute).isObject(), qPrintable(attribute));
        // Its scaling policies keep their logical ids (the alarms that drive them get new ones).
        QVERIFY(resources.contains(u"WebServerScaleUpPolicy"_s) && resources.contains(u"WebServerScaleDownPolicy"_s));
        // What the design does not model for a group is carried over as written.
        QCOMPARE(group[u"Properties"_s][u"NotificationConfigurations"_s][0][u"TopicARN"_s].toObject(),
                 QJsonObject({{u"Ref"_s, u"NotificationTopic"_s}}));
        const QJsonObject templ = resources.value(u"LaunchTemplate"_s).toObject();
        QVERIFY(templ[u"Metadata"_s][u"AWS::CloudFormation::Init"_s].isObject());
        const QByteArray userData = QJsonDocument(templ[u"Properties"_s][u"LaunchTemplateData"_s][u"UserData"_s].toObject()).toJson();
        QVERIFY2(userData.contains("${AWS::StackName}") && !userData.contains("--stack stack"), userData.constData());
        QCOMPARE(templ[u"Properties"_s][u"LaunchTemplateData"_s][u"KeyName"_s].toObject(), QJsonObject({{u"Ref"_s, u"KeyName"_s}}));
        QCOMPARE(templ[u"Properties"_s][u"LaunchTemplateData"_s][u"InstanceType"_s].toObject(), QJsonObject({{u"Ref"_s, u"InstanceType"_s}}));
        // The launch template changed too (its instance type): that property is the design's,
        // the rest of its data (UserData, KeyName, block devices) stays as written.
        QVERIFY(doc.setProperty(u"LaunchTemplate"_s, u"instanceType"_s, u"m5.large"_s));
        const QJsonObject again = QJsonDocument::fromJson(exchange::Exporter::run(doc, exchange::ExportFormat::CloudFormationJson).data)
                                      .object()
                                      .value(u"Resources"_s)
                                      .toObject();
        const QJsonObject data = again[u"LaunchTemplate"_s][u"Properties"_s][u"LaunchTemplateData"_s].toObject();
        QCOMPARE(data.value(u"InstanceType"_s).toString(), u"m5.large"_s);
        QCOMPARE(data.value(u"KeyName"_s).toObject(), QJsonObject({{u"Ref"_s, u"KeyName"_s}}));
        QVERIFY(data.value(u"BlockDeviceMappings"_s).isArray());
        const QByteArray changedUserData = QJsonDocument(data.value(u"UserData"_s).toObject()).toJson();
        QVERIFY2(changedUserData.contains("${AWS::StackName}"), changedUserData.constData());
        QVERIFY(again[u"LaunchTemplate"_s][u"Metadata"_s].isObject());
        static const test::CfnSpec spec(QStringLiteral(SKYDRAFT_SOURCE_DIR) + u"/tests/data/cfnspec/specification-trimmed.json"_s);
        QStringList problems = spec.check(out.data);
        // The trimmed specification holds the drawn types only: the SNS topic is kept as written.
        problems.removeIf([](const QString &p) { return p.contains(u"unknown resource type"_s); });
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void listenerEditsKeepWhatTheyCan()
    {
        // Imported: a redirect listener and a sticky rule, written back as they were (above).
        // Edited: the listener now forwards to a group (its redirect goes, and a note says so);
        // the rule forwards to a second group too (its stickiness stays).
        LoadResult imported = DesignLoader::load(QStringLiteral(SKYDRAFT_FIXTURES_DIR) + u"/cloudformation/alb-https-redirect.yaml"_s);
        QVERIFY(imported.ok());
        Document &doc = *imported.document;
        const exchange::ExportResult untouched = exchange::Exporter::run(doc, exchange::ExportFormat::CloudFormationJson);
        const QJsonObject before = QJsonDocument::fromJson(untouched.data).object().value(u"Resources"_s).toObject();
        QCOMPARE(before.value(u"HttpRedirect"_s)[u"Properties"_s][u"DefaultActions"_s][0][u"Type"_s].toString(), u"redirect"_s);
        QVERIFY(before.value(u"StickyRule"_s)[u"Properties"_s][u"Actions"_s][0][u"ForwardConfig"_s][u"TargetGroupStickinessConfig"_s].isObject());
        QCOMPARE(before.value(u"HttpsListener"_s)[u"Properties"_s][u"SslPolicy"_s].toString(), u"ELBSecurityPolicy-TLS13-1-2-2021-06"_s);

        // Terraform: the redirect as a redirect, the SslPolicy as ssl_policy.
        const QByteArray hcl = exchange::Exporter::run(doc, exchange::ExportFormat::Terraform).data;
        QVERIFY2(hcl.contains("type = \"redirect\"") && hcl.contains("status_code = \"HTTP_301\""), hcl.constData());
        QVERIFY(hcl.contains("ssl_policy") && !hcl.contains("fixed_response"));

        QVariantList listeners = doc.find(u"LoadBalancer"_s)->rows(u"listeners"_s);
        QVariantMap http = listeners[0].toMap();
        QCOMPARE(http.value(u"name"_s).toString(), u"HttpRedirect"_s);
        http.insert(u"targetGroup"_s, u"WebTargetGroup"_s);
        listeners[0] = http;
        QVERIFY(doc.setProperty(u"LoadBalancer"_s, u"listeners"_s, listeners));
        QVariantList rules = doc.find(u"LoadBalancer"_s)->rows(u"rules"_s);
        QCOMPARE(rules.size(), 1);
        QVariantMap second = rules[0].toMap();
        second.insert(u"weight"_s, 3);
        rules.append(second);
        QVERIFY(doc.setProperty(u"LoadBalancer"_s, u"rules"_s, rules));
        const exchange::ExportResult edited = exchange::Exporter::run(doc, exchange::ExportFormat::CloudFormationJson);
        const QJsonObject after = QJsonDocument::fromJson(edited.data).object().value(u"Resources"_s).toObject();
        const QJsonObject action = after.value(u"HttpRedirect"_s)[u"Properties"_s][u"DefaultActions"_s][0].toObject();
        QCOMPARE(action.value(u"Type"_s).toString(), u"forward"_s);
        bool noted = false;
        for (const QString &n : edited.notes)
            noted |= n.contains(u"default actions are replaced"_s);
        QVERIFY2(noted, qPrintable(edited.notes.join(u'\n')));
        const QJsonObject forward = after.value(u"StickyRule"_s)[u"Properties"_s][u"Actions"_s][0][u"ForwardConfig"_s].toObject();
        QCOMPARE(forward.value(u"TargetGroups"_s).toArray().size(), 2);
        QVERIFY(forward.value(u"TargetGroupStickinessConfig"_s).isObject());
    }

    // Issue 14: an import exported with no edit is the template. Every section (Parameters,
    // Conditions, Mappings, Outputs, Metadata...) and every resource the same: the drawn ones
    // as written (intrinsics, not the values they had offline; Metadata, policies, what the
    // design does not model), what it folded in (attachments, routes, ACL entries, scaling
    // policies and alarms, Aurora members, network interfaces...) under its own id, what it
    // does not draw unchanged; nothing the export alone would add (defaults, subnet groups,
    // parameters, outputs). Resources in the template's order. Through the native file too.
    void unchangedImportExportsTheTemplate_data() { fixtures_data(); }
    void unchangedImportExportsTheTemplate()
    {
        QFETCH(QString, path);
        const auto original = templateAsWritten(path);
        QVERIFY(!original.is_null());

        const LoadResult imported = DesignLoader::load(path);
        QVERIFY(imported.ok());
        QTemporaryDir dir;
        const QString saved = dir.filePath(u"design.skydraft"_s);
        QFile native(saved);
        QVERIFY(native.open(QIODevice::WriteOnly));
        native.write(NativeFile::serialize(*imported.document));
        native.close();
        const LoadResult reopened = NativeFile::load(saved);
        QVERIFY2(reopened.ok(), qPrintable(reopened.errors.value(0).format()));
        const exchange::ExportResult direct = exchange::Exporter::run(*imported.document, exchange::ExportFormat::CloudFormationJson);
        QCOMPARE(exchange::Exporter::run(*reopened.document, exchange::ExportFormat::CloudFormationJson).data, direct.data);

        const auto exported = nlohmann::ordered_json::parse(direct.data.toStdString());
        for (const auto &[section, value] : original.items())
            QVERIFY2(exported.contains(section) && exported[section] == value,
                     qPrintable(firstDifference(value, exported.value(section, nlohmann::ordered_json()), section)));
        for (const auto &[section, value] : exported.items())
            QVERIFY2(original.contains(section) || section == "AWSTemplateFormatVersion",
                     qPrintable(u"%1 added: %2"_s.arg(QString::fromStdString(section), QString::fromStdString(value.dump()))));
        // Whole, in the template's order.
        auto whole = exported;
        if (!original.contains("AWSTemplateFormatVersion"))
            whole.erase("AWSTemplateFormatVersion");
        QVERIFY2(whole == original, qPrintable(firstDifference(original, whole, "template")));
        static const test::CfnSpec spec(QStringLiteral(SKYDRAFT_SOURCE_DIR) + u"/tests/data/cfnspec/specification-trimmed.json"_s);
        // Nothing the template did not have itself (a property newer than the trimmed
        // specification, a type it does not hold).
        const QStringList own = spec.check(QByteArray::fromStdString(original.dump()));
        QStringList problems = spec.check(direct.data);
        problems.removeIf([&](const QString &p) { return p.contains(u"unknown resource type"_s) || own.contains(p); });
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // A template imports and exports with nothing to say about it.
        for (const QString &n : direct.notes)
            QVERIFY2(!n.contains(u"not as the imported template wrote it"_s) && !n.contains(u"not in the design any more"_s), qPrintable(n));
    }

    // Issue 14: a drawn resource renamed: what the template keeps names it by its new id
    // (alarms' dimensions, a CloudFront origin, a WAF association, outputs), and the template
    // differs from the source by that rename alone; undone, it is the source again.
    void renameFollowsEverywhere_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("load balancer") << u"wordpress-ha.yaml"_s << u"LoadBalancer"_s << u"FrontDoor"_s;
        QTest::newRow("IPv6 subnet") << u"vpc-2azs.yaml"_s << u"SubnetAPublic"_s << u"PublicA"_s;
        QTest::newRow("route table") << u"vpc-2azs.yaml"_s << u"RouteTablePublic"_s << u"Public"_s;
        QTest::newRow("Aurora cluster") << u"aws-refarch-wordpress-03-rds.yaml"_s << u"DatabaseCluster"_s << u"Aurora"_s;
        QTest::newRow("target group") << u"alb-path-host-rules.yaml"_s << u"ApiTargetGroup"_s << u"Api"_s;
        QTest::newRow("instance with an ENI") << u"al2-mutable-public.yaml"_s << u"VirtualMachine"_s << u"Vm"_s;
        QTest::newRow("security group") << u"al2-mutable-public.yaml"_s << u"SecurityGroup"_s << u"Ssh"_s;
    }
    void renameFollowsEverywhere()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, from);
        QFETCH(QString, to);
        const std::string oldId = from.toStdString();
        const std::string newId = to.toStdString();
        const QString path = QStringLiteral(SKYDRAFT_FIXTURES_DIR) + u"/cloudformation/"_s + fixture;
        const auto original = templateAsWritten(path);
        QVERIFY(!original.is_null());
        const nlohmann::ordered_json want = renamedTemplate(original, oldId, newId);
        QVERIFY(want != original);

        LoadResult imported = DesignLoader::load(path);
        QVERIFY(imported.ok());
        Editor editor(imported.document.get());
        auto exported = [&] {
            const exchange::ExportResult out = exchange::Exporter::run(*imported.document, exchange::ExportFormat::CloudFormationJson);
            for (const QString &n : out.notes)
                if (n.contains(u"not in the design any more"_s) || n.contains(u"not as the imported template wrote it"_s))
                    qWarning("%s", qPrintable(n));
            return nlohmann::ordered_json::parse(out.data.toStdString());
        };
        QVERIFY(editor.renameId(from, to));
        nlohmann::ordered_json after = exported();
        QVERIFY2(after == want, qPrintable(firstDifference(want, after, "template")));
        editor.undoStack()->undo();
        after = exported();
        QVERIFY2(after == original, qPrintable(firstDifference(original, after, "template")));
        editor.undoStack()->redo();
        after = exported();
        QVERIFY2(after == want, qPrintable(firstDifference(want, after, "template")));
    }

    // Every drawn resource of every fixture, renamed (and the rename undone): the template
    // differs from the source by that rename alone, with nothing to say about it.
    void everyRenameIsTheOnlyDifference_data() { fixtures_data(); }
    void everyRenameIsTheOnlyDifference()
    {
        QFETCH(QString, path);
        const auto original = templateAsWritten(path);
        QVERIFY(!original.is_null());
        LoadResult imported = DesignLoader::load(path);
        QVERIFY(imported.ok());
        Editor editor(imported.document.get());
        int renamed = 0;
        for (const QString &from : drawnFromTemplate(*imported.document, original)) {
            const std::string id = from.toStdString();
            const QString to = from + u"Renamed"_s;
            const std::string newId = to.toStdString();
            QVERIFY(editor.renameId(from, to));
            const exchange::ExportResult out = exchange::Exporter::run(*imported.document, exchange::ExportFormat::CloudFormationJson);
            for (const QString &n : out.notes)
                QVERIFY2(!n.contains(u"not in the design any more"_s) && !n.contains(u"not as the imported template wrote it"_s),
                         qPrintable(from + u": "_s + n));
            const auto want = renamedTemplate(original, id, newId);
            const auto after = nlohmann::ordered_json::parse(out.data.toStdString());
            QVERIFY2(after == want, qPrintable(from + u": "_s + firstDifference(want, after, "template")));
            editor.undoStack()->undo();
            ++renamed;
        }
        const auto back = nlohmann::ordered_json::parse(exchange::Exporter::run(*imported.document, exchange::ExportFormat::CloudFormationJson).data.toStdString());
        QVERIFY2(back == original, qPrintable(firstDifference(original, back, "template")));
        QVERIFY(renamed > 0);
    }

    // An intrinsic as written stands for its value as a whole: a rule the template wrote under
    // !If, once edited, is the design's rule, never the !If with the new port beside it; the
    // rule next to it stays as written. Tags the design does not model stay when it adds a
    // Name tag.
    void intrinsicsAreWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"conditional.yaml"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"(Parameters:
  Admin: {Type: String, Default: 10.1.0.0/16}
  WithSsh: {Type: String, Default: 'yes', AllowedValues: ['yes', 'no']}
Conditions:
  Ssh: !Equals [!Ref WithSsh, 'yes']
Resources:
  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
  Group:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      VpcId: !Ref Vpc
      SecurityGroupIngress:
        - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: !Ref Admin}
        - !If [Ssh, {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: !Ref Admin}, !Ref 'AWS::NoValue']
      Tags:
        - {Key: Team, Value: web}
)");
        f.close();
        LoadResult imported = DesignLoader::load(path);
        QVERIFY2(imported.ok(), qPrintable(imported.errors.value(0).format()));
        Document &doc = *imported.document;
        QVariantList rules = doc.find(u"Group"_s)->rows(u"inbound"_s);
        QCOMPARE(rules.size(), 2);
        QVariantMap ssh = rules[1].toMap();
        QCOMPARE(ssh.value(u"fromPort"_s).toInt(), 22);
        ssh.insert(u"fromPort"_s, 2222);
        ssh.insert(u"toPort"_s, 2222);
        rules[1] = ssh;
        QVERIFY(doc.setProperty(u"Group"_s, u"inbound"_s, rules));
        QVERIFY(doc.setName(u"Group"_s, u"Web servers"_s));
        const exchange::ExportResult out = exchange::Exporter::run(doc, exchange::ExportFormat::CloudFormationJson);
        const auto t = nlohmann::ordered_json::parse(out.data.toStdString());
        const auto &ingress = t["Resources"]["Group"]["Properties"]["SecurityGroupIngress"];
        QCOMPARE(ingress.size(), size_t(2));
        QCOMPARE(ingress[0]["CidrIp"], nlohmann::ordered_json({{"Ref", "Admin"}})); // as written
        QVERIFY2(!ingress[1].contains("Fn::If") && ingress[1]["FromPort"] == 2222, ingress[1].dump().c_str());
        const auto &tags = t["Resources"]["Group"]["Properties"]["Tags"];
        QCOMPARE(tags.size(), size_t(2));
        QCOMPARE(tags[0], nlohmann::ordered_json({{"Key", "Team"}, {"Value", "web"}}));
        QCOMPARE(tags[1]["Key"], "Name");
        QCOMPARE(tags[1]["Value"], "Web servers");
    }

    // A native file edited by hand: what the import kept may hold anything. Exports and
    // renames go on without crashing (the sanitizer suite runs this too).
    void handEditedKeptJsonIsSurvived_data()
    {
        QTest::addColumn<QByteArray>("kept");
        QTest::newRow("entries not objects") << QByteArray("{\"AsWritten\": {\"WebServerGroup\": 5, \"LoadBalancer\": [1]}, \"AsWrittenDesign\": \"complete\"}");
        QTest::newRow("marker not a string") << QByteArray("{\"AsWritten\": {\"LoadBalancer\": {\"Design\": {\"type\": 7}}}, \"AsWrittenDesign\": 5}");
        QTest::newRow("resource not a map") << QByteArray("{\"AsWritten\": {\"LoadBalancer\": {\"Resource\": null, \"Design\": {}}, \"WebServerGroup\": {\"Resource\": \"x\"}}}");
        QTest::newRow("orders not lists of names") << QByteArray("{\"ResourceOrder\": [1, null, {\"a\": 2}], \"SectionOrder\": \"Resources\", \"AsWritten\": {}}");
        QTest::newRow("folded ids odd") << QByteArray("{\"FoldedIds\": {\"rule:\": 3, \"rule:LoadBalancer:in:[\": \"X\"}, \"Listeners\": [1, {\"TargetGroup\": 2}]}");
        QTest::newRow("design properties odd") << QByteArray("{\"AsWritten\": {\"LoadBalancer\": {\"Design\": {\"type\": \"load-balancer\", \"properties\": [1], \"parent\": 3}}}, \"AsWrittenDesign\": \"complete\"}");
    }
    void handEditedKeptJsonIsSurvived()
    {
        QFETCH(QByteArray, kept);
        LoadResult imported = DesignLoader::load(QStringLiteral(SKYDRAFT_FIXTURES_DIR) + u"/cloudformation/wordpress-ha.yaml"_s);
        QVERIFY(imported.ok());
        imported.document->setPassThrough(kept);
        for (const auto format : {exchange::ExportFormat::CloudFormationJson, exchange::ExportFormat::CloudFormationYaml, exchange::ExportFormat::Terraform})
            QVERIFY(!exchange::Exporter::run(*imported.document, format).data.isEmpty());
        Editor editor(imported.document.get());
        QVERIFY(editor.renameId(u"LoadBalancer"_s, u"FrontDoor"_s));
        QVERIFY(!exchange::Exporter::run(*imported.document, exchange::ExportFormat::CloudFormationJson).data.isEmpty());
        editor.undoStack()->undo();
        QCOMPARE(imported.document->passThrough(), kept);
    }

    // The template's own names stay its own: a design resource is not renamed to a resource
    // the template keeps, a parameter or what the design folded in; one added under such a
    // name (a paste, a file edited by hand) is exported under a fresh one, and the kept
    // resource stays whole.
    void templateNamesStayTheTemplates()
    {
        LoadResult imported = DesignLoader::load(QStringLiteral(SKYDRAFT_FIXTURES_DIR) + u"/cloudformation/wordpress-ha.yaml"_s);
        QVERIFY(imported.ok());
        Document &doc = *imported.document;
        Editor editor(&doc);
        for (const QString &taken : {u"WebServerLogs"_s /* kept */, u"ParentVPCStack"_s /* parameter */,
                                     u"WebServerSecurityGroupInSSHWorld"_s /* folded in */}) {
            QVERIFY2(!editor.renameId(u"LoadBalancer"_s, taken), qPrintable(taken));
            QVERIFY2(editor.lastError().contains(u"imported template"_s), qPrintable(editor.lastError()));
        }
        QVERIFY(doc.contains(u"LoadBalancer"_s));

        Resource group;
        group.id = u"WebServerLogs"_s;
        group.type = ResourceType::SecurityGroup;
        group.parent = doc.find(u"LoadBalancerSecurityGroup"_s)->parent;
        QVERIFY(doc.insert(group));
        const auto t = nlohmann::ordered_json::parse(exchange::Exporter::run(doc, exchange::ExportFormat::CloudFormationJson).data.toStdString());
        QCOMPARE(t["Resources"]["WebServerLogs"]["Type"], "AWS::Logs::LogGroup");
        QCOMPARE(t["Resources"]["WebServerLogs2"]["Type"], "AWS::EC2::SecurityGroup");
    }

    // Every drawn resource of every fixture edited in one way (an Auto Scaling group's size, an
    // instance's or launch template's type, a database's class, a rule added to a group, a
    // health-check path, a subnet's public addresses, a display name): the template differs
    // from the source in that resource only (and an Aurora cluster's member instances).
    void everyEditTouchesOnlyItsResource_data() { fixtures_data(); }
    void everyEditTouchesOnlyItsResource()
    {
        QFETCH(QString, path);
        const auto original = templateAsWritten(path);
        QVERIFY(!original.is_null());
        LoadResult imported = DesignLoader::load(path);
        QVERIFY(imported.ok());
        Document &doc = *imported.document;
        const QHash<ResourceType, std::pair<QString, std::function<QVariant(const QVariant &)>>> edits = {
            {ResourceType::AutoScalingGroup, {u"maxSize"_s, [](const QVariant &v) { return QVariant(v.toInt() + 1); }}},
            {ResourceType::Ec2Instance, {u"instanceType"_s, [](const QVariant &) { return QVariant(u"m5.large"_s); }}},
            {ResourceType::LaunchTemplate, {u"instanceType"_s, [](const QVariant &) { return QVariant(u"m5.large"_s); }}},
            {ResourceType::RdsInstance, {u"instanceClass"_s, [](const QVariant &) { return QVariant(u"db.m5.large"_s); }}},
            {ResourceType::AuroraCluster, {u"instanceClass"_s, [](const QVariant &) { return QVariant(u"db.r6g.large"_s); }}},
            {ResourceType::TargetGroup, {u"healthCheckPath"_s, [](const QVariant &) { return QVariant(u"/healthz"_s); }}},
            {ResourceType::Subnet, {u"mapPublicIpOnLaunch"_s, [](const QVariant &v) { return QVariant(!v.toBool()); }}},
            {ResourceType::SecurityGroup, {u"inbound"_s, [](const QVariant &v) {
                 QVariantList rows = v.toList();
                 rows.append(QVariantMap{{u"protocol"_s, u"tcp"_s}, {u"fromPort"_s, 8443}, {u"toPort"_s, 8443}, {u"cidr"_s, u"10.9.0.0/16"_s}});
                 return QVariant(rows);
             }}},
        };
        int edited = 0;
        for (const QString &id : drawnFromTemplate(doc, original)) {
            for (const bool byName : {false, true}) {
                const Resource *r = doc.find(id);
                const auto edit = edits.constFind(r->type);
                if (!byName && edit == edits.cend())
                    continue;
                if (byName)
                    QVERIFY(doc.setName(id, u"Edited Name"_s));
                else
                    QVERIFY(doc.setProperty(id, edit->first, edit->second(r->value(edit->first))));
                const exchange::ExportResult out = exchange::Exporter::run(doc, exchange::ExportFormat::CloudFormationJson);
                QVERIFY2(!out.data.isEmpty(), qPrintable(id + u": "_s + out.notes.join(u'\n')));
                auto after = nlohmann::ordered_json::parse(out.data.toStdString());
                auto want = original;
                // The edited resource, and what it is made of: an Aurora cluster's members.
                for (auto *t : {&after, &want}) {
                    (*t)["Resources"].erase(id.toStdString());
                    for (auto it = (*t)["Resources"].begin(); it != (*t)["Resources"].end();) {
                        const auto properties = it.value().is_object() ? it.value().value("Properties", nlohmann::ordered_json()) : nlohmann::ordered_json();
                        const bool member = properties.is_object()
                            && properties.value("DBClusterIdentifier", nlohmann::ordered_json()) == nlohmann::ordered_json({{"Ref", id.toStdString()}});
                        it = member ? (*t)["Resources"].erase(it) : std::next(it);
                    }
                }
                QVERIFY2(after == want, qPrintable(id + u" ("_s + (byName ? u"name"_s : edit->first) + u"): "_s + firstDifference(want, after, "template")));
                // Back as imported: the template again.
                QVERIFY(imported.document.get() == &doc);
                ++edited;
                const LoadResult fresh = DesignLoader::load(path);
                doc.copyFrom(*fresh.document);
            }
        }
        QVERIFY(edited > 0);
    }

    // Every drawn resource of every fixture deleted (and the deletion undone): the export
    // names nothing it does not write (a Ref, GetAtt, Sub or DependsOn on what is gone is
    // written from the design, left out, or noted), and undone it is the template again.
    void everyDeleteLeavesNoDanglingName_data() { fixtures_data(); }
    void everyDeleteLeavesNoDanglingName()
    {
        QFETCH(QString, path);
        const auto original = templateAsWritten(path);
        QVERIFY(!original.is_null());
        LoadResult imported = DesignLoader::load(path);
        QVERIFY(imported.ok());
        Editor editor(imported.document.get());
        for (const QString &id : drawnFromTemplate(*imported.document, original)) {
            QVERIFY(editor.removeResources({id}));
            const exchange::ExportResult out = exchange::Exporter::run(*imported.document, exchange::ExportFormat::CloudFormationJson);
            if (!out.data.isEmpty()) { // else refused: an empty or invalid design, said in a note
                const auto t = nlohmann::ordered_json::parse(out.data.toStdString());
                QSet<QString> names;
                for (const char *section : {"Resources", "Parameters"})
                    if (t.contains(section))
                        for (const auto &[name, v] : t[section].items())
                            names.insert(QString::fromStdString(name));
                const QString notes = out.notes.join(u'\n');
                for (const auto &[rid, resource] : t["Resources"].items()) {
                    QStringList named;
                    namesIn(resource, named);
                    for (const QString &n : std::as_const(named))
                        QVERIFY2(names.contains(n) || n.startsWith(u"AWS::"_s) || notes.contains(n),
                                 qPrintable(u"%1 deleted: %2 names %3, which is not written, and no note says so"_s.arg(id, QString::fromStdString(rid), n)));
                }
            }
            editor.undoStack()->undo();
        }
        const auto back = nlohmann::ordered_json::parse(exchange::Exporter::run(*imported.document, exchange::ExportFormat::CloudFormationJson).data.toStdString());
        QVERIFY2(back == original, qPrintable(firstDifference(original, back, "template")));
    }

    // A placeholder for what the template imports keeps the name it imports: renaming it in
    // the design changes nothing in the template.
    void renamedPlaceholderKeepsItsImport()
    {
        const QString path = QStringLiteral(SKYDRAFT_FIXTURES_DIR) + u"/cloudformation/wordpress-ha.yaml"_s;
        LoadResult imported = DesignLoader::load(path);
        QVERIFY(imported.ok());
        const QByteArray before = exchange::Exporter::run(*imported.document, exchange::ExportFormat::CloudFormationJson).data;
        Editor editor(imported.document.get());
        QVERIFY(imported.document->find(u"ParentVPCStackSubnetAPublic"_s)->isExternal());
        QVERIFY(editor.renameId(u"ParentVPCStackSubnetAPublic"_s, u"PublicA"_s));
        QVERIFY(editor.renameId(u"ParentVPCStackVPC"_s, u"Shared"_s));
        QCOMPARE(exchange::Exporter::run(*imported.document, exchange::ExportFormat::CloudFormationJson).data, before);
    }

    // Issue 14: import, change one thing, export: the template differs by that change only.
    void oneEditIsTheOnlyDifference_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("changed"); // the paths of the template that change, ";" between
        QTest::addColumn<QString>("expected"); // their new value, as JSON ("" when it goes)
        QTest::newRow("ASG max size") << u"AutoScalingMultiAZWithNotifications.yaml"_s << u"WebServerGroup"_s << u"maxSize"_s
                                      << QVariant(7) << u"Resources.WebServerGroup.Properties.MaxSize"_s << u"\"7\""_s; // text, as written
        QTest::newRow("launch configuration type") << u"nist_application.yaml"_s << u"rAutoScalingConfigApp"_s << u"instanceType"_s
                                                   << QVariant(u"m5.large"_s) << u"Resources.rAutoScalingConfigApp.Properties.InstanceType"_s
                                                   << u"\"m5.large\""_s;
        QTest::newRow("Aurora instance class") << u"aws-refarch-wordpress-03-rds.yaml"_s << u"DatabaseCluster"_s << u"instanceClass"_s
                                               << QVariant(u"db.r6g.large"_s)
                                               << u"Resources.DatabaseInstance0.Properties.DBInstanceClass;Resources.DatabaseInstance1.Properties.DBInstanceClass"_s
                                               << u"\"db.r6g.large\""_s;
        QTest::newRow("instance type behind an ENI") << u"al2-mutable-public.yaml"_s << u"VirtualMachine"_s << u"instanceType"_s
                                                     << QVariant(u"t3.large"_s) << u"Resources.VirtualMachine.Properties.InstanceType"_s
                                                     << u"\"t3.large\""_s;
        // The Name tag among tags the design does not model: only its value changes.
        QTest::newRow("name tag beside others") << u"nist_application.yaml"_s << u"rELBApp"_s << u"name"_s << QVariant(u"App ELB"_s)
                                                << u"Resources.rELBApp.Properties.Tags[0].Value"_s << u"\"App ELB\""_s;
        QTest::newRow("group name tag") << u"nist_application.yaml"_s << u"rAutoScalingGroupApp"_s << u"name"_s
                                        << QVariant(u"App servers"_s) << u"Resources.rAutoScalingGroupApp.Properties.Tags[0].Value"_s
                                        << u"\"App servers\""_s;
        // Back to AWS's default: the property goes.
        QTest::newRow("subnet public IPs") << u"vpc-2azs.yaml"_s << u"SubnetAPublic"_s << u"mapPublicIpOnLaunch"_s << QVariant(false)
                                           << u"Resources.SubnetAPublic.Properties.MapPublicIpOnLaunch"_s << QString();
        QTest::newRow("group rule port") << u"wordpress-ha.yaml"_s << u"EFSSecurityGroup"_s << u"inbound"_s << QVariant()
                                         << u"Resources.EFSSecurityGroup.Properties.SecurityGroupIngress[0].FromPort;"
                                            u"Resources.EFSSecurityGroup.Properties.SecurityGroupIngress[0].ToPort"_s
                                         << u"2050"_s;
    }
    void oneEditIsTheOnlyDifference()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, resource);
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QFETCH(QString, changed);
        QFETCH(QString, expected);
        const QString path = QStringLiteral(SKYDRAFT_FIXTURES_DIR) + u"/cloudformation/"_s + fixture;
        auto want = templateAsWritten(path);
        QVERIFY(!want.is_null());
        for (const QString &one : changed.split(u';')) {
            // "A.B[0].C": keys, and list items by index.
            nlohmann::ordered_json *at = &want;
            nlohmann::ordered_json *holder = nullptr;
            std::string last;
            static const QRegularExpression step(u"([^.\\[]+)|\\[(\\d+)\\]"_s);
            for (auto it = step.globalMatch(one); it.hasNext();) {
                const auto m = it.next();
                holder = at;
                if (m.captured(1).isEmpty()) {
                    at = &(*at)[m.captured(2).toULongLong()];
                    last.clear();
                } else {
                    last = m.captured(1).toStdString();
                    at = &(*at)[last];
                }
            }
            if (expected.isEmpty() && holder && !last.empty())
                holder->erase(last);
            else
                *at = nlohmann::ordered_json::parse(expected.toStdString());
        }
        LoadResult imported = DesignLoader::load(path);
        QVERIFY(imported.ok());
        QVERIFY(imported.document->find(resource));
        if (key == u"inbound"_s) { // the first rule's port
            QVariantList rules = imported.document->find(resource)->rows(key);
            QVariantMap first = rules.value(0).toMap();
            QCOMPARE(first.value(u"fromPort"_s).toInt(), 2049);
            first.insert(u"fromPort"_s, 2050);
            first.insert(u"toPort"_s, 2050);
            rules[0] = first;
            value = rules;
        }
        if (key == u"name"_s) {
            QVERIFY(imported.document->find(resource)->name != value.toString());
            QVERIFY(imported.document->setName(resource, value.toString()));
        } else {
            QVERIFY(imported.document->find(resource)->value(key) != value);
            QVERIFY(imported.document->setProperty(resource, key, value));
        }
        const exchange::ExportResult out = exchange::Exporter::run(*imported.document, exchange::ExportFormat::CloudFormationJson);
        QVERIFY2(!out.data.isEmpty(), qPrintable(out.notes.join(u'\n')));
        const auto exported = nlohmann::ordered_json::parse(out.data.toStdString());
        for (const auto &[section, v] : want.items())
            QVERIFY2(exported.contains(section) && exported[section] == v,
                     qPrintable(firstDifference(v, exported.value(section, nlohmann::ordered_json()), section)));
        for (const auto &[section, v] : exported.items())
            QVERIFY2(want.contains(section) || section == "AWSTemplateFormatVersion", section.c_str());
        static const test::CfnSpec spec(QStringLiteral(SKYDRAFT_SOURCE_DIR) + u"/tests/data/cfnspec/specification-trimmed.json"_s);
        const QStringList own = spec.check(QByteArray::fromStdString(templateAsWritten(path).dump()));
        QStringList problems = spec.check(out.data);
        // The trimmed specification holds the drawn types only: IAM, SNS... are kept as written.
        problems.removeIf([&](const QString &p) { return p.contains(u"unknown resource type"_s) || own.contains(p); });
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
