#pragma once

// Which route table a subnet uses and where it sends the internet: shared by the layout
// (public subnets on top) and the checker (reachability, lints).

#include "cidr.h"
#include "document.h"

namespace skydraft {

struct Route {
    QString table;
    IpBlock destination;
    QString target;   ///< internet gateway, egress-only internet gateway, NAT gateway or instance id
    bool found = false;
};

/// The route table a subnet uses: its explicit one, else the VPC's main table (may be empty:
/// an implicit main table with the local route only).
QString routeTableOf(const Document &doc, const QString &subnet);
/// The route a subnet uses towards the internet (the default route, else the longest public
/// one) of one address family: `ipv6` looks at IPv6 destinations only (::/0), else IPv4 only.
Route internetRoute(const Document &doc, const QString &subnet, bool ipv6 = false);
/// The internet gateway attached to a VPC, or empty.
QString internetGatewayOf(const Document &doc, const QString &vpc);
/// Whether the subnet routes the internet to an internet gateway (a "public" subnet) over
/// IPv4; with `orOverIpv6`, an IPv6-only public subnet (::/0 to the gateway) counts too (the
/// layout's and the diagrams' public tier; a NAT gateway or an internet-facing load balancer
/// needs the IPv4 route).
bool isPublicSubnet(const Document &doc, const QString &subnet, bool orOverIpv6 = false);

/// Whether `id` is, sits in, spans or carries a placeholder for something outside the design
/// (Resource::isExternal): the checker makes no claims that depend on it.
bool touchesExternal(const Document &doc, const QString &id);

} // namespace skydraft
