#include "resourceitem.h"

#include "diagramscene.h"
#include "model/document.h"
#include "style.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <cmath>

using namespace Qt::StringLiterals;

namespace skydraft {

ResourceItem::ResourceItem(DiagramScene *scene, const QString &id, ResourceType type)
    : m_scene(scene)
    , m_id(id)
    , m_type(type)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setToolTip(id);
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

QRectF ResourceItem::boundingRect() const { return QRectF(QPointF(0, 0), m_size).adjusted(-2, -2, 2, 2); }

void ResourceItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (isContainer())
        paintContainer(painter, lod);
    else
        paintNode(painter, lod);
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
    QString label = r->displayName();
    if (m_type == ResourceType::Subnet)
        label += u"  "_s + r->string(u"cidr"_s);
    else if (m_type == ResourceType::Vpc)
        label += u"  "_s + r->string(u"cidr"_s);
    else if (m_type == ResourceType::AvailabilityZone)
        label = r->string(u"zone"_s);
    else if (m_type == ResourceType::AutoScalingGroup)
        label = DiagramScene::tr("%1  (desired %2, %3-%4)")
                    .arg(r->displayName(), QString::number(r->integer(u"desiredCapacity"_s)),
                         QString::number(r->integer(u"minSize"_s)), QString::number(r->integer(u"maxSize"_s)));
    QFont font = painter->font();
    font.setPointSizeF(9);
    font.setBold(m_type == ResourceType::Vpc);
    painter->setFont(font);
    painter->setPen(Style::borderColor(m_type, isPublic).darker(140));
    const qreal textX = m_type == ResourceType::AvailabilityZone ? 8 : tile + 6;
    const QRectF textRect(textX, 0, m_size.width() - textX - 4, tile);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetricsF(font).elidedText(label, Qt::ElideRight, textRect.width()));
    if (m_type == ResourceType::AutoScalingGroup)
        paintInstances(painter);
}

void ResourceItem::paintInstances(QPainter *painter)
{
    // The instances the group keeps: desired capacity spread over its subnets' slots.
    const QList<QRectF> slots = m_scene->autoScalingSlots(m_id);
    const Resource *r = m_scene->document()->find(m_id);
    if (slots.isEmpty() || !r)
        return;
    const int desired = int(r->integer(u"desiredCapacity"_s));
    const qreal icon = 30;
    QFont font = painter->font();
    font.setPointSizeF(7.5);
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
        painter->setPen(QColor(0x55, 0x55, 0x55));
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
    const qreal iconSize = m_size.height() < 60 ? std::min(m_size.width(), m_size.height()) * 0.7
                                                : std::min<qreal>(40, std::min(m_size.width(), m_size.height()) * 0.6);
    const QRectF iconRect((m_size.width() - iconSize) / 2, 2, iconSize, iconSize);
    if (isSelected()) {
        painter->setPen(QPen(QColor(0x1A, 0x73, 0xE8), 2));
        painter->setBrush(QColor(0x1A, 0x73, 0xE8, 30));
        painter->drawRoundedRect(QRectF(QPointF(0, 0), m_size), 6, 6);
    }
    Style::paintIcon(painter, m_type, iconRect);
    if (m_size.height() < 60)
        return; // a badge (an Elastic IP on its instance): the name is in the tooltip
    if (lod < 0.35)
        return; // text under 4 pixels high cannot be read

    QFont font = painter->font();
    font.setPointSizeF(m_size.height() < 60 ? 7 : 8.5);
    font.setBold(false);
    painter->setFont(font);
    const QFontMetricsF fm(font);
    const QRectF textRect(0, iconRect.bottom() + 2, m_size.width(), m_size.height() - iconRect.bottom() - 2);
    // The name takes up to two lines, the detail (instance type, engine...) what is left.
    const int available = std::max(1, int(textRect.height() / fm.lineSpacing()));
    const QString name = r->displayName();
    const QRectF wrapped = fm.boundingRect(QRectF(0, 0, textRect.width(), 1000), Qt::AlignHCenter | Qt::TextWordWrap, name);
    const int wanted = std::max(1, qRound(wrapped.height() / fm.lineSpacing()));
    const int nameLines = wanted <= std::min(available, 2) ? wanted : 1;
    painter->setPen(QColor(0x23, 0x2F, 0x3E));
    const QRectF nameRect(textRect.left(), textRect.top(), textRect.width(), nameLines * fm.lineSpacing());
    if (nameLines == wanted)
        painter->drawText(nameRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, name);
    else
        painter->drawText(nameRect, Qt::AlignHCenter | Qt::AlignTop, fm.elidedText(name, Qt::ElideMiddle, textRect.width()));
    const QString detail = m_scene->detailText(m_id);
    if (!detail.isEmpty() && detail != name && available > nameLines) {
        painter->setPen(QColor(0x5F, 0x6B, 0x7A));
        painter->drawText(QRectF(textRect.left(), nameRect.bottom(), textRect.width(), fm.lineSpacing()),
                          Qt::AlignHCenter | Qt::AlignTop, fm.elidedText(detail, Qt::ElideRight, textRect.width()));
    }
}

RelationItem::RelationItem(const QString &from, const QString &to, bool dashed)
    : m_from(from)
    , m_to(to)
{
    QPen pen(QColor(0x54, 0x5B, 0x64), 1.4);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    setPen(pen);
    setZValue(50);
    setFlag(ItemUsesExtendedStyleOption); // exposedRect is what is in view, not the whole line
}

namespace {

/// Liang-Barsky: cuts `line` to `rect`; false when no part of it is inside.
bool clipLine(QLineF &line, const QRectF &rect)
{
    const qreal dx = line.dx();
    const qreal dy = line.dy();
    qreal t0 = 0;
    qreal t1 = 1;
    const qreal p[4] = {-dx, dx, -dy, dy};
    const qreal q[4] = {line.x1() - rect.left(), rect.right() - line.x1(), line.y1() - rect.top(), rect.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    line = QLineF(line.pointAt(t0), line.pointAt(t1));
    return true;
}

} // namespace

void RelationItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setPen(pen());
    painter->setBrush(Qt::NoBrush);
    const QRectF visible = option->exposedRect.adjusted(-8, -8, 8, 8);
    const QPainterPath &p = path();
    const auto curved = [&p] {
        for (int i = 0; i < p.elementCount(); ++i)
            if (p.elementAt(i).isCurveTo())
                return true;
        return false;
    };
    if (visible.contains(p.controlPointRect()) || curved()) {
        painter->drawPath(p);
        return;
    }
    QPointF last;
    for (int i = 0; i < p.elementCount(); ++i) {
        const QPainterPath::Element e = p.elementAt(i);
        const QPointF point(e.x, e.y);
        QLineF segment(last, point);
        if (e.isLineTo() && clipLine(segment, visible))
            painter->drawLine(segment);
        last = point;
    }
}

void RelationItem::updatePath(const QRectF &a, const QRectF &b)
{
    // Leave the source at its bottom (or side) and enter the target at its top, with an arrow.
    QPointF start;
    QPointF end;
    if (a.bottom() <= b.top()) {
        start = QPointF(a.center().x(), a.bottom());
        end = QPointF(b.center().x(), b.top());
    } else if (b.bottom() <= a.top()) {
        start = QPointF(a.center().x(), a.top());
        end = QPointF(b.center().x(), b.bottom());
    } else if (a.right() <= b.left()) {
        start = QPointF(a.right(), a.center().y());
        end = QPointF(b.left(), b.center().y());
    } else {
        start = QPointF(a.left(), a.center().y());
        end = QPointF(b.right(), b.center().y());
    }
    QPainterPath path(start);
    path.lineTo(end);
    const QLineF line(end, start);
    const qreal angle = std::atan2(-line.dy(), line.dx());
    const qreal size = 8;
    const QPointF p1 = end + QPointF(std::sin(angle + M_PI / 3) * size, std::cos(angle + M_PI / 3) * size);
    const QPointF p2 = end + QPointF(std::sin(angle + M_PI - M_PI / 3) * size, std::cos(angle + M_PI - M_PI / 3) * size);
    path.moveTo(p1);
    path.lineTo(end);
    path.lineTo(p2);
    setPath(path);
}

} // namespace skydraft
