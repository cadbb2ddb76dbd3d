#include "servicegraph.h"

#include <boost/graph/adjacency_list.hpp>

#include <QHash>

using namespace Qt::StringLiterals;

namespace skydraft::net {

namespace {
enum class EdgeKind { Dns, Listener, Registration, Classic };

struct VertexData {
    QString id;
};
struct EdgeData {
    EdgeKind kind = EdgeKind::Dns;
    Delivery delivery; // for Registration/Classic edges: the whole delivery; Listener: partial
};
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, VertexData, EdgeData>;
using Vertex = Graph::vertex_descriptor;
} // namespace

struct ServiceGraph::Impl {
    Graph graph;
    QHash<QString, Vertex> vertex;

    Vertex v(const QString &id)
    {
        auto it = vertex.find(id);
        if (it != vertex.end())
            return *it;
        const Vertex n = boost::add_vertex(VertexData{id}, graph);
        vertex.insert(id, n);
        return n;
    }
};

ServiceGraph::ServiceGraph(const Document &doc)
    : d(std::make_unique<Impl>())
{
    // Which Auto Scaling groups use each target group / classic load balancer.
    QHash<QString, QStringList> asgsOfTargetGroup;
    QHash<QString, QStringList> asgsOfClassic;
    for (const Resource *asg : doc.resourcesOfType(ResourceType::AutoScalingGroup)) {
        for (const QString &tg : asg->references(u"targetGroups"_s))
            asgsOfTargetGroup[tg].append(asg->id);
        for (const QString &lb : asg->references(u"loadBalancers"_s))
            asgsOfClassic[lb].append(asg->id);
    }
    for (const Resource *r : doc.resources()) {
        switch (r->type) {
        case ResourceType::Route53Record: {
            const QString target = r->string(u"target"_s);
            if (doc.contains(target))
                boost::add_edge(d->v(r->id), d->v(target), EdgeData{EdgeKind::Dns, {}}, d->graph);
            break;
        }
        case ResourceType::LoadBalancer: {
            const bool classic = r->string(u"kind"_s) == u"classic"_s;
            const QVariantList listeners = r->rows(u"listeners"_s);
            for (int i = 0; i < listeners.size(); ++i) {
                const QVariantMap l = listeners[i].toMap();
                Delivery base;
                base.loadBalancer = r->id;
                base.listener = i;
                base.listenerPort = int(l.value(u"port"_s, 80).toLongLong());
                base.listenerProtocol = l.value(u"protocol"_s, u"HTTP"_s).toString();
                if (classic) {
                    base.targetPort = int(l.value(u"instancePort"_s, 80).toLongLong());
                    QStringList targets = r->references(u"instances"_s) + asgsOfClassic.value(r->id);
                    for (const QString &t : std::as_const(targets))
                        if (doc.contains(t))
                            boost::add_edge(d->v(r->id), d->v(t), EdgeData{EdgeKind::Classic, base}, d->graph);
                    continue;
                }
                const QString tgId = l.value(u"targetGroup"_s).toString();
                const Resource *tg = doc.find(tgId);
                if (!tg || tg->type != ResourceType::TargetGroup)
                    continue;
                base.targetGroup = tgId;
                base.targetPort = int(tg->integer(u"port"_s));
                boost::add_edge(d->v(r->id), d->v(tgId), EdgeData{EdgeKind::Listener, base}, d->graph);
            }
            break;
        }
        case ResourceType::TargetGroup: {
            Delivery base;
            base.targetGroup = r->id;
            base.targetPort = int(r->integer(u"port"_s));
            QStringList targets = r->references(u"targets"_s) + asgsOfTargetGroup.value(r->id);
            for (const QString &t : std::as_const(targets))
                if (doc.contains(t))
                    boost::add_edge(d->v(r->id), d->v(t), EdgeData{EdgeKind::Registration, base}, d->graph);
            break;
        }
        default:
            break;
        }
    }
}

ServiceGraph::~ServiceGraph() = default;

QList<Delivery> ServiceGraph::deliveriesTo(const QString &target) const
{
    QList<Delivery> out;
    const auto it = d->vertex.constFind(target);
    if (it == d->vertex.constEnd())
        return out;
    const Graph &g = d->graph;
    for (auto [e, end] = boost::in_edges(*it, g); e != end; ++e) {
        const EdgeData &data = g[*e];
        if (data.kind == EdgeKind::Classic) {
            out.append(data.delivery);
        } else if (data.kind == EdgeKind::Registration) {
            // Every listener forwarding to this target group.
            const Vertex tg = boost::source(*e, g);
            for (auto [le, lend] = boost::in_edges(tg, g); le != lend; ++le)
                if (g[*le].kind == EdgeKind::Listener)
                    out.append(g[*le].delivery);
        }
    }
    std::sort(out.begin(), out.end(), [](const Delivery &a, const Delivery &b) {
        return std::tie(a.loadBalancer, a.listener) < std::tie(b.loadBalancer, b.listener);
    });
    return out;
}

QList<std::pair<QString, Delivery>> ServiceGraph::deliveriesFrom(const QString &lb) const
{
    QList<std::pair<QString, Delivery>> out;
    const auto it = d->vertex.constFind(lb);
    if (it == d->vertex.constEnd())
        return out;
    out.reserve(qsizetype(boost::out_degree(*it, d->graph)) * 8);
    const Graph &g = d->graph;
    for (auto [e, end] = boost::out_edges(*it, g); e != end; ++e) {
        const EdgeData &data = g[*e];
        if (data.kind == EdgeKind::Classic) {
            out.append({g[boost::target(*e, g)].id, data.delivery});
        } else if (data.kind == EdgeKind::Listener) {
            const Vertex tg = boost::target(*e, g);
            for (auto [te, tend] = boost::out_edges(tg, g); te != tend; ++te)
                out.append({g[boost::target(*te, g)].id, data.delivery});
        }
    }
    return out;
}

bool ServiceGraph::isRegistered(const QString &target) const
{
    const auto it = d->vertex.constFind(target);
    if (it == d->vertex.constEnd())
        return false;
    for (auto [e, end] = boost::in_edges(*it, d->graph); e != end; ++e)
        if (d->graph[*e].kind == EdgeKind::Registration)
            return true;
    return false;
}

QString ServiceGraph::resolve(const QString &record) const
{
    const auto it = d->vertex.constFind(record);
    if (it == d->vertex.constEnd())
        return {};
    for (auto [e, end] = boost::out_edges(*it, d->graph); e != end; ++e)
        if (d->graph[*e].kind == EdgeKind::Dns)
            return d->graph[boost::target(*e, d->graph)].id;
    return {};
}

} // namespace skydraft::net
