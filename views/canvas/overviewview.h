#pragma once

#include <QGraphicsView>
#include <QPointer>

namespace skydraft {

/// The overview (minimap): the whole scene small, with the part the canvas shows outlined.
/// Clicking or dragging moves the canvas there.
class OverviewView : public QGraphicsView
{
    Q_OBJECT
public:
    /// Shows `canvas`'s scene and follows its scrolling and zoom.
    explicit OverviewView(QGraphicsView *canvas, QWidget *parent = nullptr);

    /// The canvas's visible area, in scene coordinates.
    QRectF visibleArea() const;
    /// Centres the canvas on `scenePoint`.
    void navigateTo(const QPointF &scenePoint);

public Q_SLOTS:
    /// Fits the whole scene into the overview.
    void fitScene();

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    QPointer<QGraphicsView> m_canvas;
};

} // namespace skydraft
