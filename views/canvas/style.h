#pragma once

#include "model/types.h"

#include <QColor>
#include <QString>

class QPainter;
class QRectF;
class QSvgRenderer;

namespace skydraft {

/// Colours and icons of the diagram, after the AWS architecture-diagram conventions.
namespace Style {
QColor categoryColor(Category category);
/// Border colour of a container or node of `type`; `publicSubnet` picks the subnet shade.
QColor borderColor(ResourceType type, bool publicSubnet = false);
QColor fillColor(ResourceType type, bool publicSubnet = false);
/// Dashed outline (Availability Zone, Auto Scaling group).
bool dashed(ResourceType type);
QString iconPath(ResourceType type);
/// Paints the type's SVG icon into `rect` (cached renderer).
void paintIcon(QPainter *painter, ResourceType type, const QRectF &rect);
/// A tooltip that shows `text` as it is: text from a design ("<img src=...>" as a name) is
/// never rendered as rich text.
QString plainToolTip(const QString &text);
}

} // namespace skydraft
