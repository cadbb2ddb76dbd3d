// Building the simulation from a design, the step loop, and the public API.

#include "simstate.h"

#include "model/checker/linkreach.h"
#include "model/checker/reachability.h"
#include "model/document.h"
#include "model/listenerrules.h"
#include "model/routing.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace skydraft::sim {

namespace {

QString instanceTypeOf(const Document &doc, const Resource &r)
{
    if (r.isSet(u"instanceType"_s) || r.string(u"launchTemplate"_s).isEmpty())
        return r.string(u"instanceType"_s);
    const Resource *lt = doc.find(r.string(u"launchTemplate"_s));
    return lt ? lt->string(u"instanceType"_s) : r.string(u"instanceType"_s);
}

Policy policyFrom(const QVariantMap &row)
{
    Policy p;
    auto text = [&](const char *key, const QString &def) {
        const QVariant v = row.value(QString::fromLatin1(key));
        return v.isValid() && !v.toString().isEmpty() ? v.toString() : def;
    };
    auto number = [&](const char *key, double def) {
        const QVariant v = row.value(QString::fromLatin1(key));
        return v.isValid() ? v.toDouble() : def;
    };
    p.name = text("name", u"policy"_s);
    p.type = text("policyType", u"TargetTrackingScaling"_s);
    p.metric = text("metric", u"ASGAverageCPUUtilization"_s);
    p.target = number("targetValue", 50);
    p.adjustmentType = text("adjustmentType", u"ChangeInCapacity"_s);
    p.adjustment = number("scalingAdjustment", 1);
    p.threshold = number("threshold", 70);
    p.comparison = text("comparison", u"GreaterThanOrEqualToThreshold"_s);
    p.period = std::max(10, int(number("period", 60)));
    p.evaluationPeriods = std::max(1, int(number("evaluationPeriods", 3)));
    p.datapointsToAlarm = std::clamp(int(number("datapointsToAlarm", 3)), 1, p.evaluationPeriods);
    p.cooldown = number("cooldown", -1); // none: the group's default cooldown (simple scaling)
    p.disableScaleIn = row.value(u"disableScaleIn"_s).toBool();
    if (p.type == u"StepScaling"_s) {
        // Bounds are relative to the alarm threshold; an empty one is open-ended. Without
        // steps: one step from the threshold on, on the side the alarm compares.
        const bool below = p.comparison.startsWith(u"Less"_s);
        for (const QVariant &v : row.value(u"steps"_s).toList()) {
            const QVariantMap cells = v.toMap();
            Step step;
            if (cells.contains(u"lowerBound"_s))
                step.lower = cells.value(u"lowerBound"_s).toDouble();
            if (cells.contains(u"upperBound"_s))
                step.upper = cells.value(u"upperBound"_s).toDouble();
            step.adjustment = cells.value(u"scalingAdjustment"_s, 1).toDouble();
            p.steps.push_back(step);
        }
        if (p.steps.empty()) {
            Step step;
            (below ? step.upper : step.lower) = 0;
            step.adjustment = p.adjustment;
            p.steps.push_back(step);
        }
        std::sort(p.steps.begin(), p.steps.end(), [](const Step &a, const Step &b) { return a.lower < b.lower; });
    }
    if (p.type == u"TargetTrackingScaling"_s) {
        // The alarms target tracking creates (commonly observed): 3 of 3 one-minute datapoints
        // above the target to scale out, 15 of 15 below 90% of it to scale in.
        p.period = 60;
        p.evaluationPeriods = p.datapointsToAlarm = 3;
    }
    return p;
}

} // namespace

int Simulation::State::findInstance(const QString &id) const { return instanceIndex.value(id, -1); }
int Simulation::State::findGroup(const QString &id) const { return groupIndex.value(id, -1); }
int Simulation::State::findStore(const QString &id) const { return storeIndex.value(id, -1); }

int Simulation::State::findBalancer(const QString &id) const
{
    const auto it = std::find_if(lbs.begin(), lbs.end(), [&](const LoadBalancer &lb) { return lb.id == id; });
    return it == lbs.end() ? -1 : int(it - lbs.begin());
}

double Simulation::State::statusCheckDetection(int instance, double failedAt) const
{
    constexpr double kPeriod = 60; // StatusCheckFailed is a one-minute metric (EC2)
    // The phase comes from the seed and the instance, not from the run's generator, so a crash
    // does not shift the random draws of everything after it.
    Rng own{seed ^ (0xd1b54a32d192ed03ULL * quint64(instance + 1))};
    const double phase = own.uniform() * kPeriod;
    const double seen = phase + (std::floor((failedAt - phase) / kPeriod) + 1) * kPeriod; // (0, 60] after
    return seen + kPeriod;
}

void Simulation::State::loseSessions(int instance, double at, const QString &why)
{
    Instance &in = instances[size_t(instance)];
    if (in.unit < 0 || in.sessions < 0.5) {
        in.sessions = 0;
        return;
    }
    Unit &u = units[size_t(in.unit)];
    const double lost = in.sessions;
    in.sessions = 0;
    if (u.sessions != SessionStore::Memory)
        return; // the users move to another target and find their session in the store
    u.sessionsLost += lost;
    sessionsLost += lost;
    note(at, u"sessions-lost"_s, in.id, SimMsg::tr("%n session(s) kept in its memory lost: %1", nullptr, int(std::lround(lost))).arg(why));
}

void Simulation::State::loseCacheSessions(int store, double share, double at)
{
    Store &s = stores[size_t(store)];
    double lost = 0;
    for (Unit &u : units) {
        if (u.sessions != SessionStore::Cache || u.sessionCache != store)
            continue;
        double unitLost = 0;
        for (Instance &in : instances)
            if (in.unit == int(&u - units.data()) && in.life != Life::Terminated) {
                unitLost += in.sessions * share;
                in.sessions *= 1 - share;
            }
        u.sessionsLost += unitLost;
        lost += unitLost;
    }
    if (lost < 0.5)
        return;
    s.sessionsLost += lost;
    sessionsLost += lost;
    note(at, u"sessions-lost"_s, s.id, SimMsg::tr("%n session(s) kept in the cache lost with its data", nullptr, int(std::lround(lost))));
}

void Simulation::State::crash(int instance, double at)
{
    Instance &in = instances[size_t(instance)];
    if (in.crashed)
        return;
    loseSessions(instance, at, SimMsg::tr("the instance stopped"));
    if (in.answers())
        in.answerChangedAt = at;
    in.crashed = true;
    in.statusNoted = false;
    in.statusCheckAt = statusCheckDetection(instance, at);
}

void Simulation::State::note(double at, const QString &event, const QString &component, const QString &detail)
{
    timeline.push_back({std::round(at * 1000) / 1000, event, component, detail});
}

int Simulation::State::instanceSeries(Instance &in)
{
    if (!recordInstances || in.sLoad >= 0)
        return in.sLoad;
    in.sLoad = metrics.series(in.id, u"requests"_s, t);
    in.sCpu = metrics.series(in.id, u"cpu"_s, t);
    in.sLatency = metrics.series(in.id, u"latency_ms"_s, t);
    return in.sLoad;
}

void Simulation::State::build()
{
    const Document &d = *doc;
    rng.state = seed;
    if (const QList<const Resource *> internet = d.resourcesOfType(ResourceType::Internet); !internet.isEmpty())
        internetId = internet.first()->id;
    // Traffic goes along the design's links (model/topology.h) and nowhere else.
    const QList<Link> links = Topology::links(d);
    const net::Reachability reach(d);
    for (const Resource *r : doc->resourcesOfType(ResourceType::NatGateway))
        natZone.insert(r->id, doc->zoneOf(r->id));
    for (const Resource *r : doc->resourcesOfType(ResourceType::Subnet)) {
        if (touchesExternal(*doc, r->id))
            continue; // outside the design: assumed to reach the internet
        const Route route = internetRoute(*doc, r->id);
        const Resource *target = route.found ? doc->find(route.target) : nullptr;
        subnetEgress.insert(r->id, !route.found ? u"-"_s
                                   : target && target->type == ResourceType::NatGateway ? target->id : QString());
    }
    buildStores(links);
    buildBalancers(links, reach);
    buildGroups(links, reach);
    buildEntries(links, reach);
    startFleet(reach);
    internNodes();

    sRequests = metrics.series({}, u"requests"_s, 0);
    sErrors = metrics.series({}, u"errors"_s, 0);
    sErrorRate = metrics.series({}, u"error_rate"_s, 0);
    sP50 = metrics.series({}, u"latency_p50_ms"_s, 0);
    sP99 = metrics.series({}, u"latency_p99_ms"_s, 0);
    sSessionsLost = metrics.series({}, u"sessions_lost"_s, 0);
    for (Unit &u : units)
        u.sSessionsLost = metrics.series(u.id, u"sessions_lost"_s, 0);
    for (const Unit &u : units)
        if (u.sessionCache >= 0 && stores[size_t(u.sessionCache)].sSessionsLost < 0)
            stores[size_t(u.sessionCache)].sSessionsLost = metrics.series(stores[size_t(u.sessionCache)].id, u"sessions_lost"_s, 0);
}

// Databases and caches, and which database each read replica follows (replication links).
void Simulation::State::buildStores(const QList<Link> &links)
{
    const Document &d = *doc;
    for (const Resource *r : d.resources()) {
        Store s;
        s.id = r->id;
        s.zones = d.zonesOf(r->id);
        s.port = int(r->integer(u"port"_s));
        if (r->type == ResourceType::RdsInstance) {
            s.kind = StoreKind::Rds;
            s.cap = databaseCapacity(r->string(u"instanceClass"_s));
            s.multiAz = r->boolean(u"multiAz"_s) && r->string(u"sourceDb"_s).isEmpty();
            s.repointOnPromotion = r->boolean(u"repointOnPromotion"_s);
            const QString preferred = r->string(u"availabilityZone"_s);
            s.primaryZone = s.zones.contains(preferred) ? preferred : s.zones.value(0);
            for (const QString &z : std::as_const(s.zones))
                if (s.multiAz && z != s.primaryZone && s.standbyZone.isEmpty())
                    s.standbyZone = z;
        } else if (r->type == ResourceType::AuroraCluster) {
            s.kind = StoreKind::Aurora;
            s.cap = databaseCapacity(r->string(u"instanceClass"_s));
            s.auroraReplicas = int(r->integer(u"replicas"_s));
            s.primaryZone = s.zones.value(0);
            s.standbyZone = s.auroraReplicas > 0 ? s.zones.value(1, s.primaryZone) : QString();
        } else if (r->type == ResourceType::ElastiCache) {
            const bool redis = r->string(u"engine"_s) == u"redis"_s;
            s.kind = redis ? StoreKind::Redis : StoreKind::Memcached;
            s.cap = cacheCapacity(r->string(u"nodeType"_s));
            s.primaryZone = s.zones.value(0);
            if (redis) {
                s.redisFailover = r->integer(u"replicasPerShard"_s) > 0 && r->boolean(u"automaticFailover"_s);
                s.standbyZone = s.redisFailover ? s.zones.value(1, s.primaryZone) : QString();
            } else {
                s.nodes = s.nodesUp = int(r->integer(u"numNodes"_s));
                for (int n = 0; n < s.nodes; ++n)
                    s.nodeZones.push_back(s.zones.value(n % std::max<qsizetype>(1, s.zones.size())));
            }
        } else {
            continue;
        }
        storeIndex.insert(s.id, int(stores.size()));
        stores.push_back(s);
    }
    for (const Link &l : links) {
        if (l.kind != LinkKind::Replication)
            continue;
        const int source = findStore(l.from);
        const int replica = findStore(l.to);
        if (source < 0 || replica < 0)
            continue;
        stores[size_t(replica)].source = source;
        stores[size_t(source)].replicas.push_back(replica);
    }
}

namespace {

Pool targetGroupPool(const Resource &r)
{
    Pool p;
    p.id = r.id;
    p.kind = r.string(u"protocol"_s).startsWith(u"HTTP"_s) ? LbKind::Application : LbKind::Network;
    p.interval = r.integer(u"healthCheckInterval"_s);
    p.timeout = r.integer(u"healthCheckTimeout"_s);
    p.healthyThreshold = int(r.integer(u"healthyThreshold"_s));
    p.unhealthyThreshold = int(r.integer(u"unhealthyThreshold"_s));
    p.deregistrationDelay = r.integer(u"deregistrationDelay"_s);
    p.leastOutstanding = r.string(u"algorithm"_s) == u"least_outstanding_requests"_s;
    p.sticky = r.boolean(u"stickiness"_s);
    p.port = int(r.integer(u"port"_s));
    const QString crossZone = r.string(u"crossZone"_s);
    p.crossZone = crossZone == u"true"_s ? 1 : crossZone == u"false"_s ? 0 : -1;
    return p;
}

/// A Classic Load Balancer's own instance set, health check and draining.
Pool classicPool(const Resource &r)
{
    Pool p;
    p.id = r.id;
    p.kind = LbKind::Classic;
    p.interval = r.integer(u"healthCheckInterval"_s);
    p.timeout = r.integer(u"healthCheckTimeout"_s);
    p.healthyThreshold = int(r.integer(u"healthyThreshold"_s));
    p.unhealthyThreshold = int(r.integer(u"unhealthyThreshold"_s));
    p.deregistrationDelay = r.boolean(u"connectionDraining"_s) ? r.integer(u"drainingTimeout"_s) : 0;
    p.sticky = r.boolean(u"stickiness"_s);
    p.port = r.rows(u"listeners"_s).value(0).toMap().value(u"instancePort"_s, 80).toInt();
    return p;
}

} // namespace

// With listener rules: each listener that forwards anywhere gets an equal share of the load
// balancer's requests, split between target groups by its rules (ListenerRules::split).
std::vector<double> Simulation::State::ruleShares(const Resource &r, const std::vector<int> &lbPools,
                                                  const QHash<QString, int> &poolIndex) const
{
    const auto exists = [&poolIndex](const QString &id) { return poolIndex.contains(id); };
    QHash<int, double> byPool;
    int forwarding = 0;
    for (const QVariant &v : r.rows(u"listeners"_s)) {
        const QList<std::pair<QString, double>> split =
            ListenerRules::split(r, v.toMap().value(u"port"_s, 80).toLongLong(), exists);
        if (split.isEmpty())
            continue;
        ++forwarding;
        for (const auto &[tg, share] : split)
            byPool[poolIndex.value(tg)] += share;
    }
    std::vector<double> out;
    for (int pi : lbPools)
        out.push_back(forwarding > 0 ? byPool.value(pi) / forwarding : 0.0);
    return out;
}

// Pools (target groups, and each Classic Load Balancer's instance set) and load balancers with
// one node per zone; whether the internet reaches each on its first listener. Which pools a
// load balancer forwards to are its listener links; the instances a pool holds from the start
// are its registration links to instances.
void Simulation::State::buildBalancers(const QList<Link> &links, const net::Reachability &reach)
{
    const Document &d = *doc;
    QHash<QString, int> poolIndex;
    for (const Resource *r : d.resourcesOfType(ResourceType::TargetGroup)) {
        poolIndex.insert(r->id, int(pools.size()));
        pools.push_back(targetGroupPool(*r));
    }
    QHash<QString, QList<QString>> forwardsTo; // load balancer -> target groups, listener order
    for (const Link &l : links)
        if (l.kind == LinkKind::Listener)
            forwardsTo[l.from].append(l.to);
    for (const Resource *r : d.resourcesOfType(ResourceType::LoadBalancer)) {
        LoadBalancer lb;
        lb.id = r->id;
        lb.kind = lbKindFrom(r->string(u"kind"_s));
        lb.crossZone = lb.kind == LbKind::Application || r->boolean(u"crossZone"_s); // always on for an ALB
        for (const QString &zone : d.zonesOf(r->id))
            lb.nodes.push_back({zone, true, 1});
        const QVariantList listeners = r->rows(u"listeners"_s);
        const int listenerPort = listeners.value(0).toMap().value(u"port"_s, 80).toInt();
        if (lb.kind == LbKind::Classic) {
            lb.pools.push_back(int(pools.size()));
            poolIndex.insert(lb.id, int(pools.size()));
            pools.push_back(classicPool(*r));
        } else {
            for (const QString &tg : forwardsTo.value(lb.id)) {
                const int pi = poolIndex.value(tg, -1);
                if (pi >= 0) {
                    lb.pools.push_back(pi);
                    pools[size_t(pi)].kind = lb.kind;
                }
            }
            if (!r->rows(u"rules"_s).isEmpty() && r->string(u"kind"_s) == u"application"_s)
                lb.poolShares = ruleShares(*r, lb.pools, poolIndex);
        }
        const net::ReachResult in = reach.reach(u"internet"_s, lb.id, {net::Protocol::Tcp, listenerPort});
        lb.internetOk = r->string(u"scheme"_s) == u"internet-facing"_s && in.reachable;
        if (!lb.internetOk)
            lb.blockedReason = in.explanations.isEmpty() ? SimMsg::tr("internal load balancer")
                                                         : in.explanations.first().detail;
        lbs.push_back(lb);
    }
    for (const Link &l : links) {
        if (l.kind != LinkKind::Registration)
            continue;
        const int pi = poolIndex.value(l.from, -1);
        const Resource *target = d.find(l.to);
        if (pi >= 0 && target && target->type == ResourceType::Ec2Instance)
            pools[size_t(pi)].staticTargets.push_back(l.to);
    }
}

// The databases and caches an app tier calls: its data-access links that reach lets through
// (replicas are reached through their source); where it keeps its users' sessions.
int Simulation::State::addUnit(const QString &id, const QList<const Link *> &calls, net::LinkReach &open)
{
    Unit u;
    u.id = id;
    for (const Link *l : calls) {
        const int s = findStore(l->to);
        if (s < 0 || stores[size_t(s)].source >= 0)
            continue;
        if (!open.open(*l))
            continue; // the design means it, but the network does not let it through
        const Store &st = stores[size_t(s)];
        if (st.kind == StoreKind::Redis || st.kind == StoreKind::Memcached)
            u.caches.push_back(s);
        else
            u.databases.push_back(s);
    }
    u.externalShare = std::clamp(double(doc->find(id)->integer(u"externalCallPercent"_s)) / 100.0, 0.0, 1.0);
    const QString store = doc->find(id)->string(u"sessionStore"_s);
    if (store == u"cache"_s && !u.caches.empty()) {
        u.sessions = SessionStore::Cache;
        u.sessionCache = u.caches.front();
    } else if (store == u"database"_s) {
        u.sessions = SessionStore::Database;
    }
    units.push_back(u);
    return int(units.size() - 1);
}

// An Auto Scaling group's settings, zones and policies (not its pools or unit).
Group Simulation::State::groupFrom(const Resource &r) const
{
    const Document &d = *doc;
    Group g;
    g.id = r.id;
    g.minSize = int(r.integer(u"minSize"_s));
    g.maxSize = std::max(g.minSize, int(r.integer(u"maxSize"_s)));
    g.desired = std::clamp(int(r.integer(u"desiredCapacity"_s)), g.minSize, g.maxSize);
    for (const QString &subnet : r.references(u"subnets"_s)) {
        const QString zone = d.zoneOf(subnet);
        if (!zone.isEmpty())
            g.zones.push_back({zone, subnet});
    }
    g.instanceType = instanceTypeOf(d, r);
    g.cap = instanceCapacity(g.instanceType);
    g.elbHealth = r.string(u"healthCheckType"_s) == u"ELB"_s;
    g.grace = r.integer(u"healthCheckGracePeriod"_s);
    g.cooldown = r.integer(u"defaultCooldown"_s);
    g.warmup = r.integer(u"instanceWarmup"_s);
    g.termination = r.string(u"terminationPolicy"_s);
    for (const QVariant &row : r.rows(u"scalingPolicies"_s))
        g.policies.push_back(policyFrom(row.toMap()));
    return g;
}

// App tiers: Auto Scaling groups and stand-alone instances, the pools they are registered
// with (registration links), and the databases and caches each calls (data-access links).
void Simulation::State::buildGroups(const QList<Link> &links, const net::Reachability &reach)
{
    const Document &d = *doc;
    QHash<QString, int> poolIndex;
    for (size_t i = 0; i < pools.size(); ++i)
        poolIndex.insert(pools[i].id, int(i));
    QHash<QString, QList<QString>> registeredWith; // Auto Scaling group -> pools, in its order
    QHash<QString, QList<const Link *>> calls;     // app -> its data-access links, by store
    for (const Link &l : links) {
        if (l.kind == LinkKind::Registration)
            registeredWith[l.to].append(l.from);
        else if (l.kind == LinkKind::DataAccess)
            calls[l.from].append(&l);
    }
    net::LinkReach open(reach);
    for (const Resource *r : d.resourcesOfType(ResourceType::AutoScalingGroup)) {
        Group g = groupFrom(*r);
        for (const QString &id : registeredWith.value(g.id)) {
            const int pi = poolIndex.value(id, -1);
            if (pi >= 0) {
                g.pools.push_back(pi);
                pools[size_t(pi)].groupTargets.push_back(g.id);
            }
        }
        g.unit = addUnit(g.id, calls.value(g.id), open);
        groupIndex.insert(g.id, int(groups.size()));
        groups.push_back(g);
    }
    for (const Resource *r : d.resourcesOfType(ResourceType::Ec2Instance)) {
        Instance in;
        in.id = r->id;
        in.subnet = d.subnetsOf(r->id).value(0);
        in.zone = d.zoneOf(r->id);
        in.cap = instanceCapacity(instanceTypeOf(d, *r));
        in.life = Life::InService;
        in.launchedAt = -in.cap.bootSeconds;
        in.unit = addUnit(r->id, calls.value(r->id), open);
        instanceIndex.insert(in.id, int(instances.size()));
        instances.push_back(in);
    }
}

namespace {

/// Whether the internet reaches `target` on `flow`; else why not, in `why`.
bool reachFromInternet(const net::Reachability &reach, const QString &target, const net::Flow &flow, QString &why)
{
    const net::ReachResult r = reach.reach(u"internet"_s, target, flow);
    if (!r.reachable)
        why = r.explanations.isEmpty() ? SimMsg::tr("no path from the internet") : r.explanations.first().detail;
    return r.reachable;
}

} // namespace

// Entry points: the records' DNS links (a record -> a load balancer or an instance, or its
// Elastic IP -> the instance), else, when the design has no record, internet-facing load
// balancers (the topology's internet -> load balancer links, made whether or not the design
// draws the internet), else instances with a public address. The drill's `entry` (simulate
// --entry) keeps only that record, load balancer or instance.
void Simulation::State::buildEntries(const QList<Link> &links, const net::Reachability &reach)
{
    const Document &d = *doc;
    const net::Flow http{net::Protocol::Tcp, 80};
    QHash<QString, QString> behind; // Elastic IP -> instance
    for (const Link &l : links)
        if (l.kind == LinkKind::Dns)
            if (const Resource *from = d.find(l.from); from && from->type == ResourceType::ElasticIp)
                behind.insert(l.from, l.to);
    bool anyRecord = false;
    for (const Link &l : links) {
        const Resource *r = l.kind == LinkKind::Dns ? d.find(l.from) : nullptr;
        if (!r || r->type != ResourceType::Route53Record)
            continue;
        anyRecord = true;
        Entry e;
        e.record = r->id;
        QString target = l.to;
        if (const Resource *tr = d.find(target); tr && tr->type == ResourceType::ElasticIp) {
            e.via = target;
            target = behind.value(target);
        }
        e.lb = findBalancer(target);
        if (e.lb >= 0)
            lbs[size_t(e.lb)].ttl = r->boolean(u"alias"_s) ? 60 : double(r->integer(u"ttl"_s));
        e.instance = findInstance(target);
        if (e.lb < 0 && e.instance < 0)
            continue;
        e.ttl = e.lb >= 0 ? lbs[size_t(e.lb)].ttl : double(r->integer(u"ttl"_s));
        if (e.instance >= 0)
            e.reachable = reachFromInternet(reach, target, http, e.blockedReason);
        e.evaluatesHealth = !r->boolean(u"alias"_s) || r->boolean(u"evaluateTargetHealth"_s);
        if (r->string(u"routingPolicy"_s) == u"weighted"_s)
            e.weight = double(r->integer(u"weight"_s));
        if (r->string(u"routingPolicy"_s) == u"failover"_s)
            e.failoverRole = r->string(u"failoverRole"_s) == u"primary"_s     ? FailoverRole::Primary
                           : r->string(u"failoverRole"_s) == u"secondary"_s ? FailoverRole::Secondary
                                                                            : FailoverRole::None;
        entries.push_back(e);
    }
    const QString chosen = drill.entry;
    const Resource *chosenResource = d.find(chosen);
    if (chosenResource && chosenResource->type == ResourceType::Route53Record) {
        std::erase_if(entries, [&](const Entry &e) { return e.record != chosen; });
        return;
    }
    if (chosen.isEmpty() && anyRecord)
        return;
    entries.clear(); // a chosen load balancer or instance takes all the traffic
    for (size_t i = 0; i < lbs.size(); ++i)
        if (d.find(lbs[i].id)->string(u"scheme"_s) == u"internet-facing"_s && (chosen.isEmpty() || lbs[i].id == chosen)) {
            Entry e;
            e.lb = int(i);
            entries.push_back(e);
        }
    if (!entries.empty())
        return;
    // No record and no internet-facing load balancer: the instances with a public address,
    // IPv4, or IPv6 when the internet reaches them over it (no public IPv4 address).
    for (size_t i = 0; i < instances.size(); ++i) {
        if (!chosen.isEmpty() && instances[i].id != chosen)
            continue;
        const QList<net::Endpoint> ends = reach.endpoints(instances[i].id);
        if (ends.isEmpty())
            continue;
        Entry e;
        e.instance = int(i);
        e.reachable = reachFromInternet(reach, instances[i].id, http, e.blockedReason);
        if (!ends.first().publicAddress && !e.reachable)
            continue;
        entries.push_back(e);
    }
}

// The running fleet at t = 0: every group at its desired capacity, in service and healthy;
// targets the load balancer cannot reach are noted as blocked.
void Simulation::State::startFleet(const net::Reachability &reach)
{
    auto registeredWith = [](const Pool &p, const QString &target) {
        return std::find(p.staticTargets.begin(), p.staticTargets.end(), target) != p.staticTargets.end()
            || std::find(p.groupTargets.begin(), p.groupTargets.end(), target) != p.groupTargets.end();
    };
    // Whether some load balancer in front of `target` cannot deliver to it (security groups,
    // ACLs, routes).
    auto blockedFor = [&](const QString &target, int port) {
        for (const LoadBalancer &lb : lbs)
            for (int pi : lb.pools)
                if (registeredWith(pools[size_t(pi)], target)
                    && !reach.deliver(lb.id, target, {net::Protocol::Tcp, port}).reachable)
                    return true;
        return false;
    };
    std::vector<std::pair<QString, QString>> blocked; // (component, detail)
    for (size_t gi = 0; gi < groups.size(); ++gi) {
        Group &g = groups[gi];
        for (int k = 0; k < g.desired; ++k) {
            const int ii = launch(int(gi), -g.cap.bootSeconds - g.warmup);
            Instance &in = instances[size_t(ii)];
            in.life = Life::InService;
            in.readyAt = -g.warmup;
            registerInstance(ii, 0, true);
        }
        const int port = g.pools.empty() ? 80 : pools[size_t(g.pools.front())].port;
        if (blockedFor(g.id, port)) {
            g.blocked = true; // its replacements too: reach does not change during a run
            for (int m : g.members)
                instances[size_t(m)].hung = true;
            blocked.push_back({g.id, SimMsg::tr("the load balancer cannot reach the group on the target port")});
        }
    }
    for (size_t ii = 0; ii < instances.size(); ++ii) {
        if (instances[ii].group >= 0)
            continue;
        registerInstance(int(ii), 0, true);
        if (blockedFor(instances[ii].id, 80)) {
            instances[ii].hung = true;
            blocked.push_back({instances[ii].id, SimMsg::tr("the load balancer cannot reach the instance on the target port")});
        }
    }
    timeline.clear(); // the launches above are the starting fleet, not events
    for (const auto &[component, detail] : blocked)
        note(0, u"blocked"_s, component, detail);
    for (const LoadBalancer &lb : lbs)
        if (!lb.internetOk && doc->find(lb.id)->string(u"scheme"_s) == u"internet-facing"_s)
            note(0, u"blocked"_s, lb.id, SimMsg::tr("internet traffic cannot reach the load balancer: %1").arg(lb.blockedReason));
    // Why requests will fail from the first second, said once: a run at 100 % errors with an
    // empty timeline explains nothing.
    std::vector<char> entered(lbs.size(), 0);
    for (const Entry &e : entries) {
        if (e.lb >= 0)
            entered[size_t(e.lb)] = 1;
        else if (e.instance >= 0 && !e.reachable)
            note(0, u"blocked"_s, instances[size_t(e.instance)].id,
                 SimMsg::tr("internet traffic cannot reach the instance on tcp/80: %1").arg(e.blockedReason));
    }
    for (size_t i = 0; i < lbs.size(); ++i) {
        if (!entered[i])
            continue;
        if (lbs[i].pools.empty())
            note(0, u"no-targets"_s, lbs[i].id, SimMsg::tr("no listener forwards to a target group: every request fails (503)"));
        for (int pi : lbs[i].pools)
            if (pools[size_t(pi)].regs.empty())
                note(0, u"no-targets"_s, pools[size_t(pi)].id,
                     pools[size_t(pi)].kind == LbKind::Network
                         ? SimMsg::tr("no target is registered (none in the design; targets added outside it, such as ECS tasks, are not known): its connections fail")
                         : SimMsg::tr("no target is registered (none in the design; targets added outside it, such as ECS tasks, are not known): its requests fail (503)"));
    }
}

void Simulation::State::stepOnce()
{
    const double t1 = t + 1.0;
    const size_t timelineBefore = timeline.size();
    while (nextEvent < drill.events.size() && drill.events[nextEvent].at < t1)
        applyEvent(drill.events[nextEvent++]);

    tickStores(t1);
    // Boots that finish within this second.
    for (size_t i = 0; i < instances.size(); ++i) {
        Instance &in = instances[i];
        if (in.crashed && !in.statusNoted && in.statusCheckAt < t1) {
            in.statusNoted = true;
            if (in.life != Life::Terminated)
                note(in.statusCheckAt, u"status-check-failed"_s, in.id,
                     in.terminating ? SimMsg::tr("EC2 status check failed (already being replaced)")
                                    : SimMsg::tr("EC2 status check failed"));
        }
        if (in.life == Life::Pending && in.readyAt < t1) {
            in.life = Life::InService;
            in.answerChangedAt = in.readyAt;
            note(in.readyAt, u"instance-in-service"_s, in.id,
                 in.green ? SimMsg::tr("booted in %1 s; waits for the switch").arg(in.readyAt - in.launchedAt)
                          : SimMsg::tr("booted in %1 s").arg(in.readyAt - in.launchedAt));
            if (!in.green)
                registerInstance(int(i), in.readyAt, false);
        }
    }
    runHealthChecks(t1);
    tickDeployments(t1);
    manageGroups(t1); // the group acts on what it saw during the second
    flowTraffic(demandAt(t));
    if ((t + 1) % 60 == 0)
        for (size_t g = 0; g < groups.size(); ++g)
            evaluatePolicies(int(g), t1);
    // Things timed within the second (health checks, failovers) in time order.
    std::stable_sort(timeline.begin() + qsizetype(timelineBefore), timeline.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) { return a.t < b.t; });
    ++t;
}

// ---------------------------------------------------------------- public API

/// The state at a second of the run, without its series and timeline (those only grow: a
/// checkpoint remembers how far they went).
struct Simulation::Checkpoint {
    int t = 0;
    std::shared_ptr<const State> state;
    size_t series = 0;
    size_t timeline = 0;
};

Simulation::Simulation(const Document &doc, Drill drill, quint64 seed) : d(std::make_unique<State>())
{
    d->doc = &doc;
    d->drill = std::move(drill);
    d->seed = seed;
    d->build();
    keepCheckpoint();
}

Simulation::~Simulation() = default;

QStringList Simulation::entryPoints() const
{
    QStringList out;
    for (const Entry &e : d->entries)
        out.append(!e.record.isEmpty() ? e.record
                   : e.lb >= 0         ? d->lbs[size_t(e.lb)].id
                   : e.instance >= 0   ? d->instances[size_t(e.instance)].id
                                       : QString());
    out.removeDuplicates();
    out.removeAll(QString());
    return out;
}

void Simulation::keepCheckpoint()
{
    if (m_checkpointInterval <= 0 || d->t % m_checkpointInterval != 0)
        return;
    if (!m_checkpoints.empty() && m_checkpoints.back().t >= d->t)
        return;
    // Copy everything but the series and the timeline, which are moved aside meanwhile.
    MetricStore metrics;
    std::vector<TimelineEvent> timeline;
    std::swap(metrics, d->metrics);
    std::swap(timeline, d->timeline);
    auto copy = std::make_shared<const State>(*d);
    std::swap(metrics, d->metrics);
    std::swap(timeline, d->timeline);
    m_checkpoints.push_back({d->t, std::move(copy), d->metrics.all().size(), d->timeline.size()});
}

void Simulation::stepAndKeep()
{
    d->stepOnce();
    keepCheckpoint();
}

void Simulation::step()
{
    if (!finished())
        stepAndKeep();
}

void Simulation::run(double until)
{
    const double end = std::min(until, duration());
    while (d->t < end)
        stepAndKeep();
}

void Simulation::reset() { seek(0); }

void Simulation::seek(double t)
{
    const int target = int(std::clamp(std::floor(t), 0.0, duration()));
    if (target < d->t) {
        // The latest checkpoint at or before the target; the first one is at 0.
        auto it = std::upper_bound(m_checkpoints.begin(), m_checkpoints.end(), target,
                                   [](int t, const Checkpoint &c) { return t < c.t; });
        std::unique_ptr<State> restored;
        if (it == m_checkpoints.begin()) {
            restored = std::make_unique<State>();
            restored->doc = d->doc;
            restored->seed = d->seed;
            restored->drill = d->drill;
            restored->recordInstances = d->recordInstances;
            restored->build();
            m_checkpoints.clear();
        } else {
            const Checkpoint &c = *std::prev(it);
            restored = std::make_unique<State>(*c.state);
            restored->drill = d->drill; // events inserted since come later than the checkpoint
            restored->recordInstances = d->recordInstances;
            restored->metrics = std::move(d->metrics);
            restored->metrics.truncate(c.series, c.t);
            restored->timeline = std::move(d->timeline);
            restored->timeline.resize(c.timeline);
        }
        d = std::move(restored);
        keepCheckpoint();
    }
    while (d->t < target)
        stepAndKeep();
}

void Simulation::setCheckpointInterval(int seconds)
{
    m_checkpointInterval = std::max(0, seconds);
    m_checkpoints.clear();
    keepCheckpoint();
}

int Simulation::checkpointInterval() const { return m_checkpointInterval; }

const Drill &Simulation::drill() const { return d->drill; }

DrillEvent Simulation::insertEvent(DrillEvent event)
{
    event.at = d->t;
    event.line = event.col = 0;
    auto &events = d->drill.events;
    const auto at = std::upper_bound(events.begin(), events.end(), event.at,
                                     [](double t, const DrillEvent &e) { return t < e.at; });
    events.insert(at, event);
    // The future changed: forget the checkpoints past now (the one at now stays valid).
    while (!m_checkpoints.empty() && m_checkpoints.back().t > d->t)
        m_checkpoints.pop_back();
    return event;
}

double Simulation::nextEventTime() const
{
    for (size_t i = d->nextEvent; i < d->drill.events.size(); ++i)
        if (d->drill.events[i].at >= d->t)
            return d->drill.events[i].at;
    return -1;
}

double Simulation::now() const { return d->t; }
double Simulation::duration() const { return d->drill.duration; }
const MetricStore &Simulation::metrics() const { return d->metrics; }
const std::vector<TimelineEvent> &Simulation::timeline() const { return d->timeline; }
void Simulation::setRecordInstanceSeries(bool on) { d->recordInstances = on; }

PacedDriver::PacedDriver(Simulation &sim, std::function<double()> clockSeconds, double speed)
    : m_sim(sim), m_clock(std::move(clockSeconds)), m_speed(speed)
{
    m_anchorClock = m_clock();
    m_anchorSim = m_sim.now();
}

int PacedDriver::advance()
{
    if (m_paused)
        return 0;
    const double target = m_anchorSim + (m_clock() - m_anchorClock) * m_speed;
    int steps = 0;
    while (m_sim.now() + 1 <= target && !m_sim.finished()) {
        m_sim.step();
        ++steps;
    }
    return steps;
}

void PacedDriver::pause() { m_paused = true; }

void PacedDriver::resume()
{
    m_paused = false;
    m_anchorClock = m_clock();
    m_anchorSim = m_sim.now();
}

void PacedDriver::setSpeed(double speed)
{
    m_speed = speed;
    sync();
}

void PacedDriver::sync()
{
    m_anchorClock = m_clock();
    m_anchorSim = m_sim.now();
}

} // namespace skydraft::sim
