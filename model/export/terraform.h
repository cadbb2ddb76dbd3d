#pragma once

#include "model/document.h"

namespace skydraft::exchange {

/// A design as Terraform HCL for the AWS provider: one resource block per AWS resource
/// (the same mapping as the CloudFormation export), variables for image ids, key names and
/// database passwords, outputs for load balancers' DNS names. Deterministic formatting:
/// blocks in design order, arguments aligned as `terraform fmt` aligns them.
namespace Terraform {
QByteArray write(const Document &doc, QStringList *notes = nullptr);
/// The same as a module folder's files: main.tf, variables.tf and (when there are any) outputs.tf.
QList<std::pair<QString, QByteArray>> writeModule(const Document &doc, QStringList *notes = nullptr);
}

} // namespace skydraft::exchange
