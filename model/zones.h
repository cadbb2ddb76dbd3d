#pragma once

#include <QStringList>

namespace skydraft {

/// The Availability Zones SkyDraft assumes a region has offline (what `Fn::GetAZs` gives on
/// import, what `Fn::GetAZs` stands for on export): us-east-1a to f, us-west-1b and c,
/// `<region>a` to c elsewhere.
QStringList assumedZones(const QString &region);

} // namespace skydraft
