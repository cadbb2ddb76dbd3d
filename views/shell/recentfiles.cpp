#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace skydraft {

namespace {
const QString key = u"recentFiles"_s;
}

QStringList RecentFiles::list()
{
    QSettings settings;
    const QStringList stored = settings.value(key).toStringList();
    QStringList existing;
    for (const QString &path : stored)
        if (QFileInfo::exists(path) && !existing.contains(path) && existing.size() < maximum)
            existing.append(path);
    if (existing != stored)
        settings.setValue(key, existing);
    return existing;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = list();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > maximum)
        paths.removeLast();
    QSettings().setValue(key, paths);
}

void RecentFiles::clear() { QSettings().remove(key); }

} // namespace skydraft
