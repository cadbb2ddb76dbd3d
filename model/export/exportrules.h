#pragma once

// Design facts both infrastructure exports (CloudFormation and Terraform) map the same way.

#include "model/document.h"

#include <QHash>

#include <array>

namespace skydraft::exchange::rules {

/// What an export asks of the design again and again, indexed once so that exporting
/// 10,000 resources stays linear.
class Facts
{
public:
    explicit Facts(const Document &doc);
    /// The resources of a type, in document order.
    const QList<const Resource *> &ofType(ResourceType type) const { return m_byType[size_t(type)]; }
    /// The route table to associate a subnet with: its own; else the VPC's main table when
    /// that has routes of its own (an export cannot make a table it creates the VPC's main
    /// one, and an empty main table is the VPC's own); else empty.
    QString routeTableOf(const QString &subnet) const;
    /// The Elastic IP the design associates with `id`, or empty.
    QString elasticIpOf(const QString &id) const { return m_elasticIpOf.value(id); }
    /// The load balancer whose listener forwards to `targetGroup`, or empty.
    QString balancerForwardingTo(const QString &targetGroup) const { return m_balancerOf.value(targetGroup); }

private:
    const Document &m_doc;
    std::array<QList<const Resource *>, resourceTypeCount> m_byType;
    QHash<QString, QString> m_elasticIpOf;
    QHash<QString, QString> m_balancerOf;
};
/// Whether a resource exists outside the stack: a VPC, subnet or group taken from a parameter,
/// an import or a literal id (external, or with an "externalSource"), and the account's
/// default VPC with its subnets, internet gateway and main route table. Exports refer to it
/// (a parameter or variable) and never create it.
bool outsideStack(const Document &doc, const Resource &r);
/// The rule a VPC's default security group has from AWS (all traffic from itself): an export
/// adds the others to the group, never this one.
bool isOwnDefaultRule(const Resource &group, const QVariantMap &rule);
/// "www.example.com" -> "example.com.": the hosted zone a record most likely lives in.
QString zoneOfRecord(const QString &recordName);
/// `text` as a security group (or rule) description AWS accepts: the characters
/// a-z A-Z 0-9 space ._-:/()#,@[]+=&;{}!$* only (others become "-"), at most 255 of them.
QString groupDescription(const QString &text);
/// A network ACL's protocol number: "6" tcp, "17" udp, "1" icmp, "-1" all.
QString protocolNumber(const QString &protocol);
/// A security group rule's port range; ICMP's full range is every type and code (-1, -1).
std::pair<qint64, qint64> ruleRange(const QVariantMap &rule);
/// The CloudWatch metric of a scaling policy metric: namespace, name, statistic.
struct AlarmMetric {
    QString nameSpace;
    QString name;
    QString statistic;
};
AlarmMetric alarmMetric(const QString &policyMetric);

} // namespace skydraft::exchange::rules
