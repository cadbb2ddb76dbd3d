#include "cfnresolve.h"

#include "model/cidr.h"
#include "model/zones.h"

#include <QCoreApplication>

#include <optional>

using namespace Qt::StringLiterals;

namespace skydraft::cfn {

namespace {

struct ResolveMsg {
    Q_DECLARE_TR_FUNCTIONS(skydraft::CloudFormation)
};

/// How many subnets or groups a list parameter or import without a value stands for.
constexpr int assumedListLength = 2;

Node located(Node n, const Node &at)
{
    if (n.line == 0) {
        n.line = at.line;
        n.col = at.col;
    }
    return n;
}

Node list(QList<Node> items, const Node &at)
{
    Node n;
    n.kind = Node::Kind::List;
    n.items = std::move(items);
    return located(n, at);
}

Node boolean(bool value, const Node &at) { return Node::scalar(value ? u"true"_s : u"false"_s, at.line, at.col); }

/// A name built from parameters as Fn::Sub text: a string, Ref X as ${X}, Fn::Sub's own text,
/// Fn::Join of those; nullopt for anything else.
std::optional<QString> subText(const Node &raw)
{
    if (raw.isScalar())
        return raw.text;
    if (!raw.isMap() || raw.entries.size() != 1)
        return std::nullopt;
    const auto &[key, value] = raw.entries.first();
    if (key == u"Ref"_s && value.isScalar())
        return u"${"_s + value.text + u'}';
    if (key == u"Fn::Sub"_s && value.isScalar())
        return value.text;
    if (key == u"Fn::Join"_s && value.isList() && value.items.size() == 2 && value.items[0].isScalar() && value.items[1].isList()) {
        QStringList parts;
        for (const Node &item : value.items[1].items) {
            const auto part = subText(item);
            if (!part)
                return std::nullopt;
            parts.append(*part);
        }
        return parts.join(value.items[0].text);
    }
    return std::nullopt;
}

/// A list of `count` externals named after `name` (Subnets1, Subnets2).
Node externalList(const QString &name, const QString &kind, int count, const Node &at)
{
    QList<Node> items;
    for (int i = 0; i < count; ++i)
        items.append(located(Node::externalItem(name, i, kind), at));
    Node out = list(items, at);
    out.text = name; // Fn::Select past the end names one more (an open-ended list)
    out.attribute = kind;
    return out;
}

} // namespace

QStringList zonesOf(const QString &region)
{
    return assumedZones(region);
}

bool Resolver::isNetworkIdType(const QString &type)
{
    return type.contains(u"AWS::EC2::VPC::Id"_s) || type.contains(u"AWS::EC2::Subnet::Id"_s)
        || type.contains(u"AWS::EC2::SecurityGroup::Id"_s);
}

Resolver::Resolver(const Node &root, const LoadOptions &options, Report &report)
    : m_root(root)
    , m_given(options.parameters)
    , m_region(options.region.isEmpty() ? u"us-east-1"_s : options.region)
    , m_report(report)
{
    m_parameters = root.get(u"Parameters");
    m_mappings = root.get(u"Mappings");
    m_conditions = root.get(u"Conditions");
    if (const Node *resources = root.get(u"Resources"))
        for (const auto &[id, node] : resources->entries)
            m_resources.insert(id, &node);
}

QString Resolver::typeOf(const QString &id) const
{
    const Node *r = m_resources.value(id);
    const Node *type = r ? r->get(u"Type") : nullptr;
    return type && type->isScalar() ? type->text : QString();
}

std::optional<QString> Resolver::text(const Node &value)
{
    if (value.isScalar())
        return value.text;
    return std::nullopt;
}

Node Resolver::eval(const Node &node)
{
    switch (node.kind) {
    case Node::Kind::List: {
        Node out = node;
        out.items.clear();
        for (const Node &item : node.items) {
            Node v = eval(item);
            if (v.kind != Node::Kind::NoValue)
                out.items.append(std::move(v));
        }
        return out;
    }
    case Node::Kind::Map: {
        if (node.entries.size() == 1) {
            const auto &[key, args] = node.entries.first();
            if (key == u"Ref"_s)
                return located(ref(node, args.text), node);
            if (key.startsWith(u"Fn::"_s))
                return located(function(key, node, args), node);
        }
        Node out = node;
        out.entries.clear();
        for (const auto &[key, value] : node.entries) {
            Node v = eval(value);
            if (v.kind != Node::Kind::NoValue)
                out.entries.append({key, std::move(v)});
        }
        return out;
    }
    default:
        return node;
    }
}

Node Resolver::ref(const Node &at, const QString &name)
{
    static const QHash<QString, QString> pseudo = {
        {u"AWS::AccountId"_s, u"123456789012"_s},
        {u"AWS::StackName"_s, u"stack"_s},
        {u"AWS::Partition"_s, u"aws"_s},
        {u"AWS::URLSuffix"_s, u"amazonaws.com"_s},
    };
    if (name == u"AWS::Region"_s)
        return Node::scalar(m_region);
    if (name == u"AWS::NoValue"_s) {
        Node n;
        n.kind = Node::Kind::NoValue;
        return n;
    }
    if (name == u"AWS::StackId"_s)
        return Node::scalar(u"arn:aws:cloudformation:"_s + m_region + u":123456789012:stack/stack/1"_s);
    if (name == u"AWS::NotificationARNs"_s)
        return list({}, at);
    if (pseudo.contains(name))
        return Node::scalar(pseudo.value(name));
    if (m_resources.contains(name))
        return Node::ref(name);
    if (const Node *declaration = m_parameters ? m_parameters->get(name) : nullptr)
        return parameter(name, *declaration);
    m_report.error(at, ResolveMsg::tr("Ref to %1, which is neither a parameter nor a resource").arg(name));
    return Node::unresolved(name);
}

Node Resolver::parameter(const QString &name, const Node &declaration)
{
    const Node *typeNode = declaration.get(u"Type");
    const QString type = typeNode ? typeNode->text : QString();
    std::optional<QString> value;
    if (m_given.contains(name))
        value = m_given.value(name);
    else if (const Node *d = declaration.get(u"Default"); d && (d->isScalar() || d->isList()))
        value = d->isScalar() ? d->text : QString(); // a list default: handled below
    const bool isList = type.startsWith(u"List<"_s) || type == u"CommaDelimitedList"_s;
    QStringList values;
    if (value) {
        if (const Node *d = declaration.get(u"Default"); d && d->isList() && !m_given.contains(name)) {
            for (const Node &item : d->items)
                values.append(item.text);
        } else {
            for (const QString &v : value->split(u',', Qt::SkipEmptyParts))
                values.append(v.trimmed());
        }
    }
    if (isNetworkIdType(type)) {
        // The thing itself lives outside the template: a placeholder stands for it.
        if (!isList)
            return Node::external(name, type);
        return externalList(name, type, values.isEmpty() ? assumedListLength : int(values.size()), declaration);
    }
    if (!value && type.contains(u"AWS::EC2::AvailabilityZone::Name"_s)) {
        // Zone parameters without a value: the region's zones, in order (one each for
        // single-zone parameters, in the order they are first used).
        const QStringList zones = zonesOf(m_region);
        if (!m_unset.contains(name)) {
            m_unset.insert(name);
            m_zoneParameters.append(name);
            m_report.note(declaration, ResolveMsg::tr("parameter %1 has no value: the zones of %2 are assumed").arg(name, m_region));
        }
        if (isList) {
            QList<Node> items;
            for (const QString &z : zones)
                items.append(Node::scalar(z));
            return list(items, declaration);
        }
        return Node::scalar(zones.value(int(m_zoneParameters.indexOf(name)) % int(zones.size())));
    }
    if (!value) {
        if (!m_unset.contains(name)) {
            m_unset.insert(name);
            m_report.note(declaration, ResolveMsg::tr("parameter %1 has no default and no --param value: what depends on it is not resolved").arg(name));
        }
        return Node::external(name, type);
    }
    if (!isList) {
        // An SSM parameter's value is the parameter's path: what it stands for is whatever that
        // parameter holds at deploy time, which SkyDraft writes as resolve:ssm:PATH.
        if (type.startsWith(u"AWS::SSM::Parameter::Value<"_s) && !value->startsWith(u"resolve:ssm:"_s))
            return Node::scalar(u"resolve:ssm:"_s + *value);
        return Node::scalar(*value);
    }
    QList<Node> items;
    for (const QString &v : std::as_const(values))
        items.append(Node::scalar(v));
    return list(items, declaration);
}

Node Resolver::function(const QString &name, const Node &at, const Node &args)
{
    if (name == u"Fn::GetAtt"_s)
        return getAtt(at, args);
    if (name == u"Fn::Sub"_s)
        return sub(at, args);
    if (name == u"Fn::Join"_s)
        return join(at, args);
    if (name == u"Fn::Select"_s)
        return select(at, args);
    if (name == u"Fn::Cidr"_s)
        return cidr(at, args);
    if (name == u"Fn::FindInMap"_s)
        return findInMap(at, args);
    if (name == u"Fn::Split"_s)
        return split(at, args);
    if (name == u"Fn::GetAZs"_s) {
        const Node r = eval(args);
        QList<Node> zones;
        for (const QString &z : zonesOf(r.isScalar() && !r.text.isEmpty() ? r.text : m_region))
            zones.append(Node::scalar(z, at.line, at.col));
        return list(zones, at);
    }
    if (name == u"Fn::If"_s) {
        if (!args.isList() || args.items.size() != 3) {
            m_report.error(at, ResolveMsg::tr("Fn::If takes a condition name and two values"));
            return Node::unresolved(name);
        }
        return eval(condition(args.items[0].text, args.items[0]) ? args.items[1] : args.items[2]);
    }
    if (name == u"Fn::Equals"_s) {
        if (!args.isList() || args.items.size() != 2) {
            m_report.error(at, ResolveMsg::tr("Fn::Equals takes two values"));
            return boolean(false, at);
        }
        const Node a = eval(args.items[0]);
        const Node b = eval(args.items[1]);
        return boolean(a.kind == b.kind && a.text == b.text && a.items.size() == b.items.size(), at);
    }
    if (name == u"Fn::And"_s || name == u"Fn::Or"_s) {
        const bool isAnd = name == u"Fn::And"_s;
        bool result = isAnd;
        for (const Node &item : args.items) {
            const bool v = evalCondition(item);
            result = isAnd ? (result && v) : (result || v);
        }
        return boolean(result, at);
    }
    if (name == u"Fn::Not"_s)
        return boolean(!(args.isList() && !args.items.isEmpty() && evalCondition(args.items.first())), at);
    if (name == u"Fn::Base64"_s)
        return eval(args);
    if (name == u"Fn::ImportValue"_s) {
        const Node v = eval(args);
        if (v.isScalar())
            return Node::external(v.text, u"import"_s);
        // Named after a parameter without a value: the name as Fn::Sub text ("${Stack}:VPC"),
        // which an export writes back as Fn::Sub.
        if (const auto text = subText(args))
            return Node::external(*text, u"import"_s);
        return Node::external(v.text, u"import"_s);
    }
    if (name == u"Fn::Length"_s) {
        const Node v = eval(args);
        return v.isList() ? Node::scalar(QString::number(v.items.size())) : Node::unresolved(name);
    }
    // Fn::ToJsonString, Fn::Transform and anything newer: not needed to draw a design.
    return Node::unresolved(name);
}

Node Resolver::getAtt(const Node &at, const Node &args)
{
    const Node a = eval(args);
    QString id;
    QString attribute;
    if (a.isList() && a.items.size() == 2) {
        id = a.items[0].text;
        attribute = a.items[1].text;
    } else if (a.isScalar()) { // "Resource.Attribute" in long form
        id = a.text.section(u'.', 0, 0);
        attribute = a.text.section(u'.', 1);
    }
    if (!m_resources.contains(id)) {
        m_report.error(at, ResolveMsg::tr("Fn::GetAtt of %1, which is not a resource of the template").arg(id.isEmpty() ? u"?"_s : id));
        return Node::unresolved(id);
    }
    // A VPC's CIDR block is known offline (Fn::Cidr over it is common).
    if (attribute == u"CidrBlock"_s && typeOf(id) == u"AWS::EC2::VPC"_s && !m_evaluating.contains(id)) {
        if (const Node *block = m_resources.value(id)->path({u"Properties", u"CidrBlock"})) {
            m_evaluating.insert(id);
            const Node v = eval(*block);
            m_evaluating.remove(id);
            if (v.isScalar())
                return v;
        }
    }
    return Node::ref(id, attribute);
}

Node Resolver::sub(const Node &at, const Node &args)
{
    QString pattern;
    QHash<QString, Node> vars;
    if (args.isScalar()) {
        pattern = args.text;
    } else if (args.isList() && args.items.size() == 2 && args.items[0].isScalar()) {
        pattern = args.items[0].text;
        for (const auto &[k, v] : args.items[1].entries)
            vars.insert(k, eval(v));
    } else {
        m_report.error(at, ResolveMsg::tr("Fn::Sub takes a string, or a string and a map of variables"));
        return Node::unresolved(u"Fn::Sub"_s);
    }
    QString out;
    qsizetype i = 0;
    while (i < pattern.size()) {
        const qsizetype start = pattern.indexOf(u"${"_s, i);
        const qsizetype end = start < 0 ? -1 : pattern.indexOf(u'}', start);
        if (start < 0 || end < 0) {
            out += pattern.mid(i);
            break;
        }
        out += pattern.mid(i, start - i);
        const QString name = pattern.mid(start + 2, end - start - 2).trimmed();
        i = end + 1;
        if (name.startsWith(u'!')) { // ${!Literal}
            out += u"${"_s + name.mid(1) + u'}';
            continue;
        }
        Node value;
        if (vars.contains(name))
            value = vars.value(name);
        else if (name.contains(u'.') && !name.startsWith(u"AWS::"_s))
            value = getAtt(at, Node::scalar(name));
        else if (m_resources.contains(name) || name.startsWith(u"AWS::"_s) || (m_parameters && m_parameters->get(name)))
            value = ref(at, name);
        else {
            m_report.error(at, ResolveMsg::tr("Fn::Sub uses ${%1}, which is neither a parameter nor a resource").arg(name));
            value = Node::unresolved(name);
        }
        // What cannot be known offline stays as written: "${LoadBalancer.DNSName}".
        out += text(value).value_or(u"${"_s + name + u'}');
    }
    return Node::scalar(out, at.line, at.col);
}

Node Resolver::join(const Node &at, const Node &args)
{
    if (!args.isList() || args.items.size() != 2) {
        m_report.error(at, ResolveMsg::tr("Fn::Join takes a delimiter and a list"));
        return Node::unresolved(u"Fn::Join"_s);
    }
    const QString delimiter = eval(args.items[0]).text;
    const Node values = eval(args.items[1]);
    if (!values.isList())
        return Node::unresolved(u"Fn::Join"_s);
    QStringList parts;
    for (const Node &v : values.items)
        parts.append(text(v).value_or(u"${"_s + v.text + u'}'));
    return Node::scalar(parts.join(delimiter), at.line, at.col);
}

Node Resolver::select(const Node &at, const Node &args)
{
    if (!args.isList() || args.items.size() != 2) {
        m_report.error(at, ResolveMsg::tr("Fn::Select takes an index and a list"));
        return Node::unresolved(u"Fn::Select"_s);
    }
    bool ok = false;
    const Node indexNode = eval(args.items[0]);
    const qint64 index = indexNode.isScalar() ? indexNode.text.trimmed().toLongLong(&ok) : 0;
    const Node values = eval(args.items[1]);
    if (ok && index < 0)
        ok = false;
    if (!ok && values.kind == Node::Kind::External && !indexNode.isScalar())
        ok = true; // an index not known offline: the first placeholder, as before
    if (!ok && (values.kind == Node::Kind::External || values.isList())) {
        m_report.error(at, ResolveMsg::tr("Fn::Select index %1 is not a whole number of 0 or more")
                               .arg(indexNode.isScalar() ? indexNode.text : args.items[0].text));
        return Node::unresolved(u"Fn::Select"_s);
    }
    // A list without a value: the index-th of its placeholders (1-based in the name).
    if (values.kind == Node::Kind::External)
        return Node::externalItem(values.text, int(index), values.attribute);
    if (!values.isList())
        return Node::unresolved(u"Fn::Select"_s);
    if (index >= values.items.size() && !values.attribute.isEmpty())
        return located(Node::externalItem(values.text, int(index), values.attribute), at);
    if (index >= values.items.size()) {
        m_report.error(at, ResolveMsg::tr("Fn::Select index %1 is outside the list of %n value(s)", nullptr, int(values.items.size()))
                               .arg(args.items[0].text));
        return Node::unresolved(u"Fn::Select"_s);
    }
    return values.items[index];
}

Node Resolver::cidr(const Node &at, const Node &args)
{
    if (!args.isList() || args.items.size() != 3) {
        m_report.error(at, ResolveMsg::tr("Fn::Cidr takes a block, a count and the host bits"));
        return Node::unresolved(u"Fn::Cidr"_s);
    }
    const Node block = eval(args.items[0]);
    if (!block.isScalar())
        return Node::unresolved(u"Fn::Cidr"_s); // an IPv6 block from GetAtt, say: not known offline
    const auto base = Cidr::parse(block.text);
    if (!base) {
        if (!block.text.contains(u':')) // IPv6 is fine, just not drawn
            m_report.error(at, ResolveMsg::tr("Fn::Cidr: %1 is not an IPv4 CIDR block").arg(block.text));
        return Node::unresolved(u"Fn::Cidr"_s);
    }
    bool okCount = false;
    bool okBits = false;
    const int count = eval(args.items[1]).text.toInt(&okCount);
    const int bits = eval(args.items[2]).text.toInt(&okBits);
    const int prefix = 32 - bits;
    if (!okCount || !okBits || count < 1 || count > 256 || prefix < base->prefix || bits < 1
        || quint64(count) << bits > base->size()) {
        m_report.error(at, ResolveMsg::tr("Fn::Cidr cannot cut %1 block(s) of %2 host bits from %3")
                               .arg(eval(args.items[1]).text, eval(args.items[2]).text, base->toString()));
        return Node::unresolved(u"Fn::Cidr"_s);
    }
    // Templates cut the same block once per subnet (Select i of the same Cidr): cut it once.
    const QString key = base->toString() + u'/' + QString::number(count) + u'/' + QString::number(bits);
    if (const auto it = m_cidrs.constFind(key); it != m_cidrs.cend())
        return located(*it, at);
    QList<Node> blocks;
    for (int i = 0; i < count; ++i)
        blocks.append(Node::scalar(Cidr{base->network() + (quint32(i) << bits), prefix}.toString(), at.line, at.col));
    return located(*m_cidrs.insert(key, list(blocks, at)), at);
}

Node Resolver::findInMap(const Node &at, const Node &args)
{
    if (!args.isList() || args.items.size() < 3) {
        m_report.error(at, ResolveMsg::tr("Fn::FindInMap takes a mapping and two keys"));
        return Node::unresolved(u"Fn::FindInMap"_s);
    }
    QStringList keys;
    for (int i = 0; i < 3; ++i) {
        const Node key = eval(args.items[i]);
        // A parameter without a value, or an inner Fn::FindInMap that depends on one: nothing
        // to look up, and nothing wrong with the template.
        if (key.kind == Node::Kind::External || key.kind == Node::Kind::Unresolved)
            return Node::unresolved(u"Fn::FindInMap"_s);
        if (!key.isScalar()) {
            m_report.error(at, ResolveMsg::tr("Fn::FindInMap: key %1 is not a string").arg(i + 1));
            return Node::unresolved(u"Fn::FindInMap"_s);
        }
        keys.append(key.text);
    }
    const Node *mapping = m_mappings ? m_mappings->get(keys[0]) : nullptr;
    const Node *top = mapping ? mapping->get(keys[1]) : nullptr;
    const Node *value = top ? top->get(keys[2]) : nullptr;
    if (value)
        return eval(*value);
    if (args.items.size() == 4) // { DefaultValue: ... }
        if (const Node *fallback = args.items[3].get(u"DefaultValue"))
            return eval(*fallback);
    m_report.error(at, ResolveMsg::tr("Fn::FindInMap: mapping %1 has no %2/%3").arg(keys[0], keys[1], keys[2]));
    return Node::unresolved(u"Fn::FindInMap"_s);
}

Node Resolver::split(const Node &at, const Node &args)
{
    if (!args.isList() || args.items.size() != 2) {
        m_report.error(at, ResolveMsg::tr("Fn::Split takes a delimiter and a string"));
        return Node::unresolved(u"Fn::Split"_s);
    }
    const QString delimiter = eval(args.items[0]).text;
    const Node source = eval(args.items[1]);
    if (source.kind == Node::Kind::External) // an imported list: as long as we assume
        return externalList(source.text, source.attribute, assumedListLength, at);
    if (!source.isScalar() || delimiter.isEmpty())
        return Node::unresolved(u"Fn::Split"_s);
    QList<Node> parts;
    for (const QString &p : source.text.split(delimiter))
        parts.append(Node::scalar(p, at.line, at.col));
    return list(parts, at);
}

bool Resolver::evalCondition(const Node &node)
{
    if (node.isMap() && node.entries.size() == 1 && node.entries.first().first == u"Condition"_s)
        return condition(node.entries.first().second.text, node.entries.first().second);
    const Node v = eval(node);
    return v.isScalar() && v.text.compare(u"true"_s, Qt::CaseInsensitive) == 0;
}

bool Resolver::condition(const QString &name, const Node &at)
{
    if (m_conditionValues.contains(name))
        return m_conditionValues.value(name);
    const Node *definition = m_conditions ? m_conditions->get(name) : nullptr;
    if (!definition) {
        m_report.error(at, ResolveMsg::tr("condition %1 is not defined in Conditions").arg(name));
        m_conditionValues.insert(name, false);
        return false;
    }
    const QString key = u"condition:"_s + name;
    if (m_evaluating.contains(key)) {
        m_report.error(at, ResolveMsg::tr("condition %1 depends on itself").arg(name));
        return false;
    }
    m_evaluating.insert(key);
    const bool value = evalCondition(*definition);
    m_evaluating.remove(key);
    m_conditionValues.insert(name, value);
    return value;
}

} // namespace skydraft::cfn
