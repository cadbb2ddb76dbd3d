// Takes a picture of the main window in the middle of a drill, for the README:
//   simshot OUT.png DRILL SECOND [SELECT] [WIDTHxHEIGHT]
// The window runs offscreen (QT_QPA_PLATFORM=offscreen) on the three-tier sample in the
// system's language; the drill is played up to SECOND, paused, and SELECT (a resource id) is
// selected so the charts follow it. Used by scripts/screenshots.sh.

#include "views/canvas/diagramscene.h"
#include "views/shell/mainwindow.h"
#include "views/canvas/resourceitem.h"
#include "views/simulation/simulationroom.h"
#include "views/simulation/simulationsession.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QTimer>
#include <QTranslator>

#include "shotsupport.h"

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: simshot OUT.png DRILL SECOND [SELECT] [WIDTHxHEIGHT]\n");
        return 2;
    }
    shot::installTranslations(app);
    skydraft::MainWindow window;
    skydraft::SimulationRoom room(&window);
    window.openFile(skydraft::MainWindow::defaultSamplePath());
    const QStringList size = args.value(5, QStringLiteral("1400x900")).split(QLatin1Char('x'));
    window.resize(size.value(0).toInt(), size.value(1).toInt());
    window.show();
    QString error;
    if (!room.start(args.at(2), &error)) {
        std::fprintf(stderr, "simshot: %s\n", qPrintable(error));
        return 2;
    }
    room.session()->seek(args.at(3).toDouble());
    if (args.size() > 4 && !args.at(4).isEmpty())
        if (skydraft::ResourceItem *item = window.scene()->item(args.at(4)))
            item->setSelected(true);
    QTimer::singleShot(300, &window, [&] {
        window.showDesign();
        QTimer::singleShot(300, &window, [&] {
            const bool ok = window.grab().save(args.at(1));
            app.exit(ok ? 0 : 1);
        });
    });
    return app.exec();
}
