#include "trafficlayer.h"

#include "simulationsession.h"
#include "views/canvas/diagramscene.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace skydraft {

namespace {
constexpr qreal kDotSpeed = 70;  ///< pixels per second of wall clock, whatever the rate
constexpr qreal kDotRadius = 3.2;
constexpr int kFrameMs = 33;
} // namespace

TrafficLayer::TrafficLayer(SimulationSession *session, DiagramScene *scene) : m_session(session), m_scene(scene)
{
    setZValue(55); // over the arrows
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    m_clock.start();
    m_animation.setInterval(kFrameMs);
    connect(&m_animation, &QTimer::timeout, this, [this] { update(); });
    connect(session, &SimulationSession::advanced, this, &TrafficLayer::rebuild);
    connect(session, &SimulationSession::playingChanged, this, [this](bool playing) {
        if (playing)
            m_animation.start();
        else
            m_animation.stop();
    });
    rebuild();
}

QRectF TrafficLayer::boundingRect() const { return m_bounds; }

QPainterPath TrafficLayer::shape() const { return {}; }

int TrafficLayer::dotsFor(double rps, qreal length)
{
    if (rps <= 0.01 || length <= 0)
        return 0;
    // 1 request/s: one dot; every factor of ten adds two; never closer than 14 px.
    const int wanted = 1 + int(std::round(2 * std::log10(std::max(1.0, rps))));
    return std::max(1, std::min(wanted, int(length / 14)));
}

QColor TrafficLayer::failureColor(double failedShare)
{
    const double f = std::clamp(failedShare, 0.0, 1.0);
    const QColor green(0x1D, 0x9E, 0x4B), amber(0xE0, 0x8A, 0x00), red(0xD1, 0x32, 0x12);
    auto mix = [](const QColor &a, const QColor &b, double t) {
        return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                                float(a.blueF() + (b.blueF() - a.blueF()) * t));
    };
    // A few failing requests already show: the scale is steep near zero.
    const double t = std::min(1.0, std::sqrt(f) * 1.4);
    return t < 0.5 ? mix(green, amber, t * 2) : mix(amber, red, (t - 0.5) * 2);
}

void TrafficLayer::rebuild()
{
    QHash<QString, const sim::LinkFlow *> byLink;
    if (m_session)
        for (const sim::LinkFlow &f : m_session->flows())
            byLink.insert(f.from + QChar(u'\n') + f.to, &f);
    QList<Lane> lanes;
    QRectF bounds;
    for (const Relation &r : m_scene->relations()) {
        const sim::LinkFlow *f = byLink.value(r.from + QChar(u'\n') + r.to);
        if (!f || f->rps <= 0.01 || r.points.size() < 2)
            continue;
        Lane lane{r.from, r.to, r.points, 0, f->rps, f->rps > 0 ? f->failedRps / f->rps : 0};
        for (qsizetype i = 1; i < r.points.size(); ++i)
            lane.length += QLineF(r.points[i - 1], r.points[i]).length();
        bounds |= r.bounds;
        lanes.append(std::move(lane));
    }
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds.adjusted(-6, -6, 6, 6);
    }
    m_lanes = std::move(lanes);
    update();
}

void TrafficLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_lanes.isEmpty())
        return;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < 0.1)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal travelled = m_clock.elapsed() / 1000.0 * kDotSpeed;
    const QRectF exposed = option->exposedRect.adjusted(-8, -8, 8, 8);
    for (const Lane &lane : m_lanes) {
        const int n = dotsFor(lane.rps, lane.length);
        if (n == 0)
            continue;
        const QColor c = failureColor(lane.failedShare);
        painter->setPen(QPen(c.darker(140), 1));
        painter->setBrush(c);
        const qreal spacing = lane.length / n;
        const qreal offset = std::fmod(travelled, spacing);
        for (int k = 0; k < n; ++k) {
            qreal d = offset + k * spacing;
            // Walk the route to distance d.
            for (qsizetype i = 1; i < lane.points.size(); ++i) {
                const QLineF leg(lane.points[i - 1], lane.points[i]);
                const qreal len = leg.length();
                if (d <= len || i == lane.points.size() - 1) {
                    const QPointF at = leg.pointAt(len > 0 ? std::min(1.0, d / len) : 0);
                    if (exposed.contains(at))
                        painter->drawEllipse(at, kDotRadius, kDotRadius);
                    break;
                }
                d -= len;
            }
        }
    }
}

} // namespace skydraft
