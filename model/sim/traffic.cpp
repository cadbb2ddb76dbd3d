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
} // namespace

double Simulation::State::demandAt(int second) const
{
    if (trafficOverride)
        return trafficOverride->rateAt(second - trafficSince, drill.duration - trafficSince);
    return rpsOverride >= 0 ? rpsOverride : drill.traffic.rateAt(second, drill.duration);
}

void Simulation::State::flowTraffic(double demand)
{
    for (Instance &in : instances)
        in.offered = 0;
    for (Pool &p : pools)
        p.offered = p.failed = 0, p.healthy = healthyTargets(p);
    for (LoadBalancer &lb : lbs)
        lb.offered = lb.failed = lb.ownFailed = 0;
    clearFlows();

    double failed = 0;
    // Route 53: failover records answer the primary while it has a healthy target.
    auto entryHealthy = [&](const Entry &e) {
        if (e.instance >= 0)
            return instances[size_t(e.instance)].answers();
        for (int p : lbs[size_t(e.lb)].pools)
            if (pools[size_t(p)].healthy > 0)
                return true;
        return false;
    };
    // Route 53 health checks (interval 30 s, failure threshold 3): the verdict changes once the
    // target has been the other way for three checks.
    for (Entry &e : entries) {
        const bool raw = entryHealthy(e);
        if (raw == e.dnsHealthy) {
            e.changingSince = -1;
            continue;
        }
        if (e.changingSince < 0)
            e.changingSince = t;
        if (t + 1 - e.changingSince >= kRoute53Interval * kRoute53Threshold) {
            e.dnsHealthy = raw;
            e.changingSince = -1;
            if (!e.failoverRole.isEmpty())
                note(t + 1, raw ? u"dns-healthy"_s : u"dns-unhealthy"_s, e.record,
                     raw ? SimMsg::tr("Route 53 answers with this record again") : SimMsg::tr("Route 53 health check failed"));
        }
    }
    bool primaryHealthy = false, secondaryHealthy = false;
    for (const Entry &e : entries) {
        primaryHealthy = primaryHealthy || (e.failoverRole == u"primary"_s && e.dnsHealthy);
        secondaryHealthy = secondaryHealthy || (e.failoverRole == u"secondary"_s && e.dnsHealthy);
    }
    double weights = 0;
    std::vector<double> entryWeight(entries.size(), 0.0);
    for (size_t i = 0; i < entries.size(); ++i) {
        const Entry &e = entries[i];
        double w = e.weight;
        // Failover: the primary while healthy; the secondary when not; the primary if both fail.
        if (e.failoverRole == u"secondary"_s && (primaryHealthy || !secondaryHealthy))
            w = 0;
        if (e.failoverRole == u"primary"_s && !primaryHealthy && secondaryHealthy)
            w = 0;
        entryWeight[i] = w;
        weights += w;
    }
    // Clients follow a changed answer within one TTL.
    double shares = 0;
    for (size_t i = 0; i < entries.size(); ++i) {
        Entry &e = entries[i];
        const double wanted = weights > 0 ? entryWeight[i] / weights : 0;
        const double step = 1.0 / std::max(1.0, e.ttl);
        e.share = e.share < 0 ? wanted : std::clamp(wanted, e.share - step, e.share + step);
        shares += e.share;
    }
    if (shares <= 0)
        failed += demand; // nothing answers the internet

    std::vector<double> lbDemand(lbs.size(), 0.0);
    for (Entry &e : entries)
        e.sent = 0;
    for (size_t i = 0; i < entries.size() && shares > 0; ++i) {
        const double share = demand * entries[i].share / shares;
        Entry &e = entries[i];
        e.sent = share;
        if (!e.reachable) {
            failed += share;
        } else if (e.lb >= 0) {
            lbDemand[size_t(e.lb)] += share;
        } else {
            instances[size_t(e.instance)].offered += share;
        }
    }

    // Load balancers: nodes, then pools, then targets.
    for (size_t li = 0; li < lbs.size(); ++li) {
        LoadBalancer &lb = lbs[li];
        lb.offered = lbDemand[li];
        if (lb.offered <= 0 && lb.nodes.empty())
            continue;
        if (!lb.internetOk || lb.nodes.empty()) {
            lb.failed += lb.offered;
            lb.ownFailed += lb.offered;
            continue;
        }
        const bool perZone = !lb.crossZone;
        double shares = 0;
        for (LbNode &n : lb.nodes) {
            bool serving = n.up;
            if (serving && perZone && lb.kind != u"application"_s) {
                // Without cross-zone, a node whose zone has no healthy target leaves DNS.
                bool any = false;
                for (int pi : lb.pools)
                    for (const Registration &r : pools[size_t(pi)].regs)
                        any = any || (r.health == TargetHealth::Healthy && instances[size_t(r.instance)].zone == n.zone);
                bool anyAnywhere = false;
                for (int pi : lb.pools)
                    anyAnywhere = anyAnywhere || pools[size_t(pi)].healthy > 0;
                serving = any || !anyAnywhere;
            }
            const double step = 1.0 / std::max(1.0, lb.ttl);
            n.dnsShare = serving ? std::min(1.0, n.dnsShare + step) : std::max(0.0, n.dnsShare - step);
            shares += n.dnsShare;
        }
        if (shares <= 0) {
            lb.failed += lb.offered;
            lb.ownFailed += lb.offered;
            continue;
        }
        for (const LbNode &n : lb.nodes) {
            const double nodeShare = lb.offered * n.dnsShare / shares;
            if (nodeShare <= 0)
                continue;
            if (!n.up) {
                lb.failed += nodeShare; // clients still hold the lost node's address
                lb.ownFailed += nodeShare;
                continue;
            }
            const double perPool = nodeShare / std::max<size_t>(1, lb.pools.size());
            if (lb.pools.empty()) {
                lb.failed += nodeShare; // 503: no listener target
                lb.ownFailed += nodeShare;
            }
            for (int pi : lb.pools) {
                Pool &p = pools[size_t(pi)];
                p.offered += perPool;
                if (p.id != lb.id) // a Classic Load Balancer is its own pool
                    flows[size_t(flow(lb.id, p.id))].rps += perPool;
                // Candidates this node may send to: enabled zones, and its own zone without cross-zone.
                auto eligible = [&](const Registration &r) {
                    const Instance &in = instances[size_t(r.instance)];
                    if (r.health == TargetHealth::Draining)
                        return false;
                    if (perZone && in.zone != n.zone)
                        return false;
                    return std::any_of(lb.nodes.begin(), lb.nodes.end(), [&](const LbNode &o) { return o.zone == in.zone; });
                };
                double total = 0;
                bool anyHealthy = false;
                for (const Registration &r : p.regs)
                    anyHealthy = anyHealthy || (eligible(r) && r.health == TargetHealth::Healthy);
                // Fail open: ALB when the group has no healthy target; NLB when no zone has one.
                bool failOpen = false;
                if (!anyHealthy) {
                    if (lb.kind == u"classic"_s || (lb.kind == u"network"_s && p.healthy > 0)) {
                        lb.failed += perPool;
                        p.failed += perPool;
                        continue;
                    }
                    failOpen = true;
                }
                // Canary: the new-version share of each group under a canary deployment.
                std::vector<double> w(p.regs.size(), 0.0);
                for (size_t k = 0; k < p.regs.size(); ++k) {
                    const Registration &r = p.regs[k];
                    if (!eligible(r) || (!failOpen && r.health != TargetHealth::Healthy))
                        continue;
                    const Instance &in = instances[size_t(r.instance)];
                    double weight = p.leastOutstanding ? in.cap.rps : 1.0;
                    if (p.sticky && !failOpen)
                        weight *= std::clamp((t - r.healthySince) / kStickyRamp, 0.05, 1.0);
                    w[k] = weight;
                }
                for (const Group &g : groups) {
                    if (!g.deploy.active || g.deploy.strategy != u"canary"_s)
                        continue;
                    double fresh = 0, old = 0;
                    for (size_t k = 0; k < p.regs.size(); ++k)
                        if (instances[size_t(p.regs[k].instance)].group == int(&g - groups.data()))
                            (instances[size_t(p.regs[k].instance)].version == g.deploy.toVersion ? fresh : old) += w[k];
                    if (fresh <= 0 || old <= 0)
                        continue;
                    for (size_t k = 0; k < p.regs.size(); ++k)
                        if (instances[size_t(p.regs[k].instance)].group == int(&g - groups.data()))
                            w[k] *= instances[size_t(p.regs[k].instance)].version == g.deploy.toVersion
                                ? g.deploy.weight * (fresh + old) / fresh
                                : (1 - g.deploy.weight) * (fresh + old) / old;
                }
                for (double x : w)
                    total += x;
                if (total <= 0) {
                    lb.failed += perPool; // 503: no registered target
                    p.failed += perPool;
                    continue;
                }
                for (size_t k = 0; k < p.regs.size(); ++k)
                    if (w[k] > 0) {
                        Instance &in = instances[size_t(p.regs[k].instance)];
                        in.offered += perPool * w[k] / total;
                        flows[size_t(flow(p.id, in.group >= 0 ? groups[size_t(in.group)].id : in.id))].rps += perPool * w[k] / total;
                    }
            }
        }
    }

    // Instances: queues. Requests to an instance that does not answer time out (504).
    for (Instance &in : instances) {
        if (in.offered <= 0 && in.life != Life::InService) {
            in.served = in.failed = in.cpu = 0;
            continue;
        }
        if (!in.answers()) {
            in.served = 0;
            in.failed = in.offered;
            in.cpu = 0;
            in.latency = drill.settings.clientTimeout;
            continue;
        }
        in.q = queue(in.offered, in.cap.vcpu, in.cap.rps / in.cap.vcpu, drill.settings.clientTimeout);
        in.served = in.q.served * (1 - in.errorShare); // a bad version fails its share (500)
        in.failed = in.q.failed + in.q.served * in.errorShare;
        // Its users: new sessions start with its requests, each lasts sessionSeconds.
        in.sessions += in.served / drill.settings.requestsPerSession - in.sessions / drill.settings.sessionSeconds;
        in.cpu = std::min(100.0, 100.0 * in.offered / in.cap.rps);
        in.latency = in.q.meanLatency;
    }

    flowDataTier();

    // Totals, latency, and what failed where.
    secondHistogram.clear();
    double served = 0;
    for (const LoadBalancer &lb : lbs)
        failed += lb.failed;
    for (Instance &in : instances) {
        in.endFailed = in.failed;
        if (in.offered <= 0)
            continue;
        failed += in.failed;
        if (in.served <= 0)
            continue;
        // Data-tier failures and latency for this instance's app tier.
        double dataFail = 0, dataLatency = 0;
        if (in.unit >= 0) {
            const Unit &u = units[size_t(in.unit)];
            const double reads = drill.settings.readsPerRequest;
            double hit = 0;
            for (int c : u.caches) {
                const Store &cs = stores[size_t(c)];
                hit = std::max(hit, cs.available ? drill.settings.cacheHitRatio * cs.warmth : 0.0);
                dataLatency += reads * kCacheLatency / u.caches.size();
            }
            for (int db : u.databases) {
                const Store &s = stores[size_t(db)];
                const double perDb = 1.0 / u.databases.size();
                dataFail += s.failedShare * perDb;
                dataLatency += (reads * (1 - hit) + drill.settings.writeShare) * s.latency * perDb;
            }
        }
        dataFail = std::clamp(dataFail, 0.0, 1.0);
        const double ok = in.served * (1 - dataFail);
        failed += in.served - ok;
        in.endFailed += in.served - ok;
        served += ok;
        const double base = in.q.serviceTime + kLbLatency + dataLatency;
        const double waiting = in.q.waitProbability;
        const double rate = std::max(in.q.waitRate, 1e-6);
        // The queueing delay is exponential: its median and 95th percentile carry the weight.
        for (LatencyHistogram *h : {&histogram, &secondHistogram}) {
            h->add(base, ok * (1 - waiting));
            h->add(base + 0.693 / rate, ok * waiting * 0.5);
            h->add(base + 1.5 / rate, ok * waiting * 0.3);
            h->add(base + 3.0 / rate, ok * waiting * 0.2);
        }
        in.latency = base + waiting / rate;
    }
    (void)served;
    finishFlows();
    failed += cutRequests; // cut at the end of a deregistration delay
    cutRequests = 0;

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
                    inZone += r.health == TargetHealth::Healthy && instances[size_t(r.instance)].zone == n.zone ? 1 : 0;
            metrics.set(n.sHealthy, t, inZone);
        }
    }
    for (Pool &p : pools) {
        if (p.sHealthy < 0) {
            p.sHealthy = metrics.series(p.id, u"healthy_targets"_s, t);
            if (p.kind != u"classic"_s)
                p.sRequests = metrics.series(p.id, u"requests"_s, t);
        }
        metrics.set(p.sHealthy, t, p.healthy);
        if (p.sRequests >= 0)
            metrics.set(p.sRequests, t, p.offered);
    }
    for (Group &g : groups) {
        if (g.sDesired < 0) {
            g.sDesired = metrics.series(g.id, u"desired"_s, t);
            g.sInService = metrics.series(g.id, u"in_service"_s, t);
            g.sCapacity = metrics.series(g.id, u"capacity"_s, t);
            g.sCpu = metrics.series(g.id, u"cpu"_s, t);
            g.sRequests = metrics.series(g.id, u"requests"_s, t);
        }
        int inService = 0, capacity = 0, warm = 0;
        double cpu = 0, load = 0;
        for (int m : g.members) {
            const Instance &in = instances[size_t(m)];
            load += in.offered;
            if (in.life != Life::InService || !in.counted())
                continue;
            ++inService;
            if (in.answers() && (g.pools.empty() || (isRegistered(m) && lbHealthy(m))))
                ++capacity;
            if (t >= in.readyAt + g.warmup && !in.deploying) { // warming instances do not count in the metrics
                cpu += in.cpu;
                ++warm;
            }
        }
        g.cpu = warm > 0 ? cpu / warm : 0;
        g.minuteCpu += g.cpu;
        g.minuteRequests += warm > 0 ? load / warm : 0;
        ++g.minuteSamples;
        metrics.set(g.sDesired, t, g.desired);
        metrics.set(g.sInService, t, inService);
        metrics.set(g.sCapacity, t, capacity);
        metrics.set(g.sCpu, t, g.cpu);
        metrics.set(g.sRequests, t, load);
    }
    for (Instance &in : instances) {
        if (in.life == Life::Terminated || instanceSeries(in) < 0)
            continue;
        metrics.set(in.sLoad, t, in.offered);
        metrics.set(in.sCpu, t, in.cpu);
        metrics.set(in.sLatency, t, in.answers() ? in.latency * 1000 : 0);
    }
}

} // namespace skydraft::sim
