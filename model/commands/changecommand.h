#pragma once

#include "model/document.h"

#include <QUndoCommand>

namespace skydraft {

/// An undoable edit: the before and after state of every resource it touched.
///
/// Edits are made on the document directly while it records (Document::beginRecording); the
/// command then replays the snapshots. One generic command covers adding, removing,
/// reparenting, renaming and property edits, and stays correct however an edit cascades.
class ChangeCommand : public QUndoCommand
{
public:
    /// `mergeKey` non-empty: consecutive commands with the same key merge into one
    /// (typing in a field, dragging a slider).
    ChangeCommand(Document *document, QList<ResourceChange> changes, const QString &text,
                  const QString &mergeKey = {});

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const QList<ResourceChange> &changes() const { return m_changes; }
    /// The edit changed what an imported template keeps too (Document::passThrough()): from
    /// `before` to `after` (a renamed resource's references in it).
    void setPassThroughChange(const QByteArray &before, const QByteArray &after)
    {
        m_passThroughBefore = before;
        m_passThroughAfter = after;
        m_passThroughChanged = true;
    }

private:
    Document *m_document;
    QList<ResourceChange> m_changes;
    QString m_mergeKey;
    bool m_applied = true; // the edit is already in the document when the command is pushed
    bool m_passThroughChanged = false;
    QByteArray m_passThroughBefore;
    QByteArray m_passThroughAfter;
};

} // namespace skydraft
