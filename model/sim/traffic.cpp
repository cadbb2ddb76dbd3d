// Requests per second along each path: internet -> Route 53 -> load-balancer nodes -> targets
// -> the instances' queues -> the data tier; and the per-second series.
//
// Documented approximations of a fluid model:
// - Route 53 failover records switch after Route 53's health check agrees three times (30 s
//   apart); clients then move to the answer within the record's TTL, like the nodes below.
// - DNS: each node's share of clients moves toward 1 (up) or 0 (down, or an NLB/CLB node without
//   cross-zone whose zone has no healthy target) by 1/TTL per second: after a node is lost,
//   clients follow within one TTL. Requests sent to a lost node fail.
// - Round robin and flow hash give each target an equal share; least outstanding requests
//   gives a share proportional to the target's capacity.
// - Sticky sessions: a target that became healthy gets only new sessions, so its share ramps
//   up over five minutes; sessions on a lost target move at once (AWS replaces the target).
// - Canary: new-version instances of a group under a canary deployment share `weight` of it.
// - Overload: past 98 % of capacity an instance queues the excess up to the client timeout;
//   health checks wait in that queue (congestion collapse, serveOverloaded()).

#include "simstate.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace skydraft::sim {

namespace {
constexpr double kLbLatency = 0.001;
constexpr double kCacheLatency = 0.001;
constexpr double kStickyRamp = 300;
constexpr double kRoute53Interval = 30;
constexpr double kRoute53Threshold = 3;
constexpr double kStableLoad = 0.98; ///< past this share of capacity the queue keeps growing
} // namespace

double Simulation::State::demandAt(int second) const
{
    if (trafficOverride)
        return trafficOverride->rateAt(second - trafficSince, drill.duration - trafficSince);
    return rpsOverride >= 0 ? rpsOverride : drill.traffic.rateAt(second, drill.duration);
}

void Simulation::State::flowTraffic(double demand)
{
    resetSecond();
    double failed = 0;
    updateRoute53Verdicts();
    const double shares = resolveEntries();
    if (shares <= 0)
        failed += demand; // nothing answers the internet
    std::vector<double> lbDemand(lbs.size(), 0.0);
    sendToEntries(demand, shares, lbDemand, failed);
    for (size_t li = 0; li < lbs.size(); ++li)
        balance(lbs[li], lbDemand[li]);
    for (Instance &in : instances)
        serveQueue(in);
    flowDataTier();
    addOutcomes(failed);
    finishFlows();
    failed += cutRequests; // cut at the end of a deregistration delay
    cutRequests = 0;
    recordTotals(demand, failed);
    recordBalancers();
    recordPools();
    recordGroups();
    recordInstanceSeries();
}

// ---------------------------------------------------------------- the internet and Route 53

void Simulation::State::resetSecond()
{
    for (Instance &in : instances)
        in.offered = 0;
    for (Pool &p : pools) {
        p.offered = p.failed = 0;
        p.healthy = healthyTargets(p);
    }
    for (LoadBalancer &lb : lbs)
        lb.offered = lb.failed = lb.ownFailed = 0;
    clearFlows();
}

// What Route 53's health check sees of a record's target: a healthy target behind it.
bool Simulation::State::entryTargetHealthy(const Entry &e) const
{
    if (e.instance >= 0)
        return instances[size_t(e.instance)].answers();
    for (int p : lbs[size_t(e.lb)].pools)
        if (pools[size_t(p)].healthy > 0)
            return true;
    return false;
}

// Route 53 health checks (interval 30 s, failure threshold 3): the verdict changes once the
// target has been the other way for three checks. An alias record that does not evaluate its
// target's health is always healthy: it never fails over.
void Simulation::State::updateRoute53Verdicts()
{
    for (Entry &e : entries) {
        const bool raw = !e.evaluatesHealth || entryTargetHealthy(e);
        if (raw == e.dnsHealthy) {
            e.changingSince = -1;
            continue;
        }
        if (e.changingSince < 0)
            e.changingSince = t;
        if (t + 1 - e.changingSince >= kRoute53Interval * kRoute53Threshold) {
            e.dnsHealthy = raw;
            e.changingSince = -1;
            if (e.failoverRole != FailoverRole::None)
                note(t + 1, raw ? u"dns-healthy"_s : u"dns-unhealthy"_s, e.record,
                     raw ? SimMsg::tr("Route 53 answers with this record again") : SimMsg::tr("Route 53 health check failed"));
        }
    }
}

// The weight Route 53 gives each record now. Failover: the primary while healthy; the
// secondary when not; the primary if both fail.
std::vector<double> Simulation::State::answerWeights() const
{
    bool primaryHealthy = false, secondaryHealthy = false;
    for (const Entry &e : entries) {
        primaryHealthy = primaryHealthy || (e.failoverRole == FailoverRole::Primary && e.dnsHealthy);
        secondaryHealthy = secondaryHealthy || (e.failoverRole == FailoverRole::Secondary && e.dnsHealthy);
    }
    std::vector<double> weights(entries.size(), 0.0);
    for (size_t i = 0; i < entries.size(); ++i) {
        const Entry &e = entries[i];
        double w = e.weight;
        if (e.failoverRole == FailoverRole::Secondary && (primaryHealthy || !secondaryHealthy))
            w = 0;
        if (e.failoverRole == FailoverRole::Primary && !primaryHealthy && secondaryHealthy)
            w = 0;
        weights[i] = w;
    }
    return weights;
}

// Clients follow a changed answer within one TTL; returns the sum of the records' shares.
double Simulation::State::resolveEntries()
{
    const std::vector<double> entryWeight = answerWeights();
    double weights = 0;
    for (double w : entryWeight)
        weights += w;
    double shares = 0;
    for (size_t i = 0; i < entries.size(); ++i) {
        Entry &e = entries[i];
        const double wanted = weights > 0 ? entryWeight[i] / weights : 0;
        const double step = 1.0 / std::max(1.0, e.ttl);
        e.share = e.share < 0 ? wanted : std::clamp(wanted, e.share - step, e.share + step);
        shares += e.share;
    }
    return shares;
}

// Each record's clients send to its load balancer or instance; unreachable ones fail.
void Simulation::State::sendToEntries(double demand, double shares, std::vector<double> &lbDemand, double &failed)
{
    for (Entry &e : entries)
        e.sent = 0;
    for (size_t i = 0; i < entries.size() && shares > 0; ++i) {
        const double share = demand * entries[i].share / shares;
        Entry &e = entries[i];
        e.sent = share;
        if (!e.reachable)
            failed += share;
        else if (e.lb >= 0)
            lbDemand[size_t(e.lb)] += share;
        else
            instances[size_t(e.instance)].offered += share;
    }
}

// ---------------------------------------------------------------- load balancers

void Simulation::State::failAtBalancer(LoadBalancer &lb, double rps)
{
    lb.failed += rps;
    lb.ownFailed += rps;
}

// Without cross-zone (the load balancer's, or a target group's own setting), a node whose zone
// has no healthy target leaves DNS (unless no zone has one): DNS failover's default minimum of
// one healthy target.
bool Simulation::State::nodeServes(const LoadBalancer &lb, const LbNode &n) const
{
    if (!n.up)
        return false;
    const bool crossZone = std::all_of(lb.pools.begin(), lb.pools.end(), [&](int pi) {
        const Pool &p = pools[size_t(pi)];
        return p.crossZone < 0 ? lb.crossZone : p.crossZone > 0;
    });
    if (crossZone)
        return true;
    bool any = false;
    for (int pi : lb.pools)
        for (const Registration &r : pools[size_t(pi)].regs)
            any = any || (r.health == TargetHealth::Healthy && instances[size_t(r.instance)].zoneKey == n.zoneKey);
    bool anyAnywhere = false;
    for (int pi : lb.pools)
        anyAnywhere = anyAnywhere || pools[size_t(pi)].healthy > 0;
    return any || !anyAnywhere;
}

// Each node's share of clients follows DNS; returns the sum of the shares.
double Simulation::State::updateNodeShares(LoadBalancer &lb)
{
    double shares = 0;
    for (LbNode &n : lb.nodes) {
        const bool serving = nodeServes(lb, n);
        const double step = 1.0 / std::max(1.0, lb.ttl);
        n.dnsShare = serving ? std::min(1.0, n.dnsShare + step) : std::max(0.0, n.dnsShare - step);
        shares += n.dnsShare;
    }
    return shares;
}

// A load balancer's requests: to its nodes by DNS share, then each node to its pools.
void Simulation::State::balance(LoadBalancer &lb, double offered)
{
    lb.offered = offered;
    if (lb.offered <= 0 && lb.nodes.empty())
        return;
    if (!lb.internetOk || lb.nodes.empty()) {
        failAtBalancer(lb, lb.offered);
        return;
    }
    const double shares = updateNodeShares(lb);
    if (shares <= 0) {
        failAtBalancer(lb, lb.offered);
        return;
    }
    for (const LbNode &n : lb.nodes) {
        const double nodeShare = lb.offered * n.dnsShare / shares;
        if (nodeShare <= 0)
            continue;
        if (!n.up) {
            failAtBalancer(lb, nodeShare); // clients still hold the lost node's address
            continue;
        }
        const double perPool = nodeShare / std::max<size_t>(1, lb.pools.size());
        if (lb.pools.empty() || (!lb.poolShares.empty() && *std::max_element(lb.poolShares.begin(), lb.poolShares.end()) <= 0))
            failAtBalancer(lb, nodeShare); // 503: no listener target (rules on a port without a listener)
        for (size_t k = 0; k < lb.pools.size(); ++k) {
            // Listener rules: each target group its share of the rules' split.
            const double sent = lb.poolShares.empty() ? perPool : nodeShare * lb.poolShares[k];
            if (sent > 0 || lb.poolShares.empty())
                sendToPool(lb, n, pools[size_t(lb.pools[k])], sent);
        }
    }
}

// Candidates a node may send to: enabled zones, and its own zone without cross-zone.
bool Simulation::State::eligibleTarget(const LoadBalancer &lb, const LbNode &n, const Pool &p, const Registration &r) const
{
    const Instance &in = instances[size_t(r.instance)];
    if (r.health == TargetHealth::Draining)
        return false;
    const bool crossZone = p.crossZone < 0 ? lb.crossZone : p.crossZone > 0;
    if (!crossZone && in.zoneKey != n.zoneKey)
        return false;
    return std::any_of(lb.nodes.begin(), lb.nodes.end(), [&](const LbNode &o) { return o.zoneKey == in.zoneKey; });
}

// Each registration's routing weight from this node (0: not routed to).
std::vector<double> Simulation::State::targetWeights(const LoadBalancer &lb, const LbNode &n, const Pool &p, bool failOpen) const
{
    std::vector<double> w(p.regs.size(), 0.0);
    for (size_t k = 0; k < p.regs.size(); ++k) {
        const Registration &r = p.regs[k];
        if (!eligibleTarget(lb, n, p, r) || (!failOpen && r.health != TargetHealth::Healthy))
            continue;
        const Instance &in = instances[size_t(r.instance)];
        double weight = p.leastOutstanding ? in.cap.rps : 1.0;
        if (p.sticky && !failOpen)
            weight *= std::clamp((t - r.healthySince) / kStickyRamp, 0.05, 1.0);
        w[k] = weight;
    }
    return w;
}

// Canary: the new-version instances of each group under a canary deployment share `weight`.
void Simulation::State::applyCanaryWeights(const Pool &p, std::vector<double> &w) const
{
    for (size_t gi = 0; gi < groups.size(); ++gi) {
        const Group &g = groups[gi];
        if (!g.deploy.active || g.deploy.strategy != u"canary"_s)
            continue;
        auto inGroup = [&](size_t k) { return instances[size_t(p.regs[k].instance)].group == int(gi); };
        auto isFresh = [&](size_t k) { return instances[size_t(p.regs[k].instance)].version == g.deploy.toVersion; };
        double fresh = 0, old = 0;
        for (size_t k = 0; k < p.regs.size(); ++k) {
            if (!inGroup(k))
                continue;
            if (isFresh(k))
                fresh += w[k];
            else
                old += w[k];
        }
        if (fresh <= 0 || old <= 0)
            continue;
        for (size_t k = 0; k < p.regs.size(); ++k)
            if (inGroup(k))
                w[k] *= isFresh(k) ? g.deploy.weight * (fresh + old) / fresh : (1 - g.deploy.weight) * (fresh + old) / old;
    }
}

// One node's share for one pool, spread over the targets it may use.
void Simulation::State::sendToPool(LoadBalancer &lb, const LbNode &n, Pool &p, double perPool)
{
    p.offered += perPool;
    if (p.node != lb.node) // a Classic Load Balancer is its own pool
        flows[size_t(flow(lb.node, p.node))].rps += perPool;
    bool anyHealthy = false;
    for (const Registration &r : p.regs)
        anyHealthy = anyHealthy || (eligibleTarget(lb, n, p, r) && r.health == TargetHealth::Healthy);
    // Fail open: ALB when the group has no healthy target; NLB when no zone has one.
    const bool failOpen = !anyHealthy;
    if (failOpen && (lb.kind == LbKind::Classic || (lb.kind == LbKind::Network && p.healthy > 0))) {
        lb.failed += perPool;
        p.failed += perPool;
        return;
    }
    std::vector<double> w = targetWeights(lb, n, p, failOpen);
    applyCanaryWeights(p, w);
    double total = 0;
    for (double x : w)
        total += x;
    if (total <= 0) {
        lb.failed += perPool; // 503: no registered target
        p.failed += perPool;
        return;
    }
    for (size_t k = 0; k < p.regs.size(); ++k)
        if (w[k] > 0) {
            Instance &in = instances[size_t(p.regs[k].instance)];
            in.offered += perPool * w[k] / total;
            flows[size_t(flow(p.node, in.group >= 0 ? groups[size_t(in.group)].node : in.node))].rps += perPool * w[k] / total;
        }
}

// ---------------------------------------------------------------- instances and outcomes

// An instance's queue this second. Requests to an instance that does not answer time out (504).
void Simulation::State::serveQueue(Instance &in)
{
    if (in.offered <= 0 && in.life != Life::InService) {
        in.served = in.failed = in.cpu = 0;
        return;
    }
    if (!in.answers()) {
        in.served = 0;
        in.failed = in.offered;
        in.cpu = 0;
        in.latency = drill.settings.clientTimeout;
        in.backlog = 0;
        return;
    }
    if (in.backlog > 0 || in.offered > in.cap.rps * kStableLoad) {
        serveOverloaded(in);
        return;
    }
    in.q = queue(in.offered, in.cap.vcpu, in.cap.rps / in.cap.vcpu, drill.settings.clientTimeout);
    in.served = in.q.served * (1 - in.errorShare); // a bad version fails its share (500)
    in.failed = in.q.failed + in.q.served * in.errorShare;
    // Its users: new sessions start with its requests, each lasts sessionSeconds.
    in.sessions += in.served / drill.settings.requestsPerSession - in.sessions / drill.settings.sessionSeconds;
    in.cpu = std::min(100.0, 100.0 * in.offered / in.cap.rps);
    in.latency = in.q.meanLatency;
    in.queueWait = 0;
}

// Past capacity the queue grows by the excess every second (first in, first out) up to what
// the client timeout allows; requests beyond that time out in the queue. Requests served after
// waiting longer than the client timeout are wasted work: their clients have gone (congestion
// collapse). Health checks wait in the same queue (runHealthChecks reads queueWait).
void Simulation::State::serveOverloaded(Instance &in)
{
    const double capacity = in.cap.rps;
    const double timeout = drill.settings.clientTimeout;
    const double serviceTime = in.cap.vcpu / capacity;
    const double waited = in.backlog / capacity; // by the requests served this second
    const double waiting = in.offered + in.backlog;
    const double processed = std::min(capacity, waiting);
    in.backlog = std::min(waiting - processed, capacity * timeout);
    const double timedOutInQueue = waiting - processed - in.backlog;
    const double answered = waited + serviceTime <= timeout ? processed : 0;
    in.q = QueueResult{};
    in.q.utilisation = in.offered / capacity;
    in.q.serviceTime = serviceTime + waited;
    in.q.meanLatency = serviceTime + waited;
    in.q.waitRate = 1;
    in.q.served = answered;
    in.q.failed = timedOutInQueue + processed - answered;
    in.served = answered * (1 - in.errorShare);
    in.failed = in.q.failed + answered * in.errorShare;
    in.sessions += in.served / drill.settings.requestsPerSession - in.sessions / drill.settings.sessionSeconds;
    in.cpu = 100;
    in.latency = in.q.meanLatency;
    in.queueWait = in.backlog / capacity;
}

// The data tier as an instance's app tier sees it: the share of its requests that fail there,
// and the time its requests spend there.
Simulation::State::DataTierCost Simulation::State::dataTierCost(const Instance &in) const
{
    DataTierCost c;
    if (in.unit < 0)
        return c;
    const Unit &u = units[size_t(in.unit)];
    const double reads = drill.settings.readsPerRequest;
    double hit = 0;
    for (int cache : u.caches) {
        const Store &cs = stores[size_t(cache)];
        hit = std::max(hit, cs.available ? drill.settings.cacheHitRatio * cs.warmth : 0.0);
        c.latency += reads * kCacheLatency / u.caches.size();
    }
    for (int db : u.databases) {
        const Store &s = stores[size_t(db)];
        const double perDb = 1.0 / u.databases.size();
        c.failedShare += s.failedShare * perDb;
        c.latency += (reads * (1 - hit) + drill.settings.writeShare) * s.latency * perDb;
    }
    c.failedShare = std::clamp(c.failedShare, 0.0, 1.0);
    // Requests that call the internet fail with the subnet's route out (its zone's NAT gateway).
    if (u.externalShare > 0 && !egressUp(in.subnet))
        c.failedShare = 1 - (1 - c.failedShare) * (1 - u.externalShare);
    return c;
}

// What failed where, and the latency of what succeeded (into the histograms).
void Simulation::State::addOutcomes(double &failed)
{
    secondHistogram.clear();
    for (const LoadBalancer &lb : lbs)
        failed += lb.failed;
    for (Instance &in : instances) {
        in.endFailed = in.failed;
        if (in.offered <= 0)
            continue;
        failed += in.failed;
        if (in.served <= 0)
            continue;
        const DataTierCost data = dataTierCost(in);
        const double ok = in.served * (1 - data.failedShare);
        failed += in.served - ok;
        in.endFailed += in.served - ok;
        addLatency(in, ok, in.q.serviceTime + kLbLatency + data.latency);
    }
}

// `ok` requests that took `base` plus the queueing delay, which is exponential: its median and
// 95th percentile carry the weight.
void Simulation::State::addLatency(Instance &in, double ok, double base)
{
    const double waiting = in.q.waitProbability;
    const double rate = std::max(in.q.waitRate, 1e-6);
    const std::pair<double, double> parts[] = {{base, ok * (1 - waiting)},
                                               {base + 0.693 / rate, ok * waiting * 0.5},
                                               {base + 1.5 / rate, ok * waiting * 0.3},
                                               {base + 3.0 / rate, ok * waiting * 0.2}};
    for (const auto &[latency, weight] : parts) {
        if (weight <= 0)
            continue;
        const int b = LatencyHistogram::bucket(latency);
        histogram.addToBucket(b, weight);
        secondHistogram.addToBucket(b, weight);
    }
    in.latency = base + waiting / rate;
}

// ---------------------------------------------------------------- the per-second series

void Simulation::State::recordTotals(double demand, double failed)
{
    requests += demand;
    errors += failed;
    metrics.set(sRequests, t, demand);
    metrics.set(sErrors, t, failed);
    metrics.set(sErrorRate, t, demand > 0 ? failed / demand : 0);
    metrics.set(sP50, t, secondHistogram.quantile(0.5) * 1000);
    metrics.set(sP99, t, secondHistogram.quantile(0.99) * 1000);
    metrics.set(sSessionsLost, t, sessionsLost);
    for (const Unit &u : units)
        metrics.set(u.sSessionsLost, t, u.sessionsLost);
    for (const Store &s : stores)
        if (s.sSessionsLost >= 0)
            metrics.set(s.sSessionsLost, t, s.sessionsLost);
}

void Simulation::State::recordBalancers()
{
    for (LoadBalancer &lb : lbs) {
        if (lb.sRequests < 0) {
            lb.sRequests = metrics.series(lb.id, u"requests"_s, t);
            lb.sErrors = metrics.series(lb.id, u"errors"_s, t);
            lb.sHealthy = metrics.series(lb.id, u"healthy_targets"_s, t);
        }
        int healthy = 0;
        for (int p : lb.pools)
            healthy += pools[size_t(p)].healthy;
        metrics.set(lb.sRequests, t, lb.offered);
        metrics.set(lb.sErrors, t, lb.failed);
        metrics.set(lb.sHealthy, t, healthy);
        // Healthy targets in each of its zones ("healthy_targets@us-east-1a"), for the charts.
        for (LbNode &n : lb.nodes) {
            if (n.sHealthy < 0)
                n.sHealthy = metrics.series(lb.id, u"healthy_targets@"_s + n.zone, t);
            int inZone = 0;
            for (int p : lb.pools)
                for (const Registration &r : pools[size_t(p)].regs)
                    inZone += r.health == TargetHealth::Healthy && instances[size_t(r.instance)].zoneKey == n.zoneKey ? 1 : 0;
            metrics.set(n.sHealthy, t, inZone);
        }
    }
}

void Simulation::State::recordPools()
{
    for (Pool &p : pools) {
        if (p.sHealthy < 0) {
            p.sHealthy = metrics.series(p.id, u"healthy_targets"_s, t);
            if (p.kind != LbKind::Classic)
                p.sRequests = metrics.series(p.id, u"requests"_s, t);
        }
        metrics.set(p.sHealthy, t, p.healthy);
        if (p.sRequests >= 0)
            metrics.set(p.sRequests, t, p.offered);
    }
}

// Each group's series, and the CPU and requests its scaling policies see.
void Simulation::State::recordGroups()
{
    for (Group &g : groups) {
        if (g.sDesired < 0) {
            g.sDesired = metrics.series(g.id, u"desired"_s, t);
            g.sInService = metrics.series(g.id, u"in_service"_s, t);
            g.sCapacity = metrics.series(g.id, u"capacity"_s, t);
            g.sCpu = metrics.series(g.id, u"cpu"_s, t);
            g.sRequests = metrics.series(g.id, u"requests"_s, t);
        }
        int inService = 0, capacity = 0, warm = 0, running = 0;
        double cpu = 0, load = 0, runningCpu = 0;
        for (int m : g.members) {
            const Instance &in = instances[size_t(m)];
            load += in.offered;
            if (in.life != Life::InService || !in.counted())
                continue;
            ++inService;
            if (in.answers() && (g.pools.empty() || (isRegistered(m) && lbHealthy(m))))
                ++capacity;
            if (in.crashed)
                continue; // a stopped instance reports no CPU
            runningCpu += in.cpu;
            ++running;
            if (t >= in.readyAt + g.warmup && !in.deploying) { // warming instances do not count in the metrics
                cpu += in.cpu;
                ++warm;
            }
        }
        // The scaling metric: the warm instances' average. With none warm there is no datapoint
        // (not a 0 % one, which would feed the alarms); the chart then shows the running ones.
        g.cpu = warm > 0 ? cpu / warm : running > 0 ? runningCpu / running : 0;
        if (warm > 0) {
            g.minuteCpu += g.cpu;
            g.minuteRequests += load / warm;
            ++g.minuteSamples;
        }
        metrics.set(g.sDesired, t, g.desired);
        metrics.set(g.sInService, t, inService);
        metrics.set(g.sCapacity, t, capacity);
        metrics.set(g.sCpu, t, g.cpu);
        metrics.set(g.sRequests, t, load);
    }
}

void Simulation::State::recordInstanceSeries()
{
    for (Instance &in : instances) {
        if (in.life == Life::Terminated || instanceSeries(in) < 0)
            continue;
        metrics.set(in.sLoad, t, in.offered);
        metrics.set(in.sCpu, t, in.cpu);
        metrics.set(in.sLatency, t, in.answers() ? in.latency * 1000 : 0);
    }
}

} // namespace skydraft::sim
