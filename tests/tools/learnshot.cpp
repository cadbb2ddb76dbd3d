// Takes a picture of the main window with a study scenario in progress, for the README:
//   learnshot OUT.png [SCENARIO] [WIDTHxHEIGHT]
// Offscreen (QT_QPA_PLATFORM=offscreen), in the system's language: the scenario's start design
// with one goal fixed through the editor and the first hint shown.

#include "model/commands/editor.h"
#include "views/learning/scenariopanel.h"
#include "views/learning/studyroom.h"
#include "views/shell/mainwindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QPushButton>
#include <QTimer>
#include <QTranslator>

#include "shotsupport.h"

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: learnshot OUT.png [SCENARIO] [WIDTHxHEIGHT]\n");
        return 2;
    }
    shot::installTranslations(app);
    skydraft::MainWindow window;
    skydraft::StudyRoom room(&window);
    const QStringList size = args.value(3, QStringLiteral("1500x950")).split(QLatin1Char('x'));
    window.resize(size.value(0).toInt(), size.value(1).toInt());
    window.show();
    QString error;
    if (!room.open(args.value(2, QStringLiteral("rds-multi-az")), &error)) {
        std::fprintf(stderr, "learnshot: %s\n", qPrintable(error));
        return 2;
    }
    // One goal fixed, one hint asked for: a scenario in progress.
    window.editor()->setProperty(QStringLiteral("Database"), QStringLiteral("multiAz"), true);
    room.panel()->hintButton()->click();
    QTimer::singleShot(400, &window, [&] {
        room.regrade();
        window.showDesign();
        QTimer::singleShot(300, &window, [&] {
            const bool ok = window.grab().save(args.at(1));
            app.exit(ok ? 0 : 1);
        });
    });
    return app.exec();
}
