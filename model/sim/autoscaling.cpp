// Auto Scaling groups: launches into the zone with the fewest instances, replacement of
// unhealthy instances (EC2 or ELB health-check type, after the grace period), scaling policies
// (target tracking, step, simple) on one-minute CloudWatch datapoints, warm-up, cooldown,
// rebalancing after a zone recovers, and the termination policies.

#include "simstate.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace skydraft::sim {

namespace {

bool breaches(const QString &comparison, double value, double threshold)
{
    if (comparison == u"GreaterThanThreshold"_s)
        return value > threshold;
    if (comparison == u"LessThanThreshold"_s)
        return value < threshold;
    if (comparison == u"LessThanOrEqualToThreshold"_s)
        return value <= threshold;
    return value >= threshold;
}

/// Whether the last `n` datapoints hold at least `m` breaches (M of N).
bool alarmOn(std::vector<char> &history, bool breach, int n, int m)
{
    history.push_back(breach ? 1 : 0);
    if (int(history.size()) > n)
        history.erase(history.begin());
    return int(history.size()) >= std::min(n, m) && std::count(history.begin(), history.end(), 1) >= m;
}

} // namespace

int Simulation::State::launch(int group, double at, bool green)
{
    Group &g = groups[size_t(group)];
    std::vector<int> perZone(g.zones.size(), 0);
    for (int m : g.members) {
        const Instance &in = instances[size_t(m)];
        const bool alive = !in.terminating && (in.life == Life::Pending || in.life == Life::InService);
        if (!alive || in.green != green)
            continue;
        for (size_t z = 0; z < g.zones.size(); ++z)
            if (g.zones[z].first == in.zone)
                ++perZone[z];
    }
    int best = -1;
    for (size_t z = 0; z < g.zones.size(); ++z) {
        if (isZoneDown(g.zones[z].first))
            continue;
        // Several subnets in one zone count once: compare by zone.
        if (best < 0 || perZone[z] < perZone[size_t(best)])
            best = int(z);
    }
    if (best < 0)
        return -1;
    Instance in;
    in.serial = g.nextSerial++;
    in.id = g.id + u'-' + QString::number(in.serial);
    in.group = group;
    in.unit = g.unit;
    in.zone = g.zones[size_t(best)].first;
    in.subnet = g.zones[size_t(best)].second;
    in.node = nodeId(in.id);
    in.zoneKey = nodeId(in.zone);
    in.cap = g.cap;
    in.launchedAt = at;
    in.readyAt = at + g.cap.bootSeconds;
    in.version = green ? g.deploy.toVersion : g.version;
    in.badVersion = green && !g.deploy.healthy;
    in.errorShare = green ? g.deploy.errorRate : g.errorShare;
    in.green = green;
    in.hung = g.blocked; // the same security groups as the rest of the group
    instanceIndex.insert(in.id, int(instances.size()));
    instances.push_back(in);
    g.members.push_back(int(instances.size() - 1));
    if (at >= 0) {
        note(at, u"instance-launched"_s, in.id, SimMsg::tr("launched in %1 for %2").arg(in.zone, g.id));
        if (g.blocked)
            note(at, u"blocked"_s, in.id, SimMsg::tr("the load balancer cannot reach the instance on the target port"));
    }
    return int(instances.size() - 1);
}

void Simulation::State::terminate(int instance, double at, const QString &reason)
{
    Instance &in = instances[size_t(instance)];
    if (in.terminating || in.life == Life::Terminated)
        return;
    in.terminating = true;
    const bool registered = isRegistered(instance);
    in.terminateAt = at + (registered ? drainDelay(instance) : 0);
    deregisterInstance(instance, at);
    if (!reason.isEmpty())
        note(at, u"instance-terminating"_s, in.id, reason);
}

int Simulation::State::pickForTermination(int group, const std::vector<int> &candidates)
{
    const Group &g = groups[size_t(group)];
    std::vector<int> pool = candidates;
    auto keep = [&](auto better) { // keeps the candidates that tie for the best key
        auto best = *std::max_element(pool.begin(), pool.end(), [&](int a, int b) { return better(a) < better(b); });
        const auto value = better(best);
        pool.erase(std::remove_if(pool.begin(), pool.end(), [&](int i) { return better(i) != value; }), pool.end());
    };
    const double now = t;
    auto billing = [&](int i) { return std::fmod(now - instances[size_t(i)].launchedAt + 36000.0, 3600.0); };
    if (g.termination == u"OldestInstance"_s)
        keep([&](int i) { return -instances[size_t(i)].launchedAt; });
    else if (g.termination == u"NewestInstance"_s)
        keep([&](int i) { return instances[size_t(i)].launchedAt; });
    else if (g.termination == u"OldestLaunchTemplate"_s)
        keep([&](int i) { return double(-instances[size_t(i)].version); });
    else if (g.termination == u"ClosestToNextInstanceHour"_s)
        keep(billing);
    else {
        // Default: the zone with the most instances, then the oldest launch template, then the
        // one closest to the next billing hour, then at random.
        keep([&](int i) {
            int n = 0;
            for (int m : g.members)
                n += instances[size_t(m)].counted() && instances[size_t(m)].zone == instances[size_t(i)].zone ? 1 : 0;
            return double(n);
        });
        keep([&](int i) { return double(-instances[size_t(i)].version); });
        keep(billing);
    }
    return pool[size_t(rng.next() % pool.size())];
}

void Simulation::State::manageGroups(double at)
{
    for (size_t gi = 0; gi < groups.size(); ++gi) {
        for (int m : groups[gi].members) {
            Instance &in = instances[size_t(m)];
            if (in.terminating && in.terminateAt <= at && in.life != Life::Terminated) {
                in.life = Life::Terminated;
                note(in.terminateAt, u"instance-terminated"_s, in.id, SimMsg::tr("terminated"));
            }
        }
        Group &g = groups[gi];
        g.members.erase(std::remove_if(g.members.begin(), g.members.end(),
                                       [&](int m) { return instances[size_t(m)].life == Life::Terminated; }),
                        g.members.end());

        // Health: a stopped instance once its EC2 status check has failed (60-120 s); the load
        // balancer's verdict once the grace period, counted from InService, has passed.
        const std::vector<int> members = g.members;
        for (int m : members) {
            const Instance &in = instances[size_t(m)];
            if (!in.counted() || in.deploying)
                continue;
            const bool ec2Says = in.crashed && in.statusCheckAt < at;
            const bool elbSays = g.elbHealth && in.unhealthy > 0 && in.life == Life::InService && at >= in.readyAt + g.grace;
            if (ec2Says || elbSays) {
                instances[size_t(m)].replaced = true;
                terminate(m, ec2Says && !elbSays ? in.statusCheckAt : at,
                          ec2Says && !elbSays ? SimMsg::tr("EC2 status check failed; replacing")
                                              : SimMsg::tr("unhealthy by the load balancer's health check; replacing"));
            }
        }

        // Pending: launched but not yet serving (booting, or not yet healthy in its load balancer).
        int counted = 0, pending = 0;
        for (int m : g.members) {
            const Instance &in = instances[size_t(m)];
            if (in.counted()) {
                ++counted;
                const bool serving = in.life == Life::InService && (g.pools.empty() || (isRegistered(m) && lbHealthy(m)));
                pending += serving || in.crashed || in.hung || in.badVersion ? 0 : 1;
            }
        }
        // Rebalancing: the extra instance is in service, so the group may shrink back.
        if (g.extra > 0 && pending == 0 && counted >= g.desired + g.extra)
            g.extra = 0;
        while (counted < g.desired + g.extra) {
            if (launch(int(gi), at) < 0)
                break;
            ++counted;
            ++pending;
        }
        Group &gr = groups[gi]; // launch() may have grown the vectors
        if (counted > gr.desired + gr.extra && pending == 0 && !gr.deploy.active) {
            std::vector<int> candidates;
            for (int m : gr.members)
                if (instances[size_t(m)].counted() && instances[size_t(m)].life == Life::InService)
                    candidates.push_back(m);
            for (int k = counted - gr.desired - gr.extra; k > 0 && !candidates.empty(); --k) {
                const int victim = pickForTermination(int(gi), candidates);
                candidates.erase(std::find(candidates.begin(), candidates.end(), victim));
                terminate(victim, at, SimMsg::tr("scale-in: desired capacity %1").arg(gr.desired));
            }
        }
        // After a zone recovers: launch in the emptiest zone first, then terminate in the fullest.
        if (gr.extra == 0 && pending == 0 && !gr.deploy.active && int(at) % 60 == 0) {
            int most = -1, least = 1 << 30;
            for (const auto &[zone, subnet] : gr.zones) {
                if (isZoneDown(zone))
                    continue;
                int n = 0;
                for (int m : gr.members)
                    n += instances[size_t(m)].counted() && instances[size_t(m)].zone == zone ? 1 : 0;
                most = std::max(most, n);
                least = std::min(least, n);
            }
            if (most - least >= 2) {
                gr.extra = 1;
                note(at, u"rebalance"_s, gr.id, SimMsg::tr("zones hold %1 and %2 instances; rebalancing").arg(most).arg(least));
            }
        }
    }
}

void Simulation::State::evaluatePolicies(int group, double at)
{
    Group &g = groups[size_t(group)];
    const bool noData = g.minuteSamples == 0;
    const double cpu = noData ? 0 : g.minuteCpu / g.minuteSamples;
    const double perTarget = noData ? 0 : g.minuteRequests / g.minuteSamples * 60;
    g.minuteCpu = g.minuteRequests = 0;
    g.minuteSamples = 0;
    // Policies keep working during a deployment; terminations wait for its end (manageGroups).
    // A minute without a warm instance has no datapoint: the alarms keep their state.
    if (g.policies.empty() || noData)
        return;

    int warming = 0, warm = 0;
    bool activityRunning = false;     // the last scaling's launches are not all in service yet
    double activityDoneAt = g.lastScaleAt; // the initial fleet is no scaling activity
    for (int m : g.members) {
        const Instance &in = instances[size_t(m)];
        if (!in.counted())
            continue;
        if (g.lastScaleAt > kNoScaling && in.launchedAt >= g.lastScaleAt) {
            activityRunning = activityRunning || in.life == Life::Pending;
            activityDoneAt = std::max(activityDoneAt, in.readyAt);
        }
        const bool isWarming = in.life == Life::Pending || at < in.readyAt + g.warmup;
        warming += isWarming ? 1 : 0;
        warm += !isWarming && !in.deploying ? 1 : 0; // out for a deployment: not in the metric
    }
    // The metric comes from the warm instances only; the capacity it asks for is counted
    // against them too, so warming instances already launched are not launched again.
    const int before = g.desired;
    // Policies that disagree: the largest capacity wins, out and in (ASG guide). A target
    // tracking policy that does not ask to scale in keeps the capacity; a step or simple
    // policy whose alarm is quiet asks nothing.
    int outTo = -1;
    int inTo = -1;
    bool keep = false;
    QString why;
    for (Policy &p : g.policies) {
        const double value = p.metric == u"ALBRequestCountPerTarget"_s ? perTarget : cpu;
        if (p.type == u"TargetTrackingScaling"_s) {
            const bool wasHigh = p.inAlarm;
            p.inAlarm = alarmOn(p.high, value > p.target, 3, 3);
            p.inLowAlarm = alarmOn(p.low, value < 0.9 * p.target, 15, 15);
            if (p.inAlarm && !wasHigh)
                note(at, u"alarm"_s, g.id, SimMsg::tr("%1: %2 %3 above the target %4 for 3 minutes").arg(p.name, p.metric).arg(value, 0, 'f', 1).arg(p.target));
            // Capacity that brings the metric to the target, rounded up (conservative both ways).
            const int want = warm > 0 ? int(std::ceil(warm * value / p.target - 1e-9)) : g.desired;
            if (p.inAlarm && want > g.desired) {
                outTo = std::max(outTo, want);
                why = SimMsg::tr("%1: %2 at %3, target %4").arg(p.name, p.metric).arg(value, 0, 'f', 1).arg(p.target);
            }
            if (!(p.inLowAlarm && !p.disableScaleIn && warming == 0 && want < g.desired))
                keep = true;
            else
                inTo = std::max(inTo, want);
            continue;
        }
        if (int(at) % p.period != 0)
            continue;
        const bool was = p.inAlarm;
        p.inAlarm = alarmOn(p.high, breaches(p.comparison, value, p.threshold), p.evaluationPeriods, p.datapointsToAlarm);
        if (p.inAlarm && !was)
            note(at, u"alarm"_s, g.id, SimMsg::tr("%1: %2 %3 breached %4 in %5 of %6 periods").arg(p.name, p.metric).arg(value, 0, 'f', 1)
                                            .arg(p.threshold).arg(p.datapointsToAlarm).arg(p.evaluationPeriods));
        if (!p.inAlarm)
            continue;
        const bool simple = p.type == u"SimpleScaling"_s;
        // Simple scaling waits for the activity (launches in service) and then the cooldown,
        // its own or the group's default; not for warm-up (ASG guide).
        if (simple && (activityRunning || at < activityDoneAt + (p.cooldown >= 0 ? p.cooldown : g.cooldown)))
            continue;
        double adjustment = p.adjustment;
        int step = 0;
        if (!simple) {
            // Step scaling: the step whose band holds the breach (metric - threshold). Above
            // the threshold a band takes its lower bound and not its upper one; below it the
            // other way round (ASG API reference, StepAdjustment).
            const double breach = value - p.threshold;
            const bool below = p.comparison.startsWith(u"Less"_s);
            const auto band = std::find_if(p.steps.begin(), p.steps.end(), [&](const Step &st) {
                return below ? breach > st.lower && breach <= st.upper : breach >= st.lower && breach < st.upper;
            });
            if (band == p.steps.end())
                continue; // a breach outside every step: no adjustment
            adjustment = band->adjustment;
            step = int(band - p.steps.begin()) + 1;
        }
        // While instances warm, a step policy does not count them in the current capacity
        // (ASG guide, instance warm-up): a breach in the step already acted on asks for the
        // capacity already launched, so adds nothing; a higher step adds only the difference.
        // Scale-in waits for the warm-up to end.
        const bool warmingUp = !simple && warming > 0;
        const int base = warmingUp ? std::max(0, g.desired - warming) : g.desired;
        int next = g.desired;
        if (p.adjustmentType == u"ExactCapacity"_s)
            next = int(adjustment);
        else if (p.adjustmentType == u"PercentChangeInCapacity"_s) {
            const int change = int(base * adjustment / 100);
            next = base + (change == 0 ? (adjustment > 0 ? 1 : -1) : change);
        } else
            next = base + int(adjustment);
        if (warmingUp && next <= g.desired)
            continue;
        if (next == g.desired)
            continue;
        why = step > 0 && p.steps.size() > 1
            ? SimMsg::tr("%1: %2 at %3, step %4 of %5").arg(p.name, p.metric).arg(value, 0, 'f', 1).arg(step).arg(p.steps.size())
            : SimMsg::tr("%1: %2 at %3").arg(p.name, p.metric).arg(value, 0, 'f', 1);
        if (next > g.desired)
            outTo = std::max(outTo, next);
        else
            inTo = std::max(inTo, next);
    }
    if (outTo > g.desired)
        g.desired = std::min(g.maxSize, outTo);
    else if (!keep && inTo >= 0 && inTo < g.desired) {
        g.desired = std::max(g.minSize, inTo);
        if (why.isEmpty())
            why = SimMsg::tr("metric below the target for 15 minutes");
    }
    if (g.desired != before) {
        g.lastScaleAt = at;
        note(at, g.desired > before ? u"scale-out"_s : u"scale-in"_s, g.id,
             SimMsg::tr("desired %1 -> %2 (%3)").arg(before).arg(g.desired).arg(why));
    }
}

} // namespace skydraft::sim
