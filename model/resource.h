#pragma once

#include "types.h"

#include <QJsonObject>
#include <QVariantMap>

namespace skydraft {

struct PropertySpec;

/// One resource of a design: what it is, where it sits, and the properties set on it.
///
/// `properties` holds only values that were set explicitly; everything else reads as the
/// catalogue's AWS default (value()). That keeps files short and lets a default follow
/// the property it depends on (a target group's health-check timeout follows its protocol).
struct Resource {
    QString id;          ///< stable, readable, unique in the document ("WebServerGroup")
    ResourceType type = ResourceType::Internet;
    QString name;        ///< display label; empty means "show the id"
    QString parent;      ///< containing resource (VPC > AZ > subnet > resource); empty at top level
    QVariantMap properties;

    /// The explicit value of `key`, else its catalogue default (invalid for unknown keys).
    QVariant value(const QString &key) const;
    bool isSet(const QString &key) const { return properties.contains(key); }

    QString string(const QString &key) const { return value(key).toString(); }
    qint64 integer(const QString &key) const { return value(key).toLongLong(); }
    bool boolean(const QString &key) const { return value(key).toBool(); }
    QStringList references(const QString &key) const { return value(key).toStringList(); }
    QVariantList rows(const QString &key) const { return value(key).toList(); }

    /// The name, or the id when there is none or the name is a substitution nobody resolved
    /// (`${ParentVPCStack}-VPC`, from a template parameter with no value): the logical id
    /// says more.
    QString displayName() const { return name.isEmpty() || name.contains(QLatin1String("${")) ? id : name; }
    /// The resource as JSON (type, parent, name, properties), to tell later whether it
    /// changed: an export writes an imported resource that did not change as the template
    /// wrote it.
    QJsonObject snapshot() const;
    /// A placeholder for something defined outside the design (property "external": an
    /// imported template's parameter or imported value); what it holds is unknown.
    bool isExternal() const;

    friend bool operator==(const Resource &, const Resource &) = default;
};

} // namespace skydraft
