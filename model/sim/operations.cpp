// Drill events: failures, recoveries, rate changes, and deployments (rolling, blue/green,
// canary) played out over time.

#include "simstate.h"

#include "model/document.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace skydraft::sim {

namespace {
constexpr double kDeployGiveUp = 600; ///< a batch that never turns healthy fails the deployment
}

void Simulation::State::applyEvent(const DrillEvent &e)
{
    const double at = e.at;
    const QString &action = e.action;
    // A zone: its name, or an Availability Zone resource of the design.
    QString zone;
    if (const Resource *r = doc->find(e.target); r && r->type == ResourceType::AvailabilityZone)
        zone = r->string(u"zone"_s);
    else if (!doc->contains(e.target) && findInstance(e.target) < 0 && e.target.contains(u'-'))
        zone = e.target;

    if (action == u"set-rps"_s) {
        rpsOverride = e.value;
        trafficOverride = e.traffic;
        trafficSince = at;
        note(at, u"rps-changed"_s, QString(),
             e.traffic && e.traffic->shape != u"constant"_s
                 ? SimMsg::tr("%1 requests/s, %2 shape").arg(e.value).arg(e.traffic->shape)
                 : SimMsg::tr("%1 requests/s").arg(e.value));
        return;
    }
    if (action == u"fail-az"_s || (action == u"fail"_s && !zone.isEmpty())) {
        failZone(zone, at);
        return;
    }
    if (action == u"recover-az"_s || (action == u"recover"_s && !zone.isEmpty())) {
        recoverZone(zone, at);
        return;
    }
    if (natZone.contains(e.target) && (action == u"fail"_s || action == u"recover"_s)) {
        const bool fail = action == u"fail"_s;
        if (natFailed.value(e.target, false) == fail)
            return;
        natFailed.insert(e.target, fail);
        QStringList subnets;
        for (auto it = subnetEgress.cbegin(); it != subnetEgress.cend(); ++it)
            if (it.value() == e.target)
                subnets.append(it.key());
        subnets.sort();
        note(at, fail ? u"nat-failed"_s : u"nat-recovered"_s, e.target,
             fail ? SimMsg::tr("internet egress lost for %1").arg(subnets.join(u", "_s))
                  : SimMsg::tr("internet egress back for %1").arg(subnets.join(u", "_s)));
        return;
    }
    const int store = findStore(e.target);
    const int group = findGroup(e.target);
    int instance = findInstance(e.target);
    if (action == u"set-desired"_s && group >= 0) {
        Group &g = groups[size_t(group)];
        const int before = g.desired;
        g.desired = std::clamp(int(e.value), g.minSize, g.maxSize);
        note(at, g.desired >= before ? u"scale-out"_s : u"scale-in"_s, g.id, SimMsg::tr("desired %1 -> %2 (set by the drill)").arg(before).arg(g.desired));
        return;
    }
    if (action == u"deploy"_s && group >= 0) {
        startDeploy(group, e, at);
        return;
    }
    if (action == u"rollback"_s && group >= 0) {
        rollback(group, at);
        return;
    }
    if (action == u"promote"_s && store >= 0) {
        promoteReplica(store, at);
        return;
    }
    if (action == u"repoint"_s && store >= 0) {
        repoint(store, at);
        return;
    }
    if (store >= 0 && (action == u"fail"_s || action == u"reboot"_s)) {
        failStore(store, at, action == u"reboot"_s);
        return;
    }
    if (store >= 0 && action == u"recover"_s) {
        recoverStore(store, at);
        return;
    }
    if (group >= 0 && action == u"fail"_s) // the group's first serving instance
        for (int m : groups[size_t(group)].members)
            if (instances[size_t(m)].answers() && instances[size_t(m)].counted()) {
                instance = m;
                break;
            }
    if (instance >= 0 && (action == u"fail"_s || action == u"recover"_s || action == u"reboot"_s)) {
        Instance &in = instances[size_t(instance)];
        const bool wasAnswering = in.answers();
        if (action == u"fail"_s) {
            if (e.mode == u"hang"_s)
                in.hung = true;
            else
                crash(instance, at);
            note(at, u"instance-failed"_s, in.id, e.mode == u"hang"_s ? SimMsg::tr("the application stopped answering")
                                                                        : SimMsg::tr("the instance stopped"));
        } else if (action == u"reboot"_s) {
            loseSessions(instance, at, SimMsg::tr("rebooting"));
            in.deploying = true; // down for a boot, then back
            in.deployDoneAt = at + in.cap.bootSeconds;
            note(at, u"instance-rebooting"_s, in.id, SimMsg::tr("rebooting"));
        } else {
            in.crashed = false;
            in.hung = in.group >= 0 && groups[size_t(in.group)].blocked; // recovering does not open the network
            in.statusCheckAt = kNever;
            note(at, u"instance-recovered"_s, in.id, SimMsg::tr("answering again"));
        }
        if (wasAnswering != in.answers())
            in.answerChangedAt = at;
        return;
    }
    note(at, u"ignored"_s, e.target, SimMsg::tr("\"%1\" does not apply to %2").arg(action, e.target));
}

void Simulation::State::failZone(const QString &zone, double at)
{
    if (isZoneDown(zone))
        return;
    zoneDown.insert(zone, true);
    int lost = 0;
    for (size_t i = 0; i < instances.size(); ++i)
        if (instances[i].zone == zone && instances[i].life != Life::Terminated && !instances[i].crashed) {
            crash(int(i), at);
            ++lost;
        }
    int nodes = 0;
    for (LoadBalancer &lb : lbs)
        for (LbNode &n : lb.nodes)
            if (n.zone == zone && n.up)
                n.up = false, ++nodes;
    QStringList nats;
    for (const Resource *r : doc->resourcesOfType(ResourceType::NatGateway))
        if (doc->zoneOf(r->id) == zone)
            nats.append(r->id);
    note(at, u"az-failed"_s, zone,
         SimMsg::tr("%n instance(s) lost", nullptr, lost) + u"; "_s + SimMsg::tr("%n load-balancer node(s) lost", nullptr, nodes)
             + (nats.isEmpty() ? QString() : u"; "_s + SimMsg::tr("NAT gateways down: %1").arg(nats.join(u", "_s))));
    for (size_t i = 0; i < stores.size(); ++i) {
        Store &s = stores[i];
        if (s.kind == StoreKind::Memcached) {
            for (const QString &z : s.nodeZones)
                if (z == zone)
                    failStore(int(i), at, false, zone);
            continue;
        }
        if (s.primaryZone == zone)
            failStore(int(i), at, false);
        else if (s.standbyZone == zone && !s.failingOver)
            s.standbyZone.clear();
    }
}

void Simulation::State::recoverZone(const QString &zone, double at)
{
    if (!isZoneDown(zone))
        return;
    zoneDown.insert(zone, false);
    for (LoadBalancer &lb : lbs)
        for (LbNode &n : lb.nodes)
            if (n.zone == zone)
                n.up = true;
    for (Instance &in : instances)
        if (in.zone == zone && in.group < 0 && in.crashed) {
            in.crashed = false; // a stand-alone instance comes back with its zone
            in.statusCheckAt = kNever;
            in.answerChangedAt = at;
        }
    note(at, u"az-recovered"_s, zone, SimMsg::tr("the zone is back; groups rebalance"));
    for (size_t i = 0; i < stores.size(); ++i) {
        Store &s = stores[i];
        if (s.kind == StoreKind::Memcached) {
            for (const QString &z : s.nodeZones)
                if (z == zone)
                    recoverStore(int(i), at);
            continue;
        }
        if (s.down && s.primaryZone == zone)
            recoverStore(int(i), at);
        if (s.multiAz && s.standbyZone.isEmpty() && s.primaryZone != zone && s.zones.contains(zone))
            s.standbyZone = zone; // a new standby
    }
}

void Simulation::State::startDeploy(int group, const DrillEvent &e, double at)
{
    Group &g = groups[size_t(group)];
    if (g.deploy.active) {
        note(at, u"ignored"_s, g.id, SimMsg::tr("a deployment is already running"));
        return;
    }
    Deployment &dep = g.deploy;
    dep = Deployment{};
    dep.active = true;
    dep.strategy = e.strategy.isEmpty() ? u"rolling"_s : e.strategy;
    dep.batchSize = std::max(1, e.batchSize);
    dep.weight = std::clamp(e.weight, 0.01, 0.99);
    dep.healthy = e.healthy;
    dep.errorRate = e.errorRate;
    dep.toVersion = g.version + 1;
    dep.stageAt = at;
    int serving = 0;
    for (int m : g.members)
        serving += instances[size_t(m)].counted() ? 1 : 0;
    note(at, u"deploy-started"_s, g.id, SimMsg::tr("%1 deployment of version %2").arg(dep.strategy).arg(dep.toVersion));
    if (dep.strategy == u"blue-green"_s) {
        for (int k = 0; k < serving; ++k) {
            const int i = launch(group, at, true);
            if (i >= 0)
                groups[size_t(group)].deploy.fresh.push_back(i);
        }
    } else if (dep.strategy == u"canary"_s) {
        const int n = std::max(1, int(std::lround(serving * dep.weight)));
        for (int k = 0; k < n; ++k) {
            const int i = launch(group, at, false);
            if (i < 0)
                continue;
            instances[size_t(i)].version = dep.toVersion;
            instances[size_t(i)].badVersion = !dep.healthy;
            instances[size_t(i)].errorShare = dep.errorRate;
            groups[size_t(group)].deploy.fresh.push_back(i);
        }
    }
}

void Simulation::State::rollback(int group, double at)
{
    Group &g = groups[size_t(group)];
    std::vector<int> standby, current;
    for (int m : g.members)
        (instances[size_t(m)].life == Life::Standby ? standby : current).push_back(m);
    if (standby.empty() || g.deploy.active) {
        note(at, u"ignored"_s, g.id, SimMsg::tr("nothing to roll back to: no old group kept by a blue/green deployment"));
        return;
    }
    // The switch back: the kept group takes the traffic again, the new one is kept instead.
    for (int m : current) {
        Instance &in = instances[size_t(m)];
        if (!in.counted())
            continue;
        deregisterInstance(m, at);
        in.life = Life::Standby;
    }
    for (int m : standby) {
        Instance &in = instances[size_t(m)];
        in.life = Life::InService;
        in.answerChangedAt = at;
        registerInstance(m, at, true);
        g.version = in.version;
        g.errorShare = in.errorShare;
    }
    note(at, u"deploy-rolled-back"_s, g.id, SimMsg::tr("%n old instance(s) serve again", nullptr, int(standby.size())));
}

void Simulation::State::tickDeployments(double until)
{
    for (size_t gi = 0; gi < groups.size(); ++gi) {
        Group &g = groups[gi];
        Deployment &dep = g.deploy;
        if (!dep.active)
            continue;
        auto serving = [&](int i) {
            const Instance &in = instances[size_t(i)];
            return in.answers() && (g.pools.empty() || (isRegistered(i) && lbHealthy(i)));
        };
        auto fail = [&](const QString &why) {
            note(until - 1, u"deploy-failed"_s, g.id, why);
            for (int i : dep.fresh)
                terminate(i, until - 1, SimMsg::tr("rolled back"));
            for (int i : dep.batch) {
                Instance &in = instances[size_t(i)];
                in.version = g.version;
                in.errorShare = g.errorShare;
                if (in.badVersion) {
                    in.badVersion = false;
                    in.answerChangedAt = until - 1;
                }
            }
            dep.active = false;
        };
        auto complete = [&](const QString &detail) {
            g.version = dep.toVersion;
            g.errorShare = dep.errorRate;
            dep.active = false;
            note(until - 1, u"deploy-completed"_s, g.id, detail);
        };

        if (dep.strategy == u"blue-green"_s) {
            const Pool *first = g.pools.empty() ? nullptr : &pools[size_t(g.pools.front())];
            const double checks = first ? first->healthyThreshold * first->interval : 0;
            bool ready = !dep.fresh.empty();
            for (int i : dep.fresh) {
                const Instance &in = instances[size_t(i)];
                ready = ready && in.life == Life::InService && in.answers() && until >= in.readyAt + checks;
            }
            if (!ready) {
                if (until - dep.stageAt > kDeployGiveUp)
                    fail(SimMsg::tr("the green group never passed its health checks"));
                continue;
            }
            int kept = 0;
            for (int m : g.members) {
                Instance &in = instances[size_t(m)];
                if (in.counted() && std::find(dep.fresh.begin(), dep.fresh.end(), m) == dep.fresh.end()) {
                    deregisterInstance(m, until - 1);
                    in.life = Life::Standby;
                    ++kept;
                }
            }
            for (int i : dep.fresh) {
                instances[size_t(i)].green = false;
                registerInstance(i, until - 1, true);
            }
            complete(SimMsg::tr("switched to the green group; %n old instance(s) kept for rollback", nullptr, kept));
            continue;
        }

        if (dep.strategy == u"canary"_s) {
            bool healthy = !dep.fresh.empty();
            for (int i : dep.fresh)
                healthy = healthy && serving(i);
            if (dep.stage == 0) {
                if (healthy) {
                    dep.stage = 1;
                    dep.stageAt = until - 1;
                    note(until - 1, u"canary-serving"_s, g.id, SimMsg::tr("%1% of the traffic goes to the new version").arg(dep.weight * 100));
                } else if (until - dep.stageAt > kDeployGiveUp) {
                    fail(SimMsg::tr("the canary never passed its health checks"));
                }
                continue;
            }
            if (until - dep.stageAt < drill.settings.canaryBakeSeconds)
                continue;
            // Baked: the rest of the fleet follows in rolling batches.
            g.version = dep.toVersion - 1;
            dep.strategy = u"rolling"_s;
            dep.stage = 0;
            dep.fresh.clear();
        }

        // Rolling, in place: drain a batch, install, register again, wait for healthy.
        const double now = until - 1;
        if (dep.batch.empty()) {
            for (int m : g.members) {
                const Instance &in = instances[size_t(m)];
                if (int(dep.batch.size()) < dep.batchSize && in.counted() && in.life == Life::InService && in.version < dep.toVersion)
                    dep.batch.push_back(m);
            }
            if (dep.batch.empty()) {
                complete(SimMsg::tr("every instance runs version %1").arg(dep.toVersion));
                continue;
            }
            double drain = 0;
            for (int i : dep.batch) {
                drain = std::max(drain, isRegistered(i) ? drainDelay(i) : 0.0);
                deregisterInstance(i, now);
            }
            dep.stage = 1;
            dep.stageAt = now + drain;
            continue;
        }
        if (std::any_of(dep.batch.begin(), dep.batch.end(), [&](int i) { return !instances[size_t(i)].counted(); })) {
            fail(SimMsg::tr("instances of the new version failed their health checks and were replaced"));
            continue;
        }
        if (dep.stage == 1 && dep.stageAt < until) {
            for (int i : dep.batch) {
                Instance &in = instances[size_t(i)];
                in.deploying = true;
                in.answerChangedAt = dep.stageAt;
            }
            dep.stageAt += drill.settings.deploySeconds;
            dep.stage = 2;
        }
        if (dep.stage == 2 && dep.stageAt < until) {
            for (int i : dep.batch) {
                Instance &in = instances[size_t(i)];
                in.deploying = false;
                in.version = dep.toVersion;
                in.badVersion = !dep.healthy;
                in.errorShare = dep.errorRate;
                in.answerChangedAt = dep.stageAt;
                registerInstance(i, dep.stageAt, false);
            }
            dep.stage = 3;
        }
        if (dep.stage == 3) {
            const bool healthy = std::all_of(dep.batch.begin(), dep.batch.end(), serving);
            if (healthy)
                dep.batch.clear();
            else if (until - dep.stageAt > kDeployGiveUp)
                fail(SimMsg::tr("the new version never passed its health checks"));
        }
    }
    // Instances rebooted by a drill event come back after their boot.
    for (size_t i = 0; i < instances.size(); ++i) {
        Instance &in = instances[i];
        if (in.deploying && in.deployDoneAt < until) {
            in.deploying = false;
            in.answerChangedAt = in.deployDoneAt;
            in.deployDoneAt = kNever;
        }
    }
}

} // namespace skydraft::sim
