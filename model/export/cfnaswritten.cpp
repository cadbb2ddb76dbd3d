// CloudFormation export of an imported design as the template wrote it (AsWritten in the
// native file's `cloudformation`): what the edits did not change goes back as written, what
// they changed is the design's, and what the export alone adds to a template (defaults,
// helpers, parameters, outputs) stays out. README: the native file.

#include "cfncontext.h"

using namespace Qt::StringLiterals;

namespace skydraft::exchange {

namespace {

/// The names a DependsOn gives (one name or a list).
QStringList dependsOn(const Value *d)
{
    QStringList out;
    if (d && d->kind() == Value::Kind::String)
        out.append(d->toString());
    else if (d && d->kind() == Value::Kind::List)
        for (const Value &name : d->items())
            out.append(name.toString());
    return out;
}

/// What a resource names: Ref, GetAtt and Sub anywhere in it, and its DependsOn.
QStringList namesOf(const Value &resource)
{
    QStringList names;
    namesIn(resource, names);
    names += dependsOn(resource.find(u"DependsOn"_s));
    return names;
}

/// A launch template's data as the launch configuration it was imported from says it: what
/// writeAsWritten() compares an edited launch configuration with.
Value asLaunchConfiguration(const Value &launchTemplate)
{
    Value out = Value::map();
    out[u"Type"_s] = u"AWS::AutoScaling::LaunchConfiguration"_s;
    const Value *data = launchTemplate.find(u"Properties"_s) ? launchTemplate.find(u"Properties"_s)->find(u"LaunchTemplateData"_s) : nullptr;
    Value properties = Value::map();
    for (const auto &[key, value] : data ? data->entries() : std::vector<std::pair<QString, Value>>{}) {
        if (key == u"SecurityGroupIds"_s) {
            properties[u"SecurityGroups"_s] = value;
        } else if (key == u"NetworkInterfaces"_s && value.kind() == Value::Kind::List && !value.items().empty()) {
            const Value &first = value.items().front();
            if (const Value *pub = first.find(u"AssociatePublicIpAddress"_s))
                properties[u"AssociatePublicIpAddress"_s] = *pub;
            if (const Value *groups = first.find(u"Groups"_s))
                properties[u"SecurityGroups"_s] = *groups;
        } else if (key == u"ImageId"_s || key == u"InstanceType"_s || key == u"KeyName"_s || key == u"UserData"_s
                   || key == u"BlockDeviceMappings"_s || key == u"MetadataOptions"_s) {
            properties[key] = value;
        }
    }
    out[u"Properties"_s] = std::move(properties);
    return out;
}

/// Merges one value three ways: as the template wrote it (`raw`), as the export writes the
/// design as imported (`before`, nullptr when it did not write it) and as it writes the design
/// now (`now`, nullptr likewise).
class Merge
{
public:
    explicit Merge(std::function<bool(const QString &)> known)
        : m_known(std::move(known))
    {
    }

    QStringList dropped; ///< "path (names)": written from the design, the template's naming what is gone

    std::optional<Value> merge(const Value &raw, const Value *before, const Value *now, const QString &path)
    {
        if (!now) // the export does not write it: not modelled, or the edit removed it
            return before ? std::nullopt : asWritten(raw, nullptr, path);
        if (before && *before == *now) // not changed
            return asWritten(raw, now, path);
        // An intrinsic as written (!If, !Select...) stands for a value as a whole: the design's
        // once that value changed, never a mix.
        if (isIntrinsic(raw))
            return *now;
        // What the export did not write before but writes now (a first Name tag next to the
        // template's other tags): merged with nothing.
        const Value empty = raw.kind() == Value::Kind::List ? Value::list() : Value::map();
        if (!before && raw.kind() == now->kind() && (raw.kind() == Value::Kind::Map || raw.kind() == Value::Kind::List))
            before = &empty;
        if (!before) // the edit wrote it
            return inStyle(raw, *now);
        if (raw.kind() == Value::Kind::Map && before->kind() == Value::Kind::Map && now->kind() == Value::Kind::Map) {
            Value out = Value::map();
            for (const auto &[key, value] : raw.entries())
                if (auto m = merge(value, before->find(key), now->find(key), path + u'.' + key))
                    out[key] = std::move(*m);
            // What the template did not write stays out while the edit left it as it was (a
            // default the export spells out).
            for (const auto &[key, value] : now->entries())
                if (!raw.contains(key) && !(before->find(key) && *before->find(key) == value))
                    out[key] = value;
            return out;
        }
        if (raw.kind() == Value::Kind::List && before->kind() == Value::Kind::List && now->kind() == Value::Kind::List) {
            if (keyed(raw) && keyed(*before) && keyed(*now))
                return mergeKeyed(raw, *before, *now, path);
            if (raw.size() == before->size())
                return mergeItems(raw, *before, *now, path);
        }
        return inStyle(raw, *now);
    }

private:
    /// `now` spelt as the template spelt what it replaces: 300 where it wrote a number, true
    /// where it wrote a boolean (the export writes some as text, "300", the same to
    /// CloudFormation).
    static Value inStyle(const Value &raw, const Value &now)
    {
        // The same value the template wrote as text ('true', '80'): as it wrote it.
        if (raw.kind() == Value::Kind::String
            && ((now.kind() == Value::Kind::Bool && raw.toString().toLower() == (now.toBool() ? u"true"_s : u"false"_s))
                || (now.kind() == Value::Kind::Integer && raw.toString() == QString::number(now.toInteger()))))
            return raw;
        if (now.kind() != Value::Kind::String)
            return now;
        bool ok = false;
        const qint64 number = now.toString().toLongLong(&ok);
        if (raw.kind() == Value::Kind::Integer && ok && QString::number(number) == now.toString())
            return Value(number);
        if (raw.kind() == Value::Kind::Bool && (now.toString() == u"true"_s || now.toString() == u"false"_s))
            return Value(now.toString() == u"true"_s);
        return now;
    }

    static bool isIntrinsic(const Value &v)
    {
        if (v.kind() != Value::Kind::Map || v.size() != 1)
            return false;
        const QString &key = v.entries().front().first;
        return key == u"Ref"_s || key == u"Condition"_s || key.startsWith(u"Fn::"_s);
    }

    /// A list of {Key: ..., Value: ...} maps with literal, distinct keys (Tags).
    static bool keyed(const Value &list)
    {
        QSet<QString> keys;
        for (const Value &item : list.items()) {
            const Value *key = item.kind() == Value::Kind::Map ? item.find(u"Key"_s) : nullptr;
            if (!key || key->kind() != Value::Kind::String || keys.contains(key->toString()))
                return false;
            keys.insert(key->toString());
        }
        return true;
    }

    static const Value *byKey(const Value &list, const QString &key)
    {
        for (const Value &item : list.items())
            if (item.find(u"Key"_s)->toString() == key)
                return &item;
        return nullptr;
    }

    /// Tags: each by its key, the template's order; a tag the design does not model (anything
    /// but Name) stays as written, one the edit added goes at the end.
    std::optional<Value> mergeKeyed(const Value &raw, const Value &before, const Value &now, const QString &path)
    {
        Value out = Value::list();
        for (const Value &item : raw.items()) {
            const QString key = item.find(u"Key"_s)->toString();
            if (auto m = merge(item, byKey(before, key), byKey(now, key), path + u'.' + key))
                out.append(std::move(*m));
        }
        for (const Value &item : now.items()) {
            const QString key = item.find(u"Key"_s)->toString();
            const Value *was = byKey(before, key);
            if (!byKey(raw, key) && !(was && *was == item))
                out.append(item);
        }
        return out;
    }

    /// A list whose items the template and the export write one for one (rules, subnets):
    /// items the edit kept are the template's (found by value: a rule is the same rule wherever
    /// it moved); one edited in place is merged with the one it was.
    std::optional<Value> mergeItems(const Value &raw, const Value &before, const Value &now, const QString &path)
    {
        Value out = Value::list();
        std::vector<bool> used(before.items().size(), false);
        const bool sameLength = now.size() == before.size();
        for (size_t i = 0; i < now.items().size(); ++i) {
            const Value &item = now.items()[i];
            size_t j = 0;
            while (j < used.size() && (used[j] || before.items()[j] != item))
                ++j;
            if (j < used.size()) {
                used[j] = true;
                if (auto m = asWritten(raw.items()[j], &item, path))
                    out.append(std::move(*m));
            } else if (sameLength) {
                if (auto m = merge(raw.items()[i], &before.items()[i], &item, path))
                    out.append(std::move(*m));
            } else {
                out.append(item);
            }
        }
        return out;
    }

    /// `raw` when what it names is written, else `fallback` (the design's) and a note: for the
    /// parts of a map or list that name what is gone only, the rest as written.
    std::optional<Value> asWritten(const Value &raw, const Value *fallback, const QString &path)
    {
        QStringList names;
        namesIn(raw, names);
        QStringList missing;
        for (const QString &n : std::as_const(names))
            if (!m_known(n) && !missing.contains(n))
                missing.append(n);
        if (missing.isEmpty())
            return raw;
        if (!isIntrinsic(raw) && fallback && raw.kind() == Value::Kind::Map && fallback->kind() == Value::Kind::Map) {
            Value out = Value::map();
            for (const auto &[key, value] : raw.entries())
                if (auto m = asWritten(value, fallback->find(key), path + u'.' + key))
                    out[key] = std::move(*m);
            return out;
        }
        if (fallback && raw.kind() == Value::Kind::List && fallback->kind() == Value::Kind::List && raw.size() == fallback->size()) {
            Value out = Value::list();
            for (size_t i = 0; i < raw.items().size(); ++i)
                if (auto m = asWritten(raw.items()[i], &fallback->items()[i], path))
                    out.append(std::move(*m));
            return out;
        }
        dropped.append(path + u" ("_s + missing.join(u", "_s) + u')');
        return fallback ? std::optional<Value>(*fallback) : std::nullopt;
    }

    std::function<bool(const QString &)> m_known;
};

} // namespace

void CfnContext::writeAsWritten(const std::function<bool(const QString &)> &isKnown)
{
    const Value *asWritten = m_kept.find(u"AsWritten"_s);
    if (!m_useAsWritten || !asWritten || asWritten->kind() != Value::Kind::Map)
        return;
    // Looked up by id in hashes: a template of thousands of resources stays linear.
    QSet<QString> written;
    for (const auto &[id, resource] : m_resources.entries())
        written.insert(id);
    auto known = [&](const QString &n) { return written.contains(n) || isKnown(n); };
    QHash<QString, const Value *> imported;
    if (m_imported)
        for (const auto &[id, resource] : m_imported->entries())
            imported.insert(id, &resource);
    const Value *foldedIds = m_kept.find(u"FoldedIds"_s);
    QSet<QString> modelled; // folded in and written by the design under the template's id
    for (const auto &[signature, id] : foldedIds ? foldedIds->entries() : std::vector<std::pair<QString, Value>>{})
        modelled.insert(id.toString());
    // What the design folded into a drawn resource without modelling it (a network interface of
    // an instance, an EIP association): written as written when what is written names it. A
    // drawn resource the design deleted never comes back this way.
    QHash<QString, const Value *> raws;
    QHash<QString, const Value *> foldable;
    for (const auto &[id, entry] : asWritten->entries())
        if (const Value *raw = entry.find(u"Resource"_s); raw && raw->kind() == Value::Kind::Map && raw->find(u"Type"_s)) {
            raws.insert(id, raw);
            if (!entry.contains(u"Design"_s) && !modelled.contains(id) && !written.contains(id))
                foldable.insert(id, raw);
        }
    for (bool more = true; more;) { // only those whose own names are written or foldable
        more = false;
        for (auto it = foldable.begin(); it != foldable.end();) {
            const QStringList names = namesOf(**it);
            if (std::all_of(names.cbegin(), names.cend(), [&](const QString &n) { return known(n) || foldable.contains(n); })) {
                ++it;
            } else {
                it = foldable.erase(it);
                more = true;
            }
        }
    }
    Merge merge([&](const QString &n) { return known(n) || foldable.contains(n); });
    Value resources = Value::map();
    for (const auto &[id, now] : m_resources.entries()) {
        const Value *raw = raws.value(id);
        if (!raw) {
            resources.insertNew(id, now);
            continue;
        }
        m_fromTemplate.insert(id);
        const Value *before = m_imported ? imported.value(id) : &now;
        const QString rawType = raw->find(u"Type"_s) ? raw->find(u"Type"_s)->toString() : QString();
        const QString type = now.find(u"Type"_s) ? now.find(u"Type"_s)->toString() : QString();
        std::optional<Value> merged;
        if (rawType == type || (before && *before == now)) {
            merged = merge.merge(*raw, before, &now, id);
        } else if (rawType == u"AWS::AutoScaling::LaunchConfiguration"_s && type == u"AWS::EC2::LaunchTemplate"_s && before) {
            // Imported as a launch template: compared as the launch configuration it was.
            const Value wasConfiguration = asLaunchConfiguration(*before);
            const Value isConfiguration = asLaunchConfiguration(now);
            merged = merge.merge(*raw, &wasConfiguration, &isConfiguration, id);
        }
        // Else a different kind of resource now: the design's.
        resources.insertNew(id, merged ? std::move(*merged) : now);
    }
    // What the written resources name that was folded in without being modelled.
    QStringList pending;
    for (const auto &[id, resource] : resources.entries())
        pending += namesOf(resource);
    while (!pending.isEmpty()) {
        const QString n = pending.takeLast();
        if (!foldable.contains(n) || written.contains(n))
            continue;
        written.insert(n);
        resources.insertNew(n, *foldable.value(n));
        m_fromTemplate.insert(n);
        pending += namesOf(*foldable.value(n));
    }
    m_resources = std::move(resources);
    if (!merge.dropped.isEmpty())
        notes.append(CfnMsg::tr("%1 not as the imported template wrote it (it names what this export does not write under that "
                                "id): written from the design, or left out").arg(merge.dropped.join(u"; "_s)));
}

void CfnContext::tidyAsWritten()
{
    const bool imported = m_useAsWritten && !m_fromTemplate.isEmpty();
    QSet<QString> keptIds; // looked up in hashes: linear in the template's size
    if (const Value *keptResources = m_kept.find(u"Resources"_s))
        for (const auto &[id, resource] : keptResources->entries())
            keptIds.insert(id);
    QHash<QString, const Value *> importedIndex;
    if (m_imported)
        for (const auto &[id, resource] : m_imported->entries())
            importedIndex.insert(id, &resource);
    auto fromTemplate = [&](const QString &id) { return m_fromTemplate.contains(id) || keptIds.contains(id); };
    // What the export adds to a design of its own and the template did without (a subnet group
    // for a database in the default VPC, an attachment's twin), unless an edit made it or what
    // is written names it.
    for (bool more = imported; more;) {
        more = false;
        QSet<QString> named;
        for (const auto &[id, resource] : m_resources.entries())
            for (const QString &n : namesOf(resource))
                if (n != id)
                    named.insert(n);
        for (const auto &[name, output] : m_outputs.entries())
            for (const QString &n : namesOf(output))
                named.insert(n);
        Value kept = Value::map();
        for (const auto &[id, resource] : m_resources.entries()) {
            const Value *before = m_imported ? importedIndex.value(id) : &resource;
            const bool exportOnly = !fromTemplate(id) && !doc.find(id) && before && *before == resource && !named.contains(id);
            if (exportOnly)
                more = true;
            else
                kept.insertNew(id, resource);
        }
        m_resources = std::move(kept);
    }
    // The template's order; what an edit added after it.
    if (const Value *order = m_kept.find(u"ResourceOrder"_s); imported && order)
        m_resources = inOrder(m_resources, *order);
    // Each DependsOn on what is written, in the form it had.
    QSet<QString> written;
    for (const auto &[id, resource] : m_resources.entries())
        written.insert(id);
    Value resources = Value::map();
    for (const auto &[id, resource] : m_resources.entries()) {
        const Value *depends = resource.find(u"DependsOn"_s);
        if (!depends) {
            resources.insertNew(id, resource);
            continue;
        }
        QStringList after;
        for (const QString &name : dependsOn(depends))
            if (written.contains(name))
                after.append(name);
            else if (fromTemplate(id))
                notes.append(CfnMsg::tr("%1 (kept from the imported template): DependsOn %2, which is not in the design any more, is left out").arg(id, name));
        Value rebuilt = Value::map();
        for (const auto &[key, value] : resource.entries())
            if (key != u"DependsOn"_s)
                rebuilt.insertNew(key, value);
            else if (after.size() == 1 && depends->kind() == Value::Kind::String)
                rebuilt.insertNew(key, after.first());
            else if (!after.isEmpty())
                rebuilt.insertNew(key, Value::stringList(after));
        resources.insertNew(id, std::move(rebuilt));
    }
    m_resources = std::move(resources);
    // Outputs the export adds for what came from the template (a load balancer's DNS name):
    // the template had its own.
    if (!imported)
        return;
    {
        const Value *keptOutputs = m_kept.find(u"Outputs"_s);
        Value outputs = Value::map();
        for (const auto &[name, output] : m_outputs.entries()) {
            const QStringList names = namesOf(output);
            const bool exportOnly = !(keptOutputs && keptOutputs->contains(name)) && !names.isEmpty()
                && std::all_of(names.cbegin(), names.cend(), fromTemplate);
            if (!exportOnly)
                outputs.insertNew(name, output);
        }
        m_outputs = std::move(outputs);
    }
    // Parameters the template did not have and nothing names any more.
    const Value *keptParameters = m_kept.find(u"Parameters"_s);
    QSet<QString> named;
    for (const Value *section : std::initializer_list<const Value *>{&m_resources, &m_outputs, m_kept.find(u"Conditions"_s), m_kept.find(u"Rules"_s)})
        if (section)
            for (const auto &[id, v] : section->entries())
                for (const QString &n : namesOf(v))
                    named.insert(n);
    Value parameters = Value::map();
    for (const auto &[name, definition] : m_parameters.entries())
        if ((keptParameters && keptParameters->contains(name)) || named.contains(name))
            parameters.insertNew(name, definition);
    m_parameters = std::move(parameters);
    if (!m_defaultVpcParameter.isEmpty() && !m_parameters.contains(m_defaultVpcParameter))
        m_defaultVpcParameter.clear();
    Value subnets = Value::map();
    for (const auto &[name, zone] : m_defaultSubnetParameters.entries())
        if (m_parameters.contains(name))
            subnets.insertNew(name, zone);
    m_defaultSubnetParameters = std::move(subnets);
}

} // namespace skydraft::exchange
