// Simulator benchmarks (issue 6 targets, on the 2-core reference machine): one simulated hour
// of the three-tier sample at 1,000 requests/s <= 2 s; 24 simulated hours of a 200-instance
// design <= 60 s.

#include "designgenerator.h"
#include "model/nativefile.h"
#include "model/sim/simulation.h"

#include <QFile>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;
using namespace skydraft;

namespace {

std::unique_ptr<Document> threeTier()
{
    QFile f(u":/samples/three-tier.skydraft"_s);
    if (!f.open(QIODevice::ReadOnly))
        return nullptr;
    return std::move(NativeFile::parse(f.readAll(), u"three-tier.skydraft"_s).document);
}

sim::Drill drill(double duration, double rps, const QString &shape)
{
    sim::Drill d;
    d.duration = duration;
    d.traffic.rps = rps;
    d.traffic.shape = shape;
    return d;
}

void report(benchmark::State &state, const sim::Simulation &s)
{
    state.counters["simulated_s"] = s.now();
    state.counters["series"] = double(s.metrics().all().size());
    state.counters["events"] = double(s.timeline().size());
    state.counters["error_rate"] = s.summary().errorRate;
}

void BM_ThreeTierHourAt1000Rps(benchmark::State &state)
{
    const auto doc = threeTier();
    for (auto _ : state) {
        sim::Simulation s(*doc, drill(3600, 1000, u"constant"_s), 1);
        s.runToEnd();
        benchmark::DoNotOptimize(s.now());
        state.PauseTiming();
        report(state, s);
        state.ResumeTiming();
    }
}

/// The same hour on the sample sized for 1,000 requests/s (12 web servers, up to 30, and a
/// db.m5.large): the sample as shipped collapses at that rate (2 instances, a db.t3.micro), so
/// this is the cost of a run where every tier serves.
void BM_ThreeTierServedHourAt1000Rps(benchmark::State &state)
{
    const auto doc = threeTier();
    for (const Resource *r : doc->resourcesOfType(ResourceType::AutoScalingGroup)) {
        doc->setProperty(r->id, u"minSize"_s, 12);
        doc->setProperty(r->id, u"desiredCapacity"_s, 12);
        doc->setProperty(r->id, u"maxSize"_s, 30);
    }
    for (const Resource *r : doc->resourcesOfType(ResourceType::RdsInstance))
        doc->setProperty(r->id, u"instanceClass"_s, u"db.m5.large"_s);
    for (auto _ : state) {
        sim::Simulation s(*doc, drill(3600, 1000, u"constant"_s), 1);
        s.runToEnd();
        benchmark::DoNotOptimize(s.now());
        state.PauseTiming();
        report(state, s);
        state.ResumeTiming();
    }
}

/// Two VPCs of 100 instances each behind their load balancers, a diurnal day of traffic.
void BM_Fleet200InstancesDay(benchmark::State &state)
{
    bench::GeneratorOptions options;
    options.vpcs = 2;
    options.zonesPerVpc = 2;
    options.subnetsPerZone = 3;
    options.instancesPerSubnet = 50;
    options.layout = false;
    const auto doc = bench::generateDesign(options);
    int instances = int(doc->resourcesOfType(ResourceType::Ec2Instance).size());
    for (auto _ : state) {
        sim::Simulation s(*doc, drill(86400, 8000, u"diurnal"_s), 1);
        s.setRecordInstanceSeries(state.range(0) != 0);
        s.runToEnd();
        benchmark::DoNotOptimize(s.now());
        state.PauseTiming();
        report(state, s);
        state.ResumeTiming();
    }
    state.counters["design_instances"] = instances;
}

/// Resident memory of this process, in MB (Linux).
double residentMb()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toDouble() * 4096 / (1024.0 * 1024.0);
}

/// What a live view keeps of one hour of a 200-instance design: every series (instances'
/// included, for the charts) and a checkpoint a minute for seeking. Target <= 300 MB.
void BM_Fleet200InstancesHourRecorded(benchmark::State &state)
{
    bench::GeneratorOptions options;
    options.vpcs = 2;
    options.zonesPerVpc = 2;
    options.subnetsPerZone = 3;
    options.instancesPerSubnet = 50;
    options.layout = false;
    const auto doc = bench::generateDesign(options);
    for (auto _ : state) {
        const double before = residentMb();
        auto s = std::make_unique<sim::Simulation>(*doc, drill(3600, 8000, u"diurnal"_s), 1);
        s->setCheckpointInterval(60);
        s->runToEnd();
        state.PauseTiming();
        double values = 0;
        for (const sim::Series &series : s->metrics().all())
            values += double(series.values.size());
        state.counters["series_MB"] = values * sizeof(float) / (1024.0 * 1024.0);
        state.counters["rss_growth_MB"] = residentMb() - before;
        report(state, *s);
        s.reset();
        state.ResumeTiming();
    }
}

/// Seeking in a one-hour run of the three-tier sample, as the live view's slider does: to
/// seconds spread over the hour, backward and forward (target <= 200 ms each).
void BM_ThreeTierSeek(benchmark::State &state)
{
    const auto doc = threeTier();
    sim::Simulation s(*doc, drill(3600, 1000, u"constant"_s), 1);
    s.setCheckpointInterval(60);
    s.runToEnd();
    quint64 x = 12345;
    double worstTarget = 0;
    for (auto _ : state) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        const double t = double((x >> 33) % 3600);
        s.seek(t);
        benchmark::DoNotOptimize(s.now());
        worstTarget = std::max(worstTarget, t);
    }
    state.counters["last_target_s"] = worstTarget;
}

} // namespace

BENCHMARK(BM_Fleet200InstancesHourRecorded)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_ThreeTierSeek)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ThreeTierHourAt1000Rps)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ThreeTierServedHourAt1000Rps)->Unit(benchmark::kMillisecond)->Iterations(3);
// Argument: 0 = group-level series only (as `simulate` without --csv), 1 = every instance's too.
BENCHMARK(BM_Fleet200InstancesDay)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_MAIN();
