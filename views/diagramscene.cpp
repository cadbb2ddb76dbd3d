#include "diagramscene.h"

#include "model/document.h"
#include "model/layout.h"
#include "model/routing.h"
#include "resourceitem.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace skydraft {

DiagramScene::DiagramScene(QObject *parent)
    : QGraphicsScene(parent)
{
    setBackgroundBrush(Qt::white);
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
        connect(m_document, &Document::geometryChanged, this, [this](const QString &id) {
            syncGeometry(id);
            scheduleRelations();
        });
        connect(m_document, &Document::propertyChanged, this, [this](const QString &id) {
            if (ResourceItem *i = item(id))
                i->update();
            scheduleRelations();
        });
        connect(m_document, &Document::nameChanged, this, [this](const QString &id) {
            if (ResourceItem *i = item(id))
                i->update();
        });
    }
    rebuild();
}

void DiagramScene::rebuild()
{
    for (RelationItem *r : std::as_const(m_relations))
        delete r;
    m_relations.clear();
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
    setSceneRect(itemsBoundingRect().adjusted(-40, -40, 40, 40));
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
    i->setSize(rect.size());
}

bool DiagramScene::isPublicSubnet(const QString &id) const
{
    if (!m_document)
        return false;
    auto it = m_publicSubnets.constFind(id);
    if (it == m_publicSubnets.cend())
        it = m_publicSubnets.insert(id, skydraft::isPublicSubnet(*m_document, id));
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
        return kinds.value(r->string(u"kind"_s)) + u", "_s + r->string(u"scheme"_s);
    }
    case ResourceType::TargetGroup:
        return r->string(u"protocol"_s) + u':' + QString::number(r->integer(u"port"_s));
    case ResourceType::Route53Record:
        return r->string(u"recordName"_s);
    case ResourceType::NatGateway:
        return r->string(u"connectivity"_s);
    case ResourceType::SecurityGroup:
        return tr("%n inbound rule(s)", nullptr, int(r->rows(u"inbound"_s).size()));
    case ResourceType::RouteTable:
        return tr("%n route(s)", nullptr, int(r->rows(u"routes"_s).size()));
    default:
        return {};
    }
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
}

void DiagramScene::rebuildRelations()
{
    for (RelationItem *r : std::as_const(m_relations))
        delete r;
    m_relations.clear();
    if (!m_document)
        return;
    QList<std::tuple<QString, QString, bool>> links;
    const QList<const Resource *> internet = m_document->resourcesOfType(ResourceType::Internet);
    for (const Resource *r : m_document->resources()) {
        switch (r->type) {
        case ResourceType::Route53Record:
            for (const Resource *i : internet)
                links.append({i->id, r->id, false});
            if (!r->string(u"target"_s).isEmpty())
                links.append({r->id, r->string(u"target"_s), false});
            break;
        case ResourceType::LoadBalancer:
            for (const QVariant &l : r->rows(u"listeners"_s)) {
                const QString tg = l.toMap().value(u"targetGroup"_s).toString();
                if (!tg.isEmpty())
                    links.append({r->id, tg, false});
            }
            for (const QString &i : r->references(u"instances"_s))
                links.append({r->id, i, false});
            break;
        case ResourceType::TargetGroup:
            for (const QString &t : r->references(u"targets"_s))
                links.append({r->id, t, false});
            break;
        case ResourceType::AutoScalingGroup:
            for (const QString &tg : r->references(u"targetGroups"_s))
                links.append({tg, r->id, false});
            break;
        case ResourceType::RdsInstance:
            if (!r->string(u"sourceDb"_s).isEmpty())
                links.append({r->string(u"sourceDb"_s), r->id, true});
            break;
        default:
            break;
        }
    }
    for (const auto &[from, to, dashed] : std::as_const(links)) {
        ResourceItem *a = item(from);
        ResourceItem *b = item(to);
        if (!a || !b || from == to)
            continue;
        auto *rel = new RelationItem(from, to, dashed);
        rel->updatePath(a->mapRectToScene(QRectF(QPointF(), a->boundingRect().size() - QSizeF(4, 4))),
                        b->mapRectToScene(QRectF(QPointF(), b->boundingRect().size() - QSizeF(4, 4))));
        QGraphicsScene::addItem(rel);
        m_relations.append(rel);
    }
}

} // namespace skydraft
