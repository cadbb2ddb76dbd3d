#pragma once

#include <QLocale>
#include <QString>

namespace skydraft {

/// The user-interface language: the system's, or one chosen in Preferences (QSettings
/// "ui/language": "" for the system's, "en", "ko"). Read once at start: a change applies on
/// restart.
namespace Language {
QString setting();
void setSetting(const QString &code);
/// The locale whose translations the GUI loads.
QLocale uiLocale();
/// The languages offered, as (code, name in that language); "" is the system's.
QList<std::pair<QString, QString>> choices();
}

} // namespace skydraft
