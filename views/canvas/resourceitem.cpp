#include "resourceitem.h"

#include "canvasoverlay.h"
#include "diagramscene.h"
#include "model/catalogue.h"
#include "model/document.h"
#include "model/layout.h"
#include "style.h"

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace skydraft {

ResourceItem::ResourceItem(DiagramScene *scene, const QString &id, ResourceType type)
    : m_scene(scene)
    , m_id(id)
    , m_type(type)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    // A node is drawn once per zoom level and then blitted: a repaint of thousands of them
    // (scrolling, an expose, the whole design fitted) costs a copy each, not an icon, a label
    // and badges. Containers are big and mostly empty: they paint directly.
    if (!Catalogue::spec(type).container)
        setCacheMode(DeviceCoordinateCache);
    setToolTip(Style::plainToolTip(id));
}

namespace {
constexpr qreal rulesLineHeight = 12;
constexpr int rulesShown = 3; // more rules: the tooltip has them all

} // namespace

QRectF ResourceItem::iconRect() const
{
    const qreal iconSize = m_size.height() < 60 ? std::min(m_size.width(), m_size.height()) * 0.7
                                                : std::min<qreal>(40, std::min(m_size.width(), m_size.height()) * 0.6);
    return QRectF((m_size.width() - iconSize) / 2, 2, iconSize, iconSize);
}

QPointF ResourceItem::connectHandle() const
{
    return isContainer() ? QPointF(m_size.width(), Layout::header / 2) : QPointF(m_size.width(), m_size.height() / 2);
}

QPainterPath ResourceItem::shape() const
{
    QPainterPath path;
    if (!isContainer()) {
        path.addRect(QRectF(QPointF(0, 0), m_size));
        return path;
    }
    // The header strip and a border ring.
    const QRectF outer = QRectF(QPointF(0, 0), m_size).adjusted(-3, -3, 3, 3);
    path.addRect(outer);
    const QRectF inner = QRectF(QPointF(0, 0), m_size).adjusted(5, Layout::header - 4, -5, -5);
    if (inner.isValid()) {
        QPainterPath hole;
        hole.addRect(inner);
        path = path.subtracted(hole);
    }
    return path;
}

QVariant ResourceItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    // Snap while the user drags; positions set from the model stay as the model has them.
    if (change == ItemPositionChange && m_scene->snapToGrid() && m_scene->mouseGrabberItem()) {
        const QPointF p = value.toPointF();
        const qreal g = DiagramScene::gridSize;
        return QPointF(std::round(p.x() / g) * g, std::round(p.y() / g) * g);
    }
    // Arrows follow a drag as it happens, and a move into another container.
    if (change == ItemPositionHasChanged || change == ItemParentHasChanged)
        m_scene->resourceMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

void ResourceItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    setToolTip(m_scene->toolTipText(m_id));
    QGraphicsItem::hoverEnterEvent(event);
}

bool ResourceItem::isContainer() const
{
    return m_type == ResourceType::Vpc || m_type == ResourceType::AvailabilityZone
        || m_type == ResourceType::Subnet || m_type == ResourceType::AutoScalingGroup;
}

void ResourceItem::setSize(const QSizeF &size)
{
    if (size == m_size)
        return;
    prepareGeometryChange();
    m_size = size;
}

QRectF ResourceItem::boundingRect() const
{
    // Badges stick out at the corners; the rules caption hangs below a node.
    // A node's last line of text may hang below its box: a fallback font (Korean) is taller
    // than the Latin one its lines were counted with, and the cached picture must not cut it.
    QRectF r = QRectF(QPointF(0, 0), m_size).adjusted(-9, -9, 9, isContainer() ? 9 : 16);
    if (m_scene && m_scene->showRules() && !isContainer())
        r.setBottom(m_size.height() + 4 + rulesShown * rulesLineHeight);
    return r;
}

void ResourceItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_scene->leftOutOfExport(m_id)) // an export of a selection; what it holds still draws
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    // Zoomed far out, text is a few pixels high and unreadable: skip it (it is most of the
    // cost of a repaint of thousands of items); exports paint at full detail.
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    m_detailed = lod >= minimumDetail;
    const QList<CanvasOverlay *> overlays = m_scene->overlays();
    const CanvasOverlay::Place place{QRectF(QPointF(0, 0), m_size), isContainer() ? QRectF() : iconRect(), isContainer(), m_detailed};
    for (const CanvasOverlay *overlay : overlays) {
        painter->save();
        overlay->paintUnder(painter, m_id, place);
        painter->restore();
    }
    if (isContainer())
        paintContainer(painter, lod);
    else
        paintNode(painter, lod);
    if (m_scene->dropTarget() == m_id && !m_scene->exporting()) { // where a drop or move under way lands
        painter->setPen(QPen(QColor(0x1A, 0x73, 0xE8), 3, Qt::DashLine));
        painter->setBrush(QColor(0x1A, 0x73, 0xE8, 25));
        painter->drawRect(QRectF(QPointF(0, 0), m_size));
    }
    paintBadges(painter);
    for (const CanvasOverlay *overlay : overlays) {
        painter->save();
        overlay->paint(painter, m_id, place);
        painter->restore();
    }
    if (m_scene->showRules())
        paintRules(painter);
    if (isSelected())
        paintHandles(painter);
}

void ResourceItem::paintBadges(QPainter *painter)
{
    if (m_detailed) { // text only where it can be read: a repaint of thousands of items
        QFont font = Style::sceneFont(painter->font(), 7, painter->device());
        font.setBold(true);
        painter->setFont(font);
    }
    // Security groups: a shield tile on what they protect, with their count.
    const QStringList groups = m_detailed ? m_scene->securityGroupsOf(m_id) : QStringList();
    if (!groups.isEmpty()) {
        const qreal tile = 14;
        // On a node, at the icon's lower right corner; on a group, in its header.
        const QPointF at = isContainer() ? QPointF(m_size.width() - 40, (Layout::header - tile) / 2)
                                         : iconRect().bottomRight() - QPointF(tile * 0.6, tile * 0.8);
        Style::paintIcon(painter, ResourceType::SecurityGroup, QRectF(at, QSizeF(tile, tile)));
        if (groups.size() > 1) {
            painter->setPen(QColor(0xDD, 0x34, 0x4C));
            painter->drawText(QRectF(at.x() + tile + 1, at.y(), 20, tile), Qt::AlignVCenter | Qt::AlignLeft,
                              u"×"_s + QString::number(groups.size()));
        }
    }
}

void ResourceItem::paintRules(QPainter *painter)
{
    if (!m_detailed)
        return;
    const QStringList rules = m_scene->inboundSummary(m_id);
    if (rules.isEmpty())
        return;
    QFont font = Style::sceneFont(painter->font(), 6.5, painter->device());
    font.setBold(false);
    painter->setFont(font);
    const QFontMetricsF fm(font);
    QStringList shown = rules.mid(0, rulesShown);
    if (rules.size() > rulesShown)
        shown.last() = DiagramScene::tr("+%n more", nullptr, int(rules.size() - rulesShown + 1));
    // Under a node; inside a group (an Auto Scaling group), along its bottom edge.
    const qreal width = isContainer() ? std::min<qreal>(180, m_size.width() - 12) : m_size.width() + 20;
    const qreal height = shown.size() * rulesLineHeight + 2;
    const QRectF box = isContainer() ? QRectF(6, m_size.height() - height - 4, width, height)
                                     : QRectF(-10, m_size.height() + 2, width, height);
    painter->setPen(QPen(QColor(0xDD, 0x34, 0x4C, 120), 0.8));
    painter->setBrush(QColor(0xFF, 0xF5, 0xF6, 235));
    painter->drawRoundedRect(box, 3, 3);
    painter->setPen(QColor(0x8A, 0x1C, 0x2B));
    for (int i = 0; i < shown.size(); ++i)
        painter->drawText(QRectF(box.left() + 3, box.top() + 1 + i * rulesLineHeight, width - 6, rulesLineHeight),
                          Qt::AlignVCenter | Qt::AlignLeft, fm.elidedText(shown[i], Qt::ElideRight, width - 6));
}

void ResourceItem::paintHandles(QPainter *painter)
{
    const QColor blue(0x1A, 0x73, 0xE8);
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(blue);
    painter->drawEllipse(connectHandle(), 5, 5);
    if (isContainer())
        painter->drawRect(QRectF(m_size.width() - 5, m_size.height() - 5, 10, 10));
}

void ResourceItem::paintContainer(QPainter *painter, qreal lod)
{
    const Resource *r = m_scene->document()->find(m_id);
    if (!r)
        return;
    const bool isPublic = m_type == ResourceType::Subnet && m_scene->isPublicSubnet(m_id);
    const QRectF box(QPointF(0, 0), m_size);
    QPen pen(Style::borderColor(m_type, isPublic), isSelected() ? 3 : 1.5);
    if (Style::dashed(m_type))
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    // A clear fill is no fill: cheaper, and SVG viewers that ignore fill-opacity draw it right.
    const QColor fill = Style::fillColor(m_type, isPublic);
    painter->setBrush(fill.alpha() == 0 ? QBrush(Qt::NoBrush) : QBrush(fill));
    painter->drawRect(box);
    if (lod * 22 < 5)
        return; // the header would be a few pixels: the outline says enough

    // Header: the icon in the corner tile, then the name, as AWS diagrams do.
    const qreal tile = 22;
    if (m_type != ResourceType::AvailabilityZone) {
        Style::paintIcon(painter, m_type, QRectF(0, 0, tile, tile));
    }
    // The name, then what to know at a glance (the block, the capacity). A long name gives
    // way: it is elided, the CIDR is not.
    QString name = r->displayName();
    QString suffix;
    if (m_type == ResourceType::Subnet || m_type == ResourceType::Vpc)
        suffix = r->string(u"cidr"_s);
    else if (m_type == ResourceType::AvailabilityZone)
        name = r->string(u"zone"_s);
    else if (m_type == ResourceType::AutoScalingGroup)
        suffix = DiagramScene::tr("(desired %1, %2-%3)")
                     .arg(QString::number(r->integer(u"desiredCapacity"_s)), QString::number(r->integer(u"minSize"_s)),
                          QString::number(r->integer(u"maxSize"_s)));
    if (!m_detailed)
        return;
    QFont font = Style::sceneFont(painter->font(), 9, painter->device());
    font.setBold(m_type == ResourceType::Vpc);
    painter->setFont(font);
    painter->setPen(Style::dark() ? Style::borderColor(m_type, isPublic).lighter(160) : Style::borderColor(m_type, isPublic).darker(140));
    const QFontMetricsF fm(font);
    const qreal textX = m_type == ResourceType::AvailabilityZone ? 8 : tile + 6;
    // The security-group badge sits at the right end of the header.
    const qreal badge = m_scene->securityGroupsOf(m_id).isEmpty() ? 4 : 44;
    const QRectF textRect(textX, 0, std::max<qreal>(0, m_size.width() - textX - badge), tile);
    const qreal gap = fm.horizontalAdvance(u"  "_s);
    const qreal suffixWidth = suffix.isEmpty() ? 0 : fm.horizontalAdvance(suffix) + gap;
    QString label;
    if (suffixWidth < textRect.width() - fm.horizontalAdvance(u"M…"_s))
        label = fm.elidedText(name, Qt::ElideRight, textRect.width() - suffixWidth) + (suffix.isEmpty() ? QString() : u"  "_s + suffix);
    else
        label = fm.elidedText(name + u"  "_s + suffix, Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, label);
    if (m_type == ResourceType::AutoScalingGroup)
        paintInstances(painter);
}

void ResourceItem::paintInstances(QPainter *painter)
{
    // The instances the group keeps: desired capacity spread over its subnets' slots.
    const QList<QRectF> slots = m_scene->autoScalingSlots(m_id);
    const Resource *r = m_scene->document()->find(m_id);
    if (slots.isEmpty() || !r || m_scene->overlayDrawsInstances(m_id))
        return;
    const int desired = int(r->integer(u"desiredCapacity"_s));
    const qreal icon = 30;
    QFont font = Style::sceneFont(painter->font(), 7.5, painter->device());
    font.setBold(false);
    painter->setFont(font);
    for (int s = 0; s < slots.size(); ++s) {
        // AZ balance: the first (desired % n) subnets get one more.
        const int here = desired / int(slots.size()) + (s < desired % int(slots.size()) ? 1 : 0);
        const QRectF slot = slots[s];
        const int shown = std::min(here, std::max(1, int((slot.width() - 8) / (icon + 6))));
        qreal x = slot.center().x() - (shown * (icon + 6) - 6) / 2;
        for (int i = 0; i < shown; ++i, x += icon + 6)
            Style::paintIcon(painter, ResourceType::Ec2Instance, QRectF(x, slot.top() + 4, icon, icon));
        painter->setPen(Style::detailColor());
        painter->drawText(QRectF(slot.left(), slot.top() + icon + 6, slot.width(), 14), Qt::AlignHCenter,
                          DiagramScene::tr("%n instance(s)", nullptr, here));
    }
}

void ResourceItem::paintNode(QPainter *painter, qreal lod)
{
    const Resource *r = m_scene->document()->find(m_id);
    if (!r)
        return;
    if (lod * m_size.height() < 12) {
        // A few pixels on screen (a big design zoomed out): a tile in the type's colour.
        painter->fillRect(QRectF(QPointF(0, 0), m_size).adjusted(m_size.width() / 4, 0, -m_size.width() / 4, -m_size.height() / 3),
                          Style::categoryColor(typeCategory(m_type)));
        return;
    }
    const QRectF iconRect = this->iconRect();
    if (isSelected()) {
        painter->setPen(QPen(QColor(0x1A, 0x73, 0xE8), 2));
        painter->setBrush(QColor(0x1A, 0x73, 0xE8, 30));
        painter->drawRoundedRect(QRectF(QPointF(0, 0), m_size), 6, 6);
    }
    Style::paintIcon(painter, m_type, iconRect);
    if (m_size.height() < 60 || !m_detailed)
        return; // a badge (an Elastic IP on its instance): the name is in the tooltip

    QFont font = Style::sceneFont(painter->font(), m_size.height() < 60 ? 7 : 8.5, painter->device());
    font.setBold(false);
    painter->setFont(font);
    const QFontMetricsF fm(font);
    const QRectF textRect(0, iconRect.bottom() + 2, m_size.width(), m_size.height() - iconRect.bottom() - 2);
    // The name takes up to two lines, the detail (instance type, engine...) what is left.
    const int available = std::max(1, int(textRect.height() / fm.lineSpacing()));
    const QString name = r->displayName();
    // Up to two lines, broken between words or, in an id-like name, between its parts
    // ("WebServerSecurity" / "Group", "private-subnet-" / "a"); cut in the middle only when
    // even that does not fit.
    const QStringList lines = nameLinesFor(name, font, textRect.width(), std::min(available, 2));
    const int nameLines = std::max(1, int(lines.size()));
    painter->setPen(Style::textColor());
    const QRectF nameRect(textRect.left(), textRect.top(), textRect.width(), nameLines * fm.lineSpacing());
    if (!lines.isEmpty()) {
        for (int i = 0; i < lines.size(); ++i)
            painter->drawText(QRectF(textRect.left(), textRect.top() + i * fm.lineSpacing(), textRect.width(), fm.lineSpacing()),
                              Qt::AlignHCenter | Qt::AlignTop, lines.at(i));
    } else {
        painter->drawText(nameRect, Qt::AlignHCenter | Qt::AlignTop, fm.elidedText(name, Qt::ElideMiddle, textRect.width()));
    }
    const QString detail = m_scene->detailText(m_id);
    if (!detail.isEmpty() && detail != name && available > nameLines) {
        painter->setPen(Style::detailColor());
        painter->drawText(QRectF(textRect.left(), nameRect.bottom(), textRect.width(), fm.lineSpacing()),
                          Qt::AlignHCenter | Qt::AlignTop, fm.elidedText(detail, Qt::ElideRight, textRect.width()));
    }
}

QStringList ResourceItem::nameLinesFor(const QString &name, const QFont &font, qreal width, int maxLines)
{
    // Break opportunities inside id-like words: before an upper-case letter that follows a
    // lower-case one or a digit, and after '-', '_', '.' and '/'.
    static constexpr QChar zwsp(0x200B);
    QString breakable;
    breakable.reserve(name.size() + 8);
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (i > 0 && c.isUpper() && (name.at(i - 1).isLower() || name.at(i - 1).isDigit()))
            breakable += zwsp;
        breakable += c;
        if ((c == u'-' || c == u'_' || c == u'.' || c == u'/') && i + 1 < name.size())
            breakable += zwsp;
    }
    QTextLayout layout(breakable, font);
    QTextOption option(Qt::AlignHCenter);
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    QStringList lines;
    bool fits = true;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (line.naturalTextWidth() > width + 0.5)
            fits = false;
        lines.append(breakable.mid(line.textStart(), line.textLength()).remove(zwsp).trimmed());
    }
    layout.endLayout();
    if (!fits || lines.size() > maxLines)
        return {};
    return lines;
}

CalloutItem::CalloutItem(const QString &text)
    : m_text(text)
{
    setZValue(2000);
    const QFontMetricsF fm(Style::sceneFont(QFont(), 8.5, nullptr));
    const QRectF text_ = fm.boundingRect(QRectF(0, 0, 260, 1000), Qt::TextWordWrap, m_text);
    m_rect = QRectF(0, 0, 260 + 16, text_.height() + 12);
}

StandbyItem::StandbyItem(const QString &primary, ResourceType type)
    : m_primary(primary)
    , m_type(type)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(9); // under the nodes of its subnet
    setTitle(primary);
}

void StandbyItem::setTitle(const QString &title)
{
    if (title == m_title)
        return;
    m_title = title;
    setToolTip(Style::plainToolTip(DiagramScene::tr("Multi-AZ standby of %1: AWS keeps it in sync in this zone and "
                                                    "fails over to it.").arg(title)));
    update();
}

void StandbyItem::setSize(const QSizeF &size)
{
    if (size == m_size)
        return;
    prepareGeometryChange();
    m_size = size;
}

namespace {
QFont standbyFont(const QPaintDevice *device = nullptr)
{
    return Style::sceneFont(QFont(), 8, device);
}
constexpr qreal standbyIconMax = 32;
} // namespace

QStringList StandbyItem::wrapLabel(const QString &text, const QFont &font, qreal width, int maxLines)
{
    QTextLayout layout(text, font);
    QTextOption option(Qt::AlignHCenter);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) { // the last line there is room for: the rest, elided
            lines.append(QFontMetricsF(font).elidedText(text.mid(line.textStart()).trimmed(), Qt::ElideRight, width));
            break;
        }
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

QString StandbyItem::label() const { return DiagramScene::tr("standby of %1").arg(m_title); }

QStringList StandbyItem::labelLines(const QString &text) const
{
    const QFontMetricsF fm(standbyFont());
    const qreal iconSize = std::min(standbyIconMax, std::min(m_size.width(), m_size.height()) * 0.5);
    const qreal height = m_size.height() - iconSize - 10;
    return wrapLabel(text.isEmpty() ? label() : text, standbyFont(), m_size.width() - 12, std::max(1, int(height / fm.lineSpacing())));
}

void StandbyItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF box(QPointF(), m_size);
    painter->setPen(QPen(QColor(0xC9, 0x25, 0xD1, 150), 1.2, Qt::DashLine));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(box.adjusted(1, 1, -1, -1), 6, 6);
    const qreal iconSize = std::min(standbyIconMax, std::min(m_size.width(), m_size.height()) * 0.5);
    painter->setOpacity(0.45);
    Style::paintIcon(painter, m_type, QRectF((m_size.width() - iconSize) / 2, 6, iconSize, iconSize));
    painter->setOpacity(1);
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < 0.3)
        return;
    // The whole label, wrapped ("standby of MySQL" / "primary (Multi-AZ)"): elided only when
    // even the lines the box has room for cannot hold it.
    const QFont font = standbyFont(painter->device());
    painter->setFont(font);
    painter->setPen(QColor(0x6B, 0x4A, 0x6E));
    const QFontMetricsF fm(font);
    qreal y = 6 + iconSize + 2;
    for (const QString &line : labelLines()) {
        painter->drawText(QRectF(6, y, m_size.width() - 12, fm.lineSpacing()), Qt::AlignHCenter | Qt::AlignTop, line);
        y += fm.lineSpacing();
    }
}

QRectF CalloutItem::boundingRect() const { return m_rect.adjusted(-2, -2, 2, 2); }

void CalloutItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(QColor(0xD1, 0x32, 0x12), 1.5));
    painter->setBrush(QColor(0xFF, 0xF1, 0xEE));
    painter->drawRoundedRect(m_rect, 6, 6);
    painter->setFont(Style::sceneFont(QFont(), 8.5, painter->device()));
    painter->setPen(QColor(0x5A, 0x10, 0x05));
    painter->drawText(m_rect.adjusted(8, 6, -8, -6), Qt::TextWordWrap, m_text);
}

} // namespace skydraft
