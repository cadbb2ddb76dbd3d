#pragma once

#include "model/document.h"
#include "model/topology.h"

#include <memory>

namespace skydraft::net {

/// How a load balancer delivers to a target: listener, target group, target port.
struct Delivery {
    QString loadBalancer;
    int listener = -1;          ///< row in the load balancer's listeners
    int listenerPort = 0;
    QString listenerProtocol;
    QString targetGroup;        ///< empty for a Classic Load Balancer
    int targetPort = 0;
    /// Through a listener rule (ALB): its priority and conditions ("path /api/*"); 0: the
    /// listener's default action.
    qint64 rulePriority = 0;
    QString ruleConditions;
};

/// The application-level graph of a design (Boost.Graph, kept in the .cpp): the topology's
/// DNS, listener and registration links (Topology::links), and nothing else: DNS records
/// pointing at load balancers, listeners and their rules forwarding to target groups, target groups and
/// classic load balancers sending to instances and Auto Scaling groups. The reachability
/// search walks it to find the load balancers in front of a destination. Listener and target
/// ports are read from the design when asked: the graph holds only who links to whom, so it
/// stays right until a link changes (Topology::changesLinks with Topology::serviceKinds).
class ServiceGraph
{
public:
    explicit ServiceGraph(const Document &document);
    ~ServiceGraph();

    /// Every edge (source vertex by source vertex), as links: a test compares them with the
    /// topology's.
    QList<Link> edges() const;

    /// Every way a load balancer delivers traffic to `target` (an instance or an ASG).
    QList<Delivery> deliveriesTo(const QString &target) const;
    /// Every way `loadBalancer` delivers traffic, to any target.
    QList<std::pair<QString, Delivery>> deliveriesFrom(const QString &loadBalancer) const;
    /// Whether `target` is registered in some target group (listened to or not).
    bool isRegistered(const QString &target) const;
    /// The resource a Route 53 record resolves to (its alias or plain target), or empty.
    QString resolve(const QString &record) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace skydraft::net
