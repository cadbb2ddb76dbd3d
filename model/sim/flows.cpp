// Requests per link of the design, for a live view of the traffic: what each arrow carries
// this second and how much of it fails there or further down.
//
// A link's failed share is the end-to-end failure of the requests that take it: a target's
// own failures (timeouts, overload) and the data tier's, a target group's refusals plus what
// fails at its targets, a load balancer's lost nodes plus what fails behind it.

#include "simstate.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace skydraft::sim {

int Simulation::State::nodeId(const QString &id)
{
    const auto it = nodeIds.constFind(id);
    if (it != nodeIds.constEnd())
        return *it;
    const int n = int(nodeNames.size());
    nodeIds.insert(id, n);
    nodeNames.push_back(id);
    return n;
}

void Simulation::State::internNodes()
{
    internetNode = nodeId(internetId);
    for (Instance &in : instances) {
        in.node = nodeId(in.id);
        in.zoneKey = nodeId(in.zone);
    }
    for (Pool &p : pools)
        p.node = nodeId(p.id);
    for (LoadBalancer &lb : lbs) {
        lb.node = nodeId(lb.id);
        for (LbNode &n : lb.nodes)
            n.zoneKey = nodeId(n.zone);
    }
    for (Group &g : groups)
        g.node = nodeId(g.id);
    for (Store &s : stores)
        s.node = nodeId(s.id);
    for (const Entry &e : entries) {
        nodeId(e.record);
        nodeId(e.via);
    }
}

int Simulation::State::flow(int from, int to)
{
    const quint64 key = (quint64(quint32(from)) << 32) | quint32(to);
    const auto it = flowIndex.constFind(key);
    if (it != flowIndex.constEnd())
        return *it;
    flows.push_back({nodeNames[size_t(from)], nodeNames[size_t(to)], 0, 0});
    flowNodes.emplace_back(from, to);
    const int index = int(flows.size() - 1);
    flowIndex.insert(key, index);
    return index;
}

void Simulation::State::clearFlows()
{
    for (LinkFlow &f : flows)
        f.rps = f.failedRps = 0;
}

void Simulation::State::finishFlows()
{
    // End-to-end failed share of what reaches each resource, by interned id.
    std::vector<std::pair<double, double>> &reached = reachedScratch; // (offered, failed)
    reached.assign(nodeNames.size(), {0.0, 0.0});
    for (const Instance &in : instances) {
        if (in.offered <= 0)
            continue;
        auto &own = reached[size_t(in.node)];
        own.first += in.offered;
        own.second += in.endFailed;
        if (in.group >= 0) {
            auto &group = reached[size_t(groups[size_t(in.group)].node)];
            group.first += in.offered;
            group.second += in.endFailed;
        }
    }
    auto share = [&](int node) {
        const auto &v = reached[size_t(node)];
        return v.first > 0 ? std::clamp(v.second / v.first, 0.0, 1.0) : 0.0;
    };
    // Pools and their targets, then load balancers and their pools.
    for (const Pool &p : pools) {
        double failed = p.failed;
        for (size_t i = 0; i < flows.size(); ++i) {
            LinkFlow &f = flows[i];
            if (flowNodes[i].first == p.node && f.rps > 0) {
                f.failedRps = f.rps * share(flowNodes[i].second);
                failed += f.failedRps;
            }
        }
        if (p.offered > 0)
            reached[size_t(p.node)] = {p.offered, std::min(p.offered, failed)};
    }
    for (const LoadBalancer &lb : lbs) {
        double failed = lb.ownFailed;
        for (size_t i = 0; i < flows.size(); ++i) {
            LinkFlow &f = flows[i];
            if (flowNodes[i].first == lb.node && flowNodes[i].second != lb.node && f.rps > 0) {
                f.failedRps = f.rps * share(flowNodes[i].second);
                failed += f.failedRps;
            }
        }
        if (lb.offered > 0) {
            // A Classic Load Balancer's pool is itself: its refusals and its targets' failures.
            const auto pool = reached[size_t(lb.node)];
            reached[size_t(lb.node)] = {lb.offered, std::min(lb.offered, failed + (pool.first > 0 ? pool.second : 0))};
        }
    }
    // Entries: internet -> record -> load balancer or instance (or its Elastic IP -> the
    // instance), or internet -> load balancer.
    for (const Entry &e : entries) {
        if (e.sent <= 0)
            continue;
        const int target = e.lb >= 0 ? lbs[size_t(e.lb)].node : instances[size_t(e.instance)].node;
        const double failed = e.reachable ? e.sent * share(target) : e.sent;
        if (!e.record.isEmpty()) {
            // internet -> record -> (Elastic IP ->) target
            int previous = internetNode;
            for (int hop : {nodeId(e.record), e.via.isEmpty() ? -1 : nodeId(e.via), target}) {
                if (hop < 0)
                    continue;
                LinkFlow &f = flows[size_t(flow(previous, hop))];
                f.rps += e.sent;
                f.failedRps += failed;
                previous = hop;
            }
        } else {
            LinkFlow &in = flows[size_t(flow(internetNode, target))];
            in.rps += e.sent;
            in.failedRps += failed;
        }
    }
    // The data tier: each app tier's calls to its databases and caches, and replication.
    const Settings &set = drill.settings;
    for (const Instance &in : instances) {
        if (in.unit < 0 || in.served <= 0)
            continue;
        const Unit &u = units[size_t(in.unit)];
        const int from = in.group >= 0 ? groups[size_t(in.group)].node : in.node;
        double hit = 0;
        for (int c : u.caches) {
            const Store &cs = stores[size_t(c)];
            LinkFlow &f = flows[size_t(flow(from, cs.node))];
            const double calls = in.served * set.readsPerRequest / double(u.caches.size());
            f.rps += calls;
            f.failedRps += cs.available ? 0 : calls;
            hit = std::max(hit, cs.available ? set.cacheHitRatio * cs.warmth : 0.0);
        }
        for (int db : u.databases) {
            const Store &s = stores[size_t(db)];
            LinkFlow &f = flows[size_t(flow(from, s.node))];
            const double calls = in.served * (set.readsPerRequest * (1 - hit) + set.writeShare) / double(u.databases.size());
            f.rps += calls;
            f.failedRps += calls * (s.available ? std::clamp(s.failedShare, 0.0, 1.0) : 1.0);
        }
    }
    for (const Store &s : stores) {
        if (s.writes <= 0)
            continue;
        for (int r : s.replicas) {
            if (stores[size_t(r)].source < 0)
                continue; // promoted: no longer replicating
            LinkFlow &f = flows[size_t(flow(s.node, stores[size_t(r)].node))];
            f.rps += s.writes;
            f.failedRps += stores[size_t(r)].available ? 0 : s.writes;
        }
    }
}

} // namespace skydraft::sim
