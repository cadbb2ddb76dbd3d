#include "mainwindow.h"

#include "views/canvas/canvasview.h"
#include "views/canvas/diagramscene.h"
#include "views/canvas/style.h"
#include "views/workbench/documentsession.h"
#include "views/editing/editingsession.h"
#include "model/commands/editor.h"
#include "model/document.h"
#include "model/nativefile.h"
#include "views/canvas/overviewview.h"
#include "helpdialogs.h"
#include "preferencesdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QGraphicsView>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QPainter>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QShowEvent>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

namespace skydraft {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new DocumentSession(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_scene(new DiagramScene(this))
    , m_view(new CanvasView(m_scene, this))
{
    setObjectName(u"MainWindow"_s);
    m_view->setObjectName(u"canvas"_s);
    m_view->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    m_view->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    m_view->viewport()->installEventFilter(this);
    // The canvas, with room above it for a banner (a simulation running).
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_view);
    setCentralWidget(centre);

    connect(m_session, &DocumentSession::documentReplaced, this, &MainWindow::onDocumentReplaced);
    connect(m_session, &DocumentSession::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_session, &DocumentSession::pathChanged, this, &MainWindow::updateTitle);
    onDocumentReplaced();

    createDocks();
    createActions();
    m_editing = new EditingSession(this, this); // palette, inspector, live findings, reach tool
    // Right, beside the zoom: how big the design is, always current. Messages on the left say
    // what the last action did and go once read, so none is left stale.
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"designSummary"_s);
    statusBar()->addPermanentWidget(m_summaryLabel);
    updateSummary();
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(u"zoomLabel"_s);
    m_zoomLabel->setToolTip(tr("Zoom (Ctrl+wheel; Ctrl+0 fits, Ctrl+1 is 100 %)"));
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(u"8888 %"_s));
    m_zoomLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusBar()->addPermanentWidget(m_zoomLabel);
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    // The scene observes the document: detach before the session (and the document) goes.
    m_scene->setDocument(nullptr);
}

Document *MainWindow::document() const { return m_session->document(); }
Editor *MainWindow::editor() const { return m_session->editor(); }
QUndoStack *MainWindow::undoStack() const { return m_session->editor()->undoStack(); }

QStringList MainWindow::samplePaths()
{
    QStringList paths;
    const QDir dir(u":/samples"_s);
    for (const QString &name : dir.entryList({u"*.skydraft"_s}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

QString MainWindow::defaultSamplePath() { return u":/samples/three-tier.skydraft"_s; }

void MainWindow::createDocks()
{
    setDockNestingEnabled(true);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    // Left: the palette, right: the inspector (added by the designer with addPanel()).

    // Bottom: what AWS would refuse and what the checker warns about.
    auto *problems = new QDockWidget(tr("Problems"), this);
    problems->setObjectName(u"problemsDock"_s);
    m_problems = new QListView(problems);
    m_problems->setObjectName(u"problems"_s);
    m_problems->setWordWrap(true);
    problems->setWidget(m_problems);
    addPanel(problems, Qt::BottomDockWidgetArea);

    // Bottom right: the whole design small, with the canvas's viewport outlined.
    auto *overview = new QDockWidget(tr("Overview"), this);
    overview->setObjectName(u"overviewDock"_s);
    m_overview = new OverviewView(m_view, overview);
    overview->setWidget(m_overview);
    addPanel(overview, Qt::BottomDockWidgetArea);
    splitDockWidget(problems, overview, Qt::Horizontal);

    // Bottom, beside Problems: what the import of a template left out or assumed.
    m_importDock = new QDockWidget(tr("Import Report"), this);
    m_importDock->setObjectName(u"importReportDock"_s);
    m_importReport = new ImportReport(m_importDock);
    m_importDock->setWidget(m_importReport);
    addPanel(m_importDock, Qt::BottomDockWidgetArea);
    tabifyDockWidget(problems, m_importDock);
    problems->raise();
    m_importDock->hide();
    connect(m_importReport, &ImportReport::resourceActivated, this, [this](const QString &id) {
        if (m_editing)
            m_editing->reveal(id);
    });
    resizeDocks({problems, overview}, {900, 260}, Qt::Horizontal);
    resizeDocks({problems}, {130}, Qt::Vertical);
}

CanvasView *MainWindow::canvas() const { return static_cast<CanvasView *>(m_view); }

QMenu *MainWindow::menu(Menu which) const
{
    switch (which) {
    case Menu::File:
        return m_fileMenu;
    case Menu::Edit:
        return m_editMenu;
    case Menu::View:
        return m_viewMenu;
    case Menu::Tools:
        return m_toolsMenu;
    case Menu::Help:
        return m_helpMenu;
    }
    return nullptr;
}

void MainWindow::showStatus(const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); }

void MainWindow::tellStatus(const QString &text) { statusBar()->showMessage(text, readingTimeMs(text)); }

void MainWindow::setEditingLocked(const QString &reason)
{
    m_lockedReason = reason;
    const bool locked = !reason.isEmpty();
    if (Editor *e = editor())
        e->setReadOnly(reason);
    // Undo and redo would change the design too.
    m_undoGroup->setActiveStack(locked ? nullptr : undoStack());
    canvas()->setLocked(reason);
    m_editing->setLocked(locked);
}

void MainWindow::setCanvasBanner(QWidget *banner)
{
    auto *layout = static_cast<QVBoxLayout *>(centralWidget()->layout());
    if (m_banner && m_banner != banner) {
        layout->removeWidget(m_banner);
        m_banner->hide();
    }
    m_banner = banner;
    if (banner) {
        layout->insertWidget(0, banner);
        banner->show();
    }
}

void MainWindow::showPanelInFront(QDockWidget *dock)
{
    const Qt::DockWidgetArea area = dockWidgetArea(dock);
    if (tabifiedDockWidgets(dock).isEmpty())
        for (QDockWidget *other : findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
            if (other != dock && other->isVisible() && !other->isFloating() && dockWidgetArea(other) == area) {
                tabifyDockWidget(other, dock);
                break;
            }
    dock->show();
    dock->raise();
}

void MainWindow::addPanel(QDockWidget *dock, Qt::DockWidgetArea area)
{
    addDockWidget(area, dock);
    if (m_panelsMenu)
        m_panelsMenu->addAction(dock->toggleViewAction());
}

void MainWindow::createActions()
{
    createFileMenu();

    // Edit: undo and redo of the open design's stack; the designer's actions (cut, copy,
    // paste, duplicate, delete, select all, align) follow the separator.
    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(Style::actionIcon(u"undo"_s));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(Style::actionIcon(u"redo"_s));
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);
    // The status bar says what was undone or redone (not the message of the edit before).
    connect(undo, &QAction::triggered, this, [this] {
        if (const QUndoStack *s = m_undoGroup->activeStack(); s && s->command(s->index()))
            tellStatus(tr("Undone: %1").arg(s->command(s->index())->text()));
    });
    connect(redo, &QAction::triggered, this, [this] {
        if (const QUndoStack *s = m_undoGroup->activeStack(); s && s->index() > 0 && s->command(s->index() - 1))
            tellStatus(tr("Redone: %1").arg(s->command(s->index() - 1)->text()));
    });
    m_editMenu->addSeparator();

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *in = m_viewMenu->addAction(tr("Zoom &In"), this, &MainWindow::zoomIn);
    in->setShortcut(QKeySequence::ZoomIn);
    QAction *out = m_viewMenu->addAction(tr("Zoom &Out"), this, &MainWindow::zoomOut);
    out->setShortcut(QKeySequence::ZoomOut);
    QAction *fit = m_viewMenu->addAction(tr("Zoom to &Fit"), this, &MainWindow::zoomToFit);
    fit->setShortcut(Qt::CTRL | Qt::Key_0);
    QAction *actual = m_viewMenu->addAction(tr("&Actual Size"), this, &MainWindow::zoomActualSize);
    actual->setShortcut(Qt::CTRL | Qt::Key_1);
    m_viewMenu->addSeparator();
    m_panelsMenu = m_viewMenu->addMenu(tr("&Panels"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_panelsMenu->addAction(dock->toggleViewAction());

    // Tools: the designer's "Can it reach?" goes here, above Preferences.
    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));
    m_toolsMenu->addSeparator();
    QAction *prefs = m_toolsMenu->addAction(tr("&Preferences…"), this, &MainWindow::preferences);
    prefs->setShortcut(QKeySequence(QKeySequence::Preferences).isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
                                                                         : QKeySequence(QKeySequence::Preferences));
    prefs->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_helpMenu = help;
    QAction *started = help->addAction(tr("&Getting Started"), this, [this] { GettingStartedDialog(this).exec(); });
    started->setShortcut(QKeySequence::HelpContents);
    started->setObjectName(u"gettingStarted"_s);
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] { ShortcutsDialog(this).exec(); });
    keys->setObjectName(u"keyboardShortcuts"_s);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About SkyDraft"), this, &MainWindow::about);
    about->setMenuRole(QAction::AboutRole);

    m_toolBar = addToolBar(tr("Main toolbar"));
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    for (QAction *a : m_fileMenu->actions())
        if (a->property("toolbar").toBool())
            m_toolBar->addAction(a);
    m_toolBar->addSeparator();
    m_toolBar->addAction(undo);
    m_toolBar->addAction(redo);
    m_toolBar->addSeparator();
    in->setIcon(Style::actionIcon(u"zoom-in"_s));
    out->setIcon(Style::actionIcon(u"zoom-out"_s));
    fit->setIcon(Style::actionIcon(u"zoom-fit"_s));
    m_toolBar->addAction(in);
    m_toolBar->addAction(out);
    m_toolBar->addAction(fit);
}

void MainWindow::updateSummary()
{
    if (!m_summaryLabel)
        return;
    const Document *doc = m_session->document();
    m_summaryLabel->setText(doc ? tr("%n resource(s)", nullptr, int(doc->count())) : QString());
}

void MainWindow::onDocumentReplaced()
{
    m_scene->setDocument(m_session->document());
    if (Document *doc = m_session->document())
        connect(doc, &Document::changed, this, &MainWindow::updateSummary, Qt::UniqueConnection);
    updateSummary();
    QUndoStack *stack = m_session->editor()->undoStack();
    m_undoGroup->addStack(stack);
    m_undoGroup->setActiveStack(stack);
    setWindowModified(m_session->isModified());
    updateTitle();
    Q_EMIT documentReplaced();
}

void MainWindow::updateTitle()
{
    // "[*]" is where Qt shows the unsaved marker (setWindowModified).
    setWindowTitle(tr("%1[*] — SkyDraft").arg(m_session->displayName()));
}

void MainWindow::preferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About SkyDraft"),
                       tr("<h3>SkyDraft %1</h3><p>Design AWS architectures, prove what can reach what, "
                          "and rehearse failures.</p><p>MIT License.</p>")
                           .arg(QApplication::applicationVersion()));
}

namespace {
// From a whole 10,000-resource design on a laptop screen to a label's pixels.
constexpr qreal minimumZoom = 0.005;
constexpr qreal maximumZoom = 8;
} // namespace

void MainWindow::zoomIn()
{
    if (m_view->transform().m11() * 1.25 <= maximumZoom)
        m_view->scale(1.25, 1.25);
}

void MainWindow::zoomOut()
{
    // Out to half the whole design's size at most: past that a small design is a dot.
    const QRectF bounds = m_scene->itemsBoundingRect();
    const QSizeF port = m_view->viewport()->size();
    const qreal fit = bounds.isEmpty() ? 1.0 : std::min(port.width() / bounds.width(), port.height() / bounds.height());
    const qreal floor = std::max(minimumZoom, std::min(0.25, fit / 2));
    if (m_view->transform().m11() * 0.8 >= floor)
        m_view->scale(0.8, 0.8);
}
void MainWindow::zoomActualSize() { m_view->setTransform(QTransform()); }

void MainWindow::showDesign()
{
    zoomToFit();
    // Fitted, a design in a small window can be too small to read: then open at a readable
    // zoom with its top left (the internet, the front door) in view. Thousands of resources are
    // never readable whole: those open fitted, as an overview.
    constexpr qreal readable = 0.5;
    if (m_view->transform().m11() >= readable || !document() || document()->count() > 300)
        return;
    const QRectF bounds = m_scene->itemsBoundingRect();
    m_view->setTransform(QTransform::fromScale(readable, readable));
    const QRectF shown = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    // Read as a page: from the top, and from the left when it does not fit across.
    const qreal x = bounds.width() <= shown.width() ? bounds.center().x() : bounds.left() - 20 + shown.width() / 2;
    m_view->centerOn(QPointF(x, bounds.top() - 20 + shown.height() / 2));
}

void MainWindow::zoomToFit()
{
    const QRectF bounds = m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    m_view->fitInView(bounds, Qt::KeepAspectRatio);
    // Never blow a small design up past its natural size.
    if (m_view->transform().m11() > 1.0)
        m_view->setTransform(QTransform());
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Paint) {
        // However the zoom changed (wheel, menu, fit, a test), the status bar shows it.
        const int percent = qRound(m_view->transform().m11() * 100);
        if (percent != m_zoomShown) {
            m_zoomShown = percent;
            m_zoomLabel->setText(tr("%1 %").arg(percent));
        }
    }
    if (watched == m_view->viewport() && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            wheel->angleDelta().y() > 0 ? zoomIn() : zoomOut();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
}

void MainWindow::restoreWindowState()
{
    // First start: a comfortable size, but never more than the screen (a 1366 x 768 laptop),
    // title bar and borders included (a guess until the window manager has framed it).
    QSize size(1400, 900);
    if (const QScreen *s = screen())
        size = size.boundedTo(s->availableGeometry().size() - QSize(16, 48));
    resize(size);
    if (const QScreen *s = screen()) {
        QRect frame(QPoint(), size + QSize(16, 48));
        frame.moveCenter(s->availableGeometry().center());
        move(frame.topLeft());
    }
    QSettings settings;
    restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray());
    m_layoutRestored = restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
    fitToScreen();
}

QRect MainWindow::fittedFrame(const QRect &frame, const QRect &available, const QSize &minimum)
{
    if (!available.isValid())
        return frame;
    QRect out = frame;
    out.setSize(frame.size().boundedTo(available.size()).expandedTo(minimum));
    // Inside the free area: past the right or bottom edge moves it back, and the top left
    // (title bar, menus) is never off screen.
    if (out.right() > available.right())
        out.moveRight(available.right());
    if (out.bottom() > available.bottom())
        out.moveBottom(available.bottom());
    if (out.left() < available.left())
        out.moveLeft(available.left());
    if (out.top() < available.top())
        out.moveTop(available.top());
    return out;
}

void MainWindow::fitToScreen()
{
    const QScreen *s = screen();
    if (!s || isMaximized() || isFullScreen())
        return;
    const QRect frame = frameGeometry();
    const QRect inner = geometry();
    const QMargins margins(inner.left() - frame.left(), inner.top() - frame.top(), frame.right() - inner.right(),
                           frame.bottom() - inner.bottom());
    const QSize frameExtra(margins.left() + margins.right(), margins.top() + margins.bottom());
    const QRect fitted = fittedFrame(frame, s->availableGeometry());
    if (fitted == frame)
        return;
    resize(fitted.size() - frameExtra);
    move(fitted.topLeft());
}

void MainWindow::resizePanels(const QList<QDockWidget *> &docks, const QList<int> &sizes, Qt::Orientation orientation)
{
    resizeDocks(docks, sizes, orientation);
    if (!m_shown)
        m_defaultPanelSizes.append({QList<QPointer<QDockWidget>>(docks.cbegin(), docks.cend()), sizes, orientation});
}

void MainWindow::applyDefaultPanelSizes()
{
    for (const PanelSizes &p : std::as_const(m_defaultPanelSizes)) {
        QList<QDockWidget *> docks;
        for (const QPointer<QDockWidget> &d : p.docks)
            if (d)
                docks.append(d);
        if (docks.size() == p.docks.size())
            resizeDocks(docks, p.sizes, p.orientation);
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The window manager's frame is known once shown: fit again with it, then give the panels
    // their default sizes in the window as it is (the inspector wide enough for its fields).
    if (!event->spontaneous())
        QTimer::singleShot(0, this, [this] {
            fitToScreen();
            if (!m_shown && !m_layoutRestored) {
                applyDefaultPanelSizes();
                // The canvas changed size with the panels: lay out now and fit the design again.
                layout()->activate();
                showDesign();
            }
            m_shown = true;
        });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveWindowState();
    m_session->discardRecovery();
    event->accept();
}

} // namespace skydraft
