#pragma once

#include "netrules.h"

namespace skydraft::net {

/// One place where a resource has a network interface: an instance in its subnet, one node
/// of a load balancer, an Auto Scaling group's instances in one of its subnets, the primary
/// of a database. The internet is an endpoint too.
struct Endpoint {
    QString resource;     ///< resource id, or "internet"
    ResourceType type = ResourceType::Internet;
    bool internet = false;
    QString subnet;
    QString vpc;
    QString zone;
    Cidr cidr;            ///< the subnet's block
    QStringList groups;   ///< effective security groups (empty: the VPC default group)
    bool noGroups = false;///< no filtering at all (NLB without groups, NAT gateway)
    bool publicAddress = false;
    QString publicReason; ///< why it has (or lacks) a public address
    PortRange ephemeral = ephemeralLinux();
    /// A classic load balancer made in the account's default VPC without security groups gets
    /// AWS's `default_elb_*` group: open to everyone on its listener ports, all out. Its
    /// listener ports then; empty otherwise.
    QList<int> defaultElbPorts;

    /// How a filter at the other end sees this endpoint.
    Peer asPeer() const;
    QString label() const;
};

/// The endpoints of a resource; empty when it has no network presence (a route table) or
/// its placement is unknown (no subnet). `internet` gives the one internet endpoint.
/// `elasticIps` maps an instance or NAT gateway to its Elastic IP; pass one built once
/// (elasticIpIndex) when asking many times.
/// `cache`, when given, answers the per-subnet lookups.
QList<Endpoint> endpointsOf(const Document &doc, const QString &id, const QHash<QString, QString> *elasticIps = nullptr,
                            NetCache *cache = nullptr);
QHash<QString, QString> elasticIpIndex(const Document &doc);
/// Whether the resource is something traffic can start at or go to.
bool isAddressable(ResourceType type);

} // namespace skydraft::net
