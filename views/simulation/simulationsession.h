#pragma once

#include "model/sim/simulation.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

namespace skydraft {

class Document;

/// One live run of the simulator over a frozen copy of the open design: the Simulation, the
/// PacedDriver that keeps it in step with the clock, and the snapshot of the current second
/// that the canvas, the charts and the panels observe (by resource id). Views hold no
/// simulated state of their own: they read it here after advanced().
///
/// Frames: a 60 Hz timer steps as many seconds as the speed asks. "As fast as possible" steps
/// for at most a frame's budget and yields, so the window keeps answering.
class SimulationSession : public QObject
{
    Q_OBJECT
public:
    /// Speeds offered; 0 is "as fast as possible".
    static QList<double> speeds() { return {1, 10, 60, 600, 0}; }

    explicit SimulationSession(QObject *parent = nullptr);
    ~SimulationSession() override;

    /// Starts a run of a copy of `design` (later edits to it do not reach the run) with
    /// `drill` (its duration, traffic, events and expectations), paused at 0.
    void start(const Document &design, sim::Drill drill);
    /// Ends the run.
    void stop();
    bool isActive() const { return m_sim != nullptr; }

    // --- controls
    void play();
    void pause();
    bool isPlaying() const { return m_playing; }
    /// One simulated second.
    void stepOnce();
    /// Runs up to just before the next drill event and pauses; returns that event's
    /// description (empty: none left).
    QString runToNextEvent();
    /// Goes to second `t`: backward from a checkpoint, forward by stepping; deterministic.
    void seek(double t);
    /// Back to 0 (the inserted events stay: the run is replayed).
    void reset() { seek(0); }
    /// 1, 10, 60, 600 times real time, or 0: as fast as possible.
    void setSpeed(double speed);
    double speed() const { return m_speed; }

    /// Plays `event` at the current second and records it in the drill (Save as Drill).
    void inject(sim::DrillEvent event);

    // --- what the views read
    const sim::Simulation *simulation() const { return m_sim.get(); }
    const Document *design() const { return m_design.get(); }
    double now() const { return m_sim ? m_sim->now() : 0; }
    double duration() const { return m_sim ? m_sim->duration() : 0; }
    /// The current second, by resource id (instances by their generated ids).
    const std::vector<sim::ResourceSnapshot> &snapshot() const { return m_snapshot; }
    const sim::ResourceSnapshot *state(const QString &id) const;
    /// The simulated instances of an Auto Scaling group, in launch order.
    QList<const sim::ResourceSnapshot *> instancesOf(const QString &group) const;
    const std::vector<sim::LinkFlow> &flows() const { return m_flows; }
    QStringList failedZones() const { return m_failedZones; }
    QStringList failedNatGateways() const { return m_failedNats; }
    /// Totals and every expectation evaluated on the series so far.
    sim::Summary summary() const;
    /// "fail-az us-east-1a" in words, for the timeline and the status bar.
    static QString describe(const sim::DrillEvent &event);

Q_SIGNALS:
    /// The simulated time moved (a frame, a step, a seek): read the snapshot again.
    void advanced();
    void started();
    void stopped();
    void playingChanged(bool playing);
    /// A drill event was added (inject).
    void drillChanged();
    /// The run reached its end.
    void finished();

public:
    /// One frame of playing: the seconds the clock asks for (at "as fast as possible", as many
    /// as fit in the frame's budget), then advanced(). The timer calls it while playing.
    void frame();

private:
    void publish();

    std::unique_ptr<Document> m_design;
    std::unique_ptr<sim::Simulation> m_sim;
    std::unique_ptr<sim::PacedDriver> m_driver;
    QElapsedTimer m_clock;
    QTimer m_timer;
    double m_speed = 10;
    bool m_playing = false;
    std::vector<sim::ResourceSnapshot> m_snapshot;
    QHash<QString, int> m_index;
    QHash<QString, QList<int>> m_members;
    std::vector<sim::LinkFlow> m_flows;
    QStringList m_failedZones;
    QStringList m_failedNats;
};

} // namespace skydraft
