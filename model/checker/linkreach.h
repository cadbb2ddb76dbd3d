#pragma once

// Whether traffic can flow on the topology's links (model/topology.h): reach's answer, which
// the canvas draws (a blocked link is drawn as blocked) and the simulator obeys (a blocked
// link carries nothing).

#include "endpoints.h"
#include "model/topology.h"

#include <QHash>

namespace skydraft::net {

class Reachability;

class LinkReach
{
public:
    /// `reach` (not owned) must outlive this and describe the design the links come from.
    explicit LinkReach(const Reachability &reach);

    /// A data-access link: whether the app reaches the store over TCP on the store's port.
    /// Every other kind: true here (a load balancer that cannot reach its targets is the
    /// target-unreachable lint's and the simulator's health checks' business).
    bool open(const Link &link);

private:
    /// What reach's answer from `app` to a store depends on, as a number: apps alike get the
    /// same answer (the instances of one subnet and group).
    int signature(const QString &app);
    /// reach's answer, from the legs between the app's and the store's interfaces.
    bool answer(const QString &app, const Resource &store);

    const Reachability &m_reach;
    QHash<QString, int> m_appSignature; ///< app -> signature
    QHash<QString, int> m_signatures;   ///< signature text -> number
    QHash<std::pair<int, QString>, bool> m_answers; ///< (signature, store) -> open
    QHash<QString, bool> m_legs;        ///< one interface pair and port -> open
    QHash<QString, QList<Endpoint>> m_endpoints;
};

/// Whether a resource of `type` is part of the network (a subnet, a security group, a load
/// balancer...): a change to it can change what reaches what in its VPC. Instances, databases,
/// caches, records and the internet are ends of paths, not part of them.
bool isNetworkComponent(ResourceType type);

/// Whether setting `key` on a resource of `type` can change reach's answer for a data-access
/// link (an app and a store in one VPC): any property of a security group, network ACL,
/// subnet, route table or VPC, and an end's groups, subnets, launch template or port.
bool changesLinkReach(ResourceType type, const QString &key);

} // namespace skydraft::net
