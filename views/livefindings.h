#pragma once

#include "model/checker/lints.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QListWidget;

namespace skydraft {

class Checker;
class DiagramScene;
class Document;

/// The checker of the open design, run after every burst of edits (coalesced on a 0 ms
/// timer, incremental: Checker::update()). It fills the Problems list and puts badges on the
/// canvas; clicking a problem asks to select its component.
class LiveFindings : public QObject
{
    Q_OBJECT
public:
    LiveFindings(QListWidget *list, DiagramScene *scene, QObject *parent = nullptr);
    ~LiveFindings() override;

    /// Follows `document` (not owned); checks it in full at once.
    void setDocument(Document *document);
    Checker *checker() const { return m_checker.get(); }
    QList<Finding> findings() const;
    /// Runs the pending update now (tests; the timer does it otherwise).
    void flush();

Q_SIGNALS:
    void componentActivated(const QString &id);
    void updated();

private:
    void schedule();
    void refresh();

    QListWidget *m_list;
    DiagramScene *m_scene;
    QPointer<Document> m_document;
    std::unique_ptr<Checker> m_checker;
    bool m_pending = false;
};

} // namespace skydraft
