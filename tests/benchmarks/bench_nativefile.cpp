// Load, save and validate of large generated designs (1,000 and 10,000 resources).
// Target: loading and saving a 10,000-resource design each take under 300 ms.
//
//   scripts/bench.sh --benchmark_filter=NativeFile

#include "designgenerator.h"
#include "model/nativefile.h"
#include "model/validator.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <map>

using namespace Qt::StringLiterals;
using namespace skydraft;

namespace {

/// One generated design per size, built once and shared by the benchmarks.
struct Fixture {
    std::unique_ptr<Document> document;
    QByteArray text;
};

const Fixture &fixture(int resources)
{
    static std::map<int, Fixture> cache;
    auto it = cache.find(resources);
    if (it == cache.end()) {
        bench::GeneratorOptions options;
        options.targetResources = resources;
        Fixture f;
        f.document = bench::generateDesign(options);
        f.text = NativeFile::serialize(*f.document);
        it = cache.emplace(resources, std::move(f)).first;
    }
    return it->second;
}

void report(benchmark::State &state, const Fixture &f)
{
    state.SetItemsProcessed(state.iterations() * f.document->count());
    state.SetBytesProcessed(state.iterations() * f.text.size());
    state.counters["resources"] = double(f.document->count());
    state.counters["file_kB"] = double(f.text.size()) / 1024.0;
}

void BM_NativeFileParse(benchmark::State &state)
{
    const Fixture &f = fixture(int(state.range(0)));
    for (auto _ : state) {
        LoadResult r = NativeFile::parse(f.text, u"bench.skydraft"_s);
        if (!r.ok()) {
            state.SkipWithError("the generated design does not load");
            break;
        }
        benchmark::DoNotOptimize(r.document.get());
    }
    report(state, f);
}

void BM_NativeFileLoad(benchmark::State &state)
{
    // From disk: read + parse.
    const Fixture &f = fixture(int(state.range(0)));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.skydraft"_s);
    if (!NativeFile::save(*f.document, path)) {
        state.SkipWithError("cannot write the design");
        return;
    }
    for (auto _ : state) {
        LoadResult r = NativeFile::load(path);
        if (!r.ok()) {
            state.SkipWithError("the saved design does not load");
            break;
        }
        benchmark::DoNotOptimize(r.document.get());
    }
    report(state, f);
}

void BM_NativeFileSerialize(benchmark::State &state)
{
    const Fixture &f = fixture(int(state.range(0)));
    for (auto _ : state) {
        QByteArray text = NativeFile::serialize(*f.document);
        benchmark::DoNotOptimize(text.data());
    }
    report(state, f);
}

void BM_NativeFileSave(benchmark::State &state)
{
    // Serialize and write atomically (QSaveFile: temporary file, then rename).
    const Fixture &f = fixture(int(state.range(0)));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.skydraft"_s);
    for (auto _ : state) {
        if (!NativeFile::save(*f.document, path)) {
            state.SkipWithError("save failed");
            break;
        }
    }
    report(state, f);
}

void BM_Validate(benchmark::State &state)
{
    const Fixture &f = fixture(int(state.range(0)));
    for (auto _ : state) {
        const QList<Diagnostic> diagnostics = Validator::validate(*f.document);
        if (!diagnostics.isEmpty()) {
            state.SkipWithError("the generated design is not valid");
            break;
        }
        benchmark::DoNotOptimize(diagnostics.size());
    }
    report(state, f);
}

void BM_ValidateWithFindings(benchmark::State &state)
{
    // Every instance refers to a security group that is not there: thousands of findings, which
    // must not make validation slower than a little (they are sorted into document order).
    bench::GeneratorOptions options;
    options.targetResources = int(state.range(0));
    auto doc = bench::generateDesign(options);
    for (const Resource *r : doc->resourcesOfType(ResourceType::Ec2Instance))
        doc->setProperty(r->id, u"securityGroups"_s, QStringList{u"Ghost"_s});
    qsizetype findings = 0;
    for (auto _ : state) {
        const QList<Diagnostic> diagnostics = Validator::validate(*doc);
        findings = diagnostics.size();
        benchmark::DoNotOptimize(findings);
    }
    state.SetItemsProcessed(state.iterations() * doc->count());
    state.counters["findings"] = double(findings);
}

void BM_Generate(benchmark::State &state)
{
    bench::GeneratorOptions options;
    options.targetResources = int(state.range(0));
    for (auto _ : state) {
        auto doc = bench::generateDesign(options);
        benchmark::DoNotOptimize(doc.get());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

} // namespace

BENCHMARK(BM_NativeFileParse)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NativeFileLoad)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NativeFileSerialize)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NativeFileSave)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Validate)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ValidateWithFindings)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Generate)->Arg(10000)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // translations and file engines expect one
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
