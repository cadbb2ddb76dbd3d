// The simulator on generated designs of many shapes (one zone with a Network Load Balancer,
// three zones, no data tier, many instances): a drill of zone loss, recovery and deployment
// runs through, accounts for every request, and repeats byte for byte.

#include "designgenerator.h"
#include "simsupport.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace skydraft;
using namespace skydraft::test;

class TstSimGenerated : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drillRuns_data()
    {
        QTest::addColumn<int>("zones");
        QTest::addColumn<int>("subnets");
        QTest::addColumn<int>("instances");
        QTest::addColumn<bool>("databases");
        QTest::newRow("one zone, NLB") << 1 << 2 << 2 << false;
        QTest::newRow("two zones") << 2 << 3 << 2 << true;
        QTest::newRow("three zones, four tiers") << 3 << 4 << 3 << true;
        QTest::newRow("six zones, no data tier") << 6 << 3 << 1 << false;
    }
    void drillRuns()
    {
        QFETCH(int, zones);
        QFETCH(int, subnets);
        QFETCH(int, instances);
        QFETCH(bool, databases);
        bench::GeneratorOptions options;
        options.vpcs = 2;
        options.zonesPerVpc = zones;
        options.subnetsPerZone = subnets;
        options.instancesPerSubnet = instances;
        options.databases = databases;
        options.layout = false;
        const auto doc = bench::generateDesign(options);
        QVERIFY(doc);
        const QString asg = doc->resourcesOfType(ResourceType::AutoScalingGroup).first()->id;
        const QByteArray drill = QStringLiteral(
            "{\"duration\": 1200, \"traffic\": {\"rps\": 300, \"shape\": \"ramp\", \"peak\": 900}, \"events\": ["
            "{\"at\": 200, \"do\": \"fail-az\", \"target\": \"us-east-1a\"},"
            "{\"at\": 500, \"do\": \"recover-az\", \"target\": \"us-east-1a\"},"
            "{\"at\": 600, \"do\": \"deploy\", \"target\": \"%1\", \"strategy\": \"rolling\"},"
            "{\"at\": 700, \"do\": \"set-rps\", \"value\": 100}]}").arg(asg).toUtf8();
        auto run = [&] {
            sim::Simulation s(*doc, drillFrom(drill), 9);
            s.runToEnd();
            const sim::Summary sum = s.summary();
            QByteArray out = QByteArray::number(sum.requests, 'g', 17) + ' ' + QByteArray::number(sum.errors, 'g', 17);
            for (const sim::TimelineEvent &e : s.timeline())
                out += QByteArray::number(e.t) + e.event.toUtf8() + e.component.toUtf8();
            return std::make_pair(sum, out);
        };
        const auto [summary, bytes] = run();
        QVERIFY(summary.requests > 0);
        QVERIFY(summary.errors >= 0 && summary.errors <= summary.requests * (1 + 1e-9));
        QVERIFY(std::isfinite(summary.p99));
        QVERIFY(bytes.contains("az-failed"));
        QCOMPARE(run().second, bytes);
    }
};

QTEST_GUILESS_MAIN(TstSimGenerated)
#include "tst_sim_generated.moc"
