#pragma once

#include "catalogue.h"
#include "document.h"

#include <functional>

namespace skydraft {

/// Which resources a reference may point at, as AWS sees it: one answer for the validator
/// (an error on a reference that breaks it), the connections (refused) and the inspector
/// (the only choices offered).
///
/// AWS keeps a resource's network references inside its VPC: an instance's, load balancer's,
/// database's or cache's security groups, a load balancer's, Auto Scaling group's or DB subnet
/// group's subnets, a route's target, a listener's target group, a target group's targets.
/// A resource that is in no VPC yet (a launch template, a Route 53 record, an Elastic IP, or
/// something not placed yet) may refer to any; so may anything refer to a resource outside
/// every VPC.
namespace ReferenceScope {
/// The VPC the references of `holder` must stay in, or empty when any VPC will do.
QString scopeOf(const Document &document, const QString &holder);
/// Whether `target` lies within `scope` (a scopeOf() answer).
bool within(const Document &document, const QString &scope, const QString &target);
/// Whether `holder` may refer to `target` as far as VPCs go.
bool sameNetwork(const Document &document, const QString &holder, const QString &target);
/// Why `target` cannot be the value of reference `spec` (a Reference or ReferenceList property,
/// or a table column of one) on `holder`, translated, to follow the target's id ("in another
/// VPC: Vpc2"); empty when it can. A table cell may refer
/// to its own resource (a security group admitting its own members).
QString whyNot(const Document &document, const Resource &holder, const PropertySpec &spec, const QString &target,
               bool tableCell = false);
/// Every resource that whyNot() accepts, in document order.
QStringList candidates(const Document &document, const Resource &holder, const PropertySpec &spec,
                       bool tableCell = false);
/// What candidates() accepts for every one of `holders` (several resources edited together),
/// where `specOf` gives the reference's spec on each; none of the holders themselves.
QStringList commonCandidates(const Document &document, const QStringList &holders,
                             const std::function<const PropertySpec *(const Resource &)> &specOf,
                             bool tableCell = false);
}

} // namespace skydraft
