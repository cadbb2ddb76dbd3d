#include "resourceclipboard.h"

#include "views/canvas/placement.h"

#include "model/catalogue.h"
#include "model/referencescope.h"
#include "model/commands/editor.h"
#include "model/layout.h"
#include "model/validator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace skydraft {

namespace {

struct ClipboardMsg {
    Q_DECLARE_TR_FUNCTIONS(skydraft::ResourceClipboard)
};

QString mapped(const QHash<QString, QString> &ids, const QString &id) { return ids.value(id, id); }

/// A property value with the references among the copies pointed at the new copies. A
/// reference this design cannot take (to a resource it does not have, pasted from another
/// design, or into another VPC) is left out, a table row with it too, and noted in `dropped`.
QVariant remap(const Document &doc, const Resource &holder, const PropertySpec &spec, const QVariant &value,
               const QHash<QString, QString> &ids, QStringList &dropped)
{
    const auto keep = [&](const PropertySpec &s, const QString &id, bool cell) {
        const QString target = mapped(ids, id);
        if (target.isEmpty() || ReferenceScope::whyNot(doc, holder, s, target, cell).isEmpty())
            return true;
        if (!dropped.contains(id))
            dropped.append(id);
        return false;
    };
    switch (spec.kind) {
    case ValueKind::Reference:
        return keep(spec, value.toString(), false) ? mapped(ids, value.toString()) : QString();
    case ValueKind::ReferenceList: {
        QStringList out;
        for (const QString &id : value.toStringList())
            if (keep(spec, id, false))
                out.append(mapped(ids, id));
        return out;
    }
    case ValueKind::Table: {
        QVariantList rows;
        for (const QVariant &v : value.toList()) {
            QVariantMap row = v.toMap();
            bool whole = true;
            for (const PropertySpec &column : spec.columns)
                if (column.kind == ValueKind::Reference && row.contains(column.key)) {
                    whole = whole && keep(column, row.value(column.key).toString(), true);
                    row.insert(column.key, mapped(ids, row.value(column.key).toString()));
                }
            if (whole)
                rows.append(row);
        }
        return rows;
    }
    default:
        return value;
    }
}

} // namespace

QByteArray ResourceClipboard::copy(const Document &doc, const QStringList &ids)
{
    QStringList all;
    for (const QString &id : ids) {
        if (!doc.contains(id))
            continue;
        for (const QString &x : QStringList{id} + doc.descendants(id))
            if (!all.contains(x))
                all.append(x);
    }
    // Document order keeps parents before children.
    std::sort(all.begin(), all.end(), [&doc](const QString &a, const QString &b) { return doc.indexOf(a) < doc.indexOf(b); });
    QJsonArray out;
    for (const QString &id : std::as_const(all)) {
        const Resource *r = doc.find(id);
        QJsonObject o;
        o.insert(u"id"_s, id);
        o.insert(u"type"_s, typeKey(r->type));
        o.insert(u"name"_s, r->name);
        o.insert(u"parent"_s, r->parent);
        o.insert(u"properties"_s, QJsonObject::fromVariantMap(r->properties));
        if (const auto g = doc.geometry(id))
            o.insert(u"geometry"_s, QJsonArray{g->x(), g->y(), g->width(), g->height()});
        out.append(o);
    }
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

ResourceClipboard::PasteResult ResourceClipboard::paste(Editor &editor, const QByteArray &data, const QString &target,
                                                        const QPointF &offset)
{
    PasteResult result;
    const QJsonArray items = QJsonDocument::fromJson(data).array();
    if (items.isEmpty()) {
        result.error = ClipboardMsg::tr("The clipboard holds no SkyDraft resources.");
        return result;
    }
    const Document &doc = *editor.document();
    QSet<QString> copied;
    for (const QJsonValue &v : items)
        copied.insert(v.toObject().value(u"id"_s).toString());

    // Refuse before starting an undo step when none of the copies has anywhere to go.
    const auto placeable = [&](const QJsonObject &o) {
        const auto type = typeFromKey(o.value(u"type"_s).toString());
        const QString oldParent = o.value(u"parent"_s).toString();
        return type && (copied.contains(oldParent) || (!target.isEmpty() && Validator::placementError(doc, *type, target).isEmpty())
                        || Validator::placementError(doc, *type, oldParent).isEmpty());
    };
    if (std::none_of(items.begin(), items.end(), [&](const QJsonValue &v) { return placeable(v.toObject()); })) {
        const QJsonObject first = items.first().toObject();
        const auto type = typeFromKey(first.value(u"type"_s).toString());
        result.error = type ? Validator::placementError(doc, *type, target.isEmpty() ? first.value(u"parent"_s).toString() : target)
                            : ClipboardMsg::tr("The clipboard holds no SkyDraft resources.");
        return result;
    }

    QHash<QString, QString> ids; // old -> new
    QStringList skipped;
    QUndoStack *stack = editor.undoStack();
    stack->beginMacro(ClipboardMsg::tr("Paste %n resource(s)", nullptr, int(items.size())));
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        const QString oldId = o.value(u"id"_s).toString();
        const auto type = typeFromKey(o.value(u"type"_s).toString());
        if (!type)
            continue;
        const QString oldParent = o.value(u"parent"_s).toString();
        QString parent;
        const bool inner = copied.contains(oldParent);
        if (inner) {
            if (!ids.contains(oldParent))
                continue; // its container could not be pasted
            parent = ids.value(oldParent);
        } else if (!target.isEmpty() && target != oldId && Validator::placementError(doc, *type, target).isEmpty()) {
            parent = target;
        } else if (Validator::placementError(doc, *type, oldParent).isEmpty()) {
            parent = oldParent;
        } else {
            skipped.append(oldId);
            result.error = Validator::placementError(doc, *type, oldParent);
            continue;
        }
        std::optional<QRectF> geometry;
        const QJsonArray g = o.value(u"geometry"_s).toArray();
        if (g.size() == 4) {
            QRectF rect(g[0].toDouble(), g[1].toDouble(), g[2].toDouble(), g[3].toDouble());
            // Next to the original; in another container, at its top left (cascaded).
            if (!inner && parent == oldParent)
                rect.translate(offset);
            else if (!inner)
                rect.moveTopLeft(QPointF(Layout::padding, Layout::header) + offset * result.topLevel.size());
            geometry = rect;
        }
        const QString newId = editor.addResource(*type, parent, geometry);
        if (newId.isEmpty()) {
            skipped.append(oldId);
            result.error = editor.lastError();
            continue;
        }
        ids.insert(oldId, newId);
        result.created.append(newId);
        if (!inner)
            result.topLevel.append(newId);
        if (const QString name = o.value(u"name"_s).toString(); !name.isEmpty())
            editor.setName(newId, name);
    }
    // Properties once every copy exists, so references among them find their new ids.
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        const QString newId = ids.value(o.value(u"id"_s).toString());
        const Resource *r = doc.find(newId);
        if (!r)
            continue;
        const QVariantMap props = o.value(u"properties"_s).toObject().toVariantMap();
        for (auto it = props.cbegin(); it != props.cend(); ++it) {
            // A pasted subnet or zone keeps the free block or zone it was given.
            if ((r->type == ResourceType::Subnet && it.key() == u"cidr"_s)
                || (r->type == ResourceType::AvailabilityZone && it.key() == u"zone"_s))
                continue;
            const PropertySpec *spec = Catalogue::property(r->type, it.key());
            if (spec)
                editor.setProperty(newId, it.key(),
                                   Catalogue::normalized(*spec, remap(doc, *r, *spec, it.value(), ids, result.dropped)));
        }
    }
    // The containers they went into grow to hold them.
    QHash<QString, QRectF> grow;
    for (const QString &id : std::as_const(result.topLevel))
        if (const auto g = doc.geometry(id))
            grow.insert(id, *g);
    Placement::growToFit(doc, grow);
    for (const QString &id : std::as_const(result.topLevel))
        if (grow.value(id) == doc.geometry(id).value_or(QRectF()))
            grow.remove(id);
    if (!grow.isEmpty())
        editor.setGeometry(grow, ClipboardMsg::tr("Grow containers"));
    stack->endMacro();
    if (!skipped.isEmpty())
        result.error = ClipboardMsg::tr("Not pasted: %1 (%2).").arg(skipped.join(u", "_s), result.error);
    return result;
}

} // namespace skydraft
