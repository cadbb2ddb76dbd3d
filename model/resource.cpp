#include "resource.h"

#include "catalogue.h"

#include <QJsonDocument>

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

QString Resource::ruleSignature(bool egress, const QVariantMap &row) const
{
    QVariantMap significant;
    for (auto it = row.cbegin(); it != row.cend(); ++it)
        if (it.value().isValid() && !it.value().toString().isEmpty())
            significant.insert(it.key(), it.value());
    return u"rule:"_s + id + (egress ? u":out:"_s : u":in:"_s)
        + QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(significant)).toJson(QJsonDocument::Compact));
}

QJsonObject Resource::snapshot() const
{
    return QJsonObject{{u"type"_s, typeKey(type)},
                       {u"parent"_s, parent},
                       {u"name"_s, name},
                       {u"properties"_s, QJsonObject::fromVariantMap(properties)}};
}

} // namespace skydraft
