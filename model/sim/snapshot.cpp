// What the simulation shows of its current second: typed snapshots of every resource and
// simulated instance, the flows per link, the zones and NAT gateways that are down, and the
// stable names the reports use for kinds and states.

#include "simstate.h"

#include <algorithm>

#include "model/document.h"

using namespace Qt::StringLiterals;

namespace skydraft::sim {

std::vector<LinkFlow> Simulation::flows() const
{
    std::vector<LinkFlow> out;
    for (const LinkFlow &f : d->flows)
        if (f.rps > 0)
            out.push_back(f);
    return out;
}

QStringList Simulation::failedZones() const
{
    QStringList out;
    for (auto it = d->zoneDown.cbegin(); it != d->zoneDown.cend(); ++it)
        if (it.value())
            out.append(it.key());
    out.sort();
    return out;
}

QStringList Simulation::failedNatGateways() const
{
    QStringList out;
    for (const Resource *r : d->doc->resourcesOfType(ResourceType::NatGateway))
        if (d->isNatDown(r->id))
            out.append(r->id);
    return out;
}

QString kindName(SimKind kind)
{
    switch (kind) {
    case SimKind::LoadBalancer: return u"load-balancer"_s;
    case SimKind::TargetGroup: return u"target-group"_s;
    case SimKind::AutoScalingGroup: return u"auto-scaling-group"_s;
    case SimKind::Instance: return u"instance"_s;
    case SimKind::Database: return u"database"_s;
    case SimKind::Cache: return u"cache"_s;
    }
    return {};
}

QString stateName(SimState state)
{
    switch (state) {
    case SimState::Pending: return u"pending"_s;
    case SimState::InService: return u"in-service"_s;
    case SimState::Unhealthy: return u"unhealthy"_s;
    case SimState::Draining: return u"draining"_s;
    case SimState::Terminating: return u"terminating"_s;
    case SimState::Failed: return u"failed"_s;
    case SimState::Hung: return u"unresponsive"_s;
    case SimState::Deploying: return u"deploying"_s;
    case SimState::Standby: return u"standby"_s;
    case SimState::Active: return u"active"_s;
    case SimState::Degraded: return u"degraded"_s;
    case SimState::Available: return u"available"_s;
    case SimState::FailingOver: return u"failing-over"_s;
    case SimState::Promoting: return u"promoting"_s;
    case SimState::Down: return u"down"_s;
    }
    return {};
}

QString targetStatusName(TargetStatus status)
{
    switch (status) {
    case TargetStatus::None: return u"unused"_s;
    case TargetStatus::Initial: return u"initial"_s;
    case TargetStatus::Healthy: return u"healthy"_s;
    case TargetStatus::Unhealthy: return u"unhealthy"_s;
    case TargetStatus::Draining: return u"draining"_s;
    }
    return {};
}

namespace {

SimState instanceState(const Instance &in, TargetStatus target)
{
    if (in.life == Life::Pending)
        return SimState::Pending;
    if (in.life == Life::Standby)
        return SimState::Standby;
    if (in.crashed)
        return SimState::Failed;
    if (in.hung || in.badVersion)
        return SimState::Hung;
    if (in.deploying)
        return SimState::Deploying;
    if (in.terminating)
        return target == TargetStatus::Draining ? SimState::Draining : SimState::Terminating;
    if (target == TargetStatus::Unhealthy)
        return SimState::Unhealthy;
    return SimState::InService;
}

TargetStatus worse(TargetStatus a, TargetStatus b)
{
    auto rank = [](TargetStatus s) {
        switch (s) {
        case TargetStatus::Unhealthy: return 4;
        case TargetStatus::Draining: return 3;
        case TargetStatus::Initial: return 2;
        case TargetStatus::Healthy: return 1;
        case TargetStatus::None: return 0;
        }
        return 0;
    };
    return rank(a) >= rank(b) ? a : b;
}

TargetStatus statusOf(TargetHealth h)
{
    switch (h) {
    case TargetHealth::Initial: return TargetStatus::Initial;
    case TargetHealth::Healthy: return TargetStatus::Healthy;
    case TargetHealth::Unhealthy: return TargetStatus::Unhealthy;
    case TargetHealth::Draining: return TargetStatus::Draining;
    }
    return TargetStatus::None;
}

} // namespace

std::vector<ResourceSnapshot> Simulation::snapshot() const
{
    std::vector<ResourceSnapshot> out;
    // Each instance's registrations, worst first.
    std::vector<TargetStatus> target(d->instances.size(), TargetStatus::None);
    for (const Pool &p : d->pools)
        for (const Registration &r : p.regs)
            target[size_t(r.instance)] = worse(target[size_t(r.instance)], statusOf(r.health));

    for (const LoadBalancer &lb : d->lbs) {
        ResourceSnapshot s;
        s.id = lb.id;
        s.kind = SimKind::LoadBalancer;
        s.loadRps = lb.offered;
        s.failedRps = lb.failed;
        for (int p : lb.pools) {
            s.inService += d->pools[size_t(p)].healthy;
            for (const Registration &r : d->pools[size_t(p)].regs)
                s.unhealthy += r.health == TargetHealth::Unhealthy ? 1 : 0;
        }
        bool anyDown = false;
        for (const LbNode &n : lb.nodes) {
            s.nodes.push_back({n.zone, n.up, n.dnsShare});
            anyDown = anyDown || !n.up;
        }
        s.healthy = s.inService > 0;
        s.state = !s.healthy || !lb.internetOk ? SimState::Down : anyDown || s.unhealthy > 0 ? SimState::Degraded : SimState::Active;
        out.push_back(std::move(s));
    }
    for (const Pool &p : d->pools) {
        if (p.kind == LbKind::Classic)
            continue; // drawn as its load balancer
        ResourceSnapshot s;
        s.id = p.id;
        s.kind = SimKind::TargetGroup;
        s.loadRps = p.offered;
        s.failedRps = p.failed;
        s.inService = p.healthy;
        for (const Registration &r : p.regs) {
            ++s.desired;
            s.unhealthy += r.health == TargetHealth::Unhealthy ? 1 : 0;
        }
        s.healthy = p.healthy > 0;
        s.state = !s.healthy ? SimState::Down : s.unhealthy > 0 ? SimState::Degraded : SimState::Active;
        out.push_back(std::move(s));
    }
    for (const Group &g : d->groups) {
        ResourceSnapshot s;
        s.id = g.id;
        s.kind = SimKind::AutoScalingGroup;
        s.cpu = g.cpu;
        s.desired = g.desired;
        for (int m : g.members) {
            const Instance &in = d->instances[size_t(m)];
            s.loadRps += in.offered;
            s.failedRps += in.endFailed;
            if (in.life == Life::InService && in.counted())
                ++s.inService;
        }
        s.healthy = s.inService >= g.minSize;
        s.state = g.deploy.active ? SimState::Deploying : s.inService < g.desired ? SimState::Degraded : SimState::Active;
        out.push_back(std::move(s));
    }
    for (size_t i = 0; i < d->instances.size(); ++i) {
        const Instance &in = d->instances[i];
        if (in.life == Life::Terminated)
            continue;
        ResourceSnapshot s;
        s.id = in.id;
        s.kind = SimKind::Instance;
        s.target = target[i];
        s.state = instanceState(in, s.target);
        s.parent = in.group >= 0 ? d->groups[size_t(in.group)].id : QString();
        s.zone = in.zone;
        s.loadRps = in.offered;
        s.failedRps = in.endFailed;
        s.cpu = in.cpu;
        s.latencyMs = in.latency * 1000;
        s.healthy = in.answers() && d->lbHealthy(int(i));
        s.inService = in.answers() ? 1 : 0;
        s.version = in.version;
        out.push_back(std::move(s));
    }
    for (size_t si = 0; si < d->stores.size(); ++si) {
        const Store &st = d->stores[si];
        const bool cache = st.kind == StoreKind::Redis || st.kind == StoreKind::Memcached;
        ResourceSnapshot s;
        s.id = st.id;
        s.kind = cache ? SimKind::Cache : SimKind::Database;
        s.state = st.failingOver ? SimState::FailingOver : st.promoting ? SimState::Promoting
                : st.available   ? SimState::Available
                                 : SimState::Down;
        s.zone = st.primaryZone;
        s.standbyZone = st.standbyZone;
        s.loadRps = st.reads + st.writes;
        s.cpu = st.cpu;
        s.latencyMs = st.latency * 1000;
        s.healthy = st.available;
        s.inService = st.kind == StoreKind::Memcached ? st.nodesUp : st.available ? 1 : 0;
        s.desired = st.kind == StoreKind::Memcached ? st.nodes : 1;
        // A promoted replica keeps answering the reads sent through the old primary until the
        // application is repointed, but it is no longer that primary's replica.
        s.replicas = st.kind == StoreKind::Aurora
            ? st.auroraReplicas
            : int(std::count_if(st.replicas.begin(), st.replicas.end(),
                                [&](int r) { return d->stores[size_t(r)].source == int(si); }));
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace skydraft::sim
