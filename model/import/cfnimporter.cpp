#include "cfnimporter.h"

#include "model/cidr.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace skydraft::cfn {

QString sanitizedId(const QString &text)
{
    QString id;
    bool upper = false;
    for (QChar c : text) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            id += upper ? c.toUpper() : c;
            upper = false;
        } else {
            upper = !id.isEmpty();
        }
    }
    if (id.isEmpty() || !id.front().isLetter())
        id.prepend(u"External"_s);
    return id;
}

Importer::Importer(const Node &root, Report &rep, const LoadOptions &options)
    : report(rep)
    , resolver(root, options, rep)
    , m_root(root)
{
    const Node *resources = root.get(u"Resources");
    if (!resources || !resources->isMap() || resources->entries.isEmpty()) {
        report.error(resources ? *resources : root, ImportMsg::tr("the template has no Resources"));
        return;
    }
    // What SkyDraft's own export says stands for the account's default VPC and subnets.
    if (const Node *own = root.path({u"Metadata", u"SkyDraft"})) {
        if (const auto vpc = text(own->get(u"DefaultVpc")))
            m_defaultVpcParameter = *vpc;
        if (const Node *subnets = own->get(u"DefaultSubnets"); subnets && subnets->isMap())
            for (const auto &[name, zone] : subnets->entries)
                m_defaultSubnetZones.insert(name, zone.text);
    }
    sources.reserve(resources->entries.size());
    for (const auto &[id, node] : resources->entries) {
        const Node *type = node.get(u"Type");
        if (node.kind == Node::Kind::Unresolved && node.text.startsWith(u'!')) {
            // A tag of another tool (!Rain::Module): the template needs that tool first.
            report.error(node, ImportMsg::tr("resource %1: %2 is not CloudFormation (another tool's tag); process the template with that tool first")
                                   .arg(id, node.text));
            continue;
        }
        if (type && type->kind == Node::Kind::Unresolved && type->text.startsWith(u'!')) {
            report.error(*type, ImportMsg::tr("resource %1: its Type %2 is not CloudFormation (another tool's tag); process the template with that tool first")
                                    .arg(id, type->text));
            continue;
        }
        if (id.startsWith(u"Fn::ForEach::"_s)) {
            report.error(node, ImportMsg::tr("%1 is a loop of the AWS::LanguageExtensions transform, which SkyDraft does not expand; "
                                             "import the processed template (aws cloudformation get-template --template-stage Processed)")
                                   .arg(id));
            continue;
        }
        if (!node.isMap() || !type || !type->isScalar()) {
            report.error(node, ImportMsg::tr("resource %1 has no Type").arg(id));
            continue;
        }
        Source s;
        s.id = id;
        s.type = type->text;
        s.at = node;
        s.at.entries.clear();
        if (const Node *condition = node.get(u"Condition")) {
            if (!resolver.condition(condition->text, *condition)) {
                m_kept.insert(id);
                report.note(node, ImportMsg::tr("%1 (%2) skipped: its condition %3 is false").arg(id, s.type, condition->text));
                continue;
            }
        }
        const Node *props = node.get(u"Properties");
        s.props = props ? resolver.eval(*props) : Node();
        if (!s.props.isMap()) {
            s.props = Node();
            s.props.kind = Node::Kind::Map;
        }
        order.append(id);
        m_byType[s.type].append(id);
        sources.insert(id, std::move(s));
    }
}

QList<Resource> Importer::run()
{
    mapVpcs(*this);
    mapSubnetsAndGateways(*this);
    mapRoutingAndAcls(*this);
    mapSecurityGroups(*this);
    mapLoadBalancing(*this);
    mapCompute(*this);
    mapData(*this);
    for (const QString &id : std::as_const(order)) {
        const Source &s = sources[id];
        if (!s.used)
            notDrawn(s, ImportMsg::tr("SkyDraft's catalogue has no such resource"));
    }
    QList<Resource> out;
    for (const QString &id : std::as_const(m_madeOrder))
        out.append(m_made.at(id));
    checkReferences(out);
    return out;
}

QList<Source *> Importer::ofType(const QString &type)
{
    QList<Source *> out;
    for (const QString &id : m_byType.value(type))
        out.append(&sources[id]);
    return out;
}

Resource *Importer::make(const QString &id, ResourceType type, const QString &parent)
{
    if (m_made.count(id)) {
        // The parser refuses repeated keys, so this is a mapper's slip; say so and hand out a
        // scratch resource, never a null one, so that the import fails with a located error.
        const Source *s = sources.contains(id) ? &sources[id] : nullptr;
        report.error(s ? s->at.line : 1, s ? std::max(s->at.col, 1) : 1,
                     ImportMsg::tr("logical id %1 is used by two resources").arg(id));
        m_scratch = Resource();
        m_scratch.id = id;
        m_scratch.type = type;
        return &m_scratch;
    }
    Resource r;
    r.id = id;
    r.type = type;
    r.parent = parent;
    m_madeOrder.append(id);
    if (type == ResourceType::Vpc && id != m_defaultVpc)
        m_vpcs.append(id);
    auto it = m_made.emplace(id, r).first;
    if (sources.contains(id))
        sources[id].used = true;
    return &it->second;
}

Resource *Importer::made(const QString &id)
{
    auto it = m_made.find(id);
    return it == m_made.end() ? nullptr : &it->second;
}

QString Importer::freshId(const QString &base) const
{
    const QString stem = sanitizedId(base);
    QString id = stem;
    for (int n = 2; sources.contains(id) || m_made.count(id) || resolver.resource(id); ++n)
        id = stem + QString::number(n);
    return id;
}

std::optional<QString> Importer::text(const Node *n)
{
    if (n && n->isScalar())
        return n->text;
    return std::nullopt;
}

std::optional<qint64> Importer::integer(const Node *n)
{
    if (!n || !n->isScalar())
        return std::nullopt;
    // A whole number only: 22.7 is not 23, and 2^63 or 1e999 is not the largest qint64.
    bool ok = false;
    const qint64 whole = n->text.trimmed().toLongLong(&ok);
    if (ok)
        return whole;
    const double v = n->text.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v != std::floor(v) || std::abs(v) > 9007199254740992.0) // 2^53
        return std::nullopt;
    return qint64(v);
}

std::optional<bool> Importer::flag(const Node *n)
{
    if (!n || !n->isScalar())
        return std::nullopt;
    if (n->text.compare(u"true"_s, Qt::CaseInsensitive) == 0)
        return true;
    if (n->text.compare(u"false"_s, Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

QString Importer::refId(const Node *n)
{
    return n && n->kind == Node::Kind::Ref ? n->text : QString();
}

QStringList Importer::refIds(const Node *list)
{
    QStringList out;
    for (const Node &n : items(list))
        if (!refId(&n).isEmpty())
            out.append(refId(&n));
    return out;
}

QList<Node> Importer::items(const Node *n)
{
    if (!n || n->isNull())
        return {};
    if (n->isList())
        return n->items;
    return {*n};
}

namespace {

/// The value as the catalogue stores it, or nullopt with the reason.
std::optional<QVariant> accept(const PropertySpec &spec, const QVariant &value, QString *why)
{
    switch (spec.kind) {
    case ValueKind::Integer: {
        bool ok = false;
        const double d = value.toString().toDouble(&ok);
        const qint64 v = std::llround(d);
        if (!ok) {
            *why = ImportMsg::tr("not a number");
            return std::nullopt;
        }
        if (spec.maximum > spec.minimum && (v < spec.minimum || v > spec.maximum)) {
            *why = ImportMsg::tr("outside %1 to %2").arg(spec.minimum).arg(spec.maximum);
            return std::nullopt;
        }
        return QVariant(v);
    }
    case ValueKind::Boolean: {
        const QString t = value.toString().toLower();
        if (value.typeId() == QMetaType::Bool)
            return value;
        if (t == u"true"_s || t == u"false"_s)
            return QVariant(t == u"true"_s);
        *why = ImportMsg::tr("not true or false");
        return std::nullopt;
    }
    case ValueKind::Enum: {
        const QString t = value.toString();
        for (const QString &c : spec.choices)
            if (c.compare(t, Qt::CaseInsensitive) == 0)
                return QVariant(c);
        *why = ImportMsg::tr("not one of %1").arg(spec.choices.join(u", "_s));
        return std::nullopt;
    }
    case ValueKind::Cidr: {
        if (spec.ipv6) {
            const auto block = IpBlock::parse(value.toString(), why);
            if (!block)
                return std::nullopt;
            return QVariant(block->ipv6 ? block->toString() : value.toString()); // IPv6 in its RFC 5952 form
        }
        const auto block = Cidr::parse(value.toString(), why);
        if (!block)
            return std::nullopt;
        return QVariant(value.toString());
    }
    default:
        return Catalogue::normalized(spec, value);
    }
}

} // namespace

bool Importer::put(Resource &r, const QString &key, const QVariant &value, const Node &at)
{
    const PropertySpec *spec = Catalogue::property(r.type, key);
    if (!spec)
        return false;
    QString why;
    const auto v = accept(*spec, value, &why);
    if (!v) {
        report.note(at, ImportMsg::tr("%1: %2 %3 is %4; the default is kept")
                            .arg(r.id, key, value.toString(), why));
        return false;
    }
    r.properties.insert(key, *v);
    return true;
}

bool Importer::put(Resource &r, const QString &key, const Node *value)
{
    if (!value || value->isNull())
        return false;
    if (!value->isScalar()) {
        const QString what = value->kind == Node::Kind::External
            ? ImportMsg::tr("%1, defined outside the template").arg(value->text)
            : ImportMsg::tr("a value known only once deployed");
        report.note(*value, ImportMsg::tr("%1: %2 is %3; the default is kept").arg(r.id, key, what));
        return false;
    }
    return put(r, key, value->text, *value);
}

bool Importer::putCell(QVariantMap &row, const PropertySpec &table, const QString &column, const QVariant &value,
                       const Node &at)
{
    const PropertySpec *spec = table.column(column);
    if (!spec || !value.isValid())
        return false;
    QString why;
    const auto v = accept(*spec, value, &why);
    if (!v) {
        report.note(at, ImportMsg::tr("%1 %2 is %3; the default is kept").arg(column, value.toString(), why));
        return false;
    }
    row.insert(column, *v);
    return true;
}

bool Importer::appendRow(Resource &r, const QString &key, const QList<std::pair<QString, QVariant>> &cells, const Node &at)
{
    const PropertySpec *spec = Catalogue::property(r.type, key);
    if (!spec)
        return false;
    QVariantMap row;
    for (const auto &[column, value] : cells) {
        if (!value.isValid())
            continue;
        if (!putCell(row, *spec, column, value, at)) {
            report.note(at, ImportMsg::tr("%1: a row of %2 is left out").arg(r.id, key));
            return false;
        }
    }
    QVariantList rows = r.rows(key);
    rows.append(row);
    r.properties.insert(key, rows);
    return true;
}

void Importer::nameFromTags(Resource &r, const Node &props)
{
    for (const Node &tag : items(props.get(u"Tags")))
        if (const auto key = text(tag.get(u"Key")); key && *key == u"Name"_s)
            if (const auto value = text(tag.get(u"Value")); value && !value->trimmed().isEmpty())
                r.name = value->trimmed();
}

void Importer::notDrawn(const Source &s, const QString &reason)
{
    sources[s.id].used = true;
    m_kept.insert(s.id);
    report.note(s.at, ImportMsg::tr("%1 (%2) not drawn: %3").arg(s.id, s.type, reason));
}

void Importer::checkReferences(QList<Resource> &out)
{
    // A reference to something that was not drawn would fail validation: drop it, say so.
    for (Resource &r : out) {
        const Node at = sources.contains(r.id) ? sources[r.id].at : Node();
        for (auto it = r.properties.begin(); it != r.properties.end(); ++it) {
            const PropertySpec *spec = Catalogue::property(r.type, it.key());
            if (!spec)
                continue;
            auto missing = [&](const QString &id) {
                if (id.isEmpty() || m_made.count(id))
                    return false;
                report.note(at, ImportMsg::tr("%1: %2 refers to %3, which is not drawn; the reference is left out").arg(r.id, it.key(), id));
                return true;
            };
            if (spec->kind == ValueKind::Reference && missing(it.value().toString()))
                it.value() = QString();
            if (spec->kind == ValueKind::ReferenceList) {
                QStringList ids = it.value().toStringList();
                ids.erase(std::remove_if(ids.begin(), ids.end(), missing), ids.end());
                it.value() = ids;
            }
            if (spec->kind == ValueKind::Table) {
                QVariantList rows = it.value().toList();
                for (QVariant &row : rows) {
                    QVariantMap m = row.toMap();
                    for (const PropertySpec &c : spec->columns)
                        if (c.kind == ValueKind::Reference && missing(m.value(c.key).toString()))
                            m.remove(c.key);
                    row = m;
                }
                it.value() = rows;
            }
        }
    }
}

} // namespace skydraft::cfn
