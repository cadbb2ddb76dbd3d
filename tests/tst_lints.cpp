// Design lints (model/checker/lints.cpp) and the validator-backed rules, as Checker::check
// reports them. One case per way a rule fires: a built-in sample broken in one way must give a
// finding with the rule id, severity and component; a close variant must not. A final check
// fails when a rule of lintRules() has no case, and every built-in sample must have no
// error-severity finding.

#include "model/checker/checker.h"
#include "model/nativefile.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace skydraft;

using Mutation = std::function<void(skydraft::Document &)>;
Q_DECLARE_METATYPE(Mutation)
Q_DECLARE_METATYPE(skydraft::Severity)

namespace {

QVariant json(const char *text)
{
    QJsonParseError error;
    // Wrapped in an array: Qt 6.4 reads no scalar at the top level.
    const QJsonDocument doc = QJsonDocument::fromJson('[' + QByteArray(text) + ']', &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in a test case: %s: %s", text, qPrintable(error.errorString()));
    return doc.toVariant().toList().value(0);
}

void set(Document &d, const QString &id, const QString &key, const char *value)
{
    QVERIFY2(test::setStored(d, id, key, json(value)), qPrintable(id + u'.' + key));
}

void add(Document &d, const QString &id, const char *type, const QString &parent, const char *props = "{}")
{
    const auto t = typeFromKey(QString::fromLatin1(type));
    QVERIFY2(t, type);
    QVERIFY2(d.insert(test::makeResource(id, *t, parent, json(props).toMap())), qPrintable(id));
}

std::unique_ptr<Document> sample(const QString &name)
{
    LoadResult loaded = NativeFile::load(u":/samples/"_s + name + u".skydraft"_s);
    if (!loaded.ok())
        return nullptr;
    return std::move(loaded.document);
}

QString dump(const QList<Finding> &findings)
{
    QString out;
    for (const Finding &f : findings)
        out += u"  %1 %2 %3: %4\n"_s.arg(severityName(f.severity), f.rule, f.component, f.message);
    return out;
}

struct LintCase {
    const char *name;
    QString sample;
    QString rule;
    Severity severity;
    QString component;
    Mutation trigger;
    Mutation variant; ///< close to the trigger, but must not fire the rule on the component
};

const char *kWebAcl = R"({"inbound": [{"rule": 100, "protocol": "tcp", "fromPort": 80, "toPort": 80, "cidr": "0.0.0.0/0", "action": "allow"},
                                      {"rule": 110, "protocol": "tcp", "fromPort": 443, "toPort": 443, "cidr": "0.0.0.0/0", "action": "allow"}],
                          "outbound": [{"rule": 100, "protocol": "tcp", "fromPort": 80, "toPort": 80, "cidr": "0.0.0.0/0", "action": "allow"},
                                       {"rule": 110, "protocol": "tcp", "fromPort": 443, "toPort": 443, "cidr": "0.0.0.0/0", "action": "allow"}]})";

QList<LintCase> cases()
{
    const QString tt = u"three-tier"_s;
    const QString shop = u"stateful-shop"_s;
    const QString wp = u"wordpress-aurora"_s;
    const QString web = u"WebSecurityGroup"_s;
    auto webInbound = [](const char *extraRule) {
        return [extraRule](Document &d) {
            const QByteArray rules = QByteArray(R"([{"protocol": "tcp", "fromPort": 80, "toPort": 80, "group": "LoadBalancerSecurityGroup"}, )")
                + extraRule + ']';
            set(d, u"WebSecurityGroup"_s, u"inbound"_s, rules.constData());
        };
    };
    auto publicDb = [](bool publiclyAccessible) {
        return [publiclyAccessible](Document &d) {
            set(d, u"Database"_s, u"subnets"_s, R"(["PublicSubnetA", "PublicSubnetB"])");
            set(d, u"Database"_s, u"publiclyAccessible"_s, publiclyAccessible ? "true" : "false");
            set(d, u"DatabaseSecurityGroup"_s, u"inbound"_s,
                R"([{"protocol": "tcp", "fromPort": 3306, "toPort": 3306, "cidr": "0.0.0.0/0"}])");
        };
    };
    auto addSubnet = [](const char *cidr) {
        return [cidr](Document &d) {
            add(d, u"ExtraSubnet"_s, "subnet", u"ZoneA"_s, qPrintable(u"{\"cidr\": \"%1\"}"_s.arg(QLatin1StringView(cidr))));
        };
    };
    auto webAcl = [](bool withEphemeral) {
        return [withEphemeral](Document &d) {
            add(d, u"WebAcl"_s, "network-acl", u"Vpc"_s, kWebAcl);
            if (withEphemeral) {
                for (const char *key : {"inbound", "outbound"}) {
                    QVariantList rules = d.find(u"WebAcl"_s)->rows(QString::fromLatin1(key));
                    rules.append(test::row({{u"rule"_s, 120}, {u"protocol"_s, u"tcp"_s}, {u"fromPort"_s, 1024},
                                            {u"toPort"_s, 65535}, {u"cidr"_s, u"0.0.0.0/0"_s}, {u"action"_s, u"allow"_s}}));
                    QVERIFY(test::setStored(d, u"WebAcl"_s, QString::fromLatin1(key), rules));
                }
            }
            set(d, u"PublicSubnetA"_s, u"networkAcl"_s, R"("WebAcl")");
        };
    };

    return {
        {"open ssh", tt, u"open-admin-port"_s, Severity::Error, web,
         webInbound(R"({"protocol": "tcp", "fromPort": 22, "toPort": 22, "cidr": "0.0.0.0/0"})"),
         webInbound(R"({"protocol": "tcp", "fromPort": 22, "toPort": 22, "cidr": "203.0.113.0/24"})")},
        {"open rdp in a range", tt, u"open-admin-port"_s, Severity::Error, web,
         webInbound(R"({"protocol": "tcp", "fromPort": 3000, "toPort": 4000, "cidr": "0.0.0.0/0"})"),
         webInbound(R"({"protocol": "tcp", "fromPort": 3390, "toPort": 4000, "cidr": "0.0.0.0/0"})")},
        {"all traffic open", tt, u"open-admin-port"_s, Severity::Error, web,
         webInbound(R"({"protocol": "all", "cidr": "0.0.0.0/0"})"),
         webInbound(R"({"protocol": "udp", "fromPort": 0, "toPort": 65535, "cidr": "0.0.0.0/0"})")},
        {"public database", tt, u"data-store-public"_s, Severity::Error, u"Database"_s, publicDb(true), publicDb(false)},
        {"alb in one zone", tt, u"alb-single-az"_s, Severity::Error, u"WebLoadBalancer"_s,
         [](Document &d) { set(d, u"WebLoadBalancer"_s, u"subnets"_s, R"(["PublicSubnetA"])"); },
         [](Document &d) { set(d, u"WebLoadBalancer"_s, u"subnets"_s, R"(["PublicSubnetB", "PublicSubnetA"])"); }},
        {"asg in one zone", tt, u"single-az-tier"_s, Severity::Warning, u"WebServerGroup"_s,
         [](Document &d) { set(d, u"WebServerGroup"_s, u"subnets"_s, R"(["AppSubnetA"])"); },
         [](Document &d) { set(d, u"WebServerGroup"_s, u"subnets"_s, R"(["AppSubnetB", "AppSubnetA"])"); }},
        {"aurora without replica", wp, u"single-az-tier"_s, Severity::Warning, u"WordPressDatabase"_s,
         [](Document &d) { set(d, u"WordPressDatabase"_s, u"replicas"_s, "0"); },
         [](Document &d) { set(d, u"WordPressDatabase"_s, u"replicas"_s, "2"); }},
        {"redis not multi-az", shop, u"single-az-tier"_s, Severity::Warning, u"SessionCache"_s,
         [](Document &d) { set(d, u"SessionCache"_s, u"multiAz"_s, "false"); },
         [](Document &d) { set(d, u"SessionCache"_s, u"replicasPerShard"_s, "2"); }},
        {"memcached in one zone", wp, u"single-az-tier"_s, Severity::Warning, u"ObjectCache"_s,
         [](Document &d) { set(d, u"ObjectCache"_s, u"subnets"_s, R"(["DataSubnetA"])"); },
         [](Document &d) { set(d, u"ObjectCache"_s, u"subnets"_s, R"(["DataSubnetB", "DataSubnetA"])"); }},
        {"one nat gateway for two zones", tt, u"single-az-tier"_s, Severity::Warning, u"NatGatewayA"_s,
         [](Document &d) { set(d, u"PrivateRouteTableB"_s, u"routes"_s, R"([{"destination": "0.0.0.0/0", "target": "NatGatewayA"}])"); },
         [](Document &d) { set(d, u"PrivateRouteTableA"_s, u"routes"_s, R"([{"destination": "0.0.0.0/0", "target": "NatGatewayB"}])"); }},
        {"single-az database, multi-az web tier", tt, u"rds-single-az"_s, Severity::Warning, u"Database"_s,
         [](Document &d) { set(d, u"Database"_s, u"multiAz"_s, "false"); },
         [](Document &d) {
             set(d, u"Database"_s, u"multiAz"_s, "false");
             set(d, u"WebServerGroup"_s, u"subnets"_s, R"(["AppSubnetA"])");
         }},
        {"targets refuse the load balancer", tt, u"target-unreachable"_s, Severity::Error, u"WebLoadBalancer"_s,
         [](Document &d) {
             set(d, u"WebSecurityGroup"_s, u"inbound"_s,
                 R"([{"protocol": "tcp", "fromPort": 80, "toPort": 80, "group": "DatabaseSecurityGroup"}])");
         },
         [](Document &d) {
             set(d, u"WebSecurityGroup"_s, u"inbound"_s,
                 R"([{"protocol": "tcp", "fromPort": 80, "toPort": 80, "group": "DatabaseSecurityGroup"},
                     {"protocol": "tcp", "fromPort": 80, "toPort": 80, "group": "LoadBalancerSecurityGroup"}])");
         }},
        {"health-check port refused", tt, u"target-unreachable"_s, Severity::Error, u"WebLoadBalancer"_s,
         [](Document &d) { set(d, u"WebTargetGroup"_s, u"healthCheckPort"_s, R"("8080")"); },
         [](Document &d) {
             set(d, u"WebTargetGroup"_s, u"healthCheckPort"_s, R"("8080")");
             set(d, u"WebSecurityGroup"_s, u"inbound"_s,
                 R"([{"protocol": "tcp", "fromPort": 80, "toPort": 8080, "group": "LoadBalancerSecurityGroup"}])");
         }},
        {"private subnet without egress", tt, u"private-no-egress"_s, Severity::Warning, u"WebServerGroup"_s,
         [](Document &d) { set(d, u"PrivateRouteTableA"_s, u"routes"_s, "[]"); },
         [](Document &d) { set(d, u"PrivateRouteTableA"_s, u"routes"_s, R"([{"destination": "0.0.0.0/0", "target": "NatGatewayB"}])"); }},
        {"instance in a public subnet without a public address", u"single-instance"_s, u"private-no-egress"_s,
         Severity::Warning, u"WebServer"_s,
         [](Document &d) { QVERIFY(d.remove(u"WebServerIp"_s)); },
         [](Document &d) {
             QVERIFY(d.remove(u"WebServerIp"_s));
             set(d, u"WebServer"_s, u"associatePublicIp"_s, R"("yes")");
         }},
        {"nat gateway in a private subnet", tt, u"nat-in-private-subnet"_s, Severity::Error, u"NatGatewayB"_s,
         [](Document &d) { QVERIFY(d.setParent(u"NatGatewayB"_s, u"AppSubnetA"_s)); },
         [](Document &d) {
             QVERIFY(d.setParent(u"NatGatewayB"_s, u"AppSubnetA"_s));
             set(d, u"NatGatewayB"_s, u"connectivity"_s, R"("private")");
         }},
        {"internet-facing lb in private subnets", tt, u"lb-private-subnets"_s, Severity::Error, u"WebLoadBalancer"_s,
         [](Document &d) { set(d, u"WebLoadBalancer"_s, u"subnets"_s, R"(["AppSubnetA", "AppSubnetB"])"); },
         [](Document &d) {
             set(d, u"WebLoadBalancer"_s, u"subnets"_s, R"(["AppSubnetA", "AppSubnetB"])");
             set(d, u"WebLoadBalancer"_s, u"scheme"_s, R"("internal")");
         }},
        {"overlapping subnets", tt, u"subnet-overlap"_s, Severity::Error, u"ExtraSubnet"_s, addSubnet("10.0.10.128/25"),
         addSubnet("10.0.30.0/24")},
        {"subnet outside its vpc", tt, u"subnet-outside-vpc"_s, Severity::Error, u"ExtraSubnet"_s, addSubnet("10.1.30.0/24"),
         addSubnet("10.0.31.0/24")},
        {"unused security group", tt, u"unused-security-group"_s, Severity::Info, u"SpareSg"_s,
         [](Document &d) { add(d, u"SpareSg"_s, "security-group", u"Vpc"_s); },
         [](Document &d) {
             add(d, u"SpareSg"_s, "security-group", u"Vpc"_s);
             set(d, u"Database"_s, u"securityGroups"_s, R"(["DatabaseSecurityGroup", "SpareSg"])");
         }},
        {"desired above max", tt, u"asg-capacity"_s, Severity::Error, u"WebServerGroup"_s,
         [](Document &d) { set(d, u"WebServerGroup"_s, u"desiredCapacity"_s, "7"); },
         [](Document &d) { set(d, u"WebServerGroup"_s, u"desiredCapacity"_s, "6"); }},
        {"min above max", tt, u"asg-capacity"_s, Severity::Error, u"WebServerGroup"_s,
         [](Document &d) { set(d, u"WebServerGroup"_s, u"minSize"_s, "7"); },
         [](Document &d) {
             set(d, u"WebServerGroup"_s, u"minSize"_s, "6");
             set(d, u"WebServerGroup"_s, u"desiredCapacity"_s, "6");
         }},
        {"acl without ephemeral return ports", tt, u"acl-blocks-ephemeral"_s, Severity::Warning, u"WebAcl"_s, webAcl(false),
         webAcl(true)},
        {"two listeners on one port", tt, u"invalid-design"_s, Severity::Error, u"WebLoadBalancer"_s,
         [](Document &d) {
             set(d, u"WebLoadBalancer"_s, u"listeners"_s,
                 R"([{"protocol": "HTTP", "port": 80, "targetGroup": "WebTargetGroup"}, {"protocol": "HTTP", "port": 80, "targetGroup": "WebTargetGroup"}])");
         },
         [](Document &d) {
             set(d, u"WebLoadBalancer"_s, u"listeners"_s,
                 R"([{"protocol": "HTTP", "port": 80, "targetGroup": "WebTargetGroup"}, {"protocol": "HTTP", "port": 8080, "targetGroup": "WebTargetGroup"}])");
         }},
    };
}

} // namespace

class TestLints : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rule_data()
    {
        QTest::addColumn<int>("index");
        const QList<LintCase> all = cases();
        for (int i = 0; i < all.size(); ++i)
            QTest::addRow("%s: %s", qPrintable(all[i].rule), all[i].name) << i;
    }

    void rule()
    {
        QFETCH(int, index);
        const LintCase c = cases().at(index);
        const LintRule *meta = lintRule(c.rule);
        QVERIFY2(meta, qPrintable(c.rule));
        QCOMPARE(meta->severity, c.severity);

        auto matching = [&](const QList<Finding> &findings) {
            QList<Finding> out;
            for (const Finding &f : findings)
                if (f.rule == c.rule && f.component == c.component)
                    out.append(f);
            return out;
        };

        auto doc = sample(c.sample);
        QVERIFY(doc);
        QVERIFY2(matching(Checker::check(*doc)).isEmpty(), "the sample itself fires the rule");
        c.trigger(*doc);
        if (QTest::currentTestFailed())
            return;
        const QList<Finding> findings = Checker::check(*doc);
        const QList<Finding> hits = matching(findings);
        QVERIFY2(!hits.isEmpty(), qPrintable(u"no %1 on %2; findings:\n"_s.arg(c.rule, c.component) + dump(findings)));
        for (const Finding &f : hits) {
            QCOMPARE(f.severity, c.severity);
            QVERIFY(!f.message.isEmpty());
            QVERIFY2(!f.hint.isEmpty(), qPrintable(f.rule));
        }

        auto near = sample(c.sample);
        QVERIFY(near);
        c.variant(*near);
        if (QTest::currentTestFailed())
            return;
        const QList<Finding> nearFindings = Checker::check(*near);
        QVERIFY2(matching(nearFindings).isEmpty(), qPrintable(u"variant fires %1:\n"_s.arg(c.rule) + dump(nearFindings)));
    }

    // A private subnet with no IPv4 way out but an IPv6 one (::/0 to an egress-only gateway):
    // the instances reach the internet over IPv6 only, and the finding says so.
    void ipv6OnlyEgressIsSaid()
    {
        auto doc = sample(u"three-tier"_s);
        QVERIFY(doc);
        set(*doc, u"PrivateRouteTableA"_s, u"routes"_s, "[]");
        auto findingFor = [&](Document &d) {
            for (const Finding &f : Checker::check(d))
                if (f.rule == u"private-no-egress"_s && f.component == u"WebServerGroup"_s)
                    return f.message;
            return QString();
        };
        const QString v4 = findingFor(*doc);
        QVERIFY2(!v4.isEmpty() && !v4.contains(u"IPv6"_s), qPrintable(v4));
        set(*doc, u"Vpc"_s, u"ipv6Block"_s, R"("amazon-provided")");
        set(*doc, u"AppSubnetA"_s, u"ipv6Block"_s, R"("vpc:1")");
        add(*doc, u"Eigw"_s, "egress-only-internet-gateway", u"Vpc"_s);
        set(*doc, u"PrivateRouteTableA"_s, u"routes"_s, R"([{"destination": "::/0", "target": "Eigw"}])");
        const QString v6 = findingFor(*doc);
        QVERIFY2(v6.contains(u"over IPv6 only, through Eigw"_s), qPrintable(v6));
    }

    void everyRuleHasACase()
    {
        QSet<QString> covered;
        for (const LintCase &c : cases())
            covered.insert(c.rule);
        for (const LintRule &r : lintRules())
            QVERIFY2(covered.contains(QString::fromLatin1(r.id)), r.id);
        // And the rule ids are unique.
        QSet<QString> ids;
        for (const LintRule &r : lintRules())
            ids.insert(QString::fromLatin1(r.id));
        QCOMPARE(ids.size(), lintRules().size());
    }

    void openAdminPortNamesTheRuleRow()
    {
        auto doc = sample(u"three-tier"_s);
        QVERIFY(doc);
        set(*doc, u"WebSecurityGroup"_s, u"inbound"_s,
            R"([{"protocol": "tcp", "fromPort": 80, "toPort": 80, "group": "LoadBalancerSecurityGroup"},
                {"protocol": "tcp", "fromPort": 22, "toPort": 22, "cidr": "0.0.0.0/0"}])");
        const QList<Finding> findings = Checker::check(*doc);
        const auto it = std::find_if(findings.begin(), findings.end(),
                                     [](const Finding &f) { return f.rule == u"open-admin-port"_s; });
        QVERIFY(it != findings.end());
        QCOMPARE(it->property, u"inbound"_s);
        QCOMPARE(it->row, 1);
        QCOMPARE(it->column, u"cidr"_s);
        QVERIFY(it->message.contains(u"SSH"_s));
    }

    void samplesHaveNoErrors_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList files = QDir(u":/samples"_s).entryList({u"*.skydraft"_s});
        QVERIFY(files.size() >= 4);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << QString(f).chopped(int(qstrlen(".skydraft")));
    }

    void samplesHaveNoErrors()
    {
        QFETCH(QString, name);
        auto doc = sample(name);
        QVERIFY(doc);
        const QList<Finding> findings = Checker::check(*doc);
        QList<Finding> errors;
        for (const Finding &f : findings)
            if (f.severity == Severity::Error)
                errors.append(f);
        if (!findings.isEmpty())
            qInfo("%s", qPrintable(name + u":\n"_s + dump(findings)));
        QVERIFY2(errors.isEmpty(), qPrintable(dump(errors)));
    }
};

QTEST_GUILESS_MAIN(TestLints)
#include "tst_lints.moc"
