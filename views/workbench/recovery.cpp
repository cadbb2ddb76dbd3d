#include "recovery.h"

#include "model/nativefile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace skydraft {

namespace {

QString basePath(const QString &design) { return design.chopped(int(QStringLiteral(".skydraft").size())); }

/// True when the session that wrote `base` still runs (it holds the lock).
bool ownerRunning(const QString &base)
{
    if (!QFile::exists(base + u".lock"_s))
        return false;
    QLockFile lock(base + u".lock"_s);
    // Only a dead owner makes a lock stale: a live session keeps its lock for hours.
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        lock.unlock();
        return false;
    }
    return true;
}

} // namespace

Recovery::Recovery()
{
    const QString dir = recoveryDirectory();
    QDir().mkpath(dir);
    m_base = dir + u'/' + u"session-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_lock = std::make_unique<QLockFile>(m_base + u".lock"_s);
    m_lock->setStaleLockTime(0);
    m_lock->tryLock(0);
}

Recovery::~Recovery() = default; // the lock goes; a design left behind is recoverable

QString Recovery::recoveryDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery"_s;
}

QList<RecoveryFile> Recovery::recoverable()
{
    QList<RecoveryFile> files;
    const QDir dir(recoveryDirectory());
    for (const QFileInfo &info : dir.entryInfoList({u"*.skydraft"_s}, QDir::Files)) {
        const QString base = basePath(info.absoluteFilePath());
        if (ownerRunning(base))
            continue;
        RecoveryFile file;
        file.design = info.absoluteFilePath();
        file.savedAt = info.lastModified();
        QFile meta(base + u".json"_s);
        if (meta.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(meta.readAll()).object();
            file.originalPath = o.value(u"path"_s).toString();
            file.name = o.value(u"name"_s).toString();
        }
        if (file.name.isEmpty())
            file.name = info.fileName();
        files.append(file);
    }
    // Locks of crashed sessions that never autosaved: trying one removes it when stale.
    for (const QFileInfo &info : dir.entryInfoList({u"*.lock"_s}, QDir::Files)) {
        const QString base = info.absoluteFilePath().chopped(5);
        if (!QFile::exists(base + u".skydraft"_s))
            ownerRunning(base);
    }
    std::sort(files.begin(), files.end(),
              [](const RecoveryFile &a, const RecoveryFile &b) { return a.savedAt > b.savedAt; });
    return files;
}

void Recovery::discard(const RecoveryFile &file)
{
    const QString base = basePath(file.design);
    QFile::remove(file.design);
    QFile::remove(base + u".json"_s);
    if (!ownerRunning(base))
        QFile::remove(base + u".lock"_s);
}

bool Recovery::write(const Document &document, const QString &originalPath, const QString &name, QString *error)
{
    if (!NativeFile::save(document, designPath(), error))
        return false;
    QSaveFile meta(m_base + u".json"_s);
    if (!meta.open(QIODevice::WriteOnly)) {
        if (error)
            *error = meta.errorString();
        return false;
    }
    meta.write(QJsonDocument(QJsonObject{{u"path"_s, originalPath}, {u"name"_s, name}}).toJson());
    return meta.commit();
}

void Recovery::remove()
{
    QFile::remove(designPath());
    QFile::remove(m_base + u".json"_s);
}

QString Recovery::designPath() const { return m_base + u".skydraft"_s; }

bool Recovery::exists() const { return QFile::exists(designPath()); }

} // namespace skydraft
