// Drill files: JSON read with QJsonDocument; every error is one located line.

#include "drill.h"
#include "simstate.h"

#include "model/document.h"
#include "model/jsonlocate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace skydraft::sim {

double Traffic::rateAt(double t, double duration) const
{
    constexpr double pi = 3.14159265358979323846;
    if (shape == u"ramp"_s) {
        const double stop = end >= 0 ? end : duration;
        if (t <= start || stop <= start)
            return t <= start ? rps : peak;
        return t >= stop ? peak : rps + (peak - rps) * (t - start) / (stop - start);
    }
    if (shape == u"spike"_s)
        return t >= start && t < start + length ? peak : rps;
    if (shape == u"diurnal"_s)
        return std::max(0.0, rps * (1 - amplitude * std::cos(2 * pi * t / std::max(1.0, period))));
    return rps;
}

QStringList globalMetricNames()
{
    return {u"requests"_s, u"errors"_s, u"error_rate"_s, u"latency_p50_ms"_s, u"latency_p99_ms"_s, u"sessions_lost"_s};
}

QStringList resourceMetricNames()
{
    return {u"requests"_s, u"errors"_s, u"healthy_targets"_s, u"desired"_s, u"in_service"_s, u"capacity"_s,
            u"cpu"_s, u"latency_ms"_s, u"available"_s, u"connections"_s, u"write_errors"_s, u"replica_lag"_s,
            u"hit_ratio"_s, u"sessions_lost"_s};
}

namespace {

class Reader
{
public:
    Reader(const QByteArray &text, const QString &file) : m_text(text), m_file(file) {}

    void error(const QString &pointer, const QString &message)
    {
        Diagnostic d;
        d.file = m_file;
        d.message = message;
        d.pointer = pointer.isEmpty() ? u"/"_s : pointer;
        const auto offset = locateJsonPointer(m_text, pointer);
        const TextPosition pos = positionOfOffset(m_text, offset.value_or(0));
        d.line = pos.line;
        d.col = pos.column;
        errors.append(d);
    }
    std::pair<int, int> where(const QString &pointer) const
    {
        const TextPosition pos = positionOfOffset(m_text, locateJsonPointer(m_text, pointer).value_or(0));
        return {pos.line, pos.column};
    }

    /// A number at `key` of `o` (at `pointer`), within [min, max].
    std::optional<double> number(const QJsonObject &o, const QString &pointer, const QString &key, double min, double max)
    {
        if (!o.contains(key))
            return std::nullopt;
        const QJsonValue v = o.value(key);
        const QString at = pointer + u'/' + key;
        if (!v.isDouble()) {
            error(at, DrillMsg::tr("\"%1\" must be a number").arg(key));
            return std::nullopt;
        }
        const double x = v.toDouble();
        if (!std::isfinite(x) || x < min || x > max) {
            error(at, DrillMsg::tr("\"%1\" must be between %2 and %3, not %4").arg(key).arg(min).arg(max).arg(x));
            return std::nullopt;
        }
        return x;
    }
    QString string(const QJsonObject &o, const QString &pointer, const QString &key)
    {
        if (!o.contains(key))
            return {};
        if (!o.value(key).isString()) {
            error(pointer + u'/' + key, DrillMsg::tr("\"%1\" must be a string").arg(key));
            return {};
        }
        return o.value(key).toString();
    }
    void onlyKeys(const QJsonObject &o, const QString &pointer, const QStringList &keys)
    {
        const QStringList present = o.keys(); // sorted: deterministic order of messages
        for (const QString &k : present)
            if (!keys.contains(k))
                error(pointer + u'/' + escapePointerToken(k),
                      DrillMsg::tr("unknown key \"%1\"; expected one of: %2").arg(k, keys.join(u", "_s)));
    }

    QList<Diagnostic> errors;

    struct DrillMsg {
        Q_DECLARE_TR_FUNCTIONS(skydraft::sim::Drill)
    };

private:
    const QByteArray &m_text;
    QString m_file;
};

using DrillMsg = Reader::DrillMsg;

const QStringList kActions = {u"fail"_s, u"recover"_s, u"fail-az"_s, u"recover-az"_s, u"reboot"_s, u"promote"_s,
                              u"repoint"_s, u"set-rps"_s, u"set-desired"_s, u"deploy"_s, u"rollback"_s};

/// A traffic shape's keys (the drill's "traffic", or a set-rps event's), with base rate `rps`.
Traffic readTraffic(Reader &in, const QJsonObject &t, const QString &p, double rps)
{
    Traffic tr;
    tr.rps = rps;
    if (t.contains(u"shape"_s)) {
        tr.shape = in.string(t, p, u"shape"_s);
        if (!QStringList{u"constant"_s, u"ramp"_s, u"spike"_s, u"diurnal"_s}.contains(tr.shape))
            in.error(p + u"/shape"_s, DrillMsg::tr("unknown traffic shape \"%1\"; expected constant, ramp, spike or diurnal").arg(tr.shape));
    }
    tr.peak = in.number(t, p, u"peak"_s, 0, 1e7).value_or(tr.rps * 2);
    tr.start = in.number(t, p, u"start"_s, 0, 1e9).value_or(tr.start);
    tr.end = in.number(t, p, u"end"_s, 0, 1e9).value_or(tr.end);
    tr.length = in.number(t, p, u"length"_s, 1, 1e9).value_or(tr.length);
    tr.amplitude = in.number(t, p, u"amplitude"_s, 0, 1).value_or(tr.amplitude);
    tr.period = in.number(t, p, u"period"_s, 60, 1e9).value_or(tr.period);
    return tr;
}

} // namespace

DrillParse parseDrill(const QByteArray &text, const QString &fileName)
{
    DrillParse result;
    Reader in(text, fileName);
    // QJsonDocument takes a raw NUL inside a string; JSON (and the native loader) do not.
    if (const auto bad = findControlCharacter(text)) {
        Diagnostic d;
        d.file = fileName;
        const TextPosition pos = positionOfOffset(text, *bad);
        d.line = pos.line;
        d.col = pos.column;
        d.message = DrillMsg::tr("not valid JSON: raw control character U+%1 (write it escaped, as \\u%1)")
                        .arg(int(static_cast<unsigned char>(text[*bad])), 4, 16, QLatin1Char('0'));
        result.errors.append(d);
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
        Diagnostic d;
        d.file = fileName;
        const TextPosition pos = positionOfOffset(text, parseError.error != QJsonParseError::NoError ? parseError.offset : 0);
        d.line = pos.line;
        d.col = pos.column;
        d.message = parseError.error != QJsonParseError::NoError
            ? DrillMsg::tr("not valid JSON: %1").arg(parseError.errorString())
            : DrillMsg::tr("a drill is a JSON object");
        result.errors.append(d);
        return result;
    }
    const QJsonObject root = json.object();
    in.onlyKeys(root, {}, {u"name"_s, u"description"_s, u"duration"_s, u"seed"_s, u"traffic"_s, u"settings"_s,
                           u"events"_s, u"expect"_s});
    Drill drill;
    drill.file = fileName;
    drill.name = root.value(u"name"_s).toString();
    drill.description = root.value(u"description"_s).toString();
    drill.duration = in.number(root, {}, u"duration"_s, 1, 30 * 86400).value_or(drill.duration);
    drill.seed = quint64(in.number(root, {}, u"seed"_s, 0, 9007199254740991.0).value_or(1));

    if (root.contains(u"traffic"_s)) {
        const QJsonObject t = root.value(u"traffic"_s).toObject();
        const QString p = u"/traffic"_s;
        in.onlyKeys(t, p, {u"rps"_s, u"shape"_s, u"peak"_s, u"start"_s, u"end"_s, u"length"_s, u"amplitude"_s, u"period"_s});
        drill.traffic = readTraffic(in, t, p, in.number(t, p, u"rps"_s, 0, 1e7).value_or(drill.traffic.rps));
    }
    if (root.contains(u"settings"_s)) {
        const QJsonObject s = root.value(u"settings"_s).toObject();
        const QString p = u"/settings"_s;
        Settings &st = drill.settings;
        struct Knob {
            const char16_t *key;
            double *value;
            double min, max;
        };
        const Knob knobs[] = {
            {u"cacheHitRatio", &st.cacheHitRatio, 0, 1},
            {u"readsPerRequest", &st.readsPerRequest, 0, 1000},
            {u"writeShare", &st.writeShare, 0, 1},
            {u"connectionsPerInstance", &st.connectionsPerInstance, 0, 100000},
            {u"rdsFailoverSeconds", &st.rdsFailoverSeconds, 60, 120},
            {u"auroraFailoverSeconds", &st.auroraFailoverSeconds, 1, 120},
            {u"auroraRecreateSeconds", &st.auroraRecreateSeconds, 60, 3600},
            {u"redisFailoverSeconds", &st.redisFailoverSeconds, 1, 120},
            {u"promoteSeconds", &st.promoteSeconds, 1, 3600},
            {u"cacheWarmSeconds", &st.cacheWarmSeconds, 1, 86400},
            {u"cacheReplaceSeconds", &st.cacheReplaceSeconds, 1, 3600},
            {u"deploySeconds", &st.deploySeconds, 0, 3600},
            {u"canaryBakeSeconds", &st.canaryBakeSeconds, 0, 86400},
            {u"clientTimeout", &st.clientTimeout, 0.1, 3600},
            {u"sessionSeconds", &st.sessionSeconds, 1, 86400 * 30},
            {u"requestsPerSession", &st.requestsPerSession, 1, 1e6},
        };
        QStringList keys;
        for (const Knob &k : knobs) {
            const QString key = QString::fromUtf16(k.key);
            keys.append(key);
            *k.value = in.number(s, p, key, k.min, k.max).value_or(*k.value);
        }
        in.onlyKeys(s, p, keys);
    }
    const QJsonArray events = root.value(u"events"_s).toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QString p = u"/events/"_s + QString::number(i);
        if (!events[i].isObject()) {
            in.error(p, DrillMsg::tr("an event is an object {\"at\", \"do\", \"target\"}"));
            continue;
        }
        const QJsonObject o = events[i].toObject();
        in.onlyKeys(o, p, {u"at"_s, u"do"_s, u"target"_s, u"value"_s, u"strategy"_s, u"batchSize"_s, u"weight"_s, u"mode"_s, u"healthy"_s,
                           u"errorRate"_s, u"shape"_s, u"peak"_s, u"start"_s, u"end"_s, u"length"_s, u"amplitude"_s, u"period"_s});
        DrillEvent e;
        std::tie(e.line, e.col) = in.where(p);
        e.at = in.number(o, p, u"at"_s, 0, 1e9).value_or(0);
        if (!o.contains(u"at"_s))
            in.error(p, DrillMsg::tr("an event needs \"at\" (seconds)"));
        e.action = in.string(o, p, u"do"_s);
        if (!kActions.contains(e.action))
            in.error(o.contains(u"do"_s) ? p + u"/do"_s : p,
                     DrillMsg::tr("unknown action \"%1\"; expected one of: %2").arg(e.action, kActions.join(u", "_s)));
        e.target = in.string(o, p, u"target"_s);
        if (e.target.isEmpty() && e.action != u"set-rps"_s && kActions.contains(e.action))
            in.error(p, DrillMsg::tr("\"%1\" needs a \"target\"").arg(e.action));
        e.value = in.number(o, p, u"value"_s, 0, 1e7).value_or(0);
        if ((e.action == u"set-rps"_s || e.action == u"set-desired"_s) && !o.contains(u"value"_s))
            in.error(p, DrillMsg::tr("\"%1\" needs a \"value\"").arg(e.action));
        e.strategy = in.string(o, p, u"strategy"_s);
        if (!e.strategy.isEmpty() && !QStringList{u"rolling"_s, u"blue-green"_s, u"canary"_s}.contains(e.strategy))
            in.error(p + u"/strategy"_s, DrillMsg::tr("unknown strategy \"%1\"; expected rolling, blue-green or canary").arg(e.strategy));
        e.batchSize = int(in.number(o, p, u"batchSize"_s, 1, 10000).value_or(1));
        e.weight = in.number(o, p, u"weight"_s, 0.01, 0.99).value_or(0.1);
        e.mode = in.string(o, p, u"mode"_s);
        if (!e.mode.isEmpty() && e.mode != u"crash"_s && e.mode != u"hang"_s)
            in.error(p + u"/mode"_s, DrillMsg::tr("unknown mode \"%1\"; expected crash or hang").arg(e.mode));
        if (o.contains(u"healthy"_s)) {
            if (!o.value(u"healthy"_s).isBool())
                in.error(p + u"/healthy"_s, DrillMsg::tr("\"healthy\" must be true or false"));
            e.healthy = o.value(u"healthy"_s).toBool(true);
        }
        e.errorRate = in.number(o, p, u"errorRate"_s, 0, 1).value_or(0);
        if (o.contains(u"errorRate"_s) && e.action != u"deploy"_s)
            in.error(p + u"/errorRate"_s, DrillMsg::tr("only \"deploy\" takes an \"errorRate\""));
        if (o.contains(u"shape"_s)) {
            if (e.action != u"set-rps"_s)
                in.error(p + u"/shape"_s, DrillMsg::tr("only \"set-rps\" takes a traffic \"shape\""));
            e.traffic = readTraffic(in, o, p, e.value);
        }
        drill.events.push_back(e);
    }
    if (root.contains(u"events"_s) && !root.value(u"events"_s).isArray())
        in.error(u"/events"_s, DrillMsg::tr("\"events\" must be a list"));
    std::stable_sort(drill.events.begin(), drill.events.end(), [](const DrillEvent &a, const DrillEvent &b) { return a.at < b.at; });

    const QJsonArray expect = root.value(u"expect"_s).toArray();
    const QStringList metricNames = globalMetricNames() + resourceMetricNames();
    for (qsizetype i = 0; i < expect.size(); ++i) {
        const QString p = u"/expect/"_s + QString::number(i);
        const QJsonObject o = expect[i].toObject();
        in.onlyKeys(o, p, {u"metric"_s, u"target"_s, u"at"_s, u"from"_s, u"to"_s, u"min"_s, u"max"_s});
        Expectation x;
        std::tie(x.line, x.col) = in.where(p);
        x.metric = in.string(o, p, u"metric"_s);
        if (!metricNames.contains(x.metric))
            in.error(o.contains(u"metric"_s) ? p + u"/metric"_s : p,
                     DrillMsg::tr("unknown metric \"%1\"; expected one of: %2").arg(x.metric, metricNames.join(u", "_s)));
        x.target = in.string(o, p, u"target"_s);
        x.at = in.number(o, p, u"at"_s, 0, 1e9);
        x.from = in.number(o, p, u"from"_s, 0, 1e9);
        x.to = in.number(o, p, u"to"_s, 0, 1e9);
        x.min = in.number(o, p, u"min"_s, -1e12, 1e12);
        x.max = in.number(o, p, u"max"_s, -1e12, 1e12);
        if (!x.min && !x.max)
            in.error(p, DrillMsg::tr("an expectation needs \"min\" or \"max\""));
        if (x.target.isEmpty() && !globalMetricNames().contains(x.metric) && metricNames.contains(x.metric))
            in.error(p, DrillMsg::tr("metric \"%1\" needs a \"target\"").arg(x.metric));
        drill.expect.push_back(x);
    }
    if (root.contains(u"expect"_s) && !root.value(u"expect"_s).isArray())
        in.error(u"/expect"_s, DrillMsg::tr("\"expect\" must be a list"));

    result.errors = in.errors;
    // In the order of the file, as a reader goes through it (keys are visited sorted).
    std::stable_sort(result.errors.begin(), result.errors.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::pair(a.line, a.col) < std::pair(b.line, b.col);
    });
    if (result.errors.isEmpty())
        result.drill = std::move(drill);
    return result;
}

namespace {

QJsonObject trafficJson(const Traffic &t, const char16_t *rateKey)
{
    QJsonObject o;
    o.insert(QString::fromUtf16(rateKey), t.rps);
    if (t.shape == u"constant"_s)
        return o;
    o.insert(u"shape"_s, t.shape);
    if (t.shape == u"ramp"_s || t.shape == u"spike"_s) {
        o.insert(u"peak"_s, t.peak);
        o.insert(u"start"_s, t.start);
    }
    if (t.shape == u"ramp"_s && t.end >= 0)
        o.insert(u"end"_s, t.end);
    if (t.shape == u"spike"_s)
        o.insert(u"length"_s, t.length);
    if (t.shape == u"diurnal"_s) {
        o.insert(u"amplitude"_s, t.amplitude);
        o.insert(u"period"_s, t.period);
    }
    return o;
}

} // namespace

QByteArray writeDrill(const Drill &drill)
{
    QJsonObject root;
    if (!drill.name.isEmpty())
        root.insert(u"name"_s, drill.name);
    if (!drill.description.isEmpty())
        root.insert(u"description"_s, drill.description);
    root.insert(u"duration"_s, drill.duration);
    root.insert(u"seed"_s, double(drill.seed));
    root.insert(u"traffic"_s, trafficJson(drill.traffic, u"rps"));

    const Settings defaults;
    const Settings &st = drill.settings;
    const std::pair<const char16_t *, std::pair<double, double>> knobs[] = {
        {u"cacheHitRatio", {st.cacheHitRatio, defaults.cacheHitRatio}},
        {u"readsPerRequest", {st.readsPerRequest, defaults.readsPerRequest}},
        {u"writeShare", {st.writeShare, defaults.writeShare}},
        {u"connectionsPerInstance", {st.connectionsPerInstance, defaults.connectionsPerInstance}},
        {u"rdsFailoverSeconds", {st.rdsFailoverSeconds, defaults.rdsFailoverSeconds}},
        {u"auroraFailoverSeconds", {st.auroraFailoverSeconds, defaults.auroraFailoverSeconds}},
        {u"auroraRecreateSeconds", {st.auroraRecreateSeconds, defaults.auroraRecreateSeconds}},
        {u"redisFailoverSeconds", {st.redisFailoverSeconds, defaults.redisFailoverSeconds}},
        {u"promoteSeconds", {st.promoteSeconds, defaults.promoteSeconds}},
        {u"cacheWarmSeconds", {st.cacheWarmSeconds, defaults.cacheWarmSeconds}},
        {u"cacheReplaceSeconds", {st.cacheReplaceSeconds, defaults.cacheReplaceSeconds}},
        {u"deploySeconds", {st.deploySeconds, defaults.deploySeconds}},
        {u"canaryBakeSeconds", {st.canaryBakeSeconds, defaults.canaryBakeSeconds}},
        {u"clientTimeout", {st.clientTimeout, defaults.clientTimeout}},
        {u"sessionSeconds", {st.sessionSeconds, defaults.sessionSeconds}},
        {u"requestsPerSession", {st.requestsPerSession, defaults.requestsPerSession}},
    };
    QJsonObject settings;
    for (const auto &[key, values] : knobs)
        if (values.first != values.second)
            settings.insert(QString::fromUtf16(key), values.first);
    if (!settings.isEmpty())
        root.insert(u"settings"_s, settings);

    QJsonArray events;
    for (const DrillEvent &e : drill.events) {
        QJsonObject o = e.traffic ? trafficJson(*e.traffic, u"value") : QJsonObject();
        o.insert(u"at"_s, e.at);
        o.insert(u"do"_s, e.action);
        if (!e.target.isEmpty())
            o.insert(u"target"_s, e.target);
        if (e.action == u"set-rps"_s || e.action == u"set-desired"_s)
            o.insert(u"value"_s, e.value);
        if (e.action == u"deploy"_s) {
            o.insert(u"strategy"_s, e.strategy.isEmpty() ? u"rolling"_s : e.strategy);
            if (e.strategy.isEmpty() || e.strategy == u"rolling"_s)
                o.insert(u"batchSize"_s, e.batchSize);
            if (e.strategy == u"canary"_s)
                o.insert(u"weight"_s, e.weight);
            o.insert(u"healthy"_s, e.healthy);
            if (e.errorRate > 0)
                o.insert(u"errorRate"_s, e.errorRate);
        }
        if (!e.mode.isEmpty())
            o.insert(u"mode"_s, e.mode);
        events.append(o);
    }
    if (!events.isEmpty())
        root.insert(u"events"_s, events);

    QJsonArray expect;
    for (const Expectation &x : drill.expect) {
        QJsonObject o;
        o.insert(u"metric"_s, x.metric);
        if (!x.target.isEmpty())
            o.insert(u"target"_s, x.target);
        const std::pair<const char16_t *, std::optional<double>> bounds[] = {
            {u"at", x.at}, {u"from", x.from}, {u"to", x.to}, {u"min", x.min}, {u"max", x.max}};
        for (const auto &[key, value] : bounds)
            if (value)
                o.insert(QString::fromUtf16(key), *value);
        expect.append(o);
    }
    if (!expect.isEmpty())
        root.insert(u"expect"_s, expect);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QList<Diagnostic> checkDrill(const Drill &drill, const Document &doc)
{
    QList<Diagnostic> out;
    auto error = [&](int line, int col, const QString &message) {
        Diagnostic d;
        d.file = drill.file;
        d.line = line;
        d.col = col;
        d.message = message;
        out.append(d);
    };
    QStringList zones;
    for (const Resource *r : doc.resourcesOfType(ResourceType::AvailabilityZone))
        zones.append(r->string(u"zone"_s));
    QStringList groups;
    for (const Resource *r : doc.resourcesOfType(ResourceType::AutoScalingGroup))
        groups.append(r->id);
    // A generated instance id: "<group>-<serial>".
    auto knownTarget = [&](const QString &id) {
        if (id.isEmpty() || doc.contains(id) || zones.contains(id))
            return true;
        const qsizetype dash = id.lastIndexOf(u'-');
        bool number = false;
        id.mid(dash + 1).toInt(&number);
        return dash > 0 && number && groups.contains(id.left(dash));
    };
    for (const DrillEvent &e : drill.events)
        if (!knownTarget(e.target))
            error(e.line, e.col, DrillMsg::tr("unknown target \"%1\": not an id of the design, a zone, or a group's instance (Group-N)").arg(e.target));
    for (const Expectation &x : drill.expect)
        if (!knownTarget(x.target))
            error(x.line, x.col, DrillMsg::tr("unknown target \"%1\"").arg(x.target));
    // In the order of the file (the events were put in time order).
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::pair(a.line, a.col) < std::pair(b.line, b.col);
    });
    return out;
}

} // namespace skydraft::sim
