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

int Simulation::State::flow(const QString &from, const QString &to)
{
    const QString key = from + QChar(u'\n') + to;
    const auto it = flowIndex.constFind(key);
    if (it != flowIndex.constEnd())
        return *it;
    flows.push_back({from, to, 0, 0});
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
    // End-to-end failed share of what reaches each resource.
    QHash<QString, std::pair<double, double>> reached; // id -> (offered, failed)
    for (const Instance &in : instances) {
        if (in.offered <= 0)
            continue;
        auto &own = reached[in.id];
        own.first += in.offered;
        own.second += in.endFailed;
        if (in.group >= 0) {
            auto &group = reached[groups[size_t(in.group)].id];
            group.first += in.offered;
            group.second += in.endFailed;
        }
    }
    auto share = [&](const QString &id) {
        const auto v = reached.value(id);
        return v.first > 0 ? std::clamp(v.second / v.first, 0.0, 1.0) : 0.0;
    };
    // Pools and their targets, then load balancers and their pools.
    for (const Pool &p : pools) {
        double failed = p.failed;
        for (LinkFlow &f : flows)
            if (f.from == p.id && f.rps > 0) {
                f.failedRps = f.rps * share(f.to);
                failed += f.failedRps;
            }
        if (p.offered > 0)
            reached[p.id] = {p.offered, std::min(p.offered, failed)};
    }
    for (const LoadBalancer &lb : lbs) {
        double failed = lb.ownFailed;
        for (LinkFlow &f : flows)
            if (f.from == lb.id && f.to != lb.id && f.rps > 0) {
                f.failedRps = f.rps * share(f.to);
                failed += f.failedRps;
            }
        if (lb.offered > 0) {
            // A Classic Load Balancer's pool is itself: its refusals and its targets' failures.
            const auto pool = reached.value(lb.id);
            reached[lb.id] = {lb.offered, std::min(lb.offered, failed + (pool.first > 0 ? pool.second : 0))};
        }
    }
    // Entries: internet -> record -> load balancer or instance (or its Elastic IP -> the
    // instance), or internet -> load balancer.
    for (const Entry &e : entries) {
        if (e.sent <= 0)
            continue;
        const QString target = e.lb >= 0 ? lbs[size_t(e.lb)].id : instances[size_t(e.instance)].id;
        const double failed = e.reachable ? e.sent * share(target) : e.sent;
        if (!e.record.isEmpty()) {
            // internet -> record -> (Elastic IP ->) target
            QString previous = internetId;
            for (const QString &hop : {e.record, e.via, target}) {
                if (hop.isEmpty())
                    continue;
                LinkFlow &f = flows[size_t(flow(previous, hop))];
                f.rps += e.sent;
                f.failedRps += failed;
                previous = hop;
            }
        } else {
            LinkFlow &in = flows[size_t(flow(internetId, target))];
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
        const QString from = in.group >= 0 ? groups[size_t(in.group)].id : in.id;
        double hit = 0;
        for (int c : u.caches) {
            const Store &cs = stores[size_t(c)];
            LinkFlow &f = flows[size_t(flow(from, cs.id))];
            const double calls = in.served * set.readsPerRequest / double(u.caches.size());
            f.rps += calls;
            f.failedRps += cs.available ? 0 : calls;
            hit = std::max(hit, cs.available ? set.cacheHitRatio * cs.warmth : 0.0);
        }
        for (int db : u.databases) {
            const Store &s = stores[size_t(db)];
            LinkFlow &f = flows[size_t(flow(from, s.id))];
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
            LinkFlow &f = flows[size_t(flow(s.id, stores[size_t(r)].id))];
            f.rps += s.writes;
            f.failedRps += stores[size_t(r)].available ? 0 : s.writes;
        }
    }
}

} // namespace skydraft::sim
