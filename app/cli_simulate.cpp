#include "clicommon.h"

#include "model/filewrite.h"
#include "model/layout.h"
#include "model/sim/simreport.h"
#include "model/sim/simulation.h"
#include "views/simulation/drillreport.h"

#include <QFile>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace skydraft::cli {

namespace {

bool readNumber(const Options &o, const QString &key, double min, double max, double &value)
{
    if (!o.values.contains(key))
        return true;
    bool ok = false;
    const double x = o.values.value(key).toDouble(&ok);
    if (!ok || !std::isfinite(x) || x < min || x > max) { // NaN fails no comparison: ask for it by name
        fail(CliMsg::tr("--%1 must be a number from %2 to %3, not \"%4\"").arg(key, QString::number(min, 'f', 0), QString::number(max, 'f', 0), o.values.value(key)));
        return false;
    }
    value = x;
    return true;
}

} // namespace

int simulate(const QStringList &args)
{
    const QString usageText =
        u"usage: skydraft simulate FILE [--drill DRILL.json] [--duration S] [--seed N] [--rps R] [--csv OUT.csv] [--format text|json] [--report REPORT.html] [--entry ID]"_s;
    const Options o = parseOptions(args, {u"drill"_s, u"duration"_s, u"seed"_s, u"rps"_s, u"csv"_s, u"format"_s, u"report"_s, u"entry"_s});
    if (!o.error.isEmpty())
        return fail(o.error + u"; "_s + usageText);
    const QString format = o.values.value(u"format"_s, u"text"_s);
    if (format != u"text"_s && format != u"json"_s)
        return fail(CliMsg::tr("--format must be text or json, not \"%1\"").arg(format));
    const QString report = o.values.value(u"report"_s);
    if (o.values.contains(u"report"_s) && !DrillReport::formatFor(report))
        return fail(CliMsg::tr("--report must name a .html, .htm or .pdf file, not \"%1\"").arg(report));

    sim::Drill drill;
    if (o.values.contains(u"drill"_s)) {
        const QString path = o.values.value(u"drill"_s);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(CliMsg::tr("%1: cannot read the drill: %2").arg(path, f.errorString()));
        if (f.size() > NativeFile::maxFileSize)
            return fail(CliMsg::tr("%1: cannot read the drill: larger than %2 MiB").arg(path).arg(NativeFile::maxFileSize / (1024 * 1024)));
        const sim::DrillParse parsed = sim::parseDrill(f.readAll(), path);
        if (!parsed.drill) {
            for (const Diagnostic &d : parsed.errors)
                err() << d.format() << Qt::endl;
            return exitBadInput;
        }
        drill = *parsed.drill;
    }
    double duration = drill.duration, seed = double(drill.seed), rps = -1;
    if (!readNumber(o, u"duration"_s, 1, 30 * 86400, duration) || !readNumber(o, u"seed"_s, 0, 9007199254740991.0, seed)
        || !readNumber(o, u"rps"_s, 0, 1e7, rps))
        return exitBadInput;
    drill.duration = duration;
    if (!o.values.contains(u"drill"_s)) {
        // Without a drill, what any service promises: after the first minute, at most 1 % of
        // the requests fail. A design that drops its traffic does not pass.
        sim::Expectation healthy;
        healthy.metric = u"error_rate"_s;
        healthy.from = std::min(60.0, std::max(0.0, duration - 1));
        healthy.max = 0.01;
        drill.expect.push_back(healthy);
    }
    if (rps >= 0) {
        drill.traffic = {};
        drill.traffic.rps = rps; // --rps: constant traffic at this rate
    }

    LoadResult loaded;
    if (!loadDesign(o.file, loaded) || !usableDesign(o.file, loaded))
        return exitBadInput;
    const QList<Diagnostic> drillErrors = sim::checkDrill(drill, *loaded.document);
    if (!drillErrors.isEmpty()) {
        for (const Diagnostic &d : drillErrors)
            err() << d.format() << Qt::endl;
        return exitBadInput;
    }

    const QString entry = o.values.value(u"entry"_s);
    if (o.values.contains(u"entry"_s)) {
        const Resource *r = loaded.document->find(entry);
        if (!r)
            return fail(CliMsg::tr("%1: --entry: no resource %2").arg(o.file, entry));
        if (r->type != ResourceType::Route53Record && r->type != ResourceType::LoadBalancer && r->type != ResourceType::Ec2Instance)
            return fail(CliMsg::tr("%1: --entry: %2 cannot take traffic from the internet (a Route 53 record, an "
                                   "internet-facing load balancer or an instance with a public address can)")
                            .arg(o.file, entry));
        drill.entry = entry;
    }

    sim::Simulation simulation(*loaded.document, drill, quint64(seed));
    if (simulation.entryPoints().isEmpty())
        return fail(entry.isEmpty()
                        ? CliMsg::tr("%1: no entry point: traffic from the internet has nowhere to go (no Route 53 record "
                                     "that points somewhere, no internet-facing load balancer, no instance with a public "
                                     "address); --entry ID chooses one").arg(o.file)
                        : CliMsg::tr("%1: --entry: %2 cannot take traffic from the internet (an internal load balancer, "
                                     "a record that points nowhere, an instance without a public address)").arg(o.file, entry));
    // Per-instance series cost memory on long runs: only when the CSV or an expectation needs them.
    const bool instanceExpectation = std::any_of(drill.expect.begin(), drill.expect.end(), [&](const sim::Expectation &e) {
        const Resource *r = loaded.document->find(e.target);
        return !e.target.isEmpty() && (!r || r->type == ResourceType::Ec2Instance);
    });
    simulation.setRecordInstanceSeries(o.values.contains(u"csv"_s) || instanceExpectation);
    simulation.runToEnd();
    const sim::Summary summary = simulation.summary();

    if (o.values.contains(u"report"_s)) {
        // Drawn as the designer shows it: a design without a layout gets one (positions only;
        // the run is already over).
        Layout::applyMissing(*loaded.document);
        QString error;
        if (!DrillReport(*loaded.document, simulation, o.values.value(u"drill"_s)).write(report, &error))
            return fail(error);
    }

    if (o.values.contains(u"csv"_s)) {
        QString error;
        if (!writeFile(o.values.value(u"csv"_s), sim::seriesCsv(simulation.metrics()), &error))
            return fail(CliMsg::tr("cannot write %1").arg(error));
    }
    const QByteArray text = format == u"json"_s ? sim::summaryJson(summary, simulation.timeline(), o.file)
                                                : sim::summaryText(summary, simulation.timeline(), o.file);
    out() << QString::fromUtf8(text);
    out().flush();
    return summary.passed ? exitOk : exitFindings;
}

} // namespace skydraft::cli
