#pragma once

#include "model/document.h"

namespace skydraft::exchange {

/// A design as a diagrams.net (draw.io) file: an uncompressed mxfile with AWS4 shapes.
/// Containers (VPC, AZ, subnet, Auto Scaling group) are group cells holding their children's
/// cells; positions are the design's layout (relative to the parent), computed where the
/// design has none. Relations (record -> load balancer -> target group -> targets...) are edges.
namespace DrawIo {
QByteArray write(const Document &doc);
}

} // namespace skydraft::exchange
