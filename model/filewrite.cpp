#include "filewrite.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace skydraft {

namespace {

struct WriteMsg {
    Q_DECLARE_TR_FUNCTIONS(skydraft::FileWrite)
};

/// The reason a write failed: the device's, else the system's (errno), never "Unknown error".
QString reason(const QFileDevice &file, int savedErrno)
{
    QString why = file.errorString();
    if (why.isEmpty() || why == u"Unknown error"_s)
        why = savedErrno ? qt_error_string(savedErrno) : QString();
    if (why.isEmpty() || why == u"Unknown error"_s)
        why = WriteMsg::tr("the write did not complete");
    return why;
}

bool failed(QString *error, const QString &path, const QString &why)
{
    if (error)
        *error = path + u": "_s + why;
    return false;
}

/// Writes all of `data` to an open device; false when any byte was not written or flushed.
bool writeAll(QFileDevice &file, const QByteArray &data)
{
    qint64 done = 0;
    while (done < data.size()) {
        const qint64 n = file.write(data.constData() + done, data.size() - done);
        if (n <= 0)
            return false;
        done += n;
    }
    return file.flush() && file.error() == QFileDevice::NoError;
}

} // namespace

bool writeFiles(const QList<std::pair<QString, QByteArray>> &files, QString *error)
{
    std::vector<std::unique_ptr<QSaveFile>> pending;
    for (const auto &[path, data] : files) {
        const QFileInfo info(path);
        if (info.exists() && !info.isFile() && !info.isDir()) {
            // A device or a pipe: there is nothing to replace atomically.
            QFile direct(path);
            errno = 0;
            if (!direct.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || !writeAll(direct, data))
                return failed(error, path, reason(direct, errno));
            continue;
        }
        auto file = std::make_unique<QSaveFile>(path);
        errno = 0;
        // Unbuffered: every write reaches the system, so a full disk fails the write itself
        // (a buffered flush inside commit() could fail unseen and keep a cut file).
        if (!file->open(QIODevice::WriteOnly | QIODevice::Unbuffered) || !writeAll(*file, data)) {
            const QString why = reason(*file, errno);
            file->cancelWriting();
            return failed(error, path, why); // the unfinished files are discarded, nothing replaced
        }
        pending.push_back(std::move(file));
    }
    for (const auto &file : pending) {
        errno = 0;
        if (!file->commit())
            return failed(error, file->fileName(), reason(*file, errno));
    }
    return true;
}

} // namespace skydraft
