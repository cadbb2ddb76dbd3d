#pragma once

// A security group's rules as typed values, read the one way the checker, the simulator and the
// canvas all use (defaults included: tcp, every port).

#include "resource.h"

#include <QList>

namespace skydraft {

struct SecurityGroupRule {
    int index = 0;           ///< row in the group's table
    QString protocol;        ///< tcp, udp, icmp or all
    int fromPort = 0;
    int toPort = 65535;
    QString group;           ///< source (inbound) or destination (outbound) group, or empty
    QString cidr;            ///< or a CIDR block (IPv4 or IPv6)
    QString prefixList;      ///< or a managed prefix list id (pl-...)
    bool everyPort() const { return protocol == u"all" || (fromPort == 0 && toPort == 65535); }
    /// Whether the rule admits `proto` ("tcp", "udp") on `port` ("all" ignores ports).
    bool covers(const QString &proto, int port) const
    {
        return protocol == u"all" || (protocol == proto && fromPort <= port && port <= toPort);
    }
    /// The group, else the prefix list, else the CIDR: who the rule admits.
    QString peer() const { return !group.isEmpty() ? group : !prefixList.isEmpty() ? prefixList : cidr; }
};

/// The inbound or outbound rules of a security group (empty for anything else).
QList<SecurityGroupRule> securityGroupRules(const Resource &group, bool inbound);

} // namespace skydraft
