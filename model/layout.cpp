#include "layout.h"

#include "catalogue.h"
#include "routing.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace skydraft {

namespace {

using namespace Layout;
constexpr qreal gap = 24;
constexpr qreal zoneChannel = 2 * padding; ///< between two Availability Zones
constexpr int gridColumns = 3;

bool isSpanning(ResourceType t)
{
    return t == ResourceType::RdsInstance || t == ResourceType::AuroraCluster || t == ResourceType::ElastiCache;
}

/// Lays out `count` nodes in a grid starting at `origin`; returns the rects.
QList<QRectF> grid(int count, QPointF origin, int columns = gridColumns)
{
    QList<QRectF> out;
    for (int i = 0; i < count; ++i)
        out.append(QRectF(origin.x() + (i % columns) * (nodeWidth + padding),
                          origin.y() + (i / columns) * (nodeHeight + padding), nodeWidth, nodeHeight));
    return out;
}

QSizeF gridSize(int count, int columns = gridColumns)
{
    if (count == 0)
        return {0, 0};
    const int cols = std::min(count, columns);
    const int rows = (count + columns - 1) / columns;
    return {cols * nodeWidth + (cols - 1) * padding, rows * nodeHeight + (rows - 1) * padding};
}

class Builder
{
public:
    explicit Builder(const Document &doc)
        : m_doc(doc)
    {
    }

    QHash<QString, QRectF> run()
    {
        // Subnets that hold a database or cache are the data tier: find them once.
        for (const QString &id : m_doc.ids()) {
            const Resource *r = m_doc.find(id);
            if (isSpanning(r->type))
                for (const QString &s : r->references(u"subnets"_s))
                    m_dataSubnets.insert(s);
        }
        qreal y = 0;
        // Top row: the internet and DNS.
        QStringList top;
        QStringList side;
        QStringList vpcs;
        for (const QString &id : m_doc.children(QString())) {
            const ResourceType t = m_doc.find(id)->type;
            if (t == ResourceType::Internet || t == ResourceType::Route53Record)
                top.append(id);
            else if (t == ResourceType::Vpc)
                vpcs.append(id);
            else if (t != ResourceType::ElasticIp || m_doc.find(id)->string(u"associatedWith"_s).isEmpty()
                     || !m_doc.contains(m_doc.find(id)->string(u"associatedWith"_s)))
                side.append(id);
        }
        const auto topRects = grid(int(top.size()), {0, 0}, 8);
        for (int i = 0; i < top.size(); ++i)
            m_rects.insert(top[i], topRects[i]);
        if (!top.isEmpty())
            y += gridSize(int(top.size()), 8).height() + gap * 2;

        qreal width = 0;
        for (const QString &vpc : std::as_const(vpcs)) {
            const QSizeF size = layoutVpc(vpc);
            m_rects.insert(vpc, QRectF(QPointF(0, y), size));
            y += size.height() + gap * 2;
            width = std::max(width, size.width());
        }
        // Centre the internet row over the first VPC: traffic reads top-down.
        if (!vpcs.isEmpty() && !top.isEmpty()) {
            const qreal rowWidth = gridSize(int(top.size()), 8).width();
            const qreal shift = std::max<qreal>(0, (m_rects[vpcs.first()].width() - rowWidth) / 2);
            for (const QString &id : std::as_const(top))
                m_rects[id].translate(shift, 0);
        }
        // Launch templates and loose Elastic IPs in a column on the right.
        const auto sideRects = grid(int(side.size()), {width + gap * 2, 0}, 1);
        for (int i = 0; i < side.size(); ++i)
            m_rects.insert(side[i], sideRects[i]);
        placeElasticIps();
        return m_rects;
    }

private:
    struct SubnetBox {
        QString id;
        QSizeF size;
        QStringList asgs;     // Auto Scaling groups with a band in this subnet, in document order
        QStringList children; // resources placed in the subnet
        QStringList data;     // databases and caches whose first subnet this is
    };

    QSizeF layoutVpc(const QString &vpc)
    {
        QStringList azs;
        QStringList topBand;
        QStringList bottomBand;
        QStringList asgs;
        QStringList spanning;
        QStringList loose; // anything else that sits in the VPC
        for (const QString &id : m_doc.children(vpc)) {
            const Resource *r = m_doc.find(id);
            switch (r->type) {
            case ResourceType::AvailabilityZone:
                azs.append(id);
                break;
            case ResourceType::InternetGateway:
            case ResourceType::EgressOnlyInternetGateway:
            case ResourceType::LoadBalancer:
            case ResourceType::TargetGroup:
                topBand.append(id);
                break;
            case ResourceType::RouteTable:
            case ResourceType::NetworkAcl:
            case ResourceType::SecurityGroup:
                bottomBand.append(id);
                break;
            case ResourceType::AutoScalingGroup:
                asgs.append(id);
                break;
            default:
                if (isSpanning(r->type))
                    spanning.append(id);
                else
                    loose.append(id);
            }
        }
        // Gateway first, then load balancers, then target groups: the order traffic takes.
        std::stable_sort(topBand.begin(), topBand.end(), [&](const QString &a, const QString &b) {
            return int(m_doc.find(a)->type) < int(m_doc.find(b)->type);
        });
        bottomBand.append(loose);

        // Subnet contents.
        QHash<QString, SubnetBox> boxes;
        auto box = [&](const QString &subnet) -> SubnetBox & {
            auto it = boxes.find(subnet);
            if (it == boxes.end()) {
                it = boxes.insert(subnet, SubnetBox{subnet, {}, {}, {}, {}});
                it->children = m_doc.children(subnet);
            }
            return *it;
        };
        for (const QString &az : std::as_const(azs))
            for (const QString &s : m_doc.children(az))
                if (m_doc.find(s)->type == ResourceType::Subnet)
                    box(s);
        for (const QString &asg : std::as_const(asgs))
            for (const QString &s : m_doc.subnetsOf(asg))
                if (boxes.contains(s))
                    box(s).asgs.append(asg);
        QStringList unplacedSpanning;
        for (const QString &id : std::as_const(spanning)) {
            const QStringList subnets = m_doc.subnetsOf(id);
            if (!subnets.isEmpty() && boxes.contains(subnets.first()))
                box(subnets.first()).data.append(id);
            else
                unplacedSpanning.append(id);
        }
        bottomBand.append(unplacedSpanning);
        for (SubnetBox &b : boxes) {
            const QSizeF kids = gridSize(int(b.children.size() + b.data.size()));
            const qreal bands = b.asgs.size() * (nodeHeight + 2 * padding + header + padding);
            b.size = QSizeF(std::max<qreal>(kids.width(), 2 * nodeWidth + padding) + 2 * padding,
                            header + bands + kids.height() + padding + (kids.height() > 0 ? padding : 0));
        }

        // AZ columns with tier rows aligned across columns.
        // The i-th subnet of a tier starts at the same height in every AZ (its slot is as tall
        // as the tallest i-th subnet): an Auto Scaling group across them is then a straight
        // band, not a box slanting over the subnets between.
        QHash<QString, QList<QStringList>> tiers; // az -> tier -> subnets
        QList<QList<qreal>> slotHeight(3);        // tier -> i -> height
        QHash<QString, qreal> columnWidth;
        for (const QString &az : std::as_const(azs)) {
            QList<QStringList> t(3);
            qreal w = 2 * nodeWidth + 3 * padding;
            for (const QString &s : m_doc.children(az)) {
                if (!boxes.contains(s))
                    continue;
                t[tierOf(s)].append(s);
                w = std::max(w, boxes[s].size.width());
            }
            for (int tier = 0; tier < 3; ++tier)
                for (int i = 0; i < t[tier].size(); ++i) {
                    if (slotHeight[tier].size() <= i)
                        slotHeight[tier].append(0);
                    slotHeight[tier][i] = std::max(slotHeight[tier][i], boxes[t[tier][i]].size.height());
                }
            tiers.insert(az, t);
            columnWidth.insert(az, w);
        }
        QList<qreal> tierHeight(3, 0);
        for (int tier = 0; tier < 3; ++tier)
            for (const qreal h : std::as_const(slotHeight[tier]))
                tierHeight[tier] += h + padding;

        const QSizeF topSize = gridSize(int(topBand.size()), 8);
        qreal y = header + (topBand.isEmpty() ? 0 : topSize.height() + padding);
        const auto topRects = grid(int(topBand.size()), {padding * 2, header}, 8);
        for (int i = 0; i < topBand.size(); ++i)
            m_rects.insert(topBand[i], topRects[i]);

        qreal x = padding;
        qreal azHeight = header + tierHeight[0] + tierHeight[1] + tierHeight[2] + padding;
        QHash<QString, QPointF> subnetOrigin; // in VPC coordinates, for spanning boxes
        for (const QString &az : std::as_const(azs)) {
            const qreal w = columnWidth[az] + 2 * padding;
            m_rects.insert(az, QRectF(x, y, w, azHeight));
            qreal tierY = header;
            for (int tier = 0; tier < 3; ++tier) {
                qreal sy = tierY;
                const QStringList &row = tiers[az][tier];
                for (int i = 0; i < row.size(); ++i) {
                    const QString &s = row[i];
                    const SubnetBox &b = boxes[s];
                    // A lone subnet fills its tier row; the others fill their slot.
                    const qreal h = row.size() == 1 ? tierHeight[tier] - padding : slotHeight[tier][i];
                    const QRectF rect(padding, sy, columnWidth[az], h);
                    m_rects.insert(s, rect);
                    subnetOrigin.insert(s, QPointF(x, y) + rect.topLeft());
                    layoutSubnet(b, rect.width(), QPointF(x, y) + rect.topLeft());
                    sy += h + padding;
                }
                tierY += tierHeight[tier];
            }
            // Anything else in the AZ (a stray resource) goes below the tiers. Zones stand a
            // channel apart: arrows between tiers run down its middle, clear of both borders.
            x += w + zoneChannel;
        }
        const qreal azWidth = x;
        if (!azs.isEmpty())
            y += azHeight + padding;

        // Auto Scaling groups: a box across the bands of their subnets.
        for (const QString &asg : std::as_const(asgs)) {
            QRectF span;
            for (const QString &s : m_doc.subnetsOf(asg)) {
                if (!boxes.contains(s))
                    continue;
                const SubnetBox &b = boxes[s];
                const int band = int(b.asgs.indexOf(asg));
                const QPointF o = subnetOrigin.value(s);
                const QRectF r(o.x() + padding / 2,
                               o.y() + header + band * (nodeHeight + 3 * padding + header),
                               m_rects[s].width() - padding, nodeHeight + 2 * padding + header);
                span = span.isNull() ? r : span.united(r);
            }
            if (span.isNull()) { // spans no laid-out subnet: park it in the bottom band
                bottomBand.append(asg);
                continue;
            }
            m_rects.insert(asg, span);
        }

        const auto bottomRects = grid(int(bottomBand.size()), {padding * 2, y}, 8);
        for (int i = 0; i < bottomBand.size(); ++i)
            m_rects.insert(bottomBand[i], bottomRects[i]);
        if (!bottomBand.isEmpty())
            y += gridSize(int(bottomBand.size()), 8).height() + padding;

        const qreal width = std::max({azWidth, topSize.width() + 4 * padding,
                                      gridSize(int(bottomBand.size()), 8).width() + 4 * padding, 300.0});
        return {width, y + padding};
    }

    void layoutSubnet(const SubnetBox &b, qreal width, QPointF origin)
    {
        Q_UNUSED(width)
        const qreal bandHeight = nodeHeight + 3 * padding + header;
        const QPointF gridOrigin(padding, header + b.asgs.size() * bandHeight + (b.asgs.isEmpty() ? 0 : 0));
        const QStringList all = b.children + b.data;
        const auto rects = grid(int(all.size()), gridOrigin);
        for (int i = 0; i < b.children.size(); ++i)
            m_rects.insert(b.children[i], rects[i]);
        // Databases and caches belong to the VPC: their rectangles are in VPC coordinates.
        for (int i = 0; i < b.data.size(); ++i)
            m_rects.insert(b.data[i], rects[int(b.children.size()) + i].translated(origin));
        for (const QString &child : b.children) // anything nested deeper (not expected)
            for (const QString &grandchild : m_doc.children(child))
                m_rects.insert(grandchild, QRectF(padding, header, nodeWidth, nodeHeight));
    }

    QPointF absolute(const QString &id) const
    {
        QPointF p;
        QString current = id;
        for (int guard = 0; guard < 64 && !current.isEmpty(); ++guard) {
            p += m_rects.value(current).topLeft();
            const Resource *r = m_doc.find(current);
            current = r ? r->parent : QString();
        }
        return p;
    }

    void placeElasticIps()
    {
        // An Elastic IP sits at the top-right corner of what it is attached to.
        for (const Resource *eip : m_doc.resourcesOfType(ResourceType::ElasticIp)) {
            if (!eip->parent.isEmpty() || m_rects.contains(eip->id))
                continue;
            const QString target = eip->string(u"associatedWith"_s);
            const QPointF at = absolute(target) + QPointF(nodeWidth * 0.6, 0);
            m_rects.insert(eip->id, QRectF(at, QSizeF(nodeWidth * 0.5, nodeHeight * 0.5)));
        }
    }

    int tierOf(const QString &subnet) const
    {
        if (isPublicSubnet(m_doc, subnet, true))
            return 0;
        return m_dataSubnets.contains(subnet) ? 2 : 1;
    }

    const Document &m_doc;
    QHash<QString, QRectF> m_rects;
    QSet<QString> m_dataSubnets;
};

} // namespace

int Layout::subnetTier(const Document &doc, const QString &subnet)
{
    const Resource *s = doc.find(subnet);
    if (!s)
        return 1;
    if (isPublicSubnet(doc, subnet, true))
        return 0;
    for (const QString &id : doc.ids()) {
        const Resource *r = doc.find(id);
        if (isSpanning(r->type) && r->references(u"subnets"_s).contains(subnet))
            return 2;
    }
    return 1;
}

namespace {
/// `id`'s box in the coordinates of `ancestor` (one of its containers); nullopt when a
/// container on the way has no geometry or `ancestor` does not hold it.
std::optional<QRectF> boxIn(const Document &doc, const QString &id, const QString &ancestor)
{
    auto g = doc.geometry(id);
    if (!g)
        return std::nullopt;
    QRectF box = *g;
    QString p = doc.find(id) ? doc.find(id)->parent : QString();
    for (int guard = 0; guard < 64 && p != ancestor; ++guard) {
        if (p.isEmpty())
            return std::nullopt;
        const auto pg = doc.geometry(p);
        if (!pg)
            return std::nullopt;
        box.translate(pg->topLeft());
        p = doc.find(p) ? doc.find(p)->parent : QString();
    }
    return p == ancestor ? std::optional<QRectF>(box) : std::nullopt;
}
} // namespace

std::optional<QRectF> Layout::followSubnets(const Document &doc, const QString &id)
{
    const Resource *r = doc.find(id);
    const auto current = doc.geometry(id);
    if (!r || !current || r->parent.isEmpty() || !Catalogue::property(r->type, u"subnets"_s))
        return std::nullopt;
    QList<QRectF> subnets;
    for (const QString &s : r->references(u"subnets"_s))
        if (const Resource *sr = doc.find(s); sr && sr->type == ResourceType::Subnet)
            if (const auto box = boxIn(doc, s, r->parent))
                subnets.append(*box);
    if (subnets.isEmpty())
        return std::nullopt;
    QRectF span;
    qreal lowestTop = subnets.first().top();
    for (const QRectF &b : std::as_const(subnets)) {
        span = span.isNull() ? b : span.united(b);
        lowestTop = std::max(lowestTop, b.top());
    }
    QRectF out = *current;
    switch (r->type) {
    case ResourceType::AutoScalingGroup:
        // A band across its subnets, below their names.
        out.setLeft(span.left() + padding / 2);
        out.setRight(span.right() - padding / 2);
        if (out.top() < lowestTop + header)
            out.moveTop(lowestTop + header);
        break;
    case ResourceType::LoadBalancer: {
        // One node per zone: drawn over the middle of its subnets; in two zones side by side,
        // over the channel between them (zones can differ in width).
        qreal centre = span.center().x();
        if (subnets.size() == 2) {
            const QRectF &a = subnets[0].left() <= subnets[1].left() ? subnets[0] : subnets[1];
            const QRectF &b = subnets[0].left() <= subnets[1].left() ? subnets[1] : subnets[0];
            if (a.right() < b.left())
                centre = (a.right() + b.left()) / 2;
        }
        out.moveLeft(centre - out.width() / 2);
        break;
    }
    default: {
        // A database or cache runs in its first subnet (its standby, if any, in another zone).
        const QRectF first = subnets.first();
        const QRectF body = first.adjusted(padding / 2, header, -padding / 2, -padding / 2);
        if (!body.contains(out.center()))
            out.moveTopLeft(QPointF(first.left() + padding, first.top() + header));
        break;
    }
    }
    out = QRectF(std::round(out.x()), std::round(out.y()), std::round(out.width()), std::round(out.height()));
    if (out == *current)
        return std::nullopt;
    return out;
}

QString Layout::standbySubnet(const Document &doc, const QString &id)
{
    const Resource *r = doc.find(id);
    if (!r || r->type != ResourceType::RdsInstance || !r->boolean(u"multiAz"_s) || !r->string(u"sourceDb"_s).isEmpty())
        return {};
    const QStringList subnets = r->references(u"subnets"_s);
    if (subnets.isEmpty())
        return {};
    const QString primaryZone = doc.zoneOf(subnets.first());
    for (const QString &s : subnets)
        if (doc.contains(s) && !doc.zoneOf(s).isEmpty() && doc.zoneOf(s) != primaryZone)
            return s;
    return {};
}

QHash<QString, QRectF> Layout::compute(const Document &document) { return Builder(document).run(); }

void Layout::applyMissing(Document &document)
{
    bool missing = false;
    for (const QString &id : document.ids())
        if (!document.geometry(id))
            missing = true;
    if (!missing)
        return;
    const QHash<QString, QRectF> rects = compute(document);
    for (auto it = rects.cbegin(); it != rects.cend(); ++it)
        if (!document.geometry(it.key()))
            document.setGeometry(it.key(), it.value());
}

} // namespace skydraft
