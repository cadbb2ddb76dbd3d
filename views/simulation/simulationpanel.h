#pragma once

#include "model/sim/drill.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;
class QToolButton;
class QTreeWidget;

namespace skydraft {

class SimulationSession;

/// The controls of a live run: play / pause, step, run to the next event, speed, reset, a
/// time slider over the whole run, the traffic (rate and shape, changed while running), the
/// drill (built-in or a file) with its expectations' live status and verdict, and the
/// timeline: events past and upcoming; clicking one seeks there.
class SimulationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SimulationPanel(SimulationSession *session, QWidget *parent = nullptr);

    /// Offers these drills (display name, resource or file path) in the drill box.
    void setDrills(const QList<std::pair<QString, QString>> &drills);
    QString currentDrill() const;

    QToolButton *playButton() const { return m_play; }
    QSlider *slider() const { return m_slider; }
    QTreeWidget *timeline() const { return m_timeline; }
    QTreeWidget *expectations() const { return m_expect; }
    QLabel *verdict() const { return m_verdict; }
    QLabel *message() const { return m_message; }

    /// Applies the traffic fields: a set-rps event at the current second.
    void applyTraffic();
    /// "1:02:03" for a number of seconds.
    static QString clockText(double seconds);

Q_SIGNALS:
    /// The user chose another drill in the box (its path), or "no drill" (empty).
    void drillChosen(const QString &path);
    void openDrillRequested();
    void saveDrillRequested();

private:
    void updateTime();
    void updateTimeline();
    void updateExpectations();
    void updatePlaying(bool playing);

    QPointer<SimulationSession> m_session;
    QToolButton *m_play;
    QToolButton *m_step;
    QToolButton *m_next;
    QToolButton *m_reset;
    QComboBox *m_speed;
    QLabel *m_clock;
    QSlider *m_slider;
    QDoubleSpinBox *m_rps;
    QComboBox *m_shape;
    QDoubleSpinBox *m_peak;
    QPushButton *m_applyTraffic;
    QComboBox *m_drill;
    QTreeWidget *m_expect;
    QLabel *m_verdict;
    QTreeWidget *m_timeline;
    QLabel *m_message;
    int m_timelineShown = -1;
    int m_eventsShown = -1;
    bool m_seeking = false;
};

} // namespace skydraft
