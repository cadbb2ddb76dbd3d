#include "documentsession.h"

#include "model/checker/checker.h"
#include "model/commands/editor.h"
#include "model/document.h"
#include "model/nativefile.h"
#include "recovery.h"

#include <QFileInfo>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace skydraft {

DocumentSession::DocumentSession(QObject *parent)
    : QObject(parent)
    , m_recovery(std::make_unique<Recovery>())
    , m_autosave(new QTimer(this))
{
    m_autosave->setInterval(60 * 1000);
    connect(m_autosave, &QTimer::timeout, this, &DocumentSession::autosave);
    m_autosave->start();
    reset(std::make_unique<Document>(), {});
}

DocumentSession::~DocumentSession()
{
    // A stack being destroyed reports itself clean: that must not remove the recovery file
    // (a session ending without a close keeps it, like a crash).
    disconnect(m_editor->undoStack(), nullptr, this, nullptr);
    // The checker and the editor's commands point into the document: they go first.
    m_checker.reset();
    m_editor.reset();
    m_document.reset();
}

QString DocumentSession::displayName() const
{
    if (!m_path.isEmpty())
        return QFileInfo(m_path).fileName();
    if (m_document && !m_document->title().isEmpty())
        return m_document->title();
    return tr("Untitled");
}

bool DocumentSession::isModified() const { return m_editor && !m_editor->undoStack()->isClean(); }

void DocumentSession::reset(std::unique_ptr<Document> document, const QString &path, const QString &suggestedPath,
                            bool modified)
{
    // Build the new pair before the old one goes, so observers never see a null document.
    auto editor = std::make_unique<Editor>(document.get());
    auto checker = std::make_unique<Checker>(document.get());
    checker->recheckAll();
    if (m_editor)
        disconnect(m_editor->undoStack(), nullptr, this, nullptr); // it goes below
    std::swap(m_editor, editor);
    std::swap(m_checker, checker);
    std::swap(m_document, document);
    m_checkPending = false;
    m_path = path;
    m_suggestedPath = suggestedPath.isEmpty() ? path : suggestedPath;
    QUndoStack *stack = m_editor->undoStack();
    connect(stack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean)
            m_recovery->remove(); // back where the file is: nothing to recover
        Q_EMIT modifiedChanged(!clean);
    });
    connect(m_document.get(), &Document::changed, this, [this] {
        m_changedSinceAutosave = true;
        if (m_checkPending)
            return;
        m_checkPending = true;
        // One check after a burst of edits (an undo of many resources, a drag of a selection).
        QTimer::singleShot(0, this, &DocumentSession::check);
    });
    m_changedSinceAutosave = modified;
    if (modified)
        stack->resetClean(); // no undo step leads back to what is on disk
    Q_EMIT documentReplaced();
    Q_EMIT checked(true);
    Q_EMIT pathChanged(m_path);
    Q_EMIT modifiedChanged(isModified());
    checker.reset();  // the old checker and editor, then
    editor.reset();
    document.reset(); // the old document
}

void DocumentSession::check()
{
    if (!m_checkPending)
        return;
    m_checkPending = false;
    const Checker::Delta delta = m_checker->update();
    Q_EMIT checked(!delta.added.isEmpty() || !delta.removed.isEmpty());
}

bool DocumentSession::saveAs(const QString &path, QString *error)
{
    if (!NativeFile::save(*m_document, path, error))
        return false;
    const bool renamed = path != m_path;
    m_path = path;
    m_suggestedPath = path;
    m_editor->undoStack()->setClean();
    m_recovery->remove();
    if (renamed)
        Q_EMIT pathChanged(m_path);
    Q_EMIT modifiedChanged(false);
    return true;
}

bool DocumentSession::autosave()
{
    if (!isModified() || (!m_changedSinceAutosave && m_recovery->exists()))
        return false;
    if (!m_recovery->write(*m_document, m_path, displayName()))
        return false;
    m_changedSinceAutosave = false;
    return true;
}

QString DocumentSession::recoveryPath() const { return m_recovery->designPath(); }

void DocumentSession::discardRecovery() { m_recovery->remove(); }

void DocumentSession::setAutosaveInterval(int msec)
{
    if (msec <= 0) {
        m_autosave->stop();
        return;
    }
    m_autosave->start(msec);
}

} // namespace skydraft
