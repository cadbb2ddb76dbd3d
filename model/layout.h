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
/// The tier a subnet is drawn in: 0 public (routes to an internet gateway), 1 private app,
/// 2 private data (holds a database or cache).
int subnetTier(const Document &document, const QString &subnet);
}

} // namespace skydraft
