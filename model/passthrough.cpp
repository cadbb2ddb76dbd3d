#include "passthrough.h"

#include "catalogue.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <set>

namespace skydraft::passthrough {

namespace {

using json = nlohmann::ordered_json;

struct Renamer {
    std::string from;
    std::string to;
    bool outside = false;

    /// A value naming `from` exactly.
    void exact(json &v) const
    {
        if (v.is_string() && v.get<std::string>() == from)
            v = to;
    }

    /// A resource of the design as imported (Resource::snapshot()): its parent and the
    /// properties and table cells the catalogue says are references.
    void design(json &d) const
    {
        if (!d.is_object())
            return;
        if (d.contains("parent"))
            exact(d["parent"]);
        const auto type = d.contains("type") && d["type"].is_string() ? typeFromKey(QString::fromStdString(d["type"].get<std::string>()))
                                                                     : std::nullopt;
        if (!type || !d.contains("properties") || !d["properties"].is_object())
            return;
        json &properties = d["properties"];
        for (const PropertySpec &spec : Catalogue::spec(*type).properties) {
            const std::string key = spec.key.toStdString();
            if (!properties.contains(key))
                continue;
            json &v = properties[key];
            if (spec.kind == ValueKind::Reference) {
                exact(v);
            } else if (spec.kind == ValueKind::ReferenceList && v.is_array()) {
                for (auto &item : v)
                    exact(item);
            } else if (spec.kind == ValueKind::Table && v.is_array()) {
                for (auto &row : v)
                    for (const PropertySpec &column : spec.columns)
                        if (column.kind == ValueKind::Reference && row.is_object() && row.contains(column.key.toStdString()))
                            exact(row[column.key.toStdString()]);
            }
        }
    }

    /// A template value: Ref, GetAtt, Sub and DependsOn naming `from`.
    void templateValue(json &v) const
    {
        if (outside)
            return;
        if (v.is_array()) {
            for (auto &item : v)
                templateValue(item);
            return;
        }
        if (!v.is_object())
            return;
        for (auto it = v.begin(); it != v.end(); ++it) {
            json &value = it.value();
            const std::string &key = it.key();
            if ((key == "Ref" || key == "DependsOn") && value.is_string() && value.get<std::string>() == from) {
                value = to;
            } else if (key == "DependsOn" && value.is_array()) {
                for (auto &name : value)
                    if (name.is_string() && name.get<std::string>() == from)
                        name = to;
            } else if (key == "Fn::GetAtt" && value.is_array() && !value.empty() && value[0] == from) {
                value[0] = to;
            } else if (key == "Fn::GetAtt" && value.is_string() && value.get<std::string>().rfind(from + ".", 0) == 0) {
                value = to + value.get<std::string>().substr(from.size());
            } else if (key == "Fn::Sub") {
                json &text = value.is_array() && !value.empty() ? value[0] : value;
                if (text.is_string() && !(value.is_array() && value.size() > 1 && value[1].is_object() && value[1].contains(from)))
                    text = sub(text.get<std::string>());
                if (value.is_array())
                    for (size_t i = 1; i < value.size(); ++i)
                        templateValue(value[i]);
            } else {
                templateValue(value);
            }
        }
    }

    /// ${from} and ${from.Attribute} in a Sub's text.
    std::string sub(const std::string &text) const
    {
        const QString pattern = QStringLiteral("\\$\\{") + QRegularExpression::escape(QString::fromStdString(from))
            + QStringLiteral("(\\.[^}]*)?\\}");
        QString out = QString::fromStdString(text);
        out.replace(QRegularExpression(pattern), QStringLiteral("${") + QString::fromStdString(to) + QStringLiteral("\\1}"));
        return out.toStdString();
    }

    /// A map keyed by design id: the key `from` becomes `to`, in place (the order stays).
    void keys(json &map) const
    {
        if (!map.is_object() || !map.contains(from) || map.contains(to))
            return;
        json out = json::object();
        for (auto it = map.begin(); it != map.end(); ++it)
            appendNew(out, it.key() == from ? to : it.key(), std::move(it.value()));
        map = std::move(out);
    }

    /// Appends a key known to be new: nlohmann's ordered map searches its keys on every
    /// insert, n² steps for a map of n keys.
    static void appendNew(json &object, const std::string &key, json value)
    {
        auto &map = object.get_ref<json::object_t &>();
        static_cast<json::object_t::Container &>(map).emplace_back(key, std::move(value));
    }

    /// A folded resource's signature ("route:TABLE:DEST"): each part naming `from`; in a
    /// rule's ("rule:GROUP:in:{row}", model/rulesignature.h) the group and the row's cells.
    std::string signature(const std::string &s) const
    {
        const QString text = QString::fromStdString(s);
        if (text.startsWith(QLatin1String("rule:"))) {
            const qsizetype groupEnd = text.indexOf(QLatin1Char(':'), 5);
            const qsizetype directionEnd = groupEnd < 0 ? -1 : text.indexOf(QLatin1Char(':'), groupEnd + 1);
            if (directionEnd > 0) {
                QString group = text.mid(5, groupEnd - 5);
                if (group.toStdString() == from)
                    group = QString::fromStdString(to);
                QJsonObject row = QJsonDocument::fromJson(text.mid(directionEnd + 1).toUtf8()).object();
                for (auto it = row.begin(); it != row.end(); ++it)
                    if (it.value().toString().toStdString() == from)
                        it.value() = QString::fromStdString(to);
                const QString out = QLatin1String("rule:") + group + text.mid(groupEnd, directionEnd - groupEnd + 1)
                    + QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
                return out.toStdString();
            }
        }
        QStringList parts = text.split(QLatin1Char(':'));
        for (QString &p : parts)
            if (p.toStdString() == from)
                p = QString::fromStdString(to);
        return parts.join(QLatin1Char(':')).toStdString();
    }
};

} // namespace

QByteArray renamed(const QByteArray &text, const QString &from, const QString &to, bool outside)
{
    if (text.isEmpty() || from == to)
        return text;
    json root = json::parse(text.toStdString(), nullptr, false);
    if (!root.is_object())
        return text;
    const Renamer r{from.toStdString(), to.toStdString(), outside};
    for (auto it = root.begin(); it != root.end(); ++it) {
        const std::string &section = it.key();
        json &value = it.value();
        if (section == "AsWritten" && value.is_object()) {
            for (auto entry = value.begin(); entry != value.end(); ++entry) {
                if (!entry.value().is_object())
                    continue;
                if (entry.value().contains("Design"))
                    r.design(entry.value()["Design"]);
                if (entry.value().contains("Resource"))
                    r.templateValue(entry.value()["Resource"]);
            }
            r.keys(value);
        } else if (section == "DrawnResources") {
            r.templateValue(value);
            r.keys(value);
        } else if (section == "ResourceOrder" && value.is_array()) {
            if (!outside)
                for (auto &id : value)
                    if (id == r.from)
                        id = r.to;
        } else if (section == "FoldedIds" && value.is_object()) {
            json out = json::object();
            std::set<std::string> seen;
            for (auto entry = value.begin(); entry != value.end(); ++entry)
                if (const std::string signature = r.signature(entry.key()); seen.insert(signature).second)
                    Renamer::appendNew(out, signature, std::move(entry.value()));
            value = std::move(out);
        } else if (section == "Listeners" || section == "ListenerRules") {
            // The target groups the rows took from what is kept: design ids.
            for (auto &entry : value) {
                if (entry.is_object() && entry.contains("TargetGroup"))
                    r.exact(entry["TargetGroup"]);
                if (entry.is_object() && entry.contains("Forwards"))
                    for (auto &forward : entry["Forwards"])
                        if (forward.is_array() && !forward.empty())
                            r.exact(forward[0]);
            }
            r.templateValue(value);
        } else if (section != "Parameters" && section != "Mappings" && section != "Title" && section != "Description") {
            r.templateValue(value); // Resources not drawn, Outputs, Conditions, Metadata...
        }
    }
    return QByteArray::fromStdString(root.dump());
}

bool usesName(const QByteArray &text, const QString &name)
{
    if (text.isEmpty())
        return false;
    const json root = json::parse(text.toStdString(), nullptr, false);
    if (!root.is_object())
        return false;
    const std::string n = name.toStdString();
    for (const char *section : {"Resources", "Parameters", "AsWritten"})
        if (root.contains(section) && root[section].is_object() && root[section].contains(n))
            return true;
    for (const char *section : {"ResourceOrder"})
        if (root.contains(section) && root[section].is_array())
            for (const json &id : root[section])
                if (id == n)
                    return true;
    if (root.contains("FoldedIds") && root["FoldedIds"].is_object())
        for (const json &id : root["FoldedIds"])
            if (id == n)
                return true;
    return false;
}

} // namespace skydraft::passthrough
