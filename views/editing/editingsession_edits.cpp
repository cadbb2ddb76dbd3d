// The edits the canvas asks for (place, move, resize, connect, clipboard, delete, nudge,
// align), each one undo step; the session's set-up, menus and selection are in
// editingsession.cpp.

#include "editingsession.h"

#include "views/canvas/canvasview.h"
#include "views/canvas/diagramscene.h"
#include "views/workbench/documentsession.h"
#include "views/workbench/workbench.h"
#include "model/catalogue.h"
#include "model/commands/connections.h"
#include "model/commands/editor.h"
#include "model/document.h"
#include "model/layout.h"
#include "views/canvas/placement.h"
#include "resourceclipboard.h"
#include "views/canvas/resourceitem.h"

#include <cmath>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace skydraft {

QString EditingSession::place(ResourceType type, const QPointF &scenePos)
{
    Editor *e = editor();
    if (!e)
        return {};
    const Placement::Target target = Placement::at(*m_window->scene(), type, scenePos);
    if (!target.ok) {
        refuse(target.error, scenePos);
        return {};
    }
    // A database, cache or Auto Scaling group lives in the VPC but runs in subnets: dropped on
    // a subnet, it takes that subnet (and, for a subnet group, the one on the same row of
    // another zone) and is drawn there.
    const Document *doc = m_window->session()->document();
    QStringList subnets;
    if (Catalogue::property(type, u"subnets"_s) && !target.parent.isEmpty()
        && doc->find(target.parent)->type == ResourceType::Vpc) {
        const QString under = Placement::subnetAt(*m_window->scene(), scenePos);
        const auto centre = [this](const QString &subnet) {
            const ResourceItem *i = m_window->scene()->item(subnet);
            return i ? i->sceneBox().center() : QPointF();
        };
        if (!under.isEmpty() && doc->vpcOf(under) == target.parent) {
            subnets.append(under);
            if (type == ResourceType::RdsInstance || type == ResourceType::AuroraCluster || type == ResourceType::ElastiCache) {
                const qreal row = centre(under).y();
                QString pair;
                qreal best = 0;
                for (const Resource *s : doc->resourcesOfType(ResourceType::Subnet)) {
                    if (doc->vpcOf(s->id) != target.parent || doc->zoneOf(s->id) == doc->zoneOf(under))
                        continue;
                    const qreal distance = std::abs(centre(s->id).y() - row);
                    if (pair.isEmpty() || distance < best) {
                        pair = s->id;
                        best = distance;
                    }
                }
                if (!pair.isEmpty())
                    subnets.append(pair);
            }
        }
    }
    const QSizeF size = Placement::defaultSize(type);
    const QRectF wanted(scenePos - QPointF(size.width() / 2, size.height() / 2), size);
    QPointF topLeft = Placement::freeSpot(*m_window->scene(), subnets.isEmpty() ? target.parent : subnets.first(), wanted).topLeft();
    if (ResourceItem *parent = m_window->scene()->item(target.parent))
        topLeft = parent->mapFromScene(topLeft);
    QRectF rect = Placement::snapped(QRectF(topLeft, size), DiagramScene::gridSize);
    if (!target.parent.isEmpty()) // inside the container's body, below its header
        rect.moveTopLeft(QPointF(std::max(rect.x(), Layout::padding / 2), std::max(rect.y(), Layout::header)));
    // A second zone (or subnet) dropped beside the first lines up with it: its top takes the
    // nearest sibling's of the same type when that is only a little off and nothing is in the way.
    if (type == ResourceType::AvailabilityZone || type == ResourceType::Subnet) {
        std::optional<qreal> top;
        qreal off = 0;
        QList<QRectF> siblings;
        for (const QString &sibling : doc->children(target.parent)) {
            const auto g = doc->geometry(sibling);
            if (!g)
                continue;
            siblings.append(*g);
            const qreal d = std::abs(g->y() - rect.y());
            if (doc->find(sibling)->type == type && d > 0 && d <= 2 * Layout::padding && (!top || d < off)) {
                top = g->y();
                off = d;
            }
        }
        if (top) {
            const QRectF aligned(QPointF(rect.x(), *top), rect.size());
            if (std::none_of(siblings.cbegin(), siblings.cend(), [&](const QRectF &g) { return g.intersects(aligned); }))
                rect = aligned;
        }
    }

    // One undo step: the new resource and the containers that grow to hold it.
    e->undoStack()->beginMacro(tr("Add %1").arg(typeLabel(type)));
    const QString id = e->addResource(type, target.parent, rect);
    if (!id.isEmpty()) {
        QHash<QString, QRectF> grow{{id, rect}};
        // Drawn in its subnet, though the VPC holds it: that subnet grows to hold it too.
        if (const ResourceItem *subnet = subnets.isEmpty() ? nullptr : m_window->scene()->item(subnets.first())) {
            const QRectF inSubnet = subnet->mapRectFromScene(m_window->scene()->item(target.parent)->mapRectToScene(rect));
            QRectF box = *doc->geometry(subnet->id());
            box.setWidth(std::max(box.width(), inSubnet.right() + Layout::padding));
            box.setHeight(std::max(box.height(), inSubnet.bottom() + Layout::padding));
            if (box != *doc->geometry(subnet->id()))
                grow.insert(subnet->id(), box);
        }
        Placement::growToFit(*m_window->session()->document(), grow);
        grow.remove(id);
        if (!grow.isEmpty())
            e->setGeometry(grow, tr("Grow containers"));
        // Its subnets last, once the subnet holds the spot found for it: it stays there
        // rather than following them to the subnet's corner.
        if (!subnets.isEmpty())
            e->setProperty(id, u"subnets"_s, subnets);
    }
    e->undoStack()->endMacro();
    if (id.isEmpty()) {
        refuse(e->lastError(), scenePos);
        return {};
    }
    tell(target.parent.isEmpty() ? tr("Added %1.").arg(id) : tr("Added %1 to %2.").arg(id, target.parent));
    select({id});
    return id;
}

bool EditingSession::commitMove(const QHash<QString, QPointF> &startScenePos)
{
    Editor *e = editor();
    DiagramScene *scene = m_window->scene();
    const Document *doc = m_window->session()->document();
    if (!e || !doc)
        return false;
    // Only the outermost moved items: their children move with them.
    QStringList ids = startScenePos.keys();
    ids.erase(std::remove_if(ids.begin(), ids.end(),
                             [&](const QString &id) {
                                 for (QString p = doc->find(id) ? doc->find(id)->parent : QString(); !p.isEmpty();
                                      p = doc->find(p)->parent)
                                     if (startScenePos.contains(p))
                                         return true;
                                 return false;
                             }),
              ids.end());
    ids.sort();
    auto revert = [&] {
        for (const QString &id : startScenePos.keys())
            if (ResourceItem *i = scene->item(id))
                if (const auto g = doc->geometry(id))
                    i->setPos(g->topLeft());
    };
    QHash<QString, QString> newParents;
    QHash<QString, QRectF> geometry;
    for (const QString &id : std::as_const(ids)) {
        ResourceItem *item = scene->item(id);
        if (!item)
            continue;
        QSet<QString> exclude{id};
        for (const QString &d : doc->descendants(id))
            exclude.insert(d);
        const QPointF centre = item->mapToScene(QPointF(item->size().width() / 2, item->size().height() / 2));
        const Placement::Target target = Placement::at(*scene, item->resourceType(), centre, exclude);
        if (!target.ok) {
            revert();
            refuse(tr("%1 cannot go there: %2").arg(id, target.error), centre);
            return false;
        }
        const ResourceItem *parentItem = scene->item(target.parent);
        const QPointF local = parentItem ? parentItem->mapFromScene(item->scenePos()) : item->scenePos();
        geometry.insert(id, Placement::snapped(QRectF(local, item->size()), scene->snapToGrid() ? DiagramScene::gridSize : 1));
        if (target.parent != doc->find(id)->parent)
            newParents.insert(id, target.parent);
    }
    // An Elastic IP is drawn as a badge on its instance or NAT gateway: it goes along.
    QHash<QString, QPointF> delta; // everything that moved -> by how much, in the scene
    for (const QString &id : std::as_const(ids)) {
        const QPointF by = scene->item(id)->scenePos() - startScenePos.value(id);
        for (const QString &x : QStringList{id} + doc->descendants(id))
            delta.insert(x, by);
    }
    for (const Resource *eip : doc->resourcesOfType(ResourceType::ElasticIp)) {
        const QString owner = eip->string(u"associatedWith"_s);
        if (delta.contains(owner) && !delta.contains(eip->id) && eip->parent.isEmpty())
            if (const auto g = doc->geometry(eip->id))
                geometry.insert(eip->id, g->translated(delta.value(owner)));
    }
    Placement::growToFit(*doc, geometry);
    QUndoStack *stack = e->undoStack();
    stack->beginMacro(ids.size() == 1 ? tr("Move %1").arg(ids.first()) : tr("Move %n resource(s)", nullptr, int(ids.size())));
    bool ok = true;
    QString failure;
    for (auto it = newParents.cbegin(); it != newParents.cend() && ok; ++it) {
        ok = e->reparent(it.key(), it.value(), geometry.value(it.key()));
        failure = e->lastError();
    }
    if (ok)
        ok = e->setGeometry(geometry, tr("Move"));
    stack->endMacro();
    if (!ok) {
        stack->undo();
        revert();
        refuse(failure.isEmpty() ? e->lastError() : failure, scene->item(ids.first())->sceneBoundingRect().center());
        return false;
    }
    if (!newParents.isEmpty()) {
        const QString id = newParents.begin().key();
        const QString parent = newParents.begin().value();
        tell(parent.isEmpty() ? tr("Moved %1 out of its container.").arg(id) : tr("Moved %1 into %2.").arg(id, parent));
    }
    return true;
}

void EditingSession::resize(const QString &id, const QSizeF &size)
{
    Editor *e = editor();
    const Document *doc = m_window->session()->document();
    if (!e || !doc || !doc->geometry(id)) {
        return;
    }
    QRectF rect = *doc->geometry(id);
    QSizeF wanted = size.expandedTo(Placement::minimumSize(*doc, id));
    if (m_window->scene()->snapToGrid())
        wanted = QSizeF(std::ceil(wanted.width() / DiagramScene::gridSize) * DiagramScene::gridSize,
                        std::ceil(wanted.height() / DiagramScene::gridSize) * DiagramScene::gridSize);
    rect.setSize(wanted);
    QHash<QString, QRectF> geometry{{id, rect}};
    Placement::growToFit(*doc, geometry);
    e->setGeometry(geometry, tr("Resize %1").arg(id));
    // The item shows the model's size again (a resize below the children's extent snaps back).
    if (ResourceItem *i = m_window->scene()->item(id))
        i->setSize(doc->geometry(id)->size());
}

bool EditingSession::connectResources(const QString &from, const QString &to)
{
    Editor *e = editor();
    if (!e)
        return false;
    const QString what = Connections::describe(*e->document(), from, to);
    const QString error = Connections::connect(*e, from, to);
    if (!error.isEmpty()) {
        const ResourceItem *target = m_window->scene()->item(to);
        refuse(error, target ? target->sceneBoundingRect().center() : QPointF());
        return false;
    }
    tell(what);
    return true;
}

void EditingSession::copy()
{
    if (!m_window->session()->document())
        return;
    m_clipboard = ResourceClipboard::copy(*m_window->session()->document(), topMostSelected());
    m_pasteStep = clearOfSelection();
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(ResourceClipboard::mimeType), m_clipboard);
    QGuiApplication::clipboard()->setMimeData(mime);
    m_pasteCount = 0;
    updateActions();
    tell(tr("Copied %n resource(s).", nullptr, int(selectedIds().size())));
}

QPointF EditingSession::clearOfSelection() const
{
    // Beside the selection, one grid step apart: below a container (subnets and zones stack
    // in columns), to the right of nodes.
    QRectF bounds;
    bool containers = true;
    for (const QString &id : topMostSelected())
        if (const ResourceItem *i = m_window->scene()->item(id)) {
            bounds |= i->sceneBox();
            containers = containers && i->isContainer();
        }
    if (bounds.isEmpty())
        return {};
    const qreal gap = 2 * DiagramScene::gridSize;
    return containers ? QPointF(0, std::ceil((bounds.height() + gap) / DiagramScene::gridSize) * DiagramScene::gridSize)
                      : QPointF(std::ceil((bounds.width() + gap) / DiagramScene::gridSize) * DiagramScene::gridSize, 0);
}

QStringList EditingSession::paste()
{
    Editor *e = editor();
    if (!e)
        return {};
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    const QString type = QString::fromLatin1(ResourceClipboard::mimeType);
    const QByteArray data = mime && mime->hasFormat(type) ? mime->data(type) : m_clipboard;
    // Into the selected container, if one is selected; else next to the originals.
    const QStringList selected = selectedIds();
    QString target;
    if (selected.size() == 1 && m_window->scene()->item(selected.first())->isContainer())
        target = selected.first();
    ++m_pasteCount;
    // Clear of the original (and of the copies pasted before), not on top of it.
    const qreal step = 3 * DiagramScene::gridSize;
    const QPointF offset = data == m_clipboard && !m_pasteStep.isNull() ? m_pasteStep : QPointF(step, step);
    const ResourceClipboard::PasteResult result = ResourceClipboard::paste(*e, data, target, offset * m_pasteCount);
    if (!result.error.isEmpty())
        refuse(result.error, canvas()->mapToScene(canvas()->viewport()->rect().center()));
    if (!result.created.isEmpty()) {
        // Selecting the copies is not the user choosing something else: the next paste goes
        // one step further.
        const int pasted = m_pasteCount;
        select(result.topLevel);
        m_pasteCount = pasted;
        if (result.error.isEmpty() && result.dropped.isEmpty())
            tell(tr("Pasted %n resource(s).", nullptr, int(result.created.size())));
        else if (result.error.isEmpty())
            tell(tr("Pasted %n resource(s); left out references to what this design does not have: %1.", nullptr,
                    int(result.created.size()))
                     .arg(result.dropped.join(u", "_s)));
    }
    return result.created;
}

QStringList EditingSession::duplicate()
{
    Editor *e = editor();
    if (!e)
        return {};
    const QByteArray data = ResourceClipboard::copy(*m_window->session()->document(), topMostSelected());
    const ResourceClipboard::PasteResult result = ResourceClipboard::paste(*e, data, QString(), clearOfSelection());
    if (!result.error.isEmpty())
        refuse(result.error, canvas()->mapToScene(canvas()->viewport()->rect().center()));
    if (!result.created.isEmpty()) {
        select(result.topLevel);
        if (result.error.isEmpty())
            tell(tr("Duplicated %n resource(s).", nullptr, int(result.created.size())));
    }
    return result.created;
}

void EditingSession::cut()
{
    copy();
    deleteSelection();
}

bool EditingSession::deleteSelection()
{
    Editor *e = editor();
    const QStringList ids = e ? topMostSelected() : QStringList();
    if (ids.isEmpty())
        return false;
    if (!e->removeResources(ids)) {
        tell(e->lastError());
        return false;
    }
    tell(tr("Deleted %n resource(s) and what they held.", nullptr, int(ids.size())));
    return true;
}

void EditingSession::nudge(const QPointF &delta)
{
    Editor *e = editor();
    const Document *doc = m_window->session()->document();
    const QStringList ids = e ? topMostSelected() : QStringList();
    QHash<QString, QRectF> geometry;
    for (const QString &id : ids)
        if (const auto g = doc->geometry(id))
            geometry.insert(id, g->translated(delta));
    if (geometry.isEmpty())
        return;
    // Within its container: a nudge never reparents, the container grows if needed.
    Placement::growToFit(*doc, geometry);
    e->setGeometry(geometry, tr("Nudge %n resource(s)", nullptr, int(ids.size())));
}

void EditingSession::align(Action how)
{
    Editor *e = editor();
    DiagramScene *scene = m_window->scene();
    const QStringList ids = e ? topMostSelected() : QStringList();
    if (ids.size() < 2)
        return;
    QRectF bounds;
    for (const QString &id : ids) {
        const ResourceItem *i = scene->item(id);
        bounds |= i->sceneBox();
    }
    // Distribute: equal gaps between neighbours, the outermost two staying where they are.
    QHash<QString, QRectF> spread;
    if (how == Action::DistributeHorizontally || how == Action::DistributeVertically) {
        if (ids.size() < 3)
            return;
        const bool across = how == Action::DistributeHorizontally;
        QStringList order = ids;
        std::sort(order.begin(), order.end(), [&](const QString &a, const QString &b) {
            const QRectF ra = scene->item(a)->sceneBox();
            const QRectF rb = scene->item(b)->sceneBox();
            return across ? ra.left() < rb.left() : ra.top() < rb.top();
        });
        qreal used = 0;
        for (const QString &id : std::as_const(order))
            used += across ? scene->item(id)->sceneBox().width() : scene->item(id)->sceneBox().height();
        const qreal room = across ? bounds.width() : bounds.height();
        const qreal gap = (room - used) / qreal(order.size() - 1);
        qreal at = across ? bounds.left() : bounds.top();
        for (const QString &id : std::as_const(order)) {
            QRectF r = scene->item(id)->sceneBox();
            if (across)
                r.moveLeft(std::round(at));
            else
                r.moveTop(std::round(at));
            at += (across ? r.width() : r.height()) + gap;
            spread.insert(id, r);
        }
    }
    QHash<QString, QRectF> geometry;
    for (const QString &id : ids) {
        const ResourceItem *i = scene->item(id);
        QRectF r = i->sceneBox();
        switch (how) {
        case Action::DistributeHorizontally:
        case Action::DistributeVertically:
            r = spread.value(id);
            break;
        case Action::AlignRight:
            r.moveRight(bounds.right());
            break;
        case Action::AlignBottom:
            r.moveBottom(bounds.bottom());
            break;
        case Action::AlignLeft:
            r.moveLeft(bounds.left());
            break;
        case Action::AlignTop:
            r.moveTop(bounds.top());
            break;
        case Action::AlignCenter:
            r.moveCenter(QPointF(bounds.center().x(), r.center().y()));
            break;
        default:
            r.moveCenter(QPointF(r.center().x(), bounds.center().y()));
            break;
        }
        const QGraphicsItem *parent = i->parentItem();
        geometry.insert(id, QRectF(parent ? parent->mapFromScene(r.topLeft()) : r.topLeft(), r.size()));
    }
    Placement::growToFit(*m_window->session()->document(), geometry);
    const bool distribute = how == Action::DistributeHorizontally || how == Action::DistributeVertically;
    e->setGeometry(geometry, distribute ? tr("Distribute %n resource(s)", nullptr, int(ids.size()))
                                        : tr("Align %n resource(s)", nullptr, int(ids.size())));
}

bool EditingSession::makeSubnetPublic(const QString &subnet)
{
    Editor *e = editor();
    const Document *doc = m_window->session()->document();
    DiagramScene *scene = m_window->scene();
    if (!e || !doc)
        return false;
    const ResourceItem *subnetItem = scene->item(subnet);
    const QRectF near = subnetItem ? subnetItem->sceneBox() : QRectF();
    // A new gateway above the subnet, a new table right of it: on a free spot of the VPC.
    const auto place = [&](ResourceType type, const QString &parent) -> std::optional<QRectF> {
        const ResourceItem *container = scene->item(parent);
        if (!container || near.isNull())
            return std::nullopt;
        const QSizeF size = Placement::defaultSize(type);
        const QPointF at = type == ResourceType::InternetGateway || type == ResourceType::EgressOnlyInternetGateway
            ? QPointF(near.center().x() - size.width() / 2, near.top() - size.height() - Layout::padding)
            : QPointF(near.right() + Layout::padding, near.top());
        const QPointF topLeft = container->mapFromScene(Placement::freeSpot(*scene, parent, QRectF(at, size)).topLeft());
        QRectF rect = Placement::snapped(QRectF(topLeft, size), DiagramScene::gridSize);
        rect.moveTopLeft(QPointF(std::max(rect.x(), Layout::padding / 2), std::max(rect.y(), Layout::header)));
        return rect;
    };
    if (!e->makeSubnetPublic(subnet, place)) {
        tell(e->lastError());
        return false;
    }
    const Resource *s = doc->find(subnet);
    tell(tr("%1 is public: it routes 0.0.0.0/0 to the internet gateway through %2.").arg(subnet, s->string(u"routeTable"_s)));
    return true;
}

} // namespace skydraft
