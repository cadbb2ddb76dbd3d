// The simulator against what AWS documents (aws-behavior.md): detection and replacement times,
// zone loss, Multi-AZ failover, scaling policies, load-balancer routing, determinism.

#include "model/import/designloader.h"
#include "simsupport.h"
#include "testsupport.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace skydraft;
using namespace skydraft::test;

namespace {

/// The three-tier sample with a second stack (BackupLoadBalancer, BackupGroup) behind a
/// secondary failover record; the primary's group on EC2 health checks (no replacement).
std::unique_ptr<Document> failoverPair()
{
    auto doc = loadSample(u"three-tier"_s);
    if (!doc)
        return nullptr;
    bool ok = true;
    for (const auto &[from, to] : {std::pair{u"WebTargetGroup"_s, u"BackupTargetGroup"_s},
                                   std::pair{u"WebLoadBalancer"_s, u"BackupLoadBalancer"_s},
                                   std::pair{u"WebServerGroup"_s, u"BackupGroup"_s},
                                   std::pair{u"WebRecord"_s, u"BackupRecord"_s}}) {
        Resource copy = *doc->find(from);
        copy.id = to;
        ok = doc->insert(copy) && ok;
    }
    ok = setStored(*doc, u"BackupLoadBalancer"_s, u"listeners"_s,
                   QVariantList{row({{u"protocol"_s, u"HTTP"_s}, {u"port"_s, 80}, {u"targetGroup"_s, u"BackupTargetGroup"_s}})}) && ok;
    ok = setStored(*doc, u"BackupGroup"_s, u"targetGroups"_s, QStringList{u"BackupTargetGroup"_s}) && ok;
    ok = setStored(*doc, u"BackupRecord"_s, u"target"_s, u"BackupLoadBalancer"_s) && ok;
    for (const QString &record : {u"WebRecord"_s, u"BackupRecord"_s})
        ok = setStored(*doc, record, u"routingPolicy"_s, u"failover"_s) && ok;
    ok = setStored(*doc, u"BackupRecord"_s, u"failoverRole"_s, u"secondary"_s) && ok;
    ok = setStored(*doc, u"WebServerGroup"_s, u"healthCheckType"_s, u"EC2"_s) && ok; // no replacement
    return ok ? std::move(doc) : nullptr;
}

} // namespace

class TstSimFidelity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Issue 14: without request paths, listener rules split a listener's requests by their
    // traffic share (default: equal among the rules and the default action), then by weight.
    void listenerRulesSplitTraffic()
    {
        LoadResult loaded = DesignLoader::load(QStringLiteral(SKYDRAFT_FIXTURES_DIR) + u"/cloudformation/alb-path-host-rules.yaml"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errors.value(0).format()));
        Document &doc = *loaded.document;
        auto requests = [&doc](double web, double api, double canary) {
            sim::Simulation s(doc, drillFrom(R"({"duration": 200, "traffic": {"rps": 40}})"), 3);
            s.runToEnd();
            const double total = windowMax(s, u"LoadBalancer"_s, u"requests"_s, 150, 150);
            QVERIFY(total > 39);
            QVERIFY2(std::abs(windowMax(s, u"WebTargetGroup"_s, u"requests"_s, 150, 150) / total - web) < 1e-3, "web");
            QVERIFY2(std::abs(windowMax(s, u"ApiTargetGroup"_s, u"requests"_s, 150, 150) / total - api) < 1e-3, "api");
            QVERIFY2(std::abs(windowMax(s, u"ApiCanaryTargetGroup"_s, u"requests"_s, 150, 150) / total - canary) < 1e-3, "canary");
        };
        // Rules 10, 20, 30 and the default action: a quarter each; rule 30 is 90/10.
        requests(0.25, 0.25 + 0.25 + 0.225, 0.025);
        // Rule 30 takes 40 %: the other two and the default action share 60 %.
        QVariantList rows = doc.find(u"LoadBalancer"_s)->rows(u"rules"_s);
        for (int i : {2, 3}) {
            QVariantMap row = rows[i].toMap();
            row.insert(u"share"_s, 40);
            rows[i] = row;
        }
        QVERIFY(doc.setProperty(u"LoadBalancer"_s, u"rules"_s, rows));
        requests(0.2, 0.2 + 0.2 + 0.36, 0.04);
    }

    void killedTargetDetection_data()
    {
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("timeout");
        QTest::addColumn<int>("unhealthy");
        QTest::addColumn<quint64>("seed");
        QTest::newRow("ALB defaults 30/5/2") << 30 << 5 << 2 << quint64(1);
        QTest::newRow("ALB defaults, another seed") << 30 << 5 << 2 << quint64(99);
        QTest::newRow("10 s, 3 failures") << 10 << 5 << 3 << quint64(3);
        QTest::newRow("5 s, 2 s timeout, 10 failures") << 5 << 2 << 10 << quint64(4);
        QTest::newRow("300 s, 120 s timeout, 2 failures") << 300 << 120 << 2 << quint64(5);
    }
    void killedTargetDetection()
    {
        QFETCH(int, interval);
        QFETCH(int, timeout);
        QFETCH(int, unhealthy);
        QFETCH(quint64, seed);
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"WebTargetGroup"_s, u"healthCheckInterval"_s, interval));
        QVERIFY(setStored(*doc, u"WebTargetGroup"_s, u"healthCheckTimeout"_s, timeout));
        QVERIFY(setStored(*doc, u"WebTargetGroup"_s, u"unhealthyThreshold"_s, unhealthy));
        const double failAt = 1000;
        sim::Simulation s(*doc, drillFrom(R"({"duration": 5000, "traffic": {"rps": 40},
            "events": [{"at": 1000, "do": "fail", "target": "WebServerGroup-1", "mode": "hang"}]})"), seed);
        s.runToEnd();
        const sim::TimelineEvent *e = firstEvent(s.timeline(), u"target-unhealthy"_s, u"WebServerGroup-1"_s);
        QVERIFY(e);
        const double delay = e->t - failAt;
        QVERIFY2(delay >= (unhealthy - 1) * interval && delay <= unhealthy * interval + timeout,
                 qPrintable(u"detected after %1 s"_s.arg(delay)));
    }

    void elbHealthCheckReplacesTarget()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        const int grace = 120;
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"healthCheckGracePeriod"_s, grace));
        sim::Simulation s(*doc, drillFrom(R"({"duration": 900, "traffic": {"rps": 40},
            "events": [{"at": 100, "do": "fail", "target": "WebServerGroup-1", "mode": "hang"}]})"), 7);
        s.runToEnd();
        const auto *unhealthy = firstEvent(s.timeline(), u"target-unhealthy"_s, u"WebServerGroup-1"_s);
        QVERIFY(unhealthy);
        const auto *terminating = firstEvent(s.timeline(), u"instance-terminating"_s, u"WebServerGroup-1"_s);
        QVERIFY(terminating);
        QVERIFY(terminating->t >= unhealthy->t && terminating->t <= unhealthy->t + 1);
        const auto *launched = firstEvent(s.timeline(), u"instance-launched"_s, u"WebServerGroup-3"_s);
        QVERIFY(launched);
        QVERIFY(launched->t <= unhealthy->t + 1);
        // Launched into the zone that lost an instance (the one with fewer).
        const auto *inService = firstEvent(s.timeline(), u"instance-in-service"_s, u"WebServerGroup-3"_s);
        QVERIFY(inService);
        QCOMPARE(inService->t, launched->t + 60); // t3.micro boot time
        const auto *healthy = firstEvent(s.timeline(), u"target-healthy"_s, u"WebServerGroup-3"_s);
        QVERIFY(healthy);
        QVERIFY(healthy->t <= launched->t + 60 + grace);
        QCOMPARE(windowMin(s, u"WebServerGroup"_s, u"capacity"_s, int(healthy->t) + 1, 899), 2.0);
    }

    void ec2HealthCheckMissesAHungApplication()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"healthCheckType"_s, u"EC2"_s));
        sim::Simulation s(*doc, drillFrom(R"({"duration": 900, "traffic": {"rps": 40},
            "events": [{"at": 100, "do": "fail", "target": "WebServerGroup-1", "mode": "hang"}]})"), 7);
        s.runToEnd();
        QVERIFY(firstEvent(s.timeline(), u"target-unhealthy"_s, u"WebServerGroup-1"_s));
        QVERIFY(!firstEvent(s.timeline(), u"instance-launched"_s)); // EC2 sees a running instance
        QCOMPARE(windowMax(s, u"WebServerGroup"_s, u"capacity"_s, 200, 899), 1.0);
        QVERIFY(errorRate(s, 200, 899) < 0.001); // the load balancer routes around it
    }

    void losingOneOfTwoZones()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        // The database primary in the other zone, so the web tier's behaviour shows alone.
        QVERIFY(setStored(*doc, u"Database"_s, u"availabilityZone"_s, u"us-east-1b"_s));
        sim::Simulation s(*doc, drillFrom(R"({"duration": 1200, "traffic": {"rps": 60},
            "events": [{"at": 300, "do": "fail-az", "target": "us-east-1a"}]})"), 7);
        s.runToEnd();
        QVERIFY(firstEvent(s.timeline(), u"az-failed"_s, u"us-east-1a"_s));
        // Detection: the lost node leaves DNS within one TTL (60 s), the lost target at once.
        QVERIFY2(errorRate(s, 300 + 61, 1199) < 0.01, qPrintable(QString::number(errorRate(s, 361, 1199))));
        QVERIFY(errorRate(s, 0, 299) == 0);
        // Capacity comes back in the other zone.
        QCOMPARE(windowMin(s, u"WebServerGroup"_s, u"capacity"_s, 600, 1199), 2.0);
        int inB = 0;
        for (const sim::ResourceSnapshot &r : s.snapshot())
            if (r.kind == sim::SimKind::Instance && r.state == sim::SimState::InService) {
                QCOMPARE(r.zone, u"us-east-1b"_s);
                ++inB;
            }
        QCOMPARE(inB, 2);
        QVERIFY(!firstEvent(s.timeline(), u"db-failover-started"_s));
    }

    void zoneRecoveryRebalances()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        sim::Simulation s(*doc, drillFrom(R"({"duration": 1800, "traffic": {"rps": 60},
            "events": [{"at": 300, "do": "fail-az", "target": "us-east-1a"}, {"at": 900, "do": "recover-az", "target": "ZoneA"}]})"), 7);
        s.runToEnd();
        QVERIFY(firstEvent(s.timeline(), u"rebalance"_s, u"WebServerGroup"_s, 900));
        QStringList zones;
        for (const sim::ResourceSnapshot &r : s.snapshot())
            if (r.kind == sim::SimKind::Instance && r.state == sim::SimState::InService)
                zones.append(r.zone);
        zones.sort();
        QCOMPARE(zones, (QStringList{u"us-east-1a"_s, u"us-east-1b"_s}));
        QCOMPARE(windowMin(s, u"WebServerGroup"_s, u"capacity"_s, 600, 1799), 2.0); // launch first, then terminate
    }

    void singleZoneDesignLosesEverything()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"subnets"_s, QStringList{u"AppSubnetA"_s}));
        QVERIFY(setStored(*doc, u"WebLoadBalancer"_s, u"subnets"_s, QStringList{u"PublicSubnetA"_s}));
        QVERIFY(setStored(*doc, u"Database"_s, u"multiAz"_s, false));
        sim::Simulation s(*doc, drillFrom(R"({"duration": 900, "traffic": {"rps": 60},
            "events": [{"at": 300, "do": "fail-az", "target": "us-east-1a"}]})"), 7);
        s.runToEnd();
        QCOMPARE(errorRate(s, 0, 299), 0.0);
        QCOMPARE(errorRate(s, 300, 899), 1.0);
        QVERIFY(firstEvent(s.timeline(), u"db-down"_s, u"Database"_s));

        auto single = loadSample(u"single-instance"_s);
        QVERIFY(single);
        sim::Simulation one(*single, drillFrom(R"({"duration": 600, "traffic": {"rps": 20},
            "events": [{"at": 300, "do": "fail-az", "target": "us-east-1a"}]})"), 7);
        one.runToEnd();
        QCOMPARE(errorRate(one, 0, 299), 0.0);
        QCOMPARE(errorRate(one, 300, 599), 1.0);
    }

    void rdsMultiAzFailover_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::newRow("60 s") << 60;
        QTest::newRow("90 s") << 90;
        QTest::newRow("120 s") << 120;
    }
    void rdsMultiAzFailover()
    {
        QFETCH(int, seconds);
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        const QByteArray drill = R"({"duration": 600, "traffic": {"rps": 60}, "settings": {"rdsFailoverSeconds": )"
                                 + QByteArray::number(seconds) + R"(}, "events": [{"at": 200, "do": "fail", "target": "Database"}]})";
        sim::Simulation s(*doc, drillFrom(drill), 7);
        s.runToEnd();
        const auto *started = firstEvent(s.timeline(), u"db-failover-started"_s, u"Database"_s);
        const auto *completed = firstEvent(s.timeline(), u"db-failover-completed"_s, u"Database"_s);
        QVERIFY(started && completed);
        QCOMPARE(completed->t - started->t, double(seconds));
        QCOMPARE(completed->detail.contains(u"us-east-1b"_s), true);
        // Writes fail during the failover, and only then.
        QCOMPARE(windowMax(s, u"Database"_s, u"write_errors"_s, 0, 199), 0.0);
        QVERIFY(windowMin(s, u"Database"_s, u"write_errors"_s, 200, 200 + seconds - 1) > 0);
        QCOMPARE(windowMax(s, u"Database"_s, u"write_errors"_s, 200 + seconds, 599), 0.0);
        QCOMPARE(errorRate(s, 200 + seconds, 599), 0.0);
    }

    void rdsWithoutMultiAzStaysDown()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"Database"_s, u"multiAz"_s, false));
        sim::Simulation s(*doc, drillFrom(R"({"duration": 900, "traffic": {"rps": 60},
            "events": [{"at": 200, "do": "fail", "target": "Database"}, {"at": 600, "do": "recover", "target": "Database"}]})"), 7);
        s.runToEnd();
        QCOMPARE(windowMax(s, u"Database"_s, u"available"_s, 200, 599), 0.0);
        QCOMPARE(windowMin(s, u"Database"_s, u"available"_s, 600, 899), 1.0);
        QCOMPARE(errorRate(s, 200, 599), 1.0);
        QCOMPARE(errorRate(s, 600, 899), 0.0);
    }

    void targetTrackingDoublesTheFleet()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        // 90 req/s on two t3.micro (100 req/s each): 45% CPU; doubled: 90%, target 50%.
        sim::Simulation s(*doc, drillFrom(R"({"duration": 4200, "traffic": {"rps": 90},
            "events": [{"at": 600, "do": "set-rps", "value": 180}, {"at": 2400, "do": "set-rps", "value": 90}]})"), 7);
        s.runToEnd();
        const auto *out = firstEvent(s.timeline(), u"scale-out"_s, u"WebServerGroup"_s);
        QVERIFY(out);
        QVERIFY(out->t >= 600 + 180 && out->t <= 600 + 300); // three one-minute datapoints
        QCOMPARE(windowMax(s, u"WebServerGroup"_s, u"desired"_s, 600, 2399), 4.0);
        QCOMPARE(windowMin(s, u"WebServerGroup"_s, u"capacity"_s, 1200, 2399), 4.0);
        QVERIFY(windowMax(s, u"WebServerGroup"_s, u"cpu"_s, 1500, 2399) <= 50);
        // Scale-in only after fifteen low datapoints.
        const auto *in = firstEvent(s.timeline(), u"scale-in"_s, u"WebServerGroup"_s);
        QVERIFY(in);
        QVERIFY2(in->t >= 2400 + 900 && in->t <= 2400 + 1200, qPrintable(QString::number(in->t)));
        QCOMPARE(windowMax(s, u"WebServerGroup"_s, u"desired"_s, 4000, 4199), 2.0);
    }

    void connectionLimit()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        sim::Simulation s(*doc, drillFrom(R"({"duration": 120, "traffic": {"rps": 60},
            "settings": {"connectionsPerInstance": 100}})"), 7);
        s.runToEnd();
        QVERIFY(firstEvent(s.timeline(), u"db-connections-exhausted"_s, u"Database"_s));
        QVERIFY(errorRate(s, 0, 119) > 0);
    }

    void memcachedNodeLossRaisesDatabaseLoad()
    {
        auto doc = loadSample(u"wordpress-aurora"_s);
        QVERIFY(doc);
        sim::Simulation s(*doc, drillFrom(R"({"duration": 600, "traffic": {"rps": 60},
            "events": [{"at": 200, "do": "fail", "target": "ObjectCache"}]})"), 7);
        s.runToEnd();
        const double before = windowMax(s, u"WordPressDatabase"_s, u"requests"_s, 150, 199);
        const double after = windowMin(s, u"WordPressDatabase"_s, u"requests"_s, 201, 210);
        QVERIFY2(after > before * 1.5, qPrintable(u"%1 -> %2"_s.arg(before).arg(after)));
        // The keys refill: the database's load falls back.
        QVERIFY(windowMax(s, u"WordPressDatabase"_s, u"requests"_s, 590, 599) < after);
    }

    void auroraFailoverUnderThirtySeconds()
    {
        auto doc = loadSample(u"wordpress-aurora"_s);
        QVERIFY(doc);
        sim::Simulation s(*doc, drillFrom(R"({"duration": 300, "traffic": {"rps": 60},
            "events": [{"at": 100, "do": "fail", "target": "WordPressDatabase"}]})"), 7);
        s.runToEnd();
        const auto *a = firstEvent(s.timeline(), u"db-failover-started"_s);
        const auto *b = firstEvent(s.timeline(), u"db-failover-completed"_s);
        QVERIFY(a && b);
        QVERIFY(b->t - a->t < 30);
    }

    void stepScalingOnAnAlarm()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        // Simple scaling: +1 when CPU >= 70% for 2 of 3 one-minute periods; cooldown 600 s.
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"scalingPolicies"_s,
                          QVariantList{row({{u"name"_s, u"up"_s}, {u"policyType"_s, u"SimpleScaling"_s},
                                            {u"metric"_s, u"ASGAverageCPUUtilization"_s}, {u"threshold"_s, 70},
                                            {u"comparison"_s, u"GreaterThanOrEqualToThreshold"_s}, {u"period"_s, 60},
                                            {u"evaluationPeriods"_s, 3}, {u"datapointsToAlarm"_s, 2},
                                            {u"adjustmentType"_s, u"ChangeInCapacity"_s}, {u"scalingAdjustment"_s, 1},
                                            {u"cooldown"_s, 600}})}));
        sim::Simulation s(*doc, drillFrom(R"({"duration": 2400, "traffic": {"rps": 180}})"), 7);
        s.runToEnd();
        const auto *alarm = firstEvent(s.timeline(), u"alarm"_s, u"WebServerGroup"_s);
        QVERIFY(alarm);
        QCOMPARE(alarm->t, 120.0); // two breaching datapoints of three
        const auto *first = firstEvent(s.timeline(), u"scale-out"_s, u"WebServerGroup"_s);
        QVERIFY(first);
        QCOMPARE(first->t, 120.0);
        QVERIFY(first->detail.contains(u"2 -> 3"_s));
        // 180 req/s on three instances is 60%: the alarm clears and nothing more happens.
        const auto *second = firstEvent(s.timeline(), u"scale-out"_s, u"WebServerGroup"_s, 121);
        QVERIFY(!second);
        QCOMPARE(windowMax(s, u"WebServerGroup"_s, u"desired"_s, 0, 2399), 3.0);
    }

    // Step scaling with several steps (ASG guide): the step whose band holds the breach
    // (metric - threshold) applies, so a larger breach adds the larger step's capacity.
    static QVariantList threeSteps()
    {
        // CPU >= 50 %: +1 from 50 %, +2 from 70 %, +4 from 90 %.
        return QVariantList{row({{u"name"_s, u"steps"_s}, {u"policyType"_s, u"StepScaling"_s},
                                 {u"metric"_s, u"ASGAverageCPUUtilization"_s}, {u"threshold"_s, 50},
                                 {u"comparison"_s, u"GreaterThanOrEqualToThreshold"_s}, {u"period"_s, 60},
                                 {u"evaluationPeriods"_s, 1}, {u"datapointsToAlarm"_s, 1},
                                 {u"adjustmentType"_s, u"ChangeInCapacity"_s},
                                 {u"steps"_s, QVariantList{row({{u"lowerBound"_s, 0}, {u"upperBound"_s, 20}, {u"scalingAdjustment"_s, 1}}),
                                                          row({{u"lowerBound"_s, 20}, {u"upperBound"_s, 40}, {u"scalingAdjustment"_s, 2}}),
                                                          row({{u"lowerBound"_s, 40}, {u"scalingAdjustment"_s, 4}})}}})};
    }
    void stepScalingTakesTheStepOfTheBreach_data()
    {
        QTest::addColumn<int>("rps");
        QTest::addColumn<QString>("change");
        // Two t3.micro (100 requests/s each at 100 % CPU).
        QTest::newRow("65 %: first step") << 130 << u"2 -> 3"_s;
        QTest::newRow("80 %: second step") << 160 << u"2 -> 4"_s;
        QTest::newRow("95 %: third step") << 190 << u"2 -> 6"_s;
    }
    void stepScalingTakesTheStepOfTheBreach()
    {
        QFETCH(int, rps);
        QFETCH(QString, change);
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"maxSize"_s, 10));
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"scalingPolicies"_s, threeSteps()));
        sim::Simulation s(*doc, drillFrom(QString(uR"({"duration": 300, "traffic": {"rps": %1}})"_s).arg(rps).toUtf8()), 7);
        s.runToEnd();
        const auto *out = firstEvent(s.timeline(), u"scale-out"_s, u"WebServerGroup"_s);
        QVERIFY(out);
        QCOMPARE(out->t, 60.0);
        QVERIFY2(out->detail.contains(change), qPrintable(out->detail));
    }

    // While the instances it launched warm up, a step policy does not count them in the
    // current capacity (ASG guide, instance warm-up): a breach in the same step adds nothing,
    // a breach in a higher step adds only the difference.
    void stepScalingDuringWarmUpAddsOnlyAHigherStep()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"maxSize"_s, 10));
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"instanceWarmup"_s, 600));
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"scalingPolicies"_s, threeSteps()));
        // 130 requests/s: 65 % on the two warm instances (first step); at 300 s, 240: 80 % on
        // the three in service, all of it measured on the two warm ones (second step).
        sim::Simulation s(*doc, drillFrom(R"({"duration": 900, "traffic": {"rps": 130},
            "events": [{"at": 300, "do": "set-rps", "value": 240}]})"), 7);
        s.runToEnd();
        const auto *first = firstEvent(s.timeline(), u"scale-out"_s, u"WebServerGroup"_s);
        QVERIFY(first);
        QCOMPARE(first->t, 60.0);
        QVERIFY2(first->detail.contains(u"2 -> 3"_s), qPrintable(first->detail));
        // The same step every minute until the rise: nothing more while the third instance warms.
        const auto *second = firstEvent(s.timeline(), u"scale-out"_s, u"WebServerGroup"_s, 61);
        QVERIFY(second);
        QVERIFY(second->t > 300);
        // The second step asks for 2 + 2 = 4 against the 2 warm instances: one more, not two.
        QVERIFY2(second->detail.contains(u"3 -> 4"_s), qPrintable(second->detail));
        QVERIFY2(second->detail.contains(u"step 2 of 3"_s), qPrintable(second->detail));
        // The third instance still warms (boot 60 s + 600 s): the same step adds nothing more.
        const auto *warm = firstEvent(s.timeline(), u"instance-in-service"_s, u"WebServerGroup-3"_s);
        QVERIFY(warm);
        const auto *third = firstEvent(s.timeline(), u"scale-out"_s, u"WebServerGroup"_s, second->t + 1);
        QVERIFY(!third || third->t >= warm->t + 600);
        QCOMPARE(windowMax(s, u"WebServerGroup"_s, u"desired"_s, 0, int(warm->t) + 599), 4.0);
    }

    // A simple scaling policy without its own cooldown uses the group's default cooldown,
    // counted from the end of the scaling activity (the launch in service); it does not wait
    // for warm-up.
    void simpleScalingUsesTheGroupCooldown()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"defaultCooldown"_s, 60));
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"scalingPolicies"_s,
                          QVariantList{row({{u"name"_s, u"up"_s}, {u"policyType"_s, u"SimpleScaling"_s},
                                            {u"metric"_s, u"ASGAverageCPUUtilization"_s}, {u"threshold"_s, 40},
                                            {u"comparison"_s, u"GreaterThanOrEqualToThreshold"_s}, {u"period"_s, 60},
                                            {u"evaluationPeriods"_s, 1}, {u"datapointsToAlarm"_s, 1},
                                            {u"adjustmentType"_s, u"ChangeInCapacity"_s}, {u"scalingAdjustment"_s, 1}})}));
        // 140 req/s: 70 % on two t3.micro, 47 % on three, 35 % on four.
        sim::Simulation s(*doc, drillFrom(R"({"duration": 1200, "traffic": {"rps": 140}})"), 7);
        s.runToEnd();
        const auto *first = firstEvent(s.timeline(), u"scale-out"_s, u"WebServerGroup"_s);
        QVERIFY(first);
        QCOMPARE(first->t, 60.0);
        const auto *second = firstEvent(s.timeline(), u"scale-out"_s, u"WebServerGroup"_s, first->t + 1);
        QVERIFY(second);
        QVERIFY(second->detail.contains(u"3 -> 4"_s));
        // The launch is in service after its 60 s boot, then 60 s of cooldown: the next
        // evaluation after that, 180 s after the first (the old 300 s cooldown and the warm-up
        // wait would make it 360 s or more).
        QCOMPARE(second->t - first->t, 180.0);
        QVERIFY(!firstEvent(s.timeline(), u"scale-out"_s, u"WebServerGroup"_s, second->t + 1));
    }

    // While every instance of the group is stopped or warming there is no CPU datapoint: not a
    // 0 % one that would set off a scale-in alarm.
    void noDatapointWhileEveryInstanceWarms()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"minSize"_s, 1));
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"scalingPolicies"_s,
                          QVariantList{row({{u"name"_s, u"down"_s}, {u"policyType"_s, u"SimpleScaling"_s},
                                            {u"metric"_s, u"ASGAverageCPUUtilization"_s}, {u"threshold"_s, 20},
                                            {u"comparison"_s, u"LessThanThreshold"_s}, {u"period"_s, 60},
                                            {u"evaluationPeriods"_s, 3}, {u"datapointsToAlarm"_s, 3},
                                            {u"adjustmentType"_s, u"ChangeInCapacity"_s}, {u"scalingAdjustment"_s, -1}})}));
        sim::Simulation s(*doc, drillFrom(R"({"duration": 1200, "traffic": {"rps": 100},
            "events": [{"at": 100, "do": "fail", "target": "WebServerGroup-1"}, {"at": 100, "do": "fail", "target": "WebServerGroup-2"}]})"), 7);
        s.runToEnd();
        QVERIFY(firstEvent(s.timeline(), u"instance-launched"_s, u"WebServerGroup-3"_s));
        // Both replacements warm for 300 s after boot; CPU stays about 50 % on them.
        QVERIFY(!firstEvent(s.timeline(), u"alarm"_s, u"WebServerGroup"_s));
        QVERIFY(!firstEvent(s.timeline(), u"scale-in"_s, u"WebServerGroup"_s));
        QCOMPARE(windowMin(s, u"WebServerGroup"_s, u"desired"_s, 0, 1199), 2.0);
        const auto *in = firstEvent(s.timeline(), u"instance-in-service"_s, u"WebServerGroup-4"_s);
        QVERIFY(in);
        QVERIFY(windowMin(s, u"WebServerGroup"_s, u"cpu"_s, int(in->t) + 60, int(in->t) + 240) > 30); // the running ones, not 0
    }

    void terminationPolicies_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QStringList>("victims");
        // Four instances: 1 (a), 2 (b) from the start, then 3 (a), 4 (b) launched at 61 s; ties
        // are broken at random (seeded), so each row accepts the tied pair.
        QTest::newRow("Default: fullest zone (tie), oldest template (tie), closest to the billing hour")
            << u"Default"_s << QStringList{u"WebServerGroup-1"_s, u"WebServerGroup-2"_s};
        QTest::newRow("OldestInstance") << u"OldestInstance"_s << QStringList{u"WebServerGroup-1"_s, u"WebServerGroup-2"_s};
        QTest::newRow("NewestInstance") << u"NewestInstance"_s << QStringList{u"WebServerGroup-3"_s, u"WebServerGroup-4"_s};
    }
    void terminationPolicies()
    {
        QFETCH(QString, policy);
        QFETCH(QStringList, victims);
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"terminationPolicy"_s, policy));
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"scalingPolicies"_s, QVariantList{}));
        sim::Simulation s(*doc, drillFrom(R"({"duration": 600, "traffic": {"rps": 40},
            "events": [{"at": 60, "do": "set-desired", "target": "WebServerGroup", "value": 4},
                       {"at": 400, "do": "set-desired", "target": "WebServerGroup", "value": 3}]})"), 7);
        s.runToEnd();
        QVERIFY(firstEvent(s.timeline(), u"instance-launched"_s, u"WebServerGroup-4"_s));
        const auto *victim = firstEvent(s.timeline(), u"instance-terminating"_s, {}, 400);
        QVERIFY(victim);
        QVERIFY2(victims.contains(victim->component), qPrintable(victim->component));
    }

    void scaleInTerminatesInTheFullestZone()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"scalingPolicies"_s, QVariantList{}));
        // 3 instances: a, b, a. Scaling in to 2 must take one from us-east-1a.
        sim::Simulation s(*doc, drillFrom(R"({"duration": 600, "traffic": {"rps": 40},
            "events": [{"at": 60, "do": "set-desired", "target": "WebServerGroup", "value": 3},
                       {"at": 400, "do": "set-desired", "target": "WebServerGroup", "value": 2}]})"), 7);
        s.runToEnd();
        const auto *victim = firstEvent(s.timeline(), u"instance-terminating"_s, {}, 400);
        QVERIFY(victim);
        QVERIFY2(victim->component != u"WebServerGroup-2"_s, qPrintable(victim->component));
    }

    void latencyClimbsNearSaturation()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"scalingPolicies"_s, QVariantList{}));
        auto latencyAt = [&](int rps) {
            sim::Simulation s(*doc, drillFrom("{\"duration\": 60, \"traffic\": {\"rps\": " + QByteArray::number(rps) + "}}"), 7);
            s.runToEnd();
            return s.metrics().find(u"WebServerGroup-1"_s, u"latency_ms"_s)->at(59);
        };
        const double low = latencyAt(60), high = latencyAt(180), saturated = latencyAt(196);
        QVERIFY2(high > 2 * low, qPrintable(u"%1 %2"_s.arg(low).arg(high)));
        QVERIFY2(saturated > 3 * high, qPrintable(u"%1 %2"_s.arg(high).arg(saturated)));
        // Beyond capacity the excess fails.
        sim::Simulation over(*doc, drillFrom(R"({"duration": 60, "traffic": {"rps": 300}})"), 7);
        over.runToEnd();
        QVERIFY(errorRate(over, 0, 59) > 0.3);
    }

    void networkLoadBalancerWithoutCrossZone()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"WebLoadBalancer"_s, u"kind"_s, u"network"_s));
        QVERIFY(setStored(*doc, u"WebLoadBalancer"_s, u"listeners"_s,
                          QVariantList{row({{u"protocol"_s, u"TCP"_s}, {u"port"_s, 80}, {u"targetGroup"_s, u"WebTargetGroup"_s}})}));
        QVERIFY(setStored(*doc, u"WebTargetGroup"_s, u"protocol"_s, u"TCP"_s));
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"desiredCapacity"_s, 3));
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"scalingPolicies"_s, QVariantList{}));
        auto shares = [&](bool crossZone) {
            setStored(*doc, u"WebLoadBalancer"_s, u"crossZone"_s, crossZone);
            sim::Simulation s(*doc, drillFrom(R"({"duration": 10, "traffic": {"rps": 120}})"), 7);
            s.runToEnd();
            QStringList out;
            for (const QString &id : {u"WebServerGroup-1"_s, u"WebServerGroup-2"_s, u"WebServerGroup-3"_s})
                out.append(QString::number(s.metrics().find(id, u"requests"_s)->at(9)));
            return out.join(u' ');
        };
        // Instances 1 and 3 in us-east-1a, 2 in us-east-1b; each node gets half the clients.
        QCOMPARE(shares(false), u"30 60 30"_s);
        QCOMPARE(shares(true), u"40 40 40"_s);
    }

    // An ALB is always cross-zone, but a target group can turn it off for itself
    // (load_balancing.cross_zone.enabled): each node then keeps its clients in its own zone.
    void albTargetGroupWithoutCrossZone()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"desiredCapacity"_s, 3));
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"scalingPolicies"_s, QVariantList{}));
        auto shares = [&](const QString &crossZone) {
            setStored(*doc, u"WebTargetGroup"_s, u"crossZone"_s, crossZone);
            sim::Simulation s(*doc, drillFrom(R"({"duration": 10, "traffic": {"rps": 120}})"), 7);
            s.runToEnd();
            QStringList out;
            for (const QString &id : {u"WebServerGroup-1"_s, u"WebServerGroup-2"_s, u"WebServerGroup-3"_s})
                out.append(QString::number(s.metrics().find(id, u"requests"_s)->at(9)));
            return out.join(u' ');
        };
        // Instances 1 and 3 in us-east-1a, 2 in us-east-1b; each node gets half the clients.
        QCOMPARE(shares(u"use_load_balancer_configuration"_s), u"40 40 40"_s);
        QCOMPARE(shares(u"false"_s), u"30 60 30"_s);
        QCOMPARE(shares(u"true"_s), u"40 40 40"_s);
    }

    void failOpenAlbButClassic503_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("application") << u"application"_s;
        QTest::newRow("classic") << u"classic"_s;
    }
    void failOpenAlbButClassic503()
    {
        QFETCH(QString, kind);
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"healthCheckType"_s, u"EC2"_s));
        if (kind == u"classic"_s) {
            QVERIFY(setStored(*doc, u"WebLoadBalancer"_s, u"kind"_s, kind));
            QVERIFY(doc->unsetProperty(u"WebLoadBalancer"_s, u"listeners"_s)); // the classic default: HTTP 80 -> 80
            QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"targetGroups"_s, QStringList{}));
            QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"loadBalancers"_s, QStringList{u"WebLoadBalancer"_s}));
        }
        sim::Simulation s(*doc, drillFrom(R"({"duration": 300, "traffic": {"rps": 20},
            "events": [{"at": 10, "do": "fail", "target": "WebServerGroup-1", "mode": "hang"},
                       {"at": 10, "do": "fail", "target": "WebServerGroup-2", "mode": "hang"}]})"), 7);
        s.runToEnd();
        QCOMPARE(errorRate(s, 0, 9), 0.0);
        QCOMPARE(errorRate(s, 200, 299), 1.0);
        QCOMPARE(windowMax(s, u"WebLoadBalancer"_s, u"healthy_targets"_s, 200, 299), 0.0);
        // ALB: fails open, sends to the targets anyway (504s from them); CLB: 503 itself.
        const double lbErrors = windowMin(s, u"WebLoadBalancer"_s, u"errors"_s, 200, 299);
        QCOMPARE(lbErrors, kind == u"classic"_s ? 20.0 : 0.0);
    }

    void route53FailoverFollowsHealthChecksAndTtl()
    {
        auto doc = failoverPair();
        QVERIFY(doc);
        sim::Simulation s(*doc, drillFrom(R"({"duration": 600, "traffic": {"rps": 60},
            "events": [{"at": 100, "do": "fail", "target": "WebServerGroup-1", "mode": "hang"},
                       {"at": 100, "do": "fail", "target": "WebServerGroup-2", "mode": "hang"}]})"), 7);
        s.runToEnd();
        QCOMPARE(windowMax(s, u"BackupLoadBalancer"_s, u"requests"_s, 0, 99), 0.0);
        const auto *lbSays = firstEvent(s.timeline(), u"target-unhealthy"_s, u"WebServerGroup-2"_s);
        const auto *dns = firstEvent(s.timeline(), u"dns-unhealthy"_s, u"WebRecord"_s);
        QVERIFY(lbSays && dns);
        QVERIFY2(dns->t >= lbSays->t + 89 && dns->t <= lbSays->t + 92, qPrintable(u"%1 %2"_s.arg(lbSays->t).arg(dns->t)));
        // Clients move within the alias's 60 s TTL; then nothing fails.
        QVERIFY(errorRate(s, int(dns->t) + 10, int(dns->t) + 30) > 0);
        QCOMPARE(errorRate(s, int(dns->t) + 61, 599), 0.0);
        QCOMPARE(windowMin(s, u"BackupLoadBalancer"_s, u"requests"_s, int(dns->t) + 61, 599), 60.0);
    }

    // An alias record with EvaluateTargetHealth false ignores its target's health: Route 53
    // keeps answering with the primary while all its targets are down (R53 guide).
    void aliasWithoutTargetHealthDoesNotFailOver()
    {
        auto doc = failoverPair();
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"WebRecord"_s, u"evaluateTargetHealth"_s, false));
        sim::Simulation s(*doc, drillFrom(R"({"duration": 600, "traffic": {"rps": 60},
            "events": [{"at": 100, "do": "fail", "target": "WebServerGroup-1", "mode": "hang"},
                       {"at": 100, "do": "fail", "target": "WebServerGroup-2", "mode": "hang"}]})"), 7);
        s.runToEnd();
        QVERIFY(firstEvent(s.timeline(), u"target-unhealthy"_s, u"WebServerGroup-2"_s));
        QVERIFY(!firstEvent(s.timeline(), u"dns-unhealthy"_s, u"WebRecord"_s));
        QCOMPARE(windowMax(s, u"BackupLoadBalancer"_s, u"requests"_s, 0, 599), 0.0);
        QCOMPARE(errorRate(s, 300, 599), 1.0);
    }

    void stickySessionsRampNewTargets_data()
    {
        QTest::addColumn<bool>("sticky");
        QTest::newRow("round robin") << false;
        QTest::newRow("sticky sessions") << true;
    }
    void stickySessionsRampNewTargets()
    {
        QFETCH(bool, sticky);
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"WebTargetGroup"_s, u"stickiness"_s, sticky));
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"scalingPolicies"_s, QVariantList{}));
        sim::Simulation s(*doc, drillFrom(R"({"duration": 900, "traffic": {"rps": 60},
            "events": [{"at": 60, "do": "set-desired", "target": "WebServerGroup", "value": 3}]})"), 7);
        s.runToEnd();
        const auto *healthy = firstEvent(s.timeline(), u"target-healthy"_s, u"WebServerGroup-3"_s);
        QVERIFY(healthy);
        const int t = int(healthy->t) + 30;
        const double early = s.metrics().find(u"WebServerGroup-3"_s, u"requests"_s)->at(t);
        const double late = s.metrics().find(u"WebServerGroup-3"_s, u"requests"_s)->at(int(healthy->t) + 400);
        QVERIFY(std::abs(late - 20) < 0.01); // an equal share in the end
        if (sticky)
            QVERIFY2(early < 10, qPrintable(QString::number(early))); // only new sessions at first
        else
            QVERIFY(std::abs(early - 20) < 0.01);
    }

    void sameSeedSameBytes()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        const QByteArray drill = R"({"duration": 1200, "traffic": {"rps": 80, "shape": "diurnal", "period": 600},
            "events": [{"at": 300, "do": "fail-az", "target": "us-east-1a"}, {"at": 700, "do": "recover-az", "target": "us-east-1a"}]})";
        auto once = [&](quint64 seed) {
            sim::Simulation s(*doc, drillFrom(drill), seed);
            s.runToEnd();
            QByteArray bytes;
            for (const sim::TimelineEvent &e : s.timeline())
                bytes += QByteArray::number(e.t, 'g', 17) + e.event.toUtf8() + e.component.toUtf8() + e.detail.toUtf8();
            for (const sim::Series &series : s.metrics().all())
                bytes += QByteArray(reinterpret_cast<const char *>(series.values.data()), qsizetype(series.values.size() * sizeof(float)));
            return bytes;
        };
        QCOMPARE(once(42), once(42));
        QVERIFY(once(42) != once(43));
    }

    void resetReplays()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        sim::Simulation s(*doc, drillFrom(R"({"duration": 600, "events": [{"at": 100, "do": "fail", "target": "WebServerGroup-2", "mode": "hang"}]})"), 5);
        s.run(300);
        const auto first = s.timeline().size();
        QCOMPARE(s.now(), 300.0);
        s.reset();
        QCOMPARE(s.now(), 0.0);
        QVERIFY(s.timeline().empty());
        for (int i = 0; i < 300; ++i)
            s.step();
        QCOMPARE(s.timeline().size(), first);
    }

    void pacedDriverFollowsTheClock()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        sim::Simulation s(*doc, drillFrom(R"({"duration": 600})"), 1);
        double clock = 0;
        sim::PacedDriver driver(s, [&clock] { return clock; }, 10.0);
        clock = 2.05;
        QCOMPARE(driver.advance(), 20);
        driver.pause();
        clock = 5;
        QCOMPARE(driver.advance(), 0);
        driver.resume();
        clock = 6;
        QCOMPARE(driver.advance(), 10);
        QCOMPARE(s.now(), 30.0);
    }
};

QTEST_GUILESS_MAIN(TstSimFidelity)
#include "tst_sim_fidelity.moc"
