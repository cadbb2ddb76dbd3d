#include "validator.h"

#include "validatorcontext.h"

#include <QHash>
#include <QVarLengthArray>

#include <unordered_set>

using namespace Qt::StringLiterals;

namespace skydraft {

using validation::Context;
using validation::ValidatorMsg;

bool Validator::isValidId(const QString &id)
{
    // Letters and digits, starting with a letter, at most 255 (a CloudFormation logical id).
    if (id.isEmpty() || id.size() > 255)
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const char16_t c = id[i].unicode();
        const bool letter = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
        const bool digit = c >= u'0' && c <= u'9';
        if (!letter && !(digit && i > 0))
            return false;
    }
    return true;
}

QString Validator::placementError(const Document &document, ResourceType type, const QString &parent)
{
    const TypeSpec &spec = Catalogue::spec(type);
    std::optional<ResourceType> parentType;
    if (!parent.isEmpty()) {
        const Resource *p = document.find(parent);
        if (!p)
            return validation::ValidatorMsg::tr("there is no resource \"%1\" to contain it").arg(parent);
        parentType = p->type;
    }
    if (spec.allowsParent(parentType))
        return {};
    QStringList allowed;
    for (ResourceType t : spec.parents)
        allowed.append(typeLabel(t));
    if (allowed.isEmpty())
        return validation::ValidatorMsg::tr("%1 cannot be placed inside %2; it belongs outside every container")
            .arg(typeLabel(type), typeLabel(*parentType));
    return validation::ValidatorMsg::tr("%1 can only be placed inside: %2").arg(typeLabel(type), allowed.join(validation::ValidatorMsg::tr(" or ")));
}

namespace {

QString quoted(const QString &s) { return u'"' + s + u'"'; }

/// Checks one value against its spec; `row`/`column` locate table cells.
void checkValue(const Context &ctx, const Resource &r, const PropertySpec &spec, const QVariant &value,
                const QString &property, int row = -1, const QString &column = {})
{
    // Translated only when a message needs it: validation runs on every edit.
    const auto label = [&spec] { return spec.translatedLabel(); };
    auto error = [&](const QString &message) { ctx.error(r, property, message, row, column); };
    switch (spec.kind) {
    case ValueKind::String:
        if (spec.required && value.toString().trimmed().isEmpty())
            error(validation::ValidatorMsg::tr("%1 is required").arg(label()));
        break;
    case ValueKind::Integer: {
        const qint64 v = value.toLongLong();
        if (v < spec.minimum || v > spec.maximum)
            error(validation::ValidatorMsg::tr("%1 must be between %2 and %3, not %4").arg(label()).arg(spec.minimum).arg(spec.maximum).arg(v));
        break;
    }
    case ValueKind::Boolean:
        break;
    case ValueKind::Enum:
        if (!spec.allowsChoice(value.toString()))
            error(validation::ValidatorMsg::tr("%1 must be one of %2, not %3").arg(label(), spec.choices.join(u", "_s), quoted(value.toString())));
        break;
    case ValueKind::Cidr: {
        const QString text = value.toString();
        if (text.isEmpty()) {
            if (spec.required)
                error(validation::ValidatorMsg::tr("%1 is required").arg(label()));
            break;
        }
        QString why;
        if (spec.ipv6 ? !IpBlock::parse(text, &why) : !Cidr::parse(text, &why))
            error(validation::ValidatorMsg::tr("%1: %2 is not a valid CIDR block (%3)").arg(label(), quoted(text), why));
        break;
    }
    case ValueKind::Reference:
    case ValueKind::ReferenceList: {
        const QStringList ids = spec.kind == ValueKind::Reference ? QStringList{value.toString()} : value.toStringList();
        if (spec.required && (ids.isEmpty() || (ids.size() == 1 && ids.first().isEmpty()))) {
            error(validation::ValidatorMsg::tr("%1 is required").arg(label()));
            break;
        }
        std::unordered_set<QString, IdHash> seen; // a target group may list hundreds of instances
        for (const QString &id : ids) {
            if (id.isEmpty())
                continue;
            const Resource *target = ctx.doc.find(id);
            if (id == r.id && row < 0) {
                // Table cells may: a security group rule admitting the group's own members is
                // how the VPC's default group works.
                error(validation::ValidatorMsg::tr("%1 refers to the resource itself").arg(label()));
            } else if (!target) {
                error(validation::ValidatorMsg::tr("%1 refers to %2, which is not in the design").arg(label(), quoted(id)));
            } else if (!spec.targets.contains(target->type)) {
                QStringList allowed;
                for (ResourceType t : spec.targets)
                    allowed.append(typeLabel(t));
                error(validation::ValidatorMsg::tr("%1 must refer to a resource of type %2; %3 is of type %4")
                          .arg(label(), allowed.join(validation::ValidatorMsg::tr(" or ")), quoted(id), typeLabel(target->type)));
            } else if (ctx.otherVpc(r, id)) {
                error(validation::ValidatorMsg::tr("%1 refers to %2, which is in another VPC").arg(label(), quoted(id)));
            }
            if (!seen.insert(id).second)
                ctx.warning(r, property, validation::ValidatorMsg::tr("%1 lists %2 twice").arg(label(), quoted(id)), row, column);
        }
        break;
    }
    case ValueKind::Table: {
        const QVariantList rows = value.toList();
        for (int i = 0; i < rows.size(); ++i) {
            const QVariantMap cells = rows[i].toMap();
            // Defaults are valid by construction: look at the cells given and the required
            // ones, in column order.
            for (const PropertySpec &col : spec.columns) {
                const auto cell = cells.constFind(col.key);
                if (cell != cells.constEnd())
                    checkValue(ctx, r, col, *cell, property, i, col.key);
                else if (col.required)
                    checkValue(ctx, r, col, col.defaultValue, property, i, col.key);
            }
        }
        break;
    }
    }
}

void checkResource(const Context &ctx, const Resource &r)
{
    if (!Validator::isValidId(r.id))
        ctx.error(r, u"id"_s, validation::ValidatorMsg::tr("id %1 must be letters and digits, starting with a letter").arg(quoted(r.id)));
    if (const QString why = Validator::placementError(ctx.doc, r.type, r.parent); !why.isEmpty())
        ctx.error(r, u"parent"_s, why);
    const TypeSpec &spec = Catalogue::spec(r.type);
    // A default is valid by construction (tst_catalogue checks every one), so only set
    // values, and required ones that may be missing, need a look; in catalogue order.
    QVarLengthArray<std::pair<int, const QVariant *>, 32> toCheck;
    for (auto it = r.properties.constBegin(); it != r.properties.constEnd(); ++it) {
        if (const int i = spec.indexOf(it.key()); i >= 0)
            toCheck.append({i, &it.value()});
    }
    for (int i = 0; i < int(spec.properties.size()); ++i)
        if (spec.properties[size_t(i)].required && !r.properties.contains(spec.properties[size_t(i)].key))
            toCheck.append({i, nullptr});
    std::sort(toCheck.begin(), toCheck.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[i, value] : toCheck) {
        const PropertySpec &p = spec.properties[size_t(i)];
        if (p.appliesTo(r))
            checkValue(ctx, r, p, value ? *value : p.defaultFor(r), p.key);
    }
    validation::checkTypeRules(ctx, r);
}

} // namespace

QList<Diagnostic> Validator::validateResource(const Document &document, const QString &id)
{
    QList<Diagnostic> out;
    if (const Resource *r = document.find(id))
        checkResource(Context{document, out}, *r);
    return out;
}

QList<Diagnostic> Validator::validateDesign(const Document &document)
{
    QList<Diagnostic> out;
    validation::checkDesignRules(Context{document, out});
    return out;
}

QList<Diagnostic> Validator::validate(const Document &document)
{
    QList<Diagnostic> out;
    const Context ctx{document, out};
    for (const Resource *r : document.resources())
        checkResource(ctx, *r);
    validation::checkDesignRules(ctx);
    // Stable order: by the resource's place in the document, then as found. The places are
    // looked up once: Document::indexOf() is a linear search, which made a design with thousands
    // of findings take seconds.
    QHash<QString, int> place;
    place.reserve(document.count());
    for (int i = 0; i < document.count(); ++i)
        place.insert(document.ids().at(i), i);
    std::stable_sort(out.begin(), out.end(), [&](const Diagnostic &a, const Diagnostic &b) {
        return place.value(a.resourceId, -1) < place.value(b.resourceId, -1);
    });
    return out;
}

} // namespace skydraft
