#pragma once

#include "model/types.h"

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSet>

namespace skydraft {

class DiagramScene;
class Document;

/// Where a resource dropped or moved on the canvas lands, by the catalogue's containment rules.
namespace Placement {

struct Target {
    bool ok = false;
    QString parent; ///< the container that takes it (empty: the top level)
    QString error;  ///< why nowhere here takes it
};

/// The innermost container under `scenePos` that may hold `type` (an RDS instance dropped
/// in a subnet lands in its VPC, as AWS places it through its subnet group). When containers
/// are under the point and none accepts the type, or the type needs a container and there is
/// none, the target says why. `exclude`: the item being moved and what it holds.
Target at(const DiagramScene &scene, ResourceType type, const QPointF &scenePos, const QSet<QString> &exclude = {});

/// The free spot nearest to `rect` (scene coordinates) for a new resource going into
/// `parent`: it overlaps nothing but that container and the ones around it (a click on the
/// same place twice does not stack two instances, and a node in a VPC stays off its zones).
/// Inside the container's body when there is room; else `rect` (the container grows).
QRectF freeSpot(const DiagramScene &scene, const QString &parent, const QRectF &rect);

/// The innermost subnet drawn under `scenePos`, or empty.
QString subnetAt(const DiagramScene &scene, const QPointF &scenePos);

/// The size a new resource of `type` gets.
QSizeF defaultSize(ResourceType type);

/// `rect` rounded to the grid.
QRectF snapped(const QRectF &rect, qreal grid);

/// Adds to `geometry` whatever the ancestors of the resources in it must become to hold them:
/// a child is kept inside its container's body, and containers grow (never shrink) to fit.
void growToFit(const Document &document, QHash<QString, QRectF> &geometry);

/// The smallest size `id` may be resized to and still hold its children.
QSizeF minimumSize(const Document &document, const QString &id);

} // namespace Placement

} // namespace skydraft
