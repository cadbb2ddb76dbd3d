#pragma once

#include "endpoints.h"
#include "servicegraph.h"

namespace skydraft::net {

/// One step of a path: the component and the rule that let the traffic through.
struct Hop {
    QString component;
    QString type;
    QString detail;
};

/// Why traffic stops, in the AWS Reachability Analyzer vocabulary where one fits.
struct Explanation {
    QString code;
    QString component;
    QString direction; ///< "ingress" or "egress"
    QString detail;    ///< a sentence a learner understands
};

/// The answer for one subnet of a resource that spans several (an Auto Scaling group, the
/// nodes of a load balancer).
struct SubnetAnswer {
    QString subnet;
    bool reachable = false;
    QList<Explanation> explanations;
};

struct ReachResult {
    bool reachable = false;
    QString source;
    QString destination;
    Flow flow;
    QList<Hop> path;
    QList<Explanation> explanations;
    QList<SubnetAnswer> sourceSubnets;      ///< when the source spans subnets
    QList<SubnetAnswer> destinationSubnets; ///< when the destination spans subnets
    QStringList assumptions;
    /// When nothing reaches: what blocks the other paths tried (through load balancers),
    /// after `explanations`, which is about the direct path.
    QList<Explanation> alternatives;
};

/// "Can A reach B on protocol/port?" with AWS semantics: stateful security groups (outbound of
/// the source, inbound of the destination, group references), stateless network ACLs both
/// ways with ephemeral return ports, route tables (local, internet gateway, NAT gateway,
/// longest prefix), public addresses, listeners and target groups of load balancers.
class Reachability
{
public:
    explicit Reachability(const Document &document);
    ~Reachability();

    /// `from` and `to` are resource ids or "internet". Unknown ids give NO_PATH with a detail.
    ReachResult reach(const QString &from, const QString &to, const Flow &flow) const;

    struct Leg {
        bool ok = false;
        QList<Hop> hops;
        Explanation blocked;
    };
    /// One network leg between two endpoints (no load balancer in between). To or from the
    /// internet it is open when either family is: IPv4 first, else IPv6 (a `::/0` route to an
    /// internet gateway or egress-only internet gateway, IPv6 rules and ACL entries); an IPv6
    /// path says so in its gateway hop. Blocked both ways, it explains the IPv4 block.
    Leg leg(const Endpoint &source, const Endpoint &destination, const Flow &flow) const;
    /// The same leg over one address family.
    Leg legFamily(const Endpoint &source, const Endpoint &destination, const Flow &flow, bool ipv6) const;

    /// From a load balancer to one of its targets on `port`: any node that may send to the
    /// target's zone will do (cross-zone, enabled zones), as the load balancer picks one.
    ReachResult deliver(const QString &loadBalancer, const QString &target, const Flow &flow) const;

    const ServiceGraph &services() const { return m_services; }
    const Document &document() const { return m_doc; }
    NetCache &cache() const { return m_cache; }
    /// endpointsOf() with this design's Elastic IP index.
    QList<Endpoint> endpoints(const QString &id) const { return endpointsOf(m_doc, id, &m_eips, &m_cache); }

private:
    struct Attempt;
    Attempt direct(const QList<Endpoint> &sources, const QString &to, const Flow &flow) const;
    Attempt viaLoadBalancer(const QList<Endpoint> &sources, const QString &to, const Delivery &delivery,
                            const Flow &flow) const;
    Attempt toLoadBalancer(const QList<Endpoint> &sources, const QString &lb, const Flow &flow) const;
    /// `targetGroup`: the group the targets are reached through, whose own cross-zone setting
    /// (if any) overrides the load balancer's.
    Attempt fromLoadBalancer(const QString &lb, const QList<Endpoint> &targets, const Flow &flow,
                             const QString &targetGroup = {}) const;

    const Document &m_doc;
    ServiceGraph m_services;
    QHash<QString, QString> m_eips;
    mutable NetCache m_cache; // filled lazily by queries; the design does not change under us
    bool m_ipv6Routes = false; // some route table has an IPv6 route: worth trying IPv6
};

} // namespace skydraft::net
