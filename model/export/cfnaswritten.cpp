// CloudFormation export of an imported design's own resources as the template wrote them
// (AsWritten in the native file's `cloudformation`): an unchanged resource as written, a
// changed one with what the edit left alone. README: the native file.

#include "cfncontext.h"

#include "model/document.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace skydraft::exchange {

void CfnContext::writeAsWritten(const std::function<bool(const QString &)> &known)
{
    // A drawn resource the design did not change since the import goes back as the template
    // wrote it: its properties as written (intrinsics, not the values they had offline: a
    // UserData keeps its ${AWS::StackName}, an instance type its !Ref), the ones the design does
    // not model (KeyName, BlockDeviceMappings...), and its Metadata, CreationPolicy,
    // UpdatePolicy, DeletionPolicy, Condition. What the export wrote and the template did not
    // (rules folded in from other resources) stays. A changed resource keeps the attributes.
    const Value *asWritten = m_kept.find(u"AsWritten"_s);
    if (!m_useAsWritten || !asWritten || asWritten->kind() != Value::Kind::Map)
        return;
    const QJsonObject designs = QJsonDocument::fromJson(doc.passThrough()).object().value(u"AsWritten"_s).toObject();
    const Value *keptResources = m_kept.find(u"Resources"_s);
    QStringList missing; // what the last resolvable() call did not find
    auto resolvable = [&](const Value &v) {
        QStringList names;
        namesIn(v, names);
        missing.clear();
        for (const QString &n : std::as_const(names))
            if (!known(n) && !(keptResources && keptResources->contains(n)) && !missing.contains(n))
                missing.append(n);
        return missing.isEmpty();
    };
    for (const auto &[id, entry] : asWritten->entries()) {
        const Value *raw = entry.find(u"Resource"_s);
        const Value *generated = m_resources.find(id);
        const Resource *r = doc.find(id);
        if (!raw || !generated || !r || !raw->find(u"Type"_s) || !generated->find(u"Type"_s)
            || raw->find(u"Type"_s)->toString() != generated->find(u"Type"_s)->toString())
            continue;
        const bool unchanged = designs.value(id).toObject().value(u"Design"_s).toObject() == r->snapshot();
        Value merged = Value::map();
        merged[u"Type"_s] = *generated->find(u"Type"_s);
        QStringList dropped;
        for (const QString &attribute : {u"Condition"_s, u"DependsOn"_s, u"Metadata"_s, u"CreationPolicy"_s,
                                         u"UpdatePolicy"_s, u"DeletionPolicy"_s, u"UpdateReplacePolicy"_s}) {
            const Value *mine = generated->find(attribute);
            const Value *theirs = raw->find(attribute);
            if (attribute == u"DependsOn"_s) {
                QStringList after;
                for (const Value *d : {mine, theirs})
                    if (d)
                        for (const Value &name : d->kind() == Value::Kind::List ? d->items() : std::vector<Value>{*d})
                            if (!after.contains(name.toString())
                                && (known(name.toString()) || (keptResources && keptResources->contains(name.toString()))))
                                after.append(name.toString());
                if (after.size() == 1)
                    merged[attribute] = after.first();
                else if (!after.isEmpty())
                    merged[attribute] = Value::stringList(after);
            } else if (theirs && (attribute == u"Condition"_s || resolvable(*theirs))) {
                merged[attribute] = *theirs;
            } else if (theirs) {
                dropped.append(attribute + u" (" + missing.join(u", "_s) + u')');
                if (mine)
                    merged[attribute] = *mine;
            } else if (mine) {
                merged[attribute] = *mine;
            }
        }
        Value properties = generated->find(u"Properties"_s) ? *generated->find(u"Properties"_s) : Value::map();
        // A group's rules can come from other resources of the template too (a conditional
        // SecurityGroupIngress folded in): the design's rules are the whole of them.
        const bool group = raw->find(u"Type"_s)->toString() == u"AWS::EC2::SecurityGroup"_s;
        // Changed: each property the edit left as it was imported (the same as writing the
        // resource as imported gives, the baseline), and each one the design does not model
        // (not in the baseline), as written; one level down too (a launch template's UserData
        // when only its instance type changed).
        const auto baseline = m_baseline.constFind(id);
        auto take = [&](const QString &key, const Value &value, Value &into) {
            if (resolvable(value))
                into[key] = value;
            else
                dropped.append(key + u" (" + missing.join(u", "_s) + u')');
        };
        if (const Value *written = raw->find(u"Properties"_s); written && (unchanged || baseline != m_baseline.cend()))
            for (const auto &[key, value] : written->entries()) {
                if (group && (key == u"SecurityGroupIngress"_s || key == u"SecurityGroupEgress"_s) && properties.contains(key))
                    continue;
                if (unchanged) {
                    take(key, value, properties);
                    continue;
                }
                const Value *before = baseline->find(key);
                const Value *now = properties.find(key);
                if (!before) {
                    if (!now)
                        take(key, value, properties); // not modelled
                } else if (now && *now == *before) {
                    take(key, value, properties); // modelled, not changed
                } else if (now && now->kind() == Value::Kind::Map && before->kind() == Value::Kind::Map
                           && value.kind() == Value::Kind::Map) {
                    Value inner = *now;
                    for (const auto &[sub, subValue] : value.entries()) {
                        const Value *subBefore = before->find(sub);
                        const Value *subNow = now->find(sub);
                        if ((!subBefore && !subNow) || (subBefore && subNow && *subBefore == *subNow))
                            take(sub, subValue, inner);
                    }
                    properties[key] = std::move(inner);
                }
            }
        if (!dropped.isEmpty())
            notes.append(CfnMsg::tr("%1: %2 not as the imported template wrote it (it names what this export does not write under "
                                    "that id): written from the design, or left out").arg(id, dropped.join(u"; "_s)));
        if (!properties.isEmpty())
            merged[u"Properties"_s] = std::move(properties);
        m_resources[id] = std::move(merged);
    }
}

} // namespace skydraft::exchange
