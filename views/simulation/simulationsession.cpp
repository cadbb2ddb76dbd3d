#include "simulationsession.h"

#include "model/document.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace skydraft {

namespace {
/// A frame's work at "as fast as possible": the window answers input between frames.
constexpr qint64 kFrameBudgetMs = 12;
constexpr int kFrameMs = 16;

std::unique_ptr<Document> frozenCopy(const Document &design)
{
    auto copy = std::make_unique<Document>();
    copy->copyFrom(design);
    return copy;
}
} // namespace

SimulationSession::SimulationSession(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(kFrameMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SimulationSession::frame);
    m_clock.start();
}

SimulationSession::~SimulationSession() = default;

void SimulationSession::start(const Document &design, sim::Drill drill)
{
    stop();
    m_design = frozenCopy(design);
    const quint64 seed = drill.seed;
    const double duration = drill.duration;
    m_sim = std::make_unique<sim::Simulation>(*m_design, std::move(drill), seed);
    // A checkpoint a minute (at most 240 of them): any second is at most that many steps away.
    m_sim->setCheckpointInterval(std::max(60, int(std::ceil(duration / 240))));
    m_driver = std::make_unique<sim::PacedDriver>(*m_sim, [this] { return m_clock.nsecsElapsed() / 1e9; },
                                                  m_speed > 0 ? m_speed : 1);
    m_driver->pause();
    m_playing = false;
    publish();
    Q_EMIT started();
    Q_EMIT advanced();
}

void SimulationSession::stop()
{
    if (!m_sim)
        return;
    m_timer.stop();
    m_playing = false;
    m_driver.reset();
    m_sim.reset();
    m_design.reset();
    m_snapshot.clear();
    m_index.clear();
    m_members.clear();
    m_flows.clear();
    m_failedZones.clear();
    m_failedNats.clear();
    Q_EMIT playingChanged(false);
    Q_EMIT stopped();
}

void SimulationSession::play()
{
    if (!m_sim || m_playing)
        return;
    if (m_sim->finished())
        return;
    m_playing = true;
    m_driver->resume();
    m_timer.start();
    Q_EMIT playingChanged(true);
}

void SimulationSession::pause()
{
    if (!m_playing)
        return;
    m_playing = false;
    m_timer.stop();
    if (m_driver)
        m_driver->pause();
    Q_EMIT playingChanged(false);
}

void SimulationSession::setSpeed(double speed)
{
    m_speed = speed;
    if (m_driver)
        m_driver->setSpeed(speed > 0 ? speed : 1);
}

void SimulationSession::frame()
{
    if (!m_sim)
        return;
    int steps = 0;
    if (m_speed > 0) {
        steps = m_driver->advance();
    } else {
        QElapsedTimer budget;
        budget.start();
        while (!m_sim->finished() && budget.elapsed() < kFrameBudgetMs) {
            m_sim->step();
            ++steps;
        }
    }
    if (steps > 0) {
        publish();
        Q_EMIT advanced();
    }
    if (m_sim->finished()) {
        pause();
        Q_EMIT finished();
    }
}

void SimulationSession::stepOnce()
{
    if (!m_sim || m_sim->finished())
        return;
    pause();
    m_sim->step();
    publish();
    Q_EMIT advanced();
    if (m_sim->finished())
        Q_EMIT finished();
}

QString SimulationSession::runToNextEvent()
{
    if (!m_sim)
        return {};
    pause();
    const double next = m_sim->nextEventTime();
    if (next < 0)
        return {};
    // The event plays in the step from floor(next): stop right before it.
    m_sim->seek(std::floor(next));
    publish();
    Q_EMIT advanced();
    for (const sim::DrillEvent &e : m_sim->drill().events)
        if (e.at == next)
            return tr("At %1 s: %2").arg(next).arg(describe(e));
    return {};
}

void SimulationSession::seek(double t)
{
    if (!m_sim)
        return;
    m_sim->seek(t);
    if (m_driver)
        m_driver->sync();
    publish();
    Q_EMIT advanced();
}

void SimulationSession::inject(sim::DrillEvent event)
{
    if (!m_sim)
        return;
    m_sim->insertEvent(std::move(event));
    Q_EMIT drillChanged();
}

const sim::ResourceSnapshot *SimulationSession::state(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_snapshot[size_t(*it)];
}

QList<const sim::ResourceSnapshot *> SimulationSession::instancesOf(const QString &group) const
{
    QList<const sim::ResourceSnapshot *> out;
    for (int i : m_members.value(group))
        out.append(&m_snapshot[size_t(i)]);
    return out;
}

sim::Summary SimulationSession::summary() const { return m_sim ? m_sim->summary() : sim::Summary{}; }

void SimulationSession::publish()
{
    m_snapshot = m_sim->snapshot();
    m_index.clear();
    m_members.clear();
    for (size_t i = 0; i < m_snapshot.size(); ++i) {
        m_index.insert(m_snapshot[i].id, int(i));
        if (!m_snapshot[i].parent.isEmpty())
            m_members[m_snapshot[i].parent].append(int(i));
    }
    m_flows = m_sim->flows();
    m_failedZones = m_sim->failedZones();
    m_failedNats = m_sim->failedNatGateways();
}

QString SimulationSession::describe(const sim::DrillEvent &e)
{
    const QString &a = e.action;
    if (a == u"fail"_s)
        return e.mode == u"hang"_s ? tr("hang the application on %1").arg(e.target) : tr("fail %1").arg(e.target);
    if (a == u"recover"_s)
        return tr("recover %1").arg(e.target);
    if (a == u"fail-az"_s)
        return tr("fail Availability Zone %1").arg(e.target);
    if (a == u"recover-az"_s)
        return tr("recover Availability Zone %1").arg(e.target);
    if (a == u"reboot"_s)
        return tr("reboot %1 with failover").arg(e.target);
    if (a == u"promote"_s)
        return tr("promote read replica %1").arg(e.target);
    if (a == u"repoint"_s)
        return tr("point the application at %1").arg(e.target);
    if (a == u"set-rps"_s)
        return e.traffic && e.traffic->shape != u"constant"_s
            ? tr("traffic: %1 requests/s, %2").arg(e.value).arg(e.traffic->shape)
            : tr("traffic: %1 requests/s").arg(e.value);
    if (a == u"set-desired"_s)
        return tr("set the desired capacity of %1 to %2").arg(e.target).arg(e.value);
    if (a == u"deploy"_s)
        return e.healthy ? tr("%1 deployment to %2").arg(e.strategy.isEmpty() ? u"rolling"_s : e.strategy, e.target)
                         : tr("%1 deployment of a bad version to %2").arg(e.strategy.isEmpty() ? u"rolling"_s : e.strategy, e.target);
    if (a == u"rollback"_s)
        return tr("roll back %1").arg(e.target);
    return a + u' ' + e.target;
}

} // namespace skydraft
