#pragma once

#include "drill.h"
#include "metrics.h"

#include <QString>
#include <QStringList>

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

/// What a snapshot describes.
enum class SimKind { LoadBalancer, TargetGroup, AutoScalingGroup, Instance, Database, Cache };

/// How a resource (or simulated instance) stands. Instances: Pending (booting) .. Hung; groups
/// and load balancers: Active, Deploying, Degraded (serving below what they should), Down;
/// data stores: Available, FailingOver, Promoting, Down.
enum class SimState {
    Pending, InService, Unhealthy, Draining, Terminating, Failed, Hung, Deploying, Standby,
    Active, Degraded, Available, FailingOver, Promoting, Down
};

/// The load balancer's view of one target: not registered, registering (initial), healthy,
/// unhealthy, draining.
enum class TargetStatus { None, Initial, Healthy, Unhealthy, Draining };

/// Stable names for reports and the command line ("in-service", "failing-over"...).
QString kindName(SimKind kind);
QString stateName(SimState state);
QString targetStatusName(TargetStatus status);

/// One load-balancer node (one per enabled Availability Zone).
struct NodeSnapshot {
    QString zone;
    bool up = true;
    double dnsShare = 1; ///< share of clients resolving to it
};

/// How one resource (or simulated instance) stands at the current second.
struct ResourceSnapshot {
    QString id;
    SimKind kind = SimKind::Instance;
    SimState state = SimState::Active;
    QString parent;    ///< the group of an instance; empty otherwise
    QString zone;      ///< an instance's zone; a data store's primary zone
    QString standbyZone; ///< RDS Multi-AZ standby, Aurora replica or Redis replica zone
    double loadRps = 0;
    double failedRps = 0;
    double cpu = 0;    ///< percent
    double latencyMs = 0;
    bool healthy = true;
    int inService = 0; ///< groups and load balancers: healthy serving members
    int desired = 0;   ///< groups: desired capacity; target groups: registered targets
    int unhealthy = 0; ///< load balancers and target groups: unhealthy targets
    int replicas = 0;  ///< Aurora replicas, RDS read replicas
    int version = 0;   ///< instances: the application version they run
    TargetStatus target = TargetStatus::None; ///< instances: the worst of their registrations
    std::vector<NodeSnapshot> nodes;          ///< load balancers
};

/// Requests per second along one link of the design this second (internet -> record ->
/// load balancer -> target group -> group or instance -> database or cache; a database ->
/// its read replica for replicated writes), and how many of them fail on the way or further
/// down. `from` and `to` are design ids (`internet`: the design's Internet resource, or
/// "internet" when it has none); every (from, to) between design resources is a link of
/// Topology::links, the arrows of the canvas.
struct LinkFlow {
    QString from;
    QString to;
    double rps = 0;
    double failedRps = 0;
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
    /// What the run had to take for granted (networks defined outside the design).
    QStringList assumptions;
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

    /// Requests per link in the last second simulated (links that carried nothing left out).
    std::vector<LinkFlow> flows() const;
    /// The zones that are down.
    QStringList failedZones() const;
    /// NAT gateways of the design that are down (their zone failed).
    QStringList failedNatGateways() const;

    /// The drill being played, with every event inserted so far.
    const Drill &drill() const;
    /// Adds an event at the current second (its `at` is set to now()) and plays it in the next
    /// step. What was simulated past now is forgotten (a new future). Returns the event.
    DrillEvent insertEvent(DrillEvent event);
    /// Goes to second `t` (0..duration): forward by stepping, backward from the nearest
    /// checkpoint (one is kept every checkpointInterval() seconds). The result is exactly the
    /// state a run from 0 reaches at `t`: series and timeline included.
    void seek(double t);
    /// Sets how often a checkpoint is kept (0: none, seek back re-runs from 0; the default, as
    /// a headless run never goes back). A live view keeps one a minute or so.
    void setCheckpointInterval(int seconds);
    int checkpointInterval() const;
    /// Where the traffic enters, by design id: the Route 53 records that point somewhere, else
    /// the internet-facing load balancers, else the instances with a public address (only the
    /// drill's `entry` when it names one). Empty: the design has no entry point and every
    /// request fails.
    QStringList entryPoints() const;
    /// The time of the next drill event at or after now(), or a negative number when none.
    double nextEventTime() const;

private:
    struct State;
    struct Checkpoint;
    void stepAndKeep();
    void keepCheckpoint();
    std::unique_ptr<State> d;
    std::vector<Checkpoint> m_checkpoints; ///< in time order
    int m_checkpointInterval = 0;
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
    /// Starts counting from the simulation's time now (after a seek or a step by hand).
    void sync();

private:
    Simulation &m_sim;
    std::function<double()> m_clock;
    double m_speed;
    double m_anchorClock = 0;
    double m_anchorSim = 0;
    bool m_paused = false;
};

} // namespace skydraft::sim
