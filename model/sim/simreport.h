#pragma once

#include "simulation.h"

#include <QByteArray>

namespace skydraft::sim {

/// The outcome of a run as `skydraft simulate` prints it (product.md).
QByteArray summaryText(const Summary &summary, const std::vector<TimelineEvent> &timeline, const QString &designFile);
QByteArray summaryJson(const Summary &summary, const std::vector<TimelineEvent> &timeline, const QString &designFile);
/// One row per second per metric per resource: "t,resource,metric,value" (resource empty for
/// the design's totals), ordered by time, then by series.
QByteArray seriesCsv(const MetricStore &metrics);
/// "error_rate from 240 to 900 <= 0.01" for a line of the report.
QString describe(const Expectation &e);

} // namespace skydraft::sim
