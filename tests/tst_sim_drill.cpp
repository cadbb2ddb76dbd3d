// Drill files: parsing, defaults, and located errors.

#include "simsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace skydraft;
using namespace skydraft::test;

class TstSimDrill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheProductExample()
    {
        const QByteArray json = R"({
  "duration": 900, "seed": 7,
  "traffic": {"rps": 400, "shape": "constant"},
  "events": [
    {"at": 500, "do": "deploy", "target": "WebServerGroup", "strategy": "rolling"},
    {"at": 120, "do": "fail-az", "target": "us-east-1a"},
    {"at": 600, "do": "set-rps", "value": 2000}
  ],
  "expect": [
    {"metric": "error_rate", "from": 240, "to": 900, "max": 0.01},
    {"metric": "in_service", "target": "WebServerGroup", "at": 600, "min": 2}
  ]
})";
        const sim::DrillParse p = sim::parseDrill(json, u"d.json"_s);
        QVERIFY(p.errors.isEmpty());
        QVERIFY(p.drill);
        QCOMPARE(p.drill->duration, 900.0);
        QCOMPARE(p.drill->seed, quint64(7));
        QCOMPARE(p.drill->traffic.rps, 400.0);
        QCOMPARE(int(p.drill->events.size()), 3);
        QCOMPARE(p.drill->events[0].action, u"fail-az"_s); // sorted by time
        QCOMPARE(p.drill->events[0].line, 6);
        QCOMPARE(p.drill->events[2].value, 2000.0);
        QCOMPARE(int(p.drill->expect.size()), 2);
        QCOMPARE(*p.drill->expect[1].min, 2.0);
        QCOMPARE(p.drill->expect[1].target, u"WebServerGroup"_s);

        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        QVERIFY(sim::checkDrill(*p.drill, *doc).isEmpty());
    }

    void trafficShapes()
    {
        sim::Traffic t;
        t.rps = 100;
        t.peak = 300;
        t.shape = u"ramp"_s;
        t.start = 100;
        t.end = 200;
        QCOMPARE(t.rateAt(50, 1000), 100.0);
        QCOMPARE(t.rateAt(150, 1000), 200.0);
        QCOMPARE(t.rateAt(250, 1000), 300.0);
        t.shape = u"spike"_s;
        t.length = 10;
        QCOMPARE(t.rateAt(99, 1000), 100.0);
        QCOMPARE(t.rateAt(105, 1000), 300.0);
        QCOMPARE(t.rateAt(110, 1000), 100.0);
        t.shape = u"diurnal"_s;
        t.amplitude = 0.5;
        t.period = 86400;
        QCOMPARE(t.rateAt(0, 1000), 50.0);
        QCOMPARE(t.rateAt(43200, 1000), 150.0);
    }

    void errorsAreLocated_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << QByteArray("{\n  \"duration\": 900,\n  \"events\": [\n    {\"at\": 1 \"do\": \"fail\"}\n  ]\n}")
                                << u"d.json:4:15: "_s;
        QTest::newRow("unknown action") << QByteArray("{\n  \"events\": [\n    {\"at\": 1, \"do\": \"explode\", \"target\": \"X\"}\n  ]\n}")
                                        << u"d.json:3:21: unknown action \"explode\""_s;
        QTest::newRow("unknown key") << QByteArray("{\n  \"duraton\": 900\n}") << u"d.json:2:14: unknown key \"duraton\""_s;
        QTest::newRow("bad number") << QByteArray("{\n  \"traffic\": {\"rps\": \"many\"}\n}")
                                    << u"d.json:2:22: \"rps\" must be a number"_s;
        QTest::newRow("failover out of range") << QByteArray("{\"settings\": {\"rdsFailoverSeconds\": 30}}")
                                               << u"d.json:1:37: \"rdsFailoverSeconds\" must be between 60 and 120"_s;
        QTest::newRow("unknown metric") << QByteArray("{\n\"expect\": [\n  {\"metric\": \"happiness\", \"max\": 1}\n]}")
                                        << u"d.json:3:14: unknown metric \"happiness\""_s;
        QTest::newRow("no bound") << QByteArray("{\n\"expect\": [\n  {\"metric\": \"error_rate\"}\n]}")
                                  << u"d.json:3:3: an expectation needs \"min\" or \"max\""_s;
        QTest::newRow("not an object") << QByteArray("[1, 2]") << u"d.json:1:1: a drill is a JSON object"_s;
    }
    void errorsAreLocated()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const sim::DrillParse p = sim::parseDrill(json, u"d.json"_s);
        QVERIFY(!p.drill);
        QVERIFY(!p.errors.isEmpty());
        const QString line = p.errors.first().format();
        QVERIFY2(line.startsWith(expected), qPrintable(line));
        QVERIFY(!line.contains(u'\n'));
    }

    // A raw NUL is not JSON (the native loader refuses it too); QJsonDocument took it.
    void rawNulIsRefused()
    {
        static const char text[] = "{\n  \"name\": \"a\0b\",\n  \"duration\": 60\n}";
        const QByteArray json(text, sizeof(text) - 1);
        QCOMPARE(json.count('\0'), 1);
        const sim::DrillParse p = sim::parseDrill(json, u"d.json"_s);
        QVERIFY(!p.drill);
        QCOMPARE(p.errors.size(), 1);
        QVERIFY2(p.errors.first().format().startsWith(u"d.json:2:13: not valid JSON: raw control character U+0000"_s),
                 qPrintable(p.errors.first().format()));
    }

    // Errors come in the order of the file, not in the order they were found (keys are
    // visited sorted, events in time order).
    void errorsInFileOrder()
    {
        const sim::DrillParse p = sim::parseDrill("{\"zz\": 1, \"aa\": 2,\n \"traffic\": {\"rps\": \"many\"}, \"bb\": 3}", u"d.json"_s);
        QVERIFY(!p.drill);
        QStringList where;
        for (const Diagnostic &d : p.errors)
            where.append(QString::number(d.line) + u':' + QString::number(d.col));
        QCOMPARE(where, (QStringList{u"1:8"_s, u"1:17"_s, u"2:21"_s, u"2:36"_s}));

        const QByteArray json = "{\n  \"events\": [\n    {\"at\": 5, \"do\": \"fail\", \"target\": \"Nope1\"},\n"
                                "    {\"at\": 1, \"do\": \"fail\", \"target\": \"Nope2\"}\n  ]\n}";
        const sim::DrillParse q = sim::parseDrill(json, u"d.json"_s);
        QVERIFY(q.drill);
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        const QList<Diagnostic> errors = sim::checkDrill(*q.drill, *doc);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors[0].line, 3);
        QCOMPARE(errors[1].line, 4);
    }

    void unknownTargetIsLocated()
    {
        const QByteArray json = "{\n  \"events\": [\n    {\"at\": 1, \"do\": \"fail\", \"target\": \"WebServerGroup-2\"},\n"
                                "    {\"at\": 2, \"do\": \"fail\", \"target\": \"Databse\"}\n  ]\n}";
        const sim::DrillParse p = sim::parseDrill(json, u"d.json"_s);
        QVERIFY(p.drill);
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        const QList<Diagnostic> errors = sim::checkDrill(*p.drill, *doc);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().format().startsWith(u"d.json:4:5: unknown target \"Databse\""_s), qPrintable(errors.first().format()));
    }
};

QTEST_GUILESS_MAIN(TstSimDrill)
#include "tst_sim_drill.moc"
