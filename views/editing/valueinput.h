#pragma once

#include <QVariant>

#include <optional>

namespace skydraft {

struct PropertySpec;

/// Text typed for a property, checked as the user types: the value in storage form, or the
/// reason it cannot be used (shown next to the field; nothing is written).
namespace ValueInput {
/// Empty text means "the default" and parses to an invalid QVariant.
std::optional<QVariant> parse(const PropertySpec &spec, const QString &text, QString *error);
/// How a stored value reads in a text field.
QString display(const PropertySpec &spec, const QVariant &value);
}

} // namespace skydraft
