#pragma once

#include "resource.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace skydraft {

/// What a security group rule row of `group` is, as text: an imported template's stand-alone
/// SecurityGroupIngress/Egress is found again by it on export (FoldedIds in the native file's
/// `cloudformation`).
inline QString ruleSignature(const Resource &group, bool egress, const QVariantMap &row)
{
    QVariantMap significant;
    for (auto it = row.cbegin(); it != row.cend(); ++it)
        if (it.value().isValid() && !it.value().toString().isEmpty())
            significant.insert(it.key(), it.value());
    return QStringLiteral("rule:") + group.id + (egress ? QStringLiteral(":out:") : QStringLiteral(":in:"))
        + QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(significant)).toJson(QJsonDocument::Compact));
}

} // namespace skydraft
