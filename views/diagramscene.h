#pragma once

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

#include "model/document.h"

namespace skydraft {

class ResourceItem;
class RelationItem;

/// The canvas: a QGraphicsScene that observes a Document and keeps one item per resource,
/// nested as the resources are. It owns no design data; every change comes from the
/// document's signals.
class DiagramScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit DiagramScene(QObject *parent = nullptr);
    ~DiagramScene() override;

    /// Follows `document` (not owned); nullptr clears the scene.
    void setDocument(Document *document);
    Document *document() const { return m_document; }

    ResourceItem *item(const QString &id) const { return m_items.value(id); }
    int relationCount() const { return int(m_relations.size()); }

    /// Whether a subnet routes to an internet gateway (drawn green, as AWS diagrams do).
    /// Remembered until the document changes: every paint of a subnet asks.
    bool isPublicSubnet(const QString &id) const;
    /// Where an Auto Scaling group's instances are drawn: one slot per subnet it spans, in
    /// the group item's coordinates.
    QList<QRectF> autoScalingSlots(const QString &asg) const;
    /// The second line under a node's name: instance type, engine, scheme, CIDR...
    QString detailText(const QString &id) const;

private:
    void rebuild();
    void addItem(const QString &id);
    void removeItem(const QString &id);
    void syncParent(const QString &id);
    void syncGeometry(const QString &id);
    void scheduleRelations();
    void rebuildRelations();

    QPointer<Document> m_document;
    QHash<QString, ResourceItem *> m_items;
    QList<RelationItem *> m_relations;
    bool m_relationsPending = false;
    mutable QHash<QString, bool> m_publicSubnets;
};

} // namespace skydraft
