#include "nativefile.h"

#include "catalogue.h"
#include "filewrite.h"
#include "jsonlocate.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <nlohmann/json.hpp>

#include <cmath>
#include <set>

using namespace Qt::StringLiterals;
using json = nlohmann::json;
using ordered_json = nlohmann::ordered_json;

namespace skydraft {

namespace {

struct NativeFileMsg {
    Q_DECLARE_TR_FUNCTIONS(skydraft::NativeFile)
};

QString qstr(const std::string &s) { return QString::fromStdString(s); }
std::string sstr(const QString &s) { return s.toStdString(); }

QString jsonTypeName(const json &j)
{
    switch (j.type()) {
    case json::value_t::null:
        return NativeFileMsg::tr("null");
    case json::value_t::object:
        return NativeFileMsg::tr("an object");
    case json::value_t::array:
        return NativeFileMsg::tr("an array");
    case json::value_t::string:
        return NativeFileMsg::tr("a string");
    case json::value_t::boolean:
        return NativeFileMsg::tr("a boolean");
    case json::value_t::number_float:
        return NativeFileMsg::tr("a decimal number");
    default:
        return NativeFileMsg::tr("a number");
    }
}

/// Raised inside the reader to abandon the file at the first structural error.
struct ReadError {
    QString pointer;
    QString message;
};

[[noreturn]] void bad(const QString &pointer, const QString &message) { throw ReadError{pointer, message}; }

QString expectString(const json &j, const QString &pointer, const QString &what)
{
    if (!j.is_string())
        bad(pointer, NativeFileMsg::tr("%1 must be a string, not %2").arg(what, jsonTypeName(j)));
    return qstr(j.get<std::string>());
}

QVariant readValue(const PropertySpec &spec, const json &j, const QString &pointer)
{
    const QString what = u"\""_s + spec.key + u'"';
    switch (spec.kind) {
    case ValueKind::Integer: {
        if (j.is_number_unsigned() && j.get<std::uint64_t>() > std::uint64_t(std::numeric_limits<qint64>::max()))
            bad(pointer, NativeFileMsg::tr("%1 is out of range").arg(what));
        if (!j.is_number_integer()) {
            // Integers beyond 64 bits reach us as floating point: they are whole, just too big.
            if (j.is_number_float() && std::abs(j.get<double>()) >= 9.2e18)
                bad(pointer, NativeFileMsg::tr("%1 is out of range").arg(what));
            if (j.is_number_float())
                bad(pointer, NativeFileMsg::tr("%1 must be a whole number").arg(what));
            bad(pointer, NativeFileMsg::tr("%1 must be a number, not %2").arg(what, jsonTypeName(j)));
        }
        return QVariant(qint64(j.get<std::int64_t>()));
    }
    case ValueKind::Boolean:
        if (!j.is_boolean())
            bad(pointer, NativeFileMsg::tr("%1 must be true or false, not %2").arg(what, jsonTypeName(j)));
        return QVariant(j.get<bool>());
    case ValueKind::ReferenceList: {
        if (!j.is_array())
            bad(pointer, NativeFileMsg::tr("%1 must be an array of ids, not %2").arg(what, jsonTypeName(j)));
        QStringList ids;
        for (size_t i = 0; i < j.size(); ++i)
            ids.append(expectString(j[i], pointer + u'/' + QString::number(i), NativeFileMsg::tr("an id")));
        return ids;
    }
    case ValueKind::Table: {
        if (!j.is_array())
            bad(pointer, NativeFileMsg::tr("%1 must be an array of rows, not %2").arg(what, jsonTypeName(j)));
        QVariantList rows;
        for (size_t i = 0; i < j.size(); ++i) {
            const QString rowPointer = pointer + u'/' + QString::number(i);
            const json &r = j[i];
            if (!r.is_object())
                bad(rowPointer, NativeFileMsg::tr("a row of %1 must be an object, not %2").arg(what, jsonTypeName(r)));
            QVariantMap row;
            for (auto it = r.begin(); it != r.end(); ++it) {
                const QString key = qstr(it.key());
                const PropertySpec *col = spec.column(key);
                const QString cellPointer = rowPointer + u'/' + escapePointerToken(key);
                if (!col)
                    bad(cellPointer, NativeFileMsg::tr("unknown field \"%1\" in a row of %2").arg(key, what));
                row.insert(key, readValue(*col, *it, cellPointer));
            }
            rows.append(row);
        }
        return rows;
    }
    default:
        return expectString(j, pointer, what);
    }
}

double readNumber(const json &obj, const char *key, const QString &pointer)
{
    const QString p = pointer + u'/' + QLatin1StringView(key);
    if (!obj.contains(key))
        bad(pointer, NativeFileMsg::tr("layout entry needs \"%1\"").arg(QLatin1StringView(key)));
    const json &v = obj.at(key);
    if (!v.is_number())
        bad(p, NativeFileMsg::tr("\"%1\" must be a number, not %2").arg(QLatin1StringView(key), jsonTypeName(v)));
    const double d = v.get<double>();
    if (!std::isfinite(d) || std::abs(d) > 1e7)
        bad(p, NativeFileMsg::tr("\"%1\" is out of range").arg(QLatin1StringView(key)));
    return d;
}

void readDocument(const json &root, LoadResult &result)
{
    if (!root.is_object())
        bad(QString(), NativeFileMsg::tr("not a SkyDraft design: the top level must be an object"));
    if (!root.contains("format") || root["format"] != "skydraft")
        bad(root.contains("format") ? u"/format"_s : QString(),
            NativeFileMsg::tr("not a SkyDraft design: \"format\": \"skydraft\" is missing"));
    if (!root.contains("version") || !root["version"].is_number_integer())
        bad(root.contains("version") ? u"/version"_s : QString(), NativeFileMsg::tr("\"version\" must be a whole number"));
    const auto version = root["version"].get<std::int64_t>();
    if (version > NativeFile::currentVersion)
        bad(u"/version"_s,
            NativeFileMsg::tr("this design was written by a newer SkyDraft (file version %1; this build reads up to %2): "
               "update SkyDraft to open it")
                .arg(version)
                .arg(NativeFile::currentVersion));
    if (version < 1)
        bad(u"/version"_s, NativeFileMsg::tr("unknown file version %1").arg(version));
    // Older versions would be migrated here, one step at a time; version 1 is the first.
    result.migratedFrom = version < NativeFile::currentVersion ? int(version) : 0;

    static const std::set<std::string> topKeys = {"format", "version", "title", "description",
                                                  "region", "resources", "layout", "cloudformation"};
    for (auto it = root.begin(); it != root.end(); ++it)
        if (!topKeys.count(it.key()))
            bad(u'/' + escapePointerToken(qstr(it.key())), NativeFileMsg::tr("unknown key \"%1\"").arg(qstr(it.key())));

    auto doc = std::make_unique<Document>();
    if (root.contains("title"))
        doc->setTitle(expectString(root["title"], u"/title"_s, u"\"title\""_s));
    if (root.contains("description"))
        doc->setDescription(expectString(root["description"], u"/description"_s, u"\"description\""_s));
    if (root.contains("region"))
        doc->setRegion(expectString(root["region"], u"/region"_s, u"\"region\""_s));
    if (root.contains("cloudformation")) {
        // An imported template's parts the design does not draw: kept as they are.
        if (!root["cloudformation"].is_object())
            bad(u"/cloudformation"_s, NativeFileMsg::tr("\"cloudformation\" must be an object, not %1").arg(jsonTypeName(root["cloudformation"])));
    }

    if (!root.contains("resources") || !root["resources"].is_array())
        bad(root.contains("resources") ? u"/resources"_s : QString(), NativeFileMsg::tr("\"resources\" must be an array"));
    const json &resources = root["resources"];
    QList<Resource> list;
    list.reserve(qsizetype(resources.size()));
    for (size_t i = 0; i < resources.size(); ++i) {
        const QString p = u"/resources/"_s + QString::number(i);
        const json &jr = resources[i];
        if (!jr.is_object())
            bad(p, NativeFileMsg::tr("a resource must be an object, not %1").arg(jsonTypeName(jr)));
        for (auto it = jr.begin(); it != jr.end(); ++it) {
            static const std::set<std::string> keys = {"id", "type", "name", "parent", "properties"};
            if (!keys.count(it.key()))
                bad(p + u'/' + escapePointerToken(qstr(it.key())), NativeFileMsg::tr("unknown key \"%1\"").arg(qstr(it.key())));
        }
        Resource r;
        if (!jr.contains("id"))
            bad(p, NativeFileMsg::tr("a resource needs an \"id\""));
        r.id = expectString(jr["id"], p + u"/id"_s, u"\"id\""_s);
        if (r.id.isEmpty())
            bad(p + u"/id"_s, NativeFileMsg::tr("\"id\" must not be empty"));
        if (result.resourceIndex.contains(r.id))
            bad(p + u"/id"_s, NativeFileMsg::tr("duplicate id \"%1\" (also resource %2)").arg(r.id).arg(result.resourceIndex.value(r.id)));
        result.resourceIndex.insert(r.id, int(i));
        if (!jr.contains("type"))
            bad(p, NativeFileMsg::tr("resource \"%1\" needs a \"type\"").arg(r.id));
        const QString typeName = expectString(jr["type"], p + u"/type"_s, u"\"type\""_s);
        const auto type = typeFromKey(typeName);
        if (!type)
            bad(p + u"/type"_s, NativeFileMsg::tr("unknown resource type \"%1\"").arg(typeName));
        r.type = *type;
        if (jr.contains("name"))
            r.name = expectString(jr["name"], p + u"/name"_s, u"\"name\""_s);
        if (jr.contains("parent"))
            r.parent = expectString(jr["parent"], p + u"/parent"_s, u"\"parent\""_s);
        if (jr.contains("properties")) {
            const json &props = jr["properties"];
            if (!props.is_object())
                bad(p + u"/properties"_s, NativeFileMsg::tr("\"properties\" must be an object, not %1").arg(jsonTypeName(props)));
            for (auto it = props.begin(); it != props.end(); ++it) {
                const QString key = qstr(it.key());
                const QString pp = p + u"/properties/"_s + escapePointerToken(key);
                const PropertySpec *spec = Catalogue::property(r.type, key);
                if (!spec)
                    bad(pp, NativeFileMsg::tr("resource type %1 has no property \"%2\"").arg(typeKey(r.type), key));
                r.properties.insert(key, readValue(*spec, *it, pp));
            }
        }
        list.append(std::move(r));
    }
    // Parents are checked once every id is known, so the file may list them in any order.
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Resource &r = list[i];
        if (!r.parent.isEmpty() && !result.resourceIndex.contains(r.parent))
            bad(u"/resources/"_s + QString::number(i) + u"/parent"_s,
                NativeFileMsg::tr("parent \"%1\" is not a resource of this design").arg(r.parent));
        if (r.parent == r.id)
            bad(u"/resources/"_s + QString::number(i) + u"/parent"_s, NativeFileMsg::tr("a resource cannot contain itself"));
    }
    // Containment must not loop. Each chain of parents is walked once (1: on the current path,
    // 2: known to reach the top level), so this stays linear; inserting everything at the top
    // level and moving it under its parent afterwards was quadratic in large designs. Of a loop,
    // the resource listed last is reported: the one whose parent closes it.
    qsizetype loopAt = -1;
    QHash<QString, int> walked;
    walked.reserve(list.size());
    for (const Resource &start : std::as_const(list)) {
        QStringList path;
        QString at = start.id;
        while (!at.isEmpty() && walked.value(at) == 0) {
            walked.insert(at, 1);
            path.append(at);
            at = list[result.resourceIndex.value(at)].parent;
        }
        if (!at.isEmpty() && walked.value(at) == 1) {
            qsizetype last = -1;
            for (qsizetype k = path.indexOf(at); k < path.size(); ++k)
                last = std::max<qsizetype>(last, result.resourceIndex.value(path[k]));
            if (loopAt < 0 || last < loopAt)
                loopAt = last;
        }
        for (const QString &id : std::as_const(path))
            walked.insert(id, 2);
    }
    if (loopAt >= 0)
        bad(u"/resources/"_s + QString::number(loopAt) + u"/parent"_s,
            NativeFileMsg::tr("containment loops back to \"%1\"").arg(list[loopAt].id));
    for (const Resource &r : std::as_const(list))
        doc->insert(r);

    if (root.contains("layout")) {
        const json &layout = root["layout"];
        if (!layout.is_object())
            bad(u"/layout"_s, NativeFileMsg::tr("\"layout\" must be an object, not %1").arg(jsonTypeName(layout)));
        for (auto it = layout.begin(); it != layout.end(); ++it) {
            const QString id = qstr(it.key());
            const QString p = u"/layout/"_s + escapePointerToken(id);
            if (!doc->contains(id))
                bad(p, NativeFileMsg::tr("layout for \"%1\", which is not a resource of this design").arg(id));
            const json &g = *it;
            if (!g.is_object())
                bad(p, NativeFileMsg::tr("a layout entry must be an object, not %1").arg(jsonTypeName(g)));
            const QRectF rect(readNumber(g, "x", p), readNumber(g, "y", p), readNumber(g, "width", p),
                              readNumber(g, "height", p));
            if (rect.width() < 0 || rect.height() < 0)
                bad(p, NativeFileMsg::tr("width and height must not be negative"));
            doc->setGeometry(id, rect);
        }
    }
    result.document = std::move(doc);
}

ordered_json writeValue(const PropertySpec &spec, const QVariant &value)
{
    switch (spec.kind) {
    case ValueKind::Integer:
        return value.toLongLong();
    case ValueKind::Boolean:
        return value.toBool();
    case ValueKind::ReferenceList: {
        ordered_json a = ordered_json::array();
        for (const QString &s : value.toStringList())
            a.push_back(sstr(s));
        return a;
    }
    case ValueKind::Table: {
        ordered_json rows = ordered_json::array();
        for (const QVariant &rv : value.toList()) {
            const QVariantMap row = rv.toMap();
            ordered_json out = ordered_json::object();
            for (const PropertySpec &col : spec.columns) // catalogue order: stable and readable
                if (row.contains(col.key))
                    out[sstr(col.key)] = writeValue(col, row.value(col.key));
            rows.push_back(std::move(out));
        }
        return rows;
    }
    default:
        return sstr(value.toString());
    }
}

ordered_json number(double d)
{
    // Whole numbers are written without a fraction, which is what people expect to read.
    if (d == std::floor(d) && std::abs(d) < 1e15)
        return std::int64_t(d);
    return d;
}

} // namespace

struct LoadResult::LocateIndex {
    explicit LocateIndex(const QByteArray &text)
        : resources(jsonArrayElements(text, u"/resources"_s))
        , positions(text)
    {
    }
    std::vector<qsizetype> resources; ///< offset of each element of "resources"
    TextPositions positions;
};

void LoadResult::locate(Diagnostic &d) const
{
    d.file = fileName;
    if (!resourceIndex.contains(d.resourceId) && positions.contains(d.resourceId)) {
        std::tie(d.line, d.col) = positions.value(d.resourceId);
        return;
    }
    if (d.resourceId.isEmpty() || !resourceIndex.contains(d.resourceId))
        return;
    if (!m_locateIndex)
        m_locateIndex = std::make_shared<const LocateIndex>(text);
    const int index = resourceIndex.value(d.resourceId);
    if (index < 0 || size_t(index) >= m_locateIndex->resources.size())
        return;
    const qsizetype resourceOffset = m_locateIndex->resources[size_t(index)];
    const QString resource = u"/resources/"_s + QString::number(index);
    QStringList candidates; // relative to the resource, most precise first
    if (d.property == u"parent"_s || d.property == u"id"_s || d.property == u"name"_s) {
        candidates.append(u'/' + d.property);
    } else if (!d.property.isEmpty()) {
        const QString prop = u"/properties/"_s + escapePointerToken(d.property);
        if (d.row >= 0) {
            const QString row = prop + u'/' + QString::number(d.row);
            if (!d.column.isEmpty())
                candidates.append(row + u'/' + escapePointerToken(d.column));
            candidates.append(row);
        }
        candidates.append(prop);
    }
    candidates.append(QString());
    // The most precise place that exists in the text: a default value is not written, so a
    // problem with it points at its resource.
    for (const QString &c : std::as_const(candidates)) {
        if (const auto offset = locateJsonPointer(text, c, resourceOffset)) {
            const TextPosition pos = m_locateIndex->positions.at(*offset);
            d.pointer = resource + c;
            d.line = pos.line;
            d.col = pos.column;
            return;
        }
    }
}

bool NativeFile::looksNative(const QByteArray &text)
{
    // Cheap sniff: the format marker near the start. The full check happens on parse.
    const QByteArray head = text.left(4096);
    return head.trimmed().startsWith('{') && head.contains("\"format\"") && head.contains("\"skydraft\"");
}

LoadResult NativeFile::parse(const QByteArray &text, const QString &fileName)
{
    LoadResult result;
    result.fileName = fileName;
    result.text = text;
    auto fail = [&](qsizetype offset, const QString &pointer, const QString &message) {
        Diagnostic d;
        d.file = fileName;
        d.message = message;
        d.pointer = pointer;
        if (offset >= 0) {
            const TextPosition pos = positionOfOffset(text, offset);
            d.line = pos.line;
            d.col = pos.column;
        }
        result.errors.append(d);
        result.document.reset();
        return std::move(result);
    };

    if (const auto deep = findExcessiveNesting(text, maxNesting))
        return fail(*deep, {}, NativeFileMsg::tr("nesting deeper than %1 levels").arg(maxNesting));

    json root;
    try {
        root = json::parse(text.constBegin(), text.constEnd());
    } catch (const json::parse_error &e) {
        // e.what(): "[json.exception.parse_error.101] parse error at line 1, column 2: <reason>"
        QString reason = QString::fromUtf8(e.what());
        const qsizetype colon = reason.indexOf(u": "_s);
        if (colon >= 0)
            reason = reason.mid(colon + 2);
        reason.replace(u'\n', u' ');
        const qsizetype offset = e.byte > 0 ? qsizetype(e.byte) - 1 : 0;
        return fail(std::min<qsizetype>(offset, text.size()), {}, NativeFileMsg::tr("invalid JSON: %1").arg(reason));
    } catch (const json::out_of_range &e) {
        // "[json.exception.out_of_range.406] number overflow parsing '1e999'": no position is
        // given, so point at the first occurrence of the offending literal.
        QString reason = QString::fromUtf8(e.what());
        reason = reason.mid(reason.indexOf(u"] "_s) + 2);
        const qsizetype open = reason.indexOf(u'\'');
        const qsizetype close = reason.lastIndexOf(u'\'');
        qsizetype offset = 0;
        if (open >= 0 && close > open)
            offset = std::max<qsizetype>(0, findNumberToken(text, reason.mid(open + 1, close - open - 1).toUtf8()));
        return fail(offset, {}, NativeFileMsg::tr("invalid JSON: %1").arg(reason));
    } catch (const std::exception &e) {
        return fail(0, {}, NativeFileMsg::tr("invalid JSON: %1").arg(QString::fromUtf8(e.what())));
    }

    try {
        readDocument(root, result);
        if (result.document && root.contains("cloudformation") && root["cloudformation"].is_object()) {
            // Read again keeping the keys' order: the template's own order is written back.
            const ordered_json ordered = ordered_json::parse(text.constBegin(), text.constEnd());
            if (!ordered["cloudformation"].empty())
                result.document->setPassThrough(QByteArray::fromStdString(ordered["cloudformation"].dump()));
        }
    } catch (const ReadError &e) {
        const auto offset = locateJsonPointer(text, e.pointer);
        return fail(offset.value_or(-1), e.pointer, e.message);
    } catch (const std::exception &e) { // nlohmann type errors, bad_alloc: never a crash
        return fail(0, {}, NativeFileMsg::tr("unreadable design: %1").arg(QString::fromUtf8(e.what())));
    }
    return result;
}

LoadResult NativeFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        LoadResult result;
        result.fileName = path;
        Diagnostic d;
        d.file = path;
        d.message = NativeFileMsg::tr("cannot open: %1").arg(file.errorString());
        result.errors.append(d);
        return result;
    }
    if (file.size() > maxFileSize) {
        LoadResult result;
        result.fileName = path;
        Diagnostic d;
        d.file = path;
        d.message = NativeFileMsg::tr("file is larger than %1 MiB").arg(maxFileSize / (1024 * 1024));
        result.errors.append(d);
        return result;
    }
    return parse(file.readAll(), path);
}

QByteArray NativeFile::serialize(const Document &document)
{
    ordered_json root = ordered_json::object();
    root["format"] = "skydraft";
    root["version"] = currentVersion;
    if (!document.title().isEmpty())
        root["title"] = sstr(document.title());
    if (!document.description().isEmpty())
        root["description"] = sstr(document.description());
    root["region"] = sstr(document.region());
    if (const QByteArray kept = document.passThrough(); !kept.isEmpty()) {
        ordered_json sections = ordered_json::parse(kept.toStdString(), nullptr, false);
        if (sections.is_object() && !sections.empty())
            root["cloudformation"] = std::move(sections);
    }

    ordered_json resources = ordered_json::array();
    ordered_json layout = ordered_json::object();
    for (const Resource *r : document.resources()) {
        ordered_json jr = ordered_json::object();
        jr["id"] = sstr(r->id);
        jr["type"] = sstr(typeKey(r->type));
        if (!r->name.isEmpty())
            jr["name"] = sstr(r->name);
        if (!r->parent.isEmpty())
            jr["parent"] = sstr(r->parent);
        ordered_json props = ordered_json::object();
        for (const PropertySpec &spec : Catalogue::spec(r->type).properties)
            if (r->isSet(spec.key))
                props[sstr(spec.key)] = writeValue(spec, r->properties.value(spec.key));
        if (!props.empty())
            jr["properties"] = std::move(props);
        resources.push_back(std::move(jr));

        if (const auto g = document.geometry(r->id)) {
            ordered_json jg = ordered_json::object();
            jg["x"] = number(g->x());
            jg["y"] = number(g->y());
            jg["width"] = number(g->width());
            jg["height"] = number(g->height());
            // Ids are unique: append without ordered_json's linear key search, which made
            // saving quadratic in the number of resources.
            layout.get_ref<ordered_json::object_t &>().emplace_back(sstr(r->id), std::move(jg));
        }
    }
    root["resources"] = std::move(resources);
    if (!layout.empty())
        root["layout"] = std::move(layout);
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

bool NativeFile::save(const Document &document, const QString &path, QString *error)
{
    QString why;
    if (writeFile(path, serialize(document), &why))
        return true;
    if (error)
        *error = why.mid(path.size() + 2); // the reason alone: callers name the file
    return false;
}

} // namespace skydraft
