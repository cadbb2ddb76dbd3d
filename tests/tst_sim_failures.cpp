// Failures that hurt the way they do in AWS (issue 13, aws-behavior.md): a stopped instance is
// seen by its EC2 status check 60-120 s later, the load balancer keeps routing to it until its
// own health check marks it unhealthy (35-65 s with ALB defaults) and those requests fail; the
// health-check grace period counts from InService; a bad version that passes its health checks
// fails its share of real requests; deregistration delay protects requests in flight.

#include "simsupport.h"
#include "testsupport.h"

#include "model/import/designloader.h"

#include <QSet>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace skydraft;
using namespace skydraft::test;

class TstSimFailures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A run where every request fails from the first second says why at t = 0, in the
    // timeline: a target group with no target (public templates whose targets are ECS tasks or
    // added later), an instance the internet cannot reach.
    void whyEveryRequestFailsIsInTheTimeline_data()
    {
        QTest::addColumn<QString>("templateFile");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("component");
        QTest::newRow("nlb without targets") << u"NetworkLoadBalancerWithEIPs.yaml"_s << u"no-targets"_s << u"TargetGroup"_s;
        QTest::newRow("ecs dummy target group") << u"private-vpc.yaml"_s << u"no-targets"_s << u"DummyTargetGroupPublic"_s;
        QTest::newRow("instance admitting ssh only") << u"al2-mutable-public.yaml"_s << u"blocked"_s << u"VirtualMachine"_s;
    }
    void whyEveryRequestFailsIsInTheTimeline()
    {
        QFETCH(QString, templateFile);
        QFETCH(QString, event);
        QFETCH(QString, component);
        const LoadResult r = DesignLoader::load(QStringLiteral(SKYDRAFT_FIXTURES_DIR) + u"/cloudformation/"_s + templateFile);
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).format()));
        sim::Simulation s(*r.document, drillFrom(R"({"duration": 120, "traffic": {"rps": 50}})"), 1);
        s.runToEnd();
        QCOMPARE(errorRate(s, 0, 119), 1.0);
        const auto *why = firstEvent(s.timeline(), event, component);
        QVERIFY2(why, qPrintable(u"no %1 event for %2"_s.arg(event, component)));
        QCOMPARE(why->t, 0.0);
    }

    void crashedTargetFailsRequestsUntilDetected_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed : {1, 7, 42, 99, 2024})
            QTest::newRow(qPrintable(u"seed %1"_s.arg(seed))) << seed;
    }
    // EC2 health checks on the group: the load balancer stops routing at its verdict, Auto
    // Scaling replaces at the status check's.
    void crashedTargetFailsRequestsUntilDetected()
    {
        QFETCH(quint64, seed);
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"healthCheckType"_s, u"EC2"_s));
        const double failAt = 1000;
        sim::Simulation s(*doc, drillFrom(R"({"duration": 1500, "traffic": {"rps": 40},
            "events": [{"at": 1000, "do": "fail", "target": "WebServerGroup-1"}]})"), seed);
        s.runToEnd();
        const auto *unhealthy = firstEvent(s.timeline(), u"target-unhealthy"_s, u"WebServerGroup-1"_s);
        const auto *status = firstEvent(s.timeline(), u"status-check-failed"_s, u"WebServerGroup-1"_s);
        const auto *terminating = firstEvent(s.timeline(), u"instance-terminating"_s, u"WebServerGroup-1"_s);
        QVERIFY(unhealthy && status && terminating);
        // ALB defaults (30 s, timeout 5 s, 2 failures): 35-65 s.
        QVERIFY2(unhealthy->t - failAt >= 35 && unhealthy->t - failAt <= 65, qPrintable(QString::number(unhealthy->t - failAt)));
        // EC2 status checks, once a minute, then Auto Scaling's next check: 60-120 s.
        QVERIFY2(status->t - failAt > 60 && status->t - failAt <= 120, qPrintable(QString::number(status->t - failAt)));
        QCOMPARE(terminating->t, status->t);
        QVERIFY(terminating->detail.contains(u"EC2 status check"_s));
        // Until the load balancer's verdict, half the requests go to the dead target and fail.
        const double before = errorRate(s, int(failAt) + 1, int(unhealthy->t) - 1);
        QVERIFY2(before > 0.4 && before < 0.6, qPrintable(QString::number(before)));
        QCOMPARE(errorRate(s, 0, int(failAt) - 1), 0.0);
        QCOMPARE(errorRate(s, int(unhealthy->t) + 1, 1499), 0.0);
    }

    // ELB health checks on the group: the load balancer usually notices first and the group
    // replaces on its verdict; the status check still shows in the timeline.
    void elbNoticesBeforeTheStatusCheck()
    {
        int elbFirst = 0;
        for (quint64 seed = 1; seed <= 20; ++seed) {
            auto doc = loadSample(u"three-tier"_s);
            QVERIFY(doc);
            sim::Simulation s(*doc, drillFrom(R"({"duration": 1300, "traffic": {"rps": 40},
                "events": [{"at": 1000, "do": "fail", "target": "WebServerGroup-1"}]})"), seed);
            s.runToEnd();
            const auto *unhealthy = firstEvent(s.timeline(), u"target-unhealthy"_s, u"WebServerGroup-1"_s);
            const auto *status = firstEvent(s.timeline(), u"status-check-failed"_s, u"WebServerGroup-1"_s);
            const auto *terminating = firstEvent(s.timeline(), u"instance-terminating"_s, u"WebServerGroup-1"_s);
            QVERIFY(unhealthy && status && terminating);
            QVERIFY(terminating->t <= std::min(unhealthy->t, status->t) + 1);
            elbFirst += unhealthy->t < status->t ? 1 : 0;
            QVERIFY(errorRate(s, 1001, int(std::min(unhealthy->t, status->t)) - 1) > 0.4);
        }
        QVERIFY2(elbFirst >= 15, qPrintable(QString::number(elbFirst)));
    }

    // A lost zone: every target in it keeps its traffic from the other zone's node (cross-zone)
    // until the load balancer marks it unhealthy.
    void zoneLossFailsRequestsUntilTargetsAreUnhealthy()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"Database"_s, u"availabilityZone"_s, u"us-east-1b"_s));
        sim::Simulation s(*doc, drillFrom(R"({"duration": 900, "traffic": {"rps": 60},
            "events": [{"at": 300, "do": "fail-az", "target": "us-east-1a"}]})"), 7);
        s.runToEnd();
        const auto *unhealthy = firstEvent(s.timeline(), u"target-unhealthy"_s, u"WebServerGroup-1"_s);
        QVERIFY(unhealthy);
        QVERIFY(unhealthy->t - 300 >= 35 && unhealthy->t - 300 <= 65);
        QVERIFY(firstEvent(s.timeline(), u"status-check-failed"_s, u"WebServerGroup-1"_s));
        // The lost node's half fails, and half of the surviving node's half goes to the dead
        // target: about three quarters at first.
        QVERIFY2(errorRate(s, 301, 305) > 0.6, qPrintable(QString::number(errorRate(s, 301, 305))));
        QVERIFY(errorRate(s, 301, int(unhealthy->t) - 1) > 0.4);
    }

    // The grace period counts from InService (after the boot), not from the launch.
    void gracePeriodStartsAtInService()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        const int grace = 120;
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"healthCheckGracePeriod"_s, grace));
        sim::Simulation s(*doc, drillFrom(R"({"duration": 600, "traffic": {"rps": 40},
            "events": [{"at": 100, "do": "set-desired", "target": "WebServerGroup", "value": 3},
                       {"at": 170, "do": "fail", "target": "WebServerGroup-3", "mode": "hang"}]})"), 7);
        s.runToEnd();
        const auto *launched = firstEvent(s.timeline(), u"instance-launched"_s, u"WebServerGroup-3"_s);
        const auto *inService = firstEvent(s.timeline(), u"instance-in-service"_s, u"WebServerGroup-3"_s);
        const auto *unhealthy = firstEvent(s.timeline(), u"target-unhealthy"_s, u"WebServerGroup-3"_s);
        const auto *terminating = firstEvent(s.timeline(), u"instance-terminating"_s, u"WebServerGroup-3"_s);
        QVERIFY(launched && inService && unhealthy && terminating);
        QVERIFY(inService->t > launched->t + 30);
        QVERIFY(unhealthy->t < inService->t + grace); // marked unhealthy inside the grace period
        QVERIFY2(terminating->t >= inService->t + grace && terminating->t <= inService->t + grace + 1,
                 qPrintable(u"terminating %1, in service %2"_s.arg(terminating->t).arg(inService->t)));
    }
    // A version that passes its health checks but fails 30 % of real requests: the canary
    // exposes weight x 30 %, then everyone once it is rolled out.
    void canaryExposesWeightTimesErrorShare()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"WebTargetGroup"_s, u"deregistrationDelay"_s, 30));
        sim::Simulation s(*doc, drillFrom(R"({"duration": 1800, "traffic": {"rps": 60},
            "events": [{"at": 100, "do": "deploy", "target": "WebServerGroup", "strategy": "canary", "weight": 0.1, "errorRate": 0.3}]})"), 7);
        s.runToEnd();
        const auto *serving = firstEvent(s.timeline(), u"canary-serving"_s, u"WebServerGroup"_s);
        const auto *completed = firstEvent(s.timeline(), u"deploy-completed"_s, u"WebServerGroup"_s);
        QVERIFY(serving && completed);
        QCOMPARE(errorRate(s, 0, 99), 0.0);
        const double canary = errorRate(s, int(serving->t) + 1, int(serving->t) + 290);
        QVERIFY2(std::abs(canary - 0.1 * 0.3) < 0.002, qPrintable(QString::number(canary)));
        const double after = errorRate(s, int(completed->t) + 1, 1799);
        QVERIFY2(std::abs(after - 0.3) < 0.01, qPrintable(QString::number(after)));
    }

    void blueGreenExposesEverythingUntilRollback()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        sim::Simulation s(*doc, drillFrom(R"({"duration": 900, "traffic": {"rps": 60},
            "events": [{"at": 100, "do": "deploy", "target": "WebServerGroup", "strategy": "blue-green", "errorRate": 0.3},
                       {"at": 600, "do": "rollback", "target": "WebServerGroup"}]})"), 7);
        s.runToEnd();
        const auto *completed = firstEvent(s.timeline(), u"deploy-completed"_s, u"WebServerGroup"_s);
        QVERIFY(completed && completed->t < 600);
        QCOMPARE(errorRate(s, 0, int(completed->t) - 1), 0.0);
        const double exposed = errorRate(s, int(completed->t) + 1, 599);
        QVERIFY2(std::abs(exposed - 0.3) < 0.005, qPrintable(QString::number(exposed)));
        QCOMPARE(errorRate(s, 601, 899), 0.0);
    }

    void rollingExposesTheBatchesDone()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"minSize"_s, 4));
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"desiredCapacity"_s, 4));
        QVERIFY(setStored(*doc, u"WebTargetGroup"_s, u"deregistrationDelay"_s, 30));
        sim::Simulation s(*doc, drillFrom(R"({"duration": 2000, "traffic": {"rps": 60},
            "events": [{"at": 100, "do": "deploy", "target": "WebServerGroup", "batchSize": 1, "errorRate": 0.5}]})"), 7);
        s.runToEnd();
        const auto *completed = firstEvent(s.timeline(), u"deploy-completed"_s, u"WebServerGroup"_s);
        QVERIFY(completed);
        // Each second's error rate: 0.5 x the share of traffic on new-version targets, so it
        // climbs batch by batch.
        const sim::Series *rate = s.metrics().find({}, u"error_rate"_s);
        QVERIFY(rate);
        QSet<int> levels;
        for (int t = 100; t <= int(completed->t); ++t) {
            QVERIFY(rate->at(t) <= 0.5 + 1e-9);
            levels.insert(int(std::lround(rate->at(t) * 600))); // 0, 1/4 x 0.5 (x 600 = 75), 1/3 x 0.5 ...
        }
        QVERIFY2(levels.size() >= 3, qPrintable(QString::number(levels.size())));
        QVERIFY(std::abs(errorRate(s, int(completed->t) + 1, 1999) - 0.5) < 0.01);
    }

    void deregistrationDelayProtectsRequestsInFlight_data()
    {
        QTest::addColumn<int>("delay");
        QTest::addColumn<bool>("cut");
        QTest::newRow("no delay: cut") << 0 << true;
        QTest::newRow("30 s: completed") << 30 << false;
        QTest::newRow("ALB default 300 s") << 300 << false;
    }
    void deregistrationDelayProtectsRequestsInFlight()
    {
        QFETCH(int, delay);
        QFETCH(bool, cut);
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"WebTargetGroup"_s, u"deregistrationDelay"_s, delay));
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"minSize"_s, 4));
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"desiredCapacity"_s, 4));
        sim::Simulation s(*doc, drillFrom(R"({"duration": 3000, "traffic": {"rps": 150},
            "events": [{"at": 100, "do": "deploy", "target": "WebServerGroup", "batchSize": 1}]})"), 7);
        s.runToEnd();
        QVERIFY(firstEvent(s.timeline(), u"deploy-completed"_s, u"WebServerGroup"_s));
        const auto *e = firstEvent(s.timeline(), u"requests-cut"_s);
        QCOMPARE(e != nullptr, cut);
        if (cut) {
            QCOMPARE(e->t, 100.0);
            QVERIFY(windowMax(s, {}, u"errors"_s, 100, 102) > 0.5); // a busy target: ~1 request in flight
        } else {
            QCOMPARE(errorRate(s, 0, 2999), 0.0);
        }
    }

    void errorRateIsValidated()
    {
        const sim::DrillParse bad = sim::parseDrill(R"({"duration": 60, "events": [
            {"at": 1, "do": "deploy", "target": "G", "errorRate": 1.5},
            {"at": 2, "do": "fail", "target": "G", "errorRate": 0.2}]})", u"bad.json"_s);
        QCOMPARE(bad.errors.size(), 2);
        QVERIFY(bad.errors[0].format().contains(u"bad.json:2:"_s));
        QVERIFY(bad.errors[1].format().contains(u"bad.json:3:"_s));
        QVERIFY(bad.errors[1].format().contains(u"errorRate"_s));
        const sim::DrillParse good = sim::parseDrill(R"({"events": [{"at": 1, "do": "deploy", "target": "G", "errorRate": 0.3}]})", u"g.json"_s);
        QVERIFY(good.errors.isEmpty());
        QCOMPARE(good.drill->events.front().errorRate, 0.3);
        const sim::DrillParse back = sim::parseDrill(sim::writeDrill(*good.drill), u"g.json"_s);
        QCOMPARE(back.drill->events.front().errorRate, 0.3);
    }
    // Sessions (the MyClothes.com lesson): kept in instance memory they go with the instance;
    // in a database they survive it.
    void sessionsGoWithTheInstance_data()
    {
        QTest::addColumn<QString>("store");
        QTest::addColumn<bool>("lost");
        QTest::newRow("instance memory (default)") << QString() << true;
        QTest::newRow("database") << u"database"_s << false;
    }
    void sessionsGoWithTheInstance()
    {
        QFETCH(QString, store);
        QFETCH(bool, lost);
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"WebTargetGroup"_s, u"stickiness"_s, true));
        if (!store.isEmpty())
            QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"sessionStore"_s, store));
        sim::Simulation s(*doc, drillFrom(R"({"duration": 1500, "traffic": {"rps": 40},
            "events": [{"at": 1000, "do": "fail", "target": "WebServerGroup-1"}],
            "expect": [{"metric": "sessions_lost", "max": 0}, {"metric": "sessions_lost", "target": "WebServerGroup", "max": 0}]})"), 7);
        s.runToEnd();
        QCOMPARE(windowMax(s, {}, u"sessions_lost"_s, 0, 999), 0.0);
        const double total = windowMax(s, {}, u"sessions_lost"_s, 0, 1499);
        QCOMPARE(windowMax(s, u"WebServerGroup"_s, u"sessions_lost"_s, 0, 1499), total);
        const sim::Summary sum = s.summary();
        QCOMPARE(sum.expectations.size(), size_t(2));
        QCOMPARE(sum.passed, !lost);
        if (!lost) {
            QCOMPARE(total, 0.0);
            QVERIFY(!firstEvent(s.timeline(), u"sessions-lost"_s));
            return;
        }
        // 20 requests/s on it, 20 requests a session, 1800 s a session: 1 new session a second,
        // 1800 x (1 - exp(-1000 / 1800)) = 767 of them at the crash.
        QVERIFY2(std::abs(total - 767) < 10, qPrintable(QString::number(total)));
        const auto *e = firstEvent(s.timeline(), u"sessions-lost"_s, u"WebServerGroup-1"_s);
        QVERIFY(e);
        QCOMPARE(e->t, 1000.0);
    }

    // Scale-in terminates a target: its users' in-memory sessions are lost with it.
    void scaleInLosesSessionsInMemory()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"desiredCapacity"_s, 3));
        sim::Simulation s(*doc, drillFrom(R"({"duration": 900, "traffic": {"rps": 60},
            "events": [{"at": 600, "do": "set-desired", "target": "WebServerGroup", "value": 2}]})"), 7);
        s.runToEnd();
        const auto *term = firstEvent(s.timeline(), u"instance-terminating"_s);
        QVERIFY(term);
        const auto *lost = firstEvent(s.timeline(), u"sessions-lost"_s, term->component);
        QVERIFY(lost);
        QCOMPARE(lost->t, term->t);
        QVERIFY(windowMax(s, u"WebServerGroup"_s, u"sessions_lost"_s, 0, 899) > 200);
    }

    // Kept in ElastiCache: instance loss costs nothing; a Redis primary without a replica takes
    // them all, a Memcached node its share.
    void sessionsInACache()
    {
        auto doc = loadSample(u"stateful-shop"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"sessionStore"_s, u"cache"_s));
        QVERIFY(setStored(*doc, u"SessionCache"_s, u"automaticFailover"_s, false));
        sim::Simulation s(*doc, drillFrom(R"({"duration": 1200, "traffic": {"rps": 40},
            "events": [{"at": 500, "do": "fail", "target": "WebServerGroup-1"},
                       {"at": 1000, "do": "fail", "target": "SessionCache"}]})"), 7);
        s.runToEnd();
        QCOMPARE(windowMax(s, {}, u"sessions_lost"_s, 0, 999), 0.0);
        const double lost = windowMax(s, u"SessionCache"_s, u"sessions_lost"_s, 0, 1199);
        QVERIFY2(lost > 500, qPrintable(QString::number(lost)));
        QCOMPARE(windowMax(s, {}, u"sessions_lost"_s, 0, 1199), lost);
        const auto *e = firstEvent(s.timeline(), u"sessions-lost"_s, u"SessionCache"_s);
        QVERIFY(e);
        QCOMPARE(e->t, 1000.0);
    }

    // Overload (congestion collapse): the traffic-spike drill's step to 270 requests/s outruns
    // two web servers (200/s) and target tracking (3 minutes, then a 60 s boot). Queues grow to
    // the client timeout; health checks wait behind the requests and time out; the load balancer
    // marks the overloaded targets unhealthy, the survivors take their load and fail in turn.
    void overloadCascadesWhenScalingIsTooSlow()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        const QByteArray json = shippedDrill(u"three-tier-traffic-spike"_s);
        QVERIFY(!json.isEmpty());
        sim::Simulation s(*doc, drillFrom(json), 7);
        s.runToEnd();
        const double spikeAt = 300;
        const auto *first = firstEvent(s.timeline(), u"target-unhealthy"_s, {}, spikeAt);
        QVERIFY2(first, "no overloaded target was marked unhealthy");
        // The queue reaches the 5 s health-check timeout ~14 s into the spike, then 2 failed
        // checks 30 s apart: unhealthy 35-65 s later.
        QVERIFY2(first->t - spikeAt >= 14 + 35 && first->t - spikeAt <= 14 + 65, qPrintable(QString::number(first->t - spikeAt)));
        QVERIFY(first->t < 480); // before scaling acts
        QVERIFY(firstEvent(s.timeline(), u"target-unhealthy"_s, u"WebServerGroup-1"_s, spikeAt));
        QVERIFY(firstEvent(s.timeline(), u"target-unhealthy"_s, u"WebServerGroup-2"_s, spikeAt));
        // More fails than the 26 % excess: the queue wastes the servers' work on requests whose
        // clients gave up, then the targets leave.
        const double collapse = errorRate(s, int(spikeAt), int(first->t));
        QVERIFY2(collapse > 0.5, qPrintable(QString::number(collapse)));
        QVERIFY2(errorRate(s, 0, int(spikeAt) - 1) == 0.0, "errors before the spike");
        // Scaling never catches up (no warm instance reports CPU); the fleet recovers once the
        // spike is over.
        QVERIFY2(errorRate(s, 2400, 3599) < 0.01, qPrintable(QString::number(errorRate(s, 2400, 3599))));
    }

    // The same design and policy when the rise is one scaling keeps up with (the ramp drill:
    // tripled over 15 minutes): the queues never reach the health-check timeout, no cascade.
    void noCascadeWhenScalingKeepsUp()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        const QByteArray json = shippedDrill(u"three-tier-traffic-ramp"_s);
        QVERIFY(!json.isEmpty());
        sim::Simulation s(*doc, drillFrom(json), 7);
        s.runToEnd();
        QVERIFY(!firstEvent(s.timeline(), u"target-unhealthy"_s));
        const double rate = errorRate(s, 0, 3599);
        QVERIFY2(rate < 0.01, qPrintable(QString::number(rate)));
        QVERIFY(windowMax(s, u"WebServerGroup"_s, u"desired"_s, 0, 3599) >= 4);
    }

    // A security group that blocks the load balancer from the targets' port blocks every
    // instance the launch template starts: the replacements fail their health checks too, the
    // group keeps cycling, the requests keep failing, and the timeline says why.
    void blockedTargetsStayBlocked()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        const QVariantList inbound{row({{u"protocol"_s, u"tcp"_s}, {u"fromPort"_s, 8080}, {u"toPort"_s, 8080},
                                        {u"group"_s, u"LoadBalancerSecurityGroup"_s}})};
        QVERIFY(setStored(*doc, u"WebSecurityGroup"_s, u"inbound"_s, inbound));
        sim::Simulation s(*doc, drillFrom(R"({"duration": 2400, "traffic": {"rps": 40}})"), 7);
        s.runToEnd();
        QVERIFY(firstEvent(s.timeline(), u"blocked"_s, u"WebServerGroup"_s));
        int launched = 0, replacedUnhealthy = 0, blockedNotes = 0;
        QSet<QString> replacements;
        for (const sim::TimelineEvent &e : s.timeline()) {
            if (e.event == u"instance-launched"_s) {
                ++launched;
                replacements.insert(e.component);
            }
            if (e.event == u"target-unhealthy"_s && replacements.contains(e.component))
                ++replacedUnhealthy;
            if (e.event == u"blocked"_s && replacements.contains(e.component))
                ++blockedNotes;
        }
        // The originals are replaced after the 300 s grace period, their replacements after
        // theirs, and so on: at least three rounds of two in 2,400 s.
        QVERIFY2(launched >= 6, qPrintable(QString::number(launched)));
        QVERIFY2(replacedUnhealthy >= 4, qPrintable(QString::number(replacedUnhealthy)));
        QVERIFY2(blockedNotes >= 4, qPrintable(QString::number(blockedNotes)));
        // Nothing ever gets through: the load balancer fails open onto blocked targets.
        QVERIFY2(errorRate(s, 0, 2399) > 0.99, qPrintable(QString::number(errorRate(s, 0, 2399))));
        QVERIFY2(errorRate(s, 1800, 2399) > 0.99, qPrintable(QString::number(errorRate(s, 1800, 2399))));
    }

    // Data tier. A promoted read replica is a stand-alone instance with its own endpoint: the
    // application keeps writing to the lost primary until it is pointed at it (a drill's
    // `repoint`, or the design's repointOnPromotion).
    void promotedReplicaNeedsTheApplicationRepointed_data()
    {
        QTest::addColumn<int>("repointAt"); // -1: no repoint event
        QTest::addColumn<bool>("follows");  // the design's repointOnPromotion
        QTest::addColumn<int>("healedFrom"); // errors stop here, -1: never
        QTest::newRow("not repointed") << -1 << false << -1;
        QTest::newRow("repointed at 600") << 600 << false << 600;
        QTest::newRow("repointed during the promotion") << 300 << false << 440;
        QTest::newRow("the design follows the promotion") << -1 << true << 440;
    }
    void promotedReplicaNeedsTheApplicationRepointed()
    {
        QFETCH(int, repointAt);
        QFETCH(bool, follows);
        QFETCH(int, healedFrom);
        auto doc = loadSample(u"stateful-shop"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"Database"_s, u"multiAz"_s, false));
        QVERIFY(setStored(*doc, u"DatabaseReplica"_s, u"repointOnPromotion"_s, follows));
        QByteArray events = R"([{"at": 100, "do": "fail", "target": "Database"}, {"at": 200, "do": "promote", "target": "DatabaseReplica"})";
        if (repointAt >= 0)
            events += QByteArray(R"(, {"at": )") + QByteArray::number(repointAt) + R"(, "do": "repoint", "target": "DatabaseReplica"})";
        sim::Simulation s(*doc, drillFrom(R"({"duration": 900, "traffic": {"rps": 50},
            "settings": {"promoteSeconds": 240}, "events": )" + events + "]}"), 3);
        s.runToEnd();
        const auto *promoted = firstEvent(s.timeline(), u"replica-promoted"_s, u"DatabaseReplica"_s);
        QVERIFY(promoted);
        QCOMPARE(promoted->t, 440.0);
        QVERIFY(errorRate(s, 300, 439) > 0.1); // during the promotion reads fail too
        const auto *repointed = firstEvent(s.timeline(), u"app-repointed"_s, u"DatabaseReplica"_s);
        QCOMPARE(repointed != nullptr, repointAt >= 0 || follows);
        if (healedFrom < 0) {
            // Promoted: its endpoint answers the reads, the writes (10 %) still go to Database.
            QVERIFY(std::abs(errorRate(s, 441, 899) - 0.1) < 1e-6);
            QVERIFY(windowMin(s, u"Database"_s, u"write_errors"_s, 441, 899) > 0);
            QVERIFY(windowMin(s, u"DatabaseReplica"_s, u"requests"_s, 441, 899) > 0);
            return;
        }
        if (healedFrom > 441)
            QVERIFY(std::abs(errorRate(s, 441, healedFrom - 1) - 0.1) < 1e-6);
        QCOMPARE(errorRate(s, healedFrom + 1, 899), 0.0);
        QCOMPARE(windowMax(s, u"Database"_s, u"requests"_s, healedFrom + 1, 899), 0.0); // nothing goes there any more
        QVERIFY(windowMin(s, u"DatabaseReplica"_s, u"write_errors"_s, healedFrom + 1, 899) == 0);
    }

    // Regression (issue 13): once its replica is promoted, the old primary's snapshot no
    // longer counts it as a replica, although the reads still reach it until the repoint.
    void oldPrimaryNoLongerCountsThePromotedReplica()
    {
        auto doc = loadSample(u"stateful-shop"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"Database"_s, u"multiAz"_s, false));
        sim::Simulation s(*doc, drillFrom(R"({"duration": 900, "traffic": {"rps": 50}, "settings": {"promoteSeconds": 240},
            "events": [{"at": 100, "do": "fail", "target": "Database"}, {"at": 200, "do": "promote", "target": "DatabaseReplica"}]})"), 3);
        const auto replicasOf = [&s](const QString &id) {
            for (const sim::ResourceSnapshot &r : s.snapshot())
                if (r.id == id)
                    return r.replicas;
            return -1;
        };
        s.run(300); // promoting: still a replica
        QCOMPARE(replicasOf(u"Database"_s), 1);
        s.run(500); // promoted at 440, not repointed
        QVERIFY(firstEvent(s.timeline(), u"replica-promoted"_s, u"DatabaseReplica"_s));
        QCOMPARE(replicasOf(u"Database"_s), 0);
        QCOMPARE(replicasOf(u"DatabaseReplica"_s), 0);
        QVERIFY(windowMin(s, u"DatabaseReplica"_s, u"requests"_s, 441, 499) > 0); // the reads still reach it
    }

    void repointIsARoundTripAction()
    {
        const sim::DrillParse p = sim::parseDrill(R"({"events": [{"at": 5, "do": "repoint", "target": "DatabaseReplica"}]})", u"r.json"_s);
        QVERIFY(p.errors.isEmpty());
        const QByteArray written = sim::writeDrill(*p.drill);
        QVERIFY(written.contains("\"repoint\""));
        const sim::DrillParse back = sim::parseDrill(written, u"r.json"_s);
        QVERIFY(back.errors.isEmpty());
        QCOMPARE(back.drill->events.front().action, u"repoint"_s);
        QCOMPARE(back.drill->events.front().target, u"DatabaseReplica"_s);
        QCOMPARE(sim::writeDrill(*back.drill), written);
        // A replica that is not promoted takes no writes: the event is ignored, with the reason.
        auto doc = loadSample(u"stateful-shop"_s);
        QVERIFY(doc);
        sim::Simulation s(*doc, drillFrom(R"({"duration": 60, "traffic": {"rps": 20},
            "events": [{"at": 5, "do": "repoint", "target": "DatabaseReplica"}]})"), 3);
        s.runToEnd();
        const auto *ignored = firstEvent(s.timeline(), u"ignored"_s, u"DatabaseReplica"_s);
        QVERIFY(ignored);
        QVERIFY(ignored->detail.contains(u"promote"_s));
        QCOMPARE(errorRate(s, 0, 59), 0.0);
    }

    // Replica lag grows without bound while the replica applies writes slower than the primary
    // takes them; applying them is part of the replica's CPU.
    void replicaLagGrowsWithoutBound()
    {
        auto doc = loadSample(u"stateful-shop"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"Database"_s, u"instanceClass"_s, u"db.m5.large"_s));
        // 100 requests/s: 50 writes/s; 950 reads/s missing the cache, 475 on each endpoint.
        const QByteArray drill = R"({"duration": 700, "traffic": {"rps": 100},
            "settings": {"writeShare": 0.5, "readsPerRequest": 9.5, "cacheHitRatio": 0}})";
        // db.t3.nano (500 queries/s): the reads leave 15 writes/s to apply of 50, the queue
        // grows by 35 writes a second, 0.7 s of lag a second.
        QVERIFY(setStored(*doc, u"DatabaseReplica"_s, u"instanceClass"_s, u"db.t3.nano"_s));
        sim::Simulation slow(*doc, drillFrom(drill), 3);
        slow.runToEnd();
        const double lag300 = windowMax(slow, u"DatabaseReplica"_s, u"replica_lag"_s, 300, 300);
        const double lag600 = windowMax(slow, u"DatabaseReplica"_s, u"replica_lag"_s, 600, 600);
        QVERIFY2(lag300 > 150, qPrintable(QString::number(lag300))); // far past any cap
        QVERIFY2(std::abs(lag600 - lag300 - 210) < 5, qPrintable(QString::number(lag600 - lag300)));
        QVERIFY(windowMin(slow, u"DatabaseReplica"_s, u"cpu"_s, 300, 600) > 97);
        // db.t3.micro (1,000): it keeps up, tens of milliseconds behind, and its CPU is the
        // reads and the writes it applies: (475 + 50) / 1,000.
        QVERIFY(setStored(*doc, u"DatabaseReplica"_s, u"instanceClass"_s, u"db.t3.micro"_s));
        sim::Simulation fast(*doc, drillFrom(drill), 3);
        fast.runToEnd();
        QVERIFY(windowMax(fast, u"DatabaseReplica"_s, u"replica_lag"_s, 60, 699) < 0.1);
        const double cpu = windowMax(fast, u"DatabaseReplica"_s, u"cpu"_s, 300, 300);
        QVERIFY2(std::abs(cpu - 52.5) < 0.5, qPrintable(QString::number(cpu)));
        QCOMPARE(windowMax(fast, u"DatabaseReplica"_s, u"requests"_s, 300, 300), 475.0); // its requests are the reads
    }

    // Aurora without replicas: the primary is recreated, in its zone when it can be, else in
    // another of its subnets' zones.
    void auroraWithoutReplicasIsRecreatedElsewhere()
    {
        auto doc = loadSample(u"wordpress-aurora"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"WordPressDatabase"_s, u"replicas"_s, 0));
        QString zone;
        {
            sim::Simulation probe(*doc, drillFrom(R"({"duration": 10})"), 7);
            for (const sim::ResourceSnapshot &r : probe.snapshot())
                if (r.id == u"WordPressDatabase"_s)
                    zone = r.zone;
        }
        QVERIFY(!zone.isEmpty());
        for (const bool zoneLost : {true, false}) {
            const QByteArray target = zoneLost ? zone.toUtf8() : QByteArray("WordPressDatabase");
            const QByteArray event = QByteArray("{\"at\": 100, \"do\": \"") + (zoneLost ? "fail-az" : "fail")
                + "\", \"target\": \"" + target + "\"}";
            sim::Simulation s(*doc, drillFrom(R"({"duration": 900, "traffic": {"rps": 20}, "events": [)" + event + "]}"), 7);
            s.runToEnd();
            const auto *done = firstEvent(s.timeline(), u"db-failover-completed"_s, u"WordPressDatabase"_s);
            QVERIFY(done);
            QCOMPARE(done->t, 640.0); // auroraRecreateSeconds 540
            QString now;
            for (const sim::ResourceSnapshot &r : s.snapshot())
                if (r.id == u"WordPressDatabase"_s)
                    now = r.zone;
            QCOMPARE(now != zone, zoneLost);
            QVERIFY(done->detail.contains(now));
            QCOMPARE(windowMin(s, u"WordPressDatabase"_s, u"available"_s, 641, 899), 1.0);
        }
    }

    // ElastiCache replaces a failed node after a few minutes (cacheReplaceSeconds 180): empty,
    // then warming.
    void cacheNodeIsReplacedEmpty()
    {
        auto doc = loadSample(u"stateful-shop"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"SessionCache"_s, u"replicasPerShard"_s, 0));
        sim::Simulation s(*doc, drillFrom(R"({"duration": 900, "traffic": {"rps": 50},
            "events": [{"at": 100, "do": "fail", "target": "SessionCache"}]})"), 3);
        s.runToEnd();
        const auto *replaced = firstEvent(s.timeline(), u"cache-node-replaced"_s, u"SessionCache"_s);
        QVERIFY(replaced);
        QCOMPARE(replaced->t, 280.0);
        QCOMPARE(windowMax(s, u"SessionCache"_s, u"available"_s, 101, 279), 0.0);
        QCOMPARE(windowMin(s, u"SessionCache"_s, u"available"_s, 281, 899), 1.0);
        QVERIFY(windowMax(s, u"SessionCache"_s, u"hit_ratio"_s, 281, 281) < 0.05); // empty
        QVERIFY(std::abs(windowMax(s, u"SessionCache"_s, u"hit_ratio"_s, 600, 600) - 0.8) < 1e-6); // warm after 300 s
        // Memcached: the lost node's share misses, the replacement joins empty.
        auto wp = loadSample(u"wordpress-aurora"_s);
        QVERIFY(wp);
        sim::Simulation m(*wp, drillFrom(R"({"duration": 600, "traffic": {"rps": 60},
            "events": [{"at": 100, "do": "fail", "target": "ObjectCache"}]})"), 7);
        m.runToEnd();
        const auto *node = firstEvent(m.timeline(), u"cache-node-replaced"_s, u"ObjectCache"_s);
        QVERIFY(node);
        QCOMPARE(node->t, 280.0);
        QVERIFY(node->detail.contains(u"2 of 2"_s));
        QVERIFY(windowMax(m, u"ObjectCache"_s, u"hit_ratio"_s, 281, 281) < windowMax(m, u"ObjectCache"_s, u"hit_ratio"_s, 279, 279));
    }

    // NAT gateways are zonal: losing one cuts the internet egress of the subnets routed through
    // it, and the requests that call out from there fail (externalCallPercent); not the others.
    void natGatewayIsZonal()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"externalCallPercent"_s, 30));
        // One NAT gateway per zone: losing A cuts AppSubnetA's egress, half the traffic x 30 %.
        sim::Simulation perZone(*doc, drillFrom(R"({"duration": 400, "traffic": {"rps": 40},
            "events": [{"at": 100, "do": "fail", "target": "NatGatewayA"}, {"at": 300, "do": "recover", "target": "NatGatewayA"}]})"), 7);
        perZone.runToEnd();
        const auto *failed = firstEvent(perZone.timeline(), u"nat-failed"_s, u"NatGatewayA"_s);
        QVERIFY(failed);
        QVERIFY(failed->detail.contains(u"AppSubnetA"_s));
        QVERIFY(!failed->detail.contains(u"AppSubnetB"_s));
        QCOMPARE(errorRate(perZone, 0, 99), 0.0);
        const double lost = errorRate(perZone, 100, 299);
        QVERIFY2(std::abs(lost - 0.15) < 0.01, qPrintable(QString::number(lost)));
        QCOMPARE(errorRate(perZone, 300, 399), 0.0);
        // Without external calls the NAT gateway's loss costs nothing.
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"externalCallPercent"_s, 0));
        sim::Simulation none(*doc, drillFrom(R"({"duration": 400, "traffic": {"rps": 40},
            "events": [{"at": 100, "do": "fail", "target": "NatGatewayA"}]})"), 7);
        none.runToEnd();
        QCOMPARE(errorRate(none, 0, 399), 0.0);
        // Losing zone A: with a NAT gateway per zone, zone B's instances keep their egress; with
        // both private subnets routed through NAT gateway A, zone B's lose theirs too.
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"externalCallPercent"_s, 30));
        const QByteArray azLoss = R"({"duration": 600, "traffic": {"rps": 40}, "events": [{"at": 100, "do": "fail-az", "target": "us-east-1a"}]})";
        sim::Simulation own(*doc, drillFrom(azLoss), 7);
        own.runToEnd();
        QVERIFY(setStored(*doc, u"PrivateRouteTableB"_s, u"routes"_s,
                          QVariantList{row({{u"destination"_s, u"0.0.0.0/0"_s}, {u"target"_s, u"NatGatewayA"_s}})}));
        sim::Simulation shared(*doc, drillFrom(azLoss), 7);
        shared.runToEnd();
        const double ownRate = errorRate(own, 300, 599), sharedRate = errorRate(shared, 300, 599);
        QVERIFY2(ownRate < 0.01, qPrintable(QString::number(ownRate)));
        QVERIFY2(std::abs(sharedRate - 0.3) < 0.01, qPrintable(QString::number(sharedRate)));
    }
};

QTEST_GUILESS_MAIN(TstSimFailures)
#include "tst_sim_failures.moc"
