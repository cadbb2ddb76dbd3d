#include "designloader.h"

#include "cloudformation.h"

namespace skydraft {

bool DesignLoader::looksLikeCloudFormation(const QByteArray &text)
{
    const QByteArray head = text.left(65536);
    return head.contains("AWSTemplateFormatVersion") || head.contains("\"Resources\"")
        || head.startsWith("Resources:") || head.contains("\nResources:");
}

LoadResult DesignLoader::load(const QString &path, const LoadOptions &options)
{
    LoadResult loaded = NativeFile::load(path);
    if (loaded.ok() || loaded.text.isEmpty() || NativeFile::looksNative(loaded.text)
        || !looksLikeCloudFormation(loaded.text))
        return loaded;
    // The kind is told from the content, not the extension.
    return CloudFormation::import(loaded.text, path, options);
}

} // namespace skydraft
