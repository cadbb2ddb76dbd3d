#pragma once

// Private to the Terraform exporter (terraform*.cpp): the configuration being built, with
// names, references and variables.

#include "hcl.h"
#include "exportrules.h"
#include "logicalids.h"

#include "model/document.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>

namespace skydraft::exchange {

struct TfMsg {
    Q_DECLARE_TR_FUNCTIONS(skydraft::TerraformExport)
};

class TfContext
{
public:
    explicit TfContext(const Document &doc);

    const Document &doc;
    const rules::Facts facts;
    QStringList notes;

    QString name(const QString &designId) const { return m_names.id(designId); }
    QString derived(const QString &base) { return m_names.derived(base); }
    /// The Terraform resource type a design resource becomes ("aws_lb", "aws_elb"...).
    QString typeOf(const QString &designId) const;
    /// Whether the resource exists outside the configuration (rules::outsideStack).
    bool outside(const QString &designId) const;
    /// The variable (an item of it for a list) that stands for an outside resource's id.
    QString outsideExpression(const QString &designId) const;
    /// "aws_vpc.Vpc.id": an attribute of the resource a design resource becomes (the
    /// variable of an outside one).
    QString ref(const QString &designId, const QString &attribute = QStringLiteral("id")) const;
    QString refs(const QStringList &designIds, const QString &attribute = QStringLiteral("id")) const;

    /// `resource "type" "name" { ... }`.
    HclBody &resource(const QString &type, const QString &name);
    void output(const QString &name, const QString &description, const QString &expression);

    /// Variables, each made once for the value it defaults to; the expression to use.
    QString imageVariable(const QString &imageId);
    QString keyVariable(const QString &keyName);
    QString stringVariable(const QString &name, const QString &description, const QString &defaultValue);
    QString passwordVariable(const QString &designId);
    /// The zone id of the hosted zone named `zoneName`, looked up by name.
    QString hostedZone(const QString &zoneName);

    /// `tags = { Name = "..." }` when the resource has a display name.
    void nameTags(HclBody &body, const Resource &r) const;
    /// The VPC's internet gateway resource ("aws_internet_gateway.Igw"), or empty.
    QString gatewayOf(const QString &vpcId) const;

    QByteArray render() const;
    /// main.tf (settings, data sources, resources), variables.tf, outputs.tf.
    QList<std::pair<QString, QByteArray>> renderFiles() const;

private:
    QString variable(const QString &base, const QString &dedupeKey, const std::function<void(HclBody &)> &fill) const;

    mutable LogicalIds m_names;
    mutable QHash<QString, QString> m_variableFor; ///< dedupe key -> expression
    mutable QSet<QString> m_variableNames;
    mutable HclBody m_variables;
    HclBody m_data;
    HclBody m_resources;
    HclBody m_outputs;
};

/// Snake case for variable names: "WebLb" -> "web_lb".
QString snakeCase(const QString &name);

void writeNetwork(TfContext &c);        // terraform.cpp
void writeSecurityGroups(TfContext &c); // terraform.cpp
void writeCompute(TfContext &c);        // terraformcompute.cpp: templates, instances, groups, policies
void writeLoadBalancing(TfContext &c);  // terraformcompute.cpp
void writeData(TfContext &c);           // terraformdata.cpp: RDS, Aurora, ElastiCache, Route 53

} // namespace skydraft::exchange
