#pragma once

#include <QString>

class QWidget;

namespace skydraft {

/// The folder file dialogs start in: the last one a file was opened from or saved to
/// (QSettings "files/lastFolder"), in any dialog of the window, across sessions. Falls back to
/// the user's documents folder (or home) when none was used yet or it is gone.
namespace LastFolder {
QString folder();
/// `fileName` in that folder: what a Save dialog suggests.
QString suggest(const QString &fileName);
/// Remembers the folder of `filePath` (a dialog was accepted with it); empty is ignored.
void remember(const QString &filePath);
/// QFileDialog's, starting in folder() and remembering the folder of the file chosen.
QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
/// `suggestion`: a bare file name goes in folder(); a path (the design's own file) is kept.
QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestion, const QString &filter);
}

} // namespace skydraft
