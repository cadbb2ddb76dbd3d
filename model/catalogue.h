#pragma once

#include "resource.h"
#include "idhash.h"
#include "types.h"

#include <QVariant>

#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace skydraft {

enum class ValueKind {
    String,
    Integer,
    Boolean,
    Enum,          ///< one of `choices`
    Cidr,          ///< IPv4 CIDR block, "10.0.0.0/16"; IPv6 too where `ipv6` is set
    Reference,     ///< id of one resource of a `targets` type, or empty
    ReferenceList, ///< ids of resources of `targets` types
    Table,         ///< list of rows; each row is a map with the `columns` keys
};

/// What one property is: its kind, AWS default, limits, and when it applies.
struct PropertySpec {
    QString key;
    const char *label = nullptr; ///< untranslated; context "skydraft::Catalogue"
    ValueKind kind = ValueKind::String;
    QVariant defaultValue;
    /// A default that depends on the resource's other properties; overrides defaultValue.
    QVariant (*dynamicDefault)(const Resource &) = nullptr;
    qint64 minimum = 0;
    qint64 maximum = 0;
    QStringList choices;
    std::unordered_set<QString, IdHash> choiceSet; ///< `choices`, for quick membership tests
    QList<ResourceType> targets;
    std::vector<PropertySpec> columns;
    /// The property only means something when property `whenKey` has one of `whenValues`
    /// (a classic load balancer's own health check, say). Empty `whenKey`: always.
    QString whenKey;
    QStringList whenValues;
    bool required = false;
    /// A Cidr that takes an IPv6 block too ("::/0"), as AWS does for route destinations,
    /// network ACL entries and security group rules; VPC and subnet blocks stay IPv4.
    bool ipv6 = false;
    const char *help = nullptr; ///< untranslated; context "skydraft::Catalogue"

    QString translatedLabel() const;
    QString translatedHelp() const;
    /// What the inspector shows for choice `value`: in English the value as AWS writes it; in
    /// another language its translation with the AWS value after it ("인터넷 경계
    /// (internet-facing)"), so the console's and the exam's words stay visible. Identifiers
    /// (tcp, t3.micro, ASGAverageCPUUtilization) are shown as they are.
    static QString choiceLabel(const QString &value);
    /// The translation alone, for compact places (the canvas's detail line).
    static QString choiceText(const QString &value);
    const PropertySpec *column(const QString &key) const;
    /// Whether `value` is one of `choices`.
    bool allowsChoice(const QString &value) const
    {
        return choiceSet.empty() ? choices.contains(value) : choiceSet.count(value) != 0;
    }
    /// The default of this property on `r`.
    QVariant defaultFor(const Resource &r) const;
    bool appliesTo(const Resource &r) const;
};

/// What one resource type is: its properties and where it may sit.
struct TypeSpec {
    ResourceType type;
    std::vector<PropertySpec> properties;
    /// Types that may contain this one; empty together with topLevel=false is impossible.
    QList<ResourceType> parents;
    bool topLevel = false; ///< may sit outside any container
    bool container = false; ///< drawn as a box holding children
    QString idPrefix;       ///< for generated ids ("Subnet" -> Subnet1)

    const PropertySpec *property(const QString &key) const;
    /// The position of `key` in properties, or -1. Hashed: property() is hot, since every
    /// Resource::value that falls back to a default goes through it.
    int indexOf(const QString &key) const;
    bool allowsParent(std::optional<ResourceType> parentType) const;
};

/// The catalogue of every resource type and its properties with AWS defaults
/// (../shared/design/aws-behavior.md). Where AWS sources disagree, the choice is noted here.
namespace Catalogue {
const TypeSpec &spec(ResourceType type);
const PropertySpec *property(ResourceType type, const QString &key);
/// `value` converted to the property's storage type (qint64, bool, QString, QStringList,
/// list of row maps), so values compare equal however they were made.
QVariant normalized(const PropertySpec &spec, const QVariant &value);
}

} // namespace skydraft
