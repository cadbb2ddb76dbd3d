#pragma once

#include "cfnnode.h"

#include <QByteArray>

#include <optional>

namespace skydraft::cfn {

/// What a template may expand to once YAML aliases are followed (a "billion laughs" stops
/// here): values (scalars, lists, maps) and bytes of scalar text. AWS takes templates of up to
/// 1 MB; expanded, the largest real ones stay far below both.
constexpr qint64 maxTemplateValues = 2'000'000;
constexpr qint64 maxTemplateTextBytes = 64LL * 1024 * 1024;

/// Reads a template (JSON or YAML; JSON is read as the YAML it is) into a tree whose
/// intrinsics are all in long form: `!Ref X` becomes {"Ref": "X"}, `!GetAtt A.B`
/// {"Fn::GetAtt": ["A", "B"]}, `!Sub s` {"Fn::Sub": s}. An unknown tag (`!Rain::Embed`)
/// is noted in `report` and its value becomes Unresolved. Broken syntax gives one located
/// error and nullopt; so does a repeated key in any map, and a document past the limits above.
std::optional<Node> parseTemplate(const QByteArray &text, Report &report);

/// A parsed value as the template wrote it, as compact JSON: long-form intrinsics, unquoted
/// true/false and whole numbers typed, another tool's tag as {"Rain::Embed": value}. What the
/// CloudFormation export writes back for what an edit did not change.
QByteArray writtenJson(const Node &n);

} // namespace skydraft::cfn
