#pragma once

#include "model/learn/grading.h"

#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

class QAction;
class QDockWidget;
class QTimer;

namespace skydraft {

class Document;
class ScenarioPanel;
class Workbench;

/// Study mode in the window: Help > Study lists the scenarios; opening one loads its start
/// design and docks the scenario panel beside the canvas, whose checklist is graded again after
/// each burst of edits with an incremental checker of its own (and the drills, headless). It lives
/// in the window through the Workbench interface only.
class StudyRoom : public QObject
{
    Q_OBJECT
public:
    explicit StudyRoom(Workbench *workbench, QObject *parent = nullptr);
    ~StudyRoom() override;

    /// Plays a drill in the live simulation view; the app wires it to the simulation room, so
    /// neither room includes the other. Without one, "Run the Drill" runs it headless and shows
    /// the verdict.
    using DrillRunner = std::function<bool(const QString &drillPath, QString *error)>;
    void setDrillRunner(DrillRunner runner) { m_runDrill = std::move(runner); }

    QAction *studyAction() const { return m_study; }
    ScenarioPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    const QList<learn::Scenario> &scenarios() const { return m_scenarios; }
    const learn::Scenario *current() const;
    QList<learn::GoalResult> results() const { return m_results; }
    bool allMet() const;

    /// Shows the scenario list (Help > Study) and opens the one chosen.
    void showList();
    /// Opens scenario `id`: its start design replaces the open one (the learner is asked first
    /// when it has unsaved changes; false when they cancel).
    bool open(const QString &id, QString *error = nullptr);
    /// Grades the open design now (otherwise after each burst of edits).
    void regrade();
    /// Runs the drill goals: in the live simulation when the app gave a runner, else headless.
    void runDrill();
    /// Opens the reference solution, read-only, in a window of its own; returns it.
    QWidget *showSolution();

Q_SIGNALS:
    /// After every grading.
    void graded();
    /// Every goal of the scenario became met.
    void solved(const QString &id);

private:
    void attach();
    void scheduleRegrade();

    Workbench *m_workbench;
    QAction *m_study = nullptr;
    QDockWidget *m_dock = nullptr;
    ScenarioPanel *m_panel = nullptr;
    QTimer *m_regrade = nullptr;
    QList<learn::Scenario> m_scenarios;
    int m_current = -1;
    Document *m_graded = nullptr; ///< the design the results are about
    QList<learn::GoalResult> m_results;
    bool m_wasMet = false;
    QSet<int> m_answeredRight; ///< questions answered right in this sitting
    DrillRunner m_runDrill;
};

} // namespace skydraft
