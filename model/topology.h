#pragma once

// Which resource sends traffic to which: the design's service topology, worked out once. The
// canvas draws these links as arrows, the checker's service graph is made of them, and the
// simulator sends its requests along them (and along nothing else).

#include "types.h"

#include <QFlags>
#include <QList>
#include <QString>

namespace skydraft {

class Document;

enum class LinkKind : quint8 {
    /// Name resolution: internet -> Route 53 record, record -> its target (load balancer,
    /// Elastic IP or instance), a record's Elastic IP -> the instance it is associated with,
    /// and internet -> internet-facing load balancer when no record points anywhere (clients
    /// then use the load balancer's own DNS name).
    Dns = 0x1,
    /// Load balancer -> target group: a listener of an Application or Network Load Balancer
    /// forwards to it.
    Listener = 0x2,
    /// Target group -> registered instance or attached Auto Scaling group; Classic Load
    /// Balancer -> its instances and the Auto Scaling groups attached to it.
    Registration = 0x4,
    /// App tier (instance or Auto Scaling group) -> database, Aurora cluster or cache: see
    /// Topology::links for the rule.
    DataAccess = 0x8,
    /// RDS instance -> its read replica.
    Replication = 0x10,
};
Q_DECLARE_FLAGS(LinkKinds, LinkKind)

} // namespace skydraft

// At global scope, as Qt asks: inside the namespace they would hide Qt's own operators.
Q_DECLARE_OPERATORS_FOR_FLAGS(skydraft::LinkKinds)

namespace skydraft {

/// One arrow of the design: `from` sends traffic (or replicated writes) to `to`.
struct Link {
    QString from;
    QString to;
    LinkKind kind = LinkKind::Dns;
    friend bool operator==(const Link &, const Link &) = default;
};

namespace Topology {

constexpr LinkKinds allKinds = LinkKinds::fromInt(0x1f);
/// What the front of a design is made of: how requests find a load balancer and its targets.
constexpr LinkKinds serviceKinds = LinkKinds::fromInt(0x7); // Dns | Listener | Registration

/// Every link of `kinds` in `document`.
///
/// Where the design says traffic is meant to go, not whether it can: a link that security
/// groups, ACLs or routes block is still a link, and `reach` answers whether it carries
/// traffic (the canvas draws it as blocked, the simulator sends nothing on it).
///
/// A reference makes a link only when it names a resource of a type the catalogue allows
/// there and the property applies (a load balancer's `instances` only on a classic one).
///
/// The data-access rule: an instance or Auto Scaling group (through its launch template)
/// reaches a database, Aurora cluster or cache when an inbound rule of a security group of
/// the store names a security group the app carries, whatever its protocol and ports. A rule
/// naming the app's group is the design saying "this app talks to this store" (what the
/// Connect tool writes); when its port is wrong, the link is there and reach blocks it,
/// which shows the mistake. A CIDR rule admits addresses, not an application: it cannot tell
/// the app from a bastion or the next subnet's tenant, and a VPC-wide block would tie every
/// instance to every store, so it makes no link (reach still answers for it). Likewise the
/// VPC's default group (no group of one's own) is named by no rule of the design: no link.
///
/// Order: the links each resource states, in document order (a record's, a load balancer's,
/// a target group's, an Auto Scaling group's, a replica's), then the data-access links store
/// by store (by the store's groups, their rules, then the apps in document order). A pair
/// (from, to) appears once. The same design always gives the same list.
QList<Link> links(const Document &document, LinkKinds kinds = allKinds);

/// Whether setting property `key` of a resource of `type` can change the links of `kinds`:
/// the reference properties (and tables with reference columns) the rules above follow,
/// each of which the catalogue declares as a reference, and the properties that decide
/// whether they count (a load balancer's kind and scheme).
bool changesLinks(ResourceType type, const QString &key, LinkKinds kinds = allKinds);

/// One property a link rule reads: `key` of resources of `type`; `column` when the
/// references are in a table's rows. `reference` is false for a property that decides
/// whether references count rather than holding one (a load balancer's kind, its scheme).
struct LinkSource {
    ResourceType type;
    QString key;
    QString column;
    LinkKinds kinds;
    bool reference = true;
};
/// Every property the rules read, for changesLinks and for checking against the catalogue.
const QList<LinkSource> &linkSources();

/// "dns", "listener", "registration", "data-access", "replication".
QString kindName(LinkKind kind);

} // namespace Topology

} // namespace skydraft
