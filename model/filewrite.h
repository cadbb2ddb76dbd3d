#pragma once

// Writing files so that a failed write is always reported, with its reason, and never leaves a
// file half written in place of the old one.

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace skydraft {

/// Writes every file, or reports why not. Regular files (new or existing) are written to a
/// temporary file beside them and renamed over them only when every byte of every file was
/// written: a failure leaves the old files as they were. A path that exists and is not a
/// regular file (/dev/stdout, a pipe, /dev/full) cannot be replaced: it is written in place.
/// On failure `error` is "PATH: reason" (the system's reason, e.g. "No space left on device").
bool writeFiles(const QList<std::pair<QString, QByteArray>> &files, QString *error);
inline bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    return writeFiles({{path, data}}, error);
}

} // namespace skydraft
