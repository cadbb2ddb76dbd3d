// What the live view needs of the simulator: seeking (backward from checkpoints, forward by
// stepping) lands exactly where a straight run does; events inserted while running replay
// exactly from the drill they are written to; per-link flows; typed snapshots.

#include "simsupport.h"

#include "model/sim/simreport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace skydraft;
using namespace skydraft::test;

namespace {

/// What a run shows at its current second: every series (CSV bytes) and the timeline.
QByteArray trace(const sim::Simulation &s)
{
    QByteArray out = sim::seriesCsv(s.metrics());
    for (const sim::TimelineEvent &e : s.timeline())
        out += QByteArray::number(e.t) + ' ' + e.event.toUtf8() + ' ' + e.component.toUtf8() + ' ' + e.detail.toUtf8() + '\n';
    for (const sim::ResourceSnapshot &r : s.snapshot())
        out += r.id.toUtf8() + ' ' + sim::stateName(r.state).toUtf8() + ' ' + QByteArray::number(r.loadRps) + '\n';
    return out;
}

const QByteArray kAzLoss = R"({"duration": 1500, "seed": 7, "traffic": {"rps": 60},
    "events": [{"at": 300, "do": "fail-az", "target": "us-east-1a"}, {"at": 900, "do": "recover-az", "target": "us-east-1a"}]})";

} // namespace

class TestSimLive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seekBackwardAndForwardIsExact_data()
    {
        QTest::addColumn<int>("interval");
        QTest::newRow("checkpoints every 60 s") << 60;
        QTest::newRow("no checkpoints (re-run from 0)") << 0;
        QTest::newRow("checkpoints every 7 s") << 7;
    }
    void seekBackwardAndForwardIsExact()
    {
        QFETCH(int, interval);
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        for (int target : {0, 299, 300, 301, 347, 900, 1234}) {
            sim::Simulation straight(*doc, drillFrom(kAzLoss), 7);
            straight.run(target);
            sim::Simulation seeking(*doc, drillFrom(kAzLoss), 7);
            seeking.setCheckpointInterval(interval);
            seeking.seek(1400); // past the target, then back
            seeking.seek(123);
            seeking.seek(target);
            QCOMPARE(seeking.now(), double(target));
            QCOMPARE(trace(seeking), trace(straight));
        }
    }

    void insertedEventsReplayFromTheWrittenDrill()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        sim::Drill drill = drillFrom(R"({"duration": 1200, "seed": 3, "traffic": {"rps": 80}})");
        sim::Simulation live(*doc, drill, drill.seed);
        live.run(200);
        sim::DrillEvent fail;
        fail.action = u"fail-az"_s;
        fail.target = u"us-east-1a"_s;
        QCOMPARE(live.insertEvent(fail).at, 200.0);
        live.run(420);
        sim::DrillEvent spike;
        spike.action = u"set-rps"_s;
        spike.value = 100;
        sim::Traffic shape;
        shape.rps = 100;
        shape.shape = u"spike"_s;
        shape.peak = 400;
        shape.length = 120;
        spike.traffic = shape;
        live.insertEvent(spike);
        live.run(500);
        live.seek(100); // back before both: the recorded run plays them again
        live.runToEnd();

        const QByteArray written = sim::writeDrill(live.drill());
        const sim::DrillParse parsed = sim::parseDrill(written, u"recorded.json"_s);
        QVERIFY2(parsed.errors.isEmpty(), qPrintable(parsed.errors.value(0).format()));
        QCOMPARE(parsed.drill->events.size(), size_t(2));
        QCOMPARE(parsed.drill->events[1].traffic->shape, u"spike"_s);
        QCOMPARE(sim::writeDrill(*parsed.drill), written); // the file reads back to itself
        sim::Simulation replay(*doc, *parsed.drill, parsed.drill->seed);
        replay.runToEnd();
        QCOMPARE(sim::seriesCsv(replay.metrics()), sim::seriesCsv(live.metrics()));
        // The spike happened: 400 requests/s for two minutes from 420 s, then 100.
        QCOMPARE(windowMax(replay, {}, u"requests"_s, 420, 539), 400.0);
        QCOMPARE(windowMax(replay, {}, u"requests"_s, 540, 1199), 100.0);
        QCOMPARE(windowMax(replay, {}, u"requests"_s, 0, 419), 80.0);
    }

    void insertingForgetsTheOldFuture()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        sim::Simulation s(*doc, drillFrom(R"({"duration": 900, "traffic": {"rps": 60}})"), 1);
        s.run(600);
        s.seek(100);
        sim::DrillEvent fail;
        fail.action = u"fail"_s;
        fail.target = u"Database"_s;
        s.insertEvent(fail);
        s.seek(400); // forward again: the failure is in the new future
        QVERIFY(firstEvent(s.timeline(), u"db-failover-started"_s, u"Database"_s, 100));
        QVERIFY(s.nextEventTime() < 0);
    }

    void flowsFollowTheLinks()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        sim::Simulation s(*doc, drillFrom(kAzLoss), 7);
        s.run(200);
        QHash<QString, sim::LinkFlow> byLink;
        for (const sim::LinkFlow &f : s.flows())
            byLink.insert(f.from + u"->"_s + f.to, f);
        // Internet -> record -> load balancer -> target group -> group -> database and cache.
        const sim::LinkFlow toGroup = byLink.value(u"WebTargetGroup->WebServerGroup"_s);
        QCOMPARE(qRound(toGroup.rps), 60);
        QCOMPARE(toGroup.failedRps, 0.0);
        QCOMPARE(qRound(byLink.value(u"WebLoadBalancer->WebTargetGroup"_s).rps), 60);
        QVERIFY(byLink.value(u"WebServerGroup->Database"_s).rps > 0);
        // In the failover, the calls to the database fail, and so do requests upstream.
        s.run(330);
        byLink.clear();
        for (const sim::LinkFlow &f : s.flows())
            byLink.insert(f.from + u"->"_s + f.to, f);
        const sim::LinkFlow db = byLink.value(u"WebServerGroup->Database"_s);
        QVERIFY(db.rps > 0);
        QCOMPARE(db.failedRps, db.rps);
        QVERIFY(byLink.value(u"WebTargetGroup->WebServerGroup"_s).failedRps > 0);
    }

    void snapshotsAreTyped()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        sim::Simulation s(*doc, drillFrom(kAzLoss), 7);
        s.run(301);
        int failed = 0;
        QString standby;
        for (const sim::ResourceSnapshot &r : s.snapshot()) {
            if (r.kind == sim::SimKind::Instance && r.zone == u"us-east-1a"_s && r.state == sim::SimState::Failed)
                ++failed;
            if (r.id == u"Database"_s) {
                QCOMPARE(r.state, sim::SimState::FailingOver);
                standby = r.standbyZone;
            }
            if (r.id == u"WebLoadBalancer"_s) {
                QCOMPARE(r.nodes.size(), size_t(2));
                QVERIFY(!r.nodes[0].up);
                QVERIFY(r.nodes[1].up);
            }
        }
        QCOMPARE(failed, 1);
        QCOMPARE(standby, u"us-east-1b"_s);
        QCOMPARE(s.failedZones(), QStringList{u"us-east-1a"_s});
        s.run(500);
        for (const sim::ResourceSnapshot &r : s.snapshot())
            if (r.id == u"Database"_s) {
                QCOMPARE(r.state, sim::SimState::Available);
                QCOMPARE(r.zone, u"us-east-1b"_s); // primary and standby swapped zones
            }
        QCOMPARE(sim::stateName(sim::SimState::FailingOver), u"failing-over"_s);
    }
};

QTEST_GUILESS_MAIN(TestSimLive)
#include "tst_sim_live.moc"
