// The benchmark design generator: its designs are valid (no diagnostics at all), deterministic,
// readable, as large as asked, and survive a round trip through the native file.

#include "designgenerator.h"
#include "model/nativefile.h"
#include "model/validator.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace skydraft;
using bench::GeneratorOptions;

Q_DECLARE_METATYPE(skydraft::bench::GeneratorOptions)

namespace {

QString dump(const QList<Diagnostic> &diagnostics, int max = 20)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics.mid(0, max))
        lines.append(u"  "_s + d.format());
    if (diagnostics.size() > max)
        lines.append(u"  ... %1 more"_s.arg(diagnostics.size() - max));
    return lines.join(u'\n');
}

GeneratorOptions options(int vpcs, int zones, int subnets, int instances)
{
    GeneratorOptions o;
    o.vpcs = vpcs;
    o.zonesPerVpc = zones;
    o.subnetsPerZone = subnets;
    o.instancesPerSubnet = instances;
    return o;
}

} // namespace

class TestDesignGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void deterministic();
    void readable();
    void everyType();
    void securityGroupsReferenceEachOther();
    void targetSize_data();
    void targetSize();
    void tenThousand();
};

void TestDesignGenerator::valid_data()
{
    QTest::addColumn<GeneratorOptions>("options");
    QTest::newRow("defaults") << GeneratorOptions{};
    QTest::newRow("one zone (NLB, no databases)") << options(1, 1, 3, 2);
    QTest::newRow("one subnet per zone") << options(2, 2, 1, 3);
    QTest::newRow("two subnets per zone") << options(2, 3, 2, 1);
    QTest::newRow("six zones, sixteen subnets") << options(1, 6, 16, 2);
    QTest::newRow("no instances") << options(3, 2, 3, 0);
    QTest::newRow("ten vpcs") << options(10, 3, 4, 5);
    GeneratorOptions region = options(2, 3, 3, 2);
    region.region = u"eu-west-2"_s;
    QTest::newRow("other region") << region;
    GeneratorOptions groups = options(1, 2, 3, 2);
    groups.securityGroupsPerVpc = 40;
    QTest::newRow("forty security groups") << groups;
    GeneratorOptions noDb = options(2, 2, 3, 2);
    noDb.databases = false;
    QTest::newRow("no databases") << noDb;
    GeneratorOptions noLayout = options(2, 2, 3, 2);
    noLayout.layout = false;
    QTest::newRow("no layout") << noLayout;
    QTest::newRow("out-of-range options are clamped") << options(0, 9, 40, -3);
}

void TestDesignGenerator::valid()
{
    QFETCH(GeneratorOptions, options);
    const auto doc = bench::generateDesign(options);
    QVERIFY(doc);
    QCOMPARE(doc->count(), bench::resourceCount(options));
    const QList<Diagnostic> diagnostics = Validator::validate(*doc);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(dump(diagnostics)));
    for (const QString &id : doc->ids())
        QVERIFY2(Validator::isValidId(id), qPrintable(id));
    QCOMPARE(doc->region(), options.region);
    // Geometry for every resource, or for none.
    int placed = 0;
    for (const QString &id : doc->ids())
        placed += doc->geometry(id) ? 1 : 0;
    QCOMPARE(placed, options.layout ? doc->count() : 0);
    // Lossless through the native file.
    const QByteArray text = NativeFile::serialize(*doc);
    const LoadResult loaded = NativeFile::parse(text, u"generated.skydraft"_s);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errors.value(0).format()));
    QCOMPARE(NativeFile::serialize(*loaded.document), text);
    QCOMPARE(loaded.document->ids(), doc->ids());
    for (const Resource *r : doc->resources()) {
        const Resource *back = loaded.document->find(r->id);
        QVERIFY(back);
        QVERIFY2(*back == *r, qPrintable(r->id));
        QCOMPARE(loaded.document->geometry(r->id), doc->geometry(r->id));
    }
    QVERIFY(Validator::validate(*loaded.document).isEmpty());
}

void TestDesignGenerator::deterministic()
{
    GeneratorOptions o;
    o.targetResources = 1500;
    const QByteArray a = NativeFile::serialize(*bench::generateDesign(o));
    const QByteArray b = NativeFile::serialize(*bench::generateDesign(o));
    QCOMPARE(a, b);
    o.vpcs = 20; // more VPCs than 1500 resources need: a different design
    QVERIFY(NativeFile::serialize(*bench::generateDesign(o)) != a);
}

void TestDesignGenerator::readable()
{
    const auto doc = bench::generateDesign(options(2, 3, 4, 2));
    for (const QString &id : {u"Internet"_s, u"Vpc1"_s, u"Vpc2"_s, u"Vpc1AzA"_s, u"Vpc1AzC"_s, u"Vpc1PublicA"_s,
                              u"Vpc1AppB1"_s, u"Vpc1AppB2"_s, u"Vpc1DataC"_s, u"Vpc1AppA1Web1"_s, u"Vpc1AppA2App2"_s,
                              u"Vpc2WebSg"_s, u"Vpc2Lb"_s, u"Vpc2WebTg"_s, u"Vpc2WebAsg"_s, u"Vpc2Database"_s,
                              u"Vpc2NatBEip"_s, u"Vpc2Record"_s})
        QVERIFY2(doc->contains(id), qPrintable(id));
    // Containment reads like the id: the instance is in its subnet, in its zone, in its VPC.
    QCOMPARE(doc->find(u"Vpc1AppA1Web1"_s)->parent, u"Vpc1AppA1"_s);
    QCOMPARE(doc->zoneOf(u"Vpc1AppA1Web1"_s), u"us-east-1a"_s);
    QCOMPARE(doc->vpcOf(u"Vpc1AppA1Web1"_s), u"Vpc1"_s);
    QCOMPARE(doc->zonesOf(u"Vpc1WebAsg"_s), (QStringList{u"us-east-1a"_s, u"us-east-1b"_s, u"us-east-1c"_s}));
    QCOMPARE(doc->find(u"Vpc2"_s)->string(u"cidr"_s), u"10.1.0.0/16"_s);
}

void TestDesignGenerator::everyType()
{
    const auto doc = bench::generateDesign({});
    for (ResourceType t : allResourceTypes())
        QVERIFY2(!doc->resourcesOfType(t).isEmpty(), qPrintable(typeKey(t)));
}

void TestDesignGenerator::securityGroupsReferenceEachOther()
{
    GeneratorOptions o = options(1, 2, 3, 1);
    o.securityGroupsPerVpc = 10;
    const auto doc = bench::generateDesign(o);
    int groupToGroup = 0;
    for (const Resource *sg : doc->resourcesOfType(ResourceType::SecurityGroup)) {
        for (const Reference &ref : doc->referencesFrom(sg->id)) {
            const Resource *to = doc->find(ref.to);
            QVERIFY(to);
            if (to->type == ResourceType::SecurityGroup) {
                ++groupToGroup;
                QCOMPARE(ref.column, u"group"_s);
                QCOMPARE(doc->vpcOf(ref.to), doc->vpcOf(sg->id));
            }
        }
    }
    QVERIFY2(groupToGroup >= 10, qPrintable(QString::number(groupToGroup)));
}

void TestDesignGenerator::targetSize_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<int>("vpcs");
    QTest::newRow("500") << 500 << 1;
    QTest::newRow("1234") << 1234 << 2;
    QTest::newRow("3000 from 4 vpcs") << 3000 << 4;
}

void TestDesignGenerator::targetSize()
{
    QFETCH(int, target);
    QFETCH(int, vpcs);
    GeneratorOptions o;
    o.vpcs = vpcs;
    o.targetResources = target;
    QCOMPARE(bench::resourceCount(o), target);
    const auto doc = bench::generateDesign(o);
    QCOMPARE(doc->count(), target);
    const QList<Diagnostic> diagnostics = Validator::validate(*doc);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(dump(diagnostics)));
    QVERIFY(doc->resourcesOfType(ResourceType::Vpc).size() >= vpcs);
    // A target below the design without instances gives that design.
    o.targetResources = 10;
    o.vpcs = 1;
    const int minimal = bench::resourceCount(o);
    QVERIFY(minimal > 10);
    QCOMPARE(bench::generateDesign(o)->resourcesOfType(ResourceType::Ec2Instance).size(), 0);
}

void TestDesignGenerator::tenThousand()
{
    // The benchmark's design.
    GeneratorOptions o;
    o.targetResources = 10000;
    const auto doc = bench::generateDesign(o);
    QCOMPARE(doc->count(), 10000);
    const QList<Diagnostic> diagnostics = Validator::validate(*doc);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(dump(diagnostics)));
    // Realistic density: no application subnet holds more than 40 instances.
    for (const Resource *s : doc->resourcesOfType(ResourceType::Subnet))
        QVERIFY2(doc->children(s->id).size() <= 41, qPrintable(s->id)); // + a NAT gateway
    const QByteArray text = NativeFile::serialize(*doc);
    const LoadResult loaded = NativeFile::parse(text, u"10k.skydraft"_s);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.document->count(), 10000);
    QCOMPARE(NativeFile::serialize(*loaded.document), text);
}

QTEST_GUILESS_MAIN(TestDesignGenerator)
#include "tst_designgenerator.moc"
