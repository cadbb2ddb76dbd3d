#include "valueinput.h"

#include "model/catalogue.h"
#include "model/cidr.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace skydraft {

namespace {
struct InputMsg {
    Q_DECLARE_TR_FUNCTIONS(skydraft::Inspector)
};
} // namespace

std::optional<QVariant> ValueInput::parse(const PropertySpec &spec, const QString &text, QString *error)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        if (spec.required && !spec.defaultValue.isValid()) {
            *error = InputMsg::tr("%1 is required.").arg(spec.translatedLabel());
            return std::nullopt;
        }
        return QVariant();
    }
    switch (spec.kind) {
    case ValueKind::Integer: {
        bool ok = false;
        const qint64 v = t.toLongLong(&ok);
        if (!ok) {
            *error = InputMsg::tr("%1 must be a whole number.").arg(spec.translatedLabel());
            return std::nullopt;
        }
        if (v < spec.minimum || v > spec.maximum) {
            *error = InputMsg::tr("%1 must be between %2 and %3.").arg(spec.translatedLabel()).arg(spec.minimum).arg(spec.maximum);
            return std::nullopt;
        }
        return QVariant(v);
    }
    case ValueKind::Cidr: {
        QString why;
        if (spec.ipv6) {
            const auto c = IpBlock::parse(t, &why);
            if (!c) {
                *error = InputMsg::tr("\"%1\" is not an IPv4 or IPv6 CIDR block (%2); write it like 10.0.0.0/16 or ::/0.").arg(t, why);
                return std::nullopt;
            }
            if (c->hasHostBits()) {
                *error = InputMsg::tr("%1 has host bits set: the block starts at %2.").arg(t, c->normalized().toString());
                return std::nullopt;
            }
            return QVariant(c->toString());
        }
        const auto c = Cidr::parse(t, &why);
        if (!c) {
            *error = InputMsg::tr("\"%1\" is not an IPv4 CIDR block (%2); write it like 10.0.0.0/16.").arg(t, why);
            return std::nullopt;
        }
        if (c->hasHostBits()) {
            *error = InputMsg::tr("%1 has host bits set: the block starts at %2.").arg(t, c->normalized().toString());
            return std::nullopt;
        }
        return QVariant(c->toString());
    }
    case ValueKind::Boolean: {
        if (t == u"true"_s || t == u"yes"_s || t == u"1"_s)
            return QVariant(true);
        if (t == u"false"_s || t == u"no"_s || t == u"0"_s)
            return QVariant(false);
        *error = InputMsg::tr("%1 must be true or false.").arg(spec.translatedLabel());
        return std::nullopt;
    }
    case ValueKind::Enum:
        if (!spec.choices.contains(t)) {
            *error = InputMsg::tr("%1 must be one of: %2.").arg(spec.translatedLabel(), spec.choices.join(u", "_s));
            return std::nullopt;
        }
        return QVariant(t);
    case ValueKind::ReferenceList:
        return Catalogue::normalized(spec, t.split(u',', Qt::SkipEmptyParts));
    case ValueKind::String:
    case ValueKind::Reference:
    case ValueKind::Table:
        break;
    }
    return Catalogue::normalized(spec, t);
}

QString ValueInput::display(const PropertySpec &spec, const QVariant &value)
{
    if (!value.isValid())
        return {};
    switch (spec.kind) {
    case ValueKind::Boolean:
        return value.toBool() ? u"true"_s : u"false"_s;
    case ValueKind::ReferenceList:
        return value.toStringList().join(u", "_s);
    default:
        return value.toString();
    }
}

} // namespace skydraft
