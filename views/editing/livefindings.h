#pragma once

#include "model/checker/lints.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QListView;
class QStandardItemModel;

namespace skydraft {

class Checker;
class DiagramScene;
class FindingsOverlay;
class Document;

/// The checker of the open design, run after every burst of edits (coalesced on a 0 ms
/// timer, incremental: Checker::update()). Its findings are a model (one row each: the text,
/// the component in Qt::UserRole, the rule in UserRole + 1) shown by the Problems view, and
/// badges on the canvas (an overlay); clicking a problem asks to select its component.
class LiveFindings : public QObject
{
    Q_OBJECT
public:
    LiveFindings(QListView *view, DiagramScene *scene, QObject *parent = nullptr);
    ~LiveFindings() override;

    /// Follows `document` (not owned); checks it in full at once.
    void setDocument(Document *document);
    Checker *checker() const { return m_checker.get(); }
    /// The findings as rows, for the Problems view.
    QStandardItemModel *model() const { return m_model; }
    /// The findings' badges on the canvas.
    FindingsOverlay *overlay() const { return m_overlay; }
    QList<Finding> findings() const;
    /// Runs the pending update now (tests; the timer does it otherwise).
    void flush();

Q_SIGNALS:
    void componentActivated(const QString &id);
    void updated();

private:
    void schedule();
    void refresh();

    QStandardItemModel *m_model;
    DiagramScene *m_scene;
    FindingsOverlay *m_overlay;
    QPointer<Document> m_document;
    std::unique_ptr<Checker> m_checker;
    bool m_pending = false;
};

} // namespace skydraft
