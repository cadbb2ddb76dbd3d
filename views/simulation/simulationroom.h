#pragma once

#include "model/sim/drill.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QFrame;
class QMenu;

namespace skydraft {

class ChartsPanel;
class SimulationOverlay;
class SimulationPanel;
class SimulationSession;
class TrafficLayer;
class Workbench;

/// The live simulation in the designer: Simulate (F5) freezes the design and runs it; the
/// canvas shows states and moving requests (overlay and traffic layer), the charts and the
/// controls dock around it, the right-click menu injects failures and operations, and Stop
/// (Esc) returns to editing with the design exactly as it was. It lives in the window through
/// the Workbench interface only.
class SimulationRoom : public QObject
{
    Q_OBJECT
public:
    explicit SimulationRoom(Workbench *workbench, QObject *parent = nullptr);
    ~SimulationRoom() override;

    SimulationSession *session() const { return m_session; }
    SimulationPanel *panel() const { return m_panel; }
    ChartsPanel *charts() const { return m_charts; }
    SimulationOverlay *overlay() const { return m_overlay; }
    TrafficLayer *traffic() const { return m_traffic; }
    QAction *simulateAction() const { return m_simulate; }
    QAction *stopAction() const { return m_stop; }
    QAction *playAction() const { return m_playPause; }

    /// Starts a run of the open design with the drill at `drillPath` (a file or ":/drills/..."),
    /// or a constant-traffic hour without. False with `error` when the drill cannot be used.
    bool start(const QString &drillPath = {}, QString *error = nullptr);
    void stop();
    bool isRunning() const;

    /// The built-in drills that fit the open design (every target exists): name, path.
    QList<std::pair<QString, QString>> drillsForDesign() const;
    /// Writes the run's drill (what was played and injected) to `path`.
    bool saveDrill(const QString &path, QString *error = nullptr) const;
    /// The right-click menu for the canvas at `scenePos` (nullptr when nothing there takes
    /// an action). Public for tests.
    QMenu *contextMenu(const QPointF &scenePos, QWidget *parent);
    /// Writes the series as `skydraft simulate --csv` does.
    bool exportSeries(const QString &path, QString *error = nullptr) const;
    /// Writes the drill report of the run so far (.html/.htm or .pdf by the extension), as
    /// `skydraft simulate --report` does.
    bool exportReport(const QString &path, QString *error = nullptr) const;

private:
    void createActions();
    void updateActions();
    void inject(const QString &action, const QString &target, const std::function<void(sim::DrillEvent &)> &more = {});

    Workbench *m_workbench;
    SimulationSession *m_session;
    SimulationOverlay *m_overlay = nullptr;
    TrafficLayer *m_traffic = nullptr;
    SimulationPanel *m_panel = nullptr;
    ChartsPanel *m_charts = nullptr;
    QDockWidget *m_panelDock = nullptr;
    QDockWidget *m_chartsDock = nullptr;
    QFrame *m_banner = nullptr;
    QAction *m_simulate = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_playPause = nullptr;
    QAction *m_saveDrill = nullptr;
    QAction *m_exportCharts = nullptr;
    QAction *m_exportSeries = nullptr;
    QAction *m_exportReport = nullptr;
    QString m_drillPath;
};

} // namespace skydraft
