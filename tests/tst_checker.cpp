// The incremental Checker (model/checker/checker.h) driven by Editor edits: update() returns
// exactly what appeared and disappeared, findings() always equals a fresh Checker::check(),
// findingsChanged is emitted when (and only when) something changed.

#include "model/checker/checker.h"
#include "model/commands/editor.h"
#include "model/nativefile.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace skydraft;

namespace {

QVariant json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + QByteArray(text) + ']', &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON: %s: %s", text, qPrintable(error.errorString()));
    return doc.toVariant().toList().value(0);
}

std::unique_ptr<Document> sample(const QString &name)
{
    LoadResult loaded = NativeFile::load(u":/samples/"_s + name + u".skydraft"_s);
    if (!loaded.ok())
        return nullptr;
    return std::move(loaded.document);
}

/// Sets a property through the editor, in the catalogue's storage form.
bool edit(Editor &editor, const QString &id, const QString &key, const char *value)
{
    const Resource *r = editor.document()->find(id);
    return r && editor.setProperty(id, key, test::stored(r->type, key, json(value)));
}

QString key(const Finding &f)
{
    return u"%1|%2|%3|%4|%5|%6|%7"_s.arg(f.rule, f.component, f.property)
        .arg(f.row)
        .arg(f.column, severityName(f.severity), f.message);
}

QStringList keys(const QList<Finding> &list)
{
    QStringList out;
    for (const Finding &f : list)
        out.append(key(f));
    return out;
}

QStringList sortedKeys(const QList<Finding> &list)
{
    QStringList out = keys(list);
    out.sort();
    return out;
}

const char *kLbOnly = R"([{"protocol": "tcp", "fromPort": 80, "toPort": 80, "group": "LoadBalancerSecurityGroup"}])";
const char *kWithSsh = R"([{"protocol": "tcp", "fromPort": 80, "toPort": 80, "group": "LoadBalancerSecurityGroup"},
                           {"protocol": "tcp", "fromPort": 22, "toPort": 22, "cidr": "0.0.0.0/0"}])";

} // namespace

class TestChecker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanSampleStartsEmpty()
    {
        auto doc = sample(u"three-tier"_s);
        QVERIFY(doc);
        Checker checker(doc.get());
        QCOMPARE(keys(checker.findings()), keys(Checker::check(*doc)));
        QCOMPARE(checker.pendingCount(), 0);
        const Checker::Delta nothing = checker.update();
        QVERIFY(nothing.added.isEmpty() && nothing.removed.isEmpty());
    }

    void addAndUndoOpenSsh()
    {
        auto doc = sample(u"three-tier"_s);
        QVERIFY(doc);
        Editor editor(doc.get());
        Checker checker(doc.get());
        QSignalSpy spy(&checker, &Checker::findingsChanged);
        const QList<Finding> before = checker.findings();

        QVERIFY(edit(editor, u"WebSecurityGroup"_s, u"inbound"_s, kWithSsh));
        QVERIFY(checker.pendingCount() > 0);
        const Checker::Delta added = checker.update();
        QCOMPARE(added.added.size(), 1);
        QCOMPARE(added.removed.size(), 0);
        QCOMPARE(added.added.first().rule, u"open-admin-port"_s);
        QCOMPARE(added.added.first().component, u"WebSecurityGroup"_s);
        QCOMPARE(added.added.first().severity, Severity::Error);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(keys(checker.findings()), keys(Checker::check(*doc)));
        QVERIFY(keys(checker.findings()).contains(key(added.added.first())));

        editor.undoStack()->undo();
        const Checker::Delta removed = checker.update();
        QCOMPARE(removed.added.size(), 0);
        QCOMPARE(removed.removed.size(), 1);
        QCOMPARE(key(removed.removed.first()), key(added.added.first()));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(keys(checker.findings()), keys(before));

        editor.undoStack()->redo();
        const Checker::Delta again = checker.update();
        QCOMPARE(keys(again.added), keys(added.added));
        QVERIFY(again.removed.isEmpty());
        QCOMPARE(spy.count(), 3);
    }

    void noSignalWhenNothingChanges()
    {
        auto doc = sample(u"three-tier"_s);
        QVERIFY(doc);
        Editor editor(doc.get());
        Checker checker(doc.get());
        QSignalSpy spy(&checker, &Checker::findingsChanged);
        QVERIFY(edit(editor, u"WebSecurityGroup"_s, u"description"_s, R"("web servers")"));
        const Checker::Delta d = checker.update();
        QVERIFY(d.added.isEmpty() && d.removed.isEmpty());
        QCOMPARE(spy.count(), 0);
        // A second update with nothing pending is a no-op too.
        checker.update();
        QCOMPARE(spy.count(), 0);
    }

    void editElsewhereChangesFindingsOfAnother()
    {
        // Opening the database to the internet is a finding on the database, made by edits of
        // its group and of its subnets: the checker must re-evaluate the database.
        auto doc = sample(u"three-tier"_s);
        QVERIFY(doc);
        Editor editor(doc.get());
        Checker checker(doc.get());
        QVERIFY(edit(editor, u"Database"_s, u"subnets"_s, R"(["PublicSubnetA", "PublicSubnetB"])"));
        QVERIFY(edit(editor, u"Database"_s, u"publiclyAccessible"_s, "true"));
        checker.update();
        QVERIFY(!keys(checker.findings()).join(u'\n').contains(u"data-store-public"_s));
        QVERIFY(edit(editor, u"DatabaseSecurityGroup"_s, u"inbound"_s,
                     R"([{"protocol": "tcp", "fromPort": 3306, "toPort": 3306, "cidr": "0.0.0.0/0"}])"));
        const Checker::Delta d = checker.update();
        QCOMPARE(d.added.size(), 1);
        QCOMPARE(d.added.first().rule, u"data-store-public"_s);
        QCOMPARE(d.added.first().component, u"Database"_s);
        QCOMPARE(keys(checker.findings()), keys(Checker::check(*doc)));

        // A route-table edit (a network component) reaches the data store's verdict too.
        QVERIFY(edit(editor, u"PublicRouteTable"_s, u"routes"_s, "[]"));
        const Checker::Delta gone = checker.update();
        QVERIFY(keys(gone.removed).contains(key(d.added.first())));
        QCOMPARE(keys(checker.findings()), keys(Checker::check(*doc)));
    }

    void removingAResourceDropsItsFindings()
    {
        auto doc = sample(u"three-tier"_s);
        QVERIFY(doc);
        Editor editor(doc.get());
        Checker checker(doc.get());
        const QString id = editor.addResource(ResourceType::SecurityGroup, u"Vpc"_s, std::nullopt, u"SpareSg"_s);
        QCOMPARE(id, u"SpareSg"_s);
        QVERIFY(edit(editor, u"SpareSg"_s, u"inbound"_s, R"([{"protocol": "tcp", "fromPort": 3389, "toPort": 3389, "cidr": "0.0.0.0/0"}])"));
        const Checker::Delta d = checker.update();
        QStringList rules;
        for (const Finding &f : d.added) {
            QCOMPARE(f.component, u"SpareSg"_s);
            rules.append(f.rule);
        }
        rules.sort();
        QCOMPARE(rules, (QStringList{u"open-admin-port"_s, u"unused-security-group"_s}));

        QVERIFY(editor.removeResources({u"SpareSg"_s}));
        const Checker::Delta r = checker.update();
        QVERIFY(r.added.isEmpty());
        QCOMPARE(sortedKeys(r.removed), sortedKeys(d.added));
        for (const Finding &f : checker.findings())
            QVERIFY(f.component != u"SpareSg"_s);
        QCOMPARE(keys(checker.findings()), keys(Checker::check(*doc)));

        // Removing a resource others depend on: the load balancer loses its targets' group.
        QVERIFY(editor.removeResources({u"WebSecurityGroup"_s}));
        checker.update();
        QCOMPARE(keys(checker.findings()), keys(Checker::check(*doc)));
    }

    void validatorFindingsAreIncremental()
    {
        auto doc = sample(u"three-tier"_s);
        QVERIFY(doc);
        Editor editor(doc.get());
        Checker checker(doc.get());
        const QString subnet = editor.addResource(ResourceType::Subnet, u"ZoneA"_s, std::nullopt, u"ExtraSubnet"_s);
        QCOMPARE(subnet, u"ExtraSubnet"_s);
        checker.update();
        QVERIFY(edit(editor, u"ExtraSubnet"_s, u"cidr"_s, R"("10.0.10.128/25")"));
        const Checker::Delta d = checker.update();
        QCOMPARE(d.added.size(), 1);
        QCOMPARE(d.added.first().rule, u"subnet-overlap"_s);
        QCOMPARE(d.added.first().component, u"ExtraSubnet"_s);
        QVERIFY(edit(editor, u"ExtraSubnet"_s, u"cidr"_s, R"("10.0.40.0/24")"));
        const Checker::Delta back = checker.update();
        QCOMPARE(keys(back.removed), keys(d.added));
        QVERIFY(back.added.isEmpty());
    }

    void recheckAllMatchesCheck()
    {
        auto doc = sample(u"stateful-shop"_s);
        QVERIFY(doc);
        Editor editor(doc.get());
        Checker checker(doc.get());
        QVERIFY(edit(editor, u"SessionCache"_s, u"multiAz"_s, "false"));
        checker.recheckAll();
        QCOMPARE(checker.pendingCount(), 0);
        QCOMPARE(keys(checker.findings()), keys(Checker::check(*doc)));
        const net::ReachResult r = checker.reach(u"WebServerGroup"_s, u"SessionCache"_s, {net::Protocol::Tcp, 6379});
        QVERIFY(r.reachable);
    }

    // ~50 random edits of the three-tier sample (fixed seeds): after each update(), findings()
    // equals a fresh check, and the delta is exactly the difference from the previous findings.
    void randomEditsMatchFullCheck_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {20240607u, 1u, 7u, 42u, 1234u})
            QTest::addRow("seed %u", seed) << seed;
    }
    void randomEditsMatchFullCheck()
    {
        QFETCH(quint32, seed);
        auto doc = sample(u"three-tier"_s);
        QVERIFY(doc);
        Editor editor(doc.get());
        Checker checker(doc.get());
        QRandomGenerator rng(seed);
        int added = 0;
        QStringList log;

        using Op = std::function<bool()>;
        auto pick = [&](const QStringList &list) { return list.at(int(rng.bounded(quint32(list.size())))); };
        const QList<std::pair<const char *, Op>> ops = {
            {"web inbound", [&] { return edit(editor, u"WebSecurityGroup"_s, u"inbound"_s, rng.bounded(2) ? kWithSsh : kLbOnly); }},
            {"web inbound from db", [&] {
                 return edit(editor, u"WebSecurityGroup"_s, u"inbound"_s,
                             R"([{"protocol": "tcp", "fromPort": 80, "toPort": 80, "group": "DatabaseSecurityGroup"}])");
             }},
            {"db multi-az", [&] { return edit(editor, u"Database"_s, u"multiAz"_s, rng.bounded(2) ? "true" : "false"); }},
            {"db public", [&] { return edit(editor, u"Database"_s, u"publiclyAccessible"_s, rng.bounded(2) ? "true" : "false"); }},
            {"db subnets", [&] {
                 return edit(editor, u"Database"_s, u"subnets"_s,
                             rng.bounded(2) ? R"(["PublicSubnetA", "PublicSubnetB"])" : R"(["DataSubnetA", "DataSubnetB"])");
             }},
            {"db group open", [&] {
                 return edit(editor, u"DatabaseSecurityGroup"_s, u"inbound"_s,
                             R"([{"protocol": "tcp", "fromPort": 3306, "toPort": 3306, "cidr": "0.0.0.0/0"}])");
             }},
            {"asg subnets", [&] {
                 return edit(editor, u"WebServerGroup"_s, u"subnets"_s,
                             rng.bounded(2) ? R"(["AppSubnetA"])" : R"(["AppSubnetA", "AppSubnetB"])");
             }},
            {"asg desired", [&] {
                 const QByteArray n = QByteArray::number(rng.bounded(9));
                 return edit(editor, u"WebServerGroup"_s, u"desiredCapacity"_s, n.constData());
             }},
            {"lb scheme", [&] {
                 return edit(editor, u"WebLoadBalancer"_s, u"scheme"_s, rng.bounded(2) ? R"("internal")" : R"("internet-facing")");
             }},
            {"lb subnets", [&] {
                 return edit(editor, u"WebLoadBalancer"_s, u"subnets"_s,
                             pick({u"[\"PublicSubnetA\"]"_s, u"[\"AppSubnetA\", \"AppSubnetB\"]"_s,
                                   u"[\"PublicSubnetA\", \"PublicSubnetB\"]"_s})
                                 .toUtf8()
                                 .constData());
             }},
            {"route a", [&] {
                 return edit(editor, u"PrivateRouteTableA"_s, u"routes"_s,
                             pick({u"[]"_s, u"[{\"destination\": \"0.0.0.0/0\", \"target\": \"NatGatewayA\"}]"_s,
                                   u"[{\"destination\": \"0.0.0.0/0\", \"target\": \"NatGatewayB\"}]"_s})
                                 .toUtf8()
                                 .constData());
             }},
            {"health-check port", [&] {
                 return edit(editor, u"WebTargetGroup"_s, u"healthCheckPort"_s, rng.bounded(2) ? R"("8080")" : R"("traffic-port")");
             }},
            {"add group", [&] {
                 return !editor.addResource(ResourceType::SecurityGroup, u"Vpc"_s, std::nullopt, u"Extra"_s + QString::number(++added)).isEmpty();
             }},
            {"add subnet", [&] {
                 const QString id = editor.addResource(ResourceType::Subnet, pick({u"ZoneA"_s, u"ZoneB"_s}));
                 if (id.isEmpty())
                     return false;
                 return rng.bounded(2) ? edit(editor, id, u"cidr"_s, R"("10.0.10.0/25")") : true;
             }},
            {"add acl", [&] {
                 const QString id = editor.addResource(ResourceType::NetworkAcl, u"Vpc"_s);
                 return !id.isEmpty()
                     && edit(editor, id, u"inbound"_s,
                             R"([{"rule": 100, "protocol": "tcp", "fromPort": 80, "toPort": 80, "cidr": "0.0.0.0/0", "action": "allow"}])")
                     && editor.setProperty(pick({u"PublicSubnetA"_s, u"AppSubnetB"_s, u"DataSubnetA"_s}), u"networkAcl"_s, id);
             }},
            {"move nat", [&] { return editor.reparent(u"NatGatewayB"_s, pick({u"AppSubnetB"_s, u"PublicSubnetB"_s})); }},
            {"remove something", [&] {
                 QStringList candidates;
                 for (const Resource *r : doc->resources())
                     if (r->type != ResourceType::Vpc && r->type != ResourceType::AvailabilityZone)
                         candidates.append(r->id);
                 return editor.removeResources({pick(candidates)});
             }},
            {"undo", [&] {
                 editor.undoStack()->undo();
                 return true;
             }},
            {"redo", [&] {
                 editor.undoStack()->redo();
                 return true;
             }},
        };

        QList<Finding> previous = checker.findings();
        int changes = 0;
        for (int step = 0; step < 50; ++step) {
            const auto &[name, op] = ops.at(int(rng.bounded(quint32(ops.size()))));
            const bool ok = op();
            log.append(QString::number(step) + u": "_s + QLatin1StringView(name) + (ok ? u""_s : u" (refused)"_s));
            const Checker::Delta delta = checker.update();
            const QList<Finding> now = checker.findings();
            const QList<Finding> expected = Checker::check(*doc);
            const QString context = log.join(u'\n');
            QVERIFY2(keys(now) == keys(expected),
                     qPrintable(context + u"\nincremental:\n  "_s + keys(now).join(u"\n  "_s) + u"\nfull:\n  "_s
                                + keys(expected).join(u"\n  "_s)));
            // previous - removed + added == now
            QStringList rebuilt = keys(previous);
            for (const QString &k : keys(delta.removed))
                QVERIFY2(rebuilt.removeOne(k), qPrintable(context + u"\nremoved but not there: "_s + k));
            rebuilt += keys(delta.added);
            rebuilt.sort();
            QVERIFY2(rebuilt == sortedKeys(now), qPrintable(context));
            changes += int(delta.added.size() + delta.removed.size());
            previous = now;
        }
        QVERIFY2(changes > 0, "the random edits never changed a finding");
    }
};

QTEST_GUILESS_MAIN(TestChecker)
#include "tst_checker.moc"
