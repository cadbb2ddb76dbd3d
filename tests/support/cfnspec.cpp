#include "cfnspec.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

using json = nlohmann::json;

namespace skydraft::test {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

bool isIntrinsic(const json &v)
{
    if (!v.is_object() || v.size() != 1)
        return false;
    const std::string key = v.begin().key();
    return key == "Ref" || key.rfind("Fn::", 0) == 0 || key == "Condition";
}

const QSet<QString> &pseudoParameters()
{
    static const QSet<QString> set = {QStringLiteral("AWS::AccountId"), QStringLiteral("AWS::NotificationARNs"),
                                      QStringLiteral("AWS::NoValue"), QStringLiteral("AWS::Partition"),
                                      QStringLiteral("AWS::Region"), QStringLiteral("AWS::StackId"),
                                      QStringLiteral("AWS::StackName"), QStringLiteral("AWS::URLSuffix")};
    return set;
}

/// The parameter types CloudFormation accepts (CFN, "Parameters": general, AWS-specific,
/// their List<...> forms, and Systems Manager parameter types over any of them).
bool isParameterType(const std::string &type)
{
    static const QSet<std::string> general = {"String", "Number", "List<Number>", "CommaDelimitedList"};
    static const QSet<std::string> awsSpecific = {
        "AWS::EC2::AvailabilityZone::Name", "AWS::EC2::Image::Id",       "AWS::EC2::Instance::Id",
        "AWS::EC2::KeyPair::KeyName",       "AWS::EC2::SecurityGroup::GroupName", "AWS::EC2::SecurityGroup::Id",
        "AWS::EC2::Subnet::Id",             "AWS::EC2::Volume::Id",      "AWS::EC2::VPC::Id",
        "AWS::Route53::HostedZone::Id"};
    const auto listOf = [](const std::string &t, std::string *item) {
        if (t.rfind("List<", 0) != 0 || t.back() != '>')
            return false;
        *item = t.substr(5, t.size() - 6);
        return true;
    };
    if (general.contains(type) || awsSpecific.contains(type))
        return true;
    std::string item;
    if (listOf(type, &item))
        return awsSpecific.contains(item) && item != "AWS::EC2::KeyPair::KeyName";
    static const std::string ssm = "AWS::SSM::Parameter::Value<";
    if (type == "AWS::SSM::Parameter::Name")
        return true;
    if (type.rfind(ssm, 0) == 0 && type.back() == '>') {
        const std::string inner = type.substr(ssm.size(), type.size() - ssm.size() - 1);
        if (inner == "String" || inner == "List<String>" || inner == "CommaDelimitedList")
            return true;
        std::string listItem;
        return awsSpecific.contains(inner) || (listOf(inner, &listItem) && awsSpecific.contains(listItem));
    }
    return false;
}

} // namespace

struct CfnSpec::Impl {
    json spec;
    QString error;

    // --- per check
    mutable const json *tmpl = nullptr;
    mutable QStringList problems;
    mutable QString currentResource;
    mutable QHash<QString, QSet<QString>> dependsOn;

    void problem(const QString &where, const QString &what) const { problems.append(where + QStringLiteral(": ") + what); }

    const json *propertyType(const std::string &resourceType, const std::string &name) const
    {
        const std::string full = name == "Tag" ? name : resourceType + "." + name;
        const auto &types = spec["PropertyTypes"];
        auto it = types.find(full);
        return it == types.end() ? nullptr : &*it;
    }

    /// Ref and Fn::GetAtt anywhere in `v`; returns true when `v` itself is an intrinsic.
    bool checkIntrinsics(const json &v, const QString &where) const
    {
        if (v.is_array()) {
            for (size_t i = 0; i < v.size(); ++i)
                checkIntrinsics(v[i], where + QStringLiteral("/") + QString::number(i));
            return false;
        }
        if (!v.is_object())
            return false;
        if (!isIntrinsic(v)) {
            for (auto it = v.begin(); it != v.end(); ++it)
                checkIntrinsics(it.value(), where + QStringLiteral("/") + q(it.key()));
            return false;
        }
        const std::string fn = v.begin().key();
        const json &arg = v.begin().value();
        const json &resources = (*tmpl)["Resources"];
        const json parameters = tmpl->value("Parameters", json::object());
        if (fn == "Ref") {
            if (!arg.is_string()) {
                problem(where, QStringLiteral("Ref needs a name"));
                return true;
            }
            const QString name = q(arg.get<std::string>());
            if (resources.contains(arg.get<std::string>())) {
                if (name == currentResource)
                    problem(where, QStringLiteral("resource refers to itself"));
                if (!currentResource.isEmpty())
                    dependsOn[currentResource].insert(name);
            } else if (!parameters.contains(arg.get<std::string>()) && !pseudoParameters().contains(name)) {
                problem(where, QStringLiteral("Ref to unknown \"%1\"").arg(name));
            }
            return true;
        }
        if (fn == "Fn::GetAtt") {
            std::string target, attribute;
            if (arg.is_array() && arg.size() == 2 && arg[0].is_string() && arg[1].is_string()) {
                target = arg[0].get<std::string>();
                attribute = arg[1].get<std::string>();
            } else if (arg.is_string() && arg.get<std::string>().find('.') != std::string::npos) {
                const std::string s = arg.get<std::string>();
                target = s.substr(0, s.find('.'));
                attribute = s.substr(s.find('.') + 1);
            } else {
                problem(where, QStringLiteral("Fn::GetAtt needs [resource, attribute]"));
                return true;
            }
            if (!resources.contains(target)) {
                problem(where, QStringLiteral("Fn::GetAtt of unknown resource \"%1\"").arg(q(target)));
                return true;
            }
            if (q(target) == currentResource)
                problem(where, QStringLiteral("resource refers to itself"));
            if (!currentResource.isEmpty())
                dependsOn[currentResource].insert(q(target));
            const std::string type = resources[target].value("Type", "");
            const auto &types = spec["ResourceTypes"];
            if (types.contains(type) && !types[type].value("Attributes", json::object()).contains(attribute))
                problem(where, QStringLiteral("%1 has no attribute \"%2\"").arg(q(type), q(attribute)));
            return true;
        }
        checkIntrinsics(arg, where + QStringLiteral("/") + q(fn));
        return true;
    }

    /// The type of the parameter `v` refers to ({"Ref": name}), or empty.
    std::string referencedParameterType(const json &v) const
    {
        if (!v.is_object() || v.size() != 1 || !v.contains("Ref") || !v["Ref"].is_string())
            return {};
        const json parameters = tmpl->value("Parameters", json::object());
        const auto it = parameters.find(v["Ref"].get<std::string>());
        return it == parameters.end() || !it->is_object() ? std::string() : it->value("Type", "");
    }

    static bool isListParameterType(const std::string &type)
    {
        return type == "CommaDelimitedList" || type.rfind("List<", 0) == 0
            || type.find("<List<") != std::string::npos || type.find("<CommaDelimitedList>") != std::string::npos;
    }

    void checkPrimitive(const std::string &primitive, const json &v, const QString &where) const
    {
        if (const std::string type = referencedParameterType(v); !type.empty() && isListParameterType(type))
            problem(where, QStringLiteral("a list parameter (%1) where one value is expected").arg(q(type)));
        if (checkIntrinsics(v, where))
            return;
        bool ok = true;
        // CloudFormation converts between scalars as real templates rely on: `TTL: 60` for a
        // String, `AssociatePublicIpAddress: 'True'` for a Boolean (AWS's own samples).
        if (primitive == "String")
            ok = v.is_string() || v.is_number() || v.is_boolean();
        else if (primitive == "Integer" || primitive == "Long")
            ok = v.is_number_integer()
                || (v.is_string() && QRegularExpression(QStringLiteral("^-?[0-9]+$")).match(q(v.get<std::string>())).hasMatch());
        else if (primitive == "Double")
            ok = v.is_number() || (v.is_string() && !q(v.get<std::string>()).isEmpty());
        else if (primitive == "Boolean")
            ok = v.is_boolean()
                || (v.is_string() && (q(v.get<std::string>()).toLower() == QLatin1String("true") || q(v.get<std::string>()).toLower() == QLatin1String("false")));
        else if (primitive == "Json")
            ok = v.is_object() || v.is_string();
        if (!ok)
            problem(where, QStringLiteral("expected %1, got %2").arg(q(primitive), q(v.dump())));
    }

    /// One value against a property's definition (PrimitiveType, Type List/Map/name).
    void checkValue(const std::string &resourceType, const json &def, const json &v, const QString &where) const
    {
        if (def.contains("PrimitiveType")) {
            checkPrimitive(def["PrimitiveType"], v, where);
            return;
        }
        const std::string type = def.value("Type", "");
        if (const std::string p = referencedParameterType(v); type == "List" && !p.empty() && !isListParameterType(p))
            problem(where, QStringLiteral("a single-value parameter (%1) where a list is expected").arg(q(p)));
        if (checkIntrinsics(v, where))
            return;
        if (type == "List" || type == "Map") {
            if (type == "List" ? !v.is_array() : !v.is_object()) {
                problem(where, QStringLiteral("expected a %1").arg(type == "List" ? QStringLiteral("list") : QStringLiteral("map")));
                return;
            }
            int i = 0;
            for (auto it = v.begin(); it != v.end(); ++it, ++i) {
                const QString at = where + QStringLiteral("/") + (type == "List" ? QString::number(i) : q(it.key()));
                if (def.contains("PrimitiveItemType"))
                    checkPrimitive(def["PrimitiveItemType"], it.value(), at);
                else if (def.contains("ItemType"))
                    checkObject(resourceType, def["ItemType"], it.value(), at);
            }
            return;
        }
        checkObject(resourceType, type, v, where);
    }

    void checkObject(const std::string &resourceType, const std::string &typeName, const json &v, const QString &where) const
    {
        if (checkIntrinsics(v, where))
            return;
        const json *def = propertyType(resourceType, typeName);
        if (!def) {
            problem(where, QStringLiteral("unknown property type %1").arg(q(typeName)));
            return;
        }
        if (!v.is_object()) {
            problem(where, QStringLiteral("expected an object of type %1").arg(q(typeName)));
            return;
        }
        checkProperties(resourceType, def->value("Properties", json::object()), v, where);
    }

    void checkProperties(const std::string &resourceType, const json &defs, const json &props, const QString &where) const
    {
        for (auto it = defs.begin(); it != defs.end(); ++it)
            if (it.value().value("Required", false) && !props.contains(it.key()))
                problem(where, QStringLiteral("required property %1 missing").arg(q(it.key())));
        for (auto it = props.begin(); it != props.end(); ++it) {
            const QString at = where + QStringLiteral("/") + q(it.key());
            if (!defs.contains(it.key())) {
                problem(at, QStringLiteral("unknown property"));
                continue;
            }
            checkValue(resourceType, defs[it.key()], it.value(), at);
        }
    }

    void checkCycles() const
    {
        QHash<QString, int> state; // 1 visiting, 2 done
        std::function<bool(const QString &)> visit = [&](const QString &n) {
            if (state.value(n) == 2)
                return false;
            if (state.value(n) == 1) {
                problem(QStringLiteral("Resources/") + n, QStringLiteral("circular dependency"));
                return true;
            }
            state[n] = 1;
            for (const QString &m : dependsOn.value(n))
                if (visit(m))
                    return true;
            state[n] = 2;
            return false;
        };
        QStringList names = dependsOn.keys();
        names.sort();
        for (const QString &n : names)
            if (visit(n))
                return;
    }
};

CfnSpec::CfnSpec(const QString &path)
    : d(std::make_unique<Impl>())
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        d->error = path + QStringLiteral(": ") + file.errorString();
        return;
    }
    d->spec = json::parse(file.readAll().toStdString(), nullptr, false);
    if (d->spec.is_discarded() || !d->spec.contains("ResourceTypes"))
        d->error = path + QStringLiteral(": not a CloudFormation resource specification");
}

CfnSpec::~CfnSpec() = default;

bool CfnSpec::isValid() const
{
    return d->error.isEmpty();
}

QString CfnSpec::error() const
{
    return d->error;
}

QStringList CfnSpec::check(const QByteArray &templateJson) const
{
    const json t = json::parse(templateJson.toStdString(), nullptr, false);
    if (t.is_discarded() || !t.is_object())
        return {QStringLiteral("template: not a JSON object")};
    d->tmpl = &t;
    d->problems.clear();
    d->dependsOn.clear();
    d->currentResource.clear();
    static const QSet<std::string> topKeys = {"AWSTemplateFormatVersion", "Description", "Metadata", "Parameters",
                                              "Mappings", "Conditions", "Transform", "Resources", "Outputs"};
    for (auto it = t.begin(); it != t.end(); ++it)
        if (!topKeys.contains(it.key()))
            d->problem(q(it.key()), QStringLiteral("unknown template section"));
    if (!t.contains("Resources") || !t["Resources"].is_object() || t["Resources"].empty())
        d->problem(QStringLiteral("Resources"), QStringLiteral("a template needs at least one resource"));
    const json parameters = t.value("Parameters", json::object());
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        const QString where = QStringLiteral("Parameters/") + q(it.key());
        if (!it.value().is_object() || !it.value().contains("Type") || !it.value()["Type"].is_string()) {
            d->problem(where, QStringLiteral("a parameter needs a Type"));
            continue;
        }
        if (!isParameterType(it.value()["Type"].get<std::string>()))
            d->problem(where, QStringLiteral("unknown parameter type %1").arg(q(it.value()["Type"].dump())));
        // Scalars only ("Every Default member must be a string" for a list or an intrinsic); a
        // YAML template's `Default: false` deploys, and CloudFormation reads YAML as this JSON.
        if (it.value().contains("Default") && !it.value()["Default"].is_string() && !it.value()["Default"].is_number()
            && !it.value()["Default"].is_boolean())
            d->problem(where + QStringLiteral("/Default"), QStringLiteral("a default is a string, a number or a boolean"));
    }
    static const QSet<std::string> resourceKeys = {"Type", "Properties", "DependsOn", "Condition", "Metadata",
                                                   "DeletionPolicy", "UpdateReplacePolicy", "CreationPolicy", "UpdatePolicy"};
    const json resources = t.value("Resources", json::object());
    for (auto it = resources.begin(); it != resources.end(); ++it) {
        const QString where = QStringLiteral("Resources/") + q(it.key());
        d->currentResource = q(it.key());
        if (!QRegularExpression(QStringLiteral("^[A-Za-z0-9]+$")).match(q(it.key())).hasMatch())
            d->problem(where, QStringLiteral("logical ids are letters and digits only"));
        const json &r = it.value();
        for (auto k = r.begin(); k != r.end(); ++k)
            if (!resourceKeys.contains(k.key()))
                d->problem(where + QStringLiteral("/") + q(k.key()), QStringLiteral("unknown resource attribute"));
        const std::string type = r.value("Type", "");
        const auto &types = d->spec["ResourceTypes"];
        if (!types.contains(type)) {
            d->problem(where, QStringLiteral("unknown resource type \"%1\"").arg(q(type)));
            continue;
        }
        const json props = r.value("Properties", json::object());
        d->checkProperties(type, types[type].value("Properties", json::object()), props, where + QStringLiteral("/Properties"));
        json depends = r.value("DependsOn", json::array());
        if (depends.is_string())
            depends = json::array({depends});
        for (const json &dep : depends) {
            if (!dep.is_string() || !resources.contains(dep.get<std::string>()))
                d->problem(where + QStringLiteral("/DependsOn"), QStringLiteral("unknown resource %1").arg(q(dep.dump())));
            else
                d->dependsOn[d->currentResource].insert(q(dep.get<std::string>()));
        }
    }
    d->currentResource.clear();
    const json outputs = t.value("Outputs", json::object());
    for (auto it = outputs.begin(); it != outputs.end(); ++it) {
        if (!it.value().contains("Value"))
            d->problem(QStringLiteral("Outputs/") + q(it.key()), QStringLiteral("an output needs a Value"));
        d->checkIntrinsics(it.value(), QStringLiteral("Outputs/") + q(it.key()));
    }
    d->checkCycles();
    d->tmpl = nullptr;
    return d->problems;
}

namespace {

json fromYaml(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Sequence: {
        json a = json::array();
        for (const YAML::Node &item : node)
            a.push_back(fromYaml(item));
        return a;
    }
    case YAML::NodeType::Map: {
        json o = json::object();
        for (const auto &kv : node)
            o[kv.first.as<std::string>()] = fromYaml(kv.second);
        return o;
    }
    case YAML::NodeType::Scalar: {
        const std::string s = node.Scalar();
        if (node.Tag() == "!") // quoted: a string whatever it looks like
            return s;
        // Read plain scalars the way the loosest reader would (YAML 1.1 booleans, any number
        // form), so an export that leaves such a string unquoted fails the comparison.
        static const QRegularExpression truthy(QStringLiteral("^(true|True|TRUE|yes|Yes|YES|on|On|ON|y|Y)$"));
        static const QRegularExpression falsy(QStringLiteral("^(false|False|FALSE|no|No|NO|off|Off|OFF|n|N)$"));
        static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]+$"));
        static const QRegularExpression number(QStringLiteral(
            "^([-+]?(\\.[0-9]+|[0-9][0-9_,]*(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)|0x[0-9a-fA-F]+|0o[0-7]+)$"));
        const QString text = q(s);
        if (truthy.match(text).hasMatch())
            return true;
        if (falsy.match(text).hasMatch())
            return false;
        if (s.empty() || s == "null" || s == "Null" || s == "NULL" || s == "~")
            return nullptr;
        if (integer.match(text).hasMatch())
            return std::stoll(s);
        if (number.match(text).hasMatch())
            return "<number " + s + ">"; // never equal to the string the JSON holds
        return s;
    }
    default:
        return nullptr;
    }
}

} // namespace

QByteArray yamlToJson(const QByteArray &yaml, QString *error)
{
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        return QByteArray::fromStdString(fromYaml(root).dump(2));
    } catch (const YAML::Exception &e) {
        if (error)
            *error = q(e.what());
        return {};
    }
}

} // namespace skydraft::test
