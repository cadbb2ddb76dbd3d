#pragma once

#include "model/document.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace skydraft::exchange {

/// Letters and digits only, as CloudFormation logical ids (and Terraform names) must be.
QString alphanumeric(const QString &text);

/// Names for the resources of an export: each design id with only letters and digits kept
/// (prefixed with the type's id prefix when that leaves nothing or a leading digit), made
/// unique; and fresh names for the resources the design does not name.
class LogicalIds
{
public:
    /// Resources for which `outside` is true (they exist outside the stack and are referred to
    /// by parameters) keep a name but do not reserve it, so a parameter can take it.
    /// `reserved` (what an imported template keeps under its own names: resources,
    /// parameters) is never given to a design resource that is not outside.
    explicit LogicalIds(const Document &doc, const std::function<bool(const Resource &)> &outside = {},
                        const QSet<QString> &reserved = {});
    QString id(const QString &designId) const { return m_ids.value(designId); }
    /// A fresh name made of `base`'s letters and digits ("WebLbListener80", then "...2").
    QString derived(const QString &base);
    /// Takes a name the export must keep (a resource or parameter kept from an imported template).
    void reserve(const QString &name) { m_used.insert(name); }

private:
    QHash<QString, QString> m_ids;
    QSet<QString> m_used;
};

} // namespace skydraft::exchange
