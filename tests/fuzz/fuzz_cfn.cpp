// The CloudFormation importer (YAML and JSON: one parser), then the checker on what it made.
// Seeds: tests/fixtures/cloudformation (JSON and YAML) and tests/data/hostile.
#include "model/checker/checker.h"
#include "model/import/cloudformation.h"

#include <cstddef>
#include <cstdint>

using namespace skydraft;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const LoadResult loaded = CloudFormation::import(text, QStringLiteral("fuzz.yaml"), {});
    if (loaded.ok())
        Checker::check(*loaded.document);
    return 0;
}
