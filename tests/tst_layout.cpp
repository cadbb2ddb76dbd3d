// Automatic layout: no two sibling boxes overlap, children sit inside their parents, the same
// design always gives the same positions; tiers and the top band are where they belong.

#include "model/import/designloader.h"
#include "model/layout.h"
#include "model/routing.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace skydraft;

namespace {

QStringList designs()
{
    QStringList out;
    const QString samples = QStringLiteral(SKYDRAFT_SOURCE_DIR) + u"/resources/samples/"_s;
    for (const QString &n : QDir(samples).entryList({u"*.skydraft"_s}, QDir::Files, QDir::Name))
        out.append(samples + n);
    const QString templates = QStringLiteral(SKYDRAFT_FIXTURES_DIR) + u"/cloudformation/"_s;
    for (const QString &n : QDir(templates).entryList({u"*.yaml"_s, u"*.json"_s}, QDir::Files, QDir::Name))
        out.append(templates + n);
    return out;
}

bool spansSubnets(ResourceType t)
{
    return t == ResourceType::AutoScalingGroup || t == ResourceType::RdsInstance || t == ResourceType::AuroraCluster
        || t == ResourceType::ElastiCache;
}

bool isBadge(const Document &doc, const QString &id)
{
    const Resource *r = doc.find(id);
    return r->type == ResourceType::ElasticIp && doc.contains(r->string(u"associatedWith"_s));
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void geometry_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &p : designs())
            QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
    }
    void geometry()
    {
        QFETCH(QString, path);
        const LoadResult loaded = DesignLoader::load(path);
        QVERIFY(loaded.ok());
        const Document &doc = *loaded.document;
        const QHash<QString, QRectF> rects = Layout::compute(doc);
        QCOMPARE(Layout::compute(doc), rects); // deterministic
        for (const QString &id : doc.ids()) {
            QVERIFY2(rects.contains(id), qPrintable(id));
            QVERIFY(rects[id].width() > 0 && rects[id].height() > 0);
        }
        // Children inside their parent (rectangles are relative to the parent).
        for (const QString &id : doc.ids()) {
            const QString parent = doc.find(id)->parent;
            if (parent.isEmpty())
                continue;
            const QRectF box(QPointF(0, 0), rects[parent].size());
            QVERIFY2(box.contains(rects[id]), qPrintable(id + u" outside "_s + parent));
        }
        // Siblings never overlap. The exception is by design: an Auto Scaling group, a database
        // or a cache belongs to the VPC but is drawn over the subnets it spans, inside the
        // Availability Zone columns (never over another resource).
        QHash<QString, QStringList> siblings;
        for (const QString &id : doc.ids())
            siblings[doc.find(id)->parent].append(id);
        for (auto it = siblings.cbegin(); it != siblings.cend(); ++it) {
            const QStringList &ids = it.value();
            for (int i = 0; i < ids.size(); ++i)
                for (int j = i + 1; j < ids.size(); ++j) {
                    const QRectF a = rects[ids[i]];
                    const QRectF b = rects[ids[j]];
                    const ResourceType ta = doc.find(ids[i])->type;
                    const ResourceType tb = doc.find(ids[j])->type;
                    if ((ta == ResourceType::AvailabilityZone && spansSubnets(tb))
                        || (tb == ResourceType::AvailabilityZone && spansSubnets(ta)))
                        continue;
                    // An attached Elastic IP is a badge on the corner of what it is attached to.
                    if (isBadge(doc, ids[i]) || isBadge(doc, ids[j]))
                        continue;
                    QVERIFY2(!a.intersects(b), qPrintable(ids[i] + u" overlaps "_s + ids[j]));
                }
        }
        // What is drawn over subnets (an Auto Scaling group, a database) covers only its own
        // subnets, and no resource inside any subnet.
        const auto absolute = [&](const QString &id) {
            QRectF r = rects[id];
            for (QString p = doc.find(id)->parent; !p.isEmpty(); p = doc.find(p)->parent)
                r.translate(rects[p].topLeft());
            return r.adjusted(1, 1, -1, -1);
        };
        for (const QString &id : doc.ids()) {
            if (!spansSubnets(doc.find(id)->type) || doc.subnetsOf(id).isEmpty())
                continue;
            const QStringList own = doc.subnetsOf(id);
            for (const Resource *s : doc.resourcesOfType(ResourceType::Subnet)) {
                if (!own.contains(s->id))
                    QVERIFY2(!absolute(id).intersects(absolute(s->id)), qPrintable(id + u" drawn over "_s + s->id));
                for (const QString &inside : doc.children(s->id))
                    QVERIFY2(!absolute(id).intersects(absolute(inside)), qPrintable(id + u" drawn over "_s + inside));
            }
        }
    }

    void tiersAndBands()
    {
        const LoadResult loaded = DesignLoader::load(QStringLiteral(SKYDRAFT_FIXTURES_DIR)
                                                     + u"/cloudformation/VPC_With_Managed_NAT_And_Private_Subnet.yaml"_s);
        QVERIFY(loaded.ok());
        const Document &doc = *loaded.document;
        const auto rects = Layout::compute(doc);
        // Public subnets above private ones, AZs side by side.
        QVERIFY(rects[u"PublicSubnet0"_s].bottom() <= rects[u"PrivateSubnet0"_s].top());
        const QString azA = doc.find(u"PublicSubnet0"_s)->parent;
        const QString azB = doc.find(u"PublicSubnet1"_s)->parent;
        QVERIFY(azA != azB);
        QVERIFY(rects[azA].right() <= rects[azB].left());
        // A channel between the zones for the arrows that cross tiers, clear of both dashed
        // borders (it was one padding: arrows ran on top of the borders).
        QVERIFY2(rects[azB].left() - rects[azA].right() >= 2 * Layout::padding,
                 qPrintable(QString::number(rects[azB].left() - rects[azA].right())));
        QCOMPARE(rects[azA].top(), rects[azB].top());
        // The internet gateway in the band above the zones.
        QVERIFY(rects[u"InternetGateway"_s].bottom() <= rects[azA].top());
    }

    // A subnet public over IPv6 only (::/0 to the internet gateway, no IPv4 default route) is
    // in the public tier; a NAT gateway or an internet-facing load balancer still needs IPv4.
    void ipv6OnlyPublicSubnetIsPublic()
    {
        LoadResult loaded = DesignLoader::load(QStringLiteral(SKYDRAFT_FIXTURES_DIR)
                                               + u"/cloudformation/VPC_With_Managed_NAT_And_Private_Subnet.yaml"_s);
        QVERIFY(loaded.ok());
        Document &doc = *loaded.document;
        const QString table = routeTableOf(doc, u"PrivateSubnet0"_s);
        QVERIFY(!table.isEmpty());
        QCOMPARE(Layout::subnetTier(doc, u"PrivateSubnet0"_s), 1);
        QVERIFY(doc.setProperty(table, u"routes"_s,
                                QVariantList{QVariantMap{{u"destination"_s, u"::/0"_s}, {u"target"_s, u"InternetGateway"_s}}}));
        QVERIFY(!isPublicSubnet(doc, u"PrivateSubnet0"_s));
        QVERIFY(isPublicSubnet(doc, u"PrivateSubnet0"_s, true));
        QCOMPARE(Layout::subnetTier(doc, u"PrivateSubnet0"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"
