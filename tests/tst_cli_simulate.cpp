// `skydraft simulate` (product.md, command-line contract): every built-in drill runs and holds,
// the JSON summary, the CSV series, exit codes 0/1/2, located drill errors, same bytes per seed.

#include "clisupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using skydraft::test::Run;
using skydraft::test::runSkydraft;

QString samplePath(const QString &name)
{
    return QStringLiteral(SKYDRAFT_SOURCE_DIR) + u"/resources/samples/"_s + name + u".skydraft"_s;
}

QString drillDir() { return QStringLiteral(SKYDRAFT_SOURCE_DIR) + u"/resources/drills"_s; }

/// The sample a drill belongs to: drills are named <sample>-<scenario>.json.
QString sampleOf(const QString &drillFile)
{
    for (const QString &s : {u"three-tier"_s, u"stateful-shop"_s, u"wordpress-aurora"_s, u"single-instance"_s})
        if (drillFile.startsWith(s + u'-'))
            return s;
    return {};
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text);
    return path;
}

} // namespace

class TstCliSimulate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInDrillsHold_data()
    {
        QTest::addColumn<QString>("drill");
        const QStringList drills = QDir(drillDir()).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        QVERIFY(drills.size() >= 5);
        for (const QString &d : drills)
            QTest::newRow(qPrintable(d)) << d;
    }
    void builtInDrillsHold()
    {
        QFETCH(QString, drill);
        const QString sample = sampleOf(drill);
        QVERIFY2(!sample.isEmpty(), "a drill is named after its sample");
        const Run r = runSkydraft({u"simulate"_s, samplePath(sample), u"--drill"_s, drillDir() + u'/' + drill, u"--format"_s, u"json"_s});
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const QString &key : {u"requests"_s, u"errors"_s, u"error_rate"_s, u"latency"_s, u"expectations"_s, u"timeline"_s})
            QVERIFY2(o.contains(key), qPrintable(key));
        QVERIFY(o.value(u"requests"_s).toDouble() > 0);
        const QJsonArray expectations = o.value(u"expectations"_s).toArray();
        QVERIFY(!expectations.isEmpty());
        for (const QJsonValue &x : expectations) {
            QVERIFY(x.toObject().value(u"passed"_s).toBool());
            QVERIFY(x.toObject().value(u"actual"_s).isDouble());
        }
        for (const QJsonValue &e : o.value(u"timeline"_s).toArray()) {
            const QJsonObject ev = e.toObject();
            QVERIFY(ev.value(u"t"_s).isDouble());
            QVERIFY(!ev.value(u"event"_s).toString().isEmpty());
        }
    }

    void namedEventsOfTheAzDrill()
    {
        const Run r = runSkydraft({u"simulate"_s, samplePath(u"three-tier"_s), u"--drill"_s,
                                   drillDir() + u"/three-tier-az-loss.json"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        QStringList names;
        for (const QJsonValue &e : QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"timeline"_s).toArray())
            names.append(e.toObject().value(u"event"_s).toString());
        for (const QString &n : {u"az-failed"_s, u"az-recovered"_s, u"db-failover-started"_s, u"db-failover-completed"_s,
                                 u"instance-launched"_s, u"instance-in-service"_s, u"target-healthy"_s, u"instance-terminated"_s})
            QVERIFY2(names.contains(n), qPrintable(n));
    }

    void textSummary()
    {
        const Run r = runSkydraft({u"simulate"_s, samplePath(u"three-tier"_s), u"--drill"_s, drillDir() + u"/three-tier-db-failover.json"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"PASS available Database at 300 >= 1: actual 1"_s));
        QVERIFY(r.out.contains(u"db-failover-started Database"_s));
        QVERIFY(r.out.contains(u"latency p50"_s));
    }

    void failedExpectationExitsOne()
    {
        QTemporaryDir dir;
        const QString drill = writeFile(dir, u"d.json"_s, R"({"duration": 300, "traffic": {"rps": 60},
  "events": [{"at": 100, "do": "fail", "target": "Database"}],
  "expect": [{"metric": "error_rate", "max": 0.0001}, {"metric": "desired", "target": "WebServerGroup", "at": 10, "min": 2}]})");
        const Run r = runSkydraft({u"simulate"_s, samplePath(u"three-tier"_s), u"--drill"_s, drill, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 1);
        const QJsonArray x = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"expectations"_s).toArray();
        QCOMPARE(x.size(), 2);
        QCOMPARE(x[0].toObject().value(u"passed"_s).toBool(), false);
        QVERIFY(x[0].toObject().value(u"actual"_s).toDouble() > 0.1); // 90 s of failover in 300 s
        QCOMPARE(x[1].toObject().value(u"passed"_s).toBool(), true);
    }

    void badInputExitsTwo()
    {
        QTemporaryDir dir;
        const QString drill = writeFile(dir, u"bad.json"_s, "{\n  \"events\": [\n    {\"at\": 5, \"do\": \"fail\", \"target\": \"Nope\"}\n  ]\n}\n");
        Run r = runSkydraft({u"simulate"_s, samplePath(u"three-tier"_s), u"--drill"_s, drill});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(drill + u":3:5: unknown target \"Nope\""_s), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);

        const QString broken = writeFile(dir, u"broken.json"_s, "{\"duration\": 10,,}");
        r = runSkydraft({u"simulate"_s, samplePath(u"three-tier"_s), u"--drill"_s, broken});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(broken + u":1:"_s), qPrintable(r.err));

        r = runSkydraft({u"simulate"_s, samplePath(u"three-tier"_s), u"--rps"_s, u"lots"_s});
        QCOMPARE(r.exitCode, 2);
        r = runSkydraft({u"simulate"_s, samplePath(u"three-tier"_s), u"--format"_s, u"xml"_s});
        QCOMPARE(r.exitCode, 2);
        r = runSkydraft({u"simulate"_s, dir.filePath(u"missing.skydraft"_s)});
        QCOMPARE(r.exitCode, 2);
        r = runSkydraft({u"simulate"_s, samplePath(u"three-tier"_s), u"--drill"_s, dir.filePath(u"missing.json"_s)});
        QCOMPARE(r.exitCode, 2);
    }

    // Issue 14: without a drill a design that drops its traffic does not "pass"; an empty or
    // invalid design is refused as every other command refuses it.
    void defaultExpectationWithoutADrill()
    {
        QTemporaryDir dir;
        // An internet-facing load balancer forwarding to a target group with no targets.
        const QString stack = writeFile(dir, u"dropping.yaml"_s, R"(Resources:
  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
  Igw: {Type: AWS::EC2::InternetGateway}
  Attach: {Type: AWS::EC2::VPCGatewayAttachment, Properties: {VpcId: !Ref Vpc, InternetGatewayId: !Ref Igw}}
  Routes: {Type: AWS::EC2::RouteTable, Properties: {VpcId: !Ref Vpc}}
  Default: {Type: AWS::EC2::Route, Properties: {RouteTableId: !Ref Routes, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw}}
  A: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24, AvailabilityZone: us-east-1a}}
  B: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: us-east-1b}}
  AssocA: {Type: AWS::EC2::SubnetRouteTableAssociation, Properties: {SubnetId: !Ref A, RouteTableId: !Ref Routes}}
  AssocB: {Type: AWS::EC2::SubnetRouteTableAssociation, Properties: {SubnetId: !Ref B, RouteTableId: !Ref Routes}}
  LbGroup:
    Type: AWS::EC2::SecurityGroup
    Properties: {GroupDescription: lb, VpcId: !Ref Vpc, SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIp: 0.0.0.0/0}]}
  Lb: {Type: AWS::ElasticLoadBalancingV2::LoadBalancer, Properties: {Subnets: [!Ref A, !Ref B], SecurityGroups: [!Ref LbGroup]}}
  Tg: {Type: AWS::ElasticLoadBalancingV2::TargetGroup, Properties: {Port: 80, Protocol: HTTP, VpcId: !Ref Vpc}}
  Listener:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties: {LoadBalancerArn: !Ref Lb, Port: 80, Protocol: HTTP, DefaultActions: [{Type: forward, TargetGroupArn: !Ref Tg}]}
)");
        Run r = runSkydraft({u"simulate"_s, stack, u"--duration"_s, u"120"_s});
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"FAIL error_rate from 60 to end <= 0.01"_s), qPrintable(r.out));

        // A design that serves its traffic holds the same expectation.
        r = runSkydraft({u"simulate"_s, samplePath(u"three-tier"_s), u"--duration"_s, u"120"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"PASS error_rate from 60 to end <= 0.01"_s), qPrintable(r.out));

        const QString empty = writeFile(dir, u"empty.skydraft"_s, R"({"format": "skydraft", "version": 1, "region": "us-east-1", "resources": []})");
        r = runSkydraft({u"simulate"_s, empty});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"the design is empty"_s), qPrintable(r.err));
    }

    // Issue 14: traffic enters where the design can take it; --entry chooses; a design with no
    // entry point is refused with the reason; networks from outside are assumed to work.
    void entryPoints()
    {
        const QString fixtures = QStringLiteral(SKYDRAFT_SOURCE_DIR) + u"/tests/fixtures/cloudformation/"_s;
        // A VPC and its subnets only: nothing takes traffic from the internet.
        Run r = runSkydraft({u"simulate"_s, fixtures + u"vpc-2azs.yaml"_s, u"--duration"_s, u"60"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"no entry point"_s), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);

        r = runSkydraft({u"simulate"_s, samplePath(u"three-tier"_s), u"--duration"_s, u"120"_s, u"--entry"_s, u"Nope"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"no resource Nope"_s), qPrintable(r.err));
        r = runSkydraft({u"simulate"_s, samplePath(u"three-tier"_s), u"--duration"_s, u"120"_s, u"--entry"_s, u"Database"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"Database cannot take traffic from the internet"_s), qPrintable(r.err));
        // Straight to the load balancer, past the record: it serves.
        r = runSkydraft({u"simulate"_s, samplePath(u"three-tier"_s), u"--duration"_s, u"120"_s, u"--entry"_s,
                         u"WebLoadBalancer"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"passed"_s).toBool());

        // An imported stack whose VPC, subnets and instance groups are parameters: the load
        // balancer takes the traffic and the outside networks are assumed to carry it.
        r = runSkydraft({u"simulate"_s, fixtures + u"AutoScalingMultiAZWithNotifications.yaml"_s, u"--duration"_s, u"180"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"Assumptions:"_s) && r.out.contains(u"taken to work"_s) && r.out.contains(u"Subnets1"_s),
                 qPrintable(r.out));
        QVERIFY2(!r.out.contains(u"blocked"_s), qPrintable(r.out));

        // A web server with no public IPv4 address in a subnet that sends ::/0 to the internet
        // gateway: the internet reaches it over IPv6, and it takes the traffic.
        QTemporaryDir dir;
        const QByteArray ipv6 = R"(Resources:
  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
  Block: {Type: AWS::EC2::VPCCidrBlock, Properties: {VpcId: !Ref Vpc, AmazonProvidedIpv6CidrBlock: true}}
  Igw: {Type: AWS::EC2::InternetGateway}
  Attach: {Type: AWS::EC2::VPCGatewayAttachment, Properties: {VpcId: !Ref Vpc, InternetGatewayId: !Ref Igw}}
  Routes: {Type: AWS::EC2::RouteTable, Properties: {VpcId: !Ref Vpc}}
  Default6: {Type: AWS::EC2::Route, Properties: {RouteTableId: !Ref Routes, DestinationIpv6CidrBlock: '::/0', GatewayId: !Ref Igw}}
  A:
    Type: AWS::EC2::Subnet
    DependsOn: Block
    Properties:
      VpcId: !Ref Vpc
      CidrBlock: 10.0.0.0/24
      AvailabilityZone: us-east-1a
      Ipv6CidrBlock: !Select [0, !Cidr [!Select [0, !GetAtt Vpc.Ipv6CidrBlocks], 4, 64]]
      AssignIpv6AddressOnCreation: true
  AssocA: {Type: AWS::EC2::SubnetRouteTableAssociation, Properties: {SubnetId: !Ref A, RouteTableId: !Ref Routes}}
  WebGroup:
    Type: AWS::EC2::SecurityGroup
    Properties: {GroupDescription: web, VpcId: !Ref Vpc, SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIpv6: '::/0'}]}
  Web: {Type: AWS::EC2::Instance, Properties: {ImageId: ami-12345678, SubnetId: !Ref A, SecurityGroupIds: [!Ref WebGroup]}}
)";
        r = runSkydraft({u"simulate"_s, writeFile(dir, u"ipv6.yaml"_s, ipv6), u"--duration"_s, u"120"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"PASS error_rate"_s), qPrintable(r.out));
        // Without the IPv6 route, nothing takes traffic from the internet.
        QByteArray v4only = ipv6;
        v4only.replace("  Default6: {Type: AWS::EC2::Route, Properties: {RouteTableId: !Ref Routes, DestinationIpv6CidrBlock: '::/0', GatewayId: !Ref Igw}}\n", "");
        QVERIFY(v4only != ipv6);
        r = runSkydraft({u"simulate"_s, writeFile(dir, u"v4.yaml"_s, v4only), u"--duration"_s, u"120"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"no entry point"_s), qPrintable(r.err));
    }

    void csvHasOneRowPerSecondPerMetric()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"out.csv"_s);
        const Run r = runSkydraft({u"simulate"_s, samplePath(u"three-tier"_s), u"--duration"_s, u"60"_s, u"--rps"_s, u"50"_s,
                                   u"--csv"_s, csv});
        QCOMPARE(r.exitCode, 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.first(), QByteArray("t,resource,metric,value"));
        int cpuRows = 0, requestRows = 0;
        for (const QByteArray &l : lines) {
            cpuRows += l.contains(",WebServerGroup-1,cpu,") ? 1 : 0;
            requestRows += l.contains(",,requests,") ? 1 : 0;
        }
        QCOMPARE(requestRows, 60);
        QCOMPARE(cpuRows, 60);
        QVERIFY(lines.contains("59,,requests,50"));
        QVERIFY(lines.contains("0,WebServerGroup-1,cpu,25"));
    }

    void sameSeedSameBytes()
    {
        QTemporaryDir dir;
        const QStringList args = {u"simulate"_s, samplePath(u"three-tier"_s), u"--drill"_s, drillDir() + u"/three-tier-az-loss.json"_s,
                                  u"--format"_s, u"json"_s, u"--seed"_s, u"11"_s, u"--csv"_s};
        const Run a = runSkydraft(args + QStringList{dir.filePath(u"a.csv"_s)});
        const Run b = runSkydraft(args + QStringList{dir.filePath(u"b.csv"_s)});
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(a.out, b.out);
        QFile fa(dir.filePath(u"a.csv"_s)), fb(dir.filePath(u"b.csv"_s));
        QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
        const QByteArray ca = fa.readAll();
        QVERIFY(ca.size() > 1000);
        QCOMPARE(ca, fb.readAll());
        const Run c = runSkydraft({u"simulate"_s, samplePath(u"three-tier"_s), u"--drill"_s, drillDir() + u"/three-tier-az-loss.json"_s,
                                   u"--format"_s, u"json"_s, u"--seed"_s, u"12"_s});
        QVERIFY(c.out != a.out); // the seed places the health checks
    }

    void expectationOnAnInstance()
    {
        QTemporaryDir dir;
        const QString drill = writeFile(dir, u"d.json"_s, R"({"duration": 120, "traffic": {"rps": 40},
  "expect": [{"metric": "cpu", "target": "WebServerGroup-2", "from": 60, "to": 119, "min": 19, "max": 21}]})");
        const Run r = runSkydraft({u"simulate"_s, samplePath(u"three-tier"_s), u"--drill"_s, drill});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(u"PASS cpu WebServerGroup-2 from 60 to 119"_s));
    }

    void drillsAreBuiltIn()
    {
        QVERIFY(QFile::exists(u":/drills/three-tier-az-loss.json"_s));
    }
};

QTEST_GUILESS_MAIN(TstCliSimulate)
#include "tst_cli_simulate.moc"
