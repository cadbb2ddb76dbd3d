// CloudFormation import: every fixture imports and validates; per-fixture counts and
// containment; the JSON and YAML twins agree; intrinsics resolved offline; placeholders for
// what comes from outside; bad templates give one located error.

#include "model/checker/checker.h"
#include "model/import/cfnparse.h"
#include "model/import/cloudformation.h"
#include "model/import/designloader.h"
#include "model/routing.h"
#include "model/validator.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace skydraft;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SKYDRAFT_FIXTURES_DIR) + u"/cloudformation/"_s + name;
}

QString hostile(const QString &name)
{
    return QStringLiteral(SKYDRAFT_SOURCE_DIR) + u"/tests/data/hostile/"_s + name;
}

QStringList fixtureNames()
{
    return QDir(fixture({})).entryList({u"*.yaml"_s, u"*.yml"_s, u"*.json"_s, u"*.template"_s}, QDir::Files, QDir::Name);
}

int countOf(const Document &doc, ResourceType type) { return int(doc.resourcesOfType(type).size()); }

LoadResult importText(const QByteArray &yaml, const LoadOptions &options = {})
{
    return CloudFormation::import(yaml, u"test.yaml"_s, options);
}

using TypeCounts = QHash<ResourceType, int>;

} // namespace

class TestImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixturesImportAndValidate_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList names = fixtureNames();
        QVERIFY(names.size() >= 17);
        for (const QString &n : names)
            QTest::newRow(qPrintable(n)) << n;
    }
    void fixturesImportAndValidate()
    {
        QFETCH(QString, name);
        const LoadResult r = DesignLoader::load(fixture(name));
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).format()));
        QVERIFY(r.document->count() > 0);
        for (const Diagnostic &d : Validator::validate(*r.document))
            QVERIFY2(d.severity != Severity::Error, qPrintable(d.format()));
        // Laid out, and every report line is one located line.
        for (const QString &id : r.document->ids())
            QVERIFY2(r.document->geometry(id).has_value(), qPrintable(id));
        for (const Diagnostic &n : r.notes) {
            const QString line = CloudFormation::formatNote(n);
            QVERIFY(line.startsWith(fixture(name) + u':'));
            QVERIFY(line.contains(u": note: "_s));
            QVERIFY(!line.contains(u'\n'));
        }
        // Containment the way AWS nests: subnet in AZ in VPC.
        for (const Resource *s : r.document->resourcesOfType(ResourceType::Subnet)) {
            const Resource *az = r.document->find(s->parent);
            QVERIFY(az && az->type == ResourceType::AvailabilityZone);
            const Resource *vpc = r.document->find(az->parent);
            QVERIFY(vpc && vpc->type == ResourceType::Vpc);
        }
        // The checker runs on it without tripping over placeholders.
        const QList<Finding> findings = Checker::check(*r.document);
        for (const Finding &f : findings) {
            const Resource *subject = r.document->find(f.component);
            QVERIFY2(!subject || !subject->isExternal(), qPrintable(f.component + u": "_s + f.message));
            if (f.severity == Severity::Error && f.rule != u"open-admin-port"_s)
                QVERIFY2(!touchesExternal(*r.document, f.component), qPrintable(f.component + u": "_s + f.message));
        }
    }

    void counts_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("vpcs");
        QTest::addColumn<int>("zones");
        QTest::addColumn<int>("subnets");
        QTest::addColumn<int>("publicSubnets");
        QTest::addColumn<int>("externals");
        QTest::addColumn<TypeCounts>("others");
        using T = ResourceType;
        QTest::newRow("managed NAT") << u"VPC_With_Managed_NAT_And_Private_Subnet.yaml"_s << 1 << 2 << 4 << 2 << 0
                                     << QHash<T, int>{{T::NatGateway, 2}, {T::ElasticIp, 2}, {T::RouteTable, 3}, {T::NetworkAcl, 1}, {T::InternetGateway, 1}};
        QTest::newRow("vpc-2azs") << u"vpc-2azs.yaml"_s << 1 << 2 << 4 << 2 << 0
                                  << QHash<T, int>{{T::RouteTable, 4}, {T::NetworkAcl, 2}, {T::InternetGateway, 1}};
        QTest::newRow("private-vpc") << u"private-vpc.yaml"_s << 1 << 2 << 4 << 2 << 0
                                     << QHash<T, int>{{T::NatGateway, 2}, {T::LoadBalancer, 2}, {T::TargetGroup, 2}, {T::AutoScalingGroup, 1}};
        // NumberOfAZs defaults to 3: three tiers of three subnets.
        QTest::newRow("wordpress newvpc") << u"aws-refarch-wordpress-01-newvpc.yaml"_s << 1 << 3 << 9 << 3 << 0
                                          << QHash<T, int>{{T::NatGateway, 3}, {T::RouteTable, 4}};
        QTest::newRow("asg twin json") << u"AutoScalingMultiAZWithNotifications.json"_s << 1 << 2 << 2 << 0 << 5
                                       << QHash<T, int>{{T::LoadBalancer, 1}, {T::TargetGroup, 1}, {T::AutoScalingGroup, 1}, {T::LaunchTemplate, 1}};
        // Its group names no VPC, so AWS makes it in the default VPC, and the instance's subnet
        // (a parameter) is there too: a subnet of the default VPC, which routes to the internet.
        QTest::newRow("ec2 sample") << u"EC2InstanceWithSecurityGroupSample.json"_s << 1 << 1 << 1 << 1 << 1
                                    << QHash<T, int>{{T::Ec2Instance, 1}, {T::SecurityGroup, 1}};
        // No VPC in the template: the default VPC, a public subnet per zone the ASG names (GetAZs: 6).
        QTest::newRow("elb locked down") << u"ELBWithLockedDownAutoScaledInstances.json"_s << 1 << 6 << 6 << 6 << 0
                                         << QHash<T, int>{{T::LoadBalancer, 1}, {T::AutoScalingGroup, 1}};
        QTest::newRow("rds replica") << u"RDS_MySQL_With_Read_Replica.yaml"_s << 1 << 2 << 2 << 2 << 0
                                     << QHash<T, int>{{T::RdsInstance, 2}};
        QTest::newRow("nlb eips") << u"NetworkLoadBalancerWithEIPs.yaml"_s << 1 << 2 << 2 << 0 << 3
                                  << QHash<T, int>{{T::ElasticIp, 4}, {T::LoadBalancer, 1}};
        QTest::newRow("wordpress rds") << u"aws-refarch-wordpress-03-rds.yaml"_s << 1 << 3 << 3 << 0 << 5
                                       << QHash<T, int>{{T::AuroraCluster, 1}};
        QTest::newRow("redis imports") << u"elasticache-redis.yaml"_s << 1 << 2 << 2 << 0 << 4
                                       << QHash<T, int>{{T::ElastiCache, 1}};
        QTest::newRow("wordpress-ha") << u"wordpress-ha.yaml"_s << 1 << 2 << 4 << 0 << 5
                                      << QHash<T, int>{{T::LoadBalancer, 1}, {T::AutoScalingGroup, 1}, {T::RdsInstance, 1}};
        QTest::newRow("nist") << u"nist_application.yaml"_s << 1 << 2 << 6 << 0 << 7
                              << QHash<T, int>{{T::LoadBalancer, 2}, {T::AutoScalingGroup, 2}, {T::RdsInstance, 1}, {T::Ec2Instance, 1}};
    }
    void counts()
    {
        QFETCH(QString, name);
        QFETCH(int, vpcs);
        QFETCH(int, zones);
        QFETCH(int, subnets);
        QFETCH(int, publicSubnets);
        QFETCH(int, externals);
        QFETCH(TypeCounts, others);
        const LoadResult r = DesignLoader::load(fixture(name));
        QVERIFY(r.ok());
        const Document &doc = *r.document;
        QCOMPARE(countOf(doc, ResourceType::Vpc), vpcs);
        QCOMPARE(countOf(doc, ResourceType::AvailabilityZone), zones);
        QCOMPARE(countOf(doc, ResourceType::Subnet), subnets);
        int pub = 0;
        for (const Resource *s : doc.resourcesOfType(ResourceType::Subnet))
            pub += isPublicSubnet(doc, s->id) ? 1 : 0;
        QCOMPARE(pub, publicSubnets);
        int ext = 0;
        for (const Resource *res : doc.resources())
            ext += res->isExternal() ? 1 : 0;
        QCOMPARE(ext, externals);
        for (auto it = others.cbegin(); it != others.cend(); ++it)
            QVERIFY2(countOf(doc, it.key()) == it.value(), qPrintable(typeKey(it.key())));
    }

    void unresolvedNamesShowTheLogicalId()
    {
        // wordpress-ha names its placeholders `${ParentVPCStack}-VPC`: with no value for the
        // parameter, every output (canvas, PNG, SVG, draw.io, messages) shows the logical id,
        // while the name itself is kept as the template wrote it.
        const LoadResult r = DesignLoader::load(fixture(u"wordpress-ha.yaml"_s));
        QVERIFY(r.ok());
        int unresolved = 0;
        for (const Resource *res : r.document->resources()) {
            if (!res->name.contains(u"${"_s))
                continue;
            ++unresolved;
            QCOMPARE(res->displayName(), res->id);
        }
        QVERIFY2(unresolved >= 5, qPrintable(QString::number(unresolved))); // the VPC and four subnets
        Resource named;
        named.id = u"Web"_s;
        named.name = u"Web server"_s;
        QCOMPARE(named.displayName(), u"Web server"_s);
    }

    void managedNatDetails()
    {
        const LoadResult r = DesignLoader::load(fixture(u"VPC_With_Managed_NAT_And_Private_Subnet.yaml"_s));
        QVERIFY(r.ok());
        const Document &doc = *r.document;
        QCOMPARE(doc.find(u"PublicSubnet0"_s)->string(u"cidr"_s), u"10.0.0.0/24"_s); // FindInMap
        QCOMPARE(doc.zoneOf(u"PublicSubnet1"_s), u"us-east-1b"_s);                    // Select + GetAZs
        QCOMPARE(doc.zoneOf(u"PrivateSubnet0"_s), u"us-east-1a"_s);
        QCOMPARE(doc.find(u"NATGateway0"_s)->parent, u"PublicSubnet0"_s);
        QCOMPARE(doc.find(u"ElasticIP0"_s)->string(u"associatedWith"_s), u"NATGateway0"_s); // dotted GetAtt
        QCOMPARE(doc.find(u"PrivateSubnet1"_s)->string(u"routeTable"_s), u"PrivateRouteTable1"_s);
        QCOMPARE(doc.find(u"PublicSubnet0"_s)->string(u"networkAcl"_s), u"PublicNetworkAcl"_s);
        QCOMPARE(doc.find(u"PublicNetworkAcl"_s)->rows(u"inbound"_s).size(), 1);
        QCOMPARE(doc.find(u"PublicRouteTable"_s)->rows(u"routes"_s).value(0).toMap().value(u"target"_s).toString(), u"InternetGateway"_s);
        QCOMPARE(doc.find(u"VPC"_s)->name, u"VPC Public and Private with NAT"_s); // Name tag from a parameter default
    }

    void jsonAndYamlTwinsAgree()
    {
        const LoadResult json = DesignLoader::load(fixture(u"AutoScalingMultiAZWithNotifications.json"_s));
        const LoadResult yaml = DesignLoader::load(fixture(u"AutoScalingMultiAZWithNotifications.yaml"_s));
        QVERIFY(json.ok() && yaml.ok());
        QCOMPARE(json.document->ids(), yaml.document->ids());
        for (const QString &id : json.document->ids()) {
            QCOMPARE(*json.document->find(id), *yaml.document->find(id));
            QCOMPARE(json.document->geometry(id), yaml.document->geometry(id));
        }
        const Resource *asg = json.document->find(u"WebServerGroup"_s);
        QVERIFY(asg);
        QCOMPARE(asg->integer(u"minSize"_s), 1);
        QCOMPARE(asg->references(u"subnets"_s), (QStringList{u"Subnets1"_s, u"Subnets2"_s}));
        QCOMPARE(asg->rows(u"scalingPolicies"_s).size(), 2); // simple policies with their alarms folded in
    }

    void parameterOverride()
    {
        LoadOptions options;
        options.parameters.insert(u"NumberOfAZs"_s, u"6"_s);
        const LoadResult r = DesignLoader::load(fixture(u"aws-refarch-wordpress-01-newvpc.yaml"_s), options);
        QVERIFY(r.ok());
        QCOMPARE(countOf(*r.document, ResourceType::Subnet), 18);
        QCOMPARE(countOf(*r.document, ResourceType::AvailabilityZone), 6);
    }

    void intrinsics()
    {
        const QByteArray text = R"(
AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Env: {Type: String, Default: prod, AllowedValues: [prod, dev]}
  Cidr: {Type: String, Default: 10.1.0.0/16}
Mappings:
  Sizes:
    prod: {Min: "2"}
    dev: {Min: "1"}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Not [!Condition IsProd]
  Both: !And [!Condition IsProd, !Or [!Equals [a, b], !Equals [!Ref "AWS::Region", eu-west-1]]]
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: {CidrBlock: !Ref Cidr}
  A:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      AvailabilityZone: !Sub "${AWS::Region}b"
      CidrBlock: !Select [2, !Cidr [!GetAtt Vpc.CidrBlock, 4, 8]]
      Tags: [{Key: Name, Value: !Join ["-", !Split [",", "x,y,z"]]}]
  B:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      AvailabilityZone: {"Fn::Select": [0, {"Fn::GetAZs": ""}]}
      CidrBlock: {"Fn::If": ["IsProd", "10.1.10.0/24", "10.1.20.0/24"]}
  DevOnly:
    Type: AWS::EC2::Subnet
    Condition: IsDev
    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.1.30.0/24}
  BothOnly:
    Type: AWS::EC2::InternetGateway
    Condition: Both
  Lt:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        UserData: !Base64 {"Fn::Sub": ["${Greeting} from ${AWS::Region}", {Greeting: hello}]}
  Asg:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      MinSize: !FindInMap [Sizes, !Ref Env, Min]
      MaxSize: "4"
      VPCZoneIdentifier: [!Ref A, !Ref B]
      LaunchTemplate: {LaunchTemplateId: !Ref Lt, Version: !GetAtt Lt.LatestVersionNumber}
)";
        LoadOptions options;
        options.region = u"eu-west-1"_s;
        const LoadResult r = importText(text, options);
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).format()));
        const Document &doc = *r.document;
        QCOMPARE(doc.region(), u"eu-west-1"_s);
        QCOMPARE(doc.zoneOf(u"A"_s), u"eu-west-1b"_s);                  // Sub with ${AWS::Region}
        QCOMPARE(doc.zoneOf(u"B"_s), u"eu-west-1a"_s);                  // GetAZs + Select, long form
        QCOMPARE(doc.find(u"A"_s)->string(u"cidr"_s), u"10.1.2.0/24"_s); // Cidr over GetAtt CidrBlock
        QCOMPARE(doc.find(u"A"_s)->name, u"x-y-z"_s);                    // Join + Split
        QCOMPARE(doc.find(u"B"_s)->string(u"cidr"_s), u"10.1.10.0/24"_s); // If
        QVERIFY(!doc.contains(u"DevOnly"_s));                               // condition false: skipped...
        QVERIFY(std::any_of(r.notes.begin(), r.notes.end(), [](const Diagnostic &d) { return d.message.contains(u"DevOnly"_s); }));
        QVERIFY(!doc.contains(u"BothOnly"_s) || doc.find(u"BothOnly"_s)->type == ResourceType::InternetGateway);
        QVERIFY(std::any_of(r.notes.begin(), r.notes.end(), [](const Diagnostic &d) { return d.message.contains(u"BothOnly"_s); }));
        QCOMPARE(doc.find(u"Lt"_s)->string(u"userData"_s), u"hello from eu-west-1"_s);
        QCOMPARE(doc.find(u"Asg"_s)->integer(u"minSize"_s), 2); // FindInMap keyed by a parameter
        QCOMPARE(doc.find(u"Asg"_s)->string(u"launchTemplate"_s), u"Lt"_s);

        // The same template in development: the other branch and the other resource.
        options.parameters.insert(u"Env"_s, u"dev"_s);
        const LoadResult dev = importText(text, options);
        QVERIFY(dev.ok());
        QCOMPARE(dev.document->find(u"B"_s)->string(u"cidr"_s), u"10.1.20.0/24"_s);
        QVERIFY(dev.document->contains(u"DevOnly"_s));
        QCOMPARE(dev.document->find(u"Asg"_s)->integer(u"minSize"_s), 1);
    }

    void placeholdersForOutsideThings()
    {
        const QByteArray text = R"(
Parameters:
  VpcId: {Type: "AWS::EC2::VPC::Id"}
  Subnets: {Type: "List<AWS::EC2::Subnet::Id>"}
Resources:
  LbSg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: lb
      VpcId: !Ref VpcId
      SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIp: 0.0.0.0/0}]
  Lb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Subnets: !Ref Subnets
      SecurityGroups: [!Ref LbSg, !ImportValue shared-AdminGroup]
  Topic:
    Type: AWS::SNS::Topic
)";
        const LoadResult r = importText(text);
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).format()));
        const Document &doc = *r.document;
        QVERIFY(doc.find(u"VpcId"_s) && doc.find(u"VpcId"_s)->isExternal());
        QCOMPARE(doc.find(u"LbSg"_s)->parent, u"VpcId"_s);
        QCOMPARE(doc.find(u"Lb"_s)->references(u"subnets"_s), (QStringList{u"Subnets1"_s, u"Subnets2"_s}));
        QVERIFY(doc.find(u"Subnets1"_s)->isExternal());
        QCOMPARE(doc.zonesOf(u"Lb"_s).size(), 2); // one zone each: an ALB needs two
        QVERIFY(doc.find(u"sharedAdminGroup"_s) && doc.find(u"sharedAdminGroup"_s)->isExternal());
        for (const Diagnostic &d : Validator::validate(doc))
            QVERIFY2(d.severity != Severity::Error, qPrintable(d.format()));
        // The SNS topic is reported, one located line.
        const auto topic = std::find_if(r.notes.begin(), r.notes.end(), [](const Diagnostic &d) { return d.message.contains(u"Topic (AWS::SNS::Topic) not drawn"_s); });
        QVERIFY(topic != r.notes.end());
        QCOMPARE(topic->line, 17);
        // No error findings come from what the template does not say.
        for (const Finding &f : Checker::check(doc))
            QVERIFY2(f.severity != Severity::Error, qPrintable(f.message));
        // Reachability says what it had to assume.
        const net::ReachResult reach = net::Reachability(doc).reach(u"internet"_s, u"Lb"_s, {net::Protocol::Tcp, 80});
        QVERIFY(!reach.assumptions.isEmpty());
    }

    // Issue 14: subnets and groups from outside share one VPC with what they are used with.
    // ELBStickinessSample: a classic load balancer by zones and a group without VpcId are in
    // the default VPC, so the instances' SubnetId parameter is a subnet of the default VPC.
    void outsideSubnetsLandInOneVpc()
    {
        const LoadResult r = DesignLoader::load(fixture(u"ELBStickinessSample.yaml"_s));
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).format()));
        const Document &doc = *r.document;
        QCOMPARE(countOf(doc, ResourceType::Vpc), 1);
        const QString vpc = doc.vpcOf(u"ElasticLoadBalancer"_s);
        QCOMPARE(doc.find(vpc)->string(u"externalSource"_s), u"default"_s);
        const Resource *subnet = doc.find(doc.find(u"EC2Instance1"_s)->parent);
        QVERIFY(subnet && subnet->type == ResourceType::Subnet && subnet->isExternal());
        QVERIFY2(subnet->string(u"externalSource"_s).startsWith(u"parameter SubnetId "_s), qPrintable(subnet->string(u"externalSource"_s)));
        for (const QString &id : {u"EC2Instance1"_s, u"EC2Instance2"_s, u"InstanceSecurityGroup"_s})
            QCOMPARE(doc.vpcOf(id), vpc);
        // Without anything in the default VPC, one placeholder VPC holds subnets and groups.
        const QByteArray text = R"(
Parameters:
  Subnets: {Type: "List<AWS::EC2::Subnet::Id>"}
  Group: {Type: "AWS::EC2::SecurityGroup::Id"}
Resources:
  Web:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-12345678
      SubnetId: !Select [0, !Ref Subnets]
      SecurityGroupIds: [!Ref Group]
)";
        const LoadResult o = importText(text);
        QVERIFY2(o.ok(), qPrintable(o.errors.value(0).format()));
        QCOMPARE(countOf(*o.document, ResourceType::Vpc), 1);
        const QString outside = o.document->vpcOf(u"Web"_s);
        QVERIFY(o.document->find(outside)->isExternal());
        for (const Resource *g : o.document->resourcesOfType(ResourceType::SecurityGroup))
            QCOMPARE(o.document->vpcOf(g->id), outside);
        for (const Diagnostic &d : Validator::validate(*o.document))
            QVERIFY2(d.severity != Severity::Error, qPrintable(d.format()));
    }

    // Issue 14: what CloudFormation accepts imports to a design that validates.
    void vpcDefaultAclAndGroup()
    {
        const QByteArray text = R"(
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: {CidrBlock: 10.0.0.0/16}
  Subnet:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24}
  Association:
    Type: AWS::EC2::SubnetNetworkAclAssociation
    Properties: {SubnetId: !Ref Subnet, NetworkAclId: !GetAtt Vpc.DefaultNetworkAcl}
  DenyTelnet:
    Type: AWS::EC2::NetworkAclEntry
    Properties: {NetworkAclId: !GetAtt Vpc.DefaultNetworkAcl, RuleNumber: 90, Protocol: 6, RuleAction: deny,
                 Egress: false, CidrBlock: 0.0.0.0/0, PortRange: {From: 23, To: 23}}
  HttpIn:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: {GroupId: !GetAtt Vpc.DefaultSecurityGroup, IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIp: 0.0.0.0/0}
  Web:
    Type: AWS::EC2::Instance
    Properties: {ImageId: ami-12345678, SubnetId: !Ref Subnet, SecurityGroupIds: [!GetAtt Vpc.DefaultSecurityGroup]}
)";
        const LoadResult r = importText(text);
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).format()));
        const Document &doc = *r.document;
        for (const Diagnostic &d : Validator::validate(doc))
            QVERIFY2(d.severity != Severity::Error, qPrintable(d.format()));
        const Resource *acl = doc.find(doc.find(u"Subnet"_s)->string(u"networkAcl"_s));
        QVERIFY(acl);
        QCOMPARE(acl->type, ResourceType::NetworkAcl);
        QVERIFY(acl->boolean(u"isDefault"_s));
        QCOMPARE(acl->parent, u"Vpc"_s);
        QCOMPARE(acl->rows(u"inbound"_s).size(), 2); // AWS's allow-all and the template's deny
        const QStringList groups = doc.find(u"Web"_s)->references(u"securityGroups"_s);
        QCOMPARE(groups.size(), 1);
        const Resource *group = doc.find(groups.first());
        QCOMPARE(group->type, ResourceType::SecurityGroup);
        QCOMPARE(group->parent, u"Vpc"_s);
        QCOMPARE(group->rows(u"inbound"_s).size(), 2); // itself, and the template's port 80
    }

    void nestedFindInMap()
    {
        // widdix ec2/al2-mutable-public.yaml: the inner map names the outer one.
        const QByteArray text = R"(
Parameters:
  Version: {Type: String, AllowedValues: ['2024', '2023']}
Mappings:
  VersionMap:
    '2024': {Map: RegionMap2024}
    '2023': {Map: RegionMap2023}
  RegionMap2024:
    us-east-1: {AMI: ami-2024}
  RegionMap2023:
    us-east-1: {AMI: ami-2023}
Resources:
  Web:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: !FindInMap [!FindInMap [VersionMap, !Ref Version, Map], !Ref 'AWS::Region', AMI]
)";
        const LoadResult unset = importText(text);
        QVERIFY2(unset.ok(), qPrintable(unset.errors.value(0).format()));
        LoadOptions options;
        options.parameters.insert(u"Version"_s, u"2023"_s);
        const LoadResult given = importText(text, options);
        QVERIFY2(given.ok(), qPrintable(given.errors.value(0).format()));
        QCOMPARE(given.document->find(u"Web"_s)->string(u"imageId"_s), u"ami-2023"_s);
    }

    void instanceWithANetworkInterfaceResource()
    {
        // widdix ec2/al2-mutable-public.yaml: the instance's interface is a resource of the
        // template, in a subnet of an imported VPC, and the Elastic IP is associated with it.
        const QByteArray text = R"(
Parameters:
  ParentVPCStack: {Type: String, Default: vpc}
Resources:
  Group:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: ssh
      VpcId: {'Fn::ImportValue': !Sub '${ParentVPCStack}-VPC'}
      SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}]
  Ip:
    Type: AWS::EC2::EIP
    Properties: {Domain: vpc}
  Nic:
    Type: AWS::EC2::NetworkInterface
    Properties:
      GroupSet: [!Ref Group]
      SubnetId: {'Fn::ImportValue': !Sub '${ParentVPCStack}-SubnetAPublic'}
  Association:
    Type: AWS::EC2::EIPAssociation
    Properties:
      AllocationId: !GetAtt Ip.AllocationId
      NetworkInterfaceId: !Ref Nic
  Vm:
    Type: AWS::EC2::Instance
    Properties:
      NetworkInterfaces: [{DeviceIndex: '0', NetworkInterfaceId: !Ref Nic}]
)";
        const LoadResult r = importText(text);
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).format()));
        const Document &doc = *r.document;
        const Resource *vm = doc.find(u"Vm"_s);
        QVERIFY(vm);
        const Resource *subnet = doc.find(vm->parent);
        QVERIFY(subnet);
        QVERIFY2(subnet->boolean(u"external"_s), qPrintable(vm->parent)); // not a default subnet
        QCOMPARE(doc.ancestorOfType(u"Vm"_s, ResourceType::Vpc), doc.ancestorOfType(u"Group"_s, ResourceType::Vpc));
        QCOMPARE(vm->references(u"securityGroups"_s), QStringList{u"Group"_s});
        QCOMPARE(doc.find(u"Ip"_s)->string(u"associatedWith"_s), u"Vm"_s);
        for (const Diagnostic &d : Validator::validate(doc))
            QVERIFY2(d.severity != Severity::Error, qPrintable(d.format()));
    }

    void unknownTagIsNoted()
    {
        const LoadResult r = DesignLoader::load(fixture(u"Elasticache-snapshot.yaml"_s));
        QVERIFY(r.ok());
        QVERIFY(std::any_of(r.notes.begin(), r.notes.end(), [](const Diagnostic &d) {
            return d.message.contains(u"!Rain::Embed"_s) && d.line == 220;
        }));
    }

    // A quoted scalar over several lines folds as YAML says (the answers are PyYAML's).
    // yaml-cpp drops the line breaks one starts with: '\n\n    ' read "" instead of "\n", and
    // templates converted from JSON spell every "\n" of a UserData that way.
    void quotedScalarsFoldAsYamlSays_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("value");
        QTest::newRow("only a break") << QByteArray("a: '\n\n    '\n") << u"\n"_s;
        QTest::newRow("two breaks") << QByteArray("a: '\n\n\n    '\n") << u"\n\n"_s;
        QTest::newRow("text, break") << QByteArray("a: 'x\n\n    '\n") << u"x\n"_s;
        QTest::newRow("break between") << QByteArray("a: '[main]\n\n  y'\n") << u"[main]\ny"_s;
        QTest::newRow("double-quoted break") << QByteArray("a: \"\n\n    \"\n") << u"\n"_s;
        QTest::newRow("folded to a space") << QByteArray("a: 'one\n  two'\n") << u"one two"_s;
        QTest::newRow("quote in quotes") << QByteArray("a: 'it''s\n  ok'\n") << u"it's ok"_s;
        QTest::newRow("escapes") << QByteArray("a: \"tab\\tend  \n  next\"\n") << u"tab\tend next"_s;
        QTest::newRow("escaped blank kept") << QByteArray("a: \"x \\t\n  y\"\n") << u"x \t y"_s;
        QTest::newRow("escaped break") << QByteArray("a: \"joined\\\n   here\"\n") << u"joinedhere"_s;
        QTest::newRow("unicode") << QByteArray("a: \"\\u00e9t\\xe9\n\n b\"\n") << u"\u00e9t\u00e9\nb"_s;
        // A tag or an anchor before the quote (PyYAML writes !Sub '...' so).
        QTest::newRow("tagged") << QByteArray("a: !Sub '\n\n    '\n") << u"\n"_s;
        QTest::newRow("anchored") << QByteArray("a: &nl '\n\n    '\n") << u"\n"_s;
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF" "a: '\n\n    '\n") << u"\n"_s;
    }
    void quotedScalarsFoldAsYamlSays()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, value);
        cfn::Report report;
        const std::optional<cfn::Node> root = cfn::parseTemplate(yaml, report);
        QVERIFY(root && root->get(u"a"));
        const cfn::Node *a = root->get(u"a");
        if (a->isMap()) // !Sub
            a = &a->entries.first().second;
        QCOMPARE(a->text, value);
    }

    void badTemplates_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("words");
        QTest::newRow("broken yaml") << QByteArray("Resources:\n  A:\n    Type: [AWS::EC2::VPC\n  B: x\n") << 4 << u"syntax"_s;
        // Unclosed: reported where the input ends.
        QTest::newRow("broken json") << QByteArray("{\"Resources\": {\"A\": {\"Type\": \"AWS::EC2::VPC\",}\n") << 2 << u"syntax"_s;
        QTest::newRow("ref to nothing") << QByteArray("Resources:\n  A:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: !Ref Nope\n")
                                        << 5 << u"Nope"_s;
        // yaml-cpp placed a NUL on the next line.
        QTest::newRow("raw nul") << (QByteArray("Resources:\n  A: x") + QByteArray(1, '\0') + QByteArray("y\n  B: z\n")) << 2
                                 << u"control character U+0000"_s;
        QTest::newRow("no resources") << QByteArray("AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n") << 2 << u"Resources"_s;
        QTest::newRow("missing map key") << QByteArray("Mappings: {M: {a: {b: c}}}\nResources:\n  A:\n    Type: AWS::EC2::VPC\n"
                                                       "    Properties: {CidrBlock: !FindInMap [M, a, x]}\n")
                                         << 5 << u"FindInMap"_s;
        QTest::newRow("another tool's tag") << QByteArray("Resources:\n  A:\n    Type: AWS::EC2::VPC\n    Properties: {CidrBlock: 10.0.0.0/16}\n"
                                                          "  Bucket: !Rain::Module ./bucket.yaml\n")
                                              << 5 << u"!Rain::Module is not CloudFormation"_s;
        QTest::newRow("another tool's type") << QByteArray("Resources:\n  A:\n    Type: AWS::EC2::VPC\n    Properties: {CidrBlock: 10.0.0.0/16}\n"
                                                           "  Storage:\n    Type: !Rain::Module ../bucket.yml\n")
                                               << 6 << u"Type !Rain::Module is not CloudFormation"_s;
        QTest::newRow("language extensions loop") << QByteArray("Transform: AWS::LanguageExtensions\nResources:\n  A:\n    Type: AWS::EC2::VPC\n"
                                                                "    Properties: {CidrBlock: 10.0.0.0/16}\n"
                                                                "  Fn::ForEach::Tables:\n    - T\n    - [a, b]\n    - Table${T}: {Type: AWS::SQS::Queue}\n")
                                                     << 6 << u"AWS::LanguageExtensions"_s;
        QTest::newRow("cidr not known") << QByteArray("Parameters: {C: {Type: String}}\nResources:\n  A:\n    Type: AWS::EC2::VPC\n"
                                                      "    Properties: {CidrBlock: !Ref C}\n")
                                        << 3 << u"CidrBlock"_s;
    }
    void badTemplates()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, words);
        const LoadResult r = importText(text);
        QVERIFY(!r.ok());
        QVERIFY(!r.document);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().line, line);
        QVERIFY(r.errors.first().col >= 1);
        QVERIFY2(r.errors.first().message.contains(words), qPrintable(r.errors.first().message));
        QVERIFY(r.errors.first().format().startsWith(u"test.yaml:"_s + QString::number(line) + u':'));
    }

    // A repeated key is refused where it is repeated (CloudFormation refuses it too); a
    // repeated logical id used to crash every command.
    void duplicateKeysAreOneLocatedError_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("key");
        QTest::newRow("yaml logical id") << u"duplicate-logical-id.yaml"_s << 7 << u"Vpc"_s;
        QTest::newRow("json logical id") << u"duplicate-logical-id.json"_s << 6 << u"Sg"_s;
    }
    void duplicateKeysAreOneLocatedError()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, key);
        const LoadResult r = DesignLoader::load(hostile(file));
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().line, line);
        QVERIFY(r.errors.first().col > 1);
        QVERIFY2(r.errors.first().message.contains(u"duplicate key \""_s + key + u'"'), qPrintable(r.errors.first().message));
        QVERIFY(r.errors.first().message.contains(u"first at line"_s));
    }
    void duplicatePropertyIsRefused()
    {
        const LoadResult r = importText("Resources:\n  A:\n    Type: AWS::EC2::VPC\n    Properties:\n"
                                        "      CidrBlock: 10.0.0.0/16\n      CidrBlock: 10.1.0.0/16\n");
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().line, 6);
        QCOMPARE(r.errors.first().col, 7);
    }

    // "Billion laughs": nine levels of nine aliases stand for 9^9 values. Refused while
    // parsing, located at the alias that crosses the limit.
    void aliasBombIsBounded()
    {
        const LoadResult r = DesignLoader::load(hostile(u"alias-bomb.yaml"_s));
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.first().message.contains(u"YAML aliases"_s), qPrintable(r.errors.first().message));
        QVERIFY(r.errors.first().line >= 5 && r.errors.first().line <= 17);
        // Aliases that stay within bounds still work.
        const LoadResult ok = importText("Metadata:\n  t: &t [{Key: Name, Value: shared}]\nResources:\n  A:\n"
                                         "    Type: AWS::EC2::VPC\n    Properties: {CidrBlock: 10.0.0.0/16, Tags: *t}\n");
        QVERIFY2(ok.ok(), qPrintable(ok.errors.value(0).format()));
        QCOMPARE(ok.document->find(u"A"_s)->name, u"shared"_s);
    }

    // Port ranges as AWS reads them: what it refuses is a located error, never widened,
    // clamped or rounded; -1 keeps meaning every port for all protocols and ICMP.
    void portRanges_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("errorLine"); // 0: imported; 9 FromPort refused, 10 ToPort refused
        QTest::addColumn<QString>("range");
        QTest::newRow("tcp 22") << u"tcp"_s << u"22"_s << u"22"_s << 0 << u"22-22"_s;
        QTest::newRow("tcp 22 to -1") << u"tcp"_s << u"22"_s << u"-1"_s << 10 << QString();
        QTest::newRow("tcp -1 to 22") << u"tcp"_s << u"-1"_s << u"22"_s << 9 << QString();
        QTest::newRow("tcp 2^63") << u"tcp"_s << u"0"_s << u"9223372036854775808"_s << 10 << QString();
        QTest::newRow("tcp 1e999") << u"tcp"_s << u"0"_s << u"1e999"_s << 10 << QString();
        QTest::newRow("tcp 22.7") << u"tcp"_s << u"22.7"_s << u"23"_s << 9 << QString();
        QTest::newRow("tcp 65536") << u"tcp"_s << u"0"_s << u"65536"_s << 10 << QString();
        QTest::newRow("tcp reversed") << u"tcp"_s << u"443"_s << u"80"_s << 10 << QString();
        QTest::newRow("all -1") << u"-1"_s << u"-1"_s << u"-1"_s << 0 << u"0-65535"_s;
        QTest::newRow("icmp -1") << u"icmp"_s << u"-1"_s << u"-1"_s << 0 << u"0-65535"_s;
        QTest::newRow("icmp 8 0") << u"icmp"_s << u"8"_s << u"0"_s << 0 << u"0-65535"_s;
        QTest::newRow("icmp 256") << u"icmp"_s << u"256"_s << u"0"_s << 9 << QString();
    }
    void portRanges()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, errorLine);
        QFETCH(QString, range);
        const QByteArray rule = "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties: {CidrBlock: 10.0.0.0/16}\n"
                                "  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      VpcId: !Ref Vpc\n"
                                "      GroupDescription: web\n      SecurityGroupIngress:\n"
                                "        - {IpProtocol: '" + protocol.toUtf8() + "', CidrIp: 0.0.0.0/0, FromPort: "
            + from.toUtf8() + ", ToPort: " + to.toUtf8() + "}\n";
        const LoadResult r = importText(rule);
        if (errorLine == 0) {
            QVERIFY2(r.ok(), qPrintable(r.errors.value(0).format()));
            const QVariantList rows = r.document->find(u"Sg"_s)->properties.value(u"inbound"_s).toList();
            QCOMPARE(rows.size(), 1);
            const QVariantMap row = rows.first().toMap();
            QCOMPARE(row.value(u"fromPort"_s).toString() + u'-' + row.value(u"toPort"_s).toString(), range);
            return;
        }
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().line, 11);
        const QString message = r.errors.first().message;
        QVERIFY2(message.contains(errorLine == 9 ? u"FromPort"_s : u"ToPort"_s), qPrintable(message));
        QVERIFY(r.errors.first().col > (errorLine == 9 ? 50 : 60));
        // The NACL entry's PortRange is read the same way.
        if (protocol == u"tcp"_s) {
            const QByteArray acl = "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties: {CidrBlock: 10.0.0.0/16}\n"
                                   "  Acl:\n    Type: AWS::EC2::NetworkAcl\n    Properties: {VpcId: !Ref Vpc}\n"
                                   "  Entry:\n    Type: AWS::EC2::NetworkAclEntry\n    Properties:\n      NetworkAclId: !Ref Acl\n"
                                   "      Protocol: 6\n      RuleNumber: 100\n      RuleAction: allow\n      CidrBlock: 0.0.0.0/0\n"
                                   "      PortRange:\n        From: " + from.toUtf8() + "\n        To: " + to.toUtf8() + "\n";
            const LoadResult a = importText(acl);
            QVERIFY(!a.ok());
            QCOMPARE(a.errors.size(), 1);
            QCOMPARE(a.errors.first().line, errorLine == 9 ? 17 : 18);
        }
    }

    // Fn::Select on a list parameter without a value: the index is a 64-bit number, never an
    // int that overflows into "Subnets-2147483648".
    void selectOnAListWithoutValue()
    {
        const QByteArray text = "Parameters:\n  Subnets: {Type: 'List<AWS::EC2::Subnet::Id>'}\n  Vpc: {Type: 'AWS::EC2::VPC::Id'}\n"
                                "Resources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties: {VpcId: !Ref Vpc, GroupDescription: x}\n"
                                "  I:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-12345678\n"
                                "      SubnetId: !Select [2147483647, !Ref Subnets]\n";
        const LoadResult r = importText(text);
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).format()));
        const QString subnet = r.document->find(u"I"_s)->parent;
        QVERIFY2(subnet.endsWith(u"2147483648"_s), qPrintable(subnet));
        QVERIFY(!subnet.contains(u'-'));
        QByteArray negative = text;
        negative.replace("2147483647", "-1");
        const LoadResult n = importText(negative);
        QVERIFY(!n.ok());
        QCOMPARE(n.errors.size(), 1);
        QCOMPARE(n.errors.first().line, 12);
    }

    // Issue 14: ALB listener rules become rows of the load balancer's `rules`: path patterns
    // (`Values` and `PathPatternConfig`), host headers (`HostHeaderConfig`), a weighted forward.
    void listenerRulesAreImported()
    {
        const LoadResult r = DesignLoader::load(fixture(u"alb-path-host-rules.yaml"_s));
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).format()));
        const Resource *lb = r.document->find(u"LoadBalancer"_s);
        QVERIFY(lb);
        const QVariantList rows = lb->rows(u"rules"_s);
        QCOMPARE(rows.size(), 4);
        const QVariantMap path = rows[0].toMap();
        QCOMPARE(path.value(u"priority"_s).toLongLong(), 10);
        QCOMPARE(path.value(u"listenerPort"_s).toLongLong(), 80);
        QCOMPARE(path.value(u"paths"_s).toString(), u"/api/*"_s);
        QCOMPARE(path.value(u"targetGroup"_s).toString(), u"ApiTargetGroup"_s);
        QCOMPARE(path.value(u"name"_s).toString(), u"ApiPathRule"_s);
        QCOMPARE(rows[1].toMap().value(u"hosts"_s).toString(), u"api.example.com,api.example.org"_s);
        QCOMPARE(rows[2].toMap().value(u"paths"_s).toString(), u"/v2/*,/beta/*"_s);
        QCOMPARE(rows[2].toMap().value(u"weight"_s).toLongLong(), 90);
        QCOMPARE(rows[3].toMap().value(u"targetGroup"_s).toString(), u"ApiCanaryTargetGroup"_s);
        QCOMPARE(rows[3].toMap().value(u"weight"_s).toLongLong(), 10);
        QCOMPARE(rows[3].toMap().value(u"priority"_s).toLongLong(), 30);
        // Folded into the design: not kept as resources passed through.
        const QJsonObject kept = QJsonDocument::fromJson(r.document->passThrough()).object().value(u"Resources"_s).toObject();
        for (const QString &rule : {u"ApiPathRule"_s, u"ApiHostRule"_s, u"ApiCanaryRule"_s, u"HttpListener"_s})
            QVERIFY2(!kept.contains(rule), qPrintable(rule));
        for (const Diagnostic &d : Validator::validate(*r.document))
            QVERIFY2(d.severity != Severity::Error, qPrintable(d.format()));
    }

    // A rule whose listener comes from another stack stays as it was written.
    void listenerRuleOnAnImportedListenerIsKept()
    {
        const LoadResult r = DesignLoader::load(fixture(u"private-subnet-public-service.yaml"_s));
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).format()));
        QVERIFY(r.document->passThrough().contains("LoadBalancerRule"));
    }

    void badListenerRules_data()
    {
        QTest::addColumn<QByteArray>("rules");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("words");
        QTest::newRow("not a target group") << QByteArray("  Rule:\n    Type: AWS::ElasticLoadBalancingV2::ListenerRule\n"
                                                        "    Properties:\n      ListenerArn: !Ref Listener\n      Priority: 5\n"
                                                        "      Conditions: [{Field: path-pattern, Values: [/a/*]}]\n"
                                                        "      Actions:\n        - Type: forward\n          TargetGroupArn: !Ref Lb\n")
                                            << 28 << u"Rule: forwards to Lb, which is not a target group"_s;
        QTest::newRow("unknown target group") << QByteArray("  Rule:\n    Type: AWS::ElasticLoadBalancingV2::ListenerRule\n"
                                                          "    Properties:\n      ListenerArn: !Ref Listener\n      Priority: 5\n"
                                                          "      Conditions: [{Field: path-pattern, Values: [/a/*]}]\n"
                                                          "      Actions:\n        - Type: forward\n          TargetGroupArn: !Ref Nothing\n")
                                              << 28 << u"Nothing"_s;
        QTest::newRow("duplicate priority") << QByteArray("  RuleA:\n    Type: AWS::ElasticLoadBalancingV2::ListenerRule\n"
                                                        "    Properties:\n      ListenerArn: !Ref Listener\n      Priority: 5\n"
                                                        "      Conditions: [{Field: path-pattern, Values: [/a/*]}]\n"
                                                        "      Actions: [{Type: forward, TargetGroupArn: !Ref Tg}]\n"
                                                        "  RuleB:\n    Type: AWS::ElasticLoadBalancingV2::ListenerRule\n"
                                                        "    Properties:\n      ListenerArn: !Ref Listener\n      Priority: 5\n"
                                                        "      Conditions: [{Field: host-header, Values: [b.example.com]}]\n"
                                                        "      Actions: [{Type: forward, TargetGroupArn: !Ref Tg}]\n")
                                            << 31 << u"RuleB: priority 5 is already taken by RuleA on listener Listener"_s;
    }
    void badListenerRules()
    {
        QFETCH(QByteArray, rules);
        QFETCH(int, line);
        QFETCH(QString, words);
        const QByteArray text = "Resources:\n"
                                "  Vpc:\n    Type: AWS::EC2::VPC\n    Properties: {CidrBlock: 10.0.0.0/16}\n"
                                "  SubnetA:\n    Type: AWS::EC2::Subnet\n    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24, AvailabilityZone: us-east-1a}\n"
                                "  SubnetB:\n    Type: AWS::EC2::Subnet\n    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: us-east-1b}\n"
                                "  Lb:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties: {Subnets: [!Ref SubnetA, !Ref SubnetB]}\n"
                                "  Tg:\n    Type: AWS::ElasticLoadBalancingV2::TargetGroup\n    Properties: {VpcId: !Ref Vpc, Port: 80, Protocol: HTTP}\n"
                                "  Listener:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n"
                                "    Properties: {LoadBalancerArn: !Ref Lb, Port: 80, Protocol: HTTP, DefaultActions: [{Type: forward, TargetGroupArn: !Ref Tg}]}\n"
                                + rules;
        const LoadResult r = importText(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.first().message.contains(words), qPrintable(r.errors.first().format()));
        QCOMPARE(r.errors.first().line, line);
        QVERIFY(r.errors.first().format().startsWith(u"test.yaml:"_s + QString::number(line) + u':'));
    }

    // Issue 14: one IPv6 block per VPC is drawn; a second one, or one from a pool, stays as
    // written, with a note that says why; a subnet block SkyDraft cannot model is noted too.
    void vpcIpv6BlocksNotDrawn()
    {
        const LoadResult r = importText(R"(Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  First:
    Type: AWS::EC2::VPCCidrBlock
    Properties:
      VpcId: !Ref Vpc
      AmazonProvidedIpv6CidrBlock: true
  Second:
    Type: AWS::EC2::VPCCidrBlock
    Properties:
      VpcId: !Ref Vpc
      AmazonProvidedIpv6CidrBlock: true
  Pooled:
    Type: AWS::EC2::VPCCidrBlock
    Properties:
      VpcId: !Ref Vpc
      Ipv6IpamPoolId: ipam-pool-0123
      Ipv6NetmaskLength: 56
  Sub:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      AvailabilityZone: us-east-1a
      CidrBlock: 10.0.1.0/24
      Ipv6CidrBlock: !ImportValue SubnetBlock
)");
        QVERIFY(r.ok());
        QCOMPARE(r.document->find(u"Vpc"_s)->string(u"ipv6Block"_s), u"amazon-provided"_s);
        QCOMPARE(r.document->find(u"Vpc"_s)->string(u"ipv6BlockId"_s), u"First"_s);
        QStringList notes;
        for (const Diagnostic &n : r.notes)
            notes.append(n.format());
        const QString all = notes.join(u'\n');
        QVERIFY2(all.contains(u"Second (AWS::EC2::VPCCidrBlock) not drawn: Vpc has an IPv6 block already (First)"_s), qPrintable(all));
        QVERIFY2(all.contains(u"Pooled (AWS::EC2::VPCCidrBlock) not drawn: only an Amazon-provided IPv6 block"_s), qPrintable(all));
        QVERIFY2(all.contains(u"Sub: its Ipv6CidrBlock is not a literal block"_s), qPrintable(all));
        QVERIFY(!r.document->find(u"Sub"_s)->isSet(u"ipv6Block"_s));
    }

    void nativeDesignsStillLoad()
    {
        const LoadResult r = DesignLoader::load(QStringLiteral(SKYDRAFT_SOURCE_DIR) + u"/resources/samples/three-tier.skydraft"_s);
        QVERIFY(r.ok());
        QVERIFY(r.notes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
