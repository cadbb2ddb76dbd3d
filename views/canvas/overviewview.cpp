#include "overviewview.h"

#include <QMouseEvent>
#include <QScrollBar>
#include <QTimer>

namespace skydraft {

OverviewView::OverviewView(QGraphicsView *canvas, QWidget *parent)
    : QGraphicsView(canvas->scene(), parent)
    , m_canvas(canvas)
{
    setObjectName(QStringLiteral("overview"));
    setInteractive(false); // clicks navigate; they never select or move items
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRenderHints(QPainter::Antialiasing);
    setMinimumSize(120, 90);
    setCursor(Qt::PointingHandCursor);
    auto follow = [this] { viewport()->update(); };
    connect(canvas->horizontalScrollBar(), &QScrollBar::valueChanged, this, follow);
    connect(canvas->verticalScrollBar(), &QScrollBar::valueChanged, this, follow);
    connect(canvas->horizontalScrollBar(), &QScrollBar::rangeChanged, this, follow);
    connect(canvas->verticalScrollBar(), &QScrollBar::rangeChanged, this, follow);
    if (scene())
        connect(scene(), &QGraphicsScene::sceneRectChanged, this, [this] { QTimer::singleShot(0, this, &OverviewView::fitScene); });
}

QRectF OverviewView::visibleArea() const
{
    if (!m_canvas)
        return {};
    return m_canvas->mapToScene(m_canvas->viewport()->rect()).boundingRect();
}

void OverviewView::navigateTo(const QPointF &scenePoint)
{
    if (m_canvas)
        m_canvas->centerOn(scenePoint);
    viewport()->update();
}

void OverviewView::fitScene()
{
    if (!scene())
        return;
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
}

void OverviewView::drawForeground(QPainter *painter, const QRectF &)
{
    const QRectF area = visibleArea();
    if (area.isEmpty())
        return;
    painter->save();
    QPen pen(QColor(0x1A, 0x73, 0xE8), 0); // cosmetic: one pixel at any zoom
    pen.setWidthF(2);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(QColor(0x1A, 0x73, 0xE8, 40));
    painter->drawRect(area.intersected(sceneRect()));
    painter->restore();
}

void OverviewView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        navigateTo(mapToScene(event->position().toPoint()));
}

void OverviewView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        navigateTo(mapToScene(event->position().toPoint()));
}

void OverviewView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fitScene();
}

void OverviewView::wheelEvent(QWheelEvent *event)
{
    event->ignore(); // the overview always shows the whole scene
}

} // namespace skydraft
