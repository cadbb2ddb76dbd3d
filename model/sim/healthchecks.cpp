// Load-balancer health checks, registration and deregistration (draining).
//
// Each registration checks on its own clock: the first check at a random phase within one
// interval (seeded), then every interval. A check of an instance that answers passes at once;
// one that does not answer fails when the timeout runs out. `unhealthy` consecutive failures
// mark the target unhealthy, `healthy` consecutive passes healthy; a target newly registered
// with an ALB needs one pass (aws-behavior.md). So a target that stops answering at time f is
// marked unhealthy between (unhealthy-1) x interval + timeout and unhealthy x interval + timeout
// after f.

#include "simstate.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace skydraft::sim {

namespace {

/// Whether the instance answered at time `at`, within the current second.
bool answersAt(const Instance &in, double at)
{
    const bool now = in.answers();
    return at >= in.answerChangedAt ? now : !now;
}

} // namespace

void Simulation::State::registerInstance(int instance, double at, bool alreadyHealthy)
{
    const Instance &in = instances[size_t(instance)];
    std::vector<int> targetPools;
    if (in.group >= 0)
        targetPools = groups[size_t(in.group)].pools;
    else
        for (size_t p = 0; p < pools.size(); ++p)
            if (std::find(pools[p].staticTargets.begin(), pools[p].staticTargets.end(), in.id) != pools[p].staticTargets.end())
                targetPools.push_back(int(p));
    for (int pi : targetPools) {
        Pool &p = pools[size_t(pi)];
        auto existing = std::find_if(p.regs.begin(), p.regs.end(), [&](const Registration &r) { return r.instance == instance; });
        if (existing != p.regs.end()) { // re-registered after a deployment: starts again
            setHealth(*existing, TargetHealth::Draining);
            p.regs.erase(existing);
        }
        Registration r;
        r.instance = instance;
        r.health = TargetHealth::Draining; // not counted until setHealth() below
        setHealth(r, alreadyHealthy ? TargetHealth::Healthy : TargetHealth::Initial);
        r.passes = alreadyHealthy ? p.healthyThreshold : 0;
        r.nextCheck = at + rng.uniform() * p.interval;
        r.healthySince = alreadyHealthy ? -kNever : at;
        p.regs.push_back(r);
    }
}

void Simulation::State::deregisterInstance(int instance, double at)
{
    loseSessions(instance, at, SimMsg::tr("deregistered; its users move to another target"));
    const Instance &in = instances[size_t(instance)];
    const int pools = std::max(1, in.registrations); // its load is split between them
    for (Pool &p : this->pools)
        for (Registration &r : p.regs)
            if (r.instance == instance && r.health != TargetHealth::Draining) {
                setHealth(r, TargetHealth::Draining);
                r.drainUntil = at + p.deregistrationDelay;
                // In flight (Little's law: rate x time in the system); each request's remaining
                // time is exponential, so exp(-delay / mean) of them outlast the delay.
                if (in.answers() && in.served > 0 && in.latency > 0)
                    r.cut = in.served * in.latency * std::exp(-p.deregistrationDelay / in.latency) / pools;
            }
}

void Simulation::State::setHealth(Registration &r, TargetHealth health)
{
    Instance &in = instances[size_t(r.instance)];
    auto count = [&](TargetHealth h, int sign) {
        if (h == TargetHealth::Draining)
            return;
        in.registrations += sign;
        in.notHealthy += h != TargetHealth::Healthy ? sign : 0;
        in.unhealthy += h == TargetHealth::Unhealthy ? sign : 0;
    };
    count(r.health, -1);
    r.health = health;
    count(r.health, +1);
}

bool Simulation::State::isRegistered(int instance) const
{
    return instances[size_t(instance)].registrations > 0;
}

bool Simulation::State::lbHealthy(int instance) const
{
    return instances[size_t(instance)].notHealthy == 0;
}

double Simulation::State::drainDelay(int instance) const
{
    double delay = 0;
    for (const Pool &p : pools)
        for (const Registration &r : p.regs)
            if (r.instance == instance)
                delay = std::max(delay, p.deregistrationDelay);
    return delay;
}

int Simulation::State::healthyTargets(const Pool &pool) const
{
    int n = 0;
    for (const Registration &r : pool.regs)
        n += r.health == TargetHealth::Healthy ? 1 : 0;
    return n;
}

void Simulation::State::runHealthChecks(double until)
{
    for (Pool &p : pools) {
        for (Registration &r : p.regs) {
            if (r.health == TargetHealth::Draining)
                continue;
            const Instance &in = instances[size_t(r.instance)];
            for (;;) {
                if (r.pendingAt < until) {
                    const double at = r.pendingAt;
                    r.pendingAt = kNever;
                    if (r.pendingPass) {
                        r.fails = 0;
                        ++r.passes;
                        const int need = r.health == TargetHealth::Initial && p.kind == LbKind::Application ? 1 : p.healthyThreshold;
                        if (r.health != TargetHealth::Healthy && r.passes >= need) {
                            setHealth(r, TargetHealth::Healthy);
                            r.healthySince = at;
                            note(at, u"target-healthy"_s, in.id,
                                 SimMsg::tr("healthy in %1 after %n passed check(s)", nullptr, r.passes).arg(p.id));
                        }
                    } else {
                        r.passes = 0;
                        ++r.fails;
                        if (r.health != TargetHealth::Unhealthy && r.fails >= p.unhealthyThreshold) {
                            setHealth(r, TargetHealth::Unhealthy);
                            note(at, u"target-unhealthy"_s, in.id,
                                 SimMsg::tr("unhealthy in %1 after %n failed check(s)", nullptr, r.fails).arg(p.id));
                            loseSessions(r.instance, at, SimMsg::tr("unhealthy; its users move to another target"));
                        }
                    }
                    continue;
                }
                if (r.pendingAt == kNever && r.nextCheck < until) {
                    const double at = r.nextCheck;
                    // A health check waits in the application's queue like a request.
                    r.pendingPass = answersAt(in, at) && in.queueWait < p.timeout;
                    r.pendingAt = r.pendingPass ? at : at + p.timeout;
                    r.nextCheck += p.interval;
                    continue;
                }
                break;
            }
        }
        // Deregistered targets leave when their delay ends; requests still in flight are cut.
        p.regs.erase(std::remove_if(p.regs.begin(), p.regs.end(),
                                    [&](const Registration &r) {
                                        if (r.health != TargetHealth::Draining || r.drainUntil >= until)
                                            return false;
                                        if (r.cut >= 0.01) {
                                            cutRequests += r.cut;
                                            note(r.drainUntil, u"requests-cut"_s, instances[size_t(r.instance)].id,
                                                 SimMsg::tr("%1 request(s) still in flight when the deregistration delay (%2 s) of %3 ended")
                                                     .arg(r.cut, 0, 'f', 2).arg(p.deregistrationDelay).arg(p.id));
                                        }
                                        return true;
                                    }),
                     p.regs.end());
    }
}

} // namespace skydraft::sim
