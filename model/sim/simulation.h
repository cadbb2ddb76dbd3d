#pragma once

#include "drill.h"
#include "metrics.h"

#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace skydraft {
class Document;
}

namespace skydraft::sim {

/// A named moment of a run (product.md: instance-launched, target-unhealthy, az-failed...).
struct TimelineEvent {
    double t = 0;       ///< seconds, exact for health checks (sub-second)
    QString event;
    QString component;  ///< resource id (or generated instance id, zone name)
    QString detail;
};

/// How one resource (or simulated instance) stands at the current second.
struct ResourceSnapshot {
    QString id;
    QString kind;      ///< "instance", "auto-scaling-group", "load-balancer", "database", "cache", ...
    QString state;     ///< "pending", "in-service", "draining", "failed", "available", "failing-over", ...
    QString parent;    ///< the group of an instance; the design id otherwise
    QString zone;
    double loadRps = 0;
    double cpu = 0;    ///< percent
    double latencyMs = 0;
    bool healthy = true;
    int inService = 0; ///< groups and load balancers: healthy serving members
};

struct ExpectationResult {
    Expectation expectation;
    double actual = 0;
    bool passed = false;
};

struct Summary {
    double duration = 0;
    quint64 seed = 0;
    double requests = 0;
    double errors = 0;
    double errorRate = 0;
    double p50 = 0, p95 = 0, p99 = 0; ///< seconds
    std::vector<ExpectationResult> expectations;
    bool passed = true;
};

/// A deterministic, fixed-step (1 s) simulation of traffic through a design.
///
/// Traffic is a fluid: rates per second along each path, not request objects, so an hour at
/// 1,000 requests/s costs 3,600 steps. Timed things inside a step (health checks, failovers)
/// keep their exact times. One seeded generator (splitmix64) drives every random choice; the
/// order of everything follows the document, so one design, drill and seed give the same bytes.
/// The simulation reads the document at construction, at reset() and for zone events: the
/// document must outlive it and not change under it (build a new one after an edit).
class Simulation
{
public:
    Simulation(const Document &doc, Drill drill, quint64 seed);
    ~Simulation();
    Simulation(const Simulation &) = delete;
    Simulation &operator=(const Simulation &) = delete;

    /// Advances one second.
    void step();
    /// Steps until `until` seconds (capped at the drill's duration).
    void run(double until);
    /// Runs the whole drill.
    void runToEnd() { run(duration()); }
    /// Back to t = 0 with the same design, drill and seed.
    void reset();

    double now() const;
    double duration() const;
    bool finished() const { return now() >= duration(); }

    std::vector<ResourceSnapshot> snapshot() const;
    const MetricStore &metrics() const;
    const std::vector<TimelineEvent> &timeline() const;
    /// Totals so far and every expectation evaluated on the series so far.
    Summary summary() const;

    /// Records per-instance series (load, CPU, latency) as well as the groups'; on by default.
    void setRecordInstanceSeries(bool on);

private:
    struct State;
    std::unique_ptr<State> d;
};

/// Runs a simulation in step with a clock for a live view: `advance()` steps as many seconds
/// as the clock says have passed (times `speed`). The clock is a function so the model needs
/// no timer; the GUI passes its QElapsedTimer.
class PacedDriver
{
public:
    PacedDriver(Simulation &sim, std::function<double()> clockSeconds, double speed = 1.0);
    /// Steps up to the clock; returns how many steps were taken.
    int advance();
    void pause();
    void resume();
    bool paused() const { return m_paused; }
    void setSpeed(double speed);

private:
    Simulation &m_sim;
    std::function<double()> m_clock;
    double m_speed;
    double m_anchorClock = 0;
    double m_anchorSim = 0;
    bool m_paused = false;
};

} // namespace skydraft::sim
