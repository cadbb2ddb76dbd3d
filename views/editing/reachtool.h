#pragma once

#include "model/checker/reachability.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QScrollArea;
class QPushButton;
class QSpinBox;

namespace skydraft {

class DiagramScene;
class ReachOverlay;
class Document;
class DocumentSession;

/// "Can it reach?": pick a source, a destination (resource ids or "internet"), a protocol and
/// a port; the verdict is shown with the hop-by-hop path highlighted on the canvas, or with the
/// component that blocks marked in red and the sentence that says why next to it. The answer
/// stays live: after an edit the same question is asked again.
class ReachTool : public QWidget
{
    Q_OBJECT
public:
    ReachTool(DocumentSession *session, DiagramScene *scene, QWidget *parent = nullptr);

    void setDocument(Document *document);
    /// The answer on the canvas.
    ReachOverlay *overlay() const { return m_overlay; }
    /// The resource selected on the canvas, offered by the "selected" buttons (empty: none).
    void setCanvasSelection(const QString &id);
    /// Chooses the query (ids must be in the lists) and runs it.
    net::ReachResult ask(const QString &from, const QString &to, const QString &protocol, int port);
    /// Picks one end of the question (a resource id or "internet"); false if it cannot be one.
    bool setSource(const QString &id);
    bool setDestination(const QString &id);
    QComboBox *sourceBox() const { return m_from; }
    QComboBox *destinationBox() const { return m_to; }
    QString verdictText() const;
    const net::ReachResult &lastResult() const { return m_result; }

    /// The area the verdict and the hops scroll in.
    QScrollArea *answerArea() const { return m_answerArea; }

Q_SIGNALS:
    /// The answer needs `pixels` more height to show whole: the window may give the tool room.
    void moreRoomWanted(int pixels);

public Q_SLOTS:
    net::ReachResult run();
    void clear();

private:
    void refillEndpoints();
    /// After an edit: the question again, or why it can no longer be asked.
    void rerun();
    /// After an answer is laid out: asks for the room it needs (moreRoomWanted).
    void askForRoom();

    DocumentSession *m_session; ///< its checker answers
    DiagramScene *m_scene;
    ReachOverlay *m_overlay;
    QPointer<Document> m_document;
    QComboBox *m_from;
    QComboBox *m_to;
    QComboBox *m_protocol;
    QSpinBox *m_port;
    QPushButton *m_check;
    QPushButton *m_fromSelection;
    QPushButton *m_toSelection;
    QString m_selected;
    QLabel *m_verdict;
    QLabel *m_path;
    QWidget *m_answer = nullptr;
    QScrollArea *m_answerArea = nullptr;
    net::ReachResult m_result;
    bool m_asked = false; ///< an answer is shown (and kept live)
    QString m_askedFrom;  ///< the ends of that question
    QString m_askedTo;
    bool m_refillPending = false;
    bool m_rerunPending = false;
};

} // namespace skydraft
