#include "catalogue.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace skydraft {

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
    for (const auto &p : properties)
        if (p.key == key)
            return &p;
    return nullptr;
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
