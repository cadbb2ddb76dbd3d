#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class QLockFile;

namespace skydraft {

class Document;

/// A design autosaved by a session that did not end normally.
struct RecoveryFile {
    QString design;       ///< the autosaved .skydraft in the recovery folder
    QString originalPath; ///< where the design was saved before, or empty when untitled
    QString name;         ///< what the window title showed
    QDateTime savedAt;
};

/// Autosave of one window's design to a recovery file, and the files left by crashed sessions.
///
/// Each session writes `<session>.skydraft` (the design) and `<session>.json` (where it came
/// from) into recoveryDirectory(), and holds `<session>.lock` while it runs. A design whose lock
/// is no longer held (its process is gone) was left by a crash: recoverable() lists it.
class Recovery
{
public:
    Recovery();
    ~Recovery();
    Recovery(const Recovery &) = delete;
    Recovery &operator=(const Recovery &) = delete;

    /// QStandardPaths::AppDataLocation + "/recovery".
    static QString recoveryDirectory();
    /// Designs left behind by sessions that ended without removing them, newest first.
    static QList<RecoveryFile> recoverable();
    /// Deletes a recoverable design and its companion files.
    static void discard(const RecoveryFile &file);

    /// Writes the design (atomically) and where it came from.
    bool write(const Document &document, const QString &originalPath, const QString &name, QString *error = nullptr);
    /// Removes this session's recovery file (after a clean save or close).
    void remove();
    /// This session's design file (which may not exist yet).
    QString designPath() const;
    bool exists() const;

private:
    QString m_base; ///< the recovery folder and this session's name, without an extension
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace skydraft
