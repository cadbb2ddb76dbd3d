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
