#pragma once

#include "model/nativefile.h"

#include <QHash>
#include <QString>

namespace skydraft {

/// How a design file is to be read.
struct LoadOptions {
    /// Template parameter values (`--param Name=Value`), used when the file is a
    /// CloudFormation template.
    QHash<QString, QString> parameters;
    /// The region that AWS::Region and Fn::GetAZs resolve to.
    QString region = QStringLiteral("us-east-1");
};

/// The one entry point for "open whatever the user gave": a SkyDraft design, or a
/// CloudFormation template in JSON or YAML (told apart by content, not extension; see
/// CloudFormation::import). The CLI and the GUI both go through here, so they accept the
/// same files.
namespace DesignLoader {
LoadResult load(const QString &path, const LoadOptions &options = {});
/// True when the text looks like a CloudFormation template rather than a SkyDraft design.
bool looksLikeCloudFormation(const QByteArray &text);
}

} // namespace skydraft
