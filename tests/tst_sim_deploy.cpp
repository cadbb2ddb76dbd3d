// Deployments in the simulator: rolling (capacity drops by the batch), a bad version rolled
// back, blue/green (second group, switch, old kept, rollback), canary (weighted share).

#include "simsupport.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace skydraft;
using namespace skydraft::test;

class TstSimDeploy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rollingDeployDropsCapacityByItsBatch()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"minSize"_s, 4));
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"desiredCapacity"_s, 4));
        QVERIFY(setStored(*doc, u"WebTargetGroup"_s, u"deregistrationDelay"_s, 30));
        sim::Simulation s(*doc, drillFrom(R"({"duration": 1500, "traffic": {"rps": 60},
            "events": [{"at": 100, "do": "deploy", "target": "WebServerGroup", "strategy": "rolling", "batchSize": 2}]})"), 7);
        s.runToEnd();
        const auto *started = firstEvent(s.timeline(), u"deploy-started"_s, u"WebServerGroup"_s);
        const auto *completed = firstEvent(s.timeline(), u"deploy-completed"_s, u"WebServerGroup"_s);
        QVERIFY(started && completed);
        QCOMPARE(windowMin(s, u"WebServerGroup"_s, u"capacity"_s, 0, 99), 4.0);
        QCOMPARE(windowMin(s, u"WebServerGroup"_s, u"capacity"_s, int(started->t), int(completed->t)), 2.0);
        QCOMPARE(windowMin(s, u"WebServerGroup"_s, u"capacity"_s, int(completed->t) + 1, 1499), 4.0);
        QCOMPARE(errorRate(s, 0, 1499), 0.0);
    }

    void badDeploymentIsRolledBack()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"WebTargetGroup"_s, u"deregistrationDelay"_s, 30));
        sim::Simulation s(*doc, drillFrom(R"({"duration": 1500, "traffic": {"rps": 40},
            "events": [{"at": 100, "do": "deploy", "target": "WebServerGroup", "batchSize": 1, "healthy": false}]})"), 7);
        s.runToEnd();
        QVERIFY(firstEvent(s.timeline(), u"deploy-failed"_s, u"WebServerGroup"_s));
        QVERIFY(!firstEvent(s.timeline(), u"deploy-completed"_s, u"WebServerGroup"_s));
        QCOMPARE(windowMin(s, u"WebServerGroup"_s, u"capacity"_s, 1400, 1499), 2.0);
    }

    void blueGreenKeepsCapacity()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        sim::Simulation s(*doc, drillFrom(R"({"duration": 900, "traffic": {"rps": 60},
            "events": [{"at": 100, "do": "deploy", "target": "WebServerGroup", "strategy": "blue-green"}]})"), 7);
        s.runToEnd();
        QVERIFY(firstEvent(s.timeline(), u"deploy-completed"_s, u"WebServerGroup"_s));
        QCOMPARE(windowMin(s, u"WebServerGroup"_s, u"capacity"_s, 0, 899), 2.0);
        int standby = 0;
        for (const sim::ResourceSnapshot &r : s.snapshot())
            standby += r.state == sim::SimState::Standby ? 1 : 0;
        QCOMPARE(standby, 2); // the old group is kept for rollback
        QCOMPARE(errorRate(s, 0, 899), 0.0);
    }

    void blueGreenRollback()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        sim::Simulation s(*doc, drillFrom(R"({"duration": 900, "traffic": {"rps": 60},
            "events": [{"at": 100, "do": "deploy", "target": "WebServerGroup", "strategy": "blue-green", "healthy": true},
                       {"at": 600, "do": "rollback", "target": "WebServerGroup"}]})"), 7);
        s.runToEnd();
        QVERIFY(firstEvent(s.timeline(), u"deploy-rolled-back"_s, u"WebServerGroup"_s));
        QStringList serving;
        for (const sim::ResourceSnapshot &r : s.snapshot())
            if (r.kind == sim::SimKind::Instance && r.state == sim::SimState::InService)
                serving.append(r.id);
        QCOMPARE(serving, (QStringList{u"WebServerGroup-1"_s, u"WebServerGroup-2"_s}));
        QCOMPARE(windowMin(s, u"WebServerGroup"_s, u"capacity"_s, 0, 899), 2.0);
        QCOMPARE(errorRate(s, 0, 899), 0.0);
    }

    void canarySharesTraffic()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"WebTargetGroup"_s, u"deregistrationDelay"_s, 30));
        sim::Simulation s(*doc, drillFrom(R"({"duration": 1800, "traffic": {"rps": 60},
            "events": [{"at": 100, "do": "deploy", "target": "WebServerGroup", "strategy": "canary", "weight": 0.1}]})"), 7);
        s.run(350);
        const auto *serving = firstEvent(s.timeline(), u"canary-serving"_s, u"WebServerGroup"_s);
        QVERIFY(serving);
        const sim::Series *canary = s.metrics().find(u"WebServerGroup-3"_s, u"requests"_s);
        QVERIFY(canary);
        QVERIFY(std::abs(canary->at(349) - 6.0) < 0.01); // 10% of 60 req/s
        s.runToEnd();
        QVERIFY(firstEvent(s.timeline(), u"deploy-completed"_s, u"WebServerGroup"_s));
        QCOMPARE(errorRate(s, 0, 1799), 0.0);
    }

};

QTEST_GUILESS_MAIN(TstSimDeploy)
#include "tst_sim_deploy.moc"
