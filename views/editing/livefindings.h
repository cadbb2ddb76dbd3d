#pragma once

#include "model/checker/lints.h"

#include <QObject>


class QListView;
class QStandardItemModel;

namespace skydraft {

class DiagramScene;
class DocumentSession;
class FindingsOverlay;

/// The findings of the session's checker (DocumentSession::checker(), re-run after every burst
/// of edits) as a model (one row each: the text, the component in Qt::UserRole, the rule in
/// UserRole + 1) shown by the Problems view, and as badges on the canvas (an overlay); clicking
/// a problem asks to select its component.
class LiveFindings : public QObject
{
    Q_OBJECT
public:
    LiveFindings(DocumentSession *session, QListView *view, DiagramScene *scene, QObject *parent = nullptr);
    ~LiveFindings() override;

    /// The findings as rows, for the Problems view.
    QStandardItemModel *model() const { return m_model; }
    /// The findings' badges on the canvas.
    FindingsOverlay *overlay() const { return m_overlay; }
    QList<Finding> findings() const;
    /// Runs the session's pending check now (tests; it runs on its own after each burst of edits).
    void flush();

Q_SIGNALS:
    void componentActivated(const QString &id);
    void updated();

private:
    void refresh();

    DocumentSession *m_session;
    QStandardItemModel *m_model;
    FindingsOverlay *m_overlay;
};

} // namespace skydraft
