// Export benchmarks on generated designs: CloudFormation (JSON, YAML), Terraform and draw.io
// of 1,000 and 10,000 resources. No target in the issue; the figures go in the README.

#include "designgenerator.h"
#include "model/export/exporter.h"

#include <benchmark/benchmark.h>

using namespace skydraft;
using namespace skydraft::exchange;

namespace {

void BM_Export(benchmark::State &state, ExportFormat format)
{
    bench::GeneratorOptions options;
    options.targetResources = int(state.range(0));
    options.layout = format == ExportFormat::DrawIo; // a design that carries its layout
    const auto doc = bench::generateDesign(options);
    qsizetype bytes = 0;
    for (auto _ : state) {
        const ExportResult result = Exporter::run(*doc, format);
        bytes = result.data.size();
        benchmark::DoNotOptimize(bytes);
    }
    state.counters["resources"] = double(doc->count());
    state.counters["bytes"] = double(bytes);
}

} // namespace

BENCHMARK_CAPTURE(BM_Export, CloudFormationJson, ExportFormat::CloudFormationJson)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Export, CloudFormationYaml, ExportFormat::CloudFormationYaml)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Export, Terraform, ExportFormat::Terraform)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Export, DrawIo, ExportFormat::DrawIo)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
