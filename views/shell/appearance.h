#pragma once

#include <QList>
#include <QString>

#include <utility>

class QApplication;

namespace skydraft {

/// Light or dark: the system's, or one chosen in Preferences (QSettings "ui/appearance": "" for
/// the system's, "light", "dark"). Applied once at start, like the language.
namespace Appearance {
QString setting();
void setSetting(const QString &code);
/// The choices offered, as (code, translated name); "" follows the system.
QList<std::pair<QString, QString>> choices();
/// Whether the setting, with the system's palette, asks for dark colours.
bool wantsDark(const QString &setting, bool systemIsDark);
/// Applies the setting: a dark choice on a light system (or the reverse) switches to the
/// Fusion style with SkyDraft's palette; the canvas follows (Style::setDark).
void apply(QApplication &app);
}

} // namespace skydraft
