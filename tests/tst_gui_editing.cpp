// Editing on the canvas: the palette places resources where the catalogue allows (and says why
// not), a drag-move is one undo step and reparents, copy/paste makes fresh ids, delete undoes.

#include "guisupport.h"
#include "model/commands/editor.h"
#include "model/document.h"
#include "model/routing.h"
#include "views/canvas/canvasview.h"
#include "views/canvas/diagramscene.h"
#include "views/editing/editingsession.h"
#include "views/editing/findbox.h"
#include "views/editing/inspector.h"
#include "views/shell/mainwindow.h"
#include "views/editing/palette.h"
#include "views/canvas/placement.h"
#include "views/canvas/resourceitem.h"
#include "views/canvas/style.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QLabel>
#include <QStatusBar>
#include <QSvgRenderer>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace skydraft;

namespace {

/// The centre of a resource on screen, in viewport coordinates.
QPoint onScreen(MainWindow &w, const QString &id)
{
    const ResourceItem *item = w.scene()->item(id);
    return w.view()->mapFromScene(item->mapToScene(QPointF(item->size().width() / 2, item->size().height() / 2)));
}

QPointF sceneCentre(MainWindow &w, const QString &id)
{
    const ResourceItem *item = w.scene()->item(id);
    return item->mapToScene(QPointF(item->size().width() / 2, item->size().height() / 2));
}

/// A drop of a palette entry, as the palette's own drag would deliver it.
void dropType(MainWindow &w, ResourceType type, const QPointF &scenePos)
{
    QTreeWidget *tree = w.editing()->palette()->tree();
    QModelIndex index;
    for (int g = 0; g < tree->topLevelItemCount() && !index.isValid(); ++g)
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
            if (tree->topLevelItem(g)->child(i)->text(0) == typeLabel(type))
                index = tree->model()->index(i, 0, tree->model()->index(g, 0));
    QVERIFY(index.isValid());
    std::unique_ptr<QMimeData> mime(tree->model()->mimeData({index}));
    QVERIFY(mime && mime->hasFormat(CanvasView::resourceMimeType));
    const QPoint at = w.view()->mapFromScene(scenePos);
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(w.view()->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(w.view()->viewport(), &drop);
}

void drag(QWidget *viewport, const QPoint &from, const QPoint &to)
{
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
    for (int step = 1; step <= 5; ++step) {
        const QPoint at = from + (to - from) * step / 5;
        QMouseEvent move(QEvent::MouseMove, at, viewport->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &move);
    }
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, to);
}

} // namespace

class TestGuiEditing : public QObject
{
    Q_OBJECT
private:
    static std::unique_ptr<MainWindow> open() { return test::shownWindow(MainWindow::defaultSamplePath(), u"Vpc"_s); }

private Q_SLOTS:
    void init()
    {
        QCoreApplication::setOrganizationName(u"SkyDraftTest"_s);
        QCoreApplication::setApplicationName(u"tst_gui_editing"_s);
    }

    void paletteListsEveryTypeAndFilters()
    {
        MainWindow w;
        Palette *palette = w.editing()->palette();
        QCOMPARE(palette->visibleTypes().size(), resourceTypeCount);
        // Each with an icon drawn for the project, in its category's colour family.
        for (ResourceType t : allResourceTypes()) {
            QSvgRenderer icon(Style::iconPath(t));
            QVERIFY2(icon.isValid(), qPrintable(typeKey(t)));
        }
        palette->filterBox()->setText(u"subnet"_s);
        QCOMPARE(palette->visibleTypes(), QList<ResourceType>{ResourceType::Subnet});
        palette->filterBox()->setText(u"database"_s); // a category name shows its group
        QVERIFY(palette->visibleTypes().contains(ResourceType::AuroraCluster));
        palette->filterBox()->clear();
        QCOMPARE(palette->visibleTypes().size(), resourceTypeCount);
    }

    void modelChangesShowOnTheCanvas()
    {
        auto w = open();
        QVERIFY(w);
        Editor *editor = w->editor();
        const QString id = editor->addResource(ResourceType::Ec2Instance, u"PublicSubnetB"_s, QRectF(140, 30, 120, 96));
        QVERIFY(w->scene()->item(id));
        QCOMPARE(w->scene()->item(id)->parentItem(), w->scene()->item(u"PublicSubnetB"_s));
        QVERIFY(editor->removeResources({id}));
        QVERIFY(!w->scene()->item(id));
    }

    void dropIntoContainerSetsTheParent()
    {
        auto w = open();
        QVERIFY(w);
        Document *doc = w->document();
        const int before = doc->count();
        const int steps = w->editor()->undoStack()->count();
        dropType(*w, ResourceType::Ec2Instance, sceneCentre(*w, u"PublicSubnetB"_s));
        QCOMPARE(doc->count(), before + 1);
        const Resource *added = doc->resources().last();
        QCOMPARE(added->type, ResourceType::Ec2Instance);
        QCOMPARE(added->parent, u"PublicSubnetB"_s);
        QCOMPARE(w->scene()->item(added->id)->parentItem(), w->scene()->item(u"PublicSubnetB"_s));
        QCOMPARE(w->editing()->selectedIds(), QStringList{added->id});
        QCOMPARE(w->editor()->undoStack()->count(), steps + 1); // one step, containers' growth included
        // The subnet still holds it whole.
        const QRectF child = *doc->geometry(added->id);
        const QRectF subnet = *doc->geometry(u"PublicSubnetB"_s);
        QVERIFY(QRectF(QPointF(), subnet.size()).contains(child));

        // An RDS instance dropped in a subnet lands in its VPC (its subnet group says where it runs).
        dropType(*w, ResourceType::RdsInstance, sceneCentre(*w, u"DataSubnetB"_s));
        QCOMPARE(doc->resources().last()->type, ResourceType::RdsInstance);
        QCOMPARE(doc->resources().last()->parent, u"Vpc"_s);

        // Click-to-place goes the same way.
        w->editing()->canvas()->startPlacing(ResourceType::Subnet);
        QTest::mouseClick(w->view()->viewport(), Qt::LeftButton, Qt::NoModifier,
                          w->view()->mapFromScene(sceneCentre(*w, u"ZoneB"_s) + QPointF(0, 150)));
        QCOMPARE(doc->resources().last()->type, ResourceType::Subnet);
        QCOMPARE(doc->resources().last()->parent, u"ZoneB"_s);
        QCOMPARE(w->editing()->canvas()->mode(), CanvasView::Mode::Select);
    }

    void aSubnetIsMadePublicInOneStep()
    {
        // Issue 16: a public subnet took five steps (a route table, its default route, the
        // gateway, the association). Now one context-menu action, one undo step.
        auto w = open();
        QVERIFY(w);
        Document *doc = w->document();
        QUndoStack *stack = w->editor()->undoStack();
        const auto action = [&w](const QString &id) -> QAction * {
            w->editing()->select({id});
            QMenu *menu = w->editing()->contextMenu(w->view());
            menu->deleteLater();
            return menu->findChild<QAction *>(u"makeSubnetPublic"_s);
        };
        const auto count = [doc](ResourceType type) { return doc->resourcesOfType(type).size(); };

        // The sample's VPC has a gateway and a public table: a data subnet shares them.
        QVERIFY(!isPublicSubnet(*doc, u"DataSubnetB"_s));
        QVERIFY(!action(u"PublicSubnetA"_s)); // already public: nothing to offer
        const auto tables = count(ResourceType::RouteTable);
        const auto gateways = count(ResourceType::InternetGateway);
        const int steps = stack->count();
        QAction *make = action(u"DataSubnetB"_s);
        QVERIFY(make);
        make->trigger();
        QVERIFY(isPublicSubnet(*doc, u"DataSubnetB"_s));
        QCOMPARE(doc->find(u"DataSubnetB"_s)->string(u"routeTable"_s), routeTableOf(*doc, u"PublicSubnetA"_s));
        QCOMPARE(count(ResourceType::RouteTable), tables);
        QCOMPARE(count(ResourceType::InternetGateway), gateways);
        QCOMPARE(stack->count(), steps + 1);
        QVERIFY2(w->editing()->lastMessage().contains(u"public"_s), qPrintable(w->editing()->lastMessage()));
        stack->undo();
        QVERIFY(!isPublicSubnet(*doc, u"DataSubnetB"_s));

        // A new VPC with one subnet and nothing else: the gateway and the table are made too,
        // inside the VPC, and all of it goes in one undo.
        Editor *e = w->editor();
        const QString vpc = e->addResource(ResourceType::Vpc, {}, QRectF(3000, 0, 900, 600));
        const QString zone = e->addResource(ResourceType::AvailabilityZone, vpc, QRectF(20, 160, 400, 400));
        const QString subnet = e->addResource(ResourceType::Subnet, zone, QRectF(20, 40, 300, 200));
        QVERIFY(!subnet.isEmpty());
        QCoreApplication::processEvents();
        const int before = stack->count();
        const auto resources = doc->resources().size();
        make = action(subnet);
        QVERIFY(make);
        make->trigger();
        QVERIFY(isPublicSubnet(*doc, subnet));
        QCOMPARE(stack->count(), before + 1);
        QCOMPARE(doc->resources().size(), resources + 2);
        const QString gateway = internetGatewayOf(*doc, vpc);
        QVERIFY(!gateway.isEmpty());
        QCOMPARE(doc->find(routeTableOf(*doc, subnet))->parent, vpc);
        // Placed in the VPC, clear of the subnet.
        QCoreApplication::processEvents();
        const QRectF vpcBox = test::sceneBox(*w->scene(), vpc);
        for (const QString &id : {gateway, routeTableOf(*doc, subnet)}) {
            const QRectF box = test::sceneBox(*w->scene(), id);
            QVERIFY2(vpcBox.contains(box), qPrintable(id));
            QVERIFY2(!box.intersects(test::sceneBox(*w->scene(), subnet)), qPrintable(id));
        }
        stack->undo();
        QVERIFY(!isPublicSubnet(*doc, subnet));
        QCOMPARE(doc->resources().size(), resources);
        stack->redo();
        QVERIFY(isPublicSubnet(*doc, subnet));
        // A second subnet of that VPC shares the new table.
        const QString other = e->addResource(ResourceType::Subnet, zone, QRectF(20, 260, 300, 120));
        QVERIFY(w->editing()->makeSubnetPublic(other));
        QCOMPARE(routeTableOf(*doc, other), routeTableOf(*doc, subnet));
        QCOMPARE(doc->resources().size(), resources + 3);
        // Refused with a reason when there is nothing to do.
        QVERIFY(!w->editing()->makeSubnetPublic(other));
        QVERIFY(w->editing()->lastMessage().contains(u"already public"_s));
    }

    void aSecondZoneLinesUpWithTheFirst()
    {
        // Issue 16: a zone dropped beside the first landed about 10 px lower.
        auto w = open();
        QVERIFY(w);
        Editor *e = w->editor();
        const QSizeF size = Placement::defaultSize(ResourceType::AvailabilityZone);
        const QString vpc = e->addResource(ResourceType::Vpc, {}, QRectF(3000, 0, 2 * size.width() + 120, size.height() + 120));
        const QString first = e->addResource(ResourceType::AvailabilityZone, vpc, QRectF(QPointF(16, 40), size));
        QVERIFY(!first.isEmpty());
        QCoreApplication::processEvents();
        w->view()->centerOn(test::sceneBox(*w->scene(), vpc).center());
        QCoreApplication::processEvents();
        const QRectF a = test::sceneBox(*w->scene(), first);
        dropType(*w, ResourceType::AvailabilityZone, QPointF(a.right() + 40 + size.width() / 2, a.top() + 13 + size.height() / 2));
        const Resource *second = w->document()->resources().last();
        QCOMPARE(second->type, ResourceType::AvailabilityZone);
        QVERIFY(second->id != first);
        const QRectF b = test::sceneBox(*w->scene(), second->id);
        QCOMPARE(b.top(), a.top());
        QVERIFY(b.left() > a.right());
    }

    void invalidDropIsRefusedWithAReason_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("reason");
        QTest::newRow("subnet outside a VPC") << int(ResourceType::Subnet) << u"outside"_s << u"Availability Zone"_s;
        QTest::newRow("RDS outside a VPC") << int(ResourceType::RdsInstance) << u"outside"_s << u"VPC"_s;
        QTest::newRow("EC2 outside a subnet") << int(ResourceType::Ec2Instance) << u"vpc"_s << u"Subnet"_s;
        QTest::newRow("Route 53 inside a VPC") << int(ResourceType::Route53Record) << u"vpc"_s << u"outside"_s;
    }
    void invalidDropIsRefusedWithAReason()
    {
        QFETCH(int, type);
        QFETCH(QString, where);
        QFETCH(QString, reason);
        auto w = open();
        QVERIFY(w);
        Document *doc = w->document();
        const int before = doc->count();
        const int steps = w->editor()->undoStack()->count();
        const QRectF vpc = w->scene()->item(u"Vpc"_s)->sceneBoundingRect();
        // Inside the VPC but in no zone or subnet: its right margin.
        const QPointF at = where == u"outside"_s ? vpc.topRight() + QPointF(60, 0) : vpc.bottomRight() - QPointF(20, 20);
        w->view()->centerOn(at);
        dropType(*w, ResourceType(type), at);
        QCOMPARE(doc->count(), before);
        QCOMPARE(w->editor()->undoStack()->count(), steps);
        const QString message = w->editing()->lastMessage();
        QVERIFY2(message.contains(reason), qPrintable(message));
        QCOMPARE(w->statusBar()->currentMessage(), message);
        // The gesture's hint clearing (the next mouse move) leaves the refusal to be read.
        Q_EMIT w->editing()->canvas()->hint(QString());
        QCOMPARE(w->statusBar()->currentMessage(), message);
        QVERIFY(Workbench::readingTimeMs(message) >= 8000);
    }

    void statusBarIsNeverStale()
    {
        // The design's size is a live summary, not a message left from opening it; messages
        // say what the last action did, and long ones stay longer.
        auto w = open();
        QVERIFY(w);
        auto *summary = w->statusBar()->findChild<QLabel *>(u"designSummary"_s);
        QVERIFY(summary);
        const int count = w->document()->count();
        QVERIFY2(summary->text().startsWith(QString::number(count) + u" "_s), qPrintable(summary->text()));
        QVERIFY2(w->statusBar()->currentMessage().contains(u"three-tier"_s), qPrintable(w->statusBar()->currentMessage()));
        w->editing()->select({u"WebTargetGroup"_s});
        w->editing()->deleteSelection();
        QVERIFY2(summary->text().startsWith(QString::number(count - 1) + u" "_s), qPrintable(summary->text()));
        QVERIFY2(w->statusBar()->currentMessage().startsWith(u"Deleted"_s), qPrintable(w->statusBar()->currentMessage()));
        w->editor()->undoStack()->undo();
        QVERIFY2(summary->text().startsWith(QString::number(count) + u" "_s), qPrintable(summary->text()));
        QVERIFY(Workbench::readingTimeMs(QString(300, u'x')) > Workbench::readingTimeMs(u"Saved"_s));
        QCOMPARE(Workbench::readingTimeMs(u"Saved"_s), 8000);
    }

    void dragMoveIsOneUndoStep()
    {
        auto w = open();
        QVERIFY(w);
        Document *doc = w->document();
        QUndoStack *stack = w->editor()->undoStack();
        const QRectF before = *doc->geometry(u"Database"_s);
        const int steps = stack->count();
        const QPoint from = onScreen(*w, u"Database"_s);
        drag(w->view()->viewport(), from, from + QPoint(0, 40));
        QCOMPARE(stack->count(), steps + 1);
        const QRectF after = *doc->geometry(u"Database"_s);
        QVERIFY2(after.top() > before.top() + 30, qPrintable(u"%1 -> %2"_s.arg(before.top()).arg(after.top())));
        QCOMPARE(after.left(), before.left());
        QCOMPARE(int(after.top()) % int(DiagramScene::gridSize), 0); // snapped
        QCOMPARE(doc->find(u"Database"_s)->parent, u"Vpc"_s);
        stack->undo();
        QCOMPARE(*doc->geometry(u"Database"_s), before);
        QCOMPARE(w->scene()->item(u"Database"_s)->pos(), before.topLeft());
    }

    void movingAGroupPushesNothing()
    {
        // Dragging the Auto Scaling group down by its header moves it, and only it (and what it
        // holds): the database below it stays where it is, as do the subnets.
        auto w = open();
        QVERIFY(w);
        Document *doc = w->document();
        const QString asg = u"WebServerGroup"_s;
        const QRectF database = *doc->geometry(u"Database"_s);
        const QRectF before = *doc->geometry(asg);
        const ResourceItem *item = w->scene()->item(asg);
        const QPoint from = w->view()->mapFromScene(item->mapToScene(QPointF(item->size().width() / 3, 10)));
        drag(w->view()->viewport(), from, from + QPoint(0, 48));
        QVERIFY2(doc->geometry(asg)->top() > before.top() + 20, "the group did not move");
        QCOMPARE(*doc->geometry(u"Database"_s), database);
    }

    void movingIntoAnotherContainerReparents()
    {
        auto w = open();
        QVERIFY(w);
        Document *doc = w->document();
        QUndoStack *stack = w->editor()->undoStack();
        const int steps = stack->count();
        const QPoint from = onScreen(*w, u"NatGatewayA"_s);
        const QPoint to = w->view()->mapFromScene(sceneCentre(*w, u"PublicSubnetB"_s) + QPointF(60, 10));
        const QPointF natBefore = w->scene()->item(u"NatGatewayA"_s)->scenePos();
        const QRectF eipBefore = *doc->geometry(u"NatIpA"_s);
        QWidget *viewport = w->view()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
        QMouseEvent move(QEvent::MouseMove, to, viewport->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &move);
        // While it moves, the container it would land in is outlined and named.
        QCOMPARE(w->scene()->dropTarget(), u"PublicSubnetB"_s);
        QVERIFY2(w->statusBar()->currentMessage().contains(u"PublicSubnetB"_s), qPrintable(w->statusBar()->currentMessage()));
        QCOMPARE(doc->find(u"NatGatewayA"_s)->parent, u"PublicSubnetA"_s); // nothing written yet
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, to);
        QVERIFY(w->scene()->dropTarget().isEmpty());
        QCOMPARE(doc->find(u"NatGatewayA"_s)->parent, u"PublicSubnetB"_s);
        // Its Elastic IP, drawn as a badge on it, went along (in the same step).
        QCOMPARE(doc->geometry(u"NatIpA"_s)->topLeft(),
                 eipBefore.topLeft() + w->scene()->item(u"NatGatewayA"_s)->scenePos() - natBefore);
        QCOMPARE(w->scene()->item(u"NatGatewayA"_s)->parentItem(), w->scene()->item(u"PublicSubnetB"_s));
        QCOMPARE(stack->count(), steps + 1);
        stack->undo();
        QCOMPARE(doc->find(u"NatGatewayA"_s)->parent, u"PublicSubnetA"_s);

        // Out of every subnet, into the VPC's body: refused, put back, nothing recorded.
        const QRectF vpc = w->scene()->item(u"Vpc"_s)->sceneBoundingRect();
        const QRectF was = *doc->geometry(u"NatGatewayA"_s);
        drag(w->view()->viewport(), onScreen(*w, u"NatGatewayA"_s), w->view()->mapFromScene(vpc.bottomRight() - QPointF(70, 60)));
        QCOMPARE(doc->find(u"NatGatewayA"_s)->parent, u"PublicSubnetA"_s);
        QCOMPARE(w->scene()->item(u"NatGatewayA"_s)->pos(), was.topLeft());
        QCOMPARE(stack->count(), steps + 1); // the undone step is still there to redo; nothing new
        QVERIFY2(w->editing()->lastMessage().contains(u"Subnet"_s), qPrintable(w->editing()->lastMessage()));
    }

    void connectByDragging()
    {
        auto w = open();
        QVERIFY(w);
        Document *doc = w->document();
        QUndoStack *stack = w->editor()->undoStack();
        const QString tg = w->editor()->addResource(ResourceType::TargetGroup, u"Vpc"_s, QRectF(600, 30, 120, 96));
        const int steps = stack->count();
        w->editing()->action(EditingSession::Action::ConnectMode)->trigger();
        QCOMPARE(w->editing()->canvas()->mode(), CanvasView::Mode::Connect);
        drag(w->view()->viewport(), onScreen(*w, u"WebLoadBalancer"_s), onScreen(*w, tg));
        QCOMPARE(stack->count(), steps + 1);
        QCOMPARE(doc->find(u"WebLoadBalancer"_s)->rows(u"listeners"_s).last().toMap().value(u"targetGroup"_s).toString(), tg);
        // Nothing moved on the way.
        QCOMPARE(doc->geometry(tg)->topLeft(), QPointF(600, 30));
        QTest::keyClick(w->view()->viewport(), Qt::Key_Escape);
        QCOMPARE(w->editing()->canvas()->mode(), CanvasView::Mode::Select);
    }

    void resizeAContainerByItsCorner()
    {
        auto w = open();
        QVERIFY(w);
        Document *doc = w->document();
        QUndoStack *stack = w->editor()->undoStack();
        const QRectF zone = *doc->geometry(u"ZoneB"_s);
        const QRectF vpc = *doc->geometry(u"Vpc"_s);
        const ResourceItem *item = w->scene()->item(u"ZoneB"_s);
        // Select it by its header, then pull its corner out.
        QTest::mouseClick(w->view()->viewport(), Qt::LeftButton, Qt::NoModifier,
                          w->view()->mapFromScene(item->mapToScene(QPointF(60, 10))));
        QCOMPARE(w->editing()->selectedIds(), QStringList{u"ZoneB"_s});
        const int steps = stack->count();
        const QPoint corner = w->view()->mapFromScene(item->mapToScene(QPointF(zone.width(), zone.height())));
        drag(w->view()->viewport(), corner, corner + QPoint(200, 40));
        QCOMPARE(stack->count(), steps + 1);
        QVERIFY(doc->geometry(u"ZoneB"_s)->width() >= zone.width() + 190);
        QCOMPARE(doc->geometry(u"ZoneB"_s)->topLeft(), zone.topLeft());
        // The VPC grew to hold it.
        QVERIFY(doc->geometry(u"Vpc"_s)->right() >= vpc.left() + doc->geometry(u"ZoneB"_s)->right());
        stack->undo();
        QCOMPARE(*doc->geometry(u"ZoneB"_s), zone);
        QCOMPARE(*doc->geometry(u"Vpc"_s), vpc);
    }

    void copyPasteMakesNewIds()
    {
        auto w = open();
        QVERIFY(w);
        Document *doc = w->document();
        QUndoStack *stack = w->editor()->undoStack();
        const int before = doc->count();
        w->editing()->select({u"PublicSubnetA"_s});
        w->editing()->copy();
        const int steps = stack->count();
        const QStringList created = w->editing()->paste();
        QCOMPARE(created.size(), 2); // the subnet and its NAT gateway
        QCOMPARE(stack->count(), steps + 1);
        QCOMPARE(doc->count(), before + 2);
        const Resource *subnet = doc->find(created[0]);
        const Resource *nat = doc->find(created[1]);
        QVERIFY(subnet && nat);
        QVERIFY(!created.contains(u"PublicSubnetA"_s) && !created.contains(u"NatGatewayA"_s));
        QCOMPARE(subnet->type, ResourceType::Subnet);
        QCOMPARE(subnet->parent, u"ZoneA"_s);
        QCOMPARE(nat->parent, subnet->id);
        QCOMPARE(subnet->string(u"routeTable"_s), u"PublicRouteTable"_s); // references outside kept
        QVERIFY(subnet->string(u"cidr"_s) != doc->find(u"PublicSubnetA"_s)->string(u"cidr"_s)); // a free block
        QCOMPARE(w->editing()->selectedIds(), QStringList{subnet->id});
        // Clear of the original, not on top of it.
        QVERIFY(!w->scene()->item(subnet->id)->sceneBox().intersects(w->scene()->item(u"PublicSubnetA"_s)->sceneBox()));
        // A node pasted twice: each copy clear of the original and of the one before.
        w->editing()->select({u"NatGatewayB"_s});
        w->editing()->copy();
        const QString natOne = w->editing()->paste().value(0);
        const QString natTwo = w->editing()->paste().value(0);
        QVERIFY(!natOne.isEmpty() && !natTwo.isEmpty());
        const auto box = [&w](const QString &id) { return w->scene()->item(id)->sceneBox(); };
        QVERIFY(!box(natOne).intersects(box(u"NatGatewayB"_s)));
        QVERIFY2(!box(natTwo).intersects(box(natOne)), qPrintable(u"%1,%2 %3 / %4,%5"_s.arg(box(natOne).x()).arg(box(natOne).y()).arg(box(natOne).width()).arg(box(natTwo).x()).arg(box(natTwo).y())));
        stack->undo();
        stack->undo();
        w->editing()->select({subnet->id});
        // Duplicate works on the selection (the pasted subnet) without the clipboard.
        const QStringList again = w->editing()->duplicate();
        QCOMPARE(again.size(), 2);
        QCOMPARE(doc->count(), before + 4);
        stack->undo();
        stack->undo();
        QCOMPARE(doc->count(), before);
    }

    void keyboardShortcuts()
    {
        auto w = open();
        QVERIFY(w);
        Document *doc = w->document();
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        const int before = doc->count();
        w->editing()->select({u"MainRouteTable"_s});
        w->view()->setFocus();
        QTest::keyClick(w->view(), Qt::Key_C, Qt::ControlModifier);
        QTest::keyClick(w->view(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(doc->count(), before + 1);
        const QString pasted = w->editing()->selectedIds().value(0);
        QVERIFY(pasted != u"MainRouteTable"_s && doc->contains(pasted));
        // Delete in a text field edits the text, not the design.
        auto *name = qobject_cast<QLineEdit *>(w->editing()->inspector()->field(u"name"_s));
        QVERIFY(name);
        name->setFocus();
        QTest::keyClick(name, Qt::Key_Delete);
        QVERIFY(doc->contains(pasted));
        // On the canvas it deletes the selection.
        w->view()->setFocus();
        QTest::keyClick(w->view(), Qt::Key_Delete);
        QVERIFY(!doc->contains(pasted));
        QTest::keyClick(w->view(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(doc->contains(pasted));
        // Arrow keys nudge the selection by a grid step, one undo step each.
        w->editing()->select({u"MainRouteTable"_s});
        const QRectF was = *doc->geometry(u"MainRouteTable"_s);
        const int steps = w->undoStack()->index();
        QTest::keyClick(w->view(), Qt::Key_Right);
        QTest::keyClick(w->view(), Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(doc->geometry(u"MainRouteTable"_s)->topLeft(),
                 was.topLeft() + QPointF(DiagramScene::gridSize, 4 * DiagramScene::gridSize));
        QCOMPARE(w->undoStack()->index(), steps + 2);
    }

    void deleteAndUndo()
    {
        auto w = open();
        QVERIFY(w);
        Document *doc = w->document();
        const int before = doc->count();
        const QStringList inside = doc->descendants(u"ZoneB"_s);
        w->editing()->select({u"ZoneB"_s, u"PublicSubnetB"_s});
        w->editing()->action(EditingSession::Action::Delete)->trigger();
        QCOMPARE(doc->count(), before - 1 - int(inside.size()));
        QVERIFY(!w->scene()->item(u"ZoneB"_s));
        w->undoStack()->undo();
        QCOMPARE(doc->count(), before);
        for (const QString &id : inside)
            QCOMPARE(w->scene()->item(id)->parentItem(), w->scene()->item(doc->find(id)->parent));
        QVERIFY(doc->find(u"WebLoadBalancer"_s)->references(u"subnets"_s).contains(u"PublicSubnetB"_s));
    }

    void alignRightBottomAndDistribute()
    {
        auto w = open();
        QVERIFY(w);
        QUndoStack *stack = w->editor()->undoStack();
        const auto box = [&w](const QString &id) { return w->scene()->item(id)->sceneBox(); };
        const QStringList three{u"MainRouteTable"_s, u"PublicRouteTable"_s, u"DatabaseSecurityGroup"_s};
        for (const QString &id : three)
            QVERIFY2(w->scene()->item(id), qPrintable(id));
        // Squeeze the middle one next to the first, then distribute: equal gaps again, the ends kept.
        const QRectF first = box(three[0]);
        const QRectF last = box(three[2]);
        QVERIFY(w->editor()->setGeometry({{three[1], QRectF(w->document()->geometry(three[1])->topLeft()
                                                              - QPointF(box(three[1]).left() - first.right() - 4, 0),
                                                          w->document()->geometry(three[1])->size())}},
                                         u"Squeeze"_s));
        w->editing()->select(three);
        QVERIFY(w->editing()->action(EditingSession::Action::DistributeHorizontally)->isEnabled());
        int steps = stack->count();
        w->editing()->action(EditingSession::Action::DistributeHorizontally)->trigger();
        QCOMPARE(stack->count(), steps + 1);
        QCOMPARE(box(three[0]).left(), first.left());
        QCOMPARE(box(three[2]).left(), last.left());
        const qreal gapA = box(three[1]).left() - box(three[0]).right();
        const qreal gapB = box(three[2]).left() - box(three[1]).right();
        QVERIFY2(qAbs(gapA - gapB) <= 1, qPrintable(u"gaps %1 and %2"_s.arg(gapA).arg(gapB)));
        // Right and bottom edges.
        w->editing()->select({u"MainRouteTable"_s, u"Database"_s});
        w->editing()->action(EditingSession::Action::AlignRight)->trigger();
        QCOMPARE(box(u"MainRouteTable"_s).right(), box(u"Database"_s).right());
        w->editing()->action(EditingSession::Action::AlignBottom)->trigger();
        QCOMPARE(box(u"MainRouteTable"_s).bottom(), box(u"Database"_s).bottom());
        // Two resources cannot be distributed.
        QVERIFY(!w->editing()->action(EditingSession::Action::DistributeVertically)->isEnabled());
    }

    void findAResourceByIdNameOrType()
    {
        auto w = open();
        QVERIFY(w);
        FindBox *box = w->editing()->findBox();
        QVERIFY(box && box->isVisible());
        // Ctrl+F from the canvas goes to the field.
        w->view()->setFocus();
        QTest::keyClick(w->view()->viewport(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(box->hasFocus());
        // Part of a name, any case: the best match is chosen with Enter, selected and shown.
        QCOMPARE(box->matches(u"webservergroup"_s).value(0), u"WebServerGroup"_s);
        QVERIFY(box->matches(u"mysql"_s).contains(u"Database"_s)); // by its name
        QVERIFY(box->matches(u"nat gateway"_s).contains(u"NatGatewayA"_s)); // by its type
        QTest::keyClicks(box, u"databasesecurity"_s);
        if (box->completer()->popup()->isVisible())
            QTest::keyClick(box->completer()->popup(), Qt::Key_Escape); // close the completion list
        QCOMPARE(box->text(), u"databasesecurity"_s);
        QTest::keyClick(box, Qt::Key_Return);
        QCOMPARE(w->editing()->selectedIds(), QStringList{u"DatabaseSecurityGroup"_s});
        QVERIFY(w->view()->viewport()->rect().contains(
            w->view()->mapFromScene(w->scene()->item(u"DatabaseSecurityGroup"_s)->sceneBox().center())));
        // Nothing found: said so, the selection kept.
        box->setFocus();
        box->setText(u"no-such-thing"_s);
        QTest::keyClick(box, Qt::Key_Return);
        QCOMPARE(w->editing()->selectedIds(), QStringList{u"DatabaseSecurityGroup"_s});
        QVERIFY(w->statusBar()->currentMessage().contains(u"no-such-thing"_s));
    }

    void oneEnterInTheOpenListJumpsToTheMatch()
    {
        auto w = open();
        QVERIFY(w);
        FindBox *box = w->editing()->findBox();
        box->setFocus();
        QSignalSpy found(box, &FindBox::found);
        // The list is open as one types; one Enter there picks the best match, selects it and
        // shows it (not just closes the list).
        QTest::keyClicks(box, u"databasesecurity"_s);
        QAbstractItemView *popup = box->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().first().toString(), u"DatabaseSecurityGroup"_s);
        QVERIFY(!popup->isVisible());
        QCOMPARE(w->editing()->selectedIds(), QStringList{u"DatabaseSecurityGroup"_s});
        QVERIFY(w->view()->viewport()->rect().contains(
            w->view()->mapFromScene(w->scene()->item(u"DatabaseSecurityGroup"_s)->sceneBox().center())));
        // An entry highlighted with the arrow keys: Enter takes that one, once.
        box->setFocus();
        box->clear();
        QTest::keyClicks(box, u"subnet"_s);
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Down);
        const QString picked = popup->currentIndex().data().toString();
        QVERIFY(!picked.isEmpty());
        found.clear();
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(found.size(), 1);
        QVERIFY2(picked.contains(found.first().first().toString()), qPrintable(picked));
        QCOMPARE(w->editing()->selectedIds(), QStringList{found.first().first().toString()});
    }

    void alignLeftIsOneStep()
    {
        auto w = open();
        QVERIFY(w);
        QUndoStack *stack = w->editor()->undoStack();
        const int steps = stack->count();
        w->editing()->select({u"MainRouteTable"_s, u"Database"_s});
        w->editing()->align(EditingSession::Action::AlignLeft);
        QCOMPARE(stack->count(), steps + 1);
        QCOMPARE(w->scene()->item(u"MainRouteTable"_s)->scenePos().x(), w->scene()->item(u"Database"_s)->scenePos().x());
    }

    void connectionsAreEdits()
    {
        auto w = open();
        QVERIFY(w);
        Document *doc = w->document();
        QUndoStack *stack = w->editor()->undoStack();
        // A new target group, connected from the load balancer: a listener forwards to it.
        const QString tg = w->editor()->addResource(ResourceType::TargetGroup, u"Vpc"_s, QRectF(600, 40, 120, 96));
        const int steps = stack->count();
        QVERIFY(w->editing()->connectResources(u"WebLoadBalancer"_s, tg));
        QCOMPARE(stack->count(), steps + 1);
        bool forwards = false;
        for (const QVariant &l : doc->find(u"WebLoadBalancer"_s)->rows(u"listeners"_s))
            forwards = forwards || l.toMap().value(u"targetGroup"_s).toString() == tg;
        QVERIFY(forwards);
        // Meaningless: refused with the reason, nothing recorded.
        QVERIFY(!w->editing()->connectResources(u"Internet"_s, u"Database"_s));
        QVERIFY(!w->editing()->lastMessage().isEmpty());
        QCOMPARE(stack->count(), steps + 1);
    }

    void connectionsLandOnWhatTheUserAimsAt()
    {
        // Dropped on the body of an Auto Scaling group (not its header), the new target group
        // is registered with it; a press a few pixels off the handle still draws a connection.
        auto w = open();
        QVERIFY(w);
        Document *doc = w->document();
        QUndoStack *stack = w->editor()->undoStack();
        const QString asg = u"WebServerGroup"_s;
        const QString tg = w->editor()->addResource(ResourceType::TargetGroup, u"Vpc"_s, QRectF(600, 30, 120, 96));
        QCoreApplication::processEvents();
        w->editing()->select({tg});
        const ResourceItem *item = w->scene()->item(tg);
        const QPoint handle = w->view()->mapFromScene(item->mapToScene(item->connectHandle()));
        const QRectF group = test::sceneBox(*w->scene(), asg);
        // The middle of the group, below its header, where it holds no instance icon.
        const QPoint body = w->view()->mapFromScene(QPointF(group.left() + 40, group.bottom() - 12));
        const int steps = stack->count();
        drag(w->view()->viewport(), handle + QPoint(7, 7), body);
        QCOMPARE(stack->count(), steps + 1);
        QVERIFY2(doc->find(asg)->references(u"targetGroups"_s).contains(tg), qPrintable(w->editing()->lastMessage()));
        QCOMPARE(doc->geometry(tg)->topLeft(), QPointF(600, 30)); // drawn, not moved
    }

    void launchTemplateConnectsToItsGroup()
    {
        auto w = open();
        QVERIFY(w);
        Document *doc = w->document();
        const QString lt = w->editor()->addResource(ResourceType::LaunchTemplate, QString(), QRectF(1200, 0, 120, 96));
        QVERIFY2(w->editing()->connectResources(lt, u"WebServerGroup"_s), qPrintable(w->editing()->lastMessage()));
        QCOMPARE(doc->find(u"WebServerGroup"_s)->string(u"launchTemplate"_s), lt);
        QVERIFY(w->editing()->lastMessage().contains(lt));
        w->editor()->undoStack()->undo();
        QCOMPARE(doc->find(u"WebServerGroup"_s)->string(u"launchTemplate"_s), u"WebServerTemplate"_s);
        // And the other way round.
        QVERIFY(w->editing()->connectResources(u"WebServerGroup"_s, lt));
        QCOMPARE(doc->find(u"WebServerGroup"_s)->string(u"launchTemplate"_s), lt);
    }

    void aConnectionReleasedOnNothingSaysWhy()
    {
        auto w = open();
        QVERIFY(w);
        QUndoStack *stack = w->editor()->undoStack();
        const int steps = stack->count();
        w->editing()->select({u"WebTargetGroup"_s});
        const ResourceItem *item = w->scene()->item(u"WebTargetGroup"_s);
        const QPoint handle = w->view()->mapFromScene(item->mapToScene(item->connectHandle()));
        // Up, off the VPC, onto the bare canvas.
        const QPointF nowhere = test::sceneBox(*w->scene(), u"Vpc"_s).topRight() + QPointF(60, -40);
        drag(w->view()->viewport(), handle, w->view()->mapFromScene(nowhere));
        QCOMPARE(stack->count(), steps);
        QVERIFY(w->editing()->lastMessage().contains(u"WebTargetGroup"_s));
        QCOMPARE(w->statusBar()->currentMessage(), w->editing()->lastMessage());
    }

    void resourcesInSeveralSubnetsAreDrawnAcrossThem()
    {
        // As the layout draws them: an Auto Scaling group spans the subnets it runs in, a load
        // balancer sits across its zones, whenever their subnets change (one undo step).
        auto w = open();
        QVERIFY(w);
        const DiagramScene &scene = *w->scene();
        const auto overlap = [&](const QString &a, const QString &b) {
            const QRectF i = test::sceneBox(scene, a).intersected(test::sceneBox(scene, b));
            return i.isEmpty() ? 0.0 : i.width();
        };
        const QString asg = u"WebServerGroup"_s;
        const QStringList both = w->document()->find(asg)->references(u"subnets"_s);
        QCOMPARE(both, (QStringList{u"AppSubnetA"_s, u"AppSubnetB"_s}));
        QVERIFY(w->editor()->setProperty(asg, u"subnets"_s, QStringList{u"AppSubnetA"_s}));
        QCoreApplication::processEvents();
        QCOMPARE(overlap(asg, u"AppSubnetB"_s), 0.0);
        QVERIFY(overlap(asg, u"AppSubnetA"_s) > 100);
        QVERIFY(w->editor()->setProperty(asg, u"subnets"_s, QStringList{u"AppSubnetA"_s, u"AppSubnetB"_s}));
        QCoreApplication::processEvents();
        QVERIFY(overlap(asg, u"AppSubnetA"_s) > 100);
        QVERIFY(overlap(asg, u"AppSubnetB"_s) > 100);
        // Consecutive edits of one property are one undo step: undo brings back the sample's
        // subnets and its box with them.
        w->editor()->undoStack()->undo();
        QCoreApplication::processEvents();
        QCOMPARE(w->document()->find(asg)->references(u"subnets"_s), both);
        QVERIFY(overlap(asg, u"AppSubnetB"_s) > 100);

        // A load balancer dropped into one public subnet, then given the other zone's.
        const QPointF inA = test::sceneBox(scene, u"PublicSubnetA"_s).center();
        const QString lb = w->editing()->place(ResourceType::LoadBalancer, inA);
        QVERIFY(!lb.isEmpty());
        QCoreApplication::processEvents();
        QCOMPARE(w->document()->find(lb)->references(u"subnets"_s), QStringList{u"PublicSubnetA"_s});
        QCOMPARE(overlap(lb, u"PublicSubnetB"_s), 0.0);
        QVERIFY(w->editor()->setProperty(lb, u"subnets"_s, QStringList{u"PublicSubnetA"_s, u"PublicSubnetB"_s}));
        QCoreApplication::processEvents();
        QVERIFY(overlap(lb, u"PublicSubnetA"_s) > 20);
        QVERIFY(overlap(lb, u"PublicSubnetB"_s) > 20);
    }

    void aMultiAzDatabaseShowsItsStandbyInTheOtherZone()
    {
        auto w = open();
        QVERIFY(w);
        const DiagramScene &scene = *w->scene();
        const QString db = u"Database"_s;
        QVERIFY(w->document()->find(db)->boolean(u"multiAz"_s));
        const StandbyItem *standby = scene.standby(db);
        QVERIFY(standby);
        const QRectF box = standby->mapRectToScene(QRectF(QPointF(), standby->size()));
        QVERIFY(test::sceneBox(scene, u"DataSubnetB"_s).contains(box));
        QCOMPARE(box.size(), test::sceneBox(scene, db).size());
        // Single-AZ: no standby; Multi-AZ again, back in zone B.
        QVERIFY(w->editor()->setProperty(db, u"multiAz"_s, false));
        QCoreApplication::processEvents();
        QVERIFY(!scene.standby(db));
        w->editor()->undoStack()->undo();
        QCoreApplication::processEvents();
        QVERIFY(scene.standby(db));
        // A subnet group in one zone has nowhere to put a standby.
        QVERIFY(w->editor()->setProperty(db, u"subnets"_s, QStringList{u"DataSubnetA"_s}));
        QCoreApplication::processEvents();
        QVERIFY(!scene.standby(db));
    }
};

QTEST_MAIN(TestGuiEditing)
#include "tst_gui_editing.moc"
