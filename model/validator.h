#pragma once

#include "diagnostic.h"
#include "document.h"

namespace skydraft {

/// Checks a design against what AWS would accept: property kinds and ranges, CIDR syntax and
/// containment, overlapping subnets, port ranges, min <= desired <= max, an ALB in two AZs,
/// references to resources of the right type in the same VPC, quotas.
///
/// Errors are what AWS would refuse; warnings are accepted by AWS but almost surely
/// unintended. Design advice (single-AZ tiers, open SSH) belongs to the checker's lints.
namespace Validator {
QList<Diagnostic> validate(const Document &document);
/// The checks whose subject is one resource (for incremental re-checks).
QList<Diagnostic> validateResource(const Document &document, const QString &id);
/// The checks across resources: overlapping subnets, one gateway per VPC, ...
QList<Diagnostic> validateDesign(const Document &document);
/// Why a `type` cannot sit in `parent` (empty: top level), or empty when it can.
QString placementError(const Document &document, ResourceType type, const QString &parent);
/// Ids double as CloudFormation logical ids: letters and digits, starting with a letter.
bool isValidId(const QString &id);
}

} // namespace skydraft
