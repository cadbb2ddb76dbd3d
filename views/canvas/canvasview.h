#pragma once

#include "model/types.h"

#include <QGraphicsView>
#include <QHash>

#include <functional>
#include <optional>

class QGraphicsLineItem;
class QMimeData;

namespace skydraft {

class DiagramScene;
class ResourceItem;

/// The canvas widget: selection, rubber band, drag-moves, resizing containers, drawing
/// connections, placing from the palette (drag and drop or click), zoom and pan.
///
/// It only reports what the user did (moved, resized, connect, place); EditingSession turns
/// that into Editor calls, so the view never changes the model itself. While a gesture runs,
/// items show where they are going; the document gets one edit when it ends.
class CanvasView : public QGraphicsView
{
    Q_OBJECT
public:
    static const QString resourceMimeType; ///< payload: a type key ("ec2-instance")

    enum class Mode { Select, Place, Connect };

    CanvasView(DiagramScene *scene, QWidget *parent = nullptr);

    DiagramScene *diagram() const { return m_scene; }
    Mode mode() const { return m_mode; }
    /// The next click on the canvas places `type` (Esc cancels).
    void startPlacing(ResourceType type);
    void setConnectMode(bool on);
    void cancelMode();

    /// The resource item under a viewport position (nodes before containers), or nullptr.
    ResourceItem *resourceAt(const QPoint &viewportPos) const;
    /// Where a connection from `from` released at a viewport position goes: the first resource
    /// under it (nodes, then containers by their whole box, innermost first) that `from` can be
    /// connected to, else the first one (its refusal says why), or empty on the bare canvas.
    QString connectTargetAt(const QString &from, const QPoint &viewportPos) const;

    /// Zooms to `factor` of natural size around the centre of the view.
    void setZoom(qreal factor);

    /// Read-only (a simulation runs): selection, zoom and pan work; moving, resizing,
    /// connecting and placing are refused with `reason` (empty: editable again).
    void setLocked(const QString &reason);
    bool isLocked() const { return !m_locked.isEmpty(); }
    /// Handles right clicks instead of contextMenuRequested() while set (scene position, global
    /// position); return false to fall back.
    using ContextMenuHandler = std::function<bool(const QPointF &scenePos, const QPoint &globalPos)>;
    void setContextMenuHandler(ContextMenuHandler handler) { m_contextMenuHandler = std::move(handler); }

Q_SIGNALS:
    /// Items the user dragged (ids, their scene positions before the drag).
    void itemsMoved(const QHash<QString, QPointF> &startScenePos);
    void itemResized(const QString &id, const QSizeF &size);
    /// Arrow keys: move the selection by `delta` (a grid step, four with Shift).
    void nudgeRequested(const QPointF &delta);
    void connectRequested(const QString &from, const QString &to);
    /// A connection released on nothing (or on where it started): nothing to connect to.
    void connectMissed(const QString &from, const QPointF &scenePos);
    void placeRequested(ResourceType type, const QPointF &scenePos);
    /// What the gesture under way would do, or why it is refused (status bar).
    void hint(const QString &text);
    void modeChanged(CanvasView::Mode mode);
    /// A right click (or the menu key): the resource under it is selected first.
    void contextMenuRequested(const QPoint &globalPos);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    static std::optional<ResourceType> typeFrom(const QMimeData *mime);
    bool onConnectHandle(const QPoint &viewportPos, ResourceItem **item) const;
    bool onResizeHandle(const QPoint &viewportPos, ResourceItem **item) const;
    void setMode(Mode mode);
    /// Says in the status bar where `type` would land at `scenePos`, or why it cannot.
    void previewPlacement(ResourceType type, const QPointF &scenePos);
    void previewMove();

    DiagramScene *m_scene;
    Mode m_mode = Mode::Select;
    ResourceType m_placing = ResourceType::Ec2Instance;

    // Gestures under way.
    QHash<QString, QPointF> m_moveStart;
    QString m_connectFrom;
    QGraphicsLineItem *m_connectLine = nullptr;
    QString m_resizing;
    bool m_panning = false;
    bool m_spaceHeld = false;
    QPoint m_panLast;
    QString m_lastHint;
    QString m_locked;
    ContextMenuHandler m_contextMenuHandler;
};

} // namespace skydraft
