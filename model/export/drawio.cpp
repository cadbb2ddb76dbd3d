#include "drawio.h"

#include "model/catalogue.h"
#include "model/layout.h"
#include "model/routing.h"

#include <QSet>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace skydraft::exchange {

namespace {

using T = ResourceType;

// Styles of diagrams.net's AWS 2019+ library (AWS4), so cells look and behave like the ones
// dragged from its palette. No html=1: labels are plain text, never markup.
const QString groupBase = u"points=[[0,0],[0.25,0],[0.5,0],[0.75,0],[1,0],[1,0.25],[1,0.5],[1,0.75],[1,1],[0.75,1],"
                          u"[0.5,1],[0.25,1],[0,1],[0,0.75],[0,0.5],[0,0.25]];outlineConnect=0;gradientColor=none;"
                          u"whiteSpace=wrap;fontSize=12;fontStyle=0;container=1;pointerEvents=0;collapsible=0;"
                          u"recursiveResize=0;"_s;
const QString iconBase = u"sketch=0;outlineConnect=0;fontColor=#232F3E;gradientColor=none;dashed=0;"
                         u"verticalLabelPosition=bottom;verticalAlign=top;align=center;fontSize=12;fontStyle=0;"
                         u"aspect=fixed;pointerEvents=1;"_s;
constexpr qreal iconSize = 48;

QString icon(const QString &shape, const QString &colour)
{
    return iconBase + u"fillColor="_s + colour + u";strokeColor=none;shape=mxgraph.aws4."_s + shape + u';';
}

QString resourceIcon(const QString &icon, const QString &colour)
{
    return iconBase + u"fillColor="_s + colour + u";strokeColor=#ffffff;shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4."_s
        + icon + u';';
}

QString styleOf(const Document &doc, const Resource &r)
{
    const QString purple = u"#8C4FFF"_s;
    const QString orange = u"#ED7100"_s;
    const QString magenta = u"#C925D1"_s;
    switch (r.type) {
    case T::Vpc:
        return groupBase + u"shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_vpc;strokeColor=#248814;fillColor=none;"
                           u"verticalAlign=top;align=left;spacingLeft=30;fontColor=#AAB7B8;dashed=0;"_s;
    case T::AvailabilityZone:
        return groupBase + u"fillColor=none;strokeColor=#147EBA;dashed=1;verticalAlign=top;fontColor=#147EBA;"_s;
    case T::Subnet:
        // Public (routes to an internet gateway): green; private: teal.
        return groupBase + (isPublicSubnet(doc, r.id, true)
                                ? u"shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_security_group;grStroke=0;"
                                  u"strokeColor=#7AA116;fillColor=#F2F6E8;verticalAlign=top;align=left;spacingLeft=30;"
                                  u"fontColor=#248814;dashed=0;"_s
                                : u"shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_security_group;grStroke=0;"
                                  u"strokeColor=#00A4A6;fillColor=#E6F6F7;verticalAlign=top;align=left;spacingLeft=30;"
                                  u"fontColor=#147EBA;dashed=0;"_s);
    case T::AutoScalingGroup:
        return groupBase + u"shape=mxgraph.aws4.groupCenter;grIcon=mxgraph.aws4.group_auto_scaling_group;grStroke=1;"
                           u"strokeColor=#D86613;fillColor=none;verticalAlign=top;align=center;fontColor=#D86613;"
                           u"dashed=1;spacingTop=25;"_s;
    case T::SecurityGroup:
        return u"outlineConnect=0;gradientColor=none;whiteSpace=wrap;fontSize=12;shape=mxgraph.aws4.group;"
               u"grIcon=mxgraph.aws4.group_security_group;grStroke=1;strokeColor=#DD3522;fillColor=none;"
               u"verticalAlign=top;align=left;spacingLeft=30;fontColor=#DD3522;dashed=0;"_s;
    case T::Internet: return icon(u"users"_s, u"#232F3E"_s);
    case T::Route53Record: return resourceIcon(u"route_53"_s, purple);
    case T::InternetGateway: return icon(u"internet_gateway"_s, purple);
    case T::EgressOnlyInternetGateway: return icon(u"internet_gateway"_s, purple);
    case T::NatGateway: return icon(u"nat_gateway"_s, purple);
    case T::ElasticIp: return icon(u"elastic_ip_address"_s, orange);
    case T::RouteTable: return icon(u"route_table"_s, purple);
    case T::NetworkAcl: return icon(u"network_access_control_list"_s, purple);
    case T::LoadBalancer: {
        const QString kind = r.string(u"kind"_s);
        return icon(kind == u"network"_s ? u"network_load_balancer"_s
                    : kind == u"classic"_s ? u"classic_load_balancer"_s
                                           : u"application_load_balancer"_s,
                    purple);
    }
    case T::TargetGroup: return resourceIcon(u"elastic_load_balancing"_s, purple);
    case T::LaunchTemplate: return icon(u"ami"_s, orange);
    case T::Ec2Instance: return icon(u"instance2"_s, orange);
    case T::RdsInstance: return resourceIcon(u"rds"_s, magenta);
    case T::AuroraCluster: return resourceIcon(u"aurora"_s, magenta);
    case T::ElastiCache: return resourceIcon(u"elasticache"_s, magenta);
    }
    return {};
}

bool drawnAsBox(ResourceType type)
{
    return Catalogue::spec(type).container || type == T::SecurityGroup;
}

struct Edge {
    QString from;
    QString to;
    bool dashed = false; ///< a configuration link rather than traffic
};

/// The relations worth an arrow, in the direction traffic (or configuration) flows.
QList<Edge> edgesOf(const Document &doc)
{
    QList<Edge> edges;
    auto add = [&](const QString &from, const QString &to, bool dashed = false) {
        if (doc.contains(from) && doc.contains(to) && from != to)
            edges.append({from, to, dashed});
    };
    for (const Resource *r : doc.resources()) {
        switch (r->type) {
        case T::Route53Record: add(r->id, r->string(u"target"_s)); break;
        case T::ElasticIp: add(r->id, r->string(u"associatedWith"_s)); break;
        case T::RouteTable:
            for (const QVariant &v : r->rows(u"routes"_s))
                add(r->id, v.toMap().value(u"target"_s).toString());
            break;
        case T::LoadBalancer: {
            QStringList seen;
            // Listeners, then an ALB's listener rules.
            QVariantList rows = r->rows(u"listeners"_s);
            if (r->string(u"kind"_s) == u"application"_s)
                rows += r->rows(u"rules"_s);
            for (const QVariant &v : std::as_const(rows)) {
                const QString tg = v.toMap().value(u"targetGroup"_s).toString();
                if (!seen.contains(tg))
                    add(r->id, tg);
                seen.append(tg);
            }
            for (const QString &i : r->references(u"instances"_s))
                add(r->id, i);
            break;
        }
        case T::TargetGroup:
            for (const QString &i : r->references(u"targets"_s))
                add(r->id, i);
            break;
        case T::AutoScalingGroup:
            for (const QString &tg : r->references(u"targetGroups"_s))
                add(tg, r->id);
            for (const QString &lb : r->references(u"loadBalancers"_s))
                add(lb, r->id);
            add(r->id, r->string(u"launchTemplate"_s), true);
            break;
        case T::Ec2Instance: add(r->id, r->string(u"launchTemplate"_s), true); break;
        case T::RdsInstance: add(r->string(u"sourceDb"_s), r->id, true); break;
        default: break;
        }
    }
    return edges;
}

} // namespace

QByteArray DrawIo::write(const Document &doc)
{
    // The design's own layout where it has one; the automatic layout fills the gaps.
    QHash<QString, QRectF> computed;
    for (const QString &id : doc.ids())
        if (!doc.geometry(id)) {
            computed = Layout::compute(doc);
            break;
        }
    auto rectOf = [&](const QString &id) { return doc.geometry(id).value_or(computed.value(id, QRectF(0, 0, 120, 96))); };

    // Cell ids are the design ids, except where one would clash with the two root cells.
    QSet<QString> used{u"0"_s, u"1"_s};
    QHash<QString, QString> cellId;
    for (const QString &id : doc.ids()) {
        QString cell = id;
        while (used.contains(cell))
            cell.prepend(u"r-"_s);
        used.insert(cell);
        cellId.insert(id, cell);
    }

    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(u"mxfile"_s);
    xml.writeAttribute(u"host"_s, u"SkyDraft"_s);
    xml.writeAttribute(u"type"_s, u"device"_s);
    xml.writeStartElement(u"diagram"_s);
    xml.writeAttribute(u"id"_s, u"skydraft"_s);
    xml.writeAttribute(u"name"_s, doc.title().isEmpty() ? u"Architecture"_s : doc.title());
    xml.writeStartElement(u"mxGraphModel"_s);
    for (const auto &[k, v] : {std::pair{u"grid"_s, u"1"_s}, {u"gridSize"_s, u"10"_s}, {u"guides"_s, u"1"_s},
                               {u"tooltips"_s, u"1"_s}, {u"connect"_s, u"1"_s}, {u"arrows"_s, u"1"_s},
                               {u"fold"_s, u"1"_s}, {u"page"_s, u"0"_s}, {u"math"_s, u"0"_s}, {u"shadow"_s, u"0"_s}})
        xml.writeAttribute(k, v);
    xml.writeStartElement(u"root"_s);
    xml.writeEmptyElement(u"mxCell"_s);
    xml.writeAttribute(u"id"_s, u"0"_s);
    xml.writeEmptyElement(u"mxCell"_s);
    xml.writeAttribute(u"id"_s, u"1"_s);
    xml.writeAttribute(u"parent"_s, u"0"_s);

    auto number = [](qreal v) { return QString::number(v, 'g', 10); };
    auto writeGeometry = [&](const QRectF &rect) {
        xml.writeEmptyElement(u"mxGeometry"_s);
        xml.writeAttribute(u"x"_s, number(rect.x()));
        xml.writeAttribute(u"y"_s, number(rect.y()));
        xml.writeAttribute(u"width"_s, number(rect.width()));
        xml.writeAttribute(u"height"_s, number(rect.height()));
        xml.writeAttribute(u"as"_s, u"geometry"_s);
    };
    // Parents before children, as diagrams.net writes them: depth-first from the top level.
    QStringList order;
    std::function<void(const QString &)> visit = [&](const QString &parent) {
        for (const QString &id : doc.children(parent)) {
            order.append(id);
            visit(id);
        }
    };
    visit(QString());
    for (const QString &id : order) {
        const Resource *r = doc.find(id);
        xml.writeStartElement(u"mxCell"_s);
        xml.writeAttribute(u"id"_s, cellId.value(id));
        xml.writeAttribute(u"value"_s, r->displayName());
        xml.writeAttribute(u"style"_s, styleOf(doc, *r));
        xml.writeAttribute(u"vertex"_s, u"1"_s);
        xml.writeAttribute(u"parent"_s, r->parent.isEmpty() || !doc.contains(r->parent) ? u"1"_s : cellId.value(r->parent));
        QRectF rect = rectOf(id);
        if (!drawnAsBox(r->type)) // an icon centred at the top of the node's box, its label below
            rect = QRectF(rect.x() + (rect.width() - iconSize) / 2, rect.y() + 8, iconSize, iconSize);
        writeGeometry(rect);
        xml.writeEndElement();
    }
    int n = 0;
    for (const Edge &e : edgesOf(doc)) {
        QString id;
        do
            id = u"edge-"_s + QString::number(++n);
        while (used.contains(id));
        xml.writeStartElement(u"mxCell"_s);
        xml.writeAttribute(u"id"_s, id);
        xml.writeAttribute(u"style"_s, u"edgeStyle=orthogonalEdgeStyle;rounded=0;orthogonalLoop=1;jettySize=auto;endArrow=classic;"_s
                                           + (e.dashed ? u"dashed=1;strokeColor=#7F8C8D;"_s : u"strokeColor=#545B64;"_s));
        xml.writeAttribute(u"edge"_s, u"1"_s);
        xml.writeAttribute(u"parent"_s, u"1"_s);
        xml.writeAttribute(u"source"_s, cellId.value(e.from));
        xml.writeAttribute(u"target"_s, cellId.value(e.to));
        xml.writeEmptyElement(u"mxGeometry"_s);
        xml.writeAttribute(u"relative"_s, u"1"_s);
        xml.writeAttribute(u"as"_s, u"geometry"_s);
        xml.writeEndElement();
    }
    xml.writeEndDocument();
    out += '\n';
    return out;
}

} // namespace skydraft::exchange
