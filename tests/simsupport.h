#pragma once

// Helpers for the simulator tests: samples from the source tree, drills from JSON text.

#include "model/nativefile.h"
#include "model/sim/drill.h"
#include "model/sim/simulation.h"

#include <QFile>
#include <QTest>

#include <cmath>

#include <memory>

namespace skydraft::test {

inline std::unique_ptr<Document> loadSample(const QString &name)
{
    QFile f(QStringLiteral(SKYDRAFT_SOURCE_DIR "/resources/samples/") + name + QStringLiteral(".skydraft"));
    if (!f.open(QIODevice::ReadOnly))
        return nullptr;
    LoadResult r = NativeFile::parse(f.readAll(), name);
    return r.ok() ? std::move(r.document) : nullptr;
}

/// A drill shipped in resources/drills, as JSON text (to be changed before drillFrom()).
inline QByteArray shippedDrill(const QString &name)
{
    QFile f(QStringLiteral(SKYDRAFT_SOURCE_DIR "/resources/drills/") + name + QStringLiteral(".json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline sim::Drill drillFrom(const QByteArray &json)
{
    const sim::DrillParse p = sim::parseDrill(json, QStringLiteral("test-drill.json"));
    for (const Diagnostic &d : p.errors)
        qWarning("%s", qPrintable(d.format()));
    return p.drill.value_or(sim::Drill{});
}

/// The first timeline event `name` for `component` at or after `from`, or nullptr.
inline const sim::TimelineEvent *firstEvent(const std::vector<sim::TimelineEvent> &timeline, const QString &name,
                                            const QString &component = {}, double from = 0)
{
    for (const sim::TimelineEvent &e : timeline)
        if (e.event == name && (component.isEmpty() || e.component == component) && e.t >= from)
            return &e;
    return nullptr;
}

/// The largest value of a series over [from, to] (NaN seconds skipped).
inline double windowMax(const sim::Simulation &s, const QString &resource, const QString &metric, int from, int to)
{
    const sim::Series *series = s.metrics().find(resource, metric);
    double m = -1e300;
    for (int t = from; t <= to && series; ++t)
        if (!std::isnan(series->at(t)))
            m = std::max(m, series->at(t));
    return m;
}
/// The smallest value of a series over [from, to].
inline double windowMin(const sim::Simulation &s, const QString &resource, const QString &metric, int from, int to)
{
    const sim::Series *series = s.metrics().find(resource, metric);
    double m = 1e300;
    for (int t = from; t <= to && series; ++t)
        if (!std::isnan(series->at(t)))
            m = std::min(m, series->at(t));
    return m;
}
/// The design's errors over its requests in [from, to].
inline double errorRate(const sim::Simulation &s, int from, int to)
{
    const sim::Series *req = s.metrics().find({}, QStringLiteral("requests"));
    const sim::Series *err = s.metrics().find({}, QStringLiteral("errors"));
    double a = 0, b = 0;
    for (int t = from; t <= to; ++t)
        a += err->at(t), b += req->at(t);
    return b > 0 ? a / b : 0;
}

} // namespace skydraft::test
