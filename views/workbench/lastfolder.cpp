#include "lastfolder.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace skydraft {

namespace {
const QString key = u"files/lastFolder"_s;
}

QString LastFolder::folder()
{
    const QString saved = QSettings().value(key).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString LastFolder::suggest(const QString &fileName) { return QDir(folder()).filePath(fileName); }

void LastFolder::remember(const QString &filePath)
{
    if (filePath.isEmpty() || filePath.startsWith(u":/"_s))
        return;
    QSettings().setValue(key, QFileInfo(filePath).absolutePath());
}

QString LastFolder::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    const QString path = QFileDialog::getOpenFileName(parent, caption, folder(), filter);
    remember(path);
    return path;
}

QString LastFolder::saveFileName(QWidget *parent, const QString &caption, const QString &suggestion, const QString &filter)
{
    const QString start = QFileInfo(suggestion).isAbsolute() && !suggestion.startsWith(u":/"_s)
        ? suggestion
        : suggest(QFileInfo(suggestion).fileName());
    const QString path = QFileDialog::getSaveFileName(parent, caption, start, filter);
    remember(path);
    return path;
}

} // namespace skydraft
