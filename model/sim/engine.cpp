// Building the simulation from a design, the step loop, and the public API.

#include "simstate.h"

#include "model/checker/reachability.h"
#include "model/document.h"

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
    p.cooldown = number("cooldown", 300);
    p.disableScaleIn = row.value(u"disableScaleIn"_s).toBool();
    if (p.type == u"TargetTrackingScaling"_s) {
        // The alarms target tracking creates (commonly observed): 3 of 3 one-minute datapoints
        // above the target to scale out, 15 of 15 below 90% of it to scale in.
        p.period = 60;
        p.evaluationPeriods = p.datapointsToAlarm = 3;
    }
    return p;
}

} // namespace

int Simulation::State::findInstance(const QString &id) const
{
    for (size_t i = 0; i < instances.size(); ++i)
        if (instances[i].id == id)
            return int(i);
    return -1;
}

int Simulation::State::findGroup(const QString &id) const
{
    for (size_t i = 0; i < groups.size(); ++i)
        if (groups[i].id == id)
            return int(i);
    return -1;
}

int Simulation::State::findStore(const QString &id) const
{
    for (size_t i = 0; i < stores.size(); ++i)
        if (stores[i].id == id)
            return int(i);
    return -1;
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
    const net::Reachability reach(d);
    const net::Flow http{net::Protocol::Tcp, 80};

    // Data stores first: the app tiers look them up.
    for (const Resource *r : d.resources()) {
        Store s;
        s.id = r->id;
        s.zones = d.zonesOf(r->id);
        s.port = int(r->integer(u"port"_s));
        if (r->type == ResourceType::RdsInstance) {
            s.kind = StoreKind::Rds;
            s.cap = databaseCapacity(r->string(u"instanceClass"_s));
            s.multiAz = r->boolean(u"multiAz"_s) && r->string(u"sourceDb"_s).isEmpty();
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
        stores.push_back(s);
    }
    for (size_t i = 0; i < stores.size(); ++i) {
        const Resource *r = d.find(stores[i].id);
        if (r->type == ResourceType::RdsInstance && !r->string(u"sourceDb"_s).isEmpty()) {
            stores[i].source = findStore(r->string(u"sourceDb"_s));
            if (stores[i].source >= 0)
                stores[size_t(stores[i].source)].replicas.push_back(int(i));
        }
    }

    // Pools: target groups, and each Classic Load Balancer's own instance set.
    QHash<QString, int> poolIndex;
    for (const Resource *r : d.resourcesOfType(ResourceType::TargetGroup)) {
        Pool p;
        p.id = r->id;
        p.kind = r->string(u"protocol"_s).startsWith(u"HTTP"_s) ? u"application"_s : u"network"_s;
        p.interval = r->integer(u"healthCheckInterval"_s);
        p.timeout = r->integer(u"healthCheckTimeout"_s);
        p.healthyThreshold = int(r->integer(u"healthyThreshold"_s));
        p.unhealthyThreshold = int(r->integer(u"unhealthyThreshold"_s));
        p.deregistrationDelay = r->integer(u"deregistrationDelay"_s);
        p.leastOutstanding = r->string(u"algorithm"_s) == u"least_outstanding_requests"_s;
        p.sticky = r->boolean(u"stickiness"_s);
        p.port = int(r->integer(u"port"_s));
        for (const QString &id : r->references(u"targets"_s))
            p.staticTargets.push_back(id);
        poolIndex.insert(p.id, int(pools.size()));
        pools.push_back(p);
    }
    for (const Resource *r : d.resourcesOfType(ResourceType::LoadBalancer)) {
        LoadBalancer lb;
        lb.id = r->id;
        lb.kind = r->string(u"kind"_s);
        lb.crossZone = r->boolean(u"crossZone"_s);
        if (lb.kind == u"application"_s)
            lb.crossZone = true; // always on for an ALB
        for (const QString &zone : d.zonesOf(r->id))
            lb.nodes.push_back({zone, true, 1});
        int listenerPort = 80;
        if (lb.kind == u"classic"_s) {
            Pool p;
            p.id = r->id;
            p.kind = lb.kind;
            p.interval = r->integer(u"healthCheckInterval"_s);
            p.timeout = r->integer(u"healthCheckTimeout"_s);
            p.healthyThreshold = int(r->integer(u"healthyThreshold"_s));
            p.unhealthyThreshold = int(r->integer(u"unhealthyThreshold"_s));
            p.deregistrationDelay = r->boolean(u"connectionDraining"_s) ? r->integer(u"drainingTimeout"_s) : 0;
            p.sticky = r->boolean(u"stickiness"_s);
            const QVariantMap first = r->rows(u"listeners"_s).value(0).toMap();
            listenerPort = first.value(u"port"_s, 80).toInt();
            p.port = first.value(u"instancePort"_s, 80).toInt();
            for (const QString &id : r->references(u"instances"_s))
                p.staticTargets.push_back(id);
            poolIndex.insert(p.id, int(pools.size()));
            lb.pools.push_back(int(pools.size()));
            pools.push_back(p);
        } else {
            bool firstListener = true;
            for (const QVariant &row : r->rows(u"listeners"_s)) {
                const QVariantMap m = row.toMap();
                const int pi = poolIndex.value(m.value(u"targetGroup"_s).toString(), -1);
                if (firstListener)
                    listenerPort = m.value(u"port"_s, 80).toInt();
                firstListener = false;
                if (pi >= 0 && std::find(lb.pools.begin(), lb.pools.end(), pi) == lb.pools.end()) {
                    lb.pools.push_back(pi);
                    pools[size_t(pi)].kind = lb.kind;
                }
            }
        }
        const net::ReachResult in = reach.reach(u"internet"_s, lb.id, {net::Protocol::Tcp, listenerPort});
        lb.internetOk = r->string(u"scheme"_s) == u"internet-facing"_s && in.reachable;
        if (!lb.internetOk)
            lb.blockedReason = in.explanations.isEmpty() ? SimMsg::tr("internal load balancer")
                                                         : in.explanations.first().detail;
        lbs.push_back(lb);
    }

    // App tiers and the data stores each can reach on their ports.
    auto makeUnit = [&](const QString &id) {
        Unit u;
        u.id = id;
        for (size_t s = 0; s < stores.size(); ++s) {
            const Store &st = stores[s];
            if (st.source >= 0)
                continue; // replicas are reached through their source
            if (!reach.reach(id, st.id, {net::Protocol::Tcp, st.port}).reachable)
                continue;
            (st.kind == StoreKind::Redis || st.kind == StoreKind::Memcached ? u.caches : u.databases).push_back(int(s));
        }
        units.push_back(u);
        return int(units.size() - 1);
    };

    // Which pools' load balancers cannot deliver to a target (security groups, ACLs, routes).
    auto blockedFor = [&](const QString &target, int port) {
        for (const LoadBalancer &lb : lbs)
            for (int pi : lb.pools)
                if (std::find(pools[size_t(pi)].staticTargets.begin(), pools[size_t(pi)].staticTargets.end(), target)
                        != pools[size_t(pi)].staticTargets.end()
                    || std::find(pools[size_t(pi)].groupTargets.begin(), pools[size_t(pi)].groupTargets.end(), target)
                        != pools[size_t(pi)].groupTargets.end())
                    if (!reach.deliver(lb.id, target, {net::Protocol::Tcp, port}).reachable)
                        return true;
        return false;
    };

    for (const Resource *r : d.resourcesOfType(ResourceType::AutoScalingGroup)) {
        Group g;
        g.id = r->id;
        g.minSize = int(r->integer(u"minSize"_s));
        g.maxSize = std::max(g.minSize, int(r->integer(u"maxSize"_s)));
        g.desired = std::clamp(int(r->integer(u"desiredCapacity"_s)), g.minSize, g.maxSize);
        for (const QString &subnet : r->references(u"subnets"_s)) {
            const QString zone = d.zoneOf(subnet);
            if (!zone.isEmpty())
                g.zones.push_back({zone, subnet});
        }
        g.instanceType = instanceTypeOf(d, *r);
        g.cap = instanceCapacity(g.instanceType);
        g.elbHealth = r->string(u"healthCheckType"_s) == u"ELB"_s;
        g.grace = r->integer(u"healthCheckGracePeriod"_s);
        g.cooldown = r->integer(u"defaultCooldown"_s);
        g.warmup = r->integer(u"instanceWarmup"_s);
        g.termination = r->string(u"terminationPolicy"_s);
        for (const QVariant &row : r->rows(u"scalingPolicies"_s))
            g.policies.push_back(policyFrom(row.toMap()));
        for (const QString &key : {u"targetGroups"_s, u"loadBalancers"_s})
            for (const QString &id : r->references(key)) {
                const int pi = poolIndex.value(id, -1);
                if (pi >= 0) {
                    g.pools.push_back(pi);
                    pools[size_t(pi)].groupTargets.push_back(g.id);
                }
            }
        g.unit = makeUnit(g.id);
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
        in.unit = makeUnit(r->id);
        instances.push_back(in);
    }

    // Entry points: Route 53 records, else internet-facing load balancers.
    for (const Resource *r : d.resourcesOfType(ResourceType::Route53Record)) {
        QString target = r->string(u"target"_s);
        const Resource *tr = d.find(target);
        if (tr && tr->type == ResourceType::ElasticIp)
            target = tr->string(u"associatedWith"_s);
        Entry e;
        e.record = r->id;
        for (size_t i = 0; i < lbs.size(); ++i)
            if (lbs[i].id == target) {
                e.lb = int(i);
                lbs[i].ttl = r->boolean(u"alias"_s) ? 60 : double(r->integer(u"ttl"_s));
            }
        e.instance = findInstance(target);
        if (e.lb < 0 && e.instance < 0)
            continue;
        e.ttl = e.lb >= 0 ? lbs[size_t(e.lb)].ttl : double(r->integer(u"ttl"_s));
        if (e.instance >= 0)
            e.reachable = reach.reach(u"internet"_s, target, http).reachable;
        if (r->string(u"routingPolicy"_s) == u"weighted"_s)
            e.weight = double(r->integer(u"weight"_s));
        if (r->string(u"routingPolicy"_s) == u"failover"_s)
            e.failoverRole = r->string(u"failoverRole"_s);
        entries.push_back(e);
    }
    if (entries.empty())
        for (size_t i = 0; i < lbs.size(); ++i)
            if (d.find(lbs[i].id)->string(u"scheme"_s) == u"internet-facing"_s) {
                Entry e;
                e.lb = int(i);
                entries.push_back(e);
            }

    // The running fleet at t = 0: every group at its desired capacity, in service and healthy.
    for (size_t gi = 0; gi < groups.size(); ++gi) {
        Group &g = groups[gi];
        for (int k = 0; k < g.desired; ++k) {
            const int ii = launch(int(gi), -g.cap.bootSeconds - g.warmup);
            Instance &in = instances[size_t(ii)];
            in.life = Life::InService;
            in.readyAt = -g.warmup;
            registerInstance(ii, 0, true);
        }
        if (blockedFor(g.id, pools.empty() || g.pools.empty() ? 80 : pools[size_t(g.pools.front())].port))
            for (int m : g.members)
                instances[size_t(m)].hung = true, note(0, u"blocked"_s, g.id, SimMsg::tr("the load balancer cannot reach the group on the target port"));
    }
    for (size_t ii = 0; ii < instances.size(); ++ii)
        if (instances[ii].group < 0) {
            registerInstance(int(ii), 0, true);
            if (blockedFor(instances[ii].id, 80))
                instances[ii].hung = true, note(0, u"blocked"_s, instances[ii].id, SimMsg::tr("the load balancer cannot reach the instance on the target port"));
        }
    timeline.clear(); // the launches above are the starting fleet, not events
    for (const LoadBalancer &lb : lbs)
        if (!lb.internetOk && d.find(lb.id)->string(u"scheme"_s) == u"internet-facing"_s)
            note(0, u"blocked"_s, lb.id, SimMsg::tr("internet traffic cannot reach the load balancer: %1").arg(lb.blockedReason));

    sRequests = metrics.series({}, u"requests"_s, 0);
    sErrors = metrics.series({}, u"errors"_s, 0);
    sErrorRate = metrics.series({}, u"error_rate"_s, 0);
    sP50 = metrics.series({}, u"latency_p50_ms"_s, 0);
    sP99 = metrics.series({}, u"latency_p99_ms"_s, 0);
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

Simulation::Simulation(const Document &doc, Drill drill, quint64 seed) : d(std::make_unique<State>())
{
    d->doc = &doc;
    d->drill = std::move(drill);
    d->seed = seed;
    d->build();
}

Simulation::~Simulation() = default;

void Simulation::step()
{
    if (!finished())
        d->stepOnce();
}

void Simulation::run(double until)
{
    const double end = std::min(until, duration());
    while (d->t < end)
        d->stepOnce();
}

void Simulation::reset()
{
    auto fresh = std::make_unique<State>();
    fresh->doc = d->doc;
    fresh->drill = d->drill;
    fresh->seed = d->seed;
    fresh->recordInstances = d->recordInstances;
    d = std::move(fresh);
    d->build();
}

double Simulation::now() const { return d->t; }
double Simulation::duration() const { return d->drill.duration; }
const MetricStore &Simulation::metrics() const { return d->metrics; }
const std::vector<TimelineEvent> &Simulation::timeline() const { return d->timeline; }
void Simulation::setRecordInstanceSeries(bool on) { d->recordInstances = on; }

std::vector<ResourceSnapshot> Simulation::snapshot() const
{
    std::vector<ResourceSnapshot> out;
    for (const LoadBalancer &lb : d->lbs) {
        ResourceSnapshot s{lb.id, u"load-balancer"_s, u"active"_s, {}, {}, lb.offered, 0, 0, true, 0};
        for (int p : lb.pools)
            s.inService += d->pools[size_t(p)].healthy;
        s.healthy = s.inService > 0;
        out.push_back(s);
    }
    for (const Group &g : d->groups) {
        ResourceSnapshot s{g.id, u"auto-scaling-group"_s, g.deploy.active ? u"deploying"_s : u"active"_s, {}, {}, 0, g.cpu, 0, true, 0};
        for (int m : g.members) {
            const Instance &in = d->instances[size_t(m)];
            s.loadRps += in.offered;
            if (in.life == Life::InService && in.counted())
                ++s.inService;
        }
        s.healthy = s.inService >= g.minSize;
        out.push_back(s);
    }
    for (const Instance &in : d->instances) {
        if (in.life == Life::Terminated)
            continue;
        QString state = in.life == Life::Pending ? u"pending"_s
            : in.life == Life::Standby           ? u"standby"_s
            : in.crashed                         ? u"failed"_s
            : in.hung || in.badVersion           ? u"unresponsive"_s
            : in.deploying                       ? u"deploying"_s
            : in.terminating                     ? u"draining"_s
                                                 : u"in-service"_s;
        out.push_back({in.id, u"instance"_s, state, in.group >= 0 ? d->groups[size_t(in.group)].id : QString(), in.zone,
                       in.offered, in.cpu, in.latency * 1000, in.answers() && d->lbHealthy(int(&in - d->instances.data())),
                       in.answers() ? 1 : 0});
    }
    for (const Store &st : d->stores) {
        const bool cache = st.kind == StoreKind::Redis || st.kind == StoreKind::Memcached;
        const QString state = st.failingOver ? u"failing-over"_s : st.promoting ? u"promoting"_s
                            : st.available   ? u"available"_s
                                             : u"down"_s;
        out.push_back({st.id, cache ? u"cache"_s : u"database"_s, state, {}, st.primaryZone, st.reads + st.writes, st.cpu,
                       st.latency * 1000, st.available, st.available ? 1 : 0});
    }
    return out;
}

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
    m_anchorClock = m_clock();
    m_anchorSim = m_sim.now();
}

} // namespace skydraft::sim
