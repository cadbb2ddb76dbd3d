#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QTimer;

namespace skydraft {

class Checker;
class Document;
class Editor;
class Recovery;

/// The open design of one window: the document, its Editor (undo stack), its Checker, the
/// file it is saved to, whether it has unsaved changes, and its autosave to a recovery file.
///
/// The session owns the services every room shares: the Problems list, the reach tool and
/// study mode's grading all read this one checker, which re-checks the design once after
/// each burst of edits (incrementally, Checker::update()) and then signals checked().
///
/// No widgets here: the window asks the questions (save changes? where to?) and the session
/// does the work, so tests can drive files without dialogs.
class DocumentSession : public QObject
{
    Q_OBJECT
public:
    explicit DocumentSession(QObject *parent = nullptr);
    ~DocumentSession() override;

    Document *document() const { return m_document.get(); }
    Editor *editor() const { return m_editor.get(); }
    /// The checker of the open design. Its answers are current after check() (or once
    /// checked() has been signalled since the last edit).
    Checker *checker() const { return m_checker.get(); }
    /// Brings the checker up to date with the design now, if an edit is pending; the session
    /// does it on its own after each burst of edits.
    void check();

    /// The file Save writes to; empty for a new design, a sample or an imported template.
    QString path() const { return m_path; }
    bool isUntitled() const { return m_path.isEmpty(); }
    /// The name a Save As dialog proposes (for an imported template: its name, as .skydraft).
    QString suggestedPath() const { return m_suggestedPath; }
    /// The file name, else the design's title, else "Untitled".
    QString displayName() const;
    bool isModified() const;

    /// Takes `document` as the open design. `path` empty: untitled (Save asks where);
    /// `modified`: it has changes no file holds (a recovered design).
    void reset(std::unique_ptr<Document> document, const QString &path, const QString &suggestedPath = {},
               bool modified = false);
    /// Saves atomically to `path`, which becomes the design's file; marks it clean and
    /// removes the recovery file.
    bool saveAs(const QString &path, QString *error = nullptr);

    /// Writes the recovery file when there are unsaved changes not yet in it; returns whether
    /// it wrote.
    bool autosave();
    /// This session's recovery file (it exists only after an autosave of unsaved changes).
    QString recoveryPath() const;
    /// Removes the recovery file (the user saved, or chose to discard the changes).
    void discardRecovery();
    /// The autosave period; 0 stops the timer.
    void setAutosaveInterval(int msec);

Q_SIGNALS:
    /// A new document (and Editor) replaced the previous one, which is gone.
    void documentReplaced();
    void modifiedChanged(bool modified);
    void pathChanged(const QString &path);
    /// The checker has caught up with the design (after documentReplaced(), and after each
    /// burst of edits); `findingsChanged` says whether any finding came or went.
    void checked(bool findingsChanged);

private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<Editor> m_editor;
    std::unique_ptr<Checker> m_checker;
    std::unique_ptr<Recovery> m_recovery;
    QTimer *m_autosave;
    QString m_path;
    QString m_suggestedPath;
    bool m_changedSinceAutosave = false;
    bool m_checkPending = false;
};

} // namespace skydraft
