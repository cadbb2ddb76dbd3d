// Study mode in the window: Help > Study, a scenario opened from its start design, a fix made
// through the Editor, the checklist turning complete, hints, questions, progress and the
// read-only solution window.

#include "guisupport.h"

#include "model/commands/editor.h"
#include "model/document.h"
#include "views/workbench/documentsession.h"
#include "views/learning/scenariolist.h"
#include "views/learning/scenariopanel.h"
#include "views/learning/studyprogress.h"
#include "views/learning/studyroom.h"

#include <QDockWidget>
#include <QGraphicsView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace skydraft;

class TestGuiLearn : public QObject
{
    Q_OBJECT

private:
    static int metCount(const ScenarioPanel *panel)
    {
        int met = 0;
        for (int i = 0; i < panel->checklist()->count(); ++i)
            met += panel->checklist()->item(i)->data(Qt::UserRole).toBool() ? 1 : 0;
        return met;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"SkyDraftTest"_s);
        QCoreApplication::setApplicationName(u"tst_gui_learn"_s);
        StudyProgress::reset();
    }

    void helpMenuHasStudy()
    {
        auto w = test::shownWindow();
        QVERIFY(w);
        StudyRoom room(w.get());
        QVERIFY(w->menu(Workbench::Menu::Help)->actions().contains(room.studyAction()));
        QVERIFY(room.scenarios().size() >= 14);
        ScenarioListDialog list(room.scenarios(), w.get());
        // Grouped by topic: every top-level item is a topic holding scenarios.
        QVERIFY(list.tree()->topLevelItemCount() >= 5);
        int scenarios = 0;
        for (int i = 0; i < list.tree()->topLevelItemCount(); ++i)
            scenarios += list.tree()->topLevelItem(i)->childCount();
        QCOMPARE(scenarios, int(room.scenarios().size()));
        QCOMPARE(list.tree()->topLevelItem(0)->child(0)->data(0, Qt::UserRole).toString(), u"whatisthetime"_s);
        QCOMPARE(list.tree()->topLevelItem(0)->child(0)->text(2), ScenarioListDialog::tr("Not solved"));
    }

    void fixByEditingTurnsChecklistComplete()
    {
        auto w = test::shownWindow();
        QVERIFY(w);
        StudyRoom room(w.get());
        QSignalSpy solved(&room, &StudyRoom::solved);
        QVERIFY(room.open(u"health-checks"_s));
        QVERIFY(room.dock()->isVisible());
        ScenarioPanel *panel = room.panel();
        QCOMPARE(panel->checklist()->count(), 2);
        QCOMPARE(metCount(panel), 0);
        QVERIFY(!panel->afterSuccess()->isVisible());
        QCOMPARE(w->session()->document()->find(u"WebServerGroup"_s)->string(u"healthCheckType"_s), u"EC2"_s);

        // Hints come one at a time.
        QCOMPARE(panel->hintsShown(), 0);
        panel->hintButton()->click();
        QCOMPARE(panel->hintsShown(), 1);
        panel->hintButton()->click();
        QCOMPARE(panel->hintsShown(), 2);
        QVERIFY(!panel->hintButton()->isEnabled());

        // The fix, as the inspector would make it; the checklist follows after the burst.
        QVERIFY(w->editor()->setProperty(u"WebServerGroup"_s, u"healthCheckType"_s, u"ELB"_s));
        QTRY_COMPARE(metCount(panel), 2);
        QVERIFY(room.allMet());
        QCOMPARE(solved.size(), 1);
        QVERIFY(panel->afterSuccess()->isVisible());
        QVERIFY(StudyProgress::solved(u"health-checks"_s));

        // Undo takes it back: the checklist is live.
        w->session()->editor()->undoStack()->undo();
        QTRY_COMPARE(metCount(panel), 0);
        QVERIFY(!panel->afterSuccess()->isVisible());

        // Questions: a wrong answer, then the right one, which is kept as progress.
        w->session()->editor()->undoStack()->redo();
        QTRY_COMPARE(metCount(panel), 2);
        QVERIFY(!panel->answer(0, {1}));
        QVERIFY(panel->answer(0, {0}));
        QCOMPARE(StudyProgress::answered(u"health-checks"_s), 1);
        const learn::Scenario *s = room.current();
        QVERIFY(ScenarioListDialog::progressText(*s).contains(u"1"_s));
    }

    void liveChecklistOnAReachGoal()
    {
        auto w = test::shownWindow();
        QVERIFY(w);
        StudyRoom room(w.get());
        QVERIFY(room.open(u"bastion"_s));
        ScenarioPanel *panel = room.panel();
        const int before = metCount(panel);
        QVERIFY(before < panel->checklist()->count());
        // Narrow both SSH rules: the bastion's to the office, the web servers' to the bastion's group.
        Document *doc = w->session()->document();
        QVariantList bastion = doc->find(u"BastionSecurityGroup"_s)->rows(u"inbound"_s);
        QVariantMap rule = bastion.first().toMap();
        rule[u"cidr"_s] = u"203.0.113.10/32"_s;
        bastion[0] = rule;
        QVERIFY(w->editor()->setProperty(u"BastionSecurityGroup"_s, u"inbound"_s, bastion));
        QVariantList web = doc->find(u"WebSecurityGroup"_s)->rows(u"inbound"_s);
        QVariantMap ssh = web.last().toMap();
        ssh.remove(u"cidr"_s);
        ssh[u"group"_s] = u"BastionSecurityGroup"_s;
        web.last() = ssh;
        QVERIFY(w->editor()->setProperty(u"WebSecurityGroup"_s, u"inbound"_s, web));
        QTRY_COMPARE(metCount(panel), panel->checklist()->count());
        QVERIFY(room.allMet());
    }

    void solutionOpensReadOnly()
    {
        auto w = test::shownWindow();
        QVERIFY(w);
        StudyRoom room(w.get());
        QVERIFY(room.open(u"rds-multi-az"_s));
        QWidget *solution = room.showSolution();
        QVERIFY(solution);
        QVERIFY(solution->isWindow());
        auto *view = solution->findChild<QGraphicsView *>();
        QVERIFY(view);
        QVERIFY(!view->isInteractive());
        QVERIFY(view->scene()->items().size() > 10);
        // The learner's design is untouched.
        QVERIFY(!w->session()->document()->find(u"Database"_s)->boolean(u"multiAz"_s));
        solution->close();
    }

    void drillRunsThroughTheRunner()
    {
        auto w = test::shownWindow();
        QVERIFY(w);
        StudyRoom room(w.get());
        QString played;
        room.setDrillRunner([&played](const QString &drill, QString *) {
            played = drill;
            return true;
        });
        QVERIFY(room.open(u"scaling"_s));
        QVERIFY(room.panel()->drillButton()->isEnabled());
        room.panel()->drillButton()->click();
        QVERIFY2(played.endsWith(u"drills/scaling-spike.json"_s), qPrintable(played));
    }
};

QTEST_MAIN(TestGuiLearn)
#include "tst_gui_learn.moc"
