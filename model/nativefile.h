#pragma once

#include "diagnostic.h"
#include "document.h"

#include <QByteArray>
#include <QHash>

#include <memory>

namespace skydraft {

/// What reading a design gave: the document, or the errors that stopped it.
struct LoadResult {
    std::unique_ptr<Document> document;
    QList<Diagnostic> errors;
    QString fileName;
    QByteArray text;                 ///< the source, to locate later diagnostics in it
    QHash<QString, int> resourceIndex; ///< resource id -> index in the file's "resources"
    int migratedFrom = 0;            ///< the file's version when it was older than current
    /// What an import left out or assumed (a CloudFormation template's report); not errors.
    QList<Diagnostic> notes;
    /// Resource id -> line and column where a template declares it, for files that are not
    /// native (resourceIndex is empty for those).
    QHash<QString, std::pair<int, int>> positions;

    bool ok() const { return document && errors.isEmpty(); }
    /// Fills file, pointer, line and column of a semantic diagnostic from the source text.
    /// The text is indexed on the first call, so locating every finding of a large design
    /// reads it once, not once per finding.
    void locate(Diagnostic &diagnostic) const;

private:
    struct LocateIndex;
    mutable std::shared_ptr<const LocateIndex> m_locateIndex;
};

/// The native `.skydraft` file: versioned JSON with stable key order, semantic data apart from
/// layout. See docs in README.md ("The native file").
namespace NativeFile {
constexpr int currentVersion = 1;
constexpr int maxNesting = 64;
constexpr qint64 maxFileSize = 256 * 1024 * 1024;

/// True when the text looks like a SkyDraft design rather than a template or other JSON.
bool looksNative(const QByteArray &text);
LoadResult parse(const QByteArray &text, const QString &fileName);
LoadResult load(const QString &path);
/// The document as file text (UTF-8, two-space indented, ends with a newline).
QByteArray serialize(const Document &document);
/// Writes atomically (QSaveFile): on failure the old file is untouched.
bool save(const Document &document, const QString &path, QString *error = nullptr);
}

} // namespace skydraft
