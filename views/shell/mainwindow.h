#pragma once

#include "importpanel.h"
#include "model/import/designloader.h"
#include "views/workbench/recovery.h"
#include "views/workbench/workbench.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QGraphicsView;
class QListView;
class QMenu;
class QToolBar;
class QUndoGroup;
class QUndoStack;

namespace skydraft {

class Document;
class DocumentSession;
class DiagramScene;
class Editor;
class OverviewView;
class EditingSession;
class CanvasView;

/// The main window: the canvas in the centre, docks around it (palette left, inspector right,
/// problems and overview bottom), menus File / Edit / View / Tools / Help and a toolbar.
///
/// The open design lives in a DocumentSession (document, Editor with its undo stack, file,
/// autosave). Panels that edit the design use editor(); they are added with addPanel() and
/// their actions go into editMenu() / toolsMenu() (see createDocks() and createActions()).
class MainWindow : public QMainWindow, public Workbench
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a design file (a SkyDraft design or a CloudFormation template; samples are
    /// ":/samples/..."). Asks to save unsaved changes first. On failure or cancel the open
    /// design stays and the one-line reason (empty on cancel) is in `error`.
    bool openFile(const QString &path, QString *error = nullptr, const LoadOptions &options = {});
    /// Opens a file as File > Open does: a CloudFormation template that declares parameters
    /// asks for their values first (nothing opens when that is cancelled); errors in a box.
    bool openAsking(const QString &path);
    /// The built-in samples, as Qt resource paths (":/samples/three-tier.skydraft").
    static QStringList samplePaths();
    static QString defaultSamplePath();

    Document *document() const;
    /// Every edit of the open design goes through here; it changes when another design opens
    /// (documentReplaced()).
    Editor *editor() const;
    QUndoStack *undoStack() const;
    DocumentSession *session() const override { return m_session; }
    DiagramScene *scene() const override { return m_scene; }
    QGraphicsView *view() const { return m_view; }
    OverviewView *overview() const { return m_overview; }
    /// Palette, inspector, live findings, reach tool and the editing actions.
    EditingSession *editing() const { return m_editing; }
    QListView *problems() const { return m_problems; }
    QListView *problemsView() const override { return m_problems; }

    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *toolsMenu() const { return m_toolsMenu; }
    QToolBar *mainToolBar() const { return m_toolBar; }
    /// Docks a panel in `area` and lists it under View > Panels (its objectName keeps its place
    /// across sessions).
    void addPanel(QDockWidget *dock, Qt::DockWidgetArea area) override;
    void showPanelInFront(QDockWidget *dock) override;
    void splitPanels(QDockWidget *first, QDockWidget *second, Qt::Orientation orientation) override
    {
        splitDockWidget(first, second, orientation);
    }
    /// Sizes panels now, and again once the window has its final size on first show (when no
    /// saved layout was restored): sizes given before that are squeezed by the first resize.
    void resizePanels(const QList<QDockWidget *> &docks, const QList<int> &sizes, Qt::Orientation orientation) override;

    // --- Workbench: what the rooms (simulation, study) ask of the window
    QWidget *window() override { return this; }
    CanvasView *canvas() const override;
    QMenu *menu(Menu which) const override;
    QToolBar *toolBar() const override { return m_toolBar; }
    void showStatus(const QString &text, int timeoutMs = 0) override;
    void setEditingLocked(const QString &reason) override;
    QString editingLockedReason() const { return m_lockedReason; }
    void setCanvasBanner(QWidget *banner) override;

    // --- files (the File menu's actions, callable from tests)
    void newFile();
    /// Saves to the design's file; an untitled design (new, sample, template) asks where.
    bool save();
    /// Asks where, then saves there.
    bool saveAs();
    /// Saves to `path`; it becomes the design's file and goes first in the recent files.
    bool saveTo(const QString &path, QString *error = nullptr);
    /// Asks Save / Discard / Cancel when there are unsaved changes; false means cancel.
    bool maybeSave();
    /// Commits the field being typed in, if any (before a save or a close).
    void commitPendingEdit();
    /// Writes the design for another tool (`to`: cloudformation, terraform or drawio, as the
    /// export command takes it) to `path`, asked for when empty. The notes of what the format
    /// cannot carry are kept in lastExportNotes().
    bool exportDesign(const QString &to, QString path = {}, QString *error = nullptr);
    QStringList lastExportNotes() const { return m_lastExportNotes; }

    /// Crash recovery: designs autosaved by sessions that ended without saving.
    static QList<RecoveryFile> recoverableFiles();
    /// Opens a recovered design as unsaved changes to its original file (or untitled) and
    /// removes it from the recovery folder.
    bool restore(const RecoveryFile &file, QString *error = nullptr);
    /// At start: offers to recover the newest design left by a crash. True when it did.
    bool offerRecovery();

    // --- questions the window asks, replaceable so tests can answer them
    using SaveChangesPrompt = std::function<QMessageBox::StandardButton(const QString &name)>;
    using PathPrompt = std::function<QString(const QString &suggested)>;
    using RecoverPrompt = std::function<bool(const RecoveryFile &file)>;
    void setSaveChangesPrompt(SaveChangesPrompt prompt) { m_askSaveChanges = std::move(prompt); }
    void setSavePathPrompt(PathPrompt prompt) { m_askSavePath = std::move(prompt); }
    void setRecoverPrompt(RecoverPrompt prompt) { m_askRecover = std::move(prompt); }
    /// The values for a template's parameters, or nullopt to cancel the import.
    using ParametersPrompt = std::function<std::optional<QHash<QString, QString>>(const QString &fileName,
                                                                                   const QList<TemplateParameter> &parameters)>;
    void setParametersPrompt(ParametersPrompt prompt) { m_askParameters = std::move(prompt); }
    /// The Import Report panel (the notes of the last template opened).
    ImportReport *importReport() const { return m_importReport; }
    QDockWidget *importReportDock() const { return m_importDock; }

Q_SIGNALS:
    /// Another design is open: document(), editor() and undoStack() are new.
    void documentReplaced();

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void zoomActualSize();
    /// A design just opened: fitted, unless that is too small to read.
    void showDesign();

    /// Where a window of frame `frame` (title bar and borders included) goes on a screen whose
    /// free area is `available`: shrunk to fit it (never below `minimum`, the frame's smallest)
    /// and moved inside it, so no panel or status bar is past an edge.
    static QRect fittedFrame(const QRect &frame, const QRect &available, const QSize &minimum = {});
    /// Keeps the window whole on its screen's free area (after a restore from a larger screen).
    void fitToScreen();
    void applyDefaultPanelSizes();
    void updateSummary();
    /// A message that goes once read (Workbench::readingTimeMs).
    void tellStatus(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createDocks();
    void createActions();
    void createFileMenu();
    void fillRecentMenu();
    void onDocumentReplaced();
    void updateTitle();
    void openDialog();
    void openFromMenu(const QString &path) { openAsking(path); }
    void exportDiagram();
    void preferences();
    void about();
    void saveWindowState();
    void restoreWindowState();

    DocumentSession *m_session;
    QUndoGroup *m_undoGroup;
    DiagramScene *m_scene = nullptr;
    QGraphicsView *m_view = nullptr;
    OverviewView *m_overview = nullptr;
    QListView *m_problems = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_samplesMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QStringList m_lastExportNotes;
    QLabel *m_zoomLabel = nullptr;
    int m_zoomShown = -1;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_summaryLabel = nullptr;
    struct PanelSizes {
        QList<QPointer<QDockWidget>> docks;
        QList<int> sizes;
        Qt::Orientation orientation;
    };
    /// The default layout's panel sizes, replayed on first show unless a saved layout was restored.
    QList<PanelSizes> m_defaultPanelSizes;
    bool m_layoutRestored = false;
    bool m_shown = false;
    EditingSession *m_editing = nullptr;
    QWidget *m_banner = nullptr;
    QString m_lockedReason;
    SaveChangesPrompt m_askSaveChanges;
    PathPrompt m_askSavePath;
    RecoverPrompt m_askRecover;
    ParametersPrompt m_askParameters;
    ImportReport *m_importReport = nullptr;
    QDockWidget *m_importDock = nullptr;
};

} // namespace skydraft
