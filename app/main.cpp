#include "cli.h"
#include "views/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"SkyDraft"_s);
    QCoreApplication::setApplicationName(u"SkyDraft"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SKYDRAFT_VERSION));
}

/// Loads SkyDraft's and Qt's translations for the user's language (English is built in).
void installTranslators(QCoreApplication &app)
{
    auto *own = new QTranslator(&app);
    // English is the source language, but its plural forms ("1 resource", "2 resources")
    // live in skydraft_en: it is the fallback for every language SkyDraft does not speak.
    if (own->load(QLocale(), u"skydraft"_s, u"_"_s, u":/i18n"_s) || own->load(u":/i18n/skydraft_en"_s))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList raw;
    for (int i = 0; i < argc; ++i)
        raw.append(QString::fromLocal8Bit(argv[i]));

    if (skydraft::cli::wantsCommandLine(raw)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslators(app); // plural forms in English, and the user's language
        return skydraft::cli::run(app.arguments());
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(u":/icons/vpc.svg"_s));
    installTranslators(app);

    const QStringList args = app.arguments(); // Qt's own options are gone by now
    if (args.size() > 2 || (args.size() == 2 && args.at(1).startsWith(u'-'))) {
        std::fprintf(stderr, "skydraft: unexpected arguments; see skydraft --help\n");
        return 2;
    }

    skydraft::MainWindow window;
    window.openFile(skydraft::MainWindow::defaultSamplePath());
    if (args.size() == 2) {
        QString error;
        if (!window.openFile(args.at(1), &error)) {
            // The sample stays open; the reason is shown once the window is up.
            QTimer::singleShot(0, &window, [&window, error] {
                QMessageBox::warning(&window, QObject::tr("Cannot open design"), error);
            });
        }
    }
    window.show();
    QTimer::singleShot(0, &window, &skydraft::MainWindow::zoomToFit);
    return app.exec();
}
