#include "canvasview.h"

#include "diagramscene.h"
#include "model/commands/connections.h"
#include "placement.h"
#include "resourceitem.h"

#include <QDragEnterEvent>
#include <QGraphicsLineItem>
#include <QMimeData>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace skydraft {

const QString CanvasView::resourceMimeType = u"application/x-skydraft-resource-type"_s;

namespace {
/// Pixels (any direction) around a handle that still grab it: a press a few pixels off the
/// handle draws a connection, it does not move the resource.
constexpr int handleTolerance = 12;
}

CanvasView::CanvasView(DiagramScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setAcceptDrops(true);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::ContainsItemShape); // a group only when the band holds all of it
    setMouseTracking(true);
    // Vector icons and text drawn at the device pixel ratio: sharp on high-DPI screens.
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setViewportUpdateMode(SmartViewportUpdate);
}

void CanvasView::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    viewport()->setCursor(mode == Mode::Select ? Qt::ArrowCursor : Qt::CrossCursor);
    // A placement preview ends with the mode (placed, or cancelled with Esc).
    m_scene->setDropTarget(QString());
    m_lastHint.clear();
    Q_EMIT modeChanged(mode);
}

void CanvasView::startPlacing(ResourceType type)
{
    m_placing = type;
    setMode(Mode::Place);
    Q_EMIT hint(tr("Click on the canvas to place a %1 (Esc cancels).").arg(typeLabel(type)));
}

void CanvasView::setConnectMode(bool on)
{
    setMode(on ? Mode::Connect : Mode::Select);
    if (on)
        Q_EMIT hint(tr("Drag from one resource to another to connect them (Esc ends)."));
}

void CanvasView::cancelMode()
{
    if (m_connectLine) {
        delete m_connectLine;
        m_connectLine = nullptr;
    }
    m_connectFrom.clear();
    setMode(Mode::Select);
}

void CanvasView::setZoom(qreal factor)
{
    setTransform(QTransform::fromScale(factor, factor));
}

ResourceItem *CanvasView::resourceAt(const QPoint &viewportPos) const
{
    // Nodes are drawn above containers, so the first resource item is the one the user means.
    const QList<QGraphicsItem *> hits = items(viewportPos);
    for (QGraphicsItem *i : hits)
        if (i->type() == ResourceItem::Type)
            return static_cast<ResourceItem *>(i);
    return nullptr;
}

QString CanvasView::connectTargetAt(const QString &from, const QPoint &viewportPos) const
{
    // A group's body counts as much as its header: aiming at an Auto Scaling group, users drop
    // in the middle of it. Nodes first (drawn above), then containers, topmost first.
    const QPointF at = mapToScene(viewportPos);
    QStringList nodes;
    QStringList containers;
    for (QGraphicsItem *g : m_scene->items(at, Qt::IntersectsItemBoundingRect, Qt::DescendingOrder)) {
        if (g->type() != ResourceItem::Type)
            continue;
        const auto *r = static_cast<ResourceItem *>(g);
        if (r->id() == from || !r->sceneBox().contains(at))
            continue;
        (r->isContainer() ? containers : nodes).append(r->id());
    }
    const QStringList candidates = nodes + containers;
    if (!m_scene->document())
        return candidates.value(0);
    for (const QString &id : candidates)
        if (Connections::check(*m_scene->document(), from, id).isEmpty())
            return id;
    return candidates.value(0);
}

bool CanvasView::onConnectHandle(const QPoint &viewportPos, ResourceItem **item) const
{
    for (QGraphicsItem *g : m_scene->selectedItems()) {
        if (g->type() != ResourceItem::Type)
            continue;
        auto *r = static_cast<ResourceItem *>(g);
        const QPoint handle = mapFromScene(r->mapToScene(r->connectHandle()));
        const QPoint d = handle - viewportPos;
        if (d.x() * d.x() + d.y() * d.y() <= handleTolerance * handleTolerance) {
            *item = r;
            return true;
        }
    }
    return false;
}

bool CanvasView::onResizeHandle(const QPoint &viewportPos, ResourceItem **item) const
{
    for (QGraphicsItem *g : m_scene->selectedItems()) {
        if (g->type() != ResourceItem::Type || !static_cast<ResourceItem *>(g)->isContainer())
            continue;
        auto *r = static_cast<ResourceItem *>(g);
        const QPoint corner = mapFromScene(r->mapToScene(QPointF(r->size().width(), r->size().height())));
        if ((corner - viewportPos).manhattanLength() <= handleTolerance) {
            *item = r;
            return true;
        }
    }
    return false;
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    // Pan: middle button, or left button while Space is held.
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (!m_locked.isEmpty()) {
        // Select only: items do not move (their movable flag is off) and no gesture starts.
        ResourceItem *handleItem = nullptr;
        if (onResizeHandle(pos, &handleItem) || onConnectHandle(pos, &handleItem))
            Q_EMIT hint(m_locked);
        QGraphicsView::mousePressEvent(event);
        return;
    }
    if (m_mode == Mode::Place) {
        const ResourceType type = m_placing;
        if (!(event->modifiers() & Qt::ShiftModifier)) // Shift keeps placing
            setMode(Mode::Select);
        Q_EMIT placeRequested(type, mapToScene(pos));
        event->accept();
        return;
    }
    ResourceItem *handleItem = nullptr;
    if (m_mode == Mode::Select && onResizeHandle(pos, &handleItem)) {
        m_resizing = handleItem->id();
        event->accept();
        return;
    }
    ResourceItem *from = nullptr;
    if ((m_mode == Mode::Select && onConnectHandle(pos, &from)) || (m_mode == Mode::Connect && (from = resourceAt(pos)))) {
        m_connectFrom = from->id();
        const QPointF start = from->sceneBoundingRect().center();
        m_connectLine = new QGraphicsLineItem(QLineF(start, start));
        m_connectLine->setPen(QPen(QColor(0x1A, 0x73, 0xE8), 2, Qt::DashLine));
        m_connectLine->setZValue(1000);
        scene()->addItem(m_connectLine);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
    // Where the selection starts a drag-move from: compared on release.
    m_moveStart.clear();
    for (QGraphicsItem *g : m_scene->selectedItems())
        if (g->type() == ResourceItem::Type)
            m_moveStart.insert(static_cast<ResourceItem *>(g)->id(), g->scenePos());
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_panning) {
        const QPoint delta = pos - m_panLast;
        m_panLast = pos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    if (!m_resizing.isEmpty()) {
        if (ResourceItem *r = m_scene->item(m_resizing)) {
            const QPointF local = r->mapFromScene(mapToScene(pos));
            r->setSize(QSizeF(std::max<qreal>(80, local.x()), std::max<qreal>(60, local.y())));
            m_scene->resourceMoved(r); // the arrows on its border follow as it grows
        }
        event->accept();
        return;
    }
    if (m_connectLine) {
        m_connectLine->setLine(QLineF(m_connectLine->line().p1(), mapToScene(pos)));
        event->accept();
        return;
    }
    if (m_mode == Mode::Place)
        previewPlacement(m_placing, mapToScene(pos));
    if (m_mode == Mode::Select && event->buttons() == Qt::NoButton) {
        ResourceItem *dummy = nullptr;
        if (onResizeHandle(pos, &dummy))
            viewport()->setCursor(Qt::SizeFDiagCursor);
        else if (onConnectHandle(pos, &dummy))
            viewport()->setCursor(Qt::CrossCursor);
        else if (!m_spaceHeld)
            viewport()->setCursor(Qt::ArrowCursor);
    }
    QGraphicsView::mouseMoveEvent(event);
    if (m_mode == Mode::Select && (event->buttons() & Qt::LeftButton) && !m_moveStart.isEmpty())
        previewMove(); // after the items moved
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    if (!m_resizing.isEmpty()) {
        const QString id = m_resizing;
        m_resizing.clear();
        if (ResourceItem *r = m_scene->item(id))
            Q_EMIT itemResized(id, r->size());
        event->accept();
        return;
    }
    if (m_connectLine) {
        delete m_connectLine;
        m_connectLine = nullptr;
        const QString from = m_connectFrom;
        m_connectFrom.clear();
        const QString to = connectTargetAt(from, pos);
        if (to.isEmpty())
            Q_EMIT connectMissed(from, mapToScene(pos));
        else
            Q_EMIT connectRequested(from, to);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || m_moveStart.isEmpty())
        return;
    QHash<QString, QPointF> moved;
    for (auto it = m_moveStart.cbegin(); it != m_moveStart.cend(); ++it) {
        const ResourceItem *r = m_scene->item(it.key());
        if (r && r->scenePos() != it.value())
            moved.insert(it.key(), it.value());
    }
    m_moveStart.clear();
    m_scene->setDropTarget(QString());
    m_lastHint.clear();
    if (!moved.isEmpty())
        Q_EMIT itemsMoved(moved);
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    static const QHash<int, QPointF> arrows = {
        {Qt::Key_Left, {-1, 0}}, {Qt::Key_Right, {1, 0}}, {Qt::Key_Up, {0, -1}}, {Qt::Key_Down, {0, 1}}};
    if (arrows.contains(event->key()) && m_mode == Mode::Select && !m_scene->selectedItems().isEmpty()) {
        const qreal step = DiagramScene::gridSize * (event->modifiers() & Qt::ShiftModifier ? 4 : 1);
        Q_EMIT nudgeRequested(arrows.value(event->key()) * step);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && m_mode != Mode::Select) {
        cancelMode();
        Q_EMIT hint(QString());
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

std::optional<ResourceType> CanvasView::typeFrom(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(resourceMimeType))
        return std::nullopt;
    return typeFromKey(QString::fromUtf8(mime->data(resourceMimeType)));
}

void CanvasView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_locked.isEmpty()) {
        Q_EMIT hint(m_locked);
        event->ignore();
        return;
    }
    if (typeFrom(event->mimeData())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void CanvasView::dragMoveEvent(QDragMoveEvent *event)
{
    // Accepted everywhere: a drop where the type cannot go is refused with its reason, which
    // tells the user more than a forbidden cursor.
    if (const auto type = typeFrom(event->mimeData())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        previewPlacement(*type, mapToScene(event->position().toPoint()));
    } else {
        event->ignore();
    }
}

void CanvasView::previewPlacement(ResourceType type, const QPointF &scenePos)
{
    if (!m_scene->document())
        return;
    const Placement::Target t = Placement::at(*m_scene, type, scenePos);
    m_scene->setDropTarget(t.ok ? t.parent : QString());
    const QString text = !t.ok             ? tr("Cannot place a %1 here: %2").arg(typeLabel(type), t.error)
        : t.parent.isEmpty()             ? tr("Place a %1 on the canvas").arg(typeLabel(type))
                                         : tr("Place a %1 in %2").arg(typeLabel(type), t.parent);
    if (text != m_lastHint) {
        m_lastHint = text;
        Q_EMIT hint(text);
    }
}

void CanvasView::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_scene->setDropTarget(QString());
    m_lastHint.clear();
    QGraphicsView::dragLeaveEvent(event);
}

void CanvasView::previewMove()
{
    // The item under the mouse stands for the selection: where it would land, or why not.
    const ResourceItem *item = m_scene->item(m_moveStart.constBegin().key());
    if (!item || !m_scene->document() || !m_scene->mouseGrabberItem())
        return;
    if (m_scene->mouseGrabberItem()->type() == ResourceItem::Type)
        item = static_cast<const ResourceItem *>(m_scene->mouseGrabberItem());
    QSet<QString> exclude{item->id()};
    for (const QString &d : m_scene->document()->descendants(item->id()))
        exclude.insert(d);
    const QPointF centre = item->mapToScene(QPointF(item->size().width() / 2, item->size().height() / 2));
    const Placement::Target t = Placement::at(*m_scene, item->resourceType(), centre, exclude);
    const QString current = m_scene->document()->find(item->id()) ? m_scene->document()->find(item->id())->parent : QString();
    m_scene->setDropTarget(t.ok && t.parent != current ? t.parent : QString());
    const QString text = !t.ok                ? tr("%1 cannot go here: %2").arg(item->id(), t.error)
        : t.parent == current                ? QString()
        : t.parent.isEmpty()                 ? tr("Release to move %1 out of its container").arg(item->id())
                                             : tr("Release to move %1 into %2").arg(item->id(), t.parent);
    if (text != m_lastHint) {
        m_lastHint = text;
        Q_EMIT hint(text);
    }
}

void CanvasView::setLocked(const QString &reason)
{
    m_locked = reason;
    if (!reason.isEmpty())
        cancelMode();
    for (QGraphicsItem *g : m_scene->items())
        if (g->type() == ResourceItem::Type)
            g->setFlag(QGraphicsItem::ItemIsMovable, reason.isEmpty());
    setAcceptDrops(reason.isEmpty());
}

void CanvasView::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_contextMenuHandler && m_contextMenuHandler(mapToScene(event->pos()), event->globalPos())) {
        event->accept();
        return;
    }
    // As in every editor: a right click on something not selected acts on that alone.
    if (ResourceItem *item = resourceAt(event->pos()); item && !item->isSelected()) {
        m_scene->clearSelection();
        item->setSelected(true);
    }
    Q_EMIT contextMenuRequested(event->globalPos());
    event->accept();
}

void CanvasView::dropEvent(QDropEvent *event)
{
    m_scene->setDropTarget(QString());
    m_lastHint.clear();
    const auto type = typeFrom(event->mimeData());
    if (!type) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    Q_EMIT placeRequested(*type, mapToScene(event->position().toPoint()));
}

} // namespace skydraft
