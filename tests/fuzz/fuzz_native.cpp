// The native loader (.skydraft, JSON), then what the command line does with a loaded design:
// validate, check, locate each finding.
#include "model/checker/checker.h"
#include "model/nativefile.h"
#include "model/validator.h"

#include <cstddef>
#include <cstdint>

using namespace skydraft;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const LoadResult loaded = NativeFile::parse(text, QStringLiteral("fuzz.skydraft"));
    if (!loaded.ok())
        return 0;
    for (Diagnostic d : Validator::validate(*loaded.document))
        loaded.locate(d);
    for (const Finding &f : Checker::check(*loaded.document)) {
        Diagnostic d;
        d.resourceId = f.component;
        d.property = f.property;
        d.row = f.row;
        d.column = f.column;
        loaded.locate(d);
    }
    return 0;
}
