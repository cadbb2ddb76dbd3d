#pragma once

// Helpers for the simulator tests: samples from the source tree, drills from JSON text.

#include "model/nativefile.h"
#include "model/sim/drill.h"
#include "model/sim/simulation.h"

#include <QFile>
#include <QTest>

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

} // namespace skydraft::test
