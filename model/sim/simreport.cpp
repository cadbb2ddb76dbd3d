// Expectations evaluated on the series, and the summary in text, JSON and CSV.

#include "simreport.h"
#include "simstate.h"

#include "model/document.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace skydraft::sim {

namespace {

/// Numbers as the report prints them: up to `decimals`, no trailing zeros.
QString num(double x, int decimals = 3)
{
    if (!std::isfinite(x))
        return u"n/a"_s;
    QString s = QString::number(x, 'f', decimals);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    return s == u"-0"_s ? u"0"_s : s;
}

double rounded(double x, int decimals = 6)
{
    const double f = std::pow(10.0, decimals);
    return std::round(x * f) / f;
}

ExpectationResult evaluate(const Expectation &e, const MetricStore &m, int seconds)
{
    ExpectationResult r{e, std::numeric_limits<double>::quiet_NaN(), false};
    const Series *s = m.find(e.target, e.metric);
    if (!s || seconds <= 0)
        return r;
    int from = e.at ? int(*e.at) : int(e.from.value_or(0));
    int to = e.at ? int(*e.at) : int(e.to.value_or(seconds - 1));
    to = std::min(to, seconds - 1);
    if (from > to)
        return r;
    if (e.metric == u"error_rate"_s && e.target.isEmpty() && !e.at) {
        // The window's rate: its errors over its requests.
        const Series *req = m.find({}, u"requests"_s);
        const Series *err = m.find({}, u"errors"_s);
        double a = 0, b = 0;
        for (int t = from; t <= to; ++t) {
            a += err->at(t);
            b += req->at(t);
        }
        r.actual = b > 0 ? a / b : 0;
    } else {
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        for (int t = from; t <= to; ++t) {
            const double v = s->at(t);
            if (std::isnan(v))
                continue;
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        if (!std::isfinite(lo))
            return r;
        r.actual = e.max && (!e.min || hi > *e.max) ? hi : lo;
    }
    r.passed = (!e.min || r.actual >= *e.min - 1e-9) && (!e.max || r.actual <= *e.max + 1e-9);
    if (e.metric == u"error_rate"_s && e.target.isEmpty() && !e.at)
        r.passed = (!e.min || r.actual >= *e.min - 1e-12) && (!e.max || r.actual <= *e.max + 1e-12);
    r.actual = rounded(r.actual);
    return r;
}

} // namespace

QString describe(const Expectation &e)
{
    QString s = e.metric;
    if (!e.target.isEmpty())
        s += u' ' + e.target;
    if (e.at)
        s += u" at "_s + num(*e.at);
    else if (e.from || e.to)
        s += u" from "_s + num(e.from.value_or(0)) + u" to "_s + (e.to ? num(*e.to) : u"end"_s);
    if (e.min)
        s += u" >= "_s + num(*e.min, 6);
    if (e.max)
        s += u" <= "_s + num(*e.max, 6);
    return s;
}

Summary Simulation::summary() const
{
    Summary s;
    s.duration = d->t;
    s.seed = d->seed;
    s.requests = rounded(d->requests, 3);
    s.errors = rounded(d->errors, 3);
    s.errorRate = d->requests > 0 ? rounded(d->errors / d->requests, 6) : 0;
    s.p50 = d->histogram.quantile(0.5);
    s.p95 = d->histogram.quantile(0.95);
    s.p99 = d->histogram.quantile(0.99);
    for (const Expectation &e : d->drill.expect) {
        s.expectations.push_back(evaluate(e, d->metrics, d->t));
        s.passed = s.passed && s.expectations.back().passed;
    }
    // Networks from outside the design (template parameters, imports): the checker takes
    // their routes and groups to let the traffic through, and so does the run.
    QStringList outside;
    for (const Resource *r : d->doc->resources())
        if (r->isExternal())
            outside.append(r->id);
    if (!outside.isEmpty())
        s.assumptions.append(SimMsg::tr("defined outside the design, taken to work (routes to the internet, security "
                                        "groups letting the traffic through): %1").arg(outside.join(u", "_s)));
    return s;
}

QByteArray summaryText(const Summary &s, const std::vector<TimelineEvent> &timeline, const QString &designFile)
{
    QString out;
    out += SimMsg::tr("%1: simulated %2 s (seed %3)").arg(designFile, num(s.duration)).arg(s.seed) + u'\n';
    out += SimMsg::tr("requests %1, errors %2 (error rate %3%)").arg(num(s.requests, 0), num(s.errors, 0), num(s.errorRate * 100, 3)) + u'\n';
    out += SimMsg::tr("latency p50 %1 ms, p95 %2 ms, p99 %3 ms").arg(num(s.p50 * 1000, 1), num(s.p95 * 1000, 1), num(s.p99 * 1000, 1)) + u'\n';
    if (!s.expectations.empty()) {
        out += SimMsg::tr("Expectations:") + u'\n';
        for (const ExpectationResult &r : s.expectations)
            out += u"  "_s + (r.passed ? u"PASS "_s : u"FAIL "_s) + describe(r.expectation) + u": "_s
                 + SimMsg::tr("actual %1").arg(num(r.actual, 6)) + u'\n';
    }
    if (!s.assumptions.isEmpty()) {
        out += SimMsg::tr("Assumptions:") + u'\n';
        for (const QString &a : s.assumptions)
            out += u"  "_s + a + u'\n';
    }
    if (!timeline.empty()) {
        out += SimMsg::tr("Timeline:") + u'\n';
        for (const TimelineEvent &e : timeline)
            out += u"  "_s + num(e.t).rightJustified(9) + u"  "_s + e.event + u' ' + e.component
                 + (e.detail.isEmpty() ? QString() : u": "_s + e.detail) + u'\n';
    }
    out += (s.passed ? SimMsg::tr("%1: every expectation held") : SimMsg::tr("%1: an expectation failed")).arg(designFile) + u'\n';
    return out.toUtf8();
}

QByteArray summaryJson(const Summary &s, const std::vector<TimelineEvent> &timeline, const QString &designFile)
{
    QJsonObject o;
    o.insert(u"design"_s, designFile);
    o.insert(u"duration"_s, s.duration);
    o.insert(u"seed"_s, double(s.seed));
    o.insert(u"requests"_s, s.requests);
    o.insert(u"errors"_s, s.errors);
    o.insert(u"error_rate"_s, s.errorRate);
    QJsonObject latency;
    latency.insert(u"p50_ms"_s, rounded(s.p50 * 1000, 3));
    latency.insert(u"p95_ms"_s, rounded(s.p95 * 1000, 3));
    latency.insert(u"p99_ms"_s, rounded(s.p99 * 1000, 3));
    o.insert(u"latency"_s, latency);
    QJsonArray expectations;
    for (const ExpectationResult &r : s.expectations) {
        QJsonObject x;
        x.insert(u"metric"_s, r.expectation.metric);
        if (!r.expectation.target.isEmpty())
            x.insert(u"target"_s, r.expectation.target);
        const auto opt = [&](const char16_t *key, const std::optional<double> &v) {
            if (v)
                x.insert(QString::fromUtf16(key), *v);
        };
        opt(u"at", r.expectation.at);
        opt(u"from", r.expectation.from);
        opt(u"to", r.expectation.to);
        opt(u"min", r.expectation.min);
        opt(u"max", r.expectation.max);
        x.insert(u"actual"_s, std::isfinite(r.actual) ? QJsonValue(r.actual) : QJsonValue());
        x.insert(u"passed"_s, r.passed);
        expectations.append(x);
    }
    o.insert(u"expectations"_s, expectations);
    o.insert(u"passed"_s, s.passed);
    if (!s.assumptions.isEmpty())
        o.insert(u"assumptions"_s, QJsonArray::fromStringList(s.assumptions));
    QJsonArray events;
    for (const TimelineEvent &e : timeline) {
        QJsonObject x;
        x.insert(u"t"_s, e.t);
        x.insert(u"event"_s, e.event);
        x.insert(u"component"_s, e.component);
        x.insert(u"detail"_s, e.detail);
        events.append(x);
    }
    o.insert(u"timeline"_s, events);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QByteArray seriesCsv(const MetricStore &metrics)
{
    QByteArray out = "t,resource,metric,value\n";
    int end = 0;
    for (const Series &s : metrics.all())
        end = std::max(end, s.start + int(s.values.size()));
    for (int t = 0; t < end; ++t)
        for (const Series &s : metrics.all()) {
            const double v = s.at(t);
            if (std::isnan(v))
                continue;
            out += QByteArray::number(t) + ',' + s.resource.toUtf8() + ',' + s.metric.toUtf8() + ','
                 + num(v, 4).toUtf8() + '\n';
        }
    return out;
}

} // namespace skydraft::sim
