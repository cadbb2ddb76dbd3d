#include "resource.h"

#include "catalogue.h"

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

} // namespace skydraft
