#include "cli.h"
#include "views/shell/appearance.h"
#include "views/shell/language.h"
#include "views/shell/mainwindow.h"
#include "views/learning/studyroom.h"
#include "views/simulation/simulationroom.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTemporaryDir>
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

/// Loads SkyDraft's and Qt's translations for `locale` (English is built in). The GUI passes
/// the language chosen in Preferences (the system's by default); the command line follows the
/// system locale, so a script's output does not depend on a GUI setting.
void installTranslators(QCoreApplication &app, const QLocale &locale = QLocale())
{
    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    // English is the source language, but its plural forms ("1 resource", "2 resources")
    // live in skydraft_en: it is the fallback for every language SkyDraft does not speak.
    if (own->load(locale, u"skydraft"_s, u"_"_s, u":/i18n"_s) || own->load(u":/i18n/skydraft_en"_s))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList raw;
    for (int i = 0; i < argc; ++i)
        raw.append(QString::fromLocal8Bit(argv[i]));

    if (skydraft::cli::rendersDiagram(raw)) {
        // Drawing needs a GUI application, never a display: the offscreen platform renders
        // with the system's fonts (fontconfig), Korean included.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // CI runners often have no session: a private runtime folder keeps Qt from warning
        // about it on stderr, which scripts read.
        QTemporaryDir runtime;
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && runtime.isValid())
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
        QApplication app(argc, argv);
        setIdentity();
        installTranslators(app);
        return skydraft::cli::run(app.arguments());
    }
    if (skydraft::cli::wantsCommandLine(raw)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslators(app); // plural forms in English, and the user's language
        return skydraft::cli::run(app.arguments());
    }

    QApplication app(argc, argv);
    setIdentity();
    // The desktop groups the window with its entry and icon by the application id (Wayland's
    // app_id; on X11 the window class, SkyDraft, matches the entry's StartupWMClass).
    QGuiApplication::setDesktopFileName(QStringLiteral(SKYDRAFT_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(SKYDRAFT_APP_ID),
                                                 QIcon(QStringLiteral(":/app/" SKYDRAFT_APP_ID ".svg"))));
    installTranslators(app, skydraft::Language::uiLocale());
    skydraft::Appearance::apply(app); // before any window: the canvas reads its colours once

    const QStringList args = app.arguments(); // Qt's own options are gone by now
    if (args.size() > 2 || (args.size() == 2 && args.at(1).startsWith(u'-'))) {
        std::fprintf(stderr, "skydraft: unexpected arguments; see skydraft --help\n");
        return 2;
    }

    skydraft::MainWindow window;
    skydraft::SimulationRoom simulation(&window); // the live simulation, F5
    skydraft::StudyRoom study(&window);           // Help > Study
    // "Run the Drill" plays in the live simulation; the rooms know nothing of each other.
    study.setDrillRunner([&simulation](const QString &drill, QString *error) { return simulation.start(drill, error); });
    // The file asked for; the sample when none is given or it cannot be opened.
    QString error;
    if (args.size() != 2 || !window.openFile(args.at(1), &error))
        window.openFile(skydraft::MainWindow::defaultSamplePath());
    if (!error.isEmpty()) // shown once the window is up
        QTimer::singleShot(0, &window, [&window, error] {
            QMessageBox::warning(&window, QObject::tr("Cannot open design"), error);
        });
    // Once the window is up: a design left by a crash is offered; recovering it replaces
    // what opened here.
    QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
    window.show();
    QTimer::singleShot(0, &window, &skydraft::MainWindow::showDesign); // now that the canvas has its size
    return app.exec();
}
