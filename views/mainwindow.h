#pragma once

#include <QMainWindow>

#include <memory>

class QGraphicsView;
class QListWidget;
class QDockWidget;
class QMenu;
class QToolBar;
class QUndoGroup;
class QUndoStack;

namespace skydraft {

class Document;
class DiagramScene;
class Editor;
class EditingSession;

/// The main window: the canvas in the centre, a Problems panel, and the editing docks
/// (palette, inspector, "Can it reach?") installed by EditingSession.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a design file; on failure shows nothing new and returns the one-line reason.
    bool openFile(const QString &path, QString *error = nullptr);
    /// The built-in samples, as Qt resource paths (":/samples/three-tier.skydraft").
    static QStringList samplePaths();
    static QString defaultSamplePath();

    Document *document() const { return m_document.get(); }
    DiagramScene *scene() const { return m_scene; }
    QGraphicsView *view() const { return m_view; }
    QListWidget *problems() const { return m_problems; }
    /// Every edit of the open design goes through here, or nullptr before one is open; it
    /// changes when another design opens (documentReplaced()).
    Editor *editor() const { return m_editor.get(); }
    QUndoStack *undoStack() const;
    /// Palette, inspector, live findings, reach tool and the editing actions.
    EditingSession *editing() const { return m_editing; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *toolsMenu() const { return m_toolsMenu; }
    QToolBar *mainToolBar() const { return m_toolBar; }
    /// Docks a panel in `area` and lists it in the View menu (its objectName keeps its place
    /// across sessions).
    void addPanel(QDockWidget *dock, Qt::DockWidgetArea area);

Q_SIGNALS:
    /// Another design is open: document(), editor() and undoStack() are new.
    void documentReplaced();

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void zoomActualSize();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void showDocument(std::unique_ptr<Document> document, const QString &path);
    void openDialog();
    void about();

    std::unique_ptr<Document> m_document;
    std::unique_ptr<Editor> m_editor; // declared after the document: destroyed before it
    QUndoGroup *m_undoGroup = nullptr;
    EditingSession *m_editing = nullptr;
    QString m_path;
    DiagramScene *m_scene = nullptr;
    QGraphicsView *m_view = nullptr;
    QListWidget *m_problems = nullptr;
    QMenu *m_samplesMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
};

} // namespace skydraft
