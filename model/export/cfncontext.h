#pragma once

#include <functional>

// Private to the CloudFormation exporter (cfn*.cpp): the template being built and the
// naming, reference and parameter helpers every resource mapping uses.

#include "exportrules.h"
#include "logicalids.h"
#include "value.h"

#include "model/document.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace skydraft::exchange {

struct CfnMsg {
    Q_DECLARE_TR_FUNCTIONS(skydraft::CloudFormationExport)
};

/// The resources and parameters `v` names (Ref, GetAtt, Sub, DependsOn-style names), appended to `out`.
void namesIn(const Value &v, QStringList &out);

class CfnContext
{
public:
    explicit CfnContext(const Document &doc);

    const Document &doc;
    const rules::Facts facts;
    QStringList notes;

    /// The logical id of a design resource: its id with only letters and digits kept,
    /// made unique.
    QString id(const QString &designId) const { return m_names.id(designId); }
    /// A fresh logical id for a resource the design does not name ("WebLbListener80").
    QString derived(const QString &base) { return m_names.derived(base); }

    /// Whether the resource exists outside the stack (a parameter's or import's VPC, subnet or
    /// group, the account's default VPC with its subnets, gateway and main route table): the
    /// template refers to it and never creates it.
    static bool outside(const Document &doc, const Resource &r);
    bool outside(const QString &designId) const;
    /// How the template names an outside resource: the parameter (a Select for a list item),
    /// Fn::ImportValue or literal id it was imported from, else a parameter of its AWS type.
    Value outsideValue(const QString &designId) const;

    /// Ref of a design resource (outsideValue() for one outside the stack).
    Value ref(const QString &designId) const;
    Value getAtt(const QString &designId, const QString &attribute) const;
    Value refs(const QStringList &designIds) const;
    static Value refLogical(const QString &logicalId);
    static Value getAttLogical(const QString &logicalId, const QString &attribute);

    /// Adds `Type` and `Properties` (and `DependsOn` when given) under `logicalId`.
    void add(const QString &logicalId, const QString &type, Value properties, const QStringList &dependsOn = {});
    void addOutput(const QString &name, const QString &description, Value value);

    /// Parameters, each made once for the value it defaults to.
    Value imageParameter(const QString &imageId);
    Value keyParameter(const QString &keyName);
    Value stringParameter(const QString &name, const QString &description, const QString &defaultValue);
    Value passwordParameter(const QString &designId);
    /// A parameter of exactly this name (made once), as the imported template had it.
    Value namedParameter(const QString &name, Value definition) { return parameter(name, QStringLiteral("param:") + name, std::move(definition)); }
    /// Fn::ImportValue of `name`; a name with ${Parameter} is an Fn::Sub, its parameters kept.
    Value importValue(const QString &name) const;

    /// `Tags: [{Key: Name, Value: ...}]` when the resource has a display name.
    Value nameTags(const Resource &r) const;
    /// True when `key` is set on `r` to something other than its catalogue default.
    static bool differs(const Resource &r, const QString &key);
    /// The VPC's internet-gateway attachment logical id, or empty (for DependsOn).
    QString gatewayAttachment(const QString &vpcId) const { return m_attachments.value(vpcId); }
    void setGatewayAttachment(const QString &vpcId, const QString &logicalId) { m_attachments.insert(vpcId, logicalId); }

    /// The logical id of a VPC's AWS::EC2::VPCCidrBlock (its IPv6 block), or empty.
    QString vpcIpv6Block(const QString &vpcId) const { return m_ipv6Blocks.value(vpcId); }
    void setVpcIpv6Block(const QString &vpcId, const QString &logicalId) { m_ipv6Blocks.insert(vpcId, logicalId); }
    /// How an imported template looked up a prefix list id it resolved to `id` (!FindInMap by
    /// region), or nullptr.
    const Value *keptPrefixList(const QString &id) const
    {
        const Value *lists = m_kept.find(QStringLiteral("PrefixLists"));
        return lists ? lists->find(id) : nullptr;
    }

    /// Whether build() writes imported resources as the template wrote them (AsWritten), and
    /// what the export of the design as it was imported wrote (its Resources), to tell what the
    /// edits changed; nullptr when the design is still the one imported.
    void setAsWritten(bool on, const Value *imported)
    {
        m_useAsWritten = on;
        m_imported = imported;
    }
    /// A logical id for what the design folds into its resources (signature "route:TABLE:DEST",
    /// "attachment:IGW", "route-table-association:SUBNET", "network-acl-association:SUBNET",
    /// "network-acl-entry:ACL:in|out:NUMBER", "policy:GROUP:NAME", "alarm:POLICY", "subnet-group:DB", "cluster-instance:CLUSTER:N", "eip-association:EIP"): the one the
    /// imported template gave it
    /// (FoldedIds), else `fallback`; unique either way.
    QString foldedId(const QString &signature, const QString &fallback)
    {
        const Value *ids = m_kept.find(QStringLiteral("FoldedIds"));
        const Value *kept = ids ? ids->find(signature) : nullptr;
        return derived(kept && kept->kind() == Value::Kind::String && !kept->toString().isEmpty() ? kept->toString() : fallback);
    }
    /// Whether the imported template gave what has `signature` a logical id of its own.
    bool hasFoldedId(const QString &signature) const
    {
        const Value *ids = m_kept.find(QStringLiteral("FoldedIds"));
        return ids && ids->find(signature);
    }
    /// What an imported template gave the listener or listener rule of logical id `id` beyond the
    /// design's rows (Listeners / ListenerRules), or nullptr.
    const Value *keptListener(const QString &id) const { return keptIn(QStringLiteral("Listeners"), id); }
    const Value *keptListenerRule(const QString &id) const { return keptIn(QStringLiteral("ListenerRules"), id); }

    /// The template; what the design keeps from an imported template (Document::passThrough) is written
    /// back unchanged, and a reference in it to what is no longer in the design is noted.
    Value build();

private:
    /// AsWritten: what the edits did not change, as the imported template wrote it; what the
    /// export alone added to it (defaults, helpers, parameters, outputs) left out.
    void writeAsWritten(const std::function<bool(const QString &)> &known);
    /// After writeAsWritten(): the resources in the imported template's order, each DependsOn
    /// on what is written only, and no parameter or output the template did not have and
    /// nothing names.
    void tidyAsWritten();
    const Value *keptIn(const QString &section, const QString &id) const
    {
        const Value *kept = id.isEmpty() ? nullptr : m_kept.find(section);
        return kept ? kept->find(id) : nullptr;
    }
    bool m_useAsWritten = true;
    const Value *m_imported = nullptr;
    QSet<QString> m_fromTemplate; ///< logical ids written from an imported template's resources
    QHash<QString, QString> m_ipv6Blocks; ///< VPC -> its VPCCidrBlock's logical id
    Value parameter(const QString &base, const QString &dedupeKey, Value definition) const;

    mutable LogicalIds m_names; ///< resources' and parameters' names share one namespace
    mutable QHash<QString, QString> m_parameterFor; ///< dedupe key -> parameter name
    QHash<QString, QString> m_attachments;
    mutable Value m_parameters = Value::map();
    Value m_kept = Value::map(); ///< Document::passThrough() sections, in the template's order
    mutable QString m_defaultVpcParameter;   ///< Metadata SkyDraft.DefaultVpc
    mutable Value m_defaultSubnetParameters = Value::map(); ///< parameter -> zone
    Value m_resources = Value::map();
    Value m_outputs = Value::map();
};

// The mappings, one per area, run in this order by CloudFormation::build().
void mapNetwork(CfnContext &c);       // VPCs, subnets, gateways, addresses, route tables, ACLs
void mapSecurityGroups(CfnContext &c);
void mapCompute(CfnContext &c);       // launch templates, instances, Auto Scaling groups
void mapLoadBalancing(CfnContext &c); // target groups, load balancers, listeners
void mapScaling(CfnContext &c);       // scaling policies and their alarms
void mapData(CfnContext &c);          // RDS, Aurora, ElastiCache
void mapDns(CfnContext &c);           // Route 53 records

} // namespace skydraft::exchange
