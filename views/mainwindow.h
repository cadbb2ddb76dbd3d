#pragma once

#include <QMainWindow>

#include <memory>

class QGraphicsView;
class QListWidget;
class QMenu;
class QUndoGroup;

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
    /// The editor of the open design (every undoable edit goes through it), or nullptr.
    Editor *editor() const { return m_editor.get(); }
    /// Holds the open design's undo stack as its active stack (undo/redo actions, clean state).
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    /// Palette, inspector, live findings, reach tool and the editing actions.
    EditingSession *editing() const { return m_editing; }

Q_SIGNALS:
    /// A design was opened (document(), editor() and the scene are the new one's).
    void documentShown();

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToFit();

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
};

} // namespace skydraft
