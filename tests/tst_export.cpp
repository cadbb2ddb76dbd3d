// The exports of a design: CloudFormation (validated offline against the resource
// specification), Terraform and draw.io.

#include "testsupport.h"

#include "cfnspec.h"
#include "model/export/cloudformation.h"
#include "model/export/exporter.h"
#include "model/layout.h"

#include <QDir>
#include <QJsonDocument>
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

    void cloudFormationValidatesAgainstSpec_data() { addSamples(); }
    void cloudFormationValidatesAgainstSpec()
    {
        QFETCH(QString, name);
        const auto doc = loadSample(name);
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

    void jsonAndYamlAreEquivalent_data() { addSamples(); }
    void jsonAndYamlAreEquivalent()
    {
        QFETCH(QString, name);
        const auto doc = loadSample(name);
        QVERIFY(doc);
        const QByteArray json = Exporter::run(*doc, ExportFormat::CloudFormationJson).data;
        QString error;
        const QByteArray fromYaml = test::yamlToJson(Exporter::run(*doc, ExportFormat::CloudFormationYaml).data, &error);
        QVERIFY2(!fromYaml.isEmpty(), qPrintable(error));
        QCOMPARE(QJsonDocument::fromJson(fromYaml), QJsonDocument::fromJson(json));
    }

    void exportsAreDeterministic_data() { addSamples(); }
    void exportsAreDeterministic()
    {
        QFETCH(QString, name);
        for (const ExportFormat f : {ExportFormat::CloudFormationJson, ExportFormat::CloudFormationYaml,
                                     ExportFormat::Terraform, ExportFormat::DrawIo}) {
            const auto a = loadSample(name);
            const auto b = loadSample(name);
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

    void checkerFindsMistakes()
    {
        // The checker itself must be able to fail.
        const QByteArray bad = R"({
  "Resources": {
    "Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16", "Colour": "red"}},
    "Sub": {"Type": "AWS::EC2::Subnet", "Properties": {"CidrBlock": "10.0.0.0/24"}},
    "Sg": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "x", "VpcId": {"Ref": "Nope"},
           "SecurityGroupIngress": [{"IpProtocol": "tcp", "FromPort": "eighty"}]}},
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
        QVERIFY2(all.contains(u"has no attribute \"Colour\""_s), qPrintable(all));
        QVERIFY2(all.contains(u"unknown resource type \"AWS::EC2::Nothing\""_s), qPrintable(all));
        QVERIFY2(all.contains(u"circular dependency"_s), qPrintable(all));
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
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
