#include "resource.h"

#include "catalogue.h"

using namespace Qt::StringLiterals;

namespace skydraft {

QVariant Resource::value(const QString &key) const
{
    const auto it = properties.constFind(key);
    if (it != properties.constEnd())
        return *it;
    if (const PropertySpec *spec = Catalogue::property(type, key))
        return spec->defaultFor(*this);
    return {};
}

bool Resource::isExternal() const
{
    static const QString key = QStringLiteral("external");
    return properties.value(key).toBool();
}

QJsonObject Resource::snapshot() const
{
    return QJsonObject{{u"type"_s, typeKey(type)},
                       {u"parent"_s, parent},
                       {u"name"_s, name},
                       {u"properties"_s, QJsonObject::fromVariantMap(properties)}};
}

} // namespace skydraft
