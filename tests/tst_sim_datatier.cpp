// The simulator's data tier and recovery times: read replicas (reads, lag, promotion), reboot
// with failover, Redis failover, and a target's return to service.

#include "simsupport.h"
#include "testsupport.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace skydraft;
using namespace skydraft::test;

namespace {

double valueAt(const sim::Simulation &s, const QString &resource, const QString &metric, int t)
{
    const sim::Series *series = s.metrics().find(resource, metric);
    return series ? series->at(t) : std::nan("");
}

} // namespace

class TstSimDataTier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replicaServesReadsAndLags()
    {
        auto doc = loadSample(u"stateful-shop"_s);
        QVERIFY(doc);
        sim::Simulation s(*doc, drillFrom(R"({"duration": 400, "traffic": {"rps": 100},
            "settings": {"cacheHitRatio": 0.5, "writeShare": 0.2},
            "events": [{"at": 200, "do": "fail", "target": "Database"}]})"), 3);
        s.runToEnd();
        // Misses are split between the primary and the replica; writes go to the primary only.
        const double primary = valueAt(s, u"Database"_s, u"requests"_s, 100);
        const double replica = valueAt(s, u"DatabaseReplica"_s, u"requests"_s, 100);
        QCOMPARE(replica, 25.0); // 100 req/s x 1 read x 50% misses / 2 endpoints
        QCOMPARE(primary, 25.0 + 20.0);
        QVERIFY(valueAt(s, u"DatabaseReplica"_s, u"replica_lag"_s, 100) > 0);
        // During the primary's failover every miss goes to the replica; only writes fail.
        QCOMPARE(valueAt(s, u"DatabaseReplica"_s, u"requests"_s, 230), 50.0);
        QCOMPARE(valueAt(s, u"Database"_s, u"write_errors"_s, 230), 20.0);
        QVERIFY(std::abs(valueAt(s, {}, u"error_rate"_s, 230) - 0.2) < 1e-6); // series hold floats
    }

    void promotingAReplicaRestoresWrites()
    {
        auto doc = loadSample(u"stateful-shop"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"Database"_s, u"multiAz"_s, false));
        sim::Simulation s(*doc, drillFrom(R"({"duration": 900, "traffic": {"rps": 50},
            "settings": {"promoteSeconds": 240},
            "events": [{"at": 100, "do": "fail", "target": "Database"}, {"at": 200, "do": "promote", "target": "DatabaseReplica"},
                       {"at": 440, "do": "repoint", "target": "DatabaseReplica"}]})"), 3);
        s.runToEnd();
        QVERIFY(firstEvent(s.timeline(), u"db-down"_s, u"Database"_s));
        const auto *promoted = firstEvent(s.timeline(), u"replica-promoted"_s, u"DatabaseReplica"_s);
        QVERIFY(promoted);
        QCOMPARE(promoted->t, 440.0);
        QVERIFY(valueAt(s, {}, u"error_rate"_s, 300) > 0); // writes fail until the promotion ends and the app is repointed
        QCOMPARE(valueAt(s, {}, u"error_rate"_s, 500), 0.0);
    }

    void rebootWithFailover()
    {
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        sim::Simulation s(*doc, drillFrom(R"({"duration": 400, "traffic": {"rps": 50},
            "events": [{"at": 100, "do": "reboot", "target": "Database"}]})"), 3);
        s.runToEnd();
        const auto *a = firstEvent(s.timeline(), u"db-failover-started"_s, u"Database"_s);
        const auto *b = firstEvent(s.timeline(), u"db-failover-completed"_s, u"Database"_s);
        QVERIFY(a && b);
        QCOMPARE(b->t - a->t, 90.0); // the default, within AWS's 60-120 s
    }

    void redisFailoverTakesSeconds()
    {
        auto doc = loadSample(u"stateful-shop"_s);
        QVERIFY(doc);
        sim::Simulation s(*doc, drillFrom(R"({"duration": 300, "traffic": {"rps": 50},
            "events": [{"at": 100, "do": "fail", "target": "SessionCache"}]})"), 3);
        s.runToEnd();
        const auto *a = firstEvent(s.timeline(), u"cache-failover-started"_s, u"SessionCache"_s);
        const auto *b = firstEvent(s.timeline(), u"cache-failover-completed"_s, u"SessionCache"_s);
        QVERIFY(a && b);
        QVERIFY(b->t - a->t > 0 && b->t - a->t <= 15);
        QCOMPARE(valueAt(s, u"SessionCache"_s, u"available"_s, 103), 0.0);
        QCOMPARE(valueAt(s, u"SessionCache"_s, u"available"_s, 120), 1.0);
        // Without a replica the data is lost: misses fall through until it refills.
        QVERIFY(setStored(*doc, u"SessionCache"_s, u"replicasPerShard"_s, 0));
        sim::Simulation lone(*doc, drillFrom(R"({"duration": 300, "traffic": {"rps": 50},
            "events": [{"at": 100, "do": "fail", "target": "SessionCache"}, {"at": 150, "do": "recover", "target": "SessionCache"}]})"), 3);
        lone.runToEnd();
        QVERIFY(firstEvent(lone.timeline(), u"cache-node-failed"_s, u"SessionCache"_s));
        QCOMPARE(valueAt(lone, u"SessionCache"_s, u"hit_ratio"_s, 120), 0.0);
        QVERIFY(valueAt(lone, u"SessionCache"_s, u"hit_ratio"_s, 160) < 0.1);
        QVERIFY(valueAt(lone, u"Database"_s, u"requests"_s, 120) > valueAt(lone, u"Database"_s, u"requests"_s, 90));
    }

    void recoveredTargetReturnsAfterHealthyChecks_data()
    {
        QTest::addColumn<int>("healthy");
        QTest::newRow("healthy 5 (ALB default)") << 5;
        QTest::newRow("healthy 2") << 2;
    }
    void recoveredTargetReturnsAfterHealthyChecks()
    {
        QFETCH(int, healthy);
        auto doc = loadSample(u"three-tier"_s);
        QVERIFY(doc);
        QVERIFY(setStored(*doc, u"WebServerGroup"_s, u"healthCheckType"_s, u"EC2"_s));
        QVERIFY(setStored(*doc, u"WebTargetGroup"_s, u"healthyThreshold"_s, healthy));
        sim::Simulation s(*doc, drillFrom(R"({"duration": 900, "traffic": {"rps": 40},
            "events": [{"at": 100, "do": "fail", "target": "WebServerGroup-1", "mode": "hang"},
                       {"at": 400, "do": "recover", "target": "WebServerGroup-1"}]})"), 3);
        s.runToEnd();
        const auto *back = firstEvent(s.timeline(), u"target-healthy"_s, u"WebServerGroup-1"_s, 400);
        QVERIFY(back);
        const double delay = back->t - 400;
        QVERIFY2(delay >= (healthy - 1) * 30 && delay <= healthy * 30, qPrintable(QString::number(delay)));
    }
};

QTEST_GUILESS_MAIN(TstSimDataTier)
#include "tst_sim_datatier.moc"
