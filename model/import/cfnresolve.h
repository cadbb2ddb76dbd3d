#pragma once

#include "cfnnode.h"
#include "designloader.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace skydraft::cfn {

/// The Availability Zones Fn::GetAZs gives offline for `region` (README: "Importing
/// CloudFormation"): us-east-1a to f, us-west-1b and c, and a to c elsewhere.
QStringList zonesOf(const QString &region);

/// Works out intrinsic functions offline: parameters (given values, else defaults),
/// pseudo parameters, mappings, conditions, Fn::GetAZs, Fn::Cidr, Sub, Join, Select, Split, If.
/// A VPC, subnet or security group that arrives as a parameter or an import resolves to
/// External. Problems (a Ref to nothing, a missing mapping key) are errors in `report`.
class Resolver
{
public:
    Resolver(const Node &root, const LoadOptions &options, Report &report);

    /// The value with every intrinsic applied.
    Node eval(const Node &node);
    /// The named condition of the Conditions section.
    bool condition(const QString &name, const Node &at);

    const QString &region() const { return m_region; }
    const Node *parameters() const { return m_parameters; }
    bool isResource(const QString &id) const { return m_resources.contains(id); }
    /// The AWS type of a resource ("AWS::EC2::VPC"), or empty.
    QString typeOf(const QString &id) const;
    /// The resource's node in the template, or nullptr.
    const Node *resource(const QString &id) const { return m_resources.value(id); }

    /// Parameter types that stand for a VPC, subnets or security groups outside the template.
    static bool isNetworkIdType(const QString &parameterType);

private:
    Node ref(const Node &at, const QString &name);
    Node parameter(const QString &name, const Node &declaration);
    Node getAtt(const Node &at, const Node &args);
    Node sub(const Node &at, const Node &args);
    Node join(const Node &at, const Node &args);
    Node select(const Node &at, const Node &args);
    Node cidr(const Node &at, const Node &args);
    Node findInMap(const Node &at, const Node &args);
    Node split(const Node &at, const Node &args);
    bool evalCondition(const Node &node);
    Node function(const QString &name, const Node &at, const Node &args);
    /// Text of a resolved value for Sub and Join; nullopt when it is not text.
    static std::optional<QString> text(const Node &value);

    const Node &m_root;
    const Node *m_parameters = nullptr;
    const Node *m_mappings = nullptr;
    const Node *m_conditions = nullptr;
    QHash<QString, const Node *> m_resources;
    QHash<QString, QString> m_given;
    QString m_region;
    Report &m_report;
    QHash<QString, bool> m_conditionValues;
    QSet<QString> m_unset;      ///< parameters without a value, noted once
    QStringList m_zoneParameters; ///< single-zone parameters without a value, in order of use
    QSet<QString> m_evaluating;
    QHash<QString, Node> m_cidrs; ///< Fn::Cidr results by block, count and bits ///< conditions and CIDR look-ups under way, against cycles
};

} // namespace skydraft::cfn
