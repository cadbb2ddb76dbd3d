#pragma once

#include "resource.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <utility>

namespace skydraft {

/// One rule of an Application Load Balancer's listener. A rule is the rows of the load
/// balancer's `rules` table with the same listener port and priority: its conditions and
/// traffic share are those of its first row, and it forwards to each row's target group with
/// that row's weight (one row: a plain forward; several: a weighted forward).
struct ListenerRule {
    struct Forward {
        QString targetGroup;
        qint64 weight = 1;
        int row = -1; ///< in the `rules` table
    };
    qint64 listenerPort = 80;
    qint64 priority = 1;
    QStringList paths; ///< path-pattern values; empty: any path
    QStringList hosts; ///< host-header values; empty: any host
    qint64 share = 0;  ///< traffic share (%) for the simulator; 0: an equal share of the rest
    QString name;      ///< CloudFormation logical id, or empty
    QList<Forward> forwards;
    int firstRow = -1;
};

namespace ListenerRules {
/// The comma-separated values of a paths or hosts cell, trimmed, without empty ones.
QStringList values(const QString &cell);
/// The load balancer's rules, grouped as above, in the order of their first rows.
QList<ListenerRule> of(const Resource &lb);
/// "path /api/*, /v1/* host api.example.com" (untranslated condition names, as AWS spells them).
QString conditions(const ListenerRule &rule);
/// How the listener on `port` splits its requests between target groups, for the simulator
/// (it has no request paths): each rule gets its `share` percent; the rules without one and the
/// default action (when it forwards to a target group) share the rest equally; within a rule,
/// target groups by weight. Shares sum to 1 over what is forwarded (requests left to a fixed
/// response are left out). `exists` says whether a target group id is in the design.
QList<std::pair<QString, double>> split(const Resource &lb, qint64 port, const std::function<bool(const QString &)> &exists);
}

} // namespace skydraft
