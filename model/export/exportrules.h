#pragma once

// Design facts both infrastructure exports (CloudFormation and Terraform) map the same way.

#include "model/document.h"

namespace skydraft::exchange::rules {

/// The route table to associate a subnet with: its own; else the VPC's main table when that
/// has routes of its own (an export cannot make a table it creates the VPC's main one, and
/// an empty main table is the VPC's own); else empty.
QString routeTableOf(const Document &doc, const QString &subnet);
/// The Elastic IP the design associates with `id`, or empty.
QString elasticIpOf(const Document &doc, const QString &id);
/// The load balancer whose listener forwards to `targetGroup`, or empty.
QString balancerForwardingTo(const Document &doc, const QString &targetGroup);
/// "www.example.com" -> "example.com.": the hosted zone a record most likely lives in.
QString zoneOfRecord(const QString &recordName);
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
