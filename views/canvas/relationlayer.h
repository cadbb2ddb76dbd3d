#pragma once

#include <QGraphicsItem>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>

namespace skydraft {

/// A line traffic follows between two resources (Route 53 -> load balancer -> target group ->
/// Auto Scaling group, app -> database), or a replication link (dashed): one link of the
/// design's topology (model/topology.h).
struct Relation {
    QString from;
    QString to;
    bool dashed = false;
    /// Orthogonal polyline from the source's border to the target's (the arrow's tip last).
    QList<QPointF> points;
    QRectF bounds; ///< of the points, arrowhead included
    /// The design means traffic to go this way but reach says it cannot (a data-access link
    /// whose store's rules, ACLs or routes stop the app): drawn dashed in red.
    bool blocked = false;
};

/// The orthogonal route between two scene rectangles: it leaves the source from the side that
/// faces the target and enters the target's border (a group's frame when the target is a
/// group). Its last leg is always long enough to show a stem under the arrowhead, even
/// between touching boxes, where it goes round the side instead.
QList<QPointF> routeRelation(const QRectF &from, const QRectF &to);

/// How much a route would cross on its way, weighted (other resources, labels, container
/// outlines it runs along, other arrows it runs on).
using Crossings = std::function<int(const QList<QPointF> &route)>;
/// The route above when it crosses nothing; else, among routes that leave and enter at other
/// points of the same sides or bend elsewhere in the gap (the channel between containers), the
/// one that crosses least, then the shortest with the fewest bends.
QList<QPointF> routeRelation(const QRectF &from, const QRectF &to, const Crossings &crossings);

/// What the layer asks of the canvas to route: where a resource's box is, and how many
/// things a route between two resources would cross (empty: do not look, keep routes simple).
struct RouteContext {
    std::function<QRectF(const QString &)> rectOf;
    std::function<int(const QList<QPointF> &route, const QString &from, const QString &to)> crossings;
};

/// Every relation of the design, drawn by one item. Thousands of arrows as one item each
/// made the scene's index the cost of a paint (a long arrow lies in hundreds of its cells);
/// here a paint walks a flat list and skips what is out of view. The layer takes no mouse
/// input: a press reaches the resource under it.
class RelationLayer : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    RelationLayer();
    int type() const override { return Type; }

    /// Replaces every relation; each is routed between the rectangles `rectOf` gives.
    void setRelations(QList<Relation> relations, const RouteContext &context);
    const QList<Relation> &relations() const { return m_relations; }
    /// The relations that start or end at `id`.
    QList<Relation> relationsOf(const QString &id) const;
    /// Re-routes the relations touching any of `ids` (they moved or resized).
    void reroute(const QSet<QString> &ids, const RouteContext &context);
    /// Relations between two resources of a reach path are drawn in the path's colour.
    void setHighlightedPath(const QStringList &ids);
    /// Only the relations between these resources are drawn (empty: all): an export of a
    /// selection.
    void setShownOnly(const QSet<QString> &ids);

    /// Below this scale (a node about 12 pixels wide) the canvas leaves relations out: they
    /// would be a grey mesh over the boxes. Exports draw them all.
    static constexpr qreal minimumDetail = 0.1;

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override; ///< empty: never under the mouse
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void route(Relation &relation, const RouteContext &context);
    /// Where the routed arrows run, by line (y of a horizontal leg, x of a vertical one).
    struct Lane {
        qreal from;
        qreal to;
        QString owner; ///< the arrow's source
    };
    void addLanes(const Relation &relation);
    int laneOverlaps(const QList<QPointF> &points, const QString &owner) const;
    void updateBounds();

    QList<Relation> m_relations;
    QHash<QString, QList<int>> m_byResource; ///< id -> indexes of the relations touching it
    QSet<QString> m_highlighted;
    QSet<QString> m_shownOnly;
    QHash<int, QList<Lane>> m_horizontalLanes;
    QHash<int, QList<Lane>> m_verticalLanes;
    QRectF m_bounds;
};

} // namespace skydraft
