#pragma once

#include "designloader.h"

namespace skydraft::CloudFormation {

/// Reads a CloudFormation template (JSON or YAML, short-form tags included) into a design:
/// intrinsics resolved offline, supported types mapped onto the catalogue (logical ids become
/// design ids), subnets placed in Availability Zones of their VPC, positions laid out.
/// What is not drawn or was assumed is in `notes`; broken input gives located `errors`.
LoadResult import(const QByteArray &text, const QString &fileName, const LoadOptions &options = {});

/// One report line: "FILE:LINE:COL: note: message".
QString formatNote(const Diagnostic &note);

} // namespace skydraft::CloudFormation
