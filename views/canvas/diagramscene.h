#pragma once

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

#include "model/document.h"
#include "relationlayer.h"

namespace skydraft {

class ResourceItem;
class StandbyItem;
class CalloutItem;
class CanvasOverlay;

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
    /// Every relation drawn (traffic and replication links), routed as shown.
    QList<Relation> relations() const;
    /// The relations that start or end at `id`.
    QList<Relation> relationsOf(const QString &id) const;
    /// A resource item moved or resized (a drag under way too): its arrows and those of
    /// everything inside it follow.
    void resourceMoved(const ResourceItem *item);

    /// Whether a subnet routes to an internet gateway (drawn green, as AWS diagrams do).
    /// Remembered until the document changes: every paint of a subnet asks.
    bool isPublicSubnet(const QString &id) const;
    /// Where an Auto Scaling group's instances are drawn: one slot per subnet it spans, in
    /// the group item's coordinates.
    QList<QRectF> autoScalingSlots(const QString &asg) const;
    /// The standby drawn for a Multi-AZ database, in the subnet of its other zone, or nullptr.
    StandbyItem *standby(const QString &database) const { return m_standbys.value(database); }
    /// The second line under a node's name: instance type, engine, scheme, CIDR...
    QString detailText(const QString &id) const;
    /// Full name, id, detail and findings: what a hover shows (labels may be elided).
    QString toolTipText(const QString &id) const;

    // --- what the canvas shows on top of the design (view state, not design data)
    static constexpr qreal gridSize = 8;
    bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool on);
    /// Security-group ports and CIDRs under each resource they protect.
    bool showRules() const { return m_showRules; }
    void setShowRules(bool on);
    /// The security groups a resource carries (an Auto Scaling group: its launch template's).
    QStringList securityGroupsOf(const QString &id) const;
    /// One line per inbound rule of those groups ("tcp 80 ← LbSg").
    QStringList inboundSummary(const QString &id) const;

    /// While a diagram is exported: no drop target and only the overlays that are exported
    /// (view state, such as a reach answer, stays off paper), and with `only` non-empty just
    /// those resources and the arrows between them (what holds them is left out).
    void setExportView(bool on, const QSet<QString> &only = {});
    bool exporting() const { return m_exporting; }
    /// Whether the export under way leaves `id` out.
    bool leftOutOfExport(const QString &id) const
    {
        return m_exporting && !m_exportOnly.isEmpty() && !m_exportOnly.contains(id);
    }
    /// Another tool's drawing over the resources (not owned; removed when destroyed).
    void addOverlay(CanvasOverlay *overlay);
    void removeOverlay(CanvasOverlay *overlay);
    /// The overlays drawn now (an export leaves out those that are not exported).
    QList<CanvasOverlay *> overlays() const;
    /// Whether an overlay draws `asg`'s instances itself.
    bool overlayDrawsInstances(const QString &asg) const;

    /// The container a drop or move under way would land in (empty: none).
    void setDropTarget(const QString &id);
    QString dropTarget() const { return m_dropTarget; }

Q_SIGNALS:
    /// An export starts (true) or ends.
    void exportViewChanged(bool exporting);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuild();
    void addItem(const QString &id);
    void removeItem(const QString &id);
    void syncParent(const QString &id);
    void syncGeometry(const QString &id);
    void scheduleRelations();
    /// Grows (or shrinks) the scene to the design plus room to work past its edge.
    void scheduleSceneRect();
    void fitSceneRect();
    void rebuildRelations();
    /// Multi-AZ databases' standbys, in the subnet of the other zone.
    void syncStandbys();
    /// The arrows the overlays highlight (a reach path), unless exporting.
    void updateRelationPath();

    QPointer<Document> m_document;
    QHash<QString, ResourceItem *> m_items;
    QHash<QString, StandbyItem *> m_standbys; ///< database -> its standby (a child of a subnet item)
    QRectF relationRect(const QString &id) const;
    /// Up to this many arrows, each is routed round what it would cross: a hand-drawn design.
    /// Past it, a dense design is an overview (bench_gui: a generated 100-resource design took
    /// 98 ms to open with every arrow routed so, 22 ms without).
    static constexpr int maximumAvoidingRelations = 150;
    /// Where routes are and what they must not cross (other nodes, container labels).
    RouteContext routeContext() const;
    int crossings(const QList<QPointF> &route, const QString &from, const QString &to) const;

    RelationLayer *m_relationLayer = nullptr;
    bool m_relationsPending = false;
    bool m_sceneRectPending = false;
    mutable QHash<QString, bool> m_publicSubnets;
    bool m_snap = true;
    bool m_showRules = false;
    QString m_dropTarget;
    bool m_exporting = false;
    QSet<QString> m_exportOnly;
    QList<QPointer<CanvasOverlay>> m_overlays;
};

} // namespace skydraft
