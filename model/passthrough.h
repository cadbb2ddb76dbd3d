#pragma once

#include <QByteArray>

namespace skydraft {

class Document;

/// What an imported CloudFormation template has that the design does not draw (its other
/// resources, and its parameters, conditions, mappings and outputs), kept with the design so
/// that the CloudFormation export writes it back unchanged: compact JSON text of an object
/// keyed by the template's section names ("Resources", "Parameters"...), in the template's
/// order; empty when there is none. The native file carries it under "cloudformation".
namespace PassThrough {
QByteArray of(const Document &doc);
void set(Document &doc, const QByteArray &json);
} // namespace PassThrough

} // namespace skydraft
