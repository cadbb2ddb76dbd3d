#include "relationlayer.h"

#include "style.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace skydraft {

namespace {

constexpr qreal arrowSize = 8;
/// The last leg carries the arrowhead and a stem under it.
constexpr qreal minimumLeg = 14;
/// How far a route round the side of touching boxes stays off them.
constexpr qreal clearance = 16;

/// Drops a point equal to the one before it (a straight route has no bend).
QList<QPointF> polyline(std::initializer_list<QPointF> points)
{
    QList<QPointF> out;
    for (const QPointF &p : points)
        if (out.isEmpty() || out.constLast() != p)
            out.append(p);
    return out;
}

/// Liang-Barsky: cuts `line` to `rect`; false when no part of it is inside.
bool clipLine(QLineF &line, const QRectF &rect)
{
    const qreal dx = line.dx();
    const qreal dy = line.dy();
    qreal t0 = 0;
    qreal t1 = 1;
    const qreal p[4] = {-dx, dx, -dy, dy};
    const qreal q[4] = {line.x1() - rect.left(), rect.right() - line.x1(), line.y1() - rect.top(), rect.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    line = QLineF(line.pointAt(t0), line.pointAt(t1));
    return true;
}

/// The two strokes of an arrowhead at the end of `points`.
std::pair<QLineF, QLineF> arrowhead(const QList<QPointF> &points)
{
    const QPointF end = points.constLast();
    const QLineF back(end, points.at(points.size() - 2));
    const qreal angle = std::atan2(-back.dy(), back.dx());
    const QPointF p1 = end + QPointF(std::sin(angle + M_PI / 3) * arrowSize, std::cos(angle + M_PI / 3) * arrowSize);
    const QPointF p2 = end + QPointF(std::sin(angle + M_PI - M_PI / 3) * arrowSize, std::cos(angle + M_PI - M_PI / 3) * arrowSize);
    return {QLineF(p1, end), QLineF(p2, end)};
}

/// Where along a side a route may leave or enter: the middle first, then the quarters.
QList<qreal> thirds(qreal from, qreal to)
{
    return {(from + to) / 2, from + (to - from) / 4, to - (to - from) / 4};
}

/// x and y swapped: a route between boxes side by side is the route between the same boxes
/// stood one above the other, swapped back.
QRectF transposed(const QRectF &r)
{
    return QRectF(r.y(), r.x(), r.height(), r.width());
}

QList<QPointF> transposed(QList<QPointF> points)
{
    for (QPointF &p : points)
        p = QPointF(p.y(), p.x());
    return points;
}

/// One box above the other, at least minimumLeg apart: leave the facing side, bend in the gap.
/// Enter a wide target (a group) straight above the source when they overlap enough.
QList<QPointF> stackedRoute(const QRectF &a, const QRectF &b, qreal gap)
{
    const bool down = b.top() >= a.bottom();
    const qreal left = std::max(a.left(), b.left());
    const qreal right = std::min(a.right(), b.right());
    const bool straight = right - left > 20;
    const qreal endX = straight ? std::clamp(a.center().x(), left + 10, right - 10) : b.center().x();
    const QPointF start(straight ? endX : a.center().x(), down ? a.bottom() : a.top());
    const QPointF end(endX, down ? b.top() : b.bottom());
    const qreal leg = std::max(gap / 2, minimumLeg);
    const qreal bendY = end.y() + (down ? -leg : leg);
    return polyline({start, QPointF(start.x(), bendY), QPointF(end.x(), bendY), end});
}

/// Where along a side a route may leave or enter, the middle first: the quarters, then
/// fifths, then sixths (a side crowded by other arrows or a node just past it).
QList<qreal> ports(qreal from, qreal to)
{
    QList<qreal> out = thirds(from, to);
    const qreal w = to - from;
    for (const qreal f : {0.4, 0.6, 0.2, 0.8, 1.0 / 3, 2.0 / 3})
        out.append(from + w * f);
    return out;
}

/// Lines from `from` towards `to` (either order), the nearest to `preferred` first, about
/// `step` apart: where a bend may run in a gap (its middle first).
QList<qreal> lines(qreal from, qreal to, qreal preferred, qreal step)
{
    const qreal lo = std::min(from, to);
    const qreal hi = std::max(from, to);
    QList<qreal> out;
    if (hi < lo)
        return out;
    preferred = std::clamp(preferred, lo, hi);
    out.append(preferred);
    for (int k = 1; k < 40; ++k) {
        bool any = false;
        for (const qreal y : {preferred - k * step, preferred + k * step})
            if (y >= lo && y <= hi) {
                out.append(y);
                any = true;
            }
        if (!any)
            break;
    }
    return out;
}

/// The other routes between stacked boxes: leave and enter at other points of the facing
/// sides, bend anywhere in the gap (its middle first: the channel between the containers the
/// boxes sit in is rarely on the line the plain route takes).
QList<QList<QPointF>> stackedAlternatives(const QRectF &a, const QRectF &b, qreal gap)
{
    const bool down = b.top() >= a.bottom();
    const qreal startY = down ? a.bottom() : a.top();
    const qreal endY = down ? b.top() : b.bottom();
    const qreal sign = down ? 1 : -1;
    QList<QList<QPointF>> out;
    const qreal first = startY + sign * 6; // only the last leg needs room for the arrowhead
    const qreal last = endY - sign * minimumLeg;
    QList<qreal> bends = lines(first, last, endY - sign * std::max(gap / 2, minimumLeg), 4);
    bends.append(first); // right under the source
    const QList<qreal> starts = thirds(a.left(), a.right());
    const QList<qreal> ends = thirds(b.left(), b.right());
    for (const qreal bendY : std::as_const(bends))
        for (const qreal sx : starts)
            for (const qreal ex : ends)
                out.append(polyline({QPointF(sx, startY), QPointF(sx, bendY), QPointF(ex, bendY), QPointF(ex, endY)}));
    const QList<qreal> moreStarts = ports(a.left(), a.right());
    const QList<qreal> moreEnds = ports(b.left(), b.right());
    for (const qreal bendY : bends.mid(0, 8))
        for (const qreal sx : moreStarts)
            for (const qreal ex : moreEnds)
                out.append(polyline({QPointF(sx, startY), QPointF(sx, bendY), QPointF(ex, bendY), QPointF(ex, endY)}));
    return out;
}

} // namespace

QList<QPointF> routeRelation(const QRectF &a, const QRectF &b)
{
    // Nested (a resource and the group that holds it): straight out of the source's side.
    if (b.contains(a.center()) || a.contains(b.center())) {
        const bool right = b.center().x() >= a.center().x();
        const QPointF start(right ? a.right() : a.left(), a.center().y());
        return {start, start + QPointF(right ? minimumLeg : -minimumLeg, 0)};
    }
    const qreal gapV = std::max(b.top() - a.bottom(), a.top() - b.bottom());
    const qreal gapH = std::max(b.left() - a.right(), a.left() - b.right());
    if (gapV >= minimumLeg)
        return stackedRoute(a, b, gapV);
    if (gapH >= minimumLeg)
        return transposed(stackedRoute(transposed(a), transposed(b), gapH));
    // Touching or overlapping boxes: a route through the gap would be all arrowhead. Go
    // round the outside instead: stacked boxes round their right side, boxes side by side
    // over their tops.
    if (gapV >= gapH) {
        const qreal x = std::max(a.right(), b.right()) + clearance;
        const QPointF start(a.right(), a.center().y());
        const QPointF end(b.right(), b.center().y());
        return polyline({start, QPointF(x, start.y()), QPointF(x, end.y()), end});
    }
    const qreal y = std::min(a.top(), b.top()) - clearance;
    const QPointF start(a.center().x(), a.top());
    const QPointF end(b.center().x(), b.top());
    return polyline({start, QPointF(start.x(), y), QPointF(end.x(), y), end});
}

QList<QPointF> routeRelation(const QRectF &a, const QRectF &b, const Crossings &crossings)
{
    const QList<QPointF> plain = routeRelation(a, b);
    if (!crossings)
        return plain;
    // What a route costs: what it crosses first, then its length and bends (a detour round a
    // label is worth it, one twice round the design is not).
    const auto cost = [&](const QList<QPointF> &route) {
        qreal length = 0;
        for (int i = 1; i < route.size(); ++i)
            length += QLineF(route.at(i - 1), route.at(i)).length();
        const int n = crossings(route);
        return std::pair<int, qreal>(n, n * 100.0 + length * 0.25 + (route.size() - 2) * 10.0);
    };
    // Not a structured binding: clang 14 cannot capture one in the lambda below.
    const std::pair<int, qreal> plainCost = cost(plain);
    int bestCrossings = plainCost.first;
    qreal best = plainCost.second;
    if (bestCrossings == 0)
        return plain;
    QList<QPointF> chosen = plain;
    // The first route that crosses nothing is taken (they come nearest the plain one first).
    const auto consider = [&](const QList<QPointF> &candidate) {
        const auto [n, c] = cost(candidate);
        if (c < best) {
            best = c;
            bestCrossings = n;
            chosen = candidate;
        }
    };
    const qreal gapV = std::max(b.top() - a.bottom(), a.top() - b.bottom());
    const qreal gapH = std::max(b.left() - a.right(), a.left() - b.right());
    QList<QList<QPointF>> others;
    if (gapV >= minimumLeg)
        others = stackedAlternatives(a, b, gapV);
    else if (gapH >= minimumLeg)
        for (const QList<QPointF> &route : stackedAlternatives(transposed(a), transposed(b), gapH))
            others.append(transposed(route));
    for (const QList<QPointF> &route : others) {
        consider(route);
        if (bestCrossings == 0)
            return chosen;
    }
    // Round the outside: under both boxes, or over them (past a box in a row between them),
    // a little further out when nearer is taken.
    for (const qreal out : {clearance, clearance * 1.5, clearance * 2}) {
        const qreal below = std::max(a.bottom(), b.bottom()) + out;
        const qreal above = std::min(a.top(), b.top()) - out;
        for (const qreal x : thirds(a.left(), a.right())) {
            consider(polyline({QPointF(x, a.bottom()), QPointF(x, below), QPointF(b.center().x(), below), QPointF(b.center().x(), b.bottom())}));
            consider(polyline({QPointF(x, a.top()), QPointF(x, above), QPointF(b.center().x(), above), QPointF(b.center().x(), b.top())}));
            if (bestCrossings == 0)
                return chosen;
        }
    }
    return chosen;
}

RelationLayer::RelationLayer()
{
    setZValue(50); // over the boxes, under callouts
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(ItemUsesExtendedStyleOption); // exposedRect is what is in view
}

QPainterPath RelationLayer::shape() const
{
    return {};
}

void RelationLayer::addLanes(const Relation &relation)
{
    for (int i = 1; i < relation.points.size(); ++i) {
        const QPointF p = relation.points.at(i - 1);
        const QPointF q = relation.points.at(i);
        if (p.y() == q.y())
            m_horizontalLanes[qRound(p.y())].append({std::min(p.x(), q.x()), std::max(p.x(), q.x()), relation.from});
        else if (p.x() == q.x())
            m_verticalLanes[qRound(p.x())].append({std::min(p.y(), q.y()), std::max(p.y(), q.y()), relation.from});
    }
}

int RelationLayer::laneOverlaps(const QList<QPointF> &points, const QString &owner) const
{
    // Two arrows from different sources on one line read as one: count where a route would
    // run along another (arrows fanning out of one source may share their first leg).
    int n = 0;
    for (int i = 1; i < points.size(); ++i) {
        const QPointF p = points.at(i - 1);
        const QPointF q = points.at(i);
        const bool horizontal = p.y() == q.y();
        const auto &lanes = horizontal ? m_horizontalLanes : m_verticalLanes;
        const qreal lo = horizontal ? std::min(p.x(), q.x()) : std::min(p.y(), q.y());
        const qreal hi = horizontal ? std::max(p.x(), q.x()) : std::max(p.y(), q.y());
        for (int k = -5; k <= 5; ++k) // within a few pixels reads as the same line
            for (const Lane &lane : lanes.value(qRound(horizontal ? p.y() : p.x()) + k))
                if (lane.owner != owner && std::min(hi, lane.to) - std::max(lo, lane.from) > 4)
                    ++n;
    }
    return n;
}

void RelationLayer::route(Relation &relation, const RouteContext &context)
{
    const QRectF a = context.rectOf(relation.from);
    const QRectF b = context.rectOf(relation.to);
    relation.points = context.crossings
        ? routeRelation(a, b,
                        [&](const QList<QPointF> &r) {
                            return context.crossings(r, relation.from, relation.to) + laneOverlaps(r, relation.from);
                        })
        : routeRelation(a, b);
    // Not QRectF::operator|= on points: it ignores empty rectangles, and the bounds were the
    // last point's alone, so a repaint drew the arrowhead and left the line stale.
    qreal left = relation.points.constFirst().x(), right = left;
    qreal top = relation.points.constFirst().y(), bottom = top;
    for (const QPointF &p : std::as_const(relation.points)) {
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    relation.bounds = QRectF(QPointF(left, top), QPointF(right, bottom)).adjusted(-arrowSize, -arrowSize, arrowSize, arrowSize);
}

void RelationLayer::updateBounds()
{
    QRectF bounds;
    for (const Relation &r : std::as_const(m_relations))
        bounds |= r.bounds;
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds;
    }
}

void RelationLayer::setRelations(QList<Relation> relations, const RouteContext &context)
{
    m_relations = std::move(relations);
    m_byResource.clear();
    m_horizontalLanes.clear();
    m_verticalLanes.clear();
    for (int i = 0; i < m_relations.size(); ++i) {
        Relation &r = m_relations[i];
        route(r, context);
        if (context.crossings)
            addLanes(r);
        m_byResource[r.from].append(i);
        m_byResource[r.to].append(i);
    }
    updateBounds();
    update();
}

QList<Relation> RelationLayer::relationsOf(const QString &id) const
{
    QList<Relation> out;
    for (int i : m_byResource.value(id))
        out.append(m_relations.at(i));
    return out;
}

void RelationLayer::reroute(const QSet<QString> &ids, const RouteContext &context)
{
    QSet<int> touched;
    for (const QString &id : ids)
        for (int i : m_byResource.value(id))
            touched.insert(i);
    if (touched.isEmpty())
        return;
    // The lanes of the arrows that stay put; the moved ones take theirs again as they go.
    m_horizontalLanes.clear();
    m_verticalLanes.clear();
    if (context.crossings)
        for (int i = 0; i < m_relations.size(); ++i)
            if (!touched.contains(i))
                addLanes(m_relations[i]);
    QList<int> order(touched.cbegin(), touched.cend());
    std::sort(order.begin(), order.end()); // the same routes whatever the hash order
    QRectF dirty;
    for (int i : std::as_const(order)) {
        dirty |= m_relations[i].bounds;
        route(m_relations[i], context);
        if (context.crossings)
            addLanes(m_relations[i]);
        dirty |= m_relations[i].bounds;
    }
    const QRectF before = m_bounds;
    updateBounds();
    // Only the strip the moved arrows cross needs painting, not the whole design.
    if (m_bounds == before)
        update(dirty);
}

void RelationLayer::setHighlightedPath(const QStringList &ids)
{
    m_highlighted = QSet<QString>(ids.cbegin(), ids.cend());
    update();
}

void RelationLayer::setShownOnly(const QSet<QString> &ids)
{
    m_shownOnly = ids;
    update();
}

void RelationLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster
        && option->levelOfDetailFromTransform(painter->worldTransform()) < minimumDetail)
        return;
    // Lines in four batches (plain, dashed, blocked, on the reach path): one draw call each. Long
    // segments are cut to the view first, since the raster stroker's cost grows with the
    // length drawn, seen or not.
    const QRectF visible = option->exposedRect.adjusted(-arrowSize, -arrowSize, arrowSize, arrowSize);
    QVarLengthArray<QLineF, 512> plain;
    QVarLengthArray<QLineF, 512> dashed;
    QVarLengthArray<QLineF, 512> onPath;
    QVarLengthArray<QLineF, 512> blocked;
    QVarLengthArray<QLineF, 512> blockedHeads;
    for (const Relation &r : std::as_const(m_relations)) {
        if (r.points.size() < 2 || !r.bounds.intersects(visible))
            continue;
        if (!m_shownOnly.isEmpty() && !(m_shownOnly.contains(r.from) && m_shownOnly.contains(r.to)))
            continue;
        const bool highlighted = m_highlighted.contains(r.from) && m_highlighted.contains(r.to);
        auto &lines = highlighted ? onPath : r.blocked ? blocked : r.dashed ? dashed : plain;
        const bool whole = visible.contains(r.bounds);
        for (int i = 1; i < r.points.size(); ++i) {
            QLineF segment(r.points.at(i - 1), r.points.at(i));
            if (whole || clipLine(segment, visible))
                lines.append(segment);
        }
        const auto [left, right] = arrowhead(r.points);
        auto &heads = highlighted ? onPath : r.blocked ? blockedHeads : plain;
        heads.append(left);
        heads.append(right);
    }
    // Cosmetic: one crisp device pixel at any zoom, and the fast line path.
    QPen pen(Style::arrowColor(), 0);
    pen.setCosmetic(true);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(pen);
    painter->drawLines(plain.constData(), int(plain.size()));
    pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->drawLines(dashed.constData(), int(dashed.size()));
    if (!blocked.isEmpty() || !blockedHeads.isEmpty()) {
        QPen stop(QColor(0xD1, 0x32, 0x12), 0, Qt::DashLine);
        stop.setCosmetic(true);
        painter->setPen(stop);
        painter->drawLines(blocked.constData(), int(blocked.size()));
        stop.setStyle(Qt::SolidLine);
        painter->setPen(stop);
        painter->drawLines(blockedHeads.constData(), int(blockedHeads.size()));
    }
    if (!onPath.isEmpty()) {
        QPen path(QColor(0x1D, 0x9E, 0x4B), 3);
        path.setCosmetic(true);
        path.setCapStyle(Qt::RoundCap);
        painter->setPen(path);
        painter->drawLines(onPath.constData(), int(onPath.size()));
    }
}

} // namespace skydraft
