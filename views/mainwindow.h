#pragma once

#include <QMainWindow>

#include <memory>

class QGraphicsView;
class QListWidget;
class QMenu;

namespace skydraft {

class Document;
class DiagramScene;

/// The main window. In this release it opens a design and shows it read-only: the canvas,
/// and a Problems panel with what validation found.
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
    void refreshProblems();
    void openDialog();
    void about();

    std::unique_ptr<Document> m_document;
    QString m_path;
    DiagramScene *m_scene = nullptr;
    QGraphicsView *m_view = nullptr;
    QListWidget *m_problems = nullptr;
    QMenu *m_samplesMenu = nullptr;
};

} // namespace skydraft
