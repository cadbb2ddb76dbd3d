#include "listenerrules.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace skydraft {

QStringList ListenerRules::values(const QString &cell)
{
    QStringList out;
    for (const QString &v : cell.split(u',', Qt::SkipEmptyParts))
        if (const QString t = v.trimmed(); !t.isEmpty())
            out.append(t);
    return out;
}

QList<ListenerRule> ListenerRules::of(const Resource &lb)
{
    QList<ListenerRule> out;
    QHash<std::pair<qint64, qint64>, int> index; // (port, priority) -> rule
    const QVariantList rows = lb.rows(u"rules"_s);
    for (int i = 0; i < rows.size(); ++i) {
        const QVariantMap row = rows[i].toMap();
        const qint64 port = row.value(u"listenerPort"_s, 80).toLongLong();
        const qint64 priority = row.value(u"priority"_s, 1).toLongLong();
        auto it = index.constFind({port, priority});
        if (it == index.constEnd()) {
            ListenerRule r;
            r.listenerPort = port;
            r.priority = priority;
            r.paths = values(row.value(u"paths"_s).toString());
            r.hosts = values(row.value(u"hosts"_s).toString());
            r.share = row.value(u"share"_s, 0).toLongLong();
            r.name = row.value(u"name"_s).toString();
            r.firstRow = i;
            it = index.insert({port, priority}, int(out.size()));
            out.append(r);
        }
        ListenerRule &r = out[*it];
        const QString tg = row.value(u"targetGroup"_s).toString();
        if (!tg.isEmpty())
            r.forwards.append({tg, row.value(u"weight"_s, 1).toLongLong(), i});
    }
    return out;
}

QString ListenerRules::conditions(const ListenerRule &rule)
{
    QStringList parts;
    if (!rule.paths.isEmpty())
        parts.append(u"path "_s + rule.paths.join(u", "_s));
    if (!rule.hosts.isEmpty())
        parts.append(u"host "_s + rule.hosts.join(u", "_s));
    return parts.join(u' ');
}

QList<std::pair<QString, double>> ListenerRules::split(const Resource &lb, qint64 port,
                                                       const std::function<bool(const QString &)> &exists)
{
    QString defaultGroup;
    for (const QVariant &v : lb.rows(u"listeners"_s)) {
        const QVariantMap l = v.toMap();
        if (l.value(u"port"_s, 80).toLongLong() == port) {
            defaultGroup = l.value(u"targetGroup"_s).toString();
            break;
        }
    }
    if (!defaultGroup.isEmpty() && !exists(defaultGroup))
        defaultGroup.clear();
    struct Part {
        QList<std::pair<QString, double>> groups; // by weight, summing to 1
        double share = 0;                         // explicit share (%), 0: unset
    };
    QList<Part> parts;
    for (const ListenerRule &r : of(lb)) {
        if (r.listenerPort != port)
            continue;
        Part p;
        p.share = double(r.share);
        double weights = 0;
        for (const auto &f : r.forwards)
            if (exists(f.targetGroup))
                weights += double(f.weight);
        for (const auto &f : r.forwards)
            if (exists(f.targetGroup) && (weights <= 0 || f.weight > 0))
                p.groups.append({f.targetGroup, weights > 0 ? double(f.weight) / weights : 1.0});
        if (weights <= 0) // every weight 0: an equal split (AWS needs one above 0)
            for (auto &g : p.groups)
                g.second = 1.0 / double(p.groups.size());
        if (!p.groups.isEmpty())
            parts.append(p);
    }
    if (!defaultGroup.isEmpty())
        parts.append({{{defaultGroup, 1.0}}, 0});
    double explicitShare = 0;
    int unset = 0;
    for (const Part &p : parts) {
        explicitShare += p.share;
        unset += p.share <= 0 ? 1 : 0;
    }
    const double rest = explicitShare >= 100 ? 0 : 100 - explicitShare;
    double total = 0;
    QList<double> shares;
    for (const Part &p : parts) {
        const double s = p.share > 0 ? p.share : (unset > 0 ? rest / unset : 0);
        shares.append(s);
        total += s;
    }
    QList<std::pair<QString, double>> out;
    for (int i = 0; i < parts.size(); ++i) {
        if (total <= 0 || shares[i] <= 0)
            continue;
        for (const auto &group : parts[i].groups) {
            const QString &tg = group.first; // not a structured binding: clang 14 cannot capture one
            const double s = shares[i] / total * group.second;
            auto it = std::find_if(out.begin(), out.end(), [&](const auto &e) { return e.first == tg; });
            if (it == out.end())
                out.append({tg, s});
            else
                it->second += s;
        }
    }
    return out;
}

} // namespace skydraft
