#pragma once

#include "lints.h"
#include "reachability.h"

#include <QByteArray>
#include <functional>

namespace skydraft::report {

/// Where a finding sits in the source file: line and column (0 when unknown).
struct Location {
    int line = 0;
    int column = 0;
};
using Locator = std::function<Location(const Finding &)>;

/// One line per finding: "FILE:LINE:COL: severity rule-id: message [hint]".
QByteArray findingsText(const QList<Finding> &findings, const QString &file, const Locator &locate);
QByteArray findingsJson(const QList<Finding> &findings, const QString &file, const Locator &locate);
/// SARIF 2.1.0, so code-scanning tools (GitHub) show the findings with rule ids and locations.
QByteArray findingsSarif(const QList<Finding> &findings, const QString &file, const Locator &locate,
                         const QString &toolVersion);

QByteArray reachText(const net::ReachResult &result);
/// The object of product.md: reachable, source, destination, protocol, port, path, explanations
/// (plus subnets of a spanning source or destination, and assumptions).
QByteArray reachJson(const net::ReachResult &result);

} // namespace skydraft::report
