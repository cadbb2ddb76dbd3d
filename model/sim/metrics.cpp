#include "metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace skydraft::sim {

namespace {
constexpr int kBuckets = 240;      // 40 per decade over six decades
constexpr double kLow = 1e-4;      // 0.1 ms
constexpr double kPerDecade = 40;
} // namespace

double Series::at(int t) const
{
    const int i = t - start;
    if (i < 0 || i >= int(values.size()))
        return std::numeric_limits<double>::quiet_NaN();
    return values[size_t(i)];
}

int MetricStore::series(const QString &resource, const QString &metric, int start)
{
    for (size_t i = m_series.size(); i-- > 0;)
        if (m_series[i].metric == metric && m_series[i].resource == resource)
            return int(i);
    m_series.push_back({resource, metric, start, {}});
    return int(m_series.size() - 1);
}

void MetricStore::set(int index, int t, double value)
{
    Series &s = m_series[size_t(index)];
    const int i = t - s.start;
    if (i < 0)
        return;
    if (size_t(i) >= s.values.size())
        s.values.resize(size_t(i) + 1, std::numeric_limits<float>::quiet_NaN());
    s.values[size_t(i)] = float(value);
}

void MetricStore::truncate(size_t count, int t)
{
    if (m_series.size() > count)
        m_series.resize(count);
    for (Series &s : m_series)
        if (int(s.values.size()) > t - s.start)
            s.values.resize(size_t(std::max(0, t - s.start)));
}

const Series *MetricStore::find(const QString &resource, const QString &metric) const
{
    for (const Series &s : m_series)
        if (s.metric == metric && s.resource == resource)
            return &s;
    return nullptr;
}

LatencyHistogram::LatencyHistogram() : m_weights(kBuckets, 0.0) {}

/// The lower edges of the buckets: a binary search is much cheaper than a logarithm per add.
static const std::vector<double> &bucketEdges()
{
    static const std::vector<double> edges = [] {
        std::vector<double> e(kBuckets);
        for (int b = 0; b < kBuckets; ++b)
            e[size_t(b)] = kLow * std::pow(10.0, b / kPerDecade);
        return e;
    }();
    return edges;
}

int LatencyHistogram::bucket(double seconds)
{
    const std::vector<double> &edges = bucketEdges();
    const int b = int(std::upper_bound(edges.begin(), edges.end(), seconds) - edges.begin()) - 1;
    return std::min(std::max(b, 0), kBuckets - 1);
}

double LatencyHistogram::quantile(double q) const
{
    if (m_total <= 0)
        return 0;
    const double want = q * m_total;
    double seen = 0;
    for (int b = 0; b < kBuckets; ++b) {
        seen += m_weights[size_t(b)];
        if (seen >= want) // the bucket's upper edge: conservative
            return kLow * std::pow(10.0, (b + 1) / kPerDecade);
    }
    return kLow * std::pow(10.0, kBuckets / kPerDecade);
}

void LatencyHistogram::clear()
{
    std::fill(m_weights.begin(), m_weights.end(), 0.0);
    m_total = 0;
}

} // namespace skydraft::sim
