#pragma once

#include "cfnnode.h"

#include <QByteArray>

#include <optional>

namespace skydraft::cfn {

/// Reads a template (JSON or YAML; JSON is read as the YAML it is) into a tree whose
/// intrinsics are all in long form: `!Ref X` becomes {"Ref": "X"}, `!GetAtt A.B`
/// {"Fn::GetAtt": ["A", "B"]}, `!Sub s` {"Fn::Sub": s}. An unknown tag (`!Rain::Embed`)
/// is noted in `report` and its value becomes Unresolved. Broken syntax gives one located
/// error and nullopt.
std::optional<Node> parseTemplate(const QByteArray &text, Report &report);

} // namespace skydraft::cfn
