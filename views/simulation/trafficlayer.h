#pragma once

#include <QElapsedTimer>
#include <QGraphicsObject>
#include <QPointer>
#include <QTimer>

namespace skydraft {

class DiagramScene;
class SimulationSession;

/// Requests as dots moving along the canvas's arrows, on the arrows' actual routes: the
/// number of dots follows the link's request rate (on a log scale), their colour the share
/// that fails (green, amber, red). The dots move with the wall clock, smoothly at any speed;
/// the rates change when the session advances. One item for every link, like the arrows.
class TrafficLayer : public QGraphicsObject
{
    Q_OBJECT
public:
    TrafficLayer(SimulationSession *session, DiagramScene *scene);

    QRectF boundingRect() const override;
    QPainterPath shape() const override; ///< empty: never under the mouse
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    struct Lane {
        QString from, to;
        QList<QPointF> points;
        qreal length = 0;
        double rps = 0;
        double failedShare = 0;
    };
    /// What is drawn now: one lane per arrow that carries requests.
    const QList<Lane> &lanes() const { return m_lanes; }
    /// Dots on a lane of `rps` requests/s (0 when none).
    static int dotsFor(double rps, qreal length);
    /// Green at 0, amber at 0.5, red at 1.
    static QColor failureColor(double failedShare);

private:
    void rebuild();

    QPointer<SimulationSession> m_session;
    DiagramScene *m_scene;
    QList<Lane> m_lanes;
    QRectF m_bounds;
    QTimer m_animation;
    QElapsedTimer m_clock;
};

} // namespace skydraft
