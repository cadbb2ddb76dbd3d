// Drawing a connection is one AWS-meaningful edit: listeners, registrations, alias targets, and
// security-group rules that let an app tier reach its database.

#include "model/commands/connections.h"
#include "model/commands/editor.h"
#include "model/referencescope.h"
#include "model/validator.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace skydraft;

class TestConnections : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadBalancerToNewTargetGroupAddsAListener()
    {
        auto doc = test::loadDesign(test::baseDesignJson());
        QVERIFY(doc);
        Editor editor(doc.get());
        const QString tg = editor.addResource(ResourceType::TargetGroup, u"Vpc"_s);
        editor.setProperty(tg, u"port"_s, qint64(8080));
        const int steps = editor.undoStack()->count();
        QCOMPARE(Connections::connect(editor, u"Lb"_s, tg), QString());
        QCOMPARE(editor.undoStack()->count(), steps + 1);
        const QVariantList listeners = doc->find(u"Lb"_s)->rows(u"listeners"_s);
        QCOMPARE(listeners.size(), 2);
        QCOMPARE(listeners[1].toMap().value(u"targetGroup"_s).toString(), tg);
        QCOMPARE(listeners[1].toMap().value(u"port"_s).toLongLong(), 8080);
        QCOMPARE(listeners[1].toMap().value(u"protocol"_s).toString(), u"HTTP"_s);
        // Twice: refused.
        QVERIFY(Connections::connect(editor, u"Lb"_s, tg).contains(u"already"_s));
        editor.undoStack()->undo();
        QCOMPARE(doc->find(u"Lb"_s)->rows(u"listeners"_s).size(), 1);
    }

    void registrationsAndAliases()
    {
        auto doc = test::loadDesign(test::baseDesignJson());
        QVERIFY(doc);
        Editor editor(doc.get());
        const QString tg = editor.addResource(ResourceType::TargetGroup, u"Vpc"_s);
        QCOMPARE(Connections::connect(editor, tg, u"WebAsg"_s), QString());
        QVERIFY(doc->find(u"WebAsg"_s)->references(u"targetGroups"_s).contains(tg));
        QCOMPARE(Connections::connect(editor, tg, u"Admin"_s), QString());
        QCOMPARE(doc->find(tg)->references(u"targets"_s), QStringList{u"Admin"_s});
        const QString record = editor.addResource(ResourceType::Route53Record, QString());
        QCOMPARE(Connections::connect(editor, record, u"Lb"_s), QString());
        QCOMPARE(doc->find(record)->string(u"target"_s), u"Lb"_s);
        const QString replica = editor.addResource(ResourceType::RdsInstance, u"Vpc"_s);
        QCOMPARE(Connections::connect(editor, u"Database"_s, replica), QString());
        QCOMPARE(doc->find(replica)->string(u"sourceDb"_s), u"Database"_s);
    }

    void appToDatabaseAdmitsTheAppsGroupOnTheDatabasePort()
    {
        auto doc = test::loadDesign(test::baseDesignJson());
        QVERIFY(doc);
        Editor editor(doc.get());
        const QString sg = editor.addResource(ResourceType::SecurityGroup, u"Vpc"_s);
        const QString app = editor.addResource(ResourceType::Ec2Instance, u"AppB"_s);
        editor.setProperty(app, u"securityGroups"_s, QStringList{sg});
        const int steps = editor.undoStack()->count();
        QCOMPARE(Connections::connect(editor, app, u"Database"_s), QString());
        QCOMPARE(editor.undoStack()->count(), steps + 1);
        const QVariantMap rule = doc->find(u"DbSg"_s)->rows(u"inbound"_s).last().toMap();
        QCOMPARE(rule.value(u"group"_s).toString(), sg);
        QCOMPARE(rule.value(u"fromPort"_s).toLongLong(), 3306);
        QCOMPARE(rule.value(u"toPort"_s).toLongLong(), 3306);
        // A second connection to the cache is a second step, though both edit inbound rules.
        QCOMPARE(Connections::connect(editor, app, u"Cache"_s), QString());
        QCOMPARE(doc->find(u"CacheSg"_s)->rows(u"inbound"_s).last().toMap().value(u"fromPort"_s).toLongLong(), 6379);
        QCOMPARE(editor.undoStack()->count(), steps + 2);
        // Already admitted (the web tier's group reaches the cache): refused, with the reason.
        QVERIFY(Connections::connect(editor, u"Admin"_s, u"Cache"_s).contains(u"already admits"_s));
        // Without a group on the app there is no rule to write.
        const QString bare = editor.addResource(ResourceType::Ec2Instance, u"AppA"_s);
        QVERIFY(Connections::connect(editor, bare, u"Database"_s).contains(u"no security group"_s));
        // A rule written without ports (the defaults: every port) admits the database port too.
        const QString other = editor.addResource(ResourceType::SecurityGroup, u"Vpc"_s);
        const QString worker = editor.addResource(ResourceType::Ec2Instance, u"AppB"_s);
        editor.setProperty(worker, u"securityGroups"_s, QStringList{other});
        QVariantList rules = doc->find(u"DbSg"_s)->rows(u"inbound"_s);
        rules.append(QVariantMap{{u"protocol"_s, u"tcp"_s}, {u"group"_s, other}});
        QVERIFY(editor.setProperty(u"DbSg"_s, u"inbound"_s, rules));
        QVERIFY(Connections::connect(editor, worker, u"Database"_s).contains(u"already admits"_s));
    }

    // One rule for "which resources may this reference name": the inspector offers exactly the
    // candidates, the validator flags exactly the others, and a connection across VPCs is refused.
    void referenceCandidatesStayInTheVpc()
    {
        auto doc = test::loadDesign(test::baseDesignJson());
        QVERIFY(doc);
        Editor editor(doc.get());
        const QString vpc2 = editor.addResource(ResourceType::Vpc, QString());
        QVERIFY(editor.setProperty(vpc2, u"cidr"_s, u"10.1.0.0/16"_s));
        const QString sg2 = editor.addResource(ResourceType::SecurityGroup, vpc2);
        const QString az2 = editor.addResource(ResourceType::AvailabilityZone, vpc2);
        const QString subnet2 = editor.addResource(ResourceType::Subnet, az2);
        const QString igw2 = editor.addResource(ResourceType::InternetGateway, vpc2);
        const QString app2 = editor.addResource(ResourceType::Ec2Instance, subnet2);
        QVERIFY(!sg2.isEmpty() && !subnet2.isEmpty() && !igw2.isEmpty() && !app2.isEmpty());

        const auto candidates = [&](const QString &holder, const QString &key) {
            const Resource *r = doc->find(holder);
            return ReferenceScope::candidates(*doc, *r, *Catalogue::property(r->type, key));
        };
        // Security groups of an instance, a load balancer, a database: its own VPC's only.
        for (const QString &holder : {u"Admin"_s, u"Lb"_s, u"Database"_s, u"Cache"_s}) {
            const QStringList groups = candidates(holder, u"securityGroups"_s);
            QVERIFY2(groups.contains(u"WebSg"_s), qPrintable(holder));
            QVERIFY2(!groups.contains(sg2), qPrintable(holder));
        }
        QCOMPARE(candidates(app2, u"securityGroups"_s), QStringList{sg2});
        // Subnets of a load balancer or Auto Scaling group; a route's target (a table column).
        QVERIFY(candidates(u"Lb"_s, u"subnets"_s).contains(u"PublicA"_s));
        QVERIFY(!candidates(u"Lb"_s, u"subnets"_s).contains(subnet2));
        QVERIFY(!candidates(u"WebAsg"_s, u"subnets"_s).contains(subnet2));
        const Resource *rt = doc->find(u"PublicRt"_s);
        const PropertySpec *target = Catalogue::property(ResourceType::RouteTable, u"routes"_s)->column(u"target"_s);
        const QStringList targets = ReferenceScope::candidates(*doc, *rt, *target, true);
        QVERIFY(targets.contains(u"Igw"_s));
        QVERIFY(!targets.contains(igw2));
        // Nothing to keep a launch template (in no VPC) or a Route 53 record to one VPC.
        QVERIFY(candidates(u"WebLt"_s, u"securityGroups"_s).contains(sg2));
        QVERIFY(candidates(u"WebLt"_s, u"securityGroups"_s).contains(u"WebSg"_s));
        QVERIFY(candidates(u"Record"_s, u"target"_s).contains(app2));
        // Never the resource itself, never the wrong type.
        QVERIFY(!candidates(u"Database"_s, u"sourceDb"_s).contains(u"Database"_s));
        QVERIFY(!candidates(u"Lb"_s, u"subnets"_s).contains(u"Vpc"_s));
        QVERIFY(!ReferenceScope::whyNot(*doc, *doc->find(u"Admin"_s), *Catalogue::property(ResourceType::Ec2Instance, u"securityGroups"_s), sg2)
                     .isEmpty());

        // Several edited together: what is valid for each of them.
        const auto groupsOf = [](const Resource &r) { return Catalogue::property(r.type, u"securityGroups"_s); };
        QVERIFY(ReferenceScope::commonCandidates(*doc, {u"Admin"_s, app2}, groupsOf).isEmpty());
        const QStringList shared = ReferenceScope::commonCandidates(*doc, {u"Admin"_s, u"WebLt"_s, u"Lb"_s}, groupsOf);
        QVERIFY(shared.contains(u"WebSg"_s));
        QVERIFY(!shared.contains(sg2));
        const auto sourceOf = [](const Resource &r) { return Catalogue::property(r.type, u"sourceDb"_s); };
        const QString replica = editor.addResource(ResourceType::RdsInstance, u"Vpc"_s);
        QVERIFY(!ReferenceScope::commonCandidates(*doc, {u"Database"_s, replica}, sourceOf).contains(u"Database"_s));

        // The validator agrees: a group the inspector would not offer is an error, one it
        // offers is not.
        const auto crossVpcErrors = [&] {
            int n = 0;
            for (const Diagnostic &d : Validator::validate(*doc))
                n += d.severity == Severity::Error && d.resourceId == u"Admin"_s && d.property == u"securityGroups"_s;
            return n;
        };
        QCOMPARE(crossVpcErrors(), 0);
        QVERIFY(editor.setProperty(u"Admin"_s, u"securityGroups"_s, QStringList{u"WebSg"_s, sg2}));
        QCOMPARE(crossVpcErrors(), 1);

        // And so do the connections.
        QVERIFY(!Connections::check(*doc, u"WebTg"_s, app2).isEmpty());
        QCOMPARE(Connections::check(*doc, u"WebTg"_s, editor.addResource(ResourceType::Ec2Instance, u"AppB"_s)), QString());
        const int steps = editor.undoStack()->count();
        QVERIFY(!Connections::connect(editor, u"Lb"_s, editor.addResource(ResourceType::TargetGroup, vpc2)).isEmpty());
        QCOMPARE(editor.undoStack()->count(), steps + 1); // the target group only; no listener
    }

    void meaninglessConnectionsAreRefused()
    {
        auto doc = test::loadDesign(test::baseDesignJson());
        QVERIFY(doc);
        Editor editor(doc.get());
        const int steps = editor.undoStack()->count();
        const Resource before = *doc->find(u"Database"_s);
        for (const auto &[from, to] : QList<std::pair<QString, QString>>{
                 {u"Internet"_s, u"Database"_s}, {u"Database"_s, u"Lb"_s}, {u"Vpc"_s, u"AzA"_s}, {u"Lb"_s, u"Lb"_s}})
            QVERIFY2(!Connections::check(*doc, from, to).isEmpty(), qPrintable(from + u" -> "_s + to));
        QVERIFY(!Connections::connect(editor, u"Internet"_s, u"Database"_s).isEmpty());
        QCOMPARE(editor.undoStack()->count(), steps);
        QCOMPARE(*doc->find(u"Database"_s), before);
    }
};

QTEST_GUILESS_MAIN(TestConnections)
#include "tst_connections.moc"
