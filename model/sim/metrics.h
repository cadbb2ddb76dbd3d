#pragma once

#include <QString>

#include <vector>

namespace skydraft::sim {

/// One named series at 1 s resolution: the value of `metric` for `resource` (empty for the
/// whole design) in each second from `start`.
struct Series {
    QString resource;
    QString metric;
    int start = 0;
    std::vector<float> values;

    /// The value at second `t`, or NaN when the series has none.
    double at(int t) const;
};

/// Every series of a run, in the order they were created (deterministic).
class MetricStore
{
public:
    /// The index of a series, created on first use.
    int series(const QString &resource, const QString &metric, int start);
    /// Sets the value of series `index` at second `t` (fills a gap with NaN).
    void set(int index, int t, double value);
    const std::vector<Series> &all() const { return m_series; }
    /// The series, or nullptr.
    const Series *find(const QString &resource, const QString &metric) const;
    void clear() { m_series.clear(); }
    /// Back to what it held before second `t` with its first `count` series: what a run
    /// that stopped at `t` had recorded.
    void truncate(size_t count, int t);

private:
    std::vector<Series> m_series;
};

/// Request latencies on log-spaced buckets (0.1 ms to 100 s), for percentiles.
class LatencyHistogram
{
public:
    LatencyHistogram();
    void add(double seconds, double weight) { addToBucket(bucket(seconds), weight); }
    /// The bucket `seconds` falls in: computed once when several histograms take one value.
    static int bucket(double seconds);
    void addToBucket(int bucket, double weight)
    {
        if (weight <= 0)
            return;
        m_weights[size_t(bucket)] += weight;
        m_total += weight;
    }
    /// The latency below which `q` of the weight lies, in seconds; 0 when empty.
    double quantile(double q) const;
    double total() const { return m_total; }
    void clear();

private:
    std::vector<double> m_weights;
    double m_total = 0;
};

} // namespace skydraft::sim
