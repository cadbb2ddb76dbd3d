#include "diagramscene.h"

#include "canvasoverlay.h"
#include "style.h"

#include "model/catalogue.h"
#include "model/checker/linkreach.h"
#include "model/checker/reachability.h"
#include "model/document.h"
#include "model/layout.h"
#include "model/routing.h"
#include "model/securityrules.h"
#include "model/topology.h"
#include "relationlayer.h"
#include "resourceitem.h"

#include <QPainter>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace skydraft {

DiagramScene::DiagramScene(QObject *parent)
    : QGraphicsScene(parent)
    , m_relationLayer(new RelationLayer)
{
    setBackgroundBrush(Style::canvasColor());
    QGraphicsScene::addItem(m_relationLayer);
}

DiagramScene::~DiagramScene() = default;

void DiagramScene::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_publicSubnets.clear();
    if (m_document) {
        // A route table's or a subnet's change can make a subnet public or private.
        connect(m_document, &Document::changed, this, [this] { m_publicSubnets.clear(); });
        connect(m_document, &Document::resourceAdded, this, [this](const QString &id) {
            addItem(id);
            scheduleRelations();
        });
        connect(m_document, &Document::resourceAboutToBeRemoved, this, [this](const QString &id) {
            removeItem(id);
            scheduleRelations();
        });
        connect(m_document, &Document::parentChanged, this, [this](const QString &id) { syncParent(id); });
        // Arrows follow moves as they happen (resourceMoved); once the design holds the new
        // places, they are routed again together, each round what the others took.
        connect(m_document, &Document::geometryChanged, this, [this](const QString &id) {
            syncGeometry(id);
            scheduleRelations();
        });
        connect(m_document, &Document::propertyChanged, this, [this](const QString &id, const QString &key) {
            // A security group's rules are drawn on what it protects (badges, the ports and
            // CIDRs caption): those nodes' cached pictures are stale too.
            const Resource *r = m_document->find(id);
            if (r && r->type == ResourceType::SecurityGroup) {
                for (ResourceItem *i : std::as_const(m_items))
                    i->update();
            } else if (ResourceItem *i = item(id)) {
                i->update();
            }
            // Only what changes the links, or whether reach lets traffic through one, redraws
            // the arrows.
            // A database's subnets and Multi-AZ flag say where its standby is drawn.
            if (r && (r->type == ResourceType::RdsInstance || Topology::changesLinks(r->type, key)
                      || net::changesLinkReach(r->type, key)))
                scheduleRelations();
        });
        connect(m_document, &Document::nameChanged, this, [this](const QString &id) {
            if (ResourceItem *i = item(id))
                i->update();
            if (StandbyItem *standby = m_standbys.value(id)) // labelled with its primary's name
                standby->setTitle(m_document->find(id)->displayName());
        });
    }
    rebuild();
}

void DiagramScene::rebuild()
{
    m_relationLayer->setRelations({}, {});
    qDeleteAll(m_standbys);
    m_standbys.clear();
    // Delete top-level items only (children go with their parents), collected first so no
    // deleted child is visited.
    QList<ResourceItem *> roots;
    for (ResourceItem *i : std::as_const(m_items))
        if (!i->parentItem())
            roots.append(i);
    m_items.clear();
    qDeleteAll(roots);
    if (!m_document)
        return;
    for (const QString &id : m_document->ids())
        addItem(id);
    rebuildRelations();
    fitSceneRect();
}

void DiagramScene::scheduleSceneRect()
{
    if (m_sceneRectPending)
        return;
    m_sceneRectPending = true;
    QTimer::singleShot(0, this, [this] {
        m_sceneRectPending = false;
        fitSceneRect();
    });
}

void DiagramScene::fitSceneRect()
{
    // Top-level items hold everything else; the arrows may go round the outside.
    QRectF bounds = m_relationLayer->sceneBoundingRect();
    for (const ResourceItem *i : std::as_const(m_items))
        if (!i->parentItem())
            bounds |= i->sceneBoundingRect();
    // Room past the edge to drop the next resource, scrolled to like the rest.
    const qreal margin = bounds.isEmpty() ? 400 : 160;
    setSceneRect(bounds.adjusted(-margin, -margin, margin, margin));
}

void DiagramScene::addItem(const QString &id)
{
    const Resource *r = m_document->find(id);
    if (!r || m_items.contains(id))
        return;
    auto *item = new ResourceItem(this, id, r->type);
    m_items.insert(id, item);
    // Containers below nodes; an Auto Scaling group over the subnets it spans.
    item->setZValue(r->type == ResourceType::AutoScalingGroup ? 5 : item->isContainer() ? 0 : 10);
    QGraphicsScene::addItem(item);
    syncParent(id);
    syncGeometry(id);
    // Children that arrived before their parent.
    for (const QString &child : m_document->children(id))
        syncParent(child);
}

void DiagramScene::removeItem(const QString &id)
{
    ResourceItem *item = m_items.take(id);
    if (!item)
        return;
    // Keep the children alive: the document reparents them before removing their parent.
    for (QGraphicsItem *child : item->childItems())
        child->setParentItem(nullptr);
    delete item;
}

void DiagramScene::syncParent(const QString &id)
{
    ResourceItem *i = item(id);
    const Resource *r = m_document->find(id);
    if (!i || !r)
        return;
    i->setParentItem(item(r->parent));
}

void DiagramScene::syncGeometry(const QString &id)
{
    ResourceItem *i = item(id);
    if (!i)
        return;
    const auto g = m_document->geometry(id);
    const QRectF rect = g.value_or(QRectF(0, 0, Layout::nodeWidth, Layout::nodeHeight));
    i->setPos(rect.topLeft());
    if (rect.size() != i->size()) {
        i->setSize(rect.size());
        resourceMoved(i);
    }
}

QRectF DiagramScene::relationRect(const QString &id) const
{
    const ResourceItem *i = item(id);
    return i ? i->sceneBox() : QRectF();
}

RouteContext DiagramScene::routeContext() const
{
    RouteContext context;
    context.rectOf = [this](const QString &id) { return relationRect(id); };
    if (m_relationLayer->relations().size() <= maximumAvoidingRelations)
        context.crossings = [this](const QList<QPointF> &route, const QString &from, const QString &to) {
            return crossings(route, from, to);
        };
    return context;
}

int DiagramScene::crossings(const QList<QPointF> &route, const QString &from, const QString &to) const
{
    // Nodes other than the two ends (the worst: the arrow reads as a chain through them), the
    // name at the top left of a container (a line through it makes it unreadable), and a leg
    // that runs along a container's dashed outline (it reads as part of the outline: routes
    // take the channel between containers instead).
    constexpr int node = 8;
    constexpr int label = 2;
    constexpr int outline = 3;
    constexpr qreal nearOutline = 8;   // closer than this to an outline is on it
    constexpr qreal alongOutline = 8;  // for longer than this
    int n = 0;
    QRectF fromRect;
    QRectF toRect;
    bool endsKnown = false;
    for (int i = 1; i < route.size(); ++i) {
        const QPointF p = route.at(i - 1);
        const QPointF q = route.at(i);
        const QRectF segment = QRectF(p, q).normalized().adjusted(-1, -1, 1, 1);
        const bool horizontal = p.y() == q.y();
        const qreal lo = horizontal ? std::min(p.x(), q.x()) : std::min(p.y(), q.y());
        const qreal hi = horizontal ? std::max(p.x(), q.x()) : std::max(p.y(), q.y());
        const qreal line = horizontal ? p.y() : p.x();
        const QRectF near = segment.adjusted(-nearOutline, -nearOutline, nearOutline, nearOutline);
        for (const QGraphicsItem *g : items(near, Qt::IntersectsItemBoundingRect)) {
            if (g->type() != ResourceItem::Type)
                continue;
            const auto *r = static_cast<const ResourceItem *>(g);
            if (r->isContainer()) {
                const QRectF whole = r->sceneBox();
                const qreal edgeFrom = horizontal ? whole.left() : whole.top();
                const qreal edgeTo = horizontal ? whole.right() : whole.bottom();
                if (std::min(hi, edgeTo) - std::max(lo, edgeFrom) > alongOutline)
                    for (const qreal edge : {horizontal ? whole.top() : whole.left(), horizontal ? whole.bottom() : whole.right()})
                        if (std::abs(line - edge) < nearOutline)
                            n += outline;
            }
            if (r->id() == from || r->id() == to)
                continue;
            if (!r->sceneBoundingRect().intersects(segment))
                continue;
            const QSizeF size = r->size();
            if (r->isContainer()) {
                // A route into or out of a container must cross its top or side: its name only
                // counts for containers that hold neither end.
                if (!endsKnown) {
                    fromRect = relationRect(from);
                    toRect = relationRect(to);
                    endsKnown = true;
                }
                const QRectF whole = r->sceneBox();
                if (whole.contains(fromRect) || whole.contains(toRect))
                    continue;
            }
            const QRectF box = r->isContainer() ? QRectF(0, 0, std::min(size.width(), 200.0), 22) : QRectF(QPointF(), size);
            if (r->mapRectToScene(box).intersects(segment))
                n += r->isContainer() ? label : node;
        }
    }
    return n;
}

QList<Relation> DiagramScene::relations() const
{
    return m_relationLayer->relations();
}

QList<Relation> DiagramScene::relationsOf(const QString &id) const
{
    return m_relationLayer->relationsOf(id);
}

void DiagramScene::resourceMoved(const ResourceItem *moved)
{
    scheduleSceneRect();
    if (m_relationLayer->relations().isEmpty())
        return;
    // Everything inside a moved container moved with it.
    QSet<QString> ids;
    QList<const QGraphicsItem *> stack{moved};
    while (!stack.isEmpty()) {
        const QGraphicsItem *i = stack.takeLast();
        if (i->type() == ResourceItem::Type)
            ids.insert(static_cast<const ResourceItem *>(i)->id());
        for (const QGraphicsItem *child : i->childItems())
            stack.append(child);
    }
    m_relationLayer->reroute(ids, routeContext());
}

bool DiagramScene::isPublicSubnet(const QString &id) const
{
    if (!m_document)
        return false;
    auto it = m_publicSubnets.constFind(id);
    if (it == m_publicSubnets.cend())
        it = m_publicSubnets.insert(id, skydraft::isPublicSubnet(*m_document, id, true));
    return *it;
}

QList<QRectF> DiagramScene::autoScalingSlots(const QString &asg) const
{
    QList<QRectF> slots;
    ResourceItem *group = item(asg);
    if (!group || !m_document)
        return slots;
    const QRectF groupRect = group->sceneBoundingRect().adjusted(2, 2, -2, -2);
    for (const QString &subnet : m_document->subnetsOf(asg)) {
        const ResourceItem *s = item(subnet);
        if (!s)
            continue;
        const QRectF overlap = s->sceneBoundingRect().intersected(groupRect);
        if (overlap.isEmpty())
            continue;
        QRectF local = group->mapRectFromScene(overlap);
        local.setTop(std::max<qreal>(local.top(), 26));
        slots.append(local);
    }
    return slots;
}

QString DiagramScene::detailText(const QString &id) const
{
    const Resource *r = m_document ? m_document->find(id) : nullptr;
    if (!r)
        return {};
    switch (r->type) {
    case ResourceType::Ec2Instance:
    case ResourceType::LaunchTemplate:
        return r->string(u"instanceType"_s);
    case ResourceType::RdsInstance: {
        const QString engine = r->string(u"engine"_s);
        if (!r->string(u"sourceDb"_s).isEmpty())
            return tr("%1 replica").arg(engine);
        if (r->boolean(u"multiAz"_s))
            return tr("%1 Multi-AZ").arg(engine);
        return engine;
    }
    case ResourceType::AuroraCluster:
        return tr("%1 +%n replica(s)", nullptr, int(r->integer(u"replicas"_s))).arg(r->string(u"engine"_s));
    case ResourceType::ElastiCache:
        return r->string(u"engine"_s);
    case ResourceType::LoadBalancer: {
        static const QHash<QString, QString> kinds = {
            {u"application"_s, u"ALB"_s}, {u"network"_s, u"NLB"_s}, {u"classic"_s, u"CLB"_s}};
        return kinds.value(r->string(u"kind"_s)) + u", "_s + PropertySpec::choiceText(r->string(u"scheme"_s));
    }
    case ResourceType::TargetGroup:
        return r->string(u"protocol"_s) + u':' + QString::number(r->integer(u"port"_s));
    case ResourceType::Route53Record:
        return r->string(u"recordName"_s);
    case ResourceType::NatGateway:
        return PropertySpec::choiceText(r->string(u"connectivity"_s));
    case ResourceType::SecurityGroup:
        return tr("%n inbound rule(s)", nullptr, int(r->rows(u"inbound"_s).size()));
    case ResourceType::RouteTable:
        return tr("%n route(s)", nullptr, int(r->rows(u"routes"_s).size()));
    default:
        return {};
    }
}

QString DiagramScene::toolTipText(const QString &id) const
{
    const Resource *r = m_document ? m_document->find(id) : nullptr;
    if (!r)
        return {};
    QStringList lines;
    lines.append(u"<b>"_s + r->displayName().toHtmlEscaped() + u"</b>"_s);
    lines.append(tr("%1 · id %2").arg(typeLabel(r->type), id).toHtmlEscaped());
    if (const QString detail = detailText(id); !detail.isEmpty())
        lines.append(detail.toHtmlEscaped());
    if (const QStringList groups = securityGroupsOf(id); !groups.isEmpty())
        lines.append(tr("Security groups: %1").arg(groups.join(u", "_s)).toHtmlEscaped());
    for (const QString &rule : inboundSummary(id))
        lines.append(u"&nbsp;&nbsp;"_s + rule.toHtmlEscaped());
    for (const CanvasOverlay *overlay : overlays())
        if (const QString text = overlay->toolTip(id); !text.isEmpty())
            lines.append(text.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    return lines.join(u"<br>"_s);
}

void DiagramScene::setSnapToGrid(bool on)
{
    m_snap = on;
    update();
}

void DiagramScene::setShowRules(bool on)
{
    if (m_showRules == on)
        return;
    m_showRules = on;
    // Nodes grow a caption below: their bounding rectangles change.
    for (ResourceItem *i : std::as_const(m_items)) {
        i->refreshGeometry();
        i->update();
    }
}

QStringList DiagramScene::securityGroupsOf(const QString &id) const
{
    return m_document ? m_document->securityGroupsOf(id) : QStringList();
}

QStringList DiagramScene::inboundSummary(const QString &id) const
{
    QStringList lines;
    for (const QString &sg : securityGroupsOf(id)) {
        const Resource *g = m_document->find(sg);
        if (!g)
            continue;
        for (const SecurityGroupRule &rule : securityGroupRules(*g, true)) {
            QString ports = rule.protocol == u"all"_s      ? tr("all")
                          : rule.fromPort == rule.toPort ? QString::number(rule.fromPort)
                          : rule.everyPort()             ? tr("all ports")
                                                         : u"%1-%2"_s.arg(rule.fromPort).arg(rule.toPort);
            if (rule.protocol != u"tcp"_s && rule.protocol != u"all"_s)
                ports = rule.protocol + u' ' + ports;
            lines.append(u"%1 ← %2"_s.arg(ports, rule.peer()));
        }
    }
    return lines;
}

void DiagramScene::setDropTarget(const QString &id)
{
    if (id == m_dropTarget)
        return;
    if (ResourceItem *old = item(m_dropTarget))
        old->update();
    m_dropTarget = id;
    if (ResourceItem *now = item(id))
        now->update();
}

void DiagramScene::setExportView(bool on, const QSet<QString> &only)
{
    m_exporting = on;
    m_relationLayer->setShownOnly(on ? only : QSet<QString>());
    m_exportOnly = on ? only : QSet<QString>();
    updateRelationPath();
    if (ResourceItem *i = item(m_dropTarget))
        i->update();
    for (const QPointer<CanvasOverlay> &o : std::as_const(m_overlays))
        if (o && !o->exported())
            for (ResourceItem *i : std::as_const(m_items))
                i->update();
    Q_EMIT exportViewChanged(on);
}

void DiagramScene::updateRelationPath()
{
    QStringList path;
    for (CanvasOverlay *o : overlays())
        path += o->relationPath();
    m_relationLayer->setHighlightedPath(path);
}

void DiagramScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    QGraphicsScene::drawBackground(painter, rect);
    if (!m_snap || painter->device()->devType() != QInternal::Widget || painter->worldTransform().m11() < 0.5)
        return; // the grid helps while editing close up; exports and prints stay clean
    const qreal step = gridSize * 4;
    painter->setPen(QPen(Style::gridColor(), 0));
    QList<QPointF> dots;
    for (qreal x = std::floor(rect.left() / step) * step; x < rect.right(); x += step)
        for (qreal y = std::floor(rect.top() / step) * step; y < rect.bottom(); y += step)
            dots.append(QPointF(x, y));
    if (dots.size() < 200000)
        painter->drawPoints(dots.constData(), int(dots.size()));
}

void DiagramScene::scheduleRelations()
{
    if (m_relationsPending)
        return;
    m_relationsPending = true;
    // Coalesce: one rebuild after a burst of changes (an undo of many resources).
    QTimer::singleShot(0, this, [this] {
        m_relationsPending = false;
        rebuildRelations();
    });
    scheduleSceneRect();
}

void DiagramScene::rebuildRelations()
{
    if (!m_document) {
        m_relationLayer->setRelations({}, {});
        return;
    }
    syncStandbys();
    // One arrow per link of the design; a data-access link reach blocks is drawn as blocked.
    const QList<Link> links = Topology::links(*m_document);
    std::optional<net::Reachability> reach;
    std::optional<net::LinkReach> open;
    QList<Relation> relations;
    relations.reserve(links.size());
    for (const Link &l : links) {
        if (!item(l.from) || !item(l.to))
            continue;
        if (l.kind == LinkKind::DataAccess && !open)
            open.emplace(reach.emplace(*m_document));
        const bool blocked = l.kind == LinkKind::DataAccess && !open->open(l);
        relations.append(Relation{l.from, l.to, l.kind == LinkKind::Replication, {}, {}, blocked});
    }
    // Routes round what they would cross, where there are few enough arrows for it to be
    // worth the look (thousands of them are an overview).
    RouteContext context = routeContext();
    if (relations.size() > maximumAvoidingRelations)
        context.crossings = nullptr;
    m_relationLayer->setRelations(std::move(relations), context);
}

void DiagramScene::syncStandbys()
{
    QSet<QString> shown;
    for (const Resource *r : m_document->resourcesOfType(ResourceType::RdsInstance)) {
        ResourceItem *primary = item(r->id);
        ResourceItem *host = item(Layout::standbySubnet(*m_document, r->id));
        if (!primary || !host)
            continue;
        shown.insert(r->id);
        StandbyItem *&standby = m_standbys[r->id];
        if (!standby)
            standby = new StandbyItem(r->id, r->type);
        standby->setTitle(r->displayName());
        if (standby->parentItem() != host)
            standby->setParentItem(host);
        // Where the primary sits in its own subnet, in the other zone's subnet.
        const ResourceItem *home = item(r->references(u"subnets"_s).value(0));
        QPointF at = home ? primary->sceneBox().topLeft() - home->sceneBox().topLeft() : QPointF(Layout::padding, Layout::header);
        const QSizeF size = primary->size();
        at.setX(std::clamp<qreal>(at.x(), Layout::padding / 2, std::max(Layout::padding / 2, host->size().width() - size.width() - Layout::padding / 2)));
        at.setY(std::clamp<qreal>(at.y(), Layout::header, std::max(Layout::header, host->size().height() - size.height() - Layout::padding / 2)));
        standby->setSize(size);
        standby->setPos(at);
    }
    for (auto it = m_standbys.begin(); it != m_standbys.end();) {
        if (shown.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_standbys.erase(it);
    }
}

void DiagramScene::addOverlay(CanvasOverlay *overlay)
{
    if (!overlay || m_overlays.contains(overlay))
        return;
    m_overlays.append(overlay);
    auto repaint = [this](const QStringList &ids) {
        updateRelationPath();
        if (ids.isEmpty()) {
            for (ResourceItem *i : std::as_const(m_items))
                i->update();
            return;
        }
        for (const QString &id : ids)
            if (ResourceItem *i = item(id))
                i->update();
    };
    connect(overlay, &CanvasOverlay::changed, this, repaint);
    connect(overlay, &QObject::destroyed, this, [this, repaint] {
        m_overlays.removeAll(nullptr);
        repaint({});
    });
    repaint({});
}

void DiagramScene::removeOverlay(CanvasOverlay *overlay)
{
    if (!m_overlays.removeAll(overlay))
        return;
    disconnect(overlay, nullptr, this, nullptr);
    updateRelationPath();
    for (ResourceItem *i : std::as_const(m_items))
        i->update();
}

QList<CanvasOverlay *> DiagramScene::overlays() const
{
    QList<CanvasOverlay *> out;
    for (const QPointer<CanvasOverlay> &o : m_overlays)
        if (o && (!m_exporting || o->exported()))
            out.append(o);
    return out;
}

bool DiagramScene::overlayDrawsInstances(const QString &asg) const
{
    for (CanvasOverlay *o : overlays())
        if (o->drawsInstances(asg))
            return true;
    return false;
}

} // namespace skydraft
