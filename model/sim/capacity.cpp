#include "capacity.h"

#include <QList>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace skydraft::sim {

namespace {

struct Row {
    const char16_t *type;
    int vcpu;
    double rps;
    double boot;
};

// vCPU from the EC2 instance type pages; requests per second at 100% CPU of a small dynamic web
// page (about 20 ms of CPU per request on a t3 vCPU, less on c5/m5); boot time to a serving
// Amazon Linux 2023 web server. Burstable CPU credits are not modelled.
const Row kInstances[] = {
    {u"t3.nano", 2, 50, 60},    {u"t3.micro", 2, 100, 60},   {u"t3.small", 2, 150, 60},
    {u"t3.medium", 2, 200, 60}, {u"t3.large", 2, 250, 60},   {u"t3.xlarge", 4, 500, 60},
    {u"m5.large", 2, 300, 70},  {u"m5.xlarge", 4, 600, 70},  {u"m5.2xlarge", 8, 1200, 70},
    {u"c5.large", 2, 400, 60},  {u"c5.xlarge", 4, 800, 60},  {u"c5.2xlarge", 8, 1600, 60},
    {u"r5.large", 2, 280, 70},  {u"r5.xlarge", 4, 560, 70},
};

/// vCPUs and relative size of "<family>.<size>".
std::pair<int, double> sizeOf(const QString &size)
{
    if (size == u"nano"_s)
        return {2, 0.25};
    if (size == u"micro"_s)
        return {2, 0.5};
    if (size == u"small"_s)
        return {2, 0.75};
    if (size == u"medium"_s)
        return {2, 1};
    if (size == u"large"_s)
        return {2, 1.5};
    if (size == u"xlarge"_s)
        return {4, 3};
    if (size.endsWith(u"xlarge"_s)) {
        const int n = std::max(2, size.chopped(6).toInt());
        return {4 * n, 3.0 * n};
    }
    return {2, 1};
}

} // namespace

Capacity instanceCapacity(const QString &instanceType)
{
    for (const Row &r : kInstances)
        if (instanceType == QStringView(r.type))
            return {r.vcpu, r.rps, r.boot, 0};
    return instanceCapacity(u"t3.micro"_s);
}

Capacity databaseCapacity(const QString &instanceClass)
{
    // "db.t3.micro": about 2,000 simple queries/s per unit of size; connection limit after
    // MySQL's {DBInstanceClassMemory/12582880} (about 85 per GiB).
    const QStringList parts = instanceClass.split(u'.');
    const auto [vcpu, size] = sizeOf(parts.value(2));
    const double memoryGiB = size * 2 * (parts.value(1).startsWith(u'r') ? 4 : 1);
    return {vcpu, 2000 * size * (parts.value(1).startsWith(u't') ? 1 : 1.5), 0, std::max(40.0, 85 * memoryGiB)};
}

Capacity cacheCapacity(const QString &nodeType)
{
    const auto [vcpu, size] = sizeOf(nodeType.split(u'.').value(2));
    return {vcpu, 20000 * size, 0, 65000};
}

QueueResult queue(double arrivals, int servers, double perServerRate, double timeout)
{
    QueueResult q;
    const double c = std::max(1, servers);
    const double capacity = c * perServerRate;
    q.serviceTime = 1.0 / perServerRate;
    q.utilisation = capacity > 0 ? arrivals / capacity : 1e9;
    if (arrivals <= 0) {
        q.meanLatency = q.serviceTime;
        return q;
    }
    // Past 98% the queue is unstable; the excess times out and the rest waits as at 98%.
    const double offered = std::min(arrivals, capacity * 0.98);
    const double a = offered / perServerRate; // offered load in Erlangs
    const double rho = a / c;
    // Erlang C by the stable recurrence on Erlang B.
    double b = 1.0;
    for (int k = 1; k <= int(c); ++k)
        b = a * b / (k + a * b);
    const double erlangC = b / (1 - rho * (1 - b));
    q.waitProbability = erlangC;
    q.waitRate = capacity - offered;
    const double meanWait = erlangC / q.waitRate;
    q.meanLatency = q.serviceTime + meanWait;
    // Requests that would wait past the timeout fail; the rest are served.
    const double lateShare = timeout > q.serviceTime ? erlangC * std::exp(-q.waitRate * (timeout - q.serviceTime)) : 1.0;
    q.served = offered * (1 - lateShare);
    q.failed = arrivals - q.served;
    return q;
}

} // namespace skydraft::sim
