#include "studyroom.h"
#include "scenariolist.h"
#include "scenariopanel.h"
#include "studyprogress.h"

#include "model/checker/checker.h"
#include "model/document.h"
#include "model/layout.h"
#include "views/canvas/diagramscene.h"
#include "views/workbench/documentsession.h"
#include "views/workbench/workbench.h"

#include <QAction>
#include <algorithm>
#include <QDockWidget>
#include <QGraphicsView>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace skydraft {

namespace {

/// The reference design, read-only: a view with no editing session, owning its document.
class SolutionWindow : public QMainWindow
{
public:
    SolutionWindow(std::unique_ptr<Document> document, const QString &title, QWidget *parent)
        : QMainWindow(parent, Qt::Window), m_document(std::move(document))
    {
        setAttribute(Qt::WA_DeleteOnClose);
        setWindowTitle(StudyRoom::tr("Solution: %1 (read-only)").arg(title));
        m_scene = new DiagramScene(this);
        m_scene->setDocument(m_document.get());
        auto *view = new QGraphicsView(m_scene, this);
        view->setInteractive(false);
        view->setRenderHint(QPainter::Antialiasing);
        view->setDragMode(QGraphicsView::ScrollHandDrag);
        setCentralWidget(view);
        resize(1000, 700);
        QTimer::singleShot(0, view, [view, this] { view->fitInView(m_scene->itemsBoundingRect(), Qt::KeepAspectRatio); });
    }

private:
    std::unique_ptr<Document> m_document;
    DiagramScene *m_scene = nullptr;
};

} // namespace

StudyRoom::StudyRoom(Workbench *workbench, QObject *parent)
    : QObject(parent), m_workbench(workbench)
{
    m_scenarios = learn::loadLibrary();
    m_study = new QAction(tr("&Study..."), this);
    m_study->setStatusTip(tr("Guided certification scenarios, graded as you edit"));
    connect(m_study, &QAction::triggered, this, &StudyRoom::showList);
    if (QMenu *help = workbench->menu(Workbench::Menu::Help)) {
        const QList<QAction *> actions = help->actions();
        help->insertAction(actions.isEmpty() ? nullptr : actions.first(), m_study);
        if (!actions.isEmpty())
            help->insertSeparator(actions.first());
    }

    m_panel = new ScenarioPanel;
    m_dock = new QDockWidget(tr("Scenario"), workbench->window());
    m_dock->setObjectName(u"ScenarioPanel"_s);
    m_dock->setWidget(m_panel);
    workbench->addPanel(m_dock, Qt::RightDockWidgetArea);
    m_dock->hide();

    m_regrade = new QTimer(this);
    m_regrade->setSingleShot(true);
    m_regrade->setInterval(150); // one grading after a burst of edits
    connect(m_regrade, &QTimer::timeout, this, &StudyRoom::regrade);

    connect(m_panel->drillButton(), &QPushButton::clicked, this, &StudyRoom::runDrill);
    connect(m_panel->solutionButton(), &QPushButton::clicked, this, &StudyRoom::showSolution);
    connect(m_panel, &ScenarioPanel::questionAnswered, this, [this](int index, bool correct) {
        const learn::Scenario *s = current();
        if (!s || !correct)
            return;
        m_answeredRight.insert(index);
        StudyProgress::setAnswered(s->id, int(m_answeredRight.size()));
    });
    connect(workbench->session(), &DocumentSession::documentReplaced, this, &StudyRoom::attach);
    // Graded after the session's checker has caught up with a burst of edits.
    connect(workbench->session(), &DocumentSession::checked, this, &StudyRoom::scheduleRegrade);
}

StudyRoom::~StudyRoom() = default;

const learn::Scenario *StudyRoom::current() const
{
    return m_current >= 0 && m_current < m_scenarios.size() ? &m_scenarios[m_current] : nullptr;
}

bool StudyRoom::allMet() const
{
    const learn::Scenario *s = current();
    return s && learn::allMet(*s, m_results);
}

void StudyRoom::showList()
{
    ScenarioListDialog dialog(m_scenarios, m_workbench->window());
    if (dialog.exec() == QDialog::Accepted && !dialog.chosenId().isEmpty()) {
        QString error;
        if (!open(dialog.chosenId(), &error) && !error.isEmpty())
            QMessageBox::warning(m_workbench->window(), tr("Study"), error);
    }
}

bool StudyRoom::open(const QString &id, QString *error)
{
    const auto it = std::find_if(m_scenarios.begin(), m_scenarios.end(), [&](const learn::Scenario &s) { return s.id == id; });
    if (it == m_scenarios.end()) {
        if (error)
            *error = tr("No scenario \"%1\".").arg(id);
        return false;
    }
    DocumentSession *session = m_workbench->session();
    if (session->isModified()
        && QMessageBox::question(m_workbench->window(), tr("Study"),
                                 tr("The open design has unsaved changes. Discard them and start the scenario?"),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Discard)
        return false;
    QList<Diagnostic> problems;
    std::unique_ptr<Document> start = learn::loadDesign(it->start, &problems);
    if (!start) {
        if (error)
            *error = problems.isEmpty() ? tr("The scenario's start design does not read.") : problems.first().format();
        return false;
    }
    Layout::applyMissing(*start); // the built-in designs leave the layout to the designer
    m_current = int(it - m_scenarios.begin());
    m_answeredRight.clear();
    m_panel->setScenario(&*it);
    start->setTitle(it->title.text());
    session->reset(std::move(start), {}, it->id + u".skydraft"_s); // untitled: Save asks where
    attach(); // documentReplaced may already have come; attach again is harmless
    m_dock->show();
    m_workbench->showPanelInFront(m_dock);
    m_workbench->showStatus(tr("Scenario: %1").arg(it->title.text()), 5000);
    return true;
}

void StudyRoom::attach()
{
    Document *doc = m_workbench->session()->document();
    if (doc == m_graded)
        return;
    m_graded = doc;
    m_wasMet = false;
    if (doc && current())
        regrade();
}

void StudyRoom::scheduleRegrade()
{
    if (current())
        m_regrade->start();
}

void StudyRoom::regrade()
{
    m_regrade->stop();
    const learn::Scenario *s = current();
    Document *doc = m_workbench->session()->document();
    if (!s || !doc)
        return;
    if (doc != m_graded)
        attach();
    DocumentSession *session = m_workbench->session();
    session->check(); // the session's checker, current with the design
    Checker *checker = session->checker();
    const QList<Finding> findings = checker->findings();
    learn::GradeOptions options;
    options.findings = &findings;
    options.reach = [checker](const QString &a, const QString &b, const net::Flow &f) { return checker->reach(a, b, f); };
    m_results = learn::grade(*s, *doc, options);
    m_panel->setResults(m_results);
    const bool met = learn::allMet(*s, m_results);
    if (met && !m_wasMet) {
        StudyProgress::setSolved(s->id);
        m_workbench->showStatus(tr("Scenario solved: every goal is met."), 5000);
        Q_EMIT solved(s->id);
    }
    m_wasMet = met;
    Q_EMIT graded();
}

void StudyRoom::runDrill()
{
    const learn::Scenario *s = current();
    if (!s)
        return;
    const auto goal = std::find_if(s->goals.begin(), s->goals.end(), [](const learn::Goal &g) { return g.kind == learn::Goal::Kind::Drill; });
    if (goal == s->goals.end())
        return;
    QString error;
    if (m_runDrill && m_runDrill(goal->drillPath, &error))
        return;
    // Headless: the verdict of every drill goal.
    const learn::GoalResult result = learn::gradeGoal(*goal, *m_workbench->session()->document());
    const QString verdict = result.met ? tr("The drill passed: every expectation held.")
                                       : tr("The drill failed: %1").arg(result.detail);
    QMessageBox::information(m_workbench->window(), tr("Run the Drill"),
                             error.isEmpty() ? verdict : error + u"\n\n"_s + verdict);
}

QWidget *StudyRoom::showSolution()
{
    const learn::Scenario *s = current();
    if (!s)
        return nullptr;
    std::unique_ptr<Document> solution = learn::loadDesign(s->solution);
    if (!solution)
        return nullptr;
    Layout::applyMissing(*solution);
    auto *window = new SolutionWindow(std::move(solution), s->title.text(), m_workbench->window());
    window->show();
    return window;
}

} // namespace skydraft
