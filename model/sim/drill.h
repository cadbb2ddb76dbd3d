#pragma once

#include "model/diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace skydraft {
class Document;
}

namespace skydraft::sim {

/// What the internet clients send (product.md "Drill files").
///   constant: `rps`
///   ramp:     `rps` at `start` (default 0) rising linearly to `peak` at `end` (default: the duration)
///   spike:    `rps`, and `peak` from `start` for `length` seconds (default 300)
///   diurnal:  a daily sine around `rps` with relative `amplitude` (default 0.5) and `period`
///             (default 86400 s); lowest at t = 0
struct Traffic {
    double rps = 100;
    QString shape = QStringLiteral("constant");
    double peak = 0;
    double start = 0;
    double end = -1;
    double length = 300;
    double amplitude = 0.5;
    double period = 86400;
    /// The rate at time t (before set-rps events), `duration` for a ramp without `end`.
    double rateAt(double t, double duration) const;
};

/// Tunables of the model a drill may override ("settings" in the drill file).
struct Settings {
    double cacheHitRatio = 0.8;        ///< share of cache reads that hit
    double readsPerRequest = 1.0;      ///< reads per request (through the cache when there is one)
    double writeShare = 0.1;           ///< share of requests that write to the database
    double connectionsPerInstance = 10;///< pool size each app instance keeps open to a database
    double rdsFailoverSeconds = 90;    ///< Multi-AZ DB instance failover, 60-120 s (RDS guide)
    double auroraFailoverSeconds = 25; ///< with a replica; "often under 30 s"
    double auroraRecreateSeconds = 540;///< without a replica; "typically under 10 minutes"
    double redisFailoverSeconds = 6;   ///< "typically a few seconds"
    double promoteSeconds = 180;       ///< read replica promotion, "a few minutes"
    double cacheWarmSeconds = 300;     ///< a refilled cache reaches its hit ratio in this time
    double cacheReplaceSeconds = 180;  ///< ElastiCache replaces a failed node, "a few minutes"
    double deploySeconds = 60;         ///< in-place install and restart of one batch
    double canaryBakeSeconds = 300;    ///< a canary's time before the rest follows
    double clientTimeout = 10;         ///< requests waiting longer fail (504)
    double sessionSeconds = 1800;      ///< how long a user's session lasts (sessions_lost)
    double requestsPerSession = 20;    ///< requests a user sends in one session
};

/// One drill event: `at` seconds, `do` an action, usually on a `target` id.
/// Actions: fail, recover (instance, Auto Scaling group instance, database, cache), fail-az,
/// recover-az (zone name or Availability Zone id), reboot (database: reboot with failover),
/// promote (read replica), repoint (a promoted replica: the application now writes to it), set-rps (`value`), deploy (`strategy` rolling|blue-green|canary,
/// `batchSize`, `weight`, `healthy`: false for a version that fails its health checks,
/// `errorRate`: share of real requests a version that passes them fails), rollback (after blue/green: the
/// kept group serves again), set-desired (`value`).
struct DrillEvent {
    double at = 0;
    QString action;
    QString target;
    double value = 0;
    QString strategy;
    int batchSize = 1;
    double weight = 0.1;
    QString mode;          ///< fail: "crash" (default) or "hang"
    bool healthy = true;   ///< deploy: whether the new version passes health checks
    double errorRate = 0;  ///< deploy: share of real requests the new version fails (0-1)
    /// set-rps with a `shape`: the traffic from this event on, its times counted from `at`
    /// (`value` is its base rate).
    std::optional<Traffic> traffic;
    int line = 0, col = 0; ///< where the event is in the drill file
};

/// "metric" over a window (`from`..`to`) or at one second (`at`), with `min` and/or `max`.
struct Expectation {
    QString metric;
    QString target;
    std::optional<double> at, from, to, min, max;
    int line = 0, col = 0;
};

struct Drill {
    QString file;
    QString name;
    QString description;
    double duration = 600;
    quint64 seed = 1;
    Traffic traffic;
    Settings settings;
    std::vector<DrillEvent> events; ///< sorted by time, stable
    std::vector<Expectation> expect;
    /// Where the traffic enters (`simulate --entry`): a Route 53 record, an internet-facing
    /// load balancer or an instance with a public address. Empty: every entry point of the
    /// design. Not part of the drill file.
    QString entry;
};

struct DrillParse {
    std::optional<Drill> drill;
    QList<Diagnostic> errors; ///< each located FILE:LINE:COL
};

/// Reads a drill file's text. Errors are located in `fileName`.
DrillParse parseDrill(const QByteArray &text, const QString &fileName);
/// The drill as a file `parseDrill` reads back to the same drill: keys in a fixed order,
/// defaults left out, numbers as written (shortest round-trip form).
QByteArray writeDrill(const Drill &drill);
/// Checks the drill's targets and metrics against a design; located errors.
QList<Diagnostic> checkDrill(const Drill &drill, const Document &doc);

/// The metric names an expectation may use, for the global series and per resource.
QStringList globalMetricNames();
QStringList resourceMetricNames();

} // namespace skydraft::sim
