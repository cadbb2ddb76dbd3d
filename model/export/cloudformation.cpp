#include "cloudformation.h"

#include "cfncontext.h"
#include "exportrules.h"

#include "model/catalogue.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace skydraft::exchange {

/// The names a kept value refers to: Ref, Fn::GetAtt and ${...} in Fn::Sub.
void namesIn(const Value &v, QStringList &out)
{
    if (v.kind() == Value::Kind::List) {
        for (const Value &item : v.items())
            namesIn(item, out);
        return;
    }
    if (v.kind() != Value::Kind::Map)
        return;
    for (const auto &[key, value] : v.entries()) {
        if (key == u"Ref"_s && value.kind() == Value::Kind::String) {
            out.append(value.toString());
        } else if (key == u"Fn::GetAtt"_s) {
            if (value.kind() == Value::Kind::List && !value.items().empty())
                out.append(value.items().front().toString());
            else if (value.kind() == Value::Kind::String)
                out.append(value.toString().section(u'.', 0, 0));
        } else if (key == u"Fn::Sub"_s) {
            const Value &text = value.kind() == Value::Kind::List && !value.items().empty() ? value.items().front() : value;
            // Names the Sub defines itself (its variable map) are not the template's.
            const Value *variables = value.kind() == Value::Kind::List && value.items().size() > 1
                    && value.items()[1].kind() == Value::Kind::Map
                ? &value.items()[1]
                : nullptr;
            static const QRegularExpression variable(u"\\$\\{([^!}][^}]*)\\}"_s);
            for (auto it = variable.globalMatch(text.toString()); it.hasNext();) {
                const QString name = it.next().captured(1);
                if (!variables || !variables->contains(name))
                    out.append(name.section(u'.', 0, 0));
            }
            if (value.kind() == Value::Kind::List)
                for (size_t i = 1; i < value.items().size(); ++i)
                    namesIn(value.items()[i], out);
            continue;
        }
        namesIn(value, out);
    }
}

CfnContext::CfnContext(const Document &document)
    : doc(document)
    , facts(document)
    , m_names(document, [&document](const Resource &r) { return outside(document, r); })
{
    // An imported template's resources the design does not draw, and its parameters, keep
    // their names; its parameters are the ones outside resources are referred to by.
    const QByteArray kept = document.passThrough();
    if (kept.isEmpty())
        return;
    Value json = parseJson(kept);
    if (json.kind() != Value::Kind::Map)
        return;
    m_kept = std::move(json);
    // What the template keeps under its own names (resources, parameters) is never a design
    // resource's name: one added so is written under a fresh one ("AppLogs2").
    QSet<QString> reserved;
    for (const QString &section : {u"Resources"_s, u"Parameters"_s})
        if (const Value *names = m_kept.find(section); names && names->kind() == Value::Kind::Map)
            for (const auto &[name, v] : names->entries())
                reserved.insert(name);
    for (const Resource *r : document.resources())
        if (reserved.contains(alphanumeric(r->id)) && !outside(document, *r)) {
            m_names = LogicalIds(document, [&document](const Resource &res) { return outside(document, res); }, reserved);
            break;
        }
    if (const Value *resources = m_kept.find(u"Resources"_s))
        for (const auto &[id, r] : resources->entries())
            m_names.reserve(id);
    if (const Value *parameters = m_kept.find(u"Parameters"_s))
        for (const auto &[name, definition] : parameters->entries()) {
            m_names.reserve(name);
            m_parameterFor.insert(u"param:"_s + name, name);
            m_parameters.insertNew(name, definition);
        }
}

bool CfnContext::outside(const Document &doc, const Resource &r)
{
    return rules::outsideStack(doc, r);
}

bool CfnContext::outside(const QString &designId) const
{
    const Resource *r = doc.find(designId);
    return r && outside(doc, *r);
}

Value CfnContext::importValue(const QString &name) const
{
    if (!name.contains(u"${"_s))
        return single(u"Fn::ImportValue"_s, name);
    // An import named after other parameters ("${ParentVPCStack}-VPC"): those stay parameters.
    static const QRegularExpression variable(u"\\$\\{([A-Za-z0-9]+)\\}"_s);
    for (auto it = variable.globalMatch(name); it.hasNext();) {
        const QString parameterName = it.next().captured(1);
        Value p = Value::map();
        p[u"Type"_s] = u"String"_s;
        p[u"Description"_s] = u"Names the stack whose exports this template imports"_s;
        parameter(parameterName, u"param:"_s + parameterName, std::move(p));
    }
    return single(u"Fn::ImportValue"_s, single(u"Fn::Sub"_s, name));
}

Value CfnContext::outsideValue(const QString &designId) const
{
    const Resource *r = doc.find(designId);
    const QString origin = r ? r->string(u"externalSource"_s) : QString();
    const QStringList words = origin.split(u' ');
    auto selectFrom = [](qint64 index, Value list) {
        Value args = Value::list();
        args.append(index);
        args.append(std::move(list));
        return single(u"Fn::Select"_s, std::move(args));
    };
    auto split = [](Value text) {
        Value args = Value::list();
        args.append(u","_s);
        args.append(std::move(text));
        return single(u"Fn::Split"_s, std::move(args));
    };
    if (words.first() == u"parameter"_s && words.size() >= 3) {
        const QString &name = words[1];
        const QString &type = words[2];
        Value p = Value::map();
        p[u"Type"_s] = type;
        p[u"Description"_s] = QString(u"Existing "_s + (r->type == ResourceType::Vpc ? u"VPC"_s
                                                        : r->type == ResourceType::Subnet ? u"subnet(s)"_s
                                                        : r->type == ResourceType::SecurityGroup ? u"security group(s)"_s
                                                                                                 : u"resource"_s));
        Value value = parameter(name, u"param:"_s + name, std::move(p));
        if (words.size() >= 4) {
            const qint64 index = words[3].toLongLong();
            const bool list = type.startsWith(u"List<"_s) || type == u"CommaDelimitedList"_s;
            return selectFrom(index, list ? std::move(value) : split(std::move(value)));
        }
        return value;
    }
    if (words.first() == u"import-item"_s && words.size() >= 3)
        return selectFrom(words[1].toLongLong(), split(importValue(origin.section(u' ', 2))));
    if (words.first() == u"import"_s && words.size() >= 2)
        return importValue(origin.section(u' ', 1));
    if (words.first() == u"literal"_s && words.size() >= 2)
        return Value(origin.section(u' ', 1));
    if (origin == u"vpc-default"_s && !doc.vpcOf(designId).isEmpty() && !outside(doc.vpcOf(designId)))
        return getAttLogical(id(doc.vpcOf(designId)), u"DefaultSecurityGroup"_s); // made by AWS with the VPC
    // The account's default VPC and subnets, or a placeholder made by hand: a parameter of the
    // resource's AWS type, named after it.
    const bool isDefault = origin == u"default"_s;
    QString type = u"String"_s;
    QString description = u"Existing resource "_s + designId;
    if (r && r->type == ResourceType::Vpc) {
        type = u"AWS::EC2::VPC::Id"_s;
        description = isDefault ? u"The account's default VPC"_s : u"Existing VPC"_s;
    } else if (r && r->type == ResourceType::Subnet) {
        type = u"AWS::EC2::Subnet::Id"_s;
        const QString zone = doc.zoneOf(designId); // the zone's name
        description = isDefault ? u"The default subnet in "_s + zone + u" of the account's default VPC"_s : u"Existing subnet"_s;
    } else if (r && r->type == ResourceType::SecurityGroup) {
        type = u"AWS::EC2::SecurityGroup::Id"_s;
        description = u"Existing security group"_s;
    }
    Value p = Value::map();
    p[u"Type"_s] = type;
    p[u"Description"_s] = description;
    const QString name = id(designId);
    Value value = parameter(name, u"param:"_s + name, std::move(p));
    if (isDefault && r->type == ResourceType::Vpc)
        m_defaultVpcParameter = value.find(u"Ref"_s)->toString();
    else if (isDefault && r->type == ResourceType::Subnet) {
        m_defaultSubnetParameters[value.find(u"Ref"_s)->toString()] = doc.zoneOf(designId);
    }
    return value;
}

Value CfnContext::refLogical(const QString &logicalId)
{
    return single(u"Ref"_s, logicalId);
}

Value CfnContext::getAttLogical(const QString &logicalId, const QString &attribute)
{
    return single(u"Fn::GetAtt"_s, Value::stringList({logicalId, attribute}));
}

Value CfnContext::ref(const QString &designId) const
{
    return outside(designId) ? outsideValue(designId) : refLogical(id(designId));
}

Value CfnContext::getAtt(const QString &designId, const QString &attribute) const
{
    // An outside group's parameter or import is its id (GroupId), as is an outside VPC's.
    return outside(designId) ? outsideValue(designId) : getAttLogical(id(designId), attribute);
}

Value CfnContext::refs(const QStringList &designIds) const
{
    Value list = Value::list();
    for (const QString &d : designIds)
        if (doc.contains(d))
            list.append(ref(d));
    return list;
}

void CfnContext::add(const QString &logicalId, const QString &type, Value properties, const QStringList &dependsOn)
{
    Value resource = Value::map();
    resource[u"Type"_s] = type;
    QStringList depends;
    for (const QString &d : dependsOn)
        if (!d.isEmpty() && !depends.contains(d))
            depends.append(d);
    // What the imported template gave this drawn resource beyond the design (a subnet's IPv6
    // block from the VPC's Amazon-provided one): given back, in order after what it names that
    // is kept too (the VPCCidrBlock).
    const Value *drawn = m_kept.find(u"DrawnResources"_s);
    if (const Value *extra = drawn ? drawn->find(logicalId) : nullptr; extra && type == u"AWS::EC2::Subnet"_s) {
        if (const Value *props = extra->find(u"Properties"_s))
            for (const auto &[key, value] : props->entries())
                if (!properties.contains(key))
                    properties[key] = value;
        const Value *keptResources = m_kept.find(u"Resources"_s);
        if (const Value *after = extra->find(u"DependsOn"_s))
            for (const Value &d : after->kind() == Value::Kind::List ? after->items() : std::vector<Value>{*after})
                if (keptResources && keptResources->contains(d.toString()) && !depends.contains(d.toString()))
                    depends.append(d.toString());
    }
    // What the design folded in from an imported template goes back under the condition it
    // was written with (a rule only for a template without a bastion, say).
    if (const Value *conditions = m_kept.find(u"FoldedConditions"_s))
        if (const Value *condition = conditions->find(logicalId); condition && condition->kind() == Value::Kind::String)
            resource[u"Condition"_s] = *condition;
    if (depends.size() == 1)
        resource[u"DependsOn"_s] = depends.first();
    else if (!depends.isEmpty())
        resource[u"DependsOn"_s] = Value::stringList(depends);
    if (!properties.isEmpty())
        resource[u"Properties"_s] = std::move(properties);
    m_resources.insertNew(logicalId, std::move(resource)); // ids are unique by construction
}

void CfnContext::addOutput(const QString &name, const QString &description, Value value)
{
    Value output = Value::map();
    output[u"Description"_s] = description;
    output[u"Value"_s] = std::move(value);
    m_outputs.insertNew(name, std::move(output));
}

Value CfnContext::parameter(const QString &base, const QString &dedupeKey, Value definition) const
{
    QString name = m_parameterFor.value(dedupeKey);
    if (name.isEmpty()) {
        name = m_names.derived(base);
        m_parameterFor.insert(dedupeKey, name);
        m_parameters.insertNew(name, std::move(definition));
    }
    return refLogical(name);
}

Value CfnContext::imageParameter(const QString &imageId)
{
    static const QString ssm = u"resolve:ssm:"_s;
    Value p = Value::map();
    if (imageId.startsWith(ssm)) {
        // The public parameter of the latest image: the template deploys in any region.
        p[u"Type"_s] = u"AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>"_s;
        p[u"Default"_s] = imageId.mid(ssm.size());
    } else {
        p[u"Type"_s] = u"AWS::EC2::Image::Id"_s;
        p[u"Default"_s] = imageId;
    }
    p[u"Description"_s] = u"Machine image (AMI) for the instances"_s;
    return parameter(u"ImageId"_s, u"image:"_s + imageId, std::move(p));
}

Value CfnContext::keyParameter(const QString &keyName)
{
    Value p = Value::map();
    p[u"Type"_s] = u"AWS::EC2::KeyPair::KeyName"_s;
    p[u"Default"_s] = keyName;
    p[u"Description"_s] = u"Existing EC2 key pair for SSH access"_s;
    return parameter(u"KeyName"_s, u"key:"_s + keyName, std::move(p));
}

Value CfnContext::stringParameter(const QString &name, const QString &description, const QString &defaultValue)
{
    Value p = Value::map();
    p[u"Type"_s] = u"String"_s;
    if (!defaultValue.isEmpty())
        p[u"Default"_s] = defaultValue;
    p[u"Description"_s] = description;
    return parameter(name, u"string:"_s + name + u':' + defaultValue, std::move(p));
}

Value CfnContext::passwordParameter(const QString &designId)
{
    Value p = Value::map();
    p[u"Type"_s] = u"String"_s;
    p[u"NoEcho"_s] = true;
    p[u"MinLength"_s] = 8;
    p[u"MaxLength"_s] = 41;
    p[u"AllowedPattern"_s] = u"[a-zA-Z0-9]*"_s;
    p[u"Description"_s] = QString(u"Master password of "_s + designId + u" (8 to 41 letters and digits)"_s);
    return parameter(id(designId) + u"MasterPassword"_s, u"password:"_s + designId, std::move(p));
}

Value CfnContext::nameTags(const Resource &r) const
{
    Value tags = Value::list();
    if (!r.name.isEmpty()) {
        Value tag = Value::map();
        tag[u"Key"_s] = u"Name"_s;
        tag[u"Value"_s] = r.name;
        tags.append(std::move(tag));
    }
    return tags;
}

bool CfnContext::differs(const Resource &r, const QString &key)
{
    const PropertySpec *spec = Catalogue::property(r.type, key);
    return spec && r.isSet(key) && r.value(key) != spec->defaultFor(r);
}

Value CfnContext::build()
{
    // What the design keeps from an imported template goes back as it was; a reference in it
    // to what is gone (deleted or renamed in the design) would fail to deploy: say so.
    QSet<QString> written; // Value::find is a linear search
    auto known = [&](const QString &name) {
        return name.startsWith(u"AWS::"_s) || written.contains(name) || m_parameters.contains(name);
    };
    const Value *keptResources = m_kept.find(u"Resources"_s);
    if (keptResources)
        for (const auto &[id, r] : keptResources->entries())
            m_resources.insertNew(id, r);
    for (const auto &[id, r] : m_resources.entries())
        written.insert(id);
    writeAsWritten(known);
    for (const auto &[id, r] : m_resources.entries()) // and what it brought back
        written.insert(id);
    if (keptResources)
        for (const auto &[id, r] : keptResources->entries()) {
            QStringList names;
            if (const Value *properties = r.find(u"Properties"_s))
                namesIn(*properties, names);
            names.removeDuplicates();
            for (const QString &name : std::as_const(names))
                if (!known(name))
                    notes.append(CfnMsg::tr("%1 (kept from the imported template) refers to %2, which is not in the design any more: fix it before deploying").arg(id, name));
        }
    if (const Value *outputs = m_kept.find(u"Outputs"_s)) {
        Value merged = Value::map();
        for (const auto &[name, output] : outputs->entries()) {
            QStringList names;
            namesIn(output, names);
            for (const QString &n : std::as_const(names))
                if (!known(n))
                    notes.append(CfnMsg::tr("output %1 (kept from the imported template) refers to %2, which is not in the design any more").arg(name, n));
            merged.insertNew(name, output);
        }
        for (const auto &[name, output] : m_outputs.entries())
            if (!merged.contains(name))
                merged.insertNew(name, output);
        m_outputs = std::move(merged);
    }

    tidyAsWritten();

    Value t = Value::map();
    t[u"AWSTemplateFormatVersion"_s] = u"2010-09-09"_s;
    const Value *keptTitle = m_kept.find(u"Title"_s);
    const Value *keptDescription = m_kept.find(u"Description"_s);
    if (m_useAsWritten && keptTitle && keptTitle->toString() == doc.title()
        && (keptDescription ? keptDescription->toString().trimmed() : QString()) == doc.description()) {
        if (keptDescription) // as the imported template wrote it
            t[u"Description"_s] = *keptDescription;
    } else {
        QString description = doc.title();
        if (!doc.description().isEmpty())
            description += (description.isEmpty() ? QString() : u": "_s) + doc.description();
        if (description.isEmpty())
            description = u"Exported by SkyDraft"_s;
        t[u"Description"_s] = description.left(1024); // the template's limit
    }
    if (const Value *transform = m_kept.find(u"Transform"_s))
        t[u"Transform"_s] = *transform;
    if (const Value *metadata = m_kept.find(u"Metadata"_s); metadata && metadata->kind() == Value::Kind::Map)
        for (const auto &[key, value] : metadata->entries())
            if (key != u"SkyDraft"_s)
                t[u"Metadata"_s][key] = value;
    if (!m_defaultVpcParameter.isEmpty() || !m_defaultSubnetParameters.isEmpty()) {
        // Which parameters stand for the account's default VPC and subnets, so that an import
        // of this template puts them back there.
        Value skydraft = Value::map();
        if (!m_defaultVpcParameter.isEmpty())
            skydraft[u"DefaultVpc"_s] = m_defaultVpcParameter;
        skydraft.setIfAny(u"DefaultSubnets"_s, m_defaultSubnetParameters);
        t[u"Metadata"_s][u"SkyDraft"_s] = std::move(skydraft);
    }
    t.setIfAny(u"Parameters"_s, m_parameters);
    for (const QString &section : {u"Rules"_s, u"Mappings"_s, u"Conditions"_s})
        if (const Value *kept = m_kept.find(section))
            t.setIfAny(section, *kept);
    t[u"Resources"_s] = m_resources;
    t.setIfAny(u"Outputs"_s, m_outputs);
    // An imported template's sections in its order.
    if (const Value *order = m_kept.find(u"SectionOrder"_s); m_useAsWritten && order)
        return inOrder(t, *order);
    return t;
}

// --- Route 53 records: the last mapping, so every target already has its logical id.

void mapDns(CfnContext &c)
{
    for (const Resource *r : c.facts.ofType(ResourceType::Route53Record)) {
        const QString recordName = r->string(u"recordName"_s);
        Value p = Value::map();
        p[u"HostedZoneName"_s] = c.stringParameter(u"HostedZoneName"_s, u"Existing public hosted zone of the records"_s,
                                                  rules::zoneOfRecord(recordName));
        p[u"Name"_s] = recordName;
        QString type = r->string(u"recordType"_s);
        const Resource *target = c.doc.find(r->string(u"target"_s));
        if (!target) {
            c.notes.append(CfnMsg::tr("%1: a record without a target has no value; not exported").arg(r->id));
            continue;
        }
        const bool toLb = target->type == ResourceType::LoadBalancer;
        const bool classic = toLb && target->string(u"kind"_s) == u"classic"_s;
        if (r->boolean(u"alias"_s) && toLb) {
            Value alias = Value::map();
            alias[u"DNSName"_s] = c.getAtt(target->id, u"DNSName"_s);
            alias[u"HostedZoneId"_s] = c.getAtt(target->id, classic ? u"CanonicalHostedZoneNameID"_s : u"CanonicalHostedZoneID"_s);
            alias[u"EvaluateTargetHealth"_s] = r->boolean(u"evaluateTargetHealth"_s);
            p[u"Type"_s] = type;
            p[u"AliasTarget"_s] = std::move(alias);
        } else {
            if (r->boolean(u"alias"_s))
                c.notes.append(CfnMsg::tr("%1: an alias can only name an AWS resource such as a load balancer; exported as a plain record").arg(r->id));
            Value value;
            if (toLb) {
                value = c.getAtt(target->id, u"DNSName"_s);
                if (type != u"CNAME"_s) {
                    c.notes.append(CfnMsg::tr("%1: a plain record naming a load balancer must be a CNAME; exported as one").arg(r->id));
                    type = u"CNAME"_s;
                }
            } else if (target->type == ResourceType::ElasticIp) {
                value = c.ref(target->id);
            } else {
                value = c.getAtt(target->id, u"PublicIp"_s);
            }
            p[u"Type"_s] = type;
            p[u"TTL"_s] = QString::number(r->integer(u"ttl"_s));
            p[u"ResourceRecords"_s] = Value::listOf(std::move(value));
        }
        const QString policy = r->string(u"routingPolicy"_s);
        if (policy != u"simple"_s)
            p[u"SetIdentifier"_s] = c.id(r->id);
        if (policy == u"failover"_s)
            p[u"Failover"_s] = r->string(u"failoverRole"_s).toUpper();
        else if (policy == u"weighted"_s)
            p[u"Weight"_s] = r->integer(u"weight"_s);
        else if (policy == u"latency"_s)
            p[u"Region"_s] = CfnContext::refLogical(u"AWS::Region"_s);
        c.add(c.id(r->id), u"AWS::Route53::RecordSet"_s, std::move(p));
    }
}

namespace {

Value generate(const Document &doc, QStringList *notes, bool asWritten, const Value *imported);

/// The Resources the export writes for the design as it was imported (AsWritten's "Design" of
/// each resource), so that writeAsWritten() can tell what the edits changed; nullopt while the
/// design is still the one imported.
std::optional<Value> importedResources(const Document &doc)
{
    const Value kept = parseJson(doc.passThrough());
    const Value *asWritten = kept.kind() == Value::Kind::Map ? kept.find(u"AsWritten"_s) : nullptr;
    if (!asWritten || asWritten->kind() != Value::Kind::Map)
        return std::nullopt;
    // Every resource of the design had its "Design" (else, a file of an earlier version: only
    // the drawn ones had, and a resource without one is not known to be new).
    const Value *marker = kept.find(u"AsWrittenDesign"_s);
    const bool complete = marker && *marker == Value(u"complete"_s);
    // The snapshots as Resource::snapshot() makes them (QJsonObject, numbers as numbers), in
    // the design's order (the Value's).
    const QJsonObject snapshots = QJsonDocument::fromJson(doc.passThrough()).object().value(u"AsWritten"_s).toObject();
    QList<std::pair<QString, QJsonObject>> designs; // in the design's order, as imported
    QHash<QString, qsizetype> index;
    for (const auto &[id, entry] : asWritten->entries())
        if (const Value *design = entry.kind() == Value::Kind::Map ? entry.find(u"Design"_s) : nullptr;
            design && design->kind() == Value::Kind::Map) {
            index.insert(id, designs.size());
            designs.append({id, snapshots.value(id).toObject().value(u"Design"_s).toObject()});
        }
    if (designs.isEmpty())
        return std::nullopt;
    bool same = true;
    qsizetype present = 0;
    for (const Resource *r : doc.resources()) {
        const auto at = index.constFind(r->id);
        if (at == index.cend()) {
            same = same && !complete;
            continue;
        }
        ++present;
        same = same && r->snapshot() == designs[*at].second;
    }
    if (same && present == designs.size())
        return std::nullopt;
    Document imported;
    imported.setTitle(doc.title());
    imported.setDescription(doc.description());
    imported.setRegion(doc.region());
    imported.setPassThrough(doc.passThrough());
    if (!complete) // the resources with no "Design" stay as they are
        for (const Resource *r : doc.resources())
            if (!index.contains(r->id))
                imported.insert(*r);
    for (const auto &[id, design] : std::as_const(designs)) {
        Resource r;
        r.id = id;
        r.type = typeFromKey(design.value(u"type"_s).toString()).value_or(ResourceType::Internet);
        r.parent = design.value(u"parent"_s).toString();
        r.name = design.value(u"name"_s).toString();
        r.properties = design.value(u"properties"_s).toObject().toVariantMap();
        imported.insert(r);
    }
    const Value t = generate(imported, nullptr, false, nullptr);
    const Value *resources = t.find(u"Resources"_s);
    return resources ? *resources : Value::map();
}

Value generate(const Document &doc, QStringList *notes, bool asWritten, const Value *imported)
{
    CfnContext c(doc);
    c.setAsWritten(asWritten, imported);
    mapNetwork(c);
    mapSecurityGroups(c);
    mapCompute(c);
    mapLoadBalancing(c);
    mapScaling(c);
    mapData(c);
    mapDns(c);
    Value t = c.build();
    if (notes)
        *notes = c.notes;
    return t;
}

} // namespace

Value CloudFormation::build(const Document &doc, QStringList *notes)
{
    const std::optional<Value> imported = importedResources(doc);
    return generate(doc, notes, true, imported ? &*imported : nullptr);
}

} // namespace skydraft::exchange
