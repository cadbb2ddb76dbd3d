#pragma once

#include "views/canvas/canvasoverlay.h"

#include <QHash>
#include <QPointer>
#include <QRectF>

namespace skydraft {

class DiagramScene;
class SimulationSession;

/// The live simulation on the canvas's resources: each one's simulated state as a coloured
/// frame, a badge and a tooltip; an Auto Scaling group's instances as small boxes in each
/// zone, appearing and disappearing as they launch and terminate; a load balancer's nodes
/// (one per zone, up or down); target groups' healthy and unhealthy targets; database and
/// cache roles (primary, standby, failing over); NAT gateways down; a failed zone hatched.
/// It reads everything from the session after each advanced() and repaints only the
/// resources whose picture changed.
class SimulationOverlay : public CanvasOverlay
{
    Q_OBJECT
public:
    SimulationOverlay(SimulationSession *session, DiagramScene *scene, QObject *parent = nullptr);

    void paint(QPainter *painter, const QString &id, const Place &place) const override;
    bool drawsInstances(const QString &id) const override;
    QString toolTip(const QString &id) const override;

    /// The simulated instance drawn at `itemPos` inside Auto Scaling group `asg`, or empty.
    QString instanceAt(const QString &asg, const QPointF &itemPos) const;
    /// Where each of a group's instances is drawn, in the group item's coordinates.
    QList<std::pair<QString, QRectF>> instanceBoxes(const QString &asg) const;

    /// The colour of a simulated state (also the charts' and the panels').
    static QColor stateColor(int state);
    /// A state in words, translated ("in service", "failing over").
    static QString stateText(int state);

private:
    void refresh();
    QString signature(const QString &id) const;

    QPointer<SimulationSession> m_session;
    DiagramScene *m_scene;
    QHash<QString, QString> m_signatures;
};

} // namespace skydraft
