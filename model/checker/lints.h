#pragma once

#include "model/diagnostic.h"
#include "reachability.h"

namespace skydraft {

/// One problem the checker found: a lint or a validation error, under a stable rule id.
struct Finding {
    QString rule;
    Severity severity = Severity::Warning;
    QString component;
    QString property;
    int row = -1;
    QString column;
    QString message;
    QString hint;
    friend bool operator==(const Finding &, const Finding &) = default;
};

/// A rule the checker knows, for reports (SARIF rule metadata) and documentation.
struct LintRule {
    const char *id;
    Severity severity;
    const char *title; ///< untranslated, context "skydraft::Checker"
    const char *hint;  ///< how to fix it, untranslated
};
const QList<LintRule> &lintRules();
const LintRule *lintRule(const QString &id);

/// The lints whose subject is resource `id` (security groups, load balancers, databases...).
QList<Finding> lintResource(const Document &doc, const net::Reachability &reach, const QString &id);

} // namespace skydraft
