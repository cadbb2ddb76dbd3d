#include "designloader.h"

#include <QCoreApplication>

namespace skydraft {

namespace {
struct LoaderMsg {
    Q_DECLARE_TR_FUNCTIONS(skydraft::DesignLoader)
};
} // namespace

bool DesignLoader::looksLikeCloudFormation(const QByteArray &text)
{
    const QByteArray head = text.left(65536);
    return head.contains("AWSTemplateFormatVersion") || head.contains("\"Resources\"")
        || head.startsWith("Resources:") || head.contains("\nResources:");
}

LoadResult DesignLoader::load(const QString &path, const LoadOptions &options)
{
    Q_UNUSED(options);
    LoadResult loaded = NativeFile::load(path);
    if (loaded.ok() || loaded.text.isEmpty() || NativeFile::looksNative(loaded.text)
        || !looksLikeCloudFormation(loaded.text))
        return loaded;
    // A template: the exchange importer takes these over.
    Diagnostic d;
    d.severity = Severity::Error;
    d.file = path;
    d.line = 1;
    d.col = 1;
    d.message = LoaderMsg::tr("this is a CloudFormation template; this build of SkyDraft reads SkyDraft designs only");
    loaded.errors = {d};
    loaded.document.reset();
    return loaded;
}

} // namespace skydraft
