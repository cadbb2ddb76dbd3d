#pragma once

#include "value.h"

#include "model/document.h"

namespace skydraft::exchange {

/// A design as a deployable CloudFormation template.
///
/// Every catalogue type maps to real AWS resource types (AZs become subnets' zones; the
/// internet has no resource). Image ids, key names and database passwords become
/// parameters, load balancers' DNS names outputs. Logical ids are the design ids with only
/// letters and digits kept. Values are written when AWS needs them, when they differ from
/// the catalogue default, or when the API default differs from the console default the
/// catalogue uses (backup retention, health-check grace period, cross-zone...).
/// For an import -> export -> import round trip, what a template cannot carry: the internet
/// node; Availability Zone resources (subnets carry the zone name); a route table's `main`
/// flag (subnets without a table are associated with the main table only when it has routes);
/// a default network ACL (the VPC's own; not created, not associated); names of records,
/// listeners and scaling policies (other resources carry theirs as a `Name` tag); layout.
/// An Aurora cluster becomes a DBCluster plus 1 + replicas DBInstances naming it
/// (DBClusterIdentifier), which an importer folds back into the cluster.
namespace CloudFormation {
/// The template; `notes` receives one line for each design detail a template cannot carry.
Value build(const Document &doc, QStringList *notes = nullptr);
}

} // namespace skydraft::exchange
