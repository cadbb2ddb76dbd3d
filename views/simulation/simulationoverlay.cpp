#include "views/canvas/style.h"
#include "simulationoverlay.h"

#include "simulationsession.h"
#include "model/document.h"
#include "model/layout.h"
#include "views/canvas/diagramscene.h"

#include <QCoreApplication>
#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;
using skydraft::sim::ResourceSnapshot;
using skydraft::sim::SimKind;
using skydraft::sim::SimState;

namespace skydraft {

namespace {

constexpr qreal kBox = 22;  ///< an instance box in a group
constexpr qreal kGap = 5;

/// Rates as people read them: two significant digits ("1.2k/s"), so a steady load does not
/// repaint every second.
QString rateText(double rps)
{
    if (rps < 0.05)
        return u"0/s"_s;
    if (rps >= 1000)
        return QString::number(rps / 1000, 'g', 2) + u"k/s"_s;
    return QString::number(rps, 'g', 2) + u"/s"_s;
}

QString zoneLetter(const QString &zone) { return zone.isEmpty() ? QString() : zone.right(zone.size() > 2 ? 2 : 1); }

void pill(QPainter *painter, const QPointF &at, const QString &text, const QColor &fill, bool alignRight = false)
{
    QFont font = Style::sceneFont(painter->font(), 7, painter->device());
    font.setBold(true);
    painter->setFont(font);
    const QFontMetricsF fm(font);
    const qreal w = fm.horizontalAdvance(text) + 8;
    const QRectF r(alignRight ? at.x() - w : at.x(), at.y(), w, fm.height() + 2);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(r, 4, 4);
    painter->setPen(Qt::white);
    painter->drawText(r, Qt::AlignCenter, text);
}

} // namespace

SimulationOverlay::SimulationOverlay(SimulationSession *session, DiagramScene *scene, QObject *parent)
    : CanvasOverlay(parent), m_session(session), m_scene(scene)
{
    connect(session, &SimulationSession::advanced, this, &SimulationOverlay::refresh);
    connect(session, &SimulationSession::stopped, this, [this] {
        m_signatures.clear();
        Q_EMIT changed({});
    });
}

QColor SimulationOverlay::stateColor(int state)
{
    switch (SimState(state)) {
    case SimState::InService:
    case SimState::Active:
    case SimState::Available:
        return QColor(0x1D, 0x9E, 0x4B);
    case SimState::Pending:
        return QColor(0x1A, 0x73, 0xE8);
    case SimState::Unhealthy:
    case SimState::Hung:
    case SimState::Degraded:
    case SimState::FailingOver:
    case SimState::Promoting:
        return QColor(0xE0, 0x8A, 0x00);
    case SimState::Failed:
    case SimState::Down:
        return QColor(0xD1, 0x32, 0x12);
    case SimState::Draining:
    case SimState::Terminating:
        return QColor(0x80, 0x80, 0x80);
    case SimState::Deploying:
        return QColor(0x8E, 0x44, 0xAD);
    case SimState::Standby:
        return QColor(0xA0, 0xA8, 0xB0);
    }
    return Qt::gray;
}

QString SimulationOverlay::stateText(int state)
{
    switch (SimState(state)) {
    case SimState::Pending: return tr("booting");
    case SimState::InService: return tr("in service");
    case SimState::Unhealthy: return tr("unhealthy");
    case SimState::Draining: return tr("draining");
    case SimState::Terminating: return tr("terminating");
    case SimState::Failed: return tr("failed");
    case SimState::Hung: return tr("hung");
    case SimState::Deploying: return tr("deploying");
    case SimState::Standby: return tr("standby");
    case SimState::Active: return tr("active");
    case SimState::Degraded: return tr("degraded");
    case SimState::Available: return tr("available");
    case SimState::FailingOver: return tr("failing over");
    case SimState::Promoting: return tr("promoting");
    case SimState::Down: return tr("down");
    }
    return {};
}

bool SimulationOverlay::drawsInstances(const QString &id) const
{
    return m_session && m_session->isActive() && m_session->state(id)
        && m_session->state(id)->kind == SimKind::AutoScalingGroup;
}

QList<std::pair<QString, QRectF>> SimulationOverlay::instanceBoxes(const QString &asg) const
{
    QList<std::pair<QString, QRectF>> out;
    const Document *doc = m_scene->document();
    if (!m_session || !doc)
        return out;
    const QList<QRectF> slots = m_scene->autoScalingSlots(asg);
    const QStringList subnets = doc->subnetsOf(asg);
    // The instances by zone, in launch order; a slot per subnet (and so per zone).
    const QList<const ResourceSnapshot *> members = m_session->instancesOf(asg);
    for (qsizetype s = 0; s < slots.size() && s < subnets.size(); ++s) {
        const QString zone = doc->zoneOf(subnets[s]);
        const QRectF slot = slots[s];
        const int perRow = std::max(1, int((slot.width() - 8 + kGap) / (kBox + kGap)));
        int k = 0;
        for (const ResourceSnapshot *in : members) {
            if (in->zone != zone)
                continue;
            const int row = k / perRow, col = k % perRow;
            const QRectF box(slot.left() + 6 + col * (kBox + kGap), slot.top() + 4 + row * (kBox + kGap), kBox, kBox);
            if (box.bottom() <= slot.bottom() - 14)
                out.append({in->id, box});
            ++k;
        }
    }
    return out;
}

QString SimulationOverlay::instanceAt(const QString &asg, const QPointF &itemPos) const
{
    for (const auto &[id, box] : instanceBoxes(asg))
        if (box.adjusted(-2, -2, 2, 2).contains(itemPos))
            return id;
    return {};
}

void SimulationOverlay::paint(QPainter *painter, const QString &id, const Place &place) const
{
    const QRectF &box = place.box;
    const bool detailed = place.detailed;
    if (!m_session || !m_session->isActive())
        return;
    const Document *doc = m_scene->document();
    const Resource *r = doc ? doc->find(id) : nullptr;
    if (!r)
        return;
    painter->setRenderHint(QPainter::Antialiasing);

    // A failed zone: hatched, with the word in its header.
    if (r->type == ResourceType::AvailabilityZone) {
        if (!m_session->failedZones().contains(r->string(u"zone"_s)))
            return;
        painter->setPen(Qt::NoPen);
        painter->setBrush(QBrush(QColor(0xD1, 0x32, 0x12, 70), Qt::BDiagPattern));
        painter->drawRect(box);
        painter->setBrush(QColor(0xD1, 0x32, 0x12, 25));
        painter->drawRect(box);
        painter->setPen(QPen(QColor(0xD1, 0x32, 0x12), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(box);
        if (detailed)
            pill(painter, QPointF(box.right() - 6, 6), tr("zone down"), QColor(0xD1, 0x32, 0x12), true);
        return;
    }
    if (r->type == ResourceType::NatGateway) {
        if (!m_session->failedNatGateways().contains(id))
            return;
        painter->setPen(QPen(QColor(0xD1, 0x32, 0x12), 4));
        const QRectF icon = QRectF(box.center().x() - 20, 2, 40, 40);
        painter->drawLine(icon.topLeft(), icon.bottomRight());
        painter->drawLine(icon.topRight(), icon.bottomLeft());
        if (detailed)
            pill(painter, QPointF(box.left(), box.top() - 8), tr("down"), QColor(0xD1, 0x32, 0x12));
        return;
    }
    const ResourceSnapshot *s = m_session->state(id);
    if (!s)
        return;
    const QColor color = stateColor(int(s->state));

    if (s->kind == SimKind::AutoScalingGroup) {
        // Cover the picture of the desired capacity, then draw the simulated instances.
        painter->setPen(QPen(color, 2.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(box.adjusted(1, 1, -1, -1));
        QFont font = Style::sceneFont(painter->font(), 6.5, painter->device());
        font.setBold(false);
        for (const auto &[instance, rect] : instanceBoxes(id)) {
            const ResourceSnapshot *in = m_session->state(instance);
            if (!in)
                continue;
            const QColor c = stateColor(int(in->state));
            painter->setPen(QPen(c.darker(130), 1));
            painter->setBrush(in->state == SimState::Pending ? c.lighter(150) : c);
            painter->drawRoundedRect(rect, 3, 3);
            // CPU as a bar inside the box, white on the state's colour.
            if (in->cpu > 0) {
                const qreal h = (rect.height() - 4) * std::min(100.0, in->cpu) / 100;
                painter->fillRect(QRectF(rect.left() + 2, rect.bottom() - 2 - h, 4, h), QColor(255, 255, 255, 200));
            }
            if (in->state == SimState::Failed) {
                painter->setPen(QPen(Qt::white, 2));
                painter->drawLine(rect.topLeft() + QPointF(7, 6), rect.bottomRight() - QPointF(5, 6));
                painter->drawLine(rect.topRight() + QPointF(-5, 6), rect.bottomLeft() + QPointF(7, -6));
            }
        }
        if (detailed) {
            const QString text = tr("%1 in service / %2 desired").arg(s->inService).arg(s->desired);
            pill(painter, QPointF(box.right() - 6, box.bottom() - 18), text, color, true);
            const QString cpu = tr("CPU %1 %").arg(std::lround(s->cpu));
            pill(painter, QPointF(box.left() + 6, box.bottom() - 18), cpu, QColor(0x54, 0x5B, 0x64));
        }
        return;
    }

    // Nodes: a frame in the state's colour, a badge with the state and what matters most.
    painter->setPen(QPen(color, 3));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(box.adjusted(-3, -3, 3, 3), 7, 7);
    if (!detailed)
        return;
    QString badge = stateText(int(s->state));
    switch (s->kind) {
    case SimKind::LoadBalancer: {
        // One dot per node (zone), green up, grey down.
        qreal x = box.left() + 4;
        QFont font = Style::sceneFont(painter->font(), 6.5, painter->device());
        font.setBold(true);
        painter->setFont(font);
        for (const sim::NodeSnapshot &n : s->nodes) {
            const QRectF dot(x, box.top() + 4, 16, 16);
            painter->setPen(QPen(Qt::white, 1));
            painter->setBrush(n.up ? QColor(0x1D, 0x9E, 0x4B) : QColor(0x90, 0x90, 0x90));
            painter->drawEllipse(dot);
            painter->setPen(Qt::white);
            painter->drawText(dot, Qt::AlignCenter, zoneLetter(n.zone).right(1));
            x += 18;
        }
        badge = tr("%n healthy", nullptr, s->inService);
        break;
    }
    case SimKind::TargetGroup:
        badge = s->unhealthy > 0 ? tr("%1 healthy · %2 unhealthy").arg(s->inService).arg(s->unhealthy)
                                 : tr("%n healthy", nullptr, s->inService);
        break;
    case SimKind::Database:
    case SimKind::Cache:
        if (s->state == SimState::FailingOver || s->state == SimState::Promoting || s->state == SimState::Down)
            badge = stateText(int(s->state));
        else if (!s->standbyZone.isEmpty() && s->standbyZone != s->zone)
            badge = tr("primary %1 · standby %2").arg(zoneLetter(s->zone), zoneLetter(s->standbyZone));
        else
            badge = tr("primary %1").arg(zoneLetter(s->zone));
        break;
    default:
        break;
    }
    pill(painter, QPointF(box.center().x() - 2, box.top() - 12), badge, color);
    if (s->loadRps > 0.05)
        pill(painter, QPointF(box.right() + 2, box.bottom() - 2), rateText(s->loadRps),
             s->failedRps > 0.01 * s->loadRps ? QColor(0xD1, 0x32, 0x12) : QColor(0x54, 0x5B, 0x64), true);
}

QString SimulationOverlay::toolTip(const QString &id) const
{
    if (!m_session || !m_session->isActive())
        return {};
    const ResourceSnapshot *s = m_session->state(id);
    if (!s)
        return {};
    QStringList lines;
    lines.append(tr("Simulated at %1 s: %2").arg(m_session->now()).arg(stateText(int(s->state))));
    if (s->loadRps > 0)
        lines.append(tr("%1 requests/s, %2 failing").arg(s->loadRps, 0, 'f', 1).arg(s->failedRps, 0, 'f', 1));
    if (s->kind == SimKind::AutoScalingGroup) {
        lines.append(tr("%1 in service, desired %2, CPU %3 %").arg(s->inService).arg(s->desired).arg(s->cpu, 0, 'f', 0));
        for (const ResourceSnapshot *in : m_session->instancesOf(id))
            lines.append(tr("  %1 (%2): %3, CPU %4 %").arg(in->id, in->zone, stateText(int(in->state))).arg(in->cpu, 0, 'f', 0));
    } else if (s->kind == SimKind::Database || s->kind == SimKind::Cache) {
        lines.append(tr("Primary in %1").arg(s->zone));
        if (!s->standbyZone.isEmpty())
            lines.append(tr("Standby (or replica) in %1").arg(s->standbyZone));
        lines.append(tr("CPU %1 %").arg(s->cpu, 0, 'f', 0));
    } else if (s->kind == SimKind::LoadBalancer) {
        for (const sim::NodeSnapshot &n : s->nodes)
            lines.append(n.up ? tr("  node in %1: up").arg(n.zone) : tr("  node in %1: down").arg(n.zone));
    } else if (s->kind == SimKind::Instance) {
        lines.append(tr("CPU %1 %, latency %2 ms").arg(s->cpu, 0, 'f', 0).arg(s->latencyMs, 0, 'f', 0));
    }
    return lines.join(u'\n');
}

QString SimulationOverlay::signature(const QString &id) const
{
    const ResourceSnapshot *s = m_session->state(id);
    if (!s)
        return {};
    QString sig = QString::number(int(s->state)) + u'|' + QString::number(s->inService) + u'|' + QString::number(s->desired)
        + u'|' + QString::number(s->unhealthy) + u'|' + s->zone + u'|' + s->standbyZone + u'|' + rateText(s->loadRps)
        + (s->failedRps > 0.01 * s->loadRps ? u"!"_s : u""_s);
    for (const sim::NodeSnapshot &n : s->nodes)
        sig += n.up ? u'U' : u'D';
    if (s->kind == SimKind::AutoScalingGroup) {
        sig += u'|' + QString::number(std::lround(s->cpu));
        for (const ResourceSnapshot *in : m_session->instancesOf(id))
            sig += in->id + QString::number(int(in->state)) + QString::number(std::lround(in->cpu / 10));
    }
    return sig;
}

void SimulationOverlay::refresh()
{
    const Document *doc = m_scene->document();
    if (!m_session || !doc)
        return;
    QStringList changedIds;
    auto check = [&](const QString &id, const QString &sig) {
        auto it = m_signatures.find(id);
        if (it == m_signatures.end() || *it != sig) {
            m_signatures.insert(id, sig);
            changedIds.append(id);
        }
    };
    for (const ResourceSnapshot &s : m_session->snapshot())
        if (s.parent.isEmpty())
            check(s.id, signature(s.id));
    const QStringList zones = m_session->failedZones();
    for (const Resource *r : doc->resourcesOfType(ResourceType::AvailabilityZone))
        check(r->id, zones.contains(r->string(u"zone"_s)) ? u"down"_s : u"up"_s);
    const QStringList nats = m_session->failedNatGateways();
    for (const Resource *r : doc->resourcesOfType(ResourceType::NatGateway))
        check(r->id, nats.contains(r->id) ? u"down"_s : u"up"_s);
    if (!changedIds.isEmpty())
        Q_EMIT changed(changedIds);
}

} // namespace skydraft
