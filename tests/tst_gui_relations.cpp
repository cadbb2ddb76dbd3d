// The arrows between resources: orthogonal routes with a visible stem (even between touching
// boxes), following a drag while it happens, following the design, drawn on the reach path, and
// never in the way of the mouse.

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
#include "views/canvas/relationlayer.h"
#include "views/canvas/resourceitem.h"

#include <QPainter>
#include <QScreen>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace skydraft;

namespace {

bool onBorder(const QRectF &r, const QPointF &p)
{
    const bool inX = p.x() >= r.left() - 0.5 && p.x() <= r.right() + 0.5;
    const bool inY = p.y() >= r.top() - 0.5 && p.y() <= r.bottom() + 0.5;
    return (inX && (qAbs(p.y() - r.top()) < 0.5 || qAbs(p.y() - r.bottom()) < 0.5))
        || (inY && (qAbs(p.x() - r.left()) < 0.5 || qAbs(p.x() - r.right()) < 0.5));
}

/// Why a route is not a good orthogonal connector between `a` and `b`, or empty.
QString routeProblem(const QList<QPointF> &points, const QRectF &a, const QRectF &b)
{
    if (points.size() < 2)
        return u"fewer than two points"_s;
    for (int i = 1; i < points.size(); ++i) {
        const QLineF s(points.at(i - 1), points.at(i));
        if (s.dx() != 0 && s.dy() != 0)
            return u"segment %1 is diagonal"_s.arg(i);
        // No leg may cut through either box (touching its border is fine).
        const QRectF leg = QRectF(s.p1(), s.p2()).normalized().adjusted(-0.01, -0.01, 0.01, 0.01);
        for (const QRectF &box : {a, b})
            if (box.adjusted(1, 1, -1, -1).intersects(leg))
                return u"segment %1 crosses a box"_s.arg(i);
    }
    if (!onBorder(a, points.constFirst()))
        return u"starts off the source's border"_s;
    if (!onBorder(b, points.constLast()))
        return u"ends off the target's border"_s;
    const qreal last = QLineF(points.at(points.size() - 2), points.constLast()).length();
    if (last < 14)
        return u"last leg %1 px: no stem under the arrowhead"_s.arg(last);
    return {};
}


/// Why an arrow of the scene does not start and end on its resources as they are drawn now
/// (the boxes of the items), or empty: what the user sees at the next frame.
QString staleArrow(const DiagramScene &scene)
{
    for (const Relation &r : scene.relations()) {
        const QRectF a = test::sceneBox(scene, r.from);
        const QRectF b = test::sceneBox(scene, r.to);
        if (r.points.size() < 2)
            return u"%1 -> %2: fewer than two points"_s.arg(r.from, r.to);
        if (!onBorder(a, r.points.constFirst()))
            return u"%1 -> %2 starts off %1 (%3, %4 not on %5, %6 %7x%8)"_s.arg(r.from, r.to)
                .arg(r.points.constFirst().x()).arg(r.points.constFirst().y())
                .arg(a.x()).arg(a.y()).arg(a.width()).arg(a.height());
        // An arrow into the group that holds its source is a stub out of the source's side.
        if (b.contains(a.center()) || a.contains(b.center()))
            continue;
        if (!onBorder(b, r.points.constLast()))
            return u"%1 -> %2 ends off %2 (%3, %4 not on %5, %6 %7x%8)"_s.arg(r.from, r.to)
                .arg(r.points.constLast().x()).arg(r.points.constLast().y())
                .arg(b.x()).arg(b.y()).arg(b.width()).arg(b.height());
    }
    return {};
}

/// The canvas as the window shows it now (its backing store, after pending paints), and as a
/// full repaint draws it: where they differ, the screen kept something stale (an arrow in
/// mid-air, a stub) that only a zoom would repair.
QString staleRegion(skydraft::MainWindow &w)
{
    QWidget *viewport = w.view()->viewport();
    const QRect area(viewport->mapTo(&w, QPoint(0, 0)), viewport->size());
    const auto shown = [&] {
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        return w.screen()->grabWindow(w.winId(), area.x(), area.y(), area.width(), area.height()).toImage();
    };
    const QImage now = shown();
    viewport->update();
    const QImage whole = shown();
    if (now.size() != whole.size())
        return u"sizes differ"_s;
    QRect diff;
    for (int y = 0; y < now.height(); ++y)
        for (int x = 0; x < now.width(); ++x)
            if (now.pixel(x, y) != whole.pixel(x, y))
                diff |= QRect(x, y, 1, 1);
    if (diff.isEmpty())
        return {};
    const QString out = qEnvironmentVariable("STALE_SHOT");
    if (!out.isEmpty()) {
        now.save(out + u"-now.png"_s);
        whole.save(out + u"-whole.png"_s);
    }
    return u"stale pixels in %1,%2 %3x%4"_s.arg(diff.x()).arg(diff.y()).arg(diff.width()).arg(diff.height());
}


/// The scene's arrows, as the user sees them after pending events (one frame) are handled.
#define VERIFY_ARROWS(w, when)                                                                     \
    do {                                                                                           \
        QCoreApplication::processEvents();                                                         \
        const QString stale = staleArrow(*(w)->scene());                                           \
        QVERIFY2(stale.isEmpty(), qPrintable(QString(when) + u": "_s + stale));                   \
        const QString painted = staleRegion(*(w));                                                 \
        QVERIFY2(painted.isEmpty(), qPrintable(QString(when) + u", on screen: "_s + painted));    \
    } while (false)

#define VERIFY_PAINTED(w, when)                                                                    \
    do {                                                                                           \
        const QString stale = staleRegion(*(w));                                                   \
        QVERIFY2(stale.isEmpty(), qPrintable(QString(when) + u": "_s + stale));                   \
    } while (false)
} // namespace

class TestGuiRelations : public QObject
{
    Q_OBJECT
private:
    static std::unique_ptr<MainWindow> open() { return test::shownWindow(MainWindow::defaultSamplePath(), u"WebLoadBalancer"_s); }

private Q_SLOTS:
    void init()
    {
        QCoreApplication::setOrganizationName(u"SkyDraftTest"_s);
        QCoreApplication::setApplicationName(u"tst_gui_relations"_s);
    }

    void routes_data()
    {
        QTest::addColumn<QRectF>("from");
        QTest::addColumn<QRectF>("to");
        QTest::newRow("below, aligned") << QRectF(0, 0, 100, 60) << QRectF(0, 200, 100, 60);
        QTest::newRow("below, offset") << QRectF(0, 0, 100, 60) << QRectF(300, 200, 100, 60);
        QTest::newRow("above, offset") << QRectF(300, 200, 100, 60) << QRectF(0, 0, 100, 60);
        QTest::newRow("right") << QRectF(0, 0, 100, 60) << QRectF(300, 20, 100, 60);
        QTest::newRow("left, offset") << QRectF(300, 0, 100, 60) << QRectF(0, 200, 100, 60).translated(0, -190);
        QTest::newRow("into a wide group below") << QRectF(100, 0, 100, 60) << QRectF(0, 120, 600, 300);
        QTest::newRow("stacked, touching") << QRectF(0, 0, 100, 60) << QRectF(0, 60, 100, 60);
        QTest::newRow("stacked, 6 px apart") << QRectF(0, 0, 100, 60) << QRectF(10, 66, 100, 60);
        QTest::newRow("side by side, touching") << QRectF(0, 0, 100, 60) << QRectF(100, 0, 100, 60);
        QTest::newRow("side by side, 4 px apart, offset") << QRectF(0, 0, 100, 60) << QRectF(104, 30, 100, 60);
        QTest::newRow("overlapping") << QRectF(0, 0, 100, 60) << QRectF(80, 50, 100, 60);
    }

    void routes()
    {
        QFETCH(QRectF, from);
        QFETCH(QRectF, to);
        const QList<QPointF> points = routeRelation(from, to);
        const QString problem = routeProblem(points, from, to);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void everySampleArrowHasAStem()
    {
        // Internet -> Route 53 and load balancer -> target group sit close together in the
        // sample: their arrows used to be a bare arrowhead.
        auto w = open();
        QVERIFY(w);
        const QList<Relation> relations = w->scene()->relations();
        QVERIFY(relations.size() >= 5);
        for (const Relation &r : relations) {
            const QRectF a = test::sceneBox(*w->scene(), r.from);
            const QRectF b = test::sceneBox(*w->scene(), r.to);
            if (a.contains(b) || b.contains(a))
                continue; // a resource and its own group
            const QString problem = routeProblem(r.points, a, b);
            QVERIFY2(problem.isEmpty(), qPrintable(u"%1 -> %2: %3"_s.arg(r.from, r.to, problem)));
        }
    }

    void arrowsGoRoundOtherResources_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &sample : MainWindow::samplePaths())
            QTest::newRow(qPrintable(sample)) << sample;
        QTest::newRow("private-vpc") << QStringLiteral(SKYDRAFT_FIXTURES_DIR) + u"/cloudformation/private-vpc.yaml"_s;
        QTest::newRow("nist_application") << QStringLiteral(SKYDRAFT_FIXTURES_DIR) + u"/cloudformation/nist_application.yaml"_s;
        QTest::newRow("wordpress-ha") << QStringLiteral(SKYDRAFT_FIXTURES_DIR) + u"/cloudformation/wordpress-ha.yaml"_s;
    }

    void arrowsGoRoundOtherResources()
    {
        // No arrow runs through a resource that is not one of its ends: it would read as a
        // chain through it (PublicLoadBalancer -> target group past PrivateLoadBalancer).
        QFETCH(QString, path);
        auto w = test::shownWindow(path);
        QVERIFY(w);
        const DiagramScene &scene = *w->scene();
        for (const Relation &r : scene.relations()) {
            for (int i = 1; i < r.points.size(); ++i) {
                const QRectF leg = QRectF(r.points.at(i - 1), r.points.at(i)).normalized().adjusted(-0.5, -0.5, 0.5, 0.5);
                for (const QGraphicsItem *g : scene.items(leg)) {
                    if (g->type() != ResourceItem::Type)
                        continue;
                    const auto *item = static_cast<const ResourceItem *>(g);
                    if (item->isContainer() || item->id() == r.from || item->id() == r.to)
                        continue;
                    // A badge (an Elastic IP on its instance) cannot be reached but across it.
                    const QRectF box = test::sceneBox(scene, item->id());
                    if (box.intersects(test::sceneBox(scene, r.to)) || box.intersects(test::sceneBox(scene, r.from)))
                        continue;
                    QVERIFY2(!test::sceneBox(scene, item->id()).adjusted(2, 2, -2, -2).intersects(leg),
                             qPrintable(u"%1 -> %2 crosses %3"_s.arg(r.from, r.to, item->id())));
                }
            }
        }
    }

    void arrowsKeepOffContainerBorders_data() { arrowsGoRoundOtherResources_data(); }

    void arrowsKeepOffContainerBorders()
    {
        // A leg that runs along a zone's or a subnet's dashed outline reads as part of it (in
        // nist_application.yaml three arrows shared the gap between the zones on top of their
        // borders; in wordpress-ha.yaml one ran along a zone's top): routes take the channel
        // between containers, a few pixels clear of their outlines.
        QFETCH(QString, path);
        auto w = test::shownWindow(path);
        QVERIFY(w);
        const DiagramScene &scene = *w->scene();
        constexpr qreal near = 6;   // closer than this to an outline is on it
        constexpr qreal along = 10; // for longer than this
        QList<const ResourceItem *> containers;
        for (QGraphicsItem *g : scene.items())
            if (g->type() == ResourceItem::Type && static_cast<const ResourceItem *>(g)->isContainer())
                containers.append(static_cast<const ResourceItem *>(g));
        QVERIFY(!scene.relations().isEmpty());
        for (const Relation &r : scene.relations()) {
            for (int i = 1; i < r.points.size(); ++i) {
                const QPointF p = r.points.at(i - 1);
                const QPointF q = r.points.at(i);
                const bool horizontal = p.y() == q.y();
                const qreal lo = horizontal ? qMin(p.x(), q.x()) : qMin(p.y(), q.y());
                const qreal hi = horizontal ? qMax(p.x(), q.x()) : qMax(p.y(), q.y());
                const qreal line = horizontal ? p.y() : p.x();
                for (const ResourceItem *c : std::as_const(containers)) {
                    const QRectF box = c->sceneBox();
                    const qreal from = horizontal ? box.left() : box.top();
                    const qreal to = horizontal ? box.right() : box.bottom();
                    for (const qreal edge : {horizontal ? box.top() : box.left(), horizontal ? box.bottom() : box.right()}) {
                        const qreal overlap = qMin(hi, to) - qMax(lo, from);
                        QVERIFY2(!(qAbs(line - edge) < near && overlap > along),
                                 qPrintable(u"%1 -> %2: leg %3 (%4,%5 - %6,%7) runs along the outline of %8"_s
                                                .arg(r.from, r.to).arg(i).arg(p.x()).arg(p.y()).arg(q.x()).arg(q.y())
                                                .arg(c->id())));
                    }
                }
            }
        }
    }

    void arrowsFollowADragWhileItHappens()
    {
        auto w = open();
        QVERIFY(w);
        const QString id = u"WebTargetGroup"_s;
        QVERIFY(!w->scene()->relationsOf(id).isEmpty());
        const QList<Relation> before = w->scene()->relationsOf(id);
        QWidget *viewport = w->view()->viewport();
        const QRectF rect = test::sceneBox(*w->scene(), id);
        const QRectF stored = *w->document()->geometry(id);
        const QPoint from = w->view()->mapFromScene(rect.center());
        const QPoint to = from + QPoint(120, 48);
        QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
        for (int step = 1; step <= 4; ++step) {
            const QPoint at = from + (to - from) * step / 4;
            QMouseEvent move(QEvent::MouseMove, at, viewport->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(viewport, &move);
        }
        // Still dragging: nothing is written to the design yet, but the arrows already end on
        // the item where it is now.
        QCOMPARE(*w->document()->geometry(id), stored);
        const QRectF moved = test::sceneBox(*w->scene(), id);
        QVERIFY(moved.center() != rect.center());
        for (const Relation &r : w->scene()->relationsOf(id)) {
            const QPointF end = r.from == id ? r.points.constFirst() : r.points.constLast();
            QVERIFY2(onBorder(moved, end), qPrintable(u"%1 -> %2 not on the moved item"_s.arg(r.from, r.to)));
        }
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, to);
        QVERIFY(*w->document()->geometry(id) != stored);
        w->editor()->undoStack()->undo();
        QCoreApplication::processEvents();
        const QList<Relation> after = w->scene()->relationsOf(id);
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < after.size(); ++i)
            QCOMPARE(after.at(i).points, before.at(i).points);
    }


    void arrowsAreRightAfterEveryMoveUndoAndRedo()
    {
        // The target group dragged onto the Auto Scaling group, then undone and redone: every
        // arrow ends on what it joins at each step, not where it was.
        auto w = open();
        QVERIFY(w);
        const QString tg = u"WebTargetGroup"_s;
        const QString asg = u"WebServerGroup"_s;
        w->view()->centerOn(test::sceneBox(*w->scene(), asg).center());
        QCoreApplication::processEvents();
        QWidget *viewport = w->view()->viewport();
        const QPoint from = w->view()->mapFromScene(test::sceneBox(*w->scene(), tg).center());
        const QPoint to = w->view()->mapFromScene(test::sceneBox(*w->scene(), asg).center() + QPointF(0, 20));
        QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
        for (int step = 1; step <= 6; ++step) {
            const QPoint at = from + (to - from) * step / 6;
            QMouseEvent move(QEvent::MouseMove, at, viewport->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(viewport, &move);
            VERIFY_ARROWS(w, u"dragging, step %1"_s.arg(step));
        }
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, to);
        VERIFY_ARROWS(w, u"dropped"_s);
        for (int round = 0; round < 2; ++round) {
            w->editor()->undoStack()->undo();
            VERIFY_ARROWS(w, u"undone"_s);
            w->editor()->undoStack()->redo();
            VERIFY_ARROWS(w, u"redone"_s);
        }
        // A nudge, a resize of a group, an align: each an edit the arrows follow.
        w->editing()->select({asg});
        w->editing()->nudge(QPointF(0, 16));
        VERIFY_ARROWS(w, u"group nudged"_s);
        QRectF g = *w->document()->geometry(asg);
        QVERIFY(w->editor()->setGeometry({{asg, g.adjusted(0, 0, 40, 30)}}, u"Resize"_s));
        VERIFY_ARROWS(w, u"group resized"_s);
        w->editor()->undoStack()->undo();
        VERIFY_ARROWS(w, u"resize undone"_s);
        w->editor()->undoStack()->undo();
        VERIFY_ARROWS(w, u"nudge undone"_s);
    }

    void theScreenShowsEveryArrowWhereItIs()
    {
        // Not only the arrows' points: what the window paints. Dragging the Auto Scaling group
        // (its arrows in and out move with it), dropping it, undoing and redoing: at each step
        // the screen is what a full repaint draws.
        auto w = open();
        QVERIFY(w);
        const QString asg = u"WebServerGroup"_s;
        w->view()->centerOn(test::sceneBox(*w->scene(), asg).center());
        VERIFY_PAINTED(w, u"opened"_s);
        QWidget *viewport = w->view()->viewport();
        const QRectF box = test::sceneBox(*w->scene(), asg);
        const QPoint from = w->view()->mapFromScene(box.topLeft() + QPointF(box.width() / 3, 8));
        const QPoint to = from + QPoint(30, 48);
        QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
        for (int step = 1; step <= 6; ++step) {
            const QPoint at = from + (to - from) * step / 6;
            QMouseEvent move(QEvent::MouseMove, at, viewport->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(viewport, &move);
            VERIFY_PAINTED(w, u"dragging, step %1"_s.arg(step));
        }
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, to);
        VERIFY_PAINTED(w, u"dropped"_s);
        w->editor()->undoStack()->undo();
        VERIFY_PAINTED(w, u"undone"_s);
        w->editor()->undoStack()->redo();
        VERIFY_PAINTED(w, u"redone"_s);
    }

    void aNewConnectionIsPaintedWhole()
    {
        // The first report: connect a load balancer to a new target group, and the arrow
        // showed only its stubs until a zoom.
        auto w = open();
        QVERIFY(w);
        const QString tg = w->editor()->addResource(ResourceType::TargetGroup, u"Vpc"_s, QRectF(600, 30, 120, 96));
        QVERIFY(!tg.isEmpty());
        VERIFY_ARROWS(w, u"target group added"_s);
        QVERIFY(w->editing()->connectResources(u"WebLoadBalancer"_s, tg));
        VERIFY_ARROWS(w, u"connected"_s);
        QVERIFY(!w->scene()->relationsOf(tg).isEmpty());
        w->editor()->undoStack()->undo();
        VERIFY_ARROWS(w, u"connection undone"_s);
        w->editor()->undoStack()->redo();
        VERIFY_ARROWS(w, u"connection redone"_s);
    }

    void arrowsFollowTheDesign()
    {
        auto w = open();
        QVERIFY(w);
        const auto linked = [&w](const QString &from, const QString &to) {
            for (const Relation &r : w->scene()->relations())
                if (r.from == from && r.to == to)
                    return true;
            return false;
        };
        QVERIFY(linked(u"WebLoadBalancer"_s, u"WebTargetGroup"_s));
        const QVariantList listeners = w->document()->find(u"WebLoadBalancer"_s)->rows(u"listeners"_s);
        QVERIFY(w->editor()->setProperty(u"WebLoadBalancer"_s, u"listeners"_s, QVariantList()));
        QCoreApplication::processEvents();
        QVERIFY(!linked(u"WebLoadBalancer"_s, u"WebTargetGroup"_s));
        w->editor()->undoStack()->undo();
        QCoreApplication::processEvents();
        QVERIFY(linked(u"WebLoadBalancer"_s, u"WebTargetGroup"_s));
        // Removing an end removes its arrows.
        QVERIFY(w->editor()->removeResources({u"WebTargetGroup"_s}));
        QCoreApplication::processEvents();
        QVERIFY(w->scene()->relationsOf(u"WebTargetGroup"_s).isEmpty());
    }

    void reachPathArrowsAreDrawnInItsColour()
    {
        auto w = open();
        QVERIFY(w);
        const Relation r = w->scene()->relationsOf(u"WebTargetGroup"_s).constFirst();
        const QLineF leg(r.points.at(r.points.size() - 2), r.points.constLast());
        const QRectF around = QRectF(leg.pointAt(0.5), QSizeF()).adjusted(-4, -4, 4, 4);
        const auto greenPixels = [&] {
            QImage image(80, 80, QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter p(&image);
            w->scene()->render(&p, QRectF(0, 0, 80, 80), around);
            p.end();
            int green = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    green += c.green() > c.red() + 60 && c.green() > c.blue() + 40;
                }
            return green;
        };
        QCOMPARE(greenPixels(), 0);
        w->editing()->reachTool()->overlay()->show({r.from, r.to}, QString(), QString());
        QVERIFY(greenPixels() > 20);
        w->editing()->reachTool()->overlay()->clear();
        QCOMPARE(greenPixels(), 0);
    }

    void arrowsNeverTakeTheMouse()
    {
        auto w = open();
        QVERIFY(w);
        // A point on an arrow's leg: the scene finds resources there, never the arrows' layer,
        // and a click there still starts a rubber band or selects what is under it.
        const Relation r = w->scene()->relationsOf(u"WebTargetGroup"_s).constFirst();
        const QPointF onLeg = QLineF(r.points.at(0), r.points.at(1)).pointAt(0.5);
        for (const QGraphicsItem *i : w->scene()->items(onLeg))
            QVERIFY(i->type() != RelationLayer::Type);
        const QPoint at = w->view()->mapFromScene(onLeg);
        QTest::mouseClick(w->view()->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        for (const QGraphicsItem *i : w->scene()->selectedItems())
            QCOMPARE(i->type(), int(ResourceItem::Type));
    }
};

QTEST_MAIN(TestGuiRelations)
#include "tst_gui_relations.moc"
