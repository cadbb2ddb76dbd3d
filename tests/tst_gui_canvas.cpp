// The canvas and the tools around it behave as a user expects: the scene grows to what is
// placed, a placement preview does not linger, Classic Load Balancers draw their arrow, the
// zoom has limits, the toolbar is icons, and "Can it reach?" keeps its answer live.

#include "guisupport.h"
#include "views/editing/findingsoverlay.h"
#include "views/editing/livefindings.h"
#include "views/editing/reachoverlay.h"
#include "views/editing/reachtool.h"
#include "model/commands/editor.h"
#include "model/document.h"
#include "views/canvas/canvasview.h"
#include "views/canvas/diagramscene.h"
#include "views/editing/editingsession.h"
#include "views/shell/mainwindow.h"
#include "views/editing/inspector.h"
#include "views/editing/reachtool.h"
#include "views/editing/ruletableeditor.h"
#include "views/canvas/resourceitem.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QStatusBar>
#include <QComboBox>
#include <QLineEdit>
#include <QDockWidget>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>
#include <QToolBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace skydraft;

namespace {

int callouts(const DiagramScene &scene)
{
    int n = 0;
    for (const QGraphicsItem *i : scene.items())
        n += i->type() == CalloutItem::Type;
    return n;
}

} // namespace

class TestGuiCanvas : public QObject
{
    Q_OBJECT
private:
    static std::unique_ptr<MainWindow> open() { return test::shownWindow(); }

private Q_SLOTS:
    void init()
    {
        QCoreApplication::setOrganizationName(u"SkyDraftTest"_s);
        QCoreApplication::setApplicationName(u"tst_gui_canvas"_s);
    }

    void theStandbyIsLabelledWithItsPrimarysName()
    {
        // Issue 16: "standby of Database" showed the primary's id beside a node titled with
        // its name. The label and the tooltip use the name, and follow a rename and its undo.
        auto w = test::shownWindow();
        QVERIFY(w);
        const StandbyItem *standby = w->scene()->standby(u"Database"_s);
        QVERIFY(standby);
        QCOMPARE(standby->title(), u"MySQL primary (Multi-AZ)"_s);
        QVERIFY(standby->toolTip().contains(u"MySQL primary (Multi-AZ)"_s));
        QVERIFY(w->editor()->setName(u"Database"_s, u"Orders"_s));
        QCoreApplication::processEvents();
        QCOMPARE(w->scene()->standby(u"Database"_s)->title(), u"Orders"_s);
        w->editor()->undoStack()->undo();
        QCoreApplication::processEvents();
        QCOMPARE(w->scene()->standby(u"Database"_s)->title(), u"MySQL primary (Multi-AZ)"_s);
        QVERIFY(w->editor()->setName(u"Database"_s, QString()));
        QCoreApplication::processEvents();
        QCOMPARE(w->scene()->standby(u"Database"_s)->title(), u"Database"_s);
    }

    void theStandbysLabelIsWhole()
    {
        // Issue 16: "standby of MySQL …" (Korean lost "의 대기"): the label wraps in its box.
        auto w = test::shownWindow();
        QVERIFY(w);
        const StandbyItem *standby = w->scene()->standby(u"Database"_s);
        QVERIFY(standby);
        QFont font;
        font.setPointSizeF(8);
        const QFontMetricsF fm(font);
        const auto whole = [&](const QString &text) {
            const QStringList lines = standby->labelLines(text);
            QVERIFY2(lines.join(u' ') == text, qPrintable(lines.join(u'|')));
            for (const QString &line : lines)
                QVERIFY2(fm.horizontalAdvance(line) <= standby->size().width() - 12 + 0.5, qPrintable(line));
            QVERIFY(lines.size() * fm.lineSpacing() <= standby->size().height() - 32 - 10 + 0.5);
        };
        QCOMPARE(standby->label(), u"standby of MySQL primary (Multi-AZ)"_s);
        whole(standby->label());
        whole(u"MySQL primary (Multi-AZ)의 대기"_s); // as the Korean reads
        // A name too long for the box is elided at the end of the last line it has.
        const QStringList cut = standby->labelLines(u"standby of "_s + QString(u"Replica "_s).repeated(20));
        QVERIFY(cut.last().endsWith(u"…"_s));
    }

    void theSceneGrowsToWhatIsPlaced()
    {
        auto w = open();
        QVERIFY(w);
        w->newFile();
        QCoreApplication::processEvents();
        const QString vpc = w->editor()->addResource(ResourceType::Vpc, QString());
        QVERIFY(!vpc.isEmpty());
        QVERIFY(w->editor()->setGeometry({{vpc, QRectF(2000, 1500, 600, 400)}}));
        QCoreApplication::processEvents();
        const QRectF rect = w->scene()->sceneRect();
        QVERIFY2(rect.contains(QRectF(2000, 1500, 600, 400)), qPrintable(u"scene rect %1,%2 %3x%4"_s.arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height())));
        // Room past the edge to place the next one.
        QVERIFY(rect.right() >= 2600 + 100);
        // And the view can scroll there.
        w->view()->centerOn(QPointF(2300, 1700));
        QVERIFY(w->view()->mapToScene(w->view()->viewport()->rect()).boundingRect().contains(QPointF(2300, 1700)));
    }

    void aPlacementPreviewEndsWithThePlacement()
    {
        auto w = open();
        QVERIFY(w);
        CanvasView *canvas = w->editing()->canvas();
        canvas->setZoom(1.0);
        w->view()->centerOn(w->scene()->item(u"AppSubnetA"_s));
        const ResourceItem *subnet = w->scene()->item(u"AppSubnetA"_s);
        const QPoint inSubnet = w->view()->mapFromScene(subnet->mapToScene(QPointF(20, subnet->size().height() - 20)));
        for (const bool cancel : {true, false}) {
            canvas->startPlacing(ResourceType::Ec2Instance);
            QTest::mouseMove(w->view()->viewport(), inSubnet);
            QMouseEvent move(QEvent::MouseMove, inSubnet, w->view()->viewport()->mapToGlobal(inSubnet), Qt::NoButton,
                             Qt::NoButton, Qt::NoModifier);
            QCoreApplication::sendEvent(w->view()->viewport(), &move);
            QCOMPARE(w->scene()->dropTarget(), u"AppSubnetA"_s);
            if (cancel)
                QTest::keyClick(w->view()->viewport(), Qt::Key_Escape);
            else
                QTest::mouseClick(w->view()->viewport(), Qt::LeftButton, Qt::NoModifier, inSubnet);
            QVERIFY2(w->scene()->dropTarget().isEmpty(), cancel ? "after Esc" : "after placing");
        }
    }

    void placingFindsAFreeSpot()
    {
        auto w = open();
        QVERIFY(w);
        DiagramScene *scene = w->scene();
        const ResourceItem *subnet = scene->item(u"DataSubnetB"_s);
        const QPointF spot = subnet->mapToScene(QPointF(subnet->size().width() / 2, subnet->size().height() / 2));
        // Three clicks on one spot: three instances side by side, none on another.
        QStringList placed;
        for (int i = 0; i < 3; ++i) {
            const QString id = w->editing()->place(ResourceType::Ec2Instance, spot);
            QVERIFY(!id.isEmpty());
            QCOMPARE(w->document()->find(id)->parent, u"DataSubnetB"_s);
            placed.append(id);
        }
        const auto rectOf = [scene](const QString &id) { return test::sceneBox(*scene, id); };
        for (int a = 0; a < placed.size(); ++a)
            for (int b = a + 1; b < placed.size(); ++b)
                QVERIFY2(!rectOf(placed[a]).intersects(rectOf(placed[b])), qPrintable(placed[a] + u" on "_s + placed[b]));
        // A database goes in the VPC (its subnet group says where): dropped on a subnet, it
        // is drawn beside the zones, not inside one it does not belong to.
        // A database goes in the VPC, in the subnet it was dropped on (its subnet group: that
        // subnet and the one on the same row of the other zone), drawn there.
        const QString db = w->editing()->place(ResourceType::RdsInstance, spot);
        QVERIFY(!db.isEmpty());
        QCOMPARE(w->document()->find(db)->parent, u"Vpc"_s);
        QCOMPARE(w->document()->find(db)->references(u"subnets"_s), (QStringList{u"DataSubnetB"_s, u"DataSubnetA"_s}));
        QVERIFY(rectOf(u"DataSubnetB"_s).contains(rectOf(db)));
        for (const QString &i : placed)
            QVERIFY(!rectOf(db).intersects(rectOf(i)));
        if (qEnvironmentVariableIsSet("CANVAS_SHOT")) {
            w->resize(1400, 900);
            QCoreApplication::processEvents();
            w->view()->centerOn(subnet);
            w->view()->viewport()->grab().save(qEnvironmentVariable("CANVAS_SHOT"));
        }
    }

    void classicLoadBalancersDrawTheirArrowToTheGroup()
    {
        auto w = open();
        QVERIFY(w);
        Editor *e = w->editor();
        const QString clb = e->addResource(ResourceType::LoadBalancer, u"Vpc"_s);
        QVERIFY(e->setProperty(clb, u"kind"_s, u"classic"_s));
        QVERIFY(e->setProperty(u"WebServerGroup"_s, u"loadBalancers"_s, QStringList{clb}));
        QCoreApplication::processEvents();
        bool drawn = false;
        for (const Relation &r : w->scene()->relationsOf(clb))
            drawn |= r.from == clb && r.to == u"WebServerGroup"_s;
        QVERIFY(drawn);
    }

    void pasteOnlyWithSomethingToPasteAndShortcutsEverywhere()
    {
        QGuiApplication::clipboard()->clear();
        auto w = open();
        QVERIFY(w);
        EditingSession *edit = w->editing();
        QVERIFY(!edit->action(EditingSession::Action::Paste)->isEnabled());
        edit->select({u"Database"_s});
        edit->action(EditingSession::Action::Copy)->trigger();
        QVERIFY(edit->action(EditingSession::Action::Paste)->isEnabled());
        edit->action(EditingSession::Action::Duplicate)->trigger();
        QVERIFY2(w->statusBar()->currentMessage().contains(u"Duplicated"_s), qPrintable(w->statusBar()->currentMessage()));
        // Save As and Preferences have a key on every desktop, not only where the platform
        // defines one.
        QStringList missing;
        for (QMenu *menu : {w->fileMenu(), w->toolsMenu()})
            for (QAction *a : menu->actions())
                if ((a->text().contains(u"Save &As"_s) || a->text().contains(u"Preferences"_s)) && a->shortcut().isEmpty())
                    missing.append(a->text());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    }

    void whatIsBeingTypedIsSaved()
    {
        auto w = open();
        QVERIFY(w);
        w->editing()->select({u"Database"_s});
        QCoreApplication::processEvents();
        auto *name = qobject_cast<QLineEdit *>(w->editing()->inspector()->field(u"name"_s));
        QVERIFY(name);
        QCOMPARE(name->cursorPosition(), 0); // a long name shows its start, not its end
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, u"Orders database"_s);
        QCOMPARE(w->document()->find(u"Database"_s)->name, u"MySQL primary (Multi-AZ)"_s); // not committed yet
        QTemporaryDir dir;
        const QString path = dir.filePath(u"typed.skydraft"_s);
        QVERIFY(w->saveTo(path));
        QCOMPARE(w->document()->find(u"Database"_s)->name, u"Orders database"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("Orders database"));
        QVERIFY(w->undoStack()->isClean()); // saved, with the name in it
    }

    void wheelOverAnInspectorDropDownScrollsInsteadOfEditing()
    {
        auto w = open();
        QVERIFY(w);
        w->editing()->select({u"Database"_s});
        QCoreApplication::processEvents();
        auto *engine = qobject_cast<QComboBox *>(w->editing()->inspector()->field(u"engine"_s));
        QVERIFY(engine);
        const QString before = w->document()->find(u"Database"_s)->string(u"engine"_s);
        const int steps = w->undoStack()->count();
        const QPoint at = engine->rect().center();
        QWheelEvent wheel(at, engine->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(engine, &wheel);
        QCOMPARE(w->document()->find(u"Database"_s)->string(u"engine"_s), before);
        QCOMPARE(w->undoStack()->count(), steps);
    }

    void undoSelectsWhatComesBack()
    {
        auto w = open();
        QVERIFY(w);
        EditingSession *edit = w->editing();
        // A rename undone: the old id is back, and selected (the inspector still shows it).
        edit->select({u"Database"_s});
        QVERIFY(w->editor()->renameId(u"Database"_s, u"OrdersDb"_s));
        w->undoStack()->undo();
        QCOMPARE(edit->selectedIds(), QStringList{u"Database"_s});
        w->undoStack()->redo();
        QCOMPARE(edit->selectedIds(), QStringList{u"OrdersDb"_s});
        // A deletion undone: the subnet comes back selected, not its contents one by one.
        edit->select({u"PublicSubnetA"_s});
        edit->action(EditingSession::Action::Delete)->trigger();
        QVERIFY(!w->document()->contains(u"PublicSubnetA"_s));
        w->undoStack()->undo();
        QCOMPARE(edit->selectedIds(), QStringList{u"PublicSubnetA"_s});
    }

    void rightClickMenu()
    {
        auto w = open();
        QVERIFY(w);
        w->editing()->canvas()->setZoom(1.0);
        w->view()->centerOn(w->scene()->item(u"Database"_s));
        w->scene()->clearSelection();
        const ResourceItem *db = w->scene()->item(u"Database"_s);
        const QPoint at = w->view()->mapFromScene(db->mapToScene(QPointF(db->size().width() / 2, 20)));
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, w->view()->viewport()->mapToGlobal(at));
        QCoreApplication::sendEvent(w->view()->viewport(), &event);
        // The resource under the click is what the menu acts on.
        QCOMPARE(w->editing()->selectedIds(), QStringList{u"Database"_s});
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr);
        QVERIFY(menu->actions().contains(w->editing()->action(EditingSession::Action::Delete)));
        QAction *reachHere = menu->findChild<QAction *>(u"reachHere"_s);
        QVERIFY(reachHere);
        reachHere->trigger();
        menu->close();
        QCOMPARE(w->editing()->reachTool()->destinationBox()->currentData().toString(), u"Database"_s);
        // On the empty canvas: no delete, but select all.
        w->scene()->clearSelection();
        std::unique_ptr<QMenu> empty(w->editing()->contextMenu());
        QVERIFY(!empty->actions().contains(w->editing()->action(EditingSession::Action::Delete)));
        QVERIFY(empty->actions().contains(w->editing()->action(EditingSession::Action::SelectAll)));
    }

    void aDesignOpensReadable()
    {
        // A small window: fitting the sample would make its labels unreadable; it opens at a
        // readable zoom, its top in view, instead. A big design still opens whole.
        auto w = std::make_unique<MainWindow>();
        w->resize(940, 640);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QVERIFY(w->openFile(MainWindow::defaultSamplePath()));
        QVERIFY(w->view()->transform().m11() >= 0.5);
        const QRectF shown = w->view()->mapToScene(w->view()->viewport()->rect()).boundingRect();
        QVERIFY(shown.contains(test::sceneBox(*w->scene(), u"Vpc"_s).topLeft()));
    }

    void pastingIntoAnotherDesignLeavesNoDanglingReferences()
    {
        auto w = open();
        QVERIFY(w);
        EditingSession *edit = w->editing();
        edit->select({u"WebLoadBalancer"_s, u"WebServerGroup"_s, u"Database"_s});
        edit->copy();
        QVERIFY(w->openFile(u":/samples/single-instance.skydraft"_s));
        edit->select({u"Vpc"_s});
        const QStringList created = edit->paste();
        QVERIFY(created.size() >= 3);
        const Document *doc = w->document();
        for (const QString &id : created)
            for (const Reference &ref : doc->referencesFrom(id))
                QVERIFY2(doc->contains(ref.to), qPrintable(u"%1.%2 -> %3"_s.arg(id, ref.property, ref.to)));
        QVERIFY2(w->statusBar()->currentMessage().contains(u"PublicSubnetA"_s), qPrintable(w->statusBar()->currentMessage()));
        // The VPC grew to hold what went into it.
        const QRectF vpc = test::sceneBox(*w->scene(), u"Vpc"_s);
        for (const QString &id : created)
            if (doc->find(id)->parent == u"Vpc"_s)
                QVERIFY2(vpc.contains(test::sceneBox(*w->scene(), id)), qPrintable(id));
    }

    void exportTheDesignForOtherTools()
    {
        auto w = open();
        QVERIFY(w);
        QTemporaryDir dir;
        const QList<std::tuple<QString, QString, QByteArray>> cases = {
            {u"cloudformation"_s, u"design.yaml"_s, "AWSTemplateFormatVersion"},
            {u"cloudformation"_s, u"design.json"_s, "\"AWSTemplateFormatVersion\""},
            {u"terraform"_s, u"main.tf"_s, "resource \"aws_vpc\""},
            {u"drawio"_s, u"design.drawio"_s, "<mxfile"}};
        for (const auto &[to, name, marker] : cases) {
            QString error;
            QVERIFY2(w->exportDesign(to, dir.filePath(name), &error), qPrintable(error));
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(file.readAll().contains(marker), qPrintable(name));
        }
        QString error;
        QVERIFY(!w->exportDesign(u"cloudformation"_s, u"/proc/nowhere/design.yaml"_s, &error));
        QVERIFY(!error.isEmpty());
        // The menu offers the three.
        QMenu *menu = w->fileMenu()->findChild<QMenu *>(u"exportDesignMenu"_s);
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), 3);
    }

    void fillingInARuleIsOneUndoStep()
    {
        auto w = open();
        QVERIFY(w);
        w->editing()->select({u"WebSecurityGroup"_s});
        QCoreApplication::processEvents();
        auto *table = qobject_cast<RuleTableEditor *>(w->editing()->inspector()->field(u"inbound"_s));
        QVERIFY(table);
        const QVariantList before = w->document()->find(u"WebSecurityGroup"_s)->rows(u"inbound"_s);
        const int steps = w->undoStack()->count();
        // Add a rule, then fill in its port and its source: what the table emits, cell by cell.
        QVariantList rows = before;
        rows.append(QVariantMap{{u"protocol"_s, u"tcp"_s}, {u"fromPort"_s, 0}, {u"toPort"_s, 65535}});
        Q_EMIT table->rowsEdited(rows);
        QVariantMap rule = rows.last().toMap();
        rule.insert(u"fromPort"_s, 22);
        rule.insert(u"toPort"_s, 22);
        rows.last() = rule;
        Q_EMIT table->rowsEdited(rows);
        rule.insert(u"cidr"_s, u"10.0.0.0/16"_s);
        rows.last() = rule;
        Q_EMIT table->rowsEdited(rows);
        QCOMPARE(w->document()->find(u"WebSecurityGroup"_s)->rows(u"inbound"_s).size(), before.size() + 1);
        QCOMPARE(w->undoStack()->count(), steps + 1);
        w->undoStack()->undo();
        QCOMPARE(w->document()->find(u"WebSecurityGroup"_s)->rows(u"inbound"_s), before);
        // Another edit in between starts a new step.
        Q_EMIT table->rowsEdited(rows);
        w->editor()->setName(u"Database"_s, u"Orders"_s);
        Q_EMIT table->rowsEdited(before);
        QCOMPARE(w->undoStack()->count(), steps + 3);
    }

    void zoomHasLimits()
    {
        auto w = open();
        QVERIFY(w);
        for (int i = 0; i < 100; ++i)
            w->zoomIn();
        QVERIFY(w->view()->transform().m11() <= 8.0);
        QVERIFY(w->view()->transform().m11() > 4.0);
        for (int i = 0; i < 200; ++i)
            w->zoomOut();
        // Out to about half the whole design, not to a dot.
        const QRectF bounds = w->scene()->itemsBoundingRect();
        const qreal fit = std::min(w->view()->viewport()->width() / bounds.width(), w->view()->viewport()->height() / bounds.height());
        QVERIFY(w->view()->transform().m11() >= fit / 2 * 0.8);
        QVERIFY(w->view()->transform().m11() < fit);
        // The status bar says the zoom.
        w->view()->viewport()->repaint();
        auto *zoom = w->statusBar()->findChild<QLabel *>(u"zoomLabel"_s);
        QVERIFY(zoom);
        QCOMPARE(zoom->text(), u"%1 %"_s.arg(qRound(w->view()->transform().m11() * 100)));
    }

    void theToolbarIsIconsAndToolsHasReach()
    {
        auto w = open();
        QVERIFY(w);
        for (QAction *a : w->mainToolBar()->actions())
            if (!a->isSeparator() && qobject_cast<QToolButton *>(w->mainToolBar()->widgetForAction(a)))
                QVERIFY2(!a->icon().isNull(), qPrintable(a->text()));
        // The find field at the end, after every button.
        const QList<QAction *> all = w->mainToolBar()->actions();
        QCOMPARE(w->mainToolBar()->widgetForAction(all.last())->objectName(), u"findBox"_s);
        QAction *reach = nullptr;
        for (QAction *a : w->toolsMenu()->actions())
            if (a->objectName() == u"reachAction"_s)
                reach = a;
        QVERIFY(reach);
        QDockWidget *dock = nullptr;
        for (QDockWidget *d : w->editing()->docks())
            if (d->widget() == w->editing()->reachTool())
                dock = d;
        QVERIFY(dock);
        dock->hide();
        reach->trigger();
        QVERIFY(dock->isVisible());
        QVERIFY(w->editing()->reachTool()->sourceBox()->hasFocus() || QApplication::focusWidget() == static_cast<QWidget *>(w->editing()->reachTool()->sourceBox()->lineEdit()));
    }

    void reachAnswerStaysLive()
    {
        auto w = open();
        QVERIFY(w);
        ReachTool *reach = w->editing()->reachTool();
        QVERIFY(reach->ask(u"internet"_s, u"WebLoadBalancer"_s, u"tcp"_s, 80).reachable);
        QVERIFY(reach->verdictText().contains(u"Reachable"_s));
        // Take away the load balancer's inbound rules: the answer changes without asking again.
        Editor *e = w->editor();
        QVERIFY(e->setProperty(u"LoadBalancerSecurityGroup"_s, u"inbound"_s, QVariantList()));
        QCoreApplication::processEvents();
        QVERIFY2(reach->verdictText().contains(u"Not reachable"_s), qPrintable(reach->verdictText()));
        QCOMPARE(callouts(*w->scene()), 1);
        e->undoStack()->undo();
        QCoreApplication::processEvents();
        QVERIFY2(reach->verdictText().contains(u"Reachable"_s) && !reach->verdictText().contains(u"Not"_s),
                 qPrintable(reach->verdictText()));
        QCOMPARE(callouts(*w->scene()), 0);
        // The destination goes: no stale answer, no callout left behind.
        QVERIFY(reach->ask(u"internet"_s, u"Database"_s, u"tcp"_s, 3306).reachable == false);
        QCOMPARE(callouts(*w->scene()), 1);
        QVERIFY(e->removeResources({u"Database"_s}));
        QCoreApplication::processEvents();
        QVERIFY2(reach->verdictText().contains(u"no longer"_s), qPrintable(reach->verdictText()));
        QCOMPARE(callouts(*w->scene()), 0);
        // Undo brings it back, and the question is answered again.
        e->undoStack()->undo();
        QCoreApplication::processEvents();
        QVERIFY2(reach->verdictText().contains(u"Not reachable"_s), qPrintable(reach->verdictText()));
        QCOMPARE(reach->destinationBox()->currentData().toString(), u"Database"_s);
        QCOMPARE(callouts(*w->scene()), 1);
        e->removeResources({u"Database"_s});
        QCoreApplication::processEvents();
        QVERIFY(w->editing()->reachTool()->overlay()->highlightOf(u"WebLoadBalancer"_s) == ReachOverlay::Highlight::None);
    }
};

QTEST_MAIN(TestGuiCanvas)
#include "tst_gui_canvas.moc"
