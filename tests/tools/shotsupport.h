#pragma once

// Shared by the screenshot tools (simshot, learnshot): the build's translations.

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace shot {

/// Installs the build's translations (app/skydraft_<lang>.qm, English plural forms as the
/// fallback) and Qt's own, in the system's language, as the app does.
inline void installTranslations(QCoreApplication &app)
{
    const QLocale locale;
    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("skydraft"), QStringLiteral("_"), QStringLiteral(SKYDRAFT_QM_DIR))
        || own->load(QStringLiteral("skydraft_en"), QStringLiteral(SKYDRAFT_QM_DIR)))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace shot
