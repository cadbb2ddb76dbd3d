#pragma once

// AWS packet-filter and routing semantics (aws-behavior.md): security groups, network ACLs,
// route tables. Pure functions over the document; the reachability search strings them together.

#include "model/cidr.h"
#include "model/routing.h"
#include "model/document.h"

#include <QHash>

#include <optional>

namespace skydraft::net {

enum class Protocol { Tcp, Udp, Icmp, All };
Protocol protocolFromString(const QString &text, bool *ok = nullptr);
QString protocolName(Protocol protocol);

struct PortRange {
    int from = 0;
    int to = 65535;
    bool contains(int port) const { return port >= from && port <= to; }
    QString toString() const;
};

/// What travels: a protocol and a destination port (-1: any port).
struct Flow {
    Protocol protocol = Protocol::Tcp;
    int port = -1;
    QString toString() const; ///< "tcp/3306"
};

/// Ephemeral port ranges of return traffic (aws-behavior.md).
PortRange ephemeralLinux();       ///< 32768-61000
PortRange ephemeralElb();         ///< 1024-65535 (load balancers, NAT gateways)
PortRange ephemeralClients();     ///< 1024-65535: clients on the internet run any OS

/// The other end of a packet, as a filter sees it.
struct Peer {
    bool internet = false;   ///< some public address
    bool ipv6 = false;       ///< the traffic is IPv6 (only the internet end is modelled so)
    Cidr cidr;               ///< the peer's subnet (its exact address is not known)
    QStringList groups;      ///< security groups the peer carries
    QString label;           ///< how to name it in a sentence ("WebSg", "the internet")
};

using skydraft::isPrivateOnly;
/// Whether a rule's CIDR applies to traffic from or to `peer`.
/// Rules of the other family never match: an IPv6 rule (::/0) applies to IPv6 traffic only.
bool cidrMatches(const IpBlock &rule, const Peer &peer);

enum class Direction { Ingress, Egress };
QString directionName(Direction d);

struct Verdict {
    bool allowed = false;
    QString component;  ///< the group, ACL or route table that decided
    QString detail;     ///< a sentence a learner understands
};


/// Parsed rules and per-subnet lookups, so a query never re-parses a CIDR. Valid while the
/// document does not change (the checker builds a new one after each edit).
class NetCache
{
public:
    explicit NetCache(const Document &doc)
        : m_doc(doc)
    {
    }
    const Document &doc() const { return m_doc; }
    /// Forgets everything (after the document changed).
    void clear()
    {
        for (auto &h : m_acl)
            h.clear();
        for (auto &h : m_sg)
            h.clear();
        m_aclOf.clear();
        m_tableOf.clear();
        m_internetRoute.clear();
        m_internetRoute6.clear();
        m_igw.clear();
        m_subnets.clear();
    }

    struct AclRule {
        qint64 number = 0;
        QString protocol;
        std::optional<IpBlock> cidr;
        PortRange ports;
        bool allow = true;
    };
    struct SgRule {
        int index = 0;
        QString protocol;
        PortRange ports;
        QString group;
        QString prefixList;
        std::optional<IpBlock> cidr;
    };
    const QList<AclRule> &aclRules(const QString &acl, bool inbound);
    const QList<SgRule> &sgRules(const QString &group, bool inbound);
    QString aclOf(const QString &subnet);
    QString routeTableOf(const QString &subnet);
    const Route &internetRoute(const QString &subnet, bool ipv6 = false);
    QString internetGatewayOf(const QString &vpc);
    /// Where a subnet sits: its VPC, zone and block, looked up once.
    struct SubnetInfo {
        QString vpc;
        QString zone;
        Cidr cidr;
        bool valid = false;
    };
    const SubnetInfo &subnet(const QString &id);

private:
    const Document &m_doc;
    QHash<QString, QList<AclRule>> m_acl[2];
    QHash<QString, QList<SgRule>> m_sg[2];
    QHash<QString, QString> m_aclOf;
    QHash<QString, QString> m_tableOf;
    QHash<QString, Route> m_internetRoute;
    QHash<QString, Route> m_internetRoute6;
    QHash<QString, QString> m_igw;
    QHash<QString, SubnetInfo> m_subnets;
};

/// Security groups are allow-only and combined; an empty `groups` list means the VPC's
/// default group (in: all from itself; out: all). `noGroups` means no filtering at all
/// (a Network Load Balancer created without groups).
Verdict securityGroups(NetCache &cache, const QStringList &groups, const QString &vpc, bool noGroups,
                       Direction direction, const Flow &flow, const Peer &peer, const QString &ownerLabel);

/// Network ACL of a subnet (its own, else the VPC's default, else allow-all), evaluated in
/// rule-number order for every port of `ports`; the final * rule denies the rest.
Verdict networkAcl(NetCache &cache, const QString &subnet, Direction direction, Protocol protocol,
                   const PortRange &ports, const Peer &peer, bool returnTraffic = false);

/// The same evaluation for a given ACL resource.
Verdict evaluateAcl(NetCache &cache, const QString &aclId, Direction direction, Protocol protocol,
                    const PortRange &ports, const Peer &peer, bool returnTraffic = false);

// Routing lives in the model (model/routing.h); the checker uses it under its own names.
using skydraft::internetGatewayOf;
using skydraft::internetRoute;
using skydraft::isPublicSubnet;
using skydraft::Route;
using skydraft::routeTableOf;

} // namespace skydraft::net
