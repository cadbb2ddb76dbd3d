#pragma once

#include "model/diagnostic.h"
#include "reachability.h"

#include <QSet>

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

/// What the lints need to know about the whole design, computed once per pass so each
/// lint stays local (no scan of the design per resource).
struct LintIndex {
    QSet<QString> attachedGroups;           ///< security groups some resource carries
    QSet<QString> usedAcls;                 ///< network ACLs some subnet uses
    QHash<QString, QString> widestAsg;      ///< VPC -> its Auto Scaling group spanning most zones
    QHash<QString, int> widestAsgZones;     ///< VPC -> that group's zone count
    QHash<QString, QStringList> natZones;   ///< VPC -> zones of the NAT gateways private subnets use
    QHash<QString, QStringList> privateZones; ///< VPC -> zones of subnets that go out through NAT
    /// Subnet -> why it has no way out (empty: it has one), for subnets whose way out does not
    /// depend on the instance (no route, or a NAT gateway); filled as lints ask.
    mutable QHash<QString, QString> subnetEgress;
    static LintIndex build(const Document &doc);
};

/// The lints whose subject is resource `id` (security groups, load balancers, databases...).
QList<Finding> lintResource(const Document &doc, const net::Reachability &reach, const LintIndex &index,
                            const QString &id);

} // namespace skydraft
