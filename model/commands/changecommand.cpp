#include "changecommand.h"

namespace skydraft {

ChangeCommand::ChangeCommand(Document *document, QList<ResourceChange> changes,
                             const QString &text, const QString &mergeKey)
    : m_document(document)
    , m_changes(std::move(changes))
    , m_mergeKey(mergeKey)
{
    setText(text);
}

void ChangeCommand::undo()
{
    m_document->applyChanges(m_changes, true);
    if (m_passThroughChanged)
        m_document->setPassThrough(m_passThroughBefore);
    m_applied = false;
}

void ChangeCommand::redo()
{
    if (m_applied)
        return; // first push: the document already holds the result
    m_document->applyChanges(m_changes, false);
    if (m_passThroughChanged)
        m_document->setPassThrough(m_passThroughAfter);
    m_applied = true;
}

int ChangeCommand::id() const
{
    // All mergeable edits share one id; mergeWith() compares the keys.
    return m_mergeKey.isEmpty() ? -1 : 0x5d0c;
}

bool ChangeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeCommand *>(other);
    if (next->m_mergeKey != m_mergeKey)
        return false;
    // Keep our "before", take the newer "after" for each resource both touched.
    for (const ResourceChange &n : next->m_changes) {
        auto it = std::find_if(m_changes.begin(), m_changes.end(),
                               [&](const ResourceChange &c) { return c.id == n.id; });
        if (it == m_changes.end())
            m_changes.append(n);
        else
            it->after = n.after;
    }
    return true;
}

} // namespace skydraft
