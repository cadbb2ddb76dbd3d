#include "servicegraph.h"

#include <boost/graph/adjacency_list.hpp>

#include "model/listenerrules.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace skydraft::net {

namespace {
struct VertexData {
    QString id;
};
struct EdgeData {
    LinkKind kind = LinkKind::Dns;
};
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, VertexData, EdgeData>;
using Vertex = Graph::vertex_descriptor;

bool isClassic(const Resource &lb) { return lb.string(u"kind"_s) == u"classic"_s; }

/// What a load balancer's listener `row` (number `index`) delivers; the target port is the
/// target group's, or a classic listener's instance port.
Delivery deliveryOf(const Resource &lb, int index, const QVariantMap &row, const Resource *targetGroup)
{
    Delivery d;
    d.loadBalancer = lb.id;
    d.listener = index;
    d.listenerPort = int(row.value(u"port"_s, 80).toLongLong());
    d.listenerProtocol = row.value(u"protocol"_s, u"HTTP"_s).toString();
    if (targetGroup) {
        d.targetGroup = targetGroup->id;
        d.targetPort = int(targetGroup->integer(u"port"_s));
    } else {
        d.targetPort = int(row.value(u"instancePort"_s, 80).toLongLong());
    }
    return d;
}
} // namespace

struct ServiceGraph::Impl {
    const Document &doc;
    Graph graph;
    QHash<QString, Vertex> vertex;

    explicit Impl(const Document &d) : doc(d) {}

    Vertex v(const QString &id)
    {
        auto it = vertex.find(id);
        if (it != vertex.end())
            return *it;
        const Vertex n = boost::add_vertex(VertexData{id}, graph);
        vertex.insert(id, n);
        return n;
    }
    bool hasEdge(Vertex from, const QString &to, LinkKind kind) const
    {
        for (auto [e, end] = boost::out_edges(from, graph); e != end; ++e)
            if (graph[*e].kind == kind && graph[boost::target(*e, graph)].id == to)
                return true;
        return false;
    }
    /// The deliveries of `lb`'s listeners that forward to `tg` (all of them for a classic
    /// load balancer, tg == nullptr).
    QList<Delivery> deliveries(const Resource &lb, const Resource *tg) const
    {
        QList<Delivery> out;
        const QVariantList listeners = lb.rows(u"listeners"_s);
        for (int i = 0; i < listeners.size(); ++i) {
            const QVariantMap l = listeners[i].toMap();
            if (!tg || l.value(u"targetGroup"_s).toString() == tg->id)
                out.append(deliveryOf(lb, i, l, tg));
        }
        if (tg)
            out += ruleDeliveries(lb, listeners, tg);
        return out;
    }
    /// Through `lb`'s listener rules that forward to `tg`, by priority.
    QList<Delivery> ruleDeliveries(const Resource &lb, const QVariantList &listeners, const Resource *tg) const
    {
        QList<Delivery> out;
        if (isClassic(lb))
            return out;
        QList<ListenerRule> rules = ListenerRules::of(lb);
        std::stable_sort(rules.begin(), rules.end(), [](const ListenerRule &a, const ListenerRule &b) {
            return std::tie(a.listenerPort, a.priority) < std::tie(b.listenerPort, b.priority);
        });
        for (const ListenerRule &rule : rules) {
            if (std::none_of(rule.forwards.begin(), rule.forwards.end(),
                             [&](const ListenerRule::Forward &f) { return f.targetGroup == tg->id; }))
                continue;
            for (int i = 0; i < listeners.size(); ++i) {
                const QVariantMap l = listeners[i].toMap();
                if (l.value(u"port"_s, 80).toLongLong() != rule.listenerPort)
                    continue;
                Delivery d = deliveryOf(lb, i, l, tg);
                d.rulePriority = rule.priority;
                d.ruleConditions = ListenerRules::conditions(rule);
                out.append(d);
                break;
            }
        }
        return out;
    }
};

ServiceGraph::ServiceGraph(const Document &doc)
    : d(std::make_unique<Impl>(doc))
{
    for (const Link &l : Topology::links(doc, Topology::serviceKinds))
        boost::add_edge(d->v(l.from), d->v(l.to), EdgeData{l.kind}, d->graph);
}

ServiceGraph::~ServiceGraph() = default;

QList<Link> ServiceGraph::edges() const
{
    QList<Link> out;
    out.reserve(qsizetype(boost::num_edges(d->graph)));
    const Graph &g = d->graph;
    for (auto [e, end] = boost::edges(g); e != end; ++e)
        out.append({g[boost::source(*e, g)].id, g[boost::target(*e, g)].id, g[*e].kind});
    return out;
}

QList<Delivery> ServiceGraph::deliveriesTo(const QString &target) const
{
    QList<Delivery> out;
    const auto it = d->vertex.constFind(target);
    if (it == d->vertex.constEnd())
        return out;
    const Graph &g = d->graph;
    for (auto [e, end] = boost::in_edges(*it, g); e != end; ++e) {
        if (g[*e].kind != LinkKind::Registration)
            continue;
        const Vertex source = boost::source(*e, g);
        const Resource *s = d->doc.find(g[source].id);
        if (!s)
            continue;
        if (s->type == ResourceType::LoadBalancer) {
            out += d->deliveries(*s, nullptr); // a classic load balancer: every listener
            continue;
        }
        // A target group: every listener forwarding to it.
        for (auto [le, lend] = boost::in_edges(source, g); le != lend; ++le)
            if (g[*le].kind == LinkKind::Listener)
                if (const Resource *lb = d->doc.find(g[boost::source(*le, g)].id))
                    out += d->deliveries(*lb, s);
    }
    std::stable_sort(out.begin(), out.end(), [](const Delivery &a, const Delivery &b) {
        return std::tie(a.loadBalancer, a.listener, a.rulePriority) < std::tie(b.loadBalancer, b.listener, b.rulePriority);
    });
    return out;
}

QList<std::pair<QString, Delivery>> ServiceGraph::deliveriesFrom(const QString &lbId) const
{
    QList<std::pair<QString, Delivery>> out;
    const auto it = d->vertex.constFind(lbId);
    const Resource *lb = d->doc.find(lbId);
    if (it == d->vertex.constEnd() || !lb || lb->type != ResourceType::LoadBalancer)
        return out;
    const Graph &g = d->graph;
    auto registered = [&](Vertex from, const Delivery &del) {
        for (auto [e, end] = boost::out_edges(from, g); e != end; ++e)
            if (g[*e].kind == LinkKind::Registration)
                out.append({g[boost::target(*e, g)].id, del});
    };
    // Listener by listener, as the load balancer forwards.
    const QVariantList listeners = lb->rows(u"listeners"_s);
    for (int i = 0; i < listeners.size(); ++i) {
        const QVariantMap l = listeners[i].toMap();
        if (isClassic(*lb)) {
            registered(*it, deliveryOf(*lb, i, l, nullptr));
            continue;
        }
        const QString tgId = l.value(u"targetGroup"_s).toString();
        const auto tg = d->vertex.constFind(tgId);
        if (tg == d->vertex.constEnd() || !d->hasEdge(*it, tgId, LinkKind::Listener))
            continue;
        registered(*tg, deliveryOf(*lb, i, l, d->doc.find(tgId)));
    }
    // Then its listener rules, target group by target group.
    QSet<QString> seen;
    for (const ListenerRule &rule : isClassic(*lb) ? QList<ListenerRule>() : ListenerRules::of(*lb))
        for (const ListenerRule::Forward &f : rule.forwards) {
            const auto tg = d->vertex.constFind(f.targetGroup);
            if (seen.contains(f.targetGroup) || tg == d->vertex.constEnd() || !d->hasEdge(*it, f.targetGroup, LinkKind::Listener))
                continue;
            seen.insert(f.targetGroup);
            for (const Delivery &del : d->ruleDeliveries(*lb, listeners, d->doc.find(f.targetGroup)))
                registered(*tg, del);
        }
    return out;
}

bool ServiceGraph::isRegistered(const QString &target) const
{
    const auto it = d->vertex.constFind(target);
    if (it == d->vertex.constEnd())
        return false;
    const Graph &g = d->graph;
    for (auto [e, end] = boost::in_edges(*it, g); e != end; ++e) {
        if (g[*e].kind != LinkKind::Registration)
            continue;
        const Resource *source = d->doc.find(g[boost::source(*e, g)].id);
        if (source && source->type == ResourceType::TargetGroup)
            return true;
    }
    return false;
}

QString ServiceGraph::resolve(const QString &record) const
{
    const auto it = d->vertex.constFind(record);
    if (it == d->vertex.constEnd())
        return {};
    for (auto [e, end] = boost::out_edges(*it, d->graph); e != end; ++e)
        if (d->graph[*e].kind == LinkKind::Dns)
            return d->graph[boost::target(*e, d->graph)].id;
    return {};
}

} // namespace skydraft::net
