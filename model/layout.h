#pragma once

#include "document.h"

#include <QHash>
#include <QRectF>

namespace skydraft {

/// Automatic, deterministic, containment-aware layout.
///
/// Internet and Route 53 on top; each VPC a box with its gateway, load balancers and target
/// groups in a band on top, the Availability Zones as columns, subnets in rows by tier (public,
/// private app, private data), resources inside their subnet, Auto Scaling groups as boxes
/// spanning their subnets, databases and caches in their first subnet, and route tables, ACLs
/// and security groups in a band at the bottom. Rectangles are relative to the parent.
namespace Layout {
constexpr qreal nodeWidth = 120;
constexpr qreal nodeHeight = 96;
constexpr qreal padding = 16;
constexpr qreal header = 28;

/// Geometry for every resource of the document.
QHash<QString, QRectF> compute(const Document &document);
/// Sets geometry on the resources that have none (used when a file carries no layout).
void applyMissing(Document &document);
/// Where a resource that the VPC holds but that runs in the subnets it lists (`subnets`: an
/// Auto Scaling group, a load balancer, a database or cache) is drawn once they changed, as
/// compute() draws it: an Auto Scaling group as a band across them, a load balancer centred
/// over them (straddling two zones), a database or cache in the first. In its parent's
/// coordinates; nullopt when it stays where it is (or has no geometry, or no subnet drawn in
/// its parent).
std::optional<QRectF> followSubnets(const Document &document, const QString &id);
/// A Multi-AZ database's standby: the subnet of another zone it is drawn in (the first
/// subnet listed whose zone differs from the primary's), or empty when it has none.
QString standbySubnet(const Document &document, const QString &id);
/// The tier a subnet is drawn in: 0 public (routes to an internet gateway), 1 private app,
/// 2 private data (holds a database or cache).
int subnetTier(const Document &document, const QString &subnet);
}

} // namespace skydraft
