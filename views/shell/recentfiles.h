#pragma once

#include <QStringList>

namespace skydraft {

/// The designs opened or saved last, most recent first, kept in QSettings ("recentFiles").
namespace RecentFiles {
constexpr int maximum = 10;
/// The list, without files that no longer exist (those are dropped from the settings too).
QStringList list();
/// Puts `path` first (absolute), removing an older entry for it and anything past maximum.
void add(const QString &path);
void clear();
}

} // namespace skydraft
