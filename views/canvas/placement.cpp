#include "placement.h"

#include "diagramscene.h"
#include "model/catalogue.h"
#include "model/layout.h"
#include "model/validator.h"
#include "resourceitem.h"

#include <cmath>

namespace skydraft {

Placement::Target Placement::at(const DiagramScene &scene, ResourceType type, const QPointF &scenePos,
                                const QSet<QString> &exclude)
{
    const Document &doc = *scene.document();
    // Under the point, innermost first (children are stacked above their containers).
    QList<const ResourceItem *> containers;
    for (const QGraphicsItem *g : scene.items(scenePos, Qt::IntersectsItemBoundingRect, Qt::DescendingOrder)) {
        if (g->type() != ResourceItem::Type)
            continue;
        const auto *item = static_cast<const ResourceItem *>(g);
        if (!item->isContainer() || exclude.contains(item->id()))
            continue;
        if (item->sceneBox().contains(scenePos))
            containers.append(item);
    }
    Target t;
    if (containers.isEmpty()) {
        t.error = Validator::placementError(doc, type, QString());
        t.ok = t.error.isEmpty();
        return t;
    }
    for (const ResourceItem *c : std::as_const(containers)) {
        if (Validator::placementError(doc, type, c->id()).isEmpty()) {
            t.ok = true;
            t.parent = c->id();
            return t;
        }
    }
    t.error = Validator::placementError(doc, type, containers.first()->id());
    return t;
}

QRectF Placement::freeSpot(const DiagramScene &scene, const QString &parent, const QRectF &rect)
{
    // The container and its ancestors are where it goes, not in its way.
    QSet<const QGraphicsItem *> around;
    QRectF body;
    if (const ResourceItem *p = scene.item(parent)) {
        body = p->sceneBox()
                   .adjusted(Layout::padding / 2, Layout::header, -Layout::padding / 2, -Layout::padding / 2);
        for (const QGraphicsItem *i = p; i; i = i->parentItem())
            around.insert(i);
    }
    // First inside the body; then past its right or bottom edge (the container grows), but
    // never over anything else.
    const auto isFree = [&](const QRectF &r, bool withinBody) {
        if (!body.isNull()) {
            if (withinBody ? !body.contains(r) : (r.left() < body.left() || r.top() < body.top()))
                return false;
        }
        for (const QGraphicsItem *g : scene.items(r, Qt::IntersectsItemBoundingRect))
            if (g->type() == ResourceItem::Type && !around.contains(g))
                return false;
        return true;
    };
    // Rings of grid steps around the point, nearest first.
    const qreal step = DiagramScene::gridSize * 2;
    constexpr int rings = 40;
    for (const bool withinBody : {true, false}) {
        for (int ring = 0; ring <= rings; ++ring) {
            QList<QPointF> offsets;
            for (int dx = -ring; dx <= ring; ++dx)
                for (int dy = -ring; dy <= ring; ++dy)
                    if (std::max(std::abs(dx), std::abs(dy)) == ring)
                        offsets.append(QPointF(dx * step, dy * step));
            std::sort(offsets.begin(), offsets.end(), [](const QPointF &a, const QPointF &b) {
                return QPointF::dotProduct(a, a) < QPointF::dotProduct(b, b);
            });
            for (const QPointF &o : std::as_const(offsets))
                if (isFree(rect.translated(o), withinBody))
                    return rect.translated(o);
        }
    }
    return rect;
}

QString Placement::subnetAt(const DiagramScene &scene, const QPointF &scenePos)
{
    for (const QGraphicsItem *g : scene.items(scenePos, Qt::IntersectsItemBoundingRect, Qt::DescendingOrder)) {
        if (g->type() != ResourceItem::Type)
            continue;
        const auto *item = static_cast<const ResourceItem *>(g);
        if (item->resourceType() == ResourceType::Subnet
            && item->sceneBox().contains(scenePos))
            return item->id();
    }
    return {};
}

QSizeF Placement::defaultSize(ResourceType type)
{
    switch (type) {
    case ResourceType::Vpc:
        return {640, 420};
    case ResourceType::AvailabilityZone:
        return {300, 340};
    case ResourceType::Subnet:
        return {260, 150};
    case ResourceType::AutoScalingGroup:
        return {260, 120};
    default:
        return {Layout::nodeWidth, Layout::nodeHeight};
    }
}

QRectF Placement::snapped(const QRectF &rect, qreal grid)
{
    return QRectF(std::round(rect.x() / grid) * grid, std::round(rect.y() / grid) * grid, rect.width(), rect.height());
}

void Placement::growToFit(const Document &doc, QHash<QString, QRectF> &geometry)
{
    const auto rectOf = [&](const QString &x) {
        return geometry.contains(x) ? geometry.value(x)
                                    : doc.geometry(x).value_or(QRectF(QPointF(), defaultSize(doc.find(x)->type)));
    };
    // A container that grows pushes what lies below it (or to its right) in the same container
    // out of its way, as a column of boxes makes room: a subnet that grows down moves the
    // subnets under it, a zone that grows moves the row of route tables under it.
    QStringList todo = geometry.keys();
    todo.sort();
    const auto push = [&](const QString &id, const QRectF &before, const QRectF &after) {
        const qreal dy = after.bottom() - before.bottom();
        const qreal dx = after.right() - before.right();
        const Resource *r = doc.find(id);
        // A container moved, not grown (an Auto Scaling group dragged down), pushes nothing.
        if (!r || (dy <= 0 && dx <= 0) || after.size() == before.size())
            return;
        for (const QString &sibling : doc.children(r->parent)) {
            if (sibling == id || geometry.contains(sibling) || !doc.geometry(sibling))
                continue;
            QRectF s = *doc.geometry(sibling);
            if (dy > 0 && s.top() >= before.bottom() - 0.5 && s.left() < after.right() && s.right() > after.left())
                s.translate(0, dy);
            else if (dx > 0 && s.left() >= before.right() - 0.5 && s.top() < after.bottom() && s.bottom() > after.top())
                s.translate(dx, 0);
            else
                continue;
            geometry.insert(sibling, s);
            todo.append(sibling);
        }
    };
    const QStringList initial = todo;
    for (const QString &id : initial)
        if (const auto before = doc.geometry(id); before && doc.find(id) && Catalogue::spec(doc.find(id)->type).container)
            push(id, *before, geometry.value(id));
    while (!todo.isEmpty()) {
        const QString id = todo.takeFirst();
        const Resource *r = doc.find(id);
        if (!r || r->parent.isEmpty())
            continue;
        QRectF child = rectOf(id);
        // Inside the body: below the header, off the left and top borders.
        const QPointF kept(std::max(child.x(), Layout::padding / 2), std::max(child.y(), Layout::header));
        if (kept != child.topLeft()) {
            child.moveTopLeft(kept);
            geometry.insert(id, child);
        }
        QRectF parent = rectOf(r->parent);
        const qreal width = std::max(parent.width(), child.right() + Layout::padding);
        const qreal height = std::max(parent.height(), child.bottom() + Layout::padding);
        if (width != parent.width() || height != parent.height()) {
            const QRectF before = parent;
            parent.setSize(QSizeF(width, height));
            geometry.insert(r->parent, parent);
            push(r->parent, before, parent);
            todo.append(r->parent);
        }
    }
}

QSizeF Placement::minimumSize(const Document &doc, const QString &id)
{
    QSizeF size(80, Layout::header + 20);
    for (const QString &child : doc.children(id))
        if (const auto g = doc.geometry(child))
            size = size.expandedTo(QSizeF(g->right() + Layout::padding, g->bottom() + Layout::padding));
    return size;
}

} // namespace skydraft
