#include "passthrough.h"

#include "document.h"

namespace skydraft {

namespace {
// Held beside the document (a dynamic property) rather than in it: no view edits it, and
// only the importer, the native file and the CloudFormation export read or write it.
constexpr const char *kKey = "skydraftCloudFormationPassThrough";
} // namespace

QByteArray PassThrough::of(const Document &doc)
{
    return static_cast<const QObject &>(doc).property(kKey).toByteArray();
}

void PassThrough::set(Document &doc, const QByteArray &json)
{
    static_cast<QObject &>(doc).setProperty(kKey, json.isEmpty() ? QVariant() : QVariant(json));
}

} // namespace skydraft
