#include "mainwindow.h"

#include "canvasview.h"
#include "diagramscene.h"
#include "editingsession.h"
#include "model/commands/editor.h"
#include "model/document.h"
#include "model/layout.h"
#include "model/designloader.h"
#include "model/nativefile.h"
#include "model/checker/checker.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

namespace skydraft {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_scene(new DiagramScene(this))
    , m_view(new CanvasView(m_scene, this))
{
    setObjectName(u"MainWindow"_s);
    m_view->setObjectName(u"canvas"_s);
    m_view->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    m_view->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    m_view->viewport()->installEventFilter(this);
    setCentralWidget(m_view);

    auto *dock = new QDockWidget(tr("Problems"), this);
    dock->setObjectName(u"problemsDock"_s);
    m_problems = new QListWidget(dock);
    m_problems->setObjectName(u"problems"_s);
    m_problems->setWordWrap(true);
    dock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({dock}, {110}, Qt::Vertical);

    m_undoGroup = new QUndoGroup(this);
    createActions();
    m_editing = new EditingSession(this);
    statusBar()->showMessage(tr("Ready"));
    resize(1400, 900);
    QSettings settings;
    restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray());
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
}

MainWindow::~MainWindow()
{
    // The scene observes the document: detach before the document goes.
    m_scene->setDocument(nullptr);
    m_editor.reset();
}

QStringList MainWindow::samplePaths()
{
    QStringList paths;
    const QDir dir(u":/samples"_s);
    for (const QString &name : dir.entryList({u"*.skydraft"_s}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

QString MainWindow::defaultSamplePath() { return u":/samples/three-tier.skydraft"_s; }

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    m_samplesMenu = file->addMenu(tr("Open &Sample"));
    for (const QString &path : samplePaths()) {
        const LoadResult loaded = NativeFile::load(path);
        const QString title = loaded.ok() && !loaded.document->title().isEmpty() ? loaded.document->title()
                                                                                  : QFileInfo(path).baseName();
        m_samplesMenu->addAction(title, this, [this, path] { openFile(path); });
    }
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    // Edit: undo and redo of the open design's stack; the editing actions follow the separator.
    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIconText(tr("Undo")); // the menu says what; the toolbar button stays short
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIconText(tr("Redo"));
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);
    m_editMenu->addSeparator();

    QMenu *view = m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *in = view->addAction(tr("Zoom &In"), this, &MainWindow::zoomIn);
    in->setShortcut(QKeySequence::ZoomIn);
    QAction *out = view->addAction(tr("Zoom &Out"), this, &MainWindow::zoomOut);
    out->setShortcut(QKeySequence::ZoomOut);
    QAction *fit = view->addAction(tr("Zoom to &Fit"), this, &MainWindow::zoomToFit);
    fit->setShortcut(Qt::CTRL | Qt::Key_0);
    QAction *actual = view->addAction(tr("&Actual Size"), this, &MainWindow::zoomActualSize);
    actual->setShortcut(Qt::CTRL | Qt::Key_1);
    view->addSeparator();

    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About SkyDraft"), this, &MainWindow::about);

    QToolBar *bar = m_toolBar = addToolBar(tr("Main toolbar"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->addAction(open);
    bar->addSeparator();
    bar->addAction(undo);
    bar->addAction(redo);
    bar->addSeparator();
    bar->addAction(in);
    bar->addAction(out);
    bar->addAction(fit);
}

bool MainWindow::openFile(const QString &path, QString *error)
{
    LoadResult loaded = DesignLoader::load(path);
    if (!loaded.ok()) {
        const QString message = loaded.errors.isEmpty() ? tr("%1: cannot open").arg(path)
                                                        : loaded.errors.first().format();
        if (error)
            *error = message;
        statusBar()->showMessage(message);
        return false;
    }
    // A design without a layout (hand-written, or the built-in samples) is laid out on open.
    Layout::applyMissing(*loaded.document);
    showDocument(std::move(loaded.document), path);
    return true;
}

void MainWindow::showDocument(std::unique_ptr<Document> document, const QString &path)
{
    m_scene->setDocument(document.get());
    m_editor = std::make_unique<Editor>(document.get());
    m_undoGroup->addStack(m_editor->undoStack());
    m_undoGroup->setActiveStack(m_editor->undoStack());
    m_document = std::move(document);
    m_path = path;
    const bool sample = path.startsWith(u":/"_s);
    const QString name = m_document->title().isEmpty() ? QFileInfo(path).fileName() : m_document->title();
    setWindowTitle(sample ? tr("%1 (sample, read-only) — SkyDraft").arg(name) : tr("%1 — SkyDraft").arg(name));
    statusBar()->showMessage(tr("%n resource(s)", nullptr, m_document->count()));
    zoomToFit();
    Q_EMIT documentReplaced();
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Design"), QString(),
                                                      tr("SkyDraft designs (*.skydraft);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openFile(path, &error))
        QMessageBox::warning(this, tr("Cannot open design"), error);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About SkyDraft"),
                       tr("<h3>SkyDraft %1</h3><p>Design AWS architectures, prove what can reach what, "
                          "and rehearse failures.</p><p>MIT License.</p>")
                           .arg(QApplication::applicationVersion()));
}

QUndoStack *MainWindow::undoStack() const { return m_editor ? m_editor->undoStack() : nullptr; }

void MainWindow::addPanel(QDockWidget *dock, Qt::DockWidgetArea area)
{
    addDockWidget(area, dock);
    if (m_viewMenu)
        m_viewMenu->addAction(dock->toggleViewAction());
}

void MainWindow::zoomActualSize() { m_view->setTransform(QTransform()); }

void MainWindow::zoomIn() { m_view->scale(1.25, 1.25); }
void MainWindow::zoomOut() { m_view->scale(0.8, 0.8); }

void MainWindow::zoomToFit()
{
    const QRectF bounds = m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    m_scene->setSceneRect(bounds);
    m_view->fitInView(bounds, Qt::KeepAspectRatio);
    // Never blow a small design up past its natural size.
    if (m_view->transform().m11() > 1.0)
        m_view->setTransform(QTransform());
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            wheel->angleDelta().y() > 0 ? zoomIn() : zoomOut();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    event->accept();
}

} // namespace skydraft
