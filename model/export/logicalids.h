#pragma once

#include "model/document.h"

#include <QHash>
#include <QSet>

namespace skydraft::exchange {

/// Letters and digits only, as CloudFormation logical ids (and Terraform names) must be.
QString alphanumeric(const QString &text);

/// Names for the resources of an export: each design id with only letters and digits kept
/// (prefixed with the type's id prefix when that leaves nothing or a leading digit), made
/// unique; and fresh names for the resources the design does not name.
class LogicalIds
{
public:
    explicit LogicalIds(const Document &doc);
    QString id(const QString &designId) const { return m_ids.value(designId); }
    /// A fresh name made of `base`'s letters and digits ("WebLbListener80", then "...2").
    QString derived(const QString &base);

private:
    QHash<QString, QString> m_ids;
    QSet<QString> m_used;
};

} // namespace skydraft::exchange
