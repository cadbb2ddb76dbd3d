// The data tier: the app tier's request mix (cache reads, database reads and writes), RDS
// Multi-AZ failover, read replicas (lag, reads, promotion), connection limits, Aurora, and
// ElastiCache (Redis failover, Memcached node loss).
//
// Model: each served request does `readsPerRequest` reads, first against the cache (hit ratio
// times the share of keys present) and the misses against the database; `writeShare` of the
// requests write to the primary. Database reads are spread evenly over the endpoints that
// answer: the primary and its read replicas (an Aurora cluster's replicas add read capacity).
// A request fails when its write or one of its reads fails.

#include "simstate.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace skydraft::sim {

namespace {

constexpr double kReplicationDelay = 0.02; ///< a replica that keeps up: tens of milliseconds behind

bool isCache(const Store &s) { return s.kind == StoreKind::Redis || s.kind == StoreKind::Memcached; }

QString failoverStarted(const Store &s) { return isCache(s) ? u"cache-failover-started"_s : u"db-failover-started"_s; }
QString failoverCompleted(const Store &s) { return isCache(s) ? u"cache-failover-completed"_s : u"db-failover-completed"_s; }

} // namespace

void Simulation::State::flowDataTier()
{
    const Settings &set = drill.settings;
    for (Store &s : stores)
        s.reads = s.writes = s.connections = 0;
    std::vector<double> readUnavailable(stores.size(), 0.0), callers(stores.size(), 0.0), dbReads(stores.size(), 0.0);
    std::vector<int> endpoints; // reused: this runs for every instance every second
    for (const Instance &in : instances) {
        if (in.unit < 0 || !in.answers())
            continue;
        const Unit &u = units[size_t(in.unit)];
        for (int db : u.databases) {
            stores[size_t(db)].connections += set.connectionsPerInstance;
            for (int r : stores[size_t(db)].replicas)
                stores[size_t(r)].connections += set.connectionsPerInstance;
        }
        if (in.served <= 0)
            continue;
        const double reads = in.served * set.readsPerRequest;
        double hit = 0;
        for (int c : u.caches) {
            Store &cs = stores[size_t(c)];
            if (cs.available) {
                cs.reads += reads / u.caches.size();
                hit = std::max(hit, set.cacheHitRatio * cs.warmth);
            }
        }
        for (int db : u.databases) {
            const double share = 1.0 / u.databases.size();
            Store &primary = stores[size_t(db)];
            primary.writes += in.served * set.writeShare * share;
            const double misses = reads * (1 - hit) * share;
            callers[size_t(db)] += in.served * share;
            dbReads[size_t(db)] += misses;
            endpoints.clear();
            if (primary.available)
                endpoints.push_back(db);
            for (int r : primary.replicas)
                if (stores[size_t(r)].available && !stores[size_t(r)].promoting)
                    endpoints.push_back(r);
            if (primary.kind == StoreKind::Aurora && primary.auroraReplicas > 0 && endpoints.empty() && primary.failingOver)
                endpoints.push_back(db); // Aurora replicas keep serving reads while the writer fails over
            if (endpoints.empty()) {
                readUnavailable[size_t(db)] += misses;
                continue;
            }
            for (int e : endpoints)
                stores[size_t(e)].reads += misses / endpoints.size();
        }
    }

    // Queues, connection limits, replica lag.
    for (size_t i = 0; i < stores.size(); ++i) {
        Store &s = stores[i];
        double capacity = s.cap.rps;
        if (s.kind == StoreKind::Aurora)
            capacity *= 1 + s.auroraReplicas;
        if (s.kind == StoreKind::Memcached)
            capacity *= std::max(1, s.nodesUp);
        s.applied = 0;
        if (s.source >= 0) {
            // Asynchronous replication: the replica applies its source's writes with the
            // capacity its reads leave; what it cannot apply queues, without bound.
            const Store &src = stores[size_t(s.source)];
            const double incoming = src.available ? src.writes : 0;
            s.applied = std::min(s.backlog + incoming, std::max(0.0, capacity * 0.98 - s.reads));
            s.backlog = std::max(0.0, s.backlog + incoming - s.applied);
            // The lag is the time the source took to write the queue (the source gone: it grows
            // by the second, as the replica falls behind what it can no longer hear).
            s.lag = src.available ? kReplicationDelay + s.backlog / std::max(1.0, incoming) : s.lag + 1;
        }
        const double load = s.reads + s.writes + s.applied;
        const QueueResult q = queue(load, s.cap.vcpu, capacity / s.cap.vcpu, set.clientTimeout);
        s.cpu = std::min(100.0, 100 * load / capacity);
        s.latency = q.meanLatency;
        const double overload = load > 0 ? q.failed / load : 0;
        double connectionShare = 0;
        if (s.cap.maxConnections > 0 && s.connections > s.cap.maxConnections && !isCache(s)) {
            connectionShare = (s.connections - s.cap.maxConnections) / s.connections;
            if (!s.connectionsExhausted)
                note(t, u"db-connections-exhausted"_s, s.id,
                     SimMsg::tr("%1 connections wanted, limit %2").arg(s.connections).arg(s.cap.maxConnections));
        }
        s.connectionsExhausted = connectionShare > 0;
        s.failedShare = std::max(overload, connectionShare);
    }
    // What share of the requests calling each primary fail there.
    for (size_t i = 0; i < stores.size(); ++i) {
        Store &s = stores[i];
        if (isCache(s) || s.source >= 0)
            continue;
        const double writeFail = s.available ? s.failedShare : 1.0;
        double readFail = 0;
        if (dbReads[i] > 0) {
            double failedReads = readUnavailable[i];
            const double served = dbReads[i] - failedReads;
            if (served > 0 && s.available)
                failedReads += served * s.failedShare; // approximate: replicas fail alike
            readFail = failedReads / dbReads[i];
        }
        const double needRead = callers[i] > 0 ? std::min(1.0, dbReads[i] / callers[i]) : 0;
        s.writeErrors = s.writes * writeFail;
        s.failedShare = 1 - (1 - set.writeShare * writeFail) * (1 - needRead * readFail);
    }

    for (Store &s : stores) {
        if (s.sQueries < 0) {
            s.sQueries = metrics.series(s.id, u"requests"_s, t);
            s.sAvailable = metrics.series(s.id, u"available"_s, t);
            s.sCpu = metrics.series(s.id, u"cpu"_s, t);
            if (isCache(s)) {
                s.sHit = metrics.series(s.id, u"hit_ratio"_s, t);
            } else {
                s.sConnections = metrics.series(s.id, u"connections"_s, t);
                s.sWriteErrors = metrics.series(s.id, u"write_errors"_s, t);
                if (s.source >= 0)
                    s.sLag = metrics.series(s.id, u"replica_lag"_s, t);
            }
        }
        metrics.set(s.sQueries, t, s.reads + s.writes);
        metrics.set(s.sAvailable, t, s.available ? 1 : 0);
        metrics.set(s.sCpu, t, s.cpu);
        if (s.sHit >= 0)
            metrics.set(s.sHit, t, s.available ? drill.settings.cacheHitRatio * s.warmth : 0);
        if (s.sConnections >= 0) {
            metrics.set(s.sConnections, t, s.connections);
            metrics.set(s.sWriteErrors, t, s.writeErrors);
        }
        if (s.sLag >= 0)
            metrics.set(s.sLag, t, s.lag);
    }
}

void Simulation::State::tickStores(double until)
{
    for (size_t i = 0; i < stores.size(); ++i) {
        Store &s = stores[i];
        if (s.failingOver && s.failoverEnd < until) {
            s.failingOver = false;
            s.available = true;
            const QString old = s.primaryZone;
            if (!s.standbyZone.isEmpty())
                s.primaryZone = s.standbyZone;
            // Recreated without a standby (Aurora without replicas): in the same zone when
            // possible, else in another of its subnets' zones (AUR).
            if (isZoneDown(s.primaryZone))
                for (const QString &z : std::as_const(s.zones))
                    if (!isZoneDown(z)) {
                        s.primaryZone = z;
                        break;
                    }
            s.standbyZone = isZoneDown(old) || s.primaryZone == old ? QString() : old;
            // A Multi-AZ DB instance gets a new standby in another healthy zone.
            if (s.standbyZone.isEmpty() && s.multiAz)
                for (const QString &z : std::as_const(s.zones))
                    if (z != s.primaryZone && !isZoneDown(z) && s.standbyZone.isEmpty())
                        s.standbyZone = z;
            note(s.failoverEnd, failoverCompleted(s), s.id, SimMsg::tr("primary now in %1").arg(s.primaryZone));
        }
        if (s.promoting && s.promoteEnd < until) {
            // A stand-alone instance with its own endpoint: the apps keep writing to the old
            // primary (and reading here, its endpoint unchanged) until they are pointed at it.
            s.promoting = false;
            s.promotedFrom = s.source;
            s.source = -1;
            s.backlog = 0;
            s.lag = 0;
            if (s.promotedFrom >= 0)
                note(s.promoteEnd, u"replica-promoted"_s, s.id,
                     s.repointOnPromotion || s.repointPending
                         ? SimMsg::tr("now a stand-alone primary")
                         : SimMsg::tr("now a stand-alone primary with its own endpoint; the application still writes to %1 until it is repointed")
                               .arg(stores[size_t(s.promotedFrom)].id));
            if (s.repointOnPromotion || s.repointPending)
                repoint(int(i), s.promoteEnd);
        }
        // ElastiCache replaces a failed node after a few minutes: empty, then warming. A
        // Memcached node goes back to its own zone (it waits for it); a lone Redis node to any.
        for (auto r = s.replacements.begin(); r != s.replacements.end();) {
            QString zone = r->second;
            if (s.kind == StoreKind::Redis && isZoneDown(zone))
                for (const QString &z : std::as_const(s.zones))
                    if (!isZoneDown(z)) {
                        zone = z;
                        break;
                    }
            if (r->first >= until || isZoneDown(zone)) {
                ++r;
                continue;
            }
            const double at = r->first;
            r = s.replacements.erase(r);
            if (s.kind == StoreKind::Memcached) {
                if (s.nodesUp >= s.nodes)
                    continue;
                ++s.nodesUp;
                s.available = true;
                s.warmth *= 1.0 - 1.0 / s.nodes; // the new node's keys move to it, empty
                note(at, u"cache-node-replaced"_s, s.id,
                     SimMsg::tr("a new empty node in %1; %2 of %3 nodes").arg(zone).arg(s.nodesUp).arg(s.nodes));
            } else if (s.down) {
                s.down = false;
                s.available = true;
                s.warmth = 0;
                s.primaryZone = zone;
                note(at, u"cache-node-replaced"_s, s.id, SimMsg::tr("a new empty node in %1; it refills from the database").arg(zone));
            }
        }
        if (isCache(s) && s.available && s.warmth < 1)
            s.warmth = std::min(1.0, s.warmth + 1.0 / std::max(1.0, drill.settings.cacheWarmSeconds));
    }
}

void Simulation::State::failStore(int index, double at, bool reboot, const QString &zone)
{
    Store &s = stores[size_t(index)];
    if (!s.available)
        return;
    const Settings &set = drill.settings;
    auto startFailover = [&](double seconds, const QString &detail) {
        s.available = false;
        s.failingOver = true;
        s.failoverEnd = at + seconds;
        note(at, failoverStarted(s), s.id, detail);
    };
    const bool standbyOk = !s.standbyZone.isEmpty() && !isZoneDown(s.standbyZone);
    switch (s.kind) {
    case StoreKind::Rds:
        if (s.source < 0 && s.multiAz && standbyOk)
            startFailover(set.rdsFailoverSeconds, SimMsg::tr("standby in %1 takes over; writes fail until the endpoint moves").arg(s.standbyZone));
        else if (reboot) {
            s.available = false;
            s.failingOver = true;
            s.failoverEnd = at + 60;
            note(at, u"db-reboot"_s, s.id, SimMsg::tr("rebooting without a standby"));
        } else {
            s.available = false;
            s.down = true;
            note(at, u"db-down"_s, s.id, SimMsg::tr("no Multi-AZ standby: down until recovered"));
        }
        break;
    case StoreKind::Aurora:
        startFailover(s.auroraReplicas > 0 ? set.auroraFailoverSeconds : set.auroraRecreateSeconds,
                      s.auroraReplicas > 0 ? SimMsg::tr("an Aurora replica is promoted") : SimMsg::tr("no replica: the primary is recreated"));
        break;
    case StoreKind::Redis:
        if (s.redisFailover && standbyOk) {
            startFailover(set.redisFailoverSeconds, SimMsg::tr("a replica is promoted"));
            s.warmth = 0.99; // asynchronous replication: a little data is lost
        } else {
            s.available = false;
            s.down = true;
            note(at, u"cache-node-failed"_s, s.id,
                 SimMsg::tr("no replica: the shard's data is lost; reads fall through to the database; the node is replaced in about %1 s")
                     .arg(set.cacheReplaceSeconds));
            s.replacements.emplace_back(at + set.cacheReplaceSeconds, s.primaryZone);
            loseCacheSessions(index, 1.0, at);
        }
        break;
    case StoreKind::Memcached:
        if (s.nodesUp > 0) {
            // The node that failed: one in the zone lost, else the last one up.
            const QString nodeZone = !zone.isEmpty() ? zone : s.nodeZones.empty() ? s.primaryZone : s.nodeZones[size_t(s.nodesUp - 1)];
            s.replacements.emplace_back(at + set.cacheReplaceSeconds, nodeZone);
            --s.nodesUp;
            // Consistent hashing moves the lost node's keys to the others, which miss at first.
            s.warmth *= 1.0 - 1.0 / s.nodes;
            s.available = s.nodesUp > 0;
            note(at, u"cache-node-failed"_s, s.id, SimMsg::tr("%1 of %2 nodes left; the lost keys miss and hit the database").arg(s.nodesUp).arg(s.nodes));
            loseCacheSessions(index, 1.0 / s.nodes, at);
        }
        break;
    }
}

void Simulation::State::recoverStore(int index, double at)
{
    Store &s = stores[size_t(index)];
    if (s.kind == StoreKind::Memcached) {
        if (s.nodesUp < s.nodes) {
            ++s.nodesUp;
            if (!s.replacements.empty())
                s.replacements.erase(s.replacements.begin()); // recovered: no replacement needed
            s.available = true;
            note(at, u"cache-node-recovered"_s, s.id, SimMsg::tr("%1 of %2 nodes").arg(s.nodesUp).arg(s.nodes));
        }
        return;
    }
    if (!s.down)
        return;
    s.down = false;
    s.replacements.clear();
    s.available = true;
    if (isCache(s))
        s.warmth = 0;
    note(at, isCache(s) ? u"cache-recovered"_s : u"db-recovered"_s, s.id, SimMsg::tr("available again"));
}

void Simulation::State::repoint(int index, double at)
{
    Store &s = stores[size_t(index)];
    if (s.promoting) {
        s.repointPending = true;
        note(at, u"app-repointed"_s, s.id, SimMsg::tr("the application points here; writes fail until the promotion ends"));
        return;
    }
    if (s.promotedFrom < 0) {
        note(at, u"ignored"_s, s.id,
             s.source >= 0 ? SimMsg::tr("a read replica takes no writes: promote it first")
                           : SimMsg::tr("\"repoint\" applies to a promoted read replica"));
        return;
    }
    const int from = s.promotedFrom;
    s.promotedFrom = -1;
    s.repointPending = false;
    auto &reps = stores[size_t(from)].replicas;
    reps.erase(std::remove(reps.begin(), reps.end(), index), reps.end());
    for (Unit &u : units) {
        std::replace(u.databases.begin(), u.databases.end(), from, index);
        std::sort(u.databases.begin(), u.databases.end());
        u.databases.erase(std::unique(u.databases.begin(), u.databases.end()), u.databases.end());
    }
    note(at, u"app-repointed"_s, s.id, SimMsg::tr("the application now writes here instead of %1").arg(stores[size_t(from)].id));
}

void Simulation::State::promoteReplica(int index, double at)
{
    Store &s = stores[size_t(index)];
    if (s.source < 0 || s.promoting)
        return;
    s.promoting = true;
    s.promoteEnd = at + drill.settings.promoteSeconds;
    note(at, u"replica-promotion-started"_s, s.id, SimMsg::tr("promotion takes about %1 s").arg(drill.settings.promoteSeconds));
}

} // namespace skydraft::sim
