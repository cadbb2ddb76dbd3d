// The live simulation in the window: Simulate freezes the design, the controls play, step,
// run to the next event and seek; a zone failed from the canvas's menu shows on the canvas
// and in the charts; a run saved as a drill replays to the same bytes on the command line;
// Stop gives the design back exactly as it was.

#include "guisupport.h"

#include "model/commands/editor.h"
#include "model/nativefile.h"
#include "model/sim/simreport.h"
#include "views/simulation/chartspanel.h"
#include "views/simulation/simulationoverlay.h"
#include "views/simulation/simulationpanel.h"
#include "views/simulation/simulationroom.h"
#include "views/simulation/simulationsession.h"
#include "views/simulation/trafficlayer.h"

#include <QAction>
#include <QChart>
#include <QFrame>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QDoubleSpinBox>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace skydraft;

namespace {

QAction *menuAction(QMenu *menu, const QString &startsWith)
{
    for (QAction *a : menu->actions())
        if (a->text().startsWith(startsWith))
            return a;
    return nullptr;
}

int inZone(const SimulationSession &session, const QString &group, const QString &zone, sim::SimState state)
{
    int n = 0;
    for (const sim::ResourceSnapshot *in : session.instancesOf(group))
        n += in->zone == zone && in->state == state ? 1 : 0;
    return n;
}

} // namespace

class TestGuiSimulation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void simulateFreezesAndStopRestores()
    {
        auto w = test::shownWindow();
        QVERIFY(w);
        SimulationRoom room(w.get());
        const QByteArray before = NativeFile::serialize(*w->document());
        w->undoStack()->setIndex(w->undoStack()->index());
        QVERIFY(room.simulateAction()->isEnabled());
        room.simulateAction()->trigger();
        QVERIFY(room.isRunning());
        auto *banner = w->findChild<QFrame *>(u"simulationBanner"_s);
        QVERIFY(banner && banner->isVisible());
        QVERIFY(banner->findChild<QLabel *>(u"bannerText"_s)->text().contains(u"Esc"_s));
        // Every edit is refused with the reason; undo is off; nothing moves.
        QVERIFY(!w->editor()->setProperty(u"WebServerGroup"_s, u"desiredCapacity"_s, 4));
        QVERIFY(w->editor()->lastError().contains(u"read-only"_s));
        QVERIFY(!w->editor()->removeResources({u"Database"_s}));
        QVERIFY(!(w->scene()->item(u"Database"_s)->flags() & QGraphicsItem::ItemIsMovable));
        QVERIFY(!w->editing()->action(EditingSession::Action::Delete)->isEnabled());
        // Things happen, then Stop.
        room.session()->seek(600);
        room.stopAction()->trigger();
        QVERIFY(!room.isRunning());
        QVERIFY(!banner->isVisible());
        QCOMPARE(NativeFile::serialize(*w->document()), before);
        QVERIFY(w->scene()->item(u"Database"_s)->flags() & QGraphicsItem::ItemIsMovable);
        QVERIFY(w->editor()->setProperty(u"WebServerGroup"_s, u"desiredCapacity"_s, 4)); // editable again
    }

    void controls()
    {
        auto w = test::shownWindow();
        QVERIFY(w);
        SimulationRoom room(w.get());
        QString error;
        QVERIFY2(room.start(u":/drills/three-tier-az-loss.json"_s, &error), qPrintable(error));
        SimulationSession *s = room.session();
        SimulationPanel *panel = room.panel();
        QCOMPARE(s->now(), 0.0);
        QTest::mouseClick(panel->findChild<QToolButton *>(u"step"_s), Qt::LeftButton);
        QCOMPARE(s->now(), 1.0);
        // Run to the next event: paused just before it, saying what comes.
        QTest::mouseClick(panel->findChild<QToolButton *>(u"nextEvent"_s), Qt::LeftButton);
        QCOMPARE(s->now(), 300.0);
        QVERIFY(!s->isPlaying());
        QVERIFY(s->failedZones().isEmpty());
        QVERIFY2(panel->message()->text().contains(u"us-east-1a"_s), qPrintable(panel->message()->text()));
        // Play at 600 times real time, then pause.
        s->setSpeed(600);
        QSignalSpy advanced(s, &SimulationSession::advanced);
        QTest::mouseClick(panel->playButton(), Qt::LeftButton);
        QVERIFY(s->isPlaying());
        QTRY_VERIFY(s->now() > 320);
        QTest::mouseClick(panel->playButton(), Qt::LeftButton);
        QVERIFY(!s->isPlaying());
        QVERIFY(advanced.count() > 0);
        QCOMPARE(s->failedZones(), QStringList{u"us-east-1a"_s});
        // The timeline: clicking an event goes to its second.
        s->seek(1000);
        QTreeWidget *timeline = panel->timeline();
        QTreeWidgetItem *failed = nullptr;
        for (int i = 0; i < timeline->topLevelItemCount(); ++i)
            if (timeline->topLevelItem(i)->text(1) == u"az-failed"_s)
                failed = timeline->topLevelItem(i);
        QVERIFY(failed);
        timeline->scrollToItem(failed);
        QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, timeline->visualItemRect(failed).center());
        QCOMPARE(s->now(), 300.0);
        // Seeking back and forth lands on the same state.
        s->seek(700);
        const QByteArray at700 = sim::seriesCsv(s->simulation()->metrics());
        s->seek(50);
        s->seek(700);
        QCOMPARE(sim::seriesCsv(s->simulation()->metrics()), at700);
        // The expectations: decided by the end.
        s->seek(s->duration());
        QCOMPARE(panel->expectations()->topLevelItem(0)->text(1), u"PASS"_s);
        QVERIFY(panel->verdict()->text().contains(u"PASS"_s));
    }

    void failAZoneFromTheCanvas()
    {
        auto w = test::shownWindow();
        QVERIFY(w);
        SimulationRoom room(w.get());
        QVERIFY(room.start());
        SimulationSession *s = room.session();
        s->seek(120);
        QCOMPARE(inZone(*s, u"WebServerGroup"_s, u"us-east-1a"_s, sim::SimState::InService), 1);
        // Right-click inside zone A, on nothing in particular.
        const QRectF zoneA = test::sceneBox(*w->scene(), u"ZoneA"_s);
        std::unique_ptr<QMenu> menu(room.contextMenu(zoneA.topLeft() + QPointF(8, 40), w->view()));
        QVERIFY(menu);
        QAction *fail = menuAction(menu.get(), u"Fail This Availability Zone (us-east-1a)"_s);
        QVERIFY(fail);
        fail->trigger();
        QCOMPARE(s->failedZones(), QStringList{u"us-east-1a"_s});
        QCOMPARE(inZone(*s, u"WebServerGroup"_s, u"us-east-1a"_s, sim::SimState::Failed), 1);
        QCOMPARE(s->state(u"Database"_s)->state, sim::SimState::FailingOver);
        const sim::ResourceSnapshot *lb = s->state(u"WebLoadBalancer"_s);
        QVERIFY(!lb->nodes[0].up && lb->nodes[1].up);
        // The database's roles swap inside the failover window (60 to 120 s).
        s->seek(120 + 59);
        QCOMPARE(s->state(u"Database"_s)->state, sim::SimState::FailingOver);
        s->seek(120 + 121);
        QCOMPARE(s->state(u"Database"_s)->state, sim::SimState::Available);
        QCOMPARE(s->state(u"Database"_s)->zone, u"us-east-1b"_s);
        // Replacements boot in us-east-1b, then serve.
        s->seek(120 + 400);
        QCOMPARE(inZone(*s, u"WebServerGroup"_s, u"us-east-1b"_s, sim::SimState::InService), 2);
        // The canvas draws them: one box per instance in the zone's slot.
        const auto boxes = room.overlay()->instanceBoxes(u"WebServerGroup"_s);
        QCOMPARE(boxes.size(), qsizetype(s->instancesOf(u"WebServerGroup"_s).size()));
        QVERIFY(room.overlay()->drawsInstances(u"WebServerGroup"_s));
        QVERIFY(room.overlay()->toolTip(u"Database"_s).contains(u"us-east-1b"_s));
        // Requests move along the arrows.
        QVERIFY(!room.traffic()->lanes().isEmpty());
        bool toGroup = false;
        for (const TrafficLayer::Lane &lane : room.traffic()->lanes())
            toGroup = toGroup || (lane.from == u"WebTargetGroup"_s && lane.to == u"WebServerGroup"_s && lane.rps > 0);
        QVERIFY(toGroup);
    }

    void chartsShowTheSimulationsSeries()
    {
        auto w = test::shownWindow();
        QVERIFY(w);
        SimulationRoom room(w.get());
        QVERIFY(room.start(u":/drills/three-tier-az-loss.json"_s));
        room.session()->seek(400);
        w->scene()->item(u"WebServerGroup"_s)->setSelected(true);
        QCOMPARE(room.charts()->subject(), u"WebServerGroup"_s);
        const QList<QChart *> charts = room.charts()->charts();
        QVERIFY(charts.size() >= 2);
        const sim::Series *cpu = room.session()->simulation()->metrics().find(u"WebServerGroup"_s, u"cpu"_s);
        QVERIFY(cpu);
        const auto *line = static_cast<QLineSeries *>(charts[0]->series().first());
        QCOMPARE(line->count(), 400);
        for (int t : {0, 150, 299, 300, 350, 399})
            QCOMPARE(line->at(t), QPointF(t, cpu->at(t)));
        // Instances have a thin line each, those gone too.
        QVERIFY(charts[0]->series().size() >= 3);
        // Nothing selected: the whole design.
        w->scene()->clearSelection();
        QVERIFY(room.charts()->subject().isEmpty());
        const sim::Series *requests = room.session()->simulation()->metrics().find({}, u"requests"_s);
        const auto *total = static_cast<QLineSeries *>(room.charts()->charts()[0]->series().first());
        QCOMPARE(total->at(10).y(), requests->at(10));
    }

    void aRecordedRunReplaysOnTheCommandLine()
    {
        auto w = test::shownWindow();
        QVERIFY(w);
        SimulationRoom room(w.get());
        QVERIFY(room.start(u":/drills/three-tier-az-loss.json"_s));
        SimulationSession *s = room.session();
        s->seek(100);
        std::unique_ptr<QMenu> menu(room.contextMenu(test::sceneBox(*w->scene(), u"Database"_s).center(), w->view()));
        QAction *reboot = menuAction(menu.get(), u"Reboot Database with Failover"_s);
        QVERIFY(reboot);
        reboot->trigger();
        s->seek(200);
        room.panel()->findChild<QDoubleSpinBox *>(u"rps"_s)->setValue(150);
        room.panel()->applyTraffic();
        s->seek(s->duration());
        QTemporaryDir dir;
        QString error;
        QVERIFY2(room.saveDrill(dir.filePath(u"recorded.json"_s), &error), qPrintable(error));
        QVERIFY(room.exportSeries(dir.filePath(u"gui.csv"_s), &error));
        QProcess cli;
        cli.start(QStringLiteral(SKYDRAFT_BINARY),
                  {u"simulate"_s, QStringLiteral(SKYDRAFT_SOURCE_DIR "/resources/samples/three-tier.skydraft"), u"--drill"_s,
                   dir.filePath(u"recorded.json"_s), u"--csv"_s, dir.filePath(u"cli.csv"_s)});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() <= 1, cli.readAllStandardError().constData());
        QFile gui(dir.filePath(u"gui.csv"_s)), replay(dir.filePath(u"cli.csv"_s));
        QVERIFY(gui.open(QIODevice::ReadOnly) && replay.open(QIODevice::ReadOnly));
        const QByteArray guiBytes = gui.readAll();
        QVERIFY(guiBytes.size() > 1000);
        QVERIFY(guiBytes == replay.readAll());
    }

    void openingAnotherDesignStops()
    {
        auto w = test::shownWindow();
        QVERIFY(w);
        SimulationRoom room(w.get());
        QVERIFY(room.start());
        QVERIFY(w->openFile(u":/samples/stateful-shop.skydraft"_s));
        QVERIFY(!room.isRunning());
        QVERIFY(w->editor()->readOnlyReason().isEmpty());
    }
};

QTEST_MAIN(TestGuiSimulation)
#include "tst_gui_simulation.moc"
