// Drill files: the parser, then the check against the three-tier sample and a short run.
#include "model/nativefile.h"
#include "model/sim/drill.h"
#include "model/sim/simulation.h"

#include <QFile>

#include <cstddef>
#include <algorithm>
#include <cstdint>
#include <memory>

using namespace skydraft;

namespace {
const Document *sample()
{
    static const std::unique_ptr<Document> doc = [] {
        QFile f(QStringLiteral(":/samples/three-tier.skydraft"));
        f.open(QIODevice::ReadOnly);
        LoadResult r = NativeFile::parse(f.readAll(), QStringLiteral("three-tier.skydraft"));
        return std::move(r.document);
    }();
    return doc.get();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const sim::DrillParse parsed = sim::parseDrill(text, QStringLiteral("fuzz.json"));
    const Document *doc = sample();
    if (!parsed.drill || !doc || !sim::checkDrill(*parsed.drill, *doc).isEmpty())
        return 0;
    sim::Drill drill = *parsed.drill;
    drill.duration = std::min(drill.duration, 120.0); // a short run: the parser is what is fuzzed
    sim::Simulation simulation(*doc, drill, drill.seed);
    simulation.runToEnd();
    return 0;
}
