#pragma once

#include "model/types.h"

#include <QColor>
#include <QString>

class QFont;
class QIcon;
class QPaintDevice;
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
/// Dark canvas colours, for a dark window palette (Preferences > Appearance). Exports are
/// always drawn light: they go into documents.
bool dark();
void setDark(bool on);
/// Draws with the light colours while it lives (an export), whatever the window uses.
class LightScope
{
public:
    LightScope();
    ~LightScope();
    LightScope(const LightScope &) = delete;
    LightScope &operator=(const LightScope &) = delete;

private:
    bool m_was;
};
QColor canvasColor();
QColor gridColor();
/// A resource's name, and its detail line (instance type, engine...).
QColor textColor();
QColor detailColor();
QColor arrowColor();
/// Dashed outline (Availability Zone, Auto Scaling group).
bool dashed(ResourceType type);
QString iconPath(ResourceType type);
/// Paints the type's SVG icon into `rect` (cached renderer).
void paintIcon(QPainter *painter, ResourceType type, const QRectF &rect);
/// The canvas's text: `points` as they measure on a 96-dpi screen, made the same size in scene
/// units on any `device` (the screen, a PNG, an SVG or a PDF at 72 dpi), so every output cuts
/// and wraps a name alike. Null `device`: the primary screen (measuring outside a paint).
QFont sceneFont(const QFont &base, qreal points, const QPaintDevice *device);
/// A toolbar or menu action's icon, `:/actions/<name>.svg`: one flat style for every action
/// (never the desktop theme's, which mixes glossy and flat), drawn sharp at any scale, its
/// outline colours made light when the window is dark.
QIcon actionIcon(const QString &name);
/// A tooltip that shows `text` as it is: text from a design ("<img src=...>" as a name) is
/// never rendered as rich text.
QString plainToolTip(const QString &text);
}

} // namespace skydraft
