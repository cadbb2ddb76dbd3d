// The exports of a design: CloudFormation (validated offline against the resource
// specification), Terraform and draw.io.

#include "testsupport.h"

#include "cfnspec.h"
#include "exportdesigns.h"
#include "model/export/cloudformation.h"
#include "model/export/exporter.h"
#include "model/export/terraform.h"
#include "designgenerator.h"
#include "model/layout.h"
#include "model/import/designloader.h"

#include <QTemporaryDir>

#include <QDir>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace skydraft;
using namespace skydraft::exchange;

namespace {

QStringList sampleNames()
{
    QStringList names = QDir(u":/samples"_s).entryList({u"*.skydraft"_s}, QDir::Files, QDir::Name);
    for (QString &n : names)
        n.chop(QStringLiteral(".skydraft").size());
    return names;
}

std::unique_ptr<Document> loadSample(const QString &name)
{
    LoadResult loaded = NativeFile::load(u":/samples/"_s + name + u".skydraft"_s);
    return loaded.ok() ? std::move(loaded.document) : nullptr;
}

const test::CfnSpec &spec()
{
    static const test::CfnSpec s(QStringLiteral(SKYDRAFT_SOURCE_DIR) + u"/tests/data/cfnspec/specification-trimmed.json"_s);
    return s;
}

QJsonObject resourcesOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object().value(u"Resources"_s).toObject();
}

void addSamples()
{
    QTest::addColumn<QString>("name");
    for (const QString &n : sampleNames())
        QTest::newRow(qPrintable(n)) << n;
}


/// The names "resource "type" "name"" blocks declare, as "type.name"; data as "data.type.name".
QStringList terraformDeclarations(const QString &hcl, const QString &kind)
{
    QStringList out;
    const QRegularExpression re(u"^"_s + kind + uR"re( "([a-z0-9_]+)"(?: "([A-Za-z0-9_-]+)")? \{$)re"_s,
                                QRegularExpression::MultilineOption);
    for (auto it = re.globalMatch(hcl); it.hasNext();) {
        const auto m = it.next();
        out.append(m.captured(2).isEmpty() ? m.captured(1) : m.captured(1) + u'.' + m.captured(2));
    }
    return out;
}

/// Problems of an HCL text at the level a parser would see first: unbalanced braces and
/// brackets outside strings, unterminated strings, references to undeclared blocks.
QStringList terraformProblems(const QString &hcl)
{
    QStringList problems;
    QList<QChar> stack;
    bool inString = false;
    int interpolation = 0;
    for (qsizetype i = 0; i < hcl.size(); ++i) {
        const QChar c = hcl[i];
        if (inString && interpolation == 0) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inString = false;
            else if (c == u'$' && i + 1 < hcl.size() && hcl[i + 1] == u'{') {
                if (i + 2 < hcl.size() && hcl[i + 2] == u'{')
                    problems.append(u"odd interpolation"_s);
                interpolation = 1;
                ++i;
            } else if (c == u'\n')
                problems.append(u"newline in a string at %1"_s.arg(i));
            continue;
        }
        if (interpolation > 0) {
            if (c == u'{')
                ++interpolation;
            else if (c == u'}')
                --interpolation;
            continue;
        }
        if (c == u'#') {
            while (i < hcl.size() && hcl[i] != u'\n')
                ++i;
        } else if (c == u'"') {
            inString = true;
        } else if (c == u'{' || c == u'[' || c == u'(') {
            stack.append(c);
        } else if (c == u'}' || c == u']' || c == u')') {
            const QChar open = c == u'}' ? u'{' : c == u']' ? u'[' : u'(';
            if (stack.isEmpty() || stack.takeLast() != open)
                problems.append(u"unbalanced %1 at %2"_s.arg(c).arg(i));
        }
    }
    if (!stack.isEmpty() || inString)
        problems.append(u"unclosed block or string at the end"_s);
    const QStringList resources = terraformDeclarations(hcl, u"resource"_s);
    const QStringList data = terraformDeclarations(hcl, u"data"_s);
    const QStringList variables = terraformDeclarations(hcl, u"variable"_s);
    const QRegularExpression ref(uR"((?<![\w.])(data\.)?(aws_[a-z0-9_]+)\.([A-Za-z0-9_]+)\.[a-z_]+)"_s);
    for (auto it = ref.globalMatch(hcl); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(2) + u'.' + m.captured(3);
        if (!(m.captured(1).isEmpty() ? resources : data).contains(name))
            problems.append(u"reference to undeclared "_s + m.captured(0));
    }
    const QRegularExpression var(uR"(\bvar\.([a-z0-9_]+))"_s);
    for (auto it = var.globalMatch(hcl); it.hasNext();) {
        const auto m = it.next();
        if (!variables.contains(m.captured(1)))
            problems.append(u"undeclared variable "_s + m.captured(0));
    }
    return problems;
}

/// The Terraform type each catalogue type becomes (none for the internet and zones).
QString terraformType(const Resource &r)
{
    using T = ResourceType;
    static const QHash<T, QString> types = {
        {T::Vpc, u"aws_vpc"_s}, {T::Subnet, u"aws_subnet"_s}, {T::InternetGateway, u"aws_internet_gateway"_s},
        {T::NatGateway, u"aws_nat_gateway"_s}, {T::ElasticIp, u"aws_eip"_s}, {T::RouteTable, u"aws_route_table"_s},
        {T::NetworkAcl, u"aws_network_acl"_s}, {T::SecurityGroup, u"aws_security_group"_s}, {T::TargetGroup, u"aws_lb_target_group"_s},
        {T::LaunchTemplate, u"aws_launch_template"_s}, {T::AutoScalingGroup, u"aws_autoscaling_group"_s},
        {T::Ec2Instance, u"aws_instance"_s}, {T::RdsInstance, u"aws_db_instance"_s}, {T::AuroraCluster, u"aws_rds_cluster"_s},
        {T::Route53Record, u"aws_route53_record"_s}};
    if (r.type == T::LoadBalancer)
        return r.string(u"kind"_s) == u"classic"_s ? u"aws_elb"_s : u"aws_lb"_s;
    if (r.type == T::ElastiCache)
        return r.string(u"engine"_s) == u"memcached"_s ? u"aws_elasticache_cluster"_s : u"aws_elasticache_replication_group"_s;
    return types.value(r.type);
}

std::unique_ptr<Document> designFor(const QString &name)
{
    if (name == u"listener-rules"_s) { // issue 14: path, host and weighted rules
        LoadResult r = DesignLoader::load(QStringLiteral(SKYDRAFT_FIXTURES_DIR) + u"/cloudformation/alb-path-host-rules.yaml"_s);
        return r.ok() ? std::move(r.document) : nullptr;
    }
    return name == u"variety"_s ? test::varietyDesign() : loadSample(name);
}

void addSamplesAndVariety()
{
    addSamples();
    QTest::newRow("variety") << u"variety"_s;
    QTest::newRow("listener-rules") << u"listener-rules"_s;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(spec().isValid(), qPrintable(spec().error()));
        QVERIFY(!sampleNames().isEmpty());
    }

    // --- CloudFormation

    void cloudFormationValidatesAgainstSpec_data() { addSamplesAndVariety(); }
    void cloudFormationValidatesAgainstSpec()
    {
        QFETCH(QString, name);
        const auto doc = designFor(name);
        QVERIFY(doc);
        const ExportResult json = Exporter::run(*doc, ExportFormat::CloudFormationJson);
        const QStringList problems = spec().check(json.data);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        const ExportResult yaml = Exporter::run(*doc, ExportFormat::CloudFormationYaml);
        QString error;
        const QByteArray fromYaml = test::yamlToJson(yaml.data, &error);
        QVERIFY2(!fromYaml.isEmpty(), qPrintable(error));
        const QStringList yamlProblems = spec().check(fromYaml);
        QVERIFY2(yamlProblems.isEmpty(), qPrintable(yamlProblems.join(u'\n')));
    }

    void jsonAndYamlAreEquivalent_data() { addSamplesAndVariety(); }
    void jsonAndYamlAreEquivalent()
    {
        QFETCH(QString, name);
        const auto doc = designFor(name);
        QVERIFY(doc);
        const QByteArray json = Exporter::run(*doc, ExportFormat::CloudFormationJson).data;
        QString error;
        const QByteArray fromYaml = test::yamlToJson(Exporter::run(*doc, ExportFormat::CloudFormationYaml).data, &error);
        QVERIFY2(!fromYaml.isEmpty(), qPrintable(error));
        QCOMPARE(QJsonDocument::fromJson(fromYaml), QJsonDocument::fromJson(json));
    }

    void exportsAreDeterministic_data() { addSamplesAndVariety(); }
    void exportsAreDeterministic()
    {
        QFETCH(QString, name);
        for (const ExportFormat f : {ExportFormat::CloudFormationJson, ExportFormat::CloudFormationYaml,
                                     ExportFormat::Terraform, ExportFormat::DrawIo}) {
            const auto a = designFor(name);
            const auto b = designFor(name);
            const QByteArray first = Exporter::run(*a, f).data;
            QVERIFY(!first.isEmpty());
            QCOMPARE(Exporter::run(*b, f).data, first);
            QCOMPARE(Exporter::run(*a, f).data, first);
        }
    }

    void baseDesignValidates()
    {
        // The test design has every catalogue type, a registered instance and an Aurora cluster.
        const auto doc = test::loadDesign(test::baseDesignJson());
        QVERIFY(doc);
        const QByteArray json = Exporter::run(*doc, ExportFormat::CloudFormationJson).data;
        const QStringList problems = spec().check(json);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void ipv6DesignValidates()
    {
        // Issue 14: the VPC's IPv6 block (AWS::EC2::VPCCidrBlock) and the subnets' /64s of it,
        // as CloudFormation's specification has them.
        LoadResult r = DesignLoader::load(QStringLiteral(SKYDRAFT_FIXTURES_DIR) + u"/cloudformation/vpc-2azs.yaml"_s);
        QVERIFY(r.ok());
        QVERIFY(r.document->setProperty(u"SubnetAPublic"_s, u"assignIpv6OnCreation"_s, true));
        const QByteArray json = Exporter::run(*r.document, ExportFormat::CloudFormationJson).data;
        QVERIFY(resourcesOf(json).contains(u"VPCCidrBlock"_s));
        QVERIFY(json.contains("AssignIpv6AddressOnCreation"));
        const QStringList problems = spec().check(json);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void checkerFindsMistakes()
    {
        // The checker itself must be able to fail.
        const QByteArray bad = R"({
  "Resources": {
    "Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16", "Colour": "red"}},
    "Sub": {"Type": "AWS::EC2::Subnet", "Properties": {"CidrBlock": "10.0.0.0/24"}},
    "Sg": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "x", "VpcId": {"Ref": "Nope"},
           "SecurityGroupIngress": [{"IpProtocol": "tcp", "FromPort": "eighty"}, {"IpProtocol": "tcp", "Colour": "red"}]}},
    "Lb": {"Type": "AWS::ElasticLoadBalancingV2::LoadBalancer", "Properties": {"Subnets": [{"Fn::GetAtt": ["Vpc", "Colour"]}]}},
    "X": {"Type": "AWS::EC2::Nothing"},
    "A": {"Type": "AWS::EC2::EIP", "DependsOn": "B"},
    "B": {"Type": "AWS::EC2::EIP", "DependsOn": "A"}
  }
})";
        const QString all = spec().check(bad).join(u'\n');
        QVERIFY2(all.contains(u"Resources/Vpc/Properties/Colour: unknown property"_s), qPrintable(all));
        QVERIFY2(all.contains(u"required property VpcId missing"_s), qPrintable(all));
        QVERIFY2(all.contains(u"Ref to unknown \"Nope\""_s), qPrintable(all));
        QVERIFY2(all.contains(u"SecurityGroupIngress/0/FromPort: expected Integer"_s), qPrintable(all));
        QVERIFY2(all.contains(u"SecurityGroupIngress/1/Colour: unknown property"_s), qPrintable(all));
        QVERIFY2(all.contains(u"has no attribute \"Colour\""_s), qPrintable(all));
        QVERIFY2(all.contains(u"unknown resource type \"AWS::EC2::Nothing\""_s), qPrintable(all));
        QVERIFY2(all.contains(u"circular dependency"_s), qPrintable(all));
    }

    void checkerKnowsParameterTypes()
    {
        // AWS-specific, list and SSM parameter types pass; made-up ones, and a list where one
        // value goes (or one value where a list goes), do not.
        const QByteArray good = R"({
  "Parameters": {
    "VpcId": {"Type": "AWS::EC2::VPC::Id"}, "Subnets": {"Type": "List<AWS::EC2::Subnet::Id>"},
    "Group": {"Type": "AWS::EC2::SecurityGroup::Id"}, "Ami": {"Type": "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>"},
    "Zones": {"Type": "AWS::SSM::Parameter::Value<List<AWS::EC2::AvailabilityZone::Name>>"}, "Size": {"Type": "Number", "Default": 2}
  },
  "Resources": {
    "Sg": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "x", "VpcId": {"Ref": "VpcId"}}},
    "Lb": {"Type": "AWS::ElasticLoadBalancingV2::LoadBalancer", "Properties": {"Subnets": {"Ref": "Subnets"}, "SecurityGroups": [{"Ref": "Group"}]}}
  }
})";
        QVERIFY2(spec().check(good).isEmpty(), qPrintable(spec().check(good).join(u'\n')));
        const QByteArray bad = R"({
  "Parameters": {
    "VpcId": {"Type": "AWS::EC2::Vpc::Id"}, "Subnets": {"Type": "List<AWS::EC2::Subnet::Id>"},
    "Group": {"Type": "AWS::EC2::SecurityGroup::Id"}, "Keys": {"Type": "List<AWS::EC2::KeyPair::KeyName>"},
    "Size": {"Type": "Number", "Default": [2]}
  },
  "Resources": {
    "Sg": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "x", "VpcId": {"Ref": "Subnets"}}},
    "Lb": {"Type": "AWS::ElasticLoadBalancingV2::LoadBalancer", "Properties": {"SecurityGroups": {"Ref": "Group"}}}
  }
})";
        const QString all = spec().check(bad).join(u'\n');
        QVERIFY2(all.contains(u"Parameters/VpcId: unknown parameter type \"AWS::EC2::Vpc::Id\""_s), qPrintable(all));
        QVERIFY2(all.contains(u"Parameters/Keys: unknown parameter type"_s), qPrintable(all));
        QVERIFY2(all.contains(u"Parameters/Size/Default: a default is a string, a number or a boolean"_s), qPrintable(all));
        QVERIFY2(all.contains(u"Resources/Sg/Properties/VpcId: a list parameter"_s), qPrintable(all));
        QVERIFY2(all.contains(u"Resources/Lb/Properties/SecurityGroups: a single-value parameter"_s), qPrintable(all));
    }

    void cloudFormationMapsEveryType()
    {
        const auto doc = test::loadDesign(test::baseDesignJson());
        QVERIFY(doc);
        const QJsonObject resources = resourcesOf(Exporter::run(*doc, ExportFormat::CloudFormationJson).data);
        const QHash<QString, QString> expected = {
            {u"Vpc"_s, u"AWS::EC2::VPC"_s}, {u"PublicA"_s, u"AWS::EC2::Subnet"_s},
            {u"Igw"_s, u"AWS::EC2::InternetGateway"_s}, {u"IgwAttachment"_s, u"AWS::EC2::VPCGatewayAttachment"_s},
            {u"Nat"_s, u"AWS::EC2::NatGateway"_s}, {u"NatEip"_s, u"AWS::EC2::EIP"_s},
            {u"PublicRt"_s, u"AWS::EC2::RouteTable"_s}, {u"PublicRtRoute1"_s, u"AWS::EC2::Route"_s},
            {u"PublicARouteTableAssociation"_s, u"AWS::EC2::SubnetRouteTableAssociation"_s},
            {u"Acl"_s, u"AWS::EC2::NetworkAcl"_s}, {u"AclInbound100"_s, u"AWS::EC2::NetworkAclEntry"_s},
            {u"PublicANetworkAclAssociation"_s, u"AWS::EC2::SubnetNetworkAclAssociation"_s},
            {u"LbSg"_s, u"AWS::EC2::SecurityGroup"_s}, {u"Lb"_s, u"AWS::ElasticLoadBalancingV2::LoadBalancer"_s},
            {u"LbListener80"_s, u"AWS::ElasticLoadBalancingV2::Listener"_s},
            {u"WebTg"_s, u"AWS::ElasticLoadBalancingV2::TargetGroup"_s}, {u"WebLt"_s, u"AWS::EC2::LaunchTemplate"_s},
            {u"WebAsg"_s, u"AWS::AutoScaling::AutoScalingGroup"_s}, {u"WebAsgcpu"_s, u"AWS::AutoScaling::ScalingPolicy"_s},
            {u"Admin"_s, u"AWS::EC2::Instance"_s}, {u"Database"_s, u"AWS::RDS::DBInstance"_s},
            {u"DatabaseSubnetGroup"_s, u"AWS::RDS::DBSubnetGroup"_s}, {u"Aurora"_s, u"AWS::RDS::DBCluster"_s},
            {u"AuroraInstance1"_s, u"AWS::RDS::DBInstance"_s}, {u"AuroraInstance2"_s, u"AWS::RDS::DBInstance"_s},
            {u"Cache"_s, u"AWS::ElastiCache::ReplicationGroup"_s}, {u"CacheSubnetGroup"_s, u"AWS::ElastiCache::SubnetGroup"_s},
            {u"Record"_s, u"AWS::Route53::RecordSet"_s},
        };
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QCOMPARE(resources.value(it.key()).toObject().value(u"Type"_s).toString(), it.value());
        // No resource for the internet or the zones: they are AWS's own.
        QVERIFY(!resources.contains(u"Internet"_s));
        QVERIFY(!resources.contains(u"AzA"_s));
        QCOMPARE(resources.value(u"PublicA"_s).toObject().value(u"Properties"_s).toObject().value(u"AvailabilityZone"_s).toString(),
                 u"us-east-1a"_s);
    }

    void generatedDesignsValidate_data()
    {
        QTest::addColumn<int>("zones");
        QTest::newRow("one zone (network load balancer)") << 1;
        QTest::newRow("three zones") << 3;
    }
    void generatedDesignsValidate()
    {
        QFETCH(int, zones);
        bench::GeneratorOptions options;
        options.vpcs = 2;
        options.zonesPerVpc = zones;
        options.layout = false;
        const auto doc = bench::generateDesign(options);
        const QByteArray json = Exporter::run(*doc, ExportFormat::CloudFormationJson).data;
        const QStringList problems = spec().check(json);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
        const QString hcl = QString::fromUtf8(Exporter::run(*doc, ExportFormat::Terraform).data);
        const QStringList hclProblems = terraformProblems(hcl);
        QVERIFY2(hclProblems.isEmpty(), qPrintable(hclProblems.mid(0, 20).join(u'\n')));
    }

    void cyclicGroupsBecomeStandaloneRules()
    {
        const auto doc = test::varietyDesign();
        QVERIFY(doc);
        const QJsonObject resources = resourcesOf(Exporter::run(*doc, ExportFormat::CloudFormationJson).data);
        // LbSg <-> WebSg: the rules closing the cycle are resources of their own...
        QCOMPARE(resources.value(u"LbSgIngress2"_s).toObject().value(u"Type"_s).toString(), u"AWS::EC2::SecurityGroupIngress"_s);
        QCOMPARE(resources.value(u"LbSgIngress3"_s).toObject().value(u"Type"_s).toString(), u"AWS::EC2::SecurityGroupIngress"_s);
        QCOMPARE(resources.value(u"WebSgIngress1"_s).toObject().value(u"Type"_s).toString(), u"AWS::EC2::SecurityGroupIngress"_s);
        // ...the others stay inline.
        const QJsonObject lbSg = resources.value(u"LbSg"_s).toObject().value(u"Properties"_s).toObject();
        QCOMPARE(lbSg.value(u"SecurityGroupIngress"_s).toArray().size(), 1);
        const QJsonObject dbSg = resources.value(u"DbSg"_s).toObject().value(u"Properties"_s).toObject();
        QCOMPARE(dbSg.value(u"SecurityGroupIngress"_s).toArray().size(), 1);
        // No outbound rules at all: AWS's default allow-all is replaced by a rule that allows nothing.
        QCOMPARE(dbSg.value(u"SecurityGroupEgress"_s).toArray().first().toObject().value(u"CidrIp"_s).toString(), u"127.0.0.1/32"_s);
    }

    void cloudFormationWritesWhatDiffersFromDefaults()
    {
        const auto doc = test::varietyDesign();
        QVERIFY(doc);
        const QJsonObject resources = resourcesOf(Exporter::run(*doc, ExportFormat::CloudFormationJson).data);
        auto props = [&](const QString &id) { return resources.value(id).toObject().value(u"Properties"_s).toObject(); };
        QCOMPARE(props(u"Vpc"_s).value(u"EnableDnsHostnames"_s).toBool(), true);
        QVERIFY(!props(u"Vpc"_s).contains(u"EnableDnsSupport"_s)); // the default
        QCOMPARE(props(u"WebTg"_s).value(u"HealthCheckPath"_s).toString(), u"/health"_s);
        QCOMPARE(props(u"Database"_s).value(u"AllocatedStorage"_s).toString(), u"100"_s);
        QCOMPARE(props(u"Database"_s).value(u"BackupRetentionPeriod"_s).toInt(), 7); // API default 1: always written
        QCOMPARE(props(u"BatchAsg"_s).value(u"Cooldown"_s).toString(), u"120"_s);
        QCOMPARE(props(u"BatchAsg"_s).value(u"HealthCheckGracePeriod"_s).toInt(), 300);
        QCOMPARE(props(u"Classic"_s).value(u"CrossZone"_s).toBool(), true);
        QCOMPARE(props(u"Classic"_s).value(u"Listeners"_s).toArray().at(0).toObject().value(u"InstancePort"_s).toString(), u"8080"_s);
        QCOMPARE(props(u"Nlb"_s).value(u"Type"_s).toString(), u"network"_s);
        QCOMPARE(props(u"Nlb"_s).value(u"Scheme"_s).toString(), u"internal"_s);
        QCOMPARE(props(u"TcpTg"_s).value(u"TargetType"_s).toString(), u"ip"_s);
        QCOMPARE(props(u"Memcached"_s).value(u"Port"_s).toInt(), 11212);
        QCOMPARE(props(u"Sharded"_s).value(u"NumNodeGroups"_s).toInt(), 3);
        QCOMPARE(props(u"Replica"_s).value(u"SourceDBInstanceIdentifier"_s).toObject().value(u"Ref"_s).toString(), u"Database"_s);
        QCOMPARE(props(u"Primary"_s).value(u"Failover"_s).toString(), u"PRIMARY"_s);
        QCOMPARE(props(u"Weighted"_s).value(u"Weight"_s).toInt(), 10);
        QCOMPARE(resources.value(u"BatchAsgstepout"_s).toObject().value(u"Type"_s).toString(), u"AWS::AutoScaling::ScalingPolicy"_s);
        QCOMPARE(resources.value(u"BatchAsgstepoutAlarm"_s).toObject().value(u"Type"_s).toString(), u"AWS::CloudWatch::Alarm"_s);
        // Parameters: image, key pair, NoEcho passwords; outputs: the load balancers' names.
        const QJsonObject t = QJsonDocument::fromJson(Exporter::run(*doc, ExportFormat::CloudFormationJson).data).object();
        const QJsonObject parameters = t.value(u"Parameters"_s).toObject();
        QCOMPARE(parameters.value(u"ImageId"_s).toObject().value(u"Type"_s).toString(), u"AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>"_s);
        QCOMPARE(parameters.value(u"KeyName"_s).toObject().value(u"Type"_s).toString(), u"AWS::EC2::KeyPair::KeyName"_s);
        QCOMPARE(parameters.value(u"DatabaseMasterPassword"_s).toObject().value(u"NoEcho"_s).toBool(), true);
        QVERIFY(t.value(u"Outputs"_s).toObject().contains(u"LbDNSName"_s));
        QVERIFY(t.value(u"Outputs"_s).toObject().contains(u"ClassicDNSName"_s));
    }

    void groupDescriptionsAreOnesAwsAccepts()
    {
        auto doc = test::loadDesign(test::baseDesignJson());
        QVERIFY(doc);
        test::setStored(*doc, u"WebSg"_s, u"description"_s, u"Web servers' group \u2014 \uc6f9 \"main\""_s);
        QStringList notes;
        const QJsonObject t = QJsonDocument::fromJson(toJson(CloudFormation::build(*doc, &notes))).object();
        const QString written = t.value(u"Resources"_s).toObject().value(u"WebSg"_s).toObject().value(u"Properties"_s).toObject()
                                    .value(u"GroupDescription"_s).toString();
        QCOMPARE(written, u"Web servers- group - - -main-"_s);
        QCOMPARE(notes.filter(u"WebSg"_s).size(), 1);
    }

    void logicalIdsAreAlphanumeric()
    {
        Document doc;
        doc.insert(test::makeResource(u"my-vpc"_s, ResourceType::Vpc));
        doc.insert(test::makeResource(u"my_vpc"_s, ResourceType::Vpc));
        const QJsonObject resources = resourcesOf(Exporter::run(doc, ExportFormat::CloudFormationJson).data);
        QVERIFY(resources.contains(u"myvpc"_s));
        QVERIFY(resources.contains(u"myvpc2"_s));
    }

    // --- Terraform

    void terraformParsesAndReferencesResolve_data() { addSamplesAndVariety(); }
    void terraformParsesAndReferencesResolve()
    {
        QFETCH(QString, name);
        const auto doc = designFor(name);
        QVERIFY(doc);
        const QString hcl = QString::fromUtf8(Exporter::run(*doc, ExportFormat::Terraform).data);
        const QStringList problems = terraformProblems(hcl);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // One block per mapped design resource, named after it.
        const QStringList blocks = terraformDeclarations(hcl, u"resource"_s);
        for (const Resource *r : doc->resources()) {
            const QString type = terraformType(*r);
            if (type.isEmpty())
                continue;
            QCOMPARE(blocks.count(type + u'.' + r->id), 1);
        }
        QVERIFY(hcl.contains(u"provider \"aws\""_s));
    }

    void terraformModuleSplitsTheSameConfiguration()
    {
        const auto doc = test::varietyDesign();
        QVERIFY(doc);
        const auto files = Terraform::writeModule(*doc);
        QCOMPARE(files.size(), 3);
        QString all;
        for (const auto &[name, text] : files) {
            QVERIFY2(terraformProblems(QString::fromUtf8(text)).filter(u"unbalanced"_s).isEmpty(), qPrintable(name));
            all += QString::fromUtf8(text);
        }
        const QStringList problems = terraformProblems(all);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // The single file holds the same blocks.
        const QString single = QString::fromUtf8(Terraform::write(*doc));
        QCOMPARE(terraformDeclarations(single, u"resource"_s), terraformDeclarations(all, u"resource"_s));
        QCOMPARE(terraformDeclarations(single, u"variable"_s), terraformDeclarations(all, u"variable"_s));
    }

    void terraformCheckerFindsMistakes()
    {
        const QString bad = uR"(resource "aws_vpc" "Vpc" {
  cidr_block = "10.0.0.0/16"
}
resource "aws_subnet" "A" {
  vpc_id = aws_vpc.Other.id
  tags   = { Name = var.missing }
)"_s;
        const QString all = terraformProblems(bad).join(u'\n');
        QVERIFY2(all.contains(u"unclosed"_s), qPrintable(all));
        QVERIFY2(all.contains(u"aws_vpc.Other.id"_s), qPrintable(all));
        QVERIFY2(all.contains(u"var.missing"_s), qPrintable(all));
    }

    // --- draw.io

    void drawioIsWellFormedWithNestedCells_data() { addSamplesAndVariety(); }
    void drawioIsWellFormedWithNestedCells()
    {
        QFETCH(QString, name);
        const auto doc = designFor(name);
        QVERIFY(doc);
        const QByteArray xmlText = Exporter::run(*doc, ExportFormat::DrawIo).data;
        QXmlStreamReader xml(xmlText);
        QHash<QString, QString> parentOf;  // vertex -> parent cell
        QHash<QString, QString> styleOf;
        QList<std::pair<QString, QString>> edges;
        QSet<QString> withGeometry;
        QString current;
        int rootCells = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto a = xml.attributes();
            if (xml.name() == u"mxCell"_s) {
                current = a.value(u"id"_s).toString();
                if (a.value(u"vertex"_s) == u"1"_s) {
                    QVERIFY2(!parentOf.contains(current), qPrintable(current));
                    parentOf.insert(current, a.value(u"parent"_s).toString());
                    styleOf.insert(current, a.value(u"style"_s).toString());
                } else if (a.value(u"edge"_s) == u"1"_s) {
                    edges.append({a.value(u"source"_s).toString(), a.value(u"target"_s).toString()});
                } else {
                    ++rootCells;
                }
            } else if (xml.name() == u"mxGeometry"_s && parentOf.contains(current)) {
                QVERIFY(!a.value(u"width"_s).isEmpty());
                withGeometry.insert(current);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(rootCells, 2);
        QCOMPARE(parentOf.size(), doc->count()); // one vertex per resource
        QCOMPARE(withGeometry.size(), doc->count());
        for (const Resource *r : doc->resources()) {
            QVERIFY2(parentOf.contains(r->id), qPrintable(r->id));
            QCOMPARE(parentOf.value(r->id), r->parent.isEmpty() ? u"1"_s : r->parent);
            if (!r->parent.isEmpty())
                QVERIFY2(styleOf.value(r->parent).contains(u"container=1"_s), qPrintable(r->parent));
        }
        QCOMPARE(styleOf.value(doc->resourcesOfType(ResourceType::Vpc).first()->id).contains(u"grIcon=mxgraph.aws4.group_vpc;"_s), true);
        QVERIFY(!edges.isEmpty());
        for (const auto &[source, target] : edges) {
            QVERIFY2(parentOf.contains(source), qPrintable(source));
            QVERIFY2(parentOf.contains(target), qPrintable(target));
        }
    }

    void drawioKeepsTheDesignsLayout()
    {
        const auto doc = test::loadDesign(test::baseDesignJson());
        QVERIFY(doc);
        const QString xml = QString::fromUtf8(Exporter::run(*doc, ExportFormat::DrawIo).data);
        // The VPC's box as the design stores it (containers are drawn at their full size).
        QVERIFY(xml.contains(u"<mxCell id=\"Vpc\""_s));
        QVERIFY(xml.contains(u"<mxGeometry x=\"0\" y=\"120\" width=\"900\" height=\"700\" as=\"geometry\"/>"_s));
        // An instance's icon sits centred in its stored box, relative to its subnet.
        QVERIFY(xml.contains(u"<mxGeometry x=\"44\" y=\"36\" width=\"48\" height=\"48\" as=\"geometry\"/>"_s));
    }

    void yamlReadsBackAsWritten()
    {
        // Every string YAML might misread, as values, keys and list items.
        const QStringList tricky = {u""_s, u"0x1F"_s, u"1e3"_s, u"-1"_s, u".5"_s, u"2010-09-09"_s, u"12:30"_s, u"-"_s,
                                    u"- x"_s, u"a:b"_s, u"a: b"_s, u"a #b"_s, u"#"_s, u"end:"_s, u" lead"_s, u"trail "_s,
                                    u"yes"_s, u"No"_s, u"~"_s, u"null"_s, u".inf"_s, u"!Ref x"_s, u"*alias"_s, u"&anchor"_s,
                                    u"{a}"_s, u"[1]"_s, u"'q'"_s, u"\"q\""_s, u"%x"_s, u"@x"_s, u"`x`"_s, u"|"_s, u">"_s,
                                    u"multi\nline"_s, u"two\n\n"_s, u"one\n"_s, u"  indented\nblock\n"_s, u"tab\there"_s,
                                    u"ctl\x01"_s, u"\ud55c\uad6d\uc5b4"_s, u"back\\slash"_s, u"a\r\nb\n"_s};
        Value root = Value::map();
        Value list = Value::list();
        for (int i = 0; i < tricky.size(); ++i) {
            root[u"k"_s + QString::number(i)] = tricky[i];
            if (!tricky[i].isEmpty())
                root[tricky[i]] = i;
            list.append(tricky[i]);
        }
        root[u"list"_s] = list;
        Value nested = Value::list();
        nested.append(Value::stringList({u"a"_s, u"b"_s}));
        nested.append(Value::map());
        nested.append(Value::list());
        Value item = Value::map();
        item[u"x"_s] = Value::stringList({u"1"_s});
        item[u"y"_s] = true;
        nested.append(item);
        root[u"nested"_s] = nested;
        QString error;
        const QByteArray back = test::yamlToJson(toYaml(root), &error);
        QVERIFY2(!back.isEmpty(), qPrintable(error + u'\n' + QString::fromUtf8(toYaml(root))));
        QCOMPARE(QJsonDocument::fromJson(back), QJsonDocument::fromJson(toJson(root)));
    }

    // --- what exists outside the stack is referred to, never created (issue 14)

    void outsideNetworksStayParametersAndImports()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"service.yaml"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"(AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  VpcId: {Type: "AWS::EC2::VPC::Id"}
  Subnets: {Type: "List<AWS::EC2::Subnet::Id>"}
  ParentVPCStack: {Type: String}
  ElbAcmCertificate: {Type: String}
Resources:
  LbGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      VpcId: !Ref VpcId
      SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0}]
  AppIngress:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: {"Fn::ImportValue": !Sub "${ParentVPCStack}-AppGroup"}
      IpProtocol: tcp
      FromPort: 8080
      ToPort: 8080
      SourceSecurityGroupId: !Ref LbGroup
  Lb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Subnets: !Ref Subnets
      SecurityGroups: [!Ref LbGroup]
  Tg:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties: {Port: 8080, Protocol: HTTP, VpcId: !Ref VpcId}
  Listener:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Lb
      Port: 443
      Protocol: HTTPS
      Certificates: [{CertificateArn: !Ref ElbAcmCertificate}]
      DefaultActions: [{Type: forward, TargetGroupArn: !Ref Tg}]
)");
        f.close();
        const LoadResult imported = DesignLoader::load(path);
        QVERIFY2(imported.ok(), qPrintable(imported.errors.isEmpty() ? QString() : imported.errors.first().format()));
        const QByteArray json = Exporter::run(*imported.document, ExportFormat::CloudFormationJson).data;
        const QStringList problems = spec().check(json);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const QJsonObject t = QJsonDocument::fromJson(json).object();
        const QJsonObject resources = t.value(u"Resources"_s).toObject();
        QStringList types;
        for (const QJsonValue &r : resources)
            types.append(r.toObject().value(u"Type"_s).toString());
        QVERIFY2(!types.contains(u"AWS::EC2::VPC"_s) && !types.contains(u"AWS::EC2::Subnet"_s), qPrintable(types.join(u' ')));
        QCOMPARE(types.count(u"AWS::EC2::SecurityGroup"_s), 1); // LbGroup; the imported group is not created
        const QJsonObject parameters = t.value(u"Parameters"_s).toObject();
        QCOMPARE(parameters.value(u"VpcId"_s).toObject().value(u"Type"_s).toString(), u"AWS::EC2::VPC::Id"_s);
        QCOMPARE(parameters.value(u"Subnets"_s).toObject().value(u"Type"_s).toString(), u"List<AWS::EC2::Subnet::Id>"_s);
        QCOMPARE(parameters.value(u"ParentVPCStack"_s).toObject().value(u"Type"_s).toString(), u"String"_s);
        // The certificate stays a parameter without a made-up default.
        QVERIFY(parameters.contains(u"ElbAcmCertificate"_s));
        QVERIFY(!parameters.value(u"ElbAcmCertificate"_s).toObject().contains(u"Default"_s));
        const QJsonObject lb = resources.value(u"Lb"_s).toObject().value(u"Properties"_s).toObject();
        // Unchanged since the import: the subnets as the template named them, the parameter.
        QCOMPARE(lb.value(u"Subnets"_s).toObject(), QJsonObject({{u"Ref"_s, u"Subnets"_s}}));
        QCOMPARE(resources.value(u"Tg"_s).toObject().value(u"Properties"_s).toObject().value(u"VpcId"_s).toObject(),
                 QJsonObject({{u"Ref"_s, u"VpcId"_s}}));
        // The rule added to the imported group, on that group.
        bool ingressOnImport = false;
        for (const QJsonValue &r : resources) {
            const QJsonObject o = r.toObject();
            if (o.value(u"Type"_s).toString() == u"AWS::EC2::SecurityGroupIngress"_s)
                ingressOnImport = QJsonDocument(o.value(u"Properties"_s).toObject().value(u"GroupId"_s).toObject()).toJson(QJsonDocument::Compact)
                    == R"({"Fn::ImportValue":{"Fn::Sub":"${ParentVPCStack}-AppGroup"}})";
        }
        QVERIFY(ingressOnImport);
        QVERIFY(!json.contains("10.0."));

        const QString hcl = QString::fromUtf8(Exporter::run(*imported.document, ExportFormat::Terraform).data);
        QVERIFY2(terraformProblems(hcl).isEmpty(), qPrintable(terraformProblems(hcl).join(u'\n')));
        const QStringList blocks = terraformDeclarations(hcl, u"resource"_s);
        QVERIFY(blocks.filter(u"aws_vpc."_s).isEmpty());
        QVERIFY(blocks.filter(u"aws_subnet."_s).isEmpty());
        QCOMPARE(blocks.filter(u"aws_security_group."_s).size(), 1);
        QVERIFY(hcl.contains(u"vpc_id = var.vpc_id"_s) || hcl.contains(u"vpc_id   = var.vpc_id"_s) || hcl.contains(u"var.vpc_id"_s));
        QVERIFY(hcl.contains(u"var.subnets[1]"_s));
    }

    // Issue 14: an Auto Scaling group and a classic load balancer in the default VPC by
    // `AvailabilityZones: !GetAZs ''` are written back that way, not with one subnet parameter
    // per zone; a list of zones stays that list.
    void defaultVpcZonesStayZones()
    {
        const LoadResult imported = DesignLoader::load(QStringLiteral(SKYDRAFT_SOURCE_DIR)
                                                       + u"/tests/fixtures/cloudformation/ELBWithLockedDownAutoScaledInstances.json"_s);
        QVERIFY(imported.ok());
        const QByteArray json = Exporter::run(*imported.document, ExportFormat::CloudFormationJson).data;
        QVERIFY2(spec().check(json).isEmpty(), qPrintable(spec().check(json).join(u'\n')));
        const QJsonObject t = QJsonDocument::fromJson(json).object();
        const QJsonObject resources = t.value(u"Resources"_s).toObject();
        for (const QString &id : {u"WebServerGroup"_s, u"ElasticLoadBalancer"_s}) {
            const QJsonObject p = resources.value(id).toObject().value(u"Properties"_s).toObject();
            QVERIFY2(!p.contains(u"VPCZoneIdentifier"_s) && !p.contains(u"Subnets"_s), qPrintable(id));
            QCOMPARE(p.value(u"AvailabilityZones"_s).toObject().value(u"Fn::GetAZs"_s).toString(), QString());
            QVERIFY(p.value(u"AvailabilityZones"_s).toObject().contains(u"Fn::GetAZs"_s));
        }
        for (const QString &name : t.value(u"Parameters"_s).toObject().keys())
            QVERIFY2(!name.startsWith(u"DefaultSubnet"_s) && name != u"DefaultVpc"_s, qPrintable(name));

        // Two zones named in the design stay those two zones.
        Document doc;
        doc.copyFrom(*imported.document);
        const QStringList two = doc.find(u"WebServerGroup"_s)->references(u"subnets"_s).mid(0, 2);
        QCOMPARE(two.size(), 2);
        QVERIFY(doc.setProperty(u"WebServerGroup"_s, u"subnets"_s, two));
        const QJsonObject p2 = QJsonDocument::fromJson(Exporter::run(doc, ExportFormat::CloudFormationJson).data)
                                   .object().value(u"Resources"_s).toObject().value(u"WebServerGroup"_s).toObject()
                                   .value(u"Properties"_s).toObject();
        QCOMPARE(p2.value(u"AvailabilityZones"_s).toArray().size(), 2);
        QCOMPARE(p2.value(u"AvailabilityZones"_s).toArray().at(0).toString(), doc.zoneOf(two.first()));
    }

    void defaultVpcIsNeverCreated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"default.yaml"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"(Resources:
  WebGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIp: 0.0.0.0/0}]
  Web:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-12345678
      SecurityGroupIds: [!GetAtt WebGroup.GroupId]
)");
        f.close();
        const LoadResult imported = DesignLoader::load(path);
        QVERIFY(imported.ok());
        QVERIFY(imported.document->find(u"DefaultVpc"_s));
        // Unchanged, the instance is written as the template wrote it: no subnet, so the
        // default VPC's default subnet, and no parameter for it.
        const QJsonObject asWritten = QJsonDocument::fromJson(Exporter::run(*imported.document, ExportFormat::CloudFormationJson).data).object();
        QVERIFY(!asWritten[u"Resources"_s][u"Web"_s][u"Properties"_s].toObject().contains(u"SubnetId"_s));
        QVERIFY(!asWritten.contains(u"Parameters"_s));
        // Drawn there as a design of one's own (no template behind it): its default subnet
        // is a parameter listed for the import.
        Document own;
        own.copyFrom(*imported.document);
        own.setPassThrough({});
        for (const auto format : {ExportFormat::CloudFormationJson, ExportFormat::CloudFormationYaml}) {
            const QByteArray data = Exporter::run(own, format).data;
            QByteArray json = data;
            if (format == ExportFormat::CloudFormationYaml) {
                QString error;
                json = test::yamlToJson(data, &error);
            }
            QVERIFY2(spec().check(json).isEmpty(), qPrintable(spec().check(json).join(u'\n')));
            const QJsonObject t = QJsonDocument::fromJson(json).object();
            for (const QJsonValue &r : t.value(u"Resources"_s).toObject()) {
                const QString type = r.toObject().value(u"Type"_s).toString();
                QVERIFY2(type == u"AWS::EC2::SecurityGroup"_s || type == u"AWS::EC2::Instance"_s, qPrintable(type));
            }
            QVERIFY(!json.contains("172.31."));
            // The group had no VpcId (the default VPC): it still has none, and no VPC parameter
            // is asked for; the instance's default subnet is a parameter listed for the import.
            const QJsonObject group = t.value(u"Resources"_s).toObject().value(u"WebGroup"_s).toObject();
            QVERIFY(!group.value(u"Properties"_s).toObject().contains(u"VpcId"_s));
            QVERIFY(!t.value(u"Parameters"_s).toObject().contains(u"DefaultVpc"_s));
            QVERIFY(!t.value(u"Metadata"_s).toObject().value(u"SkyDraft"_s).toObject().value(u"DefaultSubnets"_s).toObject().isEmpty());
            // Imported again, the parameters are the default VPC and subnet again.
            const QString again = dir.filePath(format == ExportFormat::CloudFormationJson ? u"again.json"_s : u"again.yaml"_s);
            QFile out(again);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(data);
            out.close();
            const LoadResult back = DesignLoader::load(again);
            QVERIFY(back.ok());
            const Resource *vpc = back.document->find(u"DefaultVpc"_s);
            QVERIFY(vpc);
            QVERIFY(!vpc->isExternal());
            QCOMPARE(vpc->string(u"externalSource"_s), u"default"_s);
            QCOMPARE(back.document->vpcOf(u"Web"_s), u"DefaultVpc"_s);
        }
        const QString hcl = QString::fromUtf8(Exporter::run(*imported.document, ExportFormat::Terraform).data);
        const QStringList blocks = terraformDeclarations(hcl, u"resource"_s);
        QVERIFY2(blocks.filter(u"aws_vpc."_s).isEmpty() && blocks.filter(u"aws_subnet."_s).isEmpty()
                     && blocks.filter(u"aws_internet_gateway."_s).isEmpty() && blocks.filter(u"aws_route_table."_s).isEmpty(),
                 qPrintable(blocks.join(u' ')));
    }

    void formatFromCommandLine()
    {
        QCOMPARE(Exporter::formatFor(u"cloudformation"_s, u"a.yaml"_s), ExportFormat::CloudFormationYaml);
        QCOMPARE(Exporter::formatFor(u"cloudformation"_s, u"a.YML"_s), ExportFormat::CloudFormationYaml);
        QCOMPARE(Exporter::formatFor(u"cloudformation"_s, u"a.json"_s), ExportFormat::CloudFormationJson);
        QCOMPARE(Exporter::formatFor(u"cloudformation"_s, u"a.template"_s), ExportFormat::CloudFormationJson);
        QCOMPARE(Exporter::formatFor(u"terraform"_s, u"main.tf"_s), ExportFormat::Terraform);
        QCOMPARE(Exporter::formatFor(u"drawio"_s, u"a.drawio"_s), ExportFormat::DrawIo);
        QVERIFY(!Exporter::formatFor(u"png"_s, u"a.png"_s));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
