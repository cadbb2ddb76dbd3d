#pragma once

#include <QString>

namespace skydraft::sim {

/// What one server can do: vCPUs (parallel servers of the queue), requests per second at
/// 100% CPU, and how long it takes from launch to answering (boot + application start).
/// The numbers are a teaching model, not a benchmark: see README "Simulating".
struct Capacity {
    int vcpu = 2;
    double rps = 100;      ///< requests (or queries) per second at 100% CPU
    double bootSeconds = 60;
    double maxConnections = 0; ///< databases: connection limit; 0 = none
};

/// EC2 instance types of the catalogue; unknown types fall back to t3.micro.
Capacity instanceCapacity(const QString &instanceType);
/// RDS/Aurora classes ("db.t3.micro", "db.r6g.large") and cache node types ("cache.t3.micro").
Capacity databaseCapacity(const QString &instanceClass);
Capacity cacheCapacity(const QString &nodeType);

/// An M/M/c queue: `servers` in parallel, each serving `perServerRate` per second, offered
/// `arrivals` per second. Below saturation: the mean time in the system and the chance a
/// request waits longer than `timeout`; at or above it, everything beyond capacity fails.
struct QueueResult {
    double utilisation = 0;  ///< offered / capacity (may exceed 1)
    double served = 0;       ///< per second
    double failed = 0;       ///< per second: beyond capacity, or waiting beyond the timeout
    double meanLatency = 0;  ///< seconds, of the served requests
    double waitProbability = 0; ///< Erlang C: chance a request queues
    double waitRate = 0;     ///< the queueing delay is exponential with this rate (1/s)
    double serviceTime = 0;  ///< seconds
};
QueueResult queue(double arrivals, int servers, double perServerRate, double timeout);

} // namespace skydraft::sim
