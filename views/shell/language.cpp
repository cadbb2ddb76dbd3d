#include "language.h"

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace skydraft {

namespace {
const QString key = u"ui/language"_s;
struct LanguageMsg {
    Q_DECLARE_TR_FUNCTIONS(skydraft::Language)
};
} // namespace

QString Language::setting() { return QSettings().value(key).toString(); }

void Language::setSetting(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, code);
}

QLocale Language::uiLocale()
{
    const QString code = setting();
    if (code == u"ko"_s)
        return QLocale(QLocale::Korean, QLocale::SouthKorea);
    if (code == u"en"_s)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale::system();
}

QList<std::pair<QString, QString>> Language::choices()
{
    // Each language by its own name, so a user who cannot read the current one finds theirs.
    return {{QString(), LanguageMsg::tr("System language")}, {u"en"_s, u"English"_s}, {u"ko"_s, u"한국어"_s}};
}

} // namespace skydraft
