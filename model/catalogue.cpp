#include "catalogue.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace skydraft {

namespace {
using PropertyIndex = std::unordered_map<QString, int, IdHash>;

/// Per type (by ResourceType), property key -> position; beside the catalogue so that the
/// TypeSpec table stays a plain aggregate.
std::vector<PropertyIndex> &propertyIndexes()
{
    static std::vector<PropertyIndex> indexes;
    return indexes;
}

} // namespace

QString PropertySpec::translatedLabel() const
{
    return QCoreApplication::translate("skydraft::Catalogue", label);
}

namespace {
// Choice values that are words rather than identifiers: translated (context
// "skydraft::Choice"), keyed by the value itself.
[[maybe_unused]] const char *const kTranslatedChoices[] = {
    QT_TRANSLATE_NOOP("skydraft::Choice", "all"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "allow"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "deny"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "simple"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "failover"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "weighted"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "latency"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "primary"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "secondary"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "default"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "dedicated"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "public"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "private"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "application"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "network"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "classic"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "internet-facing"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "internal"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "instance"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "ip"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "round_robin"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "least_outstanding_requests"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "use_load_balancer_configuration"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "true"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "false"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "lb_cookie"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "app_cookie"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "source_ip"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "subnet-default"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "yes"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "no"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "instance-memory"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "cache"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "database"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "TargetTrackingScaling"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "StepScaling"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "SimpleScaling"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "ChangeInCapacity"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "ExactCapacity"),
    QT_TRANSLATE_NOOP("skydraft::Choice", "PercentChangeInCapacity"),
};
} // namespace

QString PropertySpec::choiceText(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    return QCoreApplication::translate("skydraft::Choice", utf8.constData());
}

QString PropertySpec::choiceLabel(const QString &value)
{
    const QString text = choiceText(value);
    return text == value ? value : u"%1 (%2)"_s.arg(text, value);
}

QString PropertySpec::translatedHelp() const
{
    return help ? QCoreApplication::translate("skydraft::Catalogue", help) : QString();
}

const PropertySpec *PropertySpec::column(const QString &k) const
{
    for (const auto &c : columns)
        if (c.key == k)
            return &c;
    return nullptr;
}

QVariant PropertySpec::defaultFor(const Resource &r) const
{
    return dynamicDefault ? dynamicDefault(r) : defaultValue;
}

bool PropertySpec::appliesTo(const Resource &r) const
{
    return whenKey.isEmpty() || whenValues.contains(r.value(whenKey).toString());
}

const PropertySpec *TypeSpec::property(const QString &key) const
{
    const std::vector<PropertyIndex> &indexes = propertyIndexes();
    if (size_t(type) < indexes.size()) {
        const auto it = indexes[size_t(type)].find(key);
        if (it == indexes[size_t(type)].end())
            return nullptr;
        const size_t i = size_t(it->second);
        if (i < properties.size() && properties[i].key == key) // a TypeSpec from the catalogue
            return &properties[i];
    }
    for (const auto &p : properties)
        if (p.key == key)
            return &p;
    return nullptr;
}

int TypeSpec::indexOf(const QString &key) const
{
    const PropertySpec *p = property(key);
    return p ? int(p - properties.data()) : -1;
}

bool TypeSpec::allowsParent(std::optional<ResourceType> parentType) const
{
    if (!parentType)
        return topLevel;
    return parents.contains(*parentType);
}

std::vector<TypeSpec> buildCatalogueTable(); // cataloguetable.cpp

namespace {

const std::vector<TypeSpec> &catalogue()
{
    static const std::vector<TypeSpec> c = [] {
        auto built = buildCatalogueTable();
        std::sort(built.begin(), built.end(),
                  [](const TypeSpec &a, const TypeSpec &b) { return a.type < b.type; });
        const auto indexChoices = [](PropertySpec &p, auto &self) -> void {
            p.choiceSet.insert(p.choices.cbegin(), p.choices.cend());
            for (PropertySpec &column : p.columns)
                self(column, self);
        };
        std::vector<PropertyIndex> &indexes = propertyIndexes();
        indexes.resize(built.size());
        for (TypeSpec &t : built) {
            for (size_t i = 0; i < t.properties.size(); ++i) {
                indexes[size_t(t.type)].emplace(t.properties[i].key, int(i));
                indexChoices(t.properties[i], indexChoices);
            }
        }
        return built;
    }();
    return c;
}

} // namespace

const TypeSpec &Catalogue::spec(ResourceType type) { return catalogue()[size_t(type)]; }

const PropertySpec *Catalogue::property(ResourceType type, const QString &key)
{
    return spec(type).property(key);
}

QVariant Catalogue::normalized(const PropertySpec &spec, const QVariant &value)
{
    switch (spec.kind) {
    case ValueKind::Integer:
        return QVariant(value.toLongLong());
    case ValueKind::Boolean:
        return QVariant(value.toBool());
    case ValueKind::ReferenceList:
        return QVariant(value.toStringList());
    case ValueKind::Table: {
        QVariantList rows;
        for (const QVariant &r : value.toList()) {
            const QVariantMap in = r.toMap();
            QVariantMap out;
            for (auto it = in.cbegin(); it != in.cend(); ++it) {
                const PropertySpec *col = spec.column(it.key());
                out.insert(it.key(), col ? normalized(*col, it.value()) : it.value());
            }
            rows.append(out);
        }
        return rows;
    }
    default:
        return QVariant(value.toString());
    }
}

} // namespace skydraft
