#pragma once

// The simulation's internal state, shared by the engine's parts (engine.cpp, traffic.cpp,
// healthchecks.cpp, autoscaling.cpp, datatier.cpp, operations.cpp). Not part of the API.

#include "capacity.h"
#include "simulation.h"

#include "model/resource.h"
#include "model/topology.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>
#include <limits>
#include <optional>

namespace skydraft::net {
class Reachability;
class LinkReach;
}

namespace skydraft::sim {

struct SimMsg {
    Q_DECLARE_TR_FUNCTIONS(skydraft::sim::Simulation)
};

constexpr double kNever = std::numeric_limits<double>::infinity();
constexpr double kNoScaling = -1e9; ///< Group::lastScaleAt before any scaling

/// splitmix64: small, fast, and the same on every platform; uniform and exponential draws
/// come from its raw bits (std distributions differ between standard libraries).
struct Rng {
    quint64 state = 0;
    quint64 next()
    {
        quint64 z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; } ///< [0, 1)
    double exponential(double mean) { return -mean * std::log(1 - uniform()); }
};

enum class Life { Pending, InService, Standby, Terminated };
/// The load balancer type in front of a pool: what fails open, and how.
enum class LbKind { Application, Network, Classic };
enum class FailoverRole { None, Primary, Secondary };

/// `kind` of a load balancer resource.
inline LbKind lbKindFrom(const QString &kind)
{
    return kind == QLatin1String("classic") ? LbKind::Classic
         : kind == QLatin1String("network") ? LbKind::Network
                                            : LbKind::Application;
}
enum class TargetHealth { Initial, Healthy, Unhealthy, Draining };

struct Instance {
    QString id;
    int group = -1;       ///< index in groups, -1 for a stand-alone instance of the design
    int unit = -1;        ///< index in units (who it calls in the data tier)
    QString zone;
    QString subnet;
    int node = -1;     ///< its id interned (State::nodeId), for flows
    int zoneKey = -1;  ///< its zone interned, for per-second zone comparisons
    Capacity cap;
    Life life = Life::Pending;
    double launchedAt = 0;
    double readyAt = 0;
    int serial = 0;
    int version = 0;
    bool crashed = false;     ///< stopped: its EC2 status check fails
    double statusCheckAt = kNever; ///< crashed: when Auto Scaling sees the failed status check
    bool statusNoted = false; ///< the failed status check is in the timeline
    bool hung = false;        ///< the application does not answer; EC2 sees a running instance
    bool badVersion = false;  ///< deployed a version that fails health checks
    double errorShare = 0;    ///< its version fails this share of real requests (passes health checks)
    bool deploying = false;   ///< in-place deployment: stopped for the install
    double deployDoneAt = kNever;
    bool terminating = false; ///< waiting for deregistration, then terminated
    double terminateAt = kNever;
    bool green = false;       ///< blue/green: launched for the new version, not yet switched in
    bool replaced = false;    ///< the group decided to replace it
    double answerChangedAt = 0; ///< when answers() last changed, for checks within a second
    double sessions = 0;      ///< users whose session lives here (sticky to it; fluid)

    // Its registrations that are not draining, kept up to date by setHealth(): how many, how
    // many are not healthy, how many unhealthy (so a group asks in O(1), not per pool).
    int registrations = 0, notHealthy = 0, unhealthy = 0;

    // This second.
    double offered = 0, served = 0, failed = 0, latency = 0, cpu = 0;
    double endFailed = 0; ///< of `offered`, what failed here or in the data tier
    double backlog = 0;   ///< overloaded: requests queued beyond what it serves in a second
    double queueWait = 0; ///< how long a request (or a health check) arriving now waits
    QueueResult q;
    int sLoad = -1, sCpu = -1, sLatency = -1;

    bool answers() const
    {
        return life == Life::InService && !crashed && !hung && !badVersion && !deploying;
    }
    bool counted() const { return !terminating && !green && (life == Life::Pending || life == Life::InService); }
};

struct Registration {
    int instance = -1;
    TargetHealth health = TargetHealth::Initial;
    int passes = 0, fails = 0;
    double nextCheck = 0;
    double pendingAt = kNever; ///< when the running check's result is known
    bool pendingPass = false;
    double drainUntil = kNever;
    double cut = 0;          ///< requests in flight at deregistration still running when the delay ends
    double healthySince = 0;
};

/// A target group, or the instance set of a Classic Load Balancer.
struct Pool {
    QString id;
    int node = -1;
    LbKind kind = LbKind::Application; ///< the load balancer type in front
    double interval = 30, timeout = 5;
    int healthyThreshold = 5, unhealthyThreshold = 2;
    double deregistrationDelay = 300;
    bool leastOutstanding = false;
    bool sticky = false;
    int crossZone = -1;   ///< the group's own cross-zone setting: 1 on, 0 off, -1 the load balancer's
    int port = 80;
    std::vector<Registration> regs;
    std::vector<QString> staticTargets; ///< instances of the design registered directly
    std::vector<QString> groupTargets;  ///< Auto Scaling groups attached
    double offered = 0, failed = 0;
    int healthy = 0;
    int sHealthy = -1, sRequests = -1;
};

struct LbNode {
    QString zone;
    bool up = true;
    double dnsShare = 1; ///< share of clients resolving to this node (follows the TTL)
    int zoneKey = -1;    ///< `zone` interned
    int sHealthy = -1;   ///< series: healthy targets in this zone
};

struct LoadBalancer {
    QString id;
    int node = -1;
    LbKind kind = LbKind::Application;
    bool crossZone = true;
    bool internetOk = true;
    QString blockedReason;
    double ttl = 60;
    std::vector<LbNode> nodes;
    std::vector<int> pools;
    /// Share of the requests each of `pools` gets, when listener rules split them
    /// (ListenerRules::split); empty: an equal share each.
    std::vector<double> poolShares;
    double offered = 0, failed = 0;
    double ownFailed = 0; ///< of `failed`, what failed at the load balancer itself (no pool to blame)
    int sRequests = -1, sErrors = -1, sHealthy = -1;
};

/// Where the internet's requests enter: a load balancer or an instance, through a record.
struct Entry {
    QString record;
    QString via; ///< the Elastic IP the record names, for an instance behind one
    int lb = -1;
    int instance = -1;
    double weight = 1;
    FailoverRole failoverRole = FailoverRole::None;
    bool reachable = true;
    QString blockedReason; ///< not reachable: why (reach's first explanation)
    double ttl = 60;
    bool evaluatesHealth = true; ///< false: an alias with EvaluateTargetHealth off, always healthy
    bool dnsHealthy = true;      ///< Route 53's verdict: flips after 3 checks 30 s apart agree
    double changingSince = -1;
    double share = -1;           ///< share of clients resolving to it (follows the TTL)
    double sent = 0;             ///< requests/s sent to it this second
};

/// One step of a step scaling policy: the band of the breach (metric - threshold) it covers.
struct Step {
    double lower = -std::numeric_limits<double>::infinity();
    double upper = std::numeric_limits<double>::infinity();
    double adjustment = 1;
};

struct Policy {
    QString name;
    QString type;       ///< TargetTrackingScaling, StepScaling, SimpleScaling
    QString metric;
    double target = 50;
    QString adjustmentType;
    double adjustment = 1;
    double threshold = 70;
    QString comparison;
    int period = 60;
    int evaluationPeriods = 3;
    int datapointsToAlarm = 3;
    std::vector<Step> steps; ///< step scaling: sorted bands; none for the other types
    double cooldown = -1; ///< simple scaling; < 0: the group's default cooldown
    bool disableScaleIn = false;
    std::vector<char> high, low; ///< recent datapoints breaching (target tracking: high/low alarm)
    bool inAlarm = false, inLowAlarm = false;
};

struct Deployment {
    bool active = false;
    QString strategy;
    int batchSize = 1;
    double weight = 0.1;
    bool healthy = true;
    double errorRate = 0;    ///< share of real requests the new version fails
    int toVersion = 0;
    int stage = 0;
    double stageAt = 0;
    std::vector<int> batch;  ///< instances being deployed now (rolling)
    std::vector<int> fresh;  ///< new instances (blue/green, canary)
};

struct Group {
    QString id;
    int node = -1;
    int minSize = 1, maxSize = 1, desired = 1;
    std::vector<std::pair<QString, QString>> zones; ///< (zone, subnet) in the group's order
    QString instanceType;
    Capacity cap;
    bool elbHealth = false;
    double grace = 300, cooldown = 300, warmup = 300;
    QString termination;
    std::vector<Policy> policies;
    std::vector<int> pools;
    std::vector<int> members; ///< instance indices, pruned of terminated ones
    int unit = -1;
    int version = 0;
    double errorShare = 0;    ///< what the group's current version fails of real requests
    bool blocked = false;     ///< the load balancer cannot reach its instances (security groups, ACLs, routes)
    int nextSerial = 1;
    int extra = 0;            ///< rebalancing: launches allowed above desired
    double lastScaleAt = kNoScaling;
    double minuteCpu = 0, minuteRequests = 0;
    int minuteSamples = 0;
    double cpu = 0;
    Deployment deploy;
    int sDesired = -1, sInService = -1, sCapacity = -1, sCpu = -1, sRequests = -1;
};

enum class StoreKind { Rds, Aurora, Redis, Memcached };

/// A database or cache the app tier calls.
struct Store {
    QString id;
    int node = -1;
    StoreKind kind = StoreKind::Rds;
    Capacity cap;
    int port = 3306;
    bool multiAz = false;
    QString primaryZone, standbyZone;
    QStringList zones;
    bool available = true;
    bool failingOver = false;
    double failoverEnd = kNever;
    bool down = false;            ///< no standby: down until recovered
    int source = -1;              ///< read replica of
    std::vector<int> replicas;    ///< read from by the source's apps (a promoted one until they are repointed)
    bool promoting = false;
    double promoteEnd = kNever;
    int promotedFrom = -1;        ///< promoted: the former source, whose apps still write there until repointed
    bool repointPending = false;  ///< the apps are pointed here once the promotion ends
    bool repointOnPromotion = false; ///< the design's repointOnPromotion: the apps follow at once
    double backlog = 0;           ///< read replica: the source's writes not applied yet
    int auroraReplicas = 0;
    bool redisFailover = false;   ///< has a replica and automatic failover
    int nodes = 1, nodesUp = 1;   ///< Memcached
    std::vector<QString> nodeZones;
    /// Failed cache nodes ElastiCache replaces: when, and the zone of the lost node.
    std::vector<std::pair<double, QString>> replacements;
    double warmth = 1;            ///< cache: share of keys present (refills after a loss)
    double sessionsLost = 0;      ///< cache holding sessions: lost with its data, so far
    int sSessionsLost = -1;
    bool connectionsExhausted = false;
    // This second.
    double reads = 0, writes = 0, failedShare = 0, latency = 0, cpu = 0, connections = 0, lag = 0, writeErrors = 0;
    double applied = 0; ///< read replica: the source's writes applied this second (its CPU, not its requests)
    int sQueries = -1, sCpu = -1, sConnections = -1, sAvailable = -1, sWriteErrors = -1, sLag = -1, sHit = -1;
};

/// An app tier that calls data stores: an Auto Scaling group or a stand-alone instance.
enum class SessionStore { Memory, Cache, Database };

struct Unit {
    QString id;
    std::vector<int> databases;
    std::vector<int> caches;
    SessionStore sessions = SessionStore::Memory; ///< the design's sessionStore
    double externalShare = 0; ///< share of its requests calling the internet (the design's externalCallPercent)
    int sessionCache = -1;  ///< the cache holding its sessions
    double sessionsLost = 0; ///< so far
    int sSessionsLost = -1;
};

struct Simulation::State {
    const Document *doc = nullptr;
    Drill drill;
    quint64 seed = 0;
    bool recordInstances = true;

    int t = 0; ///< the next second to simulate
    Rng rng;
    std::vector<Instance> instances;
    std::vector<Pool> pools;
    std::vector<LoadBalancer> lbs;
    std::vector<Entry> entries;
    std::vector<Group> groups;
    std::vector<Store> stores;
    std::vector<Unit> units;
    QHash<QString, bool> zoneDown;
    QHash<QString, bool> natFailed;        ///< NAT gateways failed by the drill
    QHash<QString, QString> natZone;       ///< NAT gateway -> its zone
    /// Subnet -> the NAT gateway its internet route goes through; empty for an internet
    /// gateway; "-" for no route to the internet.
    QHash<QString, QString> subnetEgress;
    size_t nextEvent = 0;
    double rpsOverride = -1;
    std::optional<Traffic> trafficOverride; ///< set-rps with a shape, timed from trafficSince
    double trafficSince = 0;
    QString internetId = QStringLiteral("internet"); ///< the design's Internet resource, for flows

    // Ids to indexes (instances grow as groups launch).
    QHash<QString, int> instanceIndex, groupIndex, storeIndex;

    // Requests per link this second (flows.cpp); persistent indexes, zeroed each second.
    // Ids (and zones) are interned to small integers once, so the per-second work compares
    // and hashes integers, not strings.
    std::vector<LinkFlow> flows;
    std::vector<std::pair<int, int>> flowNodes; ///< each flow's (from, to), interned
    QHash<quint64, int> flowIndex;              ///< (from << 32 | to) -> flow
    QHash<QString, int> nodeIds;
    std::vector<QString> nodeNames;             ///< interned number -> id
    int internetNode = -1;
    std::vector<std::pair<double, double>> reachedScratch; ///< finishFlows: node -> (offered, failed)

    MetricStore metrics;
    std::vector<TimelineEvent> timeline;
    LatencyHistogram histogram, secondHistogram;
    double requests = 0, errors = 0;
    double sessionsLost = 0; ///< so far, every unit and cache
    int sSessionsLost = -1;
    double cutRequests = 0; ///< in-flight requests cut at the end of a deregistration delay, this second
    int sRequests = -1, sErrors = -1, sErrorRate = -1, sP50 = -1, sP99 = -1;

    // engine.cpp
    void build();
    /// An instance's users lose their in-memory sessions (it stopped, or the load balancer
    /// moved them elsewhere): counted when its unit keeps sessions in instance memory.
    void loseSessions(int instance, double at, const QString &why);
    /// A cache lost `share` of its data: the sessions it held for its units.
    void loseCacheSessions(int store, double share, double at);
    void stepOnce();
    void note(double at, const QString &event, const QString &component, const QString &detail);
    bool isZoneDown(const QString &zone) const { return zoneDown.value(zone, false); }
    bool isNatDown(const QString &nat) const { return natFailed.value(nat, false) || isZoneDown(natZone.value(nat)); }
    /// Whether instances in `subnet` reach the internet (NAT gateways are zonal).
    bool egressUp(const QString &subnet) const
    {
        const QString via = subnetEgress.value(subnet);
        return via != QLatin1String("-") && (via.isEmpty() || !isNatDown(via));
    }
    int findInstance(const QString &id) const;
    int findGroup(const QString &id) const;
    int findStore(const QString &id) const;
    int findBalancer(const QString &id) const;
    /// When Auto Scaling learns that an instance stopped at `failedAt`: EC2 status checks run
    /// once a minute at a phase of the instance's own; the first after the failure sees it and
    /// Auto Scaling acts on it at its next health check, a minute later (60-120 s).
    double statusCheckDetection(int instance, double failedAt) const;
    /// Marks an instance stopped at `at` (a crash, its zone lost).
    void crash(int instance, double at);
    int instanceSeries(Instance &in);
    void buildStores(const QList<Link> &links);
    void buildBalancers(const QList<Link> &links, const net::Reachability &reach);
    std::vector<double> ruleShares(const Resource &lb, const std::vector<int> &lbPools, const QHash<QString, int> &poolIndex) const;
    void buildGroups(const QList<Link> &links, const net::Reachability &reach);
    Group groupFrom(const Resource &r) const;
    int addUnit(const QString &id, const QList<const Link *> &calls, net::LinkReach &open);
    void buildEntries(const QList<Link> &links, const net::Reachability &reach);
    void startFleet(const net::Reachability &reach);

    // flows.cpp
    /// `id` (a resource id or a zone) as a small integer: the same string, the same number.
    int nodeId(const QString &id);
    /// Interns the ids and zones of everything built (build() calls it; launch() interns its own).
    void internNodes();
    /// The flow from -> to (interned ids), created on first use; its index.
    int flow(int from, int to);
    void clearFlows();
    /// The failed share of each flow, once every instance and store has its numbers.
    void finishFlows();

    // traffic.cpp
    /// One second of requests: Route 53, load balancers, queues, data tier, then the series.
    void flowTraffic(double demand);
    double demandAt(int second) const;
    void resetSecond();
    bool entryTargetHealthy(const Entry &e) const;
    void updateRoute53Verdicts();
    std::vector<double> answerWeights() const;
    double resolveEntries();
    void sendToEntries(double demand, double shares, std::vector<double> &lbDemand, double &failed);
    void failAtBalancer(LoadBalancer &lb, double rps);
    bool nodeServes(const LoadBalancer &lb, const LbNode &n) const;
    double updateNodeShares(LoadBalancer &lb);
    void balance(LoadBalancer &lb, double offered);
    bool eligibleTarget(const LoadBalancer &lb, const LbNode &n, const Pool &p, const Registration &r) const;
    std::vector<double> targetWeights(const LoadBalancer &lb, const LbNode &n, const Pool &p, bool failOpen) const;
    void applyCanaryWeights(const Pool &p, std::vector<double> &w) const;
    void sendToPool(LoadBalancer &lb, const LbNode &n, Pool &p, double perPool);
    void serveQueue(Instance &in);
    void serveOverloaded(Instance &in);
    struct DataTierCost {
        double failedShare = 0; ///< of the requests that reached the data tier
        double latency = 0;     ///< seconds per request
    };
    DataTierCost dataTierCost(const Instance &in) const;
    void addOutcomes(double &failed);
    void addLatency(Instance &in, double ok, double base);
    void recordTotals(double demand, double failed);
    void recordBalancers();
    void recordPools();
    void recordGroups();
    void recordInstanceSeries();

    // healthchecks.cpp
    void runHealthChecks(double until);
    void registerInstance(int instance, double at, bool alreadyHealthy);
    void deregisterInstance(int instance, double at);
    /// Changes a registration's health and its instance's counters.
    void setHealth(Registration &r, TargetHealth health);
    bool isRegistered(int instance) const;
    /// The load balancer's verdict on an instance: false when some pool marks it unhealthy.
    bool lbHealthy(int instance) const;
    double drainDelay(int instance) const;
    int healthyTargets(const Pool &pool) const;

    // autoscaling.cpp
    int launch(int group, double at, bool green = false);
    void terminate(int instance, double at, const QString &reason);
    void manageGroups(double at);
    void evaluatePolicies(int group, double at);
    int pickForTermination(int group, const std::vector<int> &candidates);

    // datatier.cpp
    void flowDataTier();
    void tickStores(double at);
    /// `zone`: the zone lost, when that is why (a Memcached node there fails).
    void failStore(int store, double at, bool reboot, const QString &zone = {});
    void recoverStore(int store, double at);
    void promoteReplica(int store, double at);
    /// Points the apps of a promoted replica's former source at it (a drill's `repoint`).
    void repoint(int store, double at);

    // operations.cpp
    void applyEvent(const DrillEvent &e);
    void failZone(const QString &zone, double at);
    void recoverZone(const QString &zone, double at);
    void startDeploy(int group, const DrillEvent &e, double at);
    void rollback(int group, double at);
    void tickDeployments(double at);
};

} // namespace skydraft::sim
