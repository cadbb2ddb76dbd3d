// Document invariants: insertion and removal, containment (cycles refused), the queries the
// checker leans on (ancestors, VPC, zones, subnets, references), the signals views follow, and
// recording + applyChanges, which undo is built on.

#include "model/catalogue.h"
#include "model/document.h"
#include "model/nativefile.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace skydraft;

using Edit = std::function<void(skydraft::Document &)>;
Q_DECLARE_METATYPE(Edit)

namespace {

Resource res(const QString &id, ResourceType type, const QString &parent = {}, const QVariantMap &props = {})
{
    Resource r;
    r.id = id;
    r.type = type;
    r.parent = parent;
    for (auto it = props.cbegin(); it != props.cend(); ++it) {
        const PropertySpec *spec = Catalogue::property(type, it.key());
        Q_ASSERT_X(spec, "res", qPrintable(it.key()));
        r.properties.insert(it.key(), Catalogue::normalized(*spec, it.value()));
    }
    return r;
}

QVariantMap cells(std::initializer_list<std::pair<QString, QVariant>> list)
{
    QVariantMap m;
    for (const auto &[k, v] : list)
        m.insert(k, v);
    return m;
}

/// VPC (10.0.0.0/16) with zones a and b, a public and a private subnet in each, an instance,
/// an ASG, a database, security groups with rules referencing each other, a route table.
void buildSample(Document &doc)
{
    using T = ResourceType;
    QVERIFY(doc.insert(res(u"Vpc"_s, T::Vpc, {}, {{u"cidr"_s, u"10.0.0.0/16"_s}})));
    QVERIFY(doc.insert(res(u"AzA"_s, T::AvailabilityZone, u"Vpc"_s, {{u"zone"_s, u"us-east-1a"_s}})));
    QVERIFY(doc.insert(res(u"AzB"_s, T::AvailabilityZone, u"Vpc"_s, {{u"zone"_s, u"us-east-1b"_s}})));
    QVERIFY(doc.insert(res(u"PublicA"_s, T::Subnet, u"AzA"_s, {{u"cidr"_s, u"10.0.0.0/24"_s}, {u"routeTable"_s, u"PublicRt"_s}})));
    QVERIFY(doc.insert(res(u"PrivateA"_s, T::Subnet, u"AzA"_s, {{u"cidr"_s, u"10.0.1.0/24"_s}})));
    QVERIFY(doc.insert(res(u"PublicB"_s, T::Subnet, u"AzB"_s, {{u"cidr"_s, u"10.0.2.0/24"_s}, {u"routeTable"_s, u"PublicRt"_s}})));
    QVERIFY(doc.insert(res(u"PrivateB"_s, T::Subnet, u"AzB"_s, {{u"cidr"_s, u"10.0.3.0/24"_s}})));
    QVERIFY(doc.insert(res(u"Igw"_s, T::InternetGateway, u"Vpc"_s)));
    QVERIFY(doc.insert(res(u"PublicRt"_s, T::RouteTable, u"Vpc"_s,
                           {{u"routes"_s, QVariantList{cells({{u"destination"_s, u"0.0.0.0/0"_s}, {u"target"_s, u"Igw"_s}})}}})));
    QVERIFY(doc.insert(res(u"WebSg"_s, T::SecurityGroup, u"Vpc"_s,
                           {{u"inbound"_s, QVariantList{cells({{u"protocol"_s, u"tcp"_s}, {u"fromPort"_s, 80}, {u"toPort"_s, 80}, {u"cidr"_s, u"0.0.0.0/0"_s}})}}})));
    QVERIFY(doc.insert(res(u"DbSg"_s, T::SecurityGroup, u"Vpc"_s,
                           {{u"inbound"_s, QVariantList{cells({{u"protocol"_s, u"tcp"_s}, {u"fromPort"_s, 3306}, {u"toPort"_s, 3306}, {u"cidr"_s, u"10.9.0.0/16"_s}}),
                                                        cells({{u"protocol"_s, u"tcp"_s}, {u"fromPort"_s, 3306}, {u"toPort"_s, 3306}, {u"group"_s, u"WebSg"_s}})}}})));
    QVERIFY(doc.insert(res(u"Web"_s, T::Ec2Instance, u"PublicA"_s, {{u"securityGroups"_s, QStringList{u"WebSg"_s}}})));
    QVERIFY(doc.insert(res(u"Lt"_s, T::LaunchTemplate, {}, {{u"securityGroups"_s, QStringList{u"WebSg"_s}}})));
    QVERIFY(doc.insert(res(u"Asg"_s, T::AutoScalingGroup, u"Vpc"_s,
                           {{u"subnets"_s, QStringList{u"PrivateA"_s, u"PrivateB"_s}}, {u"launchTemplate"_s, u"Lt"_s}})));
    QVERIFY(doc.insert(res(u"Db"_s, T::RdsInstance, u"Vpc"_s,
                           {{u"subnets"_s, QStringList{u"PrivateA"_s, u"PrivateB"_s}}, {u"securityGroups"_s, QStringList{u"DbSg"_s}}})));
    QVERIFY(doc.insert(res(u"Replica"_s, T::RdsInstance, u"Vpc"_s, {{u"sourceDb"_s, u"Db"_s}})));
    QVERIFY(doc.insert(res(u"Record"_s, T::Route53Record)));
}

QString refString(const Reference &r)
{
    return u"%1.%2[%3].%4->%5"_s.arg(r.from, r.property).arg(r.row).arg(r.column, r.to);
}

QStringList refStrings(const QList<Reference> &refs)
{
    QStringList out;
    for (const Reference &r : refs)
        out.append(refString(r));
    out.sort();
    return out;
}

/// Everything observable about a document: the file text (order, properties, layout) plus
/// the containment lists, which the file does not show directly.
struct Snapshot {
    QByteArray text;
    QStringList ids;
    QHash<QString, QStringList> children;
    QHash<QString, ResourceState> states;

    static Snapshot of(const Document &doc)
    {
        Snapshot s;
        s.text = NativeFile::serialize(doc);
        s.ids = doc.ids();
        s.children.insert(QString(), doc.children(QString()));
        for (const QString &id : doc.ids()) {
            s.children.insert(id, doc.children(id));
            s.states.insert(id, *doc.state(id));
        }
        return s;
    }
};

/// Children as sets: their order is not part of the file.
QHash<QString, QSet<QString>> childSets(const Snapshot &s)
{
    QHash<QString, QSet<QString>> out;
    for (auto it = s.children.cbegin(); it != s.children.cend(); ++it)
        out.insert(it.key(), QSet<QString>(it.value().cbegin(), it.value().cend()));
    return out;
}

void compareSnapshots(const Snapshot &actual, const Snapshot &expected)
{
    QCOMPARE(actual.ids, expected.ids);
    QCOMPARE(actual.text, expected.text);
    QCOMPARE(childSets(actual), childSets(expected));
    for (auto it = expected.states.cbegin(); it != expected.states.cend(); ++it) {
        QVERIFY2(actual.states.contains(it.key()), qPrintable(it.key()));
        QVERIFY2(actual.states.value(it.key()) == it.value(), qPrintable(it.key()));
    }
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metadata();
    void insertAndFind();
    void insertRefused();
    void insertAtIndex();
    void removeReparentsChildren();
    void uniqueId();
    void setParentAndCycles();
    void childrenAndDescendants();
    void ancestorOfType_data();
    void ancestorOfType();
    void vpcOf_data();
    void vpcOf();
    void zoneOf_data();
    void zoneOf();
    void subnetsAndZones_data();
    void subnetsAndZones();
    void referencesFrom();
    void referencesTo();
    void resourcesOfType();
    void geometry();
    void signals();
    void noSignalWithoutChange();
    void removeSignalsOrder();
    void recordingRestores_data();
    void recordingRestores();
    void recordingRandom_data();
    void recordingRandom();
    void recordingIgnoresNoops();
    void clear();
    void passThroughIsCopiedAndCleared();
};

void TestDocument::metadata()
{
    Document doc;
    QCOMPARE(doc.region(), u"us-east-1"_s);
    QSignalSpy meta(&doc, &Document::metadataChanged);
    QSignalSpy changed(&doc, &Document::changed);
    doc.setTitle(u"Shop"_s);
    doc.setDescription(u"Stateful web shop"_s);
    doc.setRegion(u"eu-west-1"_s);
    QCOMPARE(doc.title(), u"Shop"_s);
    QCOMPARE(doc.description(), u"Stateful web shop"_s);
    QCOMPARE(doc.region(), u"eu-west-1"_s);
    QCOMPARE(meta.count(), 3);
    QCOMPARE(changed.count(), 3);
    doc.setTitle(u"Shop"_s); // unchanged: no signal
    QCOMPARE(meta.count(), 3);
}

void TestDocument::insertAndFind()
{
    Document doc;
    buildSample(doc);
    QCOMPARE(doc.count(), 17);
    QVERIFY(doc.contains(u"Web"_s));
    QVERIFY(!doc.contains(u"web"_s)); // ids are case-sensitive
    const Resource *web = doc.find(u"Web"_s);
    QVERIFY(web);
    QCOMPARE(web->type, ResourceType::Ec2Instance);
    QCOMPARE(web->parent, u"PublicA"_s);
    QCOMPARE(doc.find(u"Nope"_s), nullptr);
    QCOMPARE(doc.ids().first(), u"Vpc"_s);
    QCOMPARE(doc.ids().last(), u"Record"_s);
    QCOMPARE(doc.indexOf(u"AzA"_s), 1);
    QCOMPARE(doc.indexOf(u"Nope"_s), -1);
    QCOMPARE(doc.resources().size(), doc.count());
    for (int i = 0; i < doc.count(); ++i)
        QCOMPARE(doc.resources()[i]->id, doc.ids()[i]);
    // find() pointers stay valid while other resources come and go.
    for (int i = 0; i < 200; ++i)
        QVERIFY(doc.insert(res(u"Extra"_s + QString::number(i), ResourceType::Internet)));
    for (int i = 0; i < 200; i += 2)
        QVERIFY(doc.remove(u"Extra"_s + QString::number(i)));
    QCOMPARE(doc.find(u"Web"_s), web);
    QCOMPARE(web->id, u"Web"_s);
}

void TestDocument::insertRefused()
{
    Document doc;
    QSignalSpy added(&doc, &Document::resourceAdded);
    QVERIFY(!doc.insert(res(QString(), ResourceType::Vpc)));
    QVERIFY(doc.insert(res(u"Vpc"_s, ResourceType::Vpc)));
    QVERIFY(!doc.insert(res(u"Vpc"_s, ResourceType::Internet))); // duplicate id
    QCOMPARE(doc.find(u"Vpc"_s)->type, ResourceType::Vpc);
    QCOMPARE(doc.count(), 1);
    QCOMPARE(added.count(), 1);
    QVERIFY(!doc.remove(u"Nope"_s));
    QVERIFY(!doc.setProperty(u"Nope"_s, u"cidr"_s, u"10.0.0.0/16"_s));
    QVERIFY(!doc.unsetProperty(u"Nope"_s, u"cidr"_s));
    QVERIFY(!doc.setName(u"Nope"_s, u"x"_s));
    QVERIFY(!doc.setParent(u"Nope"_s, u"Vpc"_s));
    QVERIFY(!doc.setGeometry(u"Nope"_s, QRectF(0, 0, 1, 1)));
}

void TestDocument::insertAtIndex()
{
    Document doc;
    QVERIFY(doc.insert(res(u"A"_s, ResourceType::Internet)));
    QVERIFY(doc.insert(res(u"C"_s, ResourceType::Internet)));
    QVERIFY(doc.insert(res(u"B"_s, ResourceType::Internet), 1));
    QVERIFY(doc.insert(res(u"Z"_s, ResourceType::Internet), 0));
    QVERIFY(doc.insert(res(u"End"_s, ResourceType::Internet), 99)); // past the end: appended
    QVERIFY(doc.insert(res(u"Neg"_s, ResourceType::Internet), -1));
    QCOMPARE(doc.ids(), (QStringList{u"Z"_s, u"A"_s, u"B"_s, u"C"_s, u"End"_s, u"Neg"_s}));
}

void TestDocument::removeReparentsChildren()
{
    Document doc;
    buildSample(doc);
    QVERIFY(doc.remove(u"AzA"_s));
    QVERIFY(!doc.contains(u"AzA"_s));
    // The primitive keeps the children, at the top level, references intact.
    QCOMPARE(doc.find(u"PublicA"_s)->parent, QString());
    QCOMPARE(doc.find(u"PrivateA"_s)->parent, QString());
    QVERIFY(doc.children(QString()).contains(u"PublicA"_s));
    QVERIFY(!doc.children(u"Vpc"_s).contains(u"AzA"_s));
    QCOMPARE(doc.find(u"Web"_s)->parent, u"PublicA"_s);
    QVERIFY(doc.children(u"AzA"_s).isEmpty());
    QCOMPARE(doc.indexOf(u"AzB"_s), 1);
}

void TestDocument::uniqueId()
{
    Document doc;
    QCOMPARE(doc.uniqueId(u"Subnet"_s), u"Subnet1"_s);
    QVERIFY(doc.insert(res(u"Subnet1"_s, ResourceType::Internet)));
    QVERIFY(doc.insert(res(u"Subnet2"_s, ResourceType::Internet)));
    QVERIFY(doc.insert(res(u"Subnet4"_s, ResourceType::Internet)));
    QCOMPARE(doc.uniqueId(u"Subnet"_s), u"Subnet3"_s); // the smallest free number
    QCOMPARE(doc.uniqueId(u"Vpc"_s), u"Vpc1"_s);
}

void TestDocument::setParentAndCycles()
{
    Document doc;
    buildSample(doc);
    QSignalSpy spy(&doc, &Document::parentChanged);
    // Self, child, grandchild, great-grandchild: all cycles.
    QVERIFY(!doc.setParent(u"Vpc"_s, u"Vpc"_s));
    QVERIFY(!doc.setParent(u"Vpc"_s, u"AzA"_s));
    QVERIFY(!doc.setParent(u"Vpc"_s, u"PublicA"_s));
    QVERIFY(!doc.setParent(u"Vpc"_s, u"Web"_s));
    QVERIFY(!doc.setParent(u"AzA"_s, u"Web"_s));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(doc.find(u"Vpc"_s)->parent, QString());
    // A legal move.
    QVERIFY(doc.setParent(u"Web"_s, u"PrivateB"_s));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), u"Web"_s);
    QCOMPARE(spy.at(0).at(1).toString(), u"PublicA"_s);
    QCOMPARE(doc.find(u"Web"_s)->parent, u"PrivateB"_s);
    QVERIFY(!doc.children(u"PublicA"_s).contains(u"Web"_s));
    QVERIFY(doc.children(u"PrivateB"_s).contains(u"Web"_s));
    // Same parent again: succeeds, no signal.
    QVERIFY(doc.setParent(u"Web"_s, u"PrivateB"_s));
    QCOMPARE(spy.count(), 1);
    // To the top level and back.
    QVERIFY(doc.setParent(u"Web"_s, QString()));
    QVERIFY(doc.children(QString()).contains(u"Web"_s));
    QVERIFY(doc.setParent(u"Web"_s, u"PublicA"_s));
    QVERIFY(!doc.children(QString()).contains(u"Web"_s));
    // The former parent's subtree may now move under the resource's old sibling.
    QVERIFY(doc.setParent(u"PrivateA"_s, u"AzB"_s));
    QCOMPARE(doc.descendants(u"AzA"_s), QStringList{u"PublicA"_s} << u"Web"_s);
}

void TestDocument::childrenAndDescendants()
{
    Document doc;
    buildSample(doc);
    QCOMPARE(doc.children(u"Vpc"_s),
             (QStringList{u"AzA"_s, u"AzB"_s, u"Igw"_s, u"PublicRt"_s, u"WebSg"_s, u"DbSg"_s, u"Asg"_s, u"Db"_s, u"Replica"_s}));
    QCOMPARE(doc.children(u"AzA"_s), (QStringList{u"PublicA"_s, u"PrivateA"_s}));
    QCOMPARE(doc.children(u"Web"_s), QStringList());
    QCOMPARE(doc.children(u"Nope"_s), QStringList());
    QCOMPARE(doc.children(QString()), (QStringList{u"Vpc"_s, u"Lt"_s, u"Record"_s}));
    // Depth first, each resource before what it contains.
    QCOMPARE(doc.descendants(u"AzA"_s), (QStringList{u"PublicA"_s, u"Web"_s, u"PrivateA"_s}));
    const QStringList all = doc.descendants(u"Vpc"_s);
    QCOMPARE(all.size(), 14);
    QCOMPARE(all.mid(0, 4), (QStringList{u"AzA"_s, u"PublicA"_s, u"Web"_s, u"PrivateA"_s}));
    QCOMPARE(all.mid(4, 3), (QStringList{u"AzB"_s, u"PublicB"_s, u"PrivateB"_s}));
    for (const QString &id : all) // each parent comes before its child
        if (const QString p = doc.find(id)->parent; p != u"Vpc"_s)
            QVERIFY(all.indexOf(p) < all.indexOf(id));
    QCOMPARE(doc.descendants(u"Web"_s), QStringList());
}

void TestDocument::ancestorOfType_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("expected");
    QTest::newRow("instance's subnet") << u"Web"_s << int(ResourceType::Subnet) << u"PublicA"_s;
    QTest::newRow("instance's zone") << u"Web"_s << int(ResourceType::AvailabilityZone) << u"AzA"_s;
    QTest::newRow("instance's vpc") << u"Web"_s << int(ResourceType::Vpc) << u"Vpc"_s;
    QTest::newRow("itself") << u"PublicA"_s << int(ResourceType::Subnet) << u"PublicA"_s;
    QTest::newRow("no such ancestor") << u"Asg"_s << int(ResourceType::Subnet) << QString();
    QTest::newRow("top level") << u"Record"_s << int(ResourceType::Vpc) << QString();
    QTest::newRow("unknown id") << u"Nope"_s << int(ResourceType::Vpc) << QString();
}

void TestDocument::ancestorOfType()
{
    QFETCH(QString, id);
    QFETCH(int, type);
    QFETCH(QString, expected);
    Document doc;
    buildSample(doc);
    QCOMPARE(doc.ancestorOfType(id, ResourceType(type)), expected);
}

void TestDocument::vpcOf_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");
    QTest::newRow("vpc") << u"Vpc"_s << u"Vpc"_s;
    QTest::newRow("subnet") << u"PrivateB"_s << u"Vpc"_s;
    QTest::newRow("instance") << u"Web"_s << u"Vpc"_s;
    QTest::newRow("asg") << u"Asg"_s << u"Vpc"_s;
    QTest::newRow("security group") << u"DbSg"_s << u"Vpc"_s;
    QTest::newRow("launch template") << u"Lt"_s << QString();
    QTest::newRow("record") << u"Record"_s << QString();
    QTest::newRow("unknown") << u"Nope"_s << QString();
    // Outside any container, but spanning subnets of the VPC: found through them.
    QTest::newRow("loose database") << u"LooseDb"_s << u"Vpc"_s;
}

void TestDocument::vpcOf()
{
    QFETCH(QString, id);
    QFETCH(QString, expected);
    Document doc;
    buildSample(doc);
    QVERIFY(doc.insert(res(u"LooseDb"_s, ResourceType::RdsInstance, {}, {{u"subnets"_s, QStringList{u"PrivateA"_s}}})));
    QCOMPARE(doc.vpcOf(id), expected);
}

void TestDocument::zoneOf_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zone box") << u"AzB"_s << u"us-east-1b"_s;
    QTest::newRow("subnet") << u"PrivateB"_s << u"us-east-1b"_s;
    QTest::newRow("instance") << u"Web"_s << u"us-east-1a"_s;
    QTest::newRow("asg spans zones") << u"Asg"_s << QString();
    QTest::newRow("vpc") << u"Vpc"_s << QString();
    QTest::newRow("unknown") << u"Nope"_s << QString();
}

void TestDocument::zoneOf()
{
    QFETCH(QString, id);
    QFETCH(QString, expected);
    Document doc;
    buildSample(doc);
    QCOMPARE(doc.zoneOf(id), expected);
}

void TestDocument::subnetsAndZones_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("subnets");
    QTest::addColumn<QStringList>("zones");
    QTest::newRow("subnet itself") << u"PublicB"_s << QStringList{u"PublicB"_s} << QStringList{u"us-east-1b"_s};
    QTest::newRow("instance") << u"Web"_s << QStringList{u"PublicA"_s} << QStringList{u"us-east-1a"_s};
    QTest::newRow("asg") << u"Asg"_s << QStringList{u"PrivateA"_s, u"PrivateB"_s} << QStringList{u"us-east-1a"_s, u"us-east-1b"_s};
    QTest::newRow("database") << u"Db"_s << QStringList{u"PrivateA"_s, u"PrivateB"_s} << QStringList{u"us-east-1a"_s, u"us-east-1b"_s};
    // A read replica without its own subnet group lives beside its source.
    QTest::newRow("replica") << u"Replica"_s << QStringList{u"PrivateA"_s, u"PrivateB"_s} << QStringList{u"us-east-1a"_s, u"us-east-1b"_s};
    QTest::newRow("same zone twice") << u"TwoInA"_s << QStringList{u"PublicA"_s, u"PrivateA"_s} << QStringList{u"us-east-1a"_s};
    QTest::newRow("vpc") << u"Vpc"_s << QStringList() << QStringList();
    QTest::newRow("security group") << u"WebSg"_s << QStringList() << QStringList();
    QTest::newRow("unknown") << u"Nope"_s << QStringList() << QStringList();
}

void TestDocument::subnetsAndZones()
{
    QFETCH(QString, id);
    QFETCH(QStringList, subnets);
    QFETCH(QStringList, zones);
    Document doc;
    buildSample(doc);
    QVERIFY(doc.insert(res(u"TwoInA"_s, ResourceType::ElastiCache, u"Vpc"_s,
                           {{u"subnets"_s, QStringList{u"PublicA"_s, u"PrivateA"_s}}})));
    QCOMPARE(doc.subnetsOf(id), subnets);
    QCOMPARE(doc.zonesOf(id), zones);
}

void TestDocument::referencesFrom()
{
    Document doc;
    buildSample(doc);
    QCOMPARE(refStrings(doc.referencesFrom(u"DbSg"_s)), QStringList{u"DbSg.inbound[1].group->WebSg"_s});
    QCOMPARE(refStrings(doc.referencesFrom(u"PublicRt"_s)), QStringList{u"PublicRt.routes[0].target->Igw"_s});
    QCOMPARE(refStrings(doc.referencesFrom(u"Asg"_s)),
             (QStringList{u"Asg.launchTemplate[-1].->Lt"_s, u"Asg.subnets[-1].->PrivateA"_s, u"Asg.subnets[-1].->PrivateB"_s}));
    QCOMPARE(refStrings(doc.referencesFrom(u"Replica"_s)), QStringList{u"Replica.sourceDb[-1].->Db"_s});
    QCOMPARE(refStrings(doc.referencesFrom(u"Vpc"_s)), QStringList());
    QCOMPARE(refStrings(doc.referencesFrom(u"Nope"_s)), QStringList());
    // Containment is not a reference.
    QCOMPARE(refStrings(doc.referencesFrom(u"Web"_s)), QStringList{u"Web.securityGroups[-1].->WebSg"_s});
    // Empty references and empty cells are not references.
    QVERIFY(doc.setProperty(u"Replica"_s, u"sourceDb"_s, QString()));
    QVERIFY(doc.setProperty(u"Web"_s, u"securityGroups"_s, QStringList{QString(), u"DbSg"_s}));
    QCOMPARE(refStrings(doc.referencesFrom(u"Replica"_s)), QStringList());
    QCOMPARE(refStrings(doc.referencesFrom(u"Web"_s)), QStringList{u"Web.securityGroups[-1].->DbSg"_s});
}

void TestDocument::referencesTo()
{
    Document doc;
    buildSample(doc);
    QCOMPARE(refStrings(doc.referencesTo(u"WebSg"_s)),
             (QStringList{u"DbSg.inbound[1].group->WebSg"_s, u"Lt.securityGroups[-1].->WebSg"_s,
                          u"Web.securityGroups[-1].->WebSg"_s}));
    QCOMPARE(refStrings(doc.referencesTo(u"PrivateA"_s)),
             (QStringList{u"Asg.subnets[-1].->PrivateA"_s, u"Db.subnets[-1].->PrivateA"_s}));
    QCOMPARE(refStrings(doc.referencesTo(u"PublicRt"_s)),
             (QStringList{u"PublicA.routeTable[-1].->PublicRt"_s, u"PublicB.routeTable[-1].->PublicRt"_s}));
    QCOMPARE(refStrings(doc.referencesTo(u"Igw"_s)), QStringList{u"PublicRt.routes[0].target->Igw"_s});
    QCOMPARE(refStrings(doc.referencesTo(u"Record"_s)), QStringList());
    // References to ids that do not exist are still reported (the validator flags them).
    QVERIFY(doc.setProperty(u"Record"_s, u"target"_s, u"Ghost"_s));
    QCOMPARE(refStrings(doc.referencesTo(u"Ghost"_s)), QStringList{u"Record.target[-1].->Ghost"_s});
    // A self reference (a group admitting its own members).
    QVariantList rules = doc.find(u"WebSg"_s)->rows(u"inbound"_s);
    rules.append(cells({{u"protocol"_s, u"all"_s}, {u"group"_s, u"WebSg"_s}}));
    QVERIFY(doc.setProperty(u"WebSg"_s, u"inbound"_s, rules));
    QVERIFY(refStrings(doc.referencesTo(u"WebSg"_s)).contains(u"WebSg.inbound[1].group->WebSg"_s));
}

void TestDocument::resourcesOfType()
{
    Document doc;
    buildSample(doc);
    QStringList subnets;
    for (const Resource *r : doc.resourcesOfType(ResourceType::Subnet))
        subnets.append(r->id);
    QCOMPARE(subnets, (QStringList{u"PublicA"_s, u"PrivateA"_s, u"PublicB"_s, u"PrivateB"_s}));
    QCOMPARE(doc.resourcesOfType(ResourceType::ElastiCache).size(), 0);
}

void TestDocument::geometry()
{
    Document doc;
    buildSample(doc);
    QCOMPARE(doc.geometry(u"Web"_s), std::nullopt);
    QVERIFY(doc.setGeometry(u"Web"_s, QRectF(10, 20, 104, 80)));
    QCOMPARE(doc.geometry(u"Web"_s), std::optional<QRectF>(QRectF(10, 20, 104, 80)));
    QVERIFY(doc.setGeometry(u"Web"_s, std::nullopt));
    QCOMPARE(doc.geometry(u"Web"_s), std::nullopt);
    QVERIFY(doc.setGeometry(u"Web"_s, QRectF(1, 2, 3, 4)));
    QVERIFY(doc.remove(u"Web"_s));
    QCOMPARE(doc.geometry(u"Web"_s), std::nullopt); // removed with the resource
    QVERIFY(doc.insert(res(u"Web"_s, ResourceType::Ec2Instance, u"PublicA"_s)));
    QCOMPARE(doc.geometry(u"Web"_s), std::nullopt); // not resurrected
}

void TestDocument::signals()
{
    Document doc;
    QSignalSpy added(&doc, &Document::resourceAdded);
    QSignalSpy aboutToRemove(&doc, &Document::resourceAboutToBeRemoved);
    QSignalSpy removed(&doc, &Document::resourceRemoved);
    QSignalSpy property(&doc, &Document::propertyChanged);
    QSignalSpy name(&doc, &Document::nameChanged);
    QSignalSpy parent(&doc, &Document::parentChanged);
    QSignalSpy geometry(&doc, &Document::geometryChanged);
    QSignalSpy changed(&doc, &Document::changed);

    QVERIFY(doc.insert(res(u"Vpc"_s, ResourceType::Vpc)));
    QVERIFY(doc.insert(res(u"Az"_s, ResourceType::AvailabilityZone, u"Vpc"_s)));
    QCOMPARE(added.count(), 2);
    QCOMPARE(added.at(1).at(0).toString(), u"Az"_s);
    QCOMPARE(parent.count(), 0); // inserting with a parent is not a parent change

    QVERIFY(doc.setProperty(u"Vpc"_s, u"cidr"_s, u"10.1.0.0/16"_s));
    QCOMPARE(property.count(), 1);
    QCOMPARE(property.at(0).at(0).toString(), u"Vpc"_s);
    QCOMPARE(property.at(0).at(1).toString(), u"cidr"_s);
    QVERIFY(doc.unsetProperty(u"Vpc"_s, u"cidr"_s));
    QCOMPARE(property.count(), 2);
    QCOMPARE(property.at(1).at(1).toString(), u"cidr"_s);
    QCOMPARE(doc.find(u"Vpc"_s)->string(u"cidr"_s), u"10.0.0.0/16"_s); // back to the default

    QVERIFY(doc.setName(u"Vpc"_s, u"Production"_s));
    QCOMPARE(name.count(), 1);
    QCOMPARE(doc.find(u"Vpc"_s)->displayName(), u"Production"_s);

    QVERIFY(doc.insert(res(u"Vpc2"_s, ResourceType::Vpc)));
    QVERIFY(doc.setParent(u"Az"_s, u"Vpc2"_s));
    QCOMPARE(parent.count(), 1);
    QCOMPARE(parent.at(0).at(0).toString(), u"Az"_s);
    QCOMPARE(parent.at(0).at(1).toString(), u"Vpc"_s);

    QVERIFY(doc.setGeometry(u"Az"_s, QRectF(0, 0, 300, 200)));
    QCOMPARE(geometry.count(), 1);
    QCOMPARE(geometry.at(0).at(0).toString(), u"Az"_s);

    // Removing a container: its children move to the top level first, then it goes.
    QVERIFY(doc.remove(u"Vpc2"_s));
    QCOMPARE(parent.count(), 2);
    QCOMPARE(parent.at(1).at(0).toString(), u"Az"_s);
    QCOMPARE(parent.at(1).at(1).toString(), u"Vpc2"_s);
    QCOMPARE(aboutToRemove.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toString(), u"Vpc2"_s);

    // One "changed" per primitive change.
    QCOMPARE(changed.count(), added.count() + property.count() + name.count() + parent.count()
                                  + geometry.count() + removed.count());
}

void TestDocument::noSignalWithoutChange()
{
    Document doc;
    buildSample(doc);
    QVERIFY(doc.setGeometry(u"Web"_s, QRectF(1, 2, 3, 4)));
    QVERIFY(doc.setName(u"Web"_s, u"web"_s));
    QSignalSpy changed(&doc, &Document::changed);
    // Setting the default explicitly is a change (the file shows it); setting it again is not.
    QVERIFY(!doc.find(u"Vpc"_s)->isSet(u"enableDnsSupport"_s));
    QVERIFY(doc.setProperty(u"Vpc"_s, u"enableDnsSupport"_s, doc.find(u"Vpc"_s)->value(u"enableDnsSupport"_s)));
    QCOMPARE(changed.count(), 1);
    QVERIFY(doc.setProperty(u"Vpc"_s, u"enableDnsSupport"_s, true));
    QVERIFY(doc.setProperty(u"Vpc"_s, u"cidr"_s, doc.find(u"Vpc"_s)->value(u"cidr"_s)));
    QVERIFY(doc.unsetProperty(u"Web"_s, u"keyName"_s)); // not set
    QVERIFY(doc.setName(u"Web"_s, u"web"_s));
    QVERIFY(doc.setParent(u"Web"_s, u"PublicA"_s));
    QVERIFY(doc.setGeometry(u"Web"_s, QRectF(1, 2, 3, 4)));
    doc.setRegion(doc.region());
    QCOMPARE(changed.count(), 1);
}

void TestDocument::removeSignalsOrder()
{
    // A view must be able to read the resource when it hears it is about to go.
    Document doc;
    buildSample(doc);
    bool readable = false;
    connect(&doc, &Document::resourceAboutToBeRemoved, this, [&](const QString &id) {
        const Resource *r = doc.find(id);
        readable = r && r->type == ResourceType::Ec2Instance && doc.indexOf(id) >= 0;
    });
    bool goneAfter = false;
    connect(&doc, &Document::resourceRemoved, this, [&](const QString &id) { goneAfter = !doc.contains(id); });
    QVERIFY(doc.remove(u"Web"_s));
    QVERIFY(readable);
    QVERIFY(goneAfter);
}

void TestDocument::recordingRestores_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::newRow("insert at the end") << Edit([](Document &d) { d.insert(res(u"New"_s, ResourceType::Internet)); });
    QTest::newRow("insert at the front") << Edit([](Document &d) { d.insert(res(u"New"_s, ResourceType::Internet), 0); });
    QTest::newRow("insert in a container") << Edit([](Document &d) {
        d.insert(res(u"NewWeb"_s, ResourceType::Ec2Instance, u"PrivateA"_s), 5);
        d.setGeometry(u"NewWeb"_s, QRectF(5, 5, 104, 80));
    });
    QTest::newRow("remove the first") << Edit([](Document &d) { d.remove(u"Vpc"_s); });
    QTest::newRow("remove from the middle") << Edit([](Document &d) { d.remove(u"WebSg"_s); });
    QTest::newRow("remove a subtree, children first") << Edit([](Document &d) {
        for (const QString &id : {u"Web"_s, u"PublicA"_s, u"PrivateA"_s, u"AzA"_s})
            d.remove(id);
    });
    QTest::newRow("remove a subtree, parent first") << Edit([](Document &d) {
        for (const QString &id : {u"AzA"_s, u"PublicA"_s, u"Web"_s, u"PrivateA"_s})
            d.remove(id);
    });
    QTest::newRow("property set and unset") << Edit([](Document &d) {
        d.setProperty(u"Vpc"_s, u"cidr"_s, u"10.7.0.0/16"_s);
        d.unsetProperty(u"PublicA"_s, u"routeTable"_s);
        d.setProperty(u"DbSg"_s, u"inbound"_s, QVariantList());
    });
    QTest::newRow("rename and geometry") << Edit([](Document &d) {
        d.setName(u"Web"_s, u"Front end"_s);
        d.setGeometry(u"Web"_s, QRectF(1, 1, 2, 2));
        d.setGeometry(u"AzA"_s, QRectF(0, 0, 500, 400));
    });
    QTest::newRow("reparent") << Edit([](Document &d) {
        d.setParent(u"Web"_s, u"PrivateB"_s);
        d.setParent(u"PublicA"_s, u"AzB"_s);
    });
    QTest::newRow("swap parent and child") << Edit([](Document &d) {
        // A contained B; afterwards B contains A.
        d.setParent(u"PrivateA"_s, QString());
        d.setParent(u"AzA"_s, u"PrivateA"_s);
    });
    QTest::newRow("remove and re-add the same id") << Edit([](Document &d) {
        d.remove(u"Vpc"_s);
        d.insert(res(u"Vpc"_s, ResourceType::Vpc, {}, {{u"cidr"_s, u"10.9.0.0/16"_s}}));
        d.setParent(u"AzA"_s, u"Vpc"_s);
    });
    QTest::newRow("reverse two removed resources") << Edit([](Document &d) {
        // Before: ..., Igw, PublicRt, ...; afterwards PublicRt, Igw at the front.
        const Resource igw = *d.find(u"Igw"_s);
        const Resource rt = *d.find(u"PublicRt"_s);
        d.remove(u"Igw"_s);
        d.remove(u"PublicRt"_s);
        d.insert(rt, 0);
        d.insert(igw, 1);
    });
    QTest::newRow("a bit of everything") << Edit([](Document &d) {
        d.insert(res(u"Vpc2"_s, ResourceType::Vpc, {}, {{u"cidr"_s, u"10.1.0.0/16"_s}}), 0);
        d.setParent(u"AzB"_s, u"Vpc2"_s);
        d.remove(u"Record"_s);
        d.setProperty(u"Asg"_s, u"minSize"_s, qint64(2));
        d.remove(u"Igw"_s);
        d.insert(res(u"Igw2"_s, ResourceType::InternetGateway, u"Vpc2"_s));
        d.setGeometry(u"Vpc2"_s, QRectF(0, 0, 900, 600));
    });
}

void TestDocument::recordingRestores()
{
    QFETCH(Edit, edit);
    Document doc;
    buildSample(doc);
    doc.setGeometry(u"Vpc"_s, QRectF(0, 100, 800, 600));
    doc.setGeometry(u"Web"_s, QRectF(16, 28, 104, 80));
    const Snapshot before = Snapshot::of(doc);

    doc.beginRecording();
    QVERIFY(doc.isRecording());
    edit(doc);
    const QList<ResourceChange> changes = doc.endRecording();
    QVERIFY(!doc.isRecording());
    QVERIFY(!changes.isEmpty());
    const Snapshot after = Snapshot::of(doc);

    QSignalSpy changed(&doc, &Document::changed);
    doc.applyChanges(changes, true);
    compareSnapshots(Snapshot::of(doc), before);
    QVERIFY(changed.count() > 0); // views hear about undo like about any edit
    doc.applyChanges(changes, false);
    compareSnapshots(Snapshot::of(doc), after);
    doc.applyChanges(changes, true);
    compareSnapshots(Snapshot::of(doc), before);
}

void TestDocument::recordingRandom_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 100; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestDocument::recordingRandom()
{
    // Random sequences of primitive edits, recorded as one change: undo gives back exactly
    // the document before (order, containment, properties, layout) and redo the one after.
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    Document doc;
    buildSample(doc);
    const Snapshot before = Snapshot::of(doc);
    QList<Resource> removed;
    auto pick = [&]() { return doc.ids().value(rng.bounded(int(doc.count()))); };

    doc.beginRecording();
    const int steps = 1 + rng.bounded(25);
    for (int i = 0; i < steps && doc.count() > 0; ++i) {
        switch (rng.bounded(8)) {
        case 0: { // insert, sometimes an id that was removed in this very edit
            if (!removed.isEmpty() && rng.bounded(2)) {
                Resource r = removed.takeAt(rng.bounded(int(removed.size())));
                if (!doc.contains(r.parent))
                    r.parent.clear();
                doc.insert(r, rng.bounded(doc.count() + 1));
            } else {
                doc.insert(res(u"N"_s + QString::number(i), ResourceType::Internet), rng.bounded(doc.count() + 1));
            }
            break;
        }
        case 1: {
            const QString id = pick();
            removed.append(*doc.find(id));
            doc.remove(id);
            break;
        }
        case 2:
            doc.setParent(pick(), rng.bounded(4) == 0 ? QString() : pick()); // may be refused
            break;
        case 3:
            doc.setName(pick(), u"name %1"_s.arg(rng.bounded(3)));
            break;
        case 4:
            doc.setGeometry(pick(), rng.bounded(3) == 0 ? std::nullopt
                                                        : std::optional<QRectF>(QRectF(rng.bounded(500), rng.bounded(500), 104, 80)));
            break;
        case 5: {
            const QString id = pick();
            if (doc.find(id)->type == ResourceType::Subnet || doc.find(id)->type == ResourceType::Vpc)
                doc.setProperty(id, u"cidr"_s, u"10.%1.0.0/16"_s.arg(rng.bounded(9)));
            else
                doc.setProperty(id, u"keyName"_s, u"k"_s); // unknown to most types: still stored
            break;
        }
        case 6:
            doc.unsetProperty(pick(), u"cidr"_s);
            break;
        default:
            doc.unsetProperty(pick(), u"keyName"_s);
            break;
        }
    }
    const QList<ResourceChange> changes = doc.endRecording();
    const Snapshot after = Snapshot::of(doc);

    for (int round = 0; round < 2; ++round) {
        doc.applyChanges(changes, true);
        compareSnapshots(Snapshot::of(doc), before);
        doc.applyChanges(changes, false);
        compareSnapshots(Snapshot::of(doc), after);
    }
}

void TestDocument::recordingIgnoresNoops()
{
    Document doc;
    buildSample(doc);
    doc.beginRecording();
    doc.setProperty(u"Vpc"_s, u"enableDnsHostnames"_s, true);
    doc.unsetProperty(u"Vpc"_s, u"enableDnsHostnames"_s); // back to how it was
    doc.setProperty(u"Vpc"_s, u"cidr"_s, u"10.5.0.0/16"_s);
    doc.setProperty(u"Vpc"_s, u"cidr"_s, u"10.0.0.0/16"_s);
    doc.setName(u"Web"_s, u"x"_s);
    doc.setName(u"Web"_s, QString());
    QVERIFY(doc.endRecording().isEmpty());

    // Changes are listed once per resource, with the state before the first change.
    doc.beginRecording();
    doc.setProperty(u"Vpc"_s, u"cidr"_s, u"10.5.0.0/16"_s);
    doc.setProperty(u"Vpc"_s, u"cidr"_s, u"10.6.0.0/16"_s);
    doc.setProperty(u"Vpc"_s, u"enableDnsHostnames"_s, true);
    const QList<ResourceChange> changes = doc.endRecording();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().id, u"Vpc"_s);
    QVERIFY(changes.first().before && changes.first().after);
    QCOMPARE(changes.first().before->resource.string(u"cidr"_s), u"10.0.0.0/16"_s);
    QVERIFY(!changes.first().before->resource.isSet(u"enableDnsHostnames"_s));
    QCOMPARE(changes.first().after->resource.string(u"cidr"_s), u"10.6.0.0/16"_s);
    QCOMPARE(changes.first().before->index, 0);
    QCOMPARE(changes.first().after->index, 0);

    // Indices are those of the document when the edit began, whatever moved in between.
    doc.beginRecording();
    doc.remove(u"Vpc"_s);      // index 0
    doc.remove(u"PrivateA"_s); // index 4 before the edit, 3 when removed
    const QList<ResourceChange> removals = doc.endRecording();
    QCOMPARE(removals.size(), 11); // the VPC's 9 children moved to the top level as well
    for (const ResourceChange &c : removals)
        if (c.id == u"PrivateA"_s)
            QCOMPARE(c.before->index, 4);

    // Nothing is recorded outside a recording.
    doc.setProperty(u"Vpc"_s, u"cidr"_s, u"10.8.0.0/16"_s);
    doc.beginRecording();
    QVERIFY(doc.endRecording().isEmpty());
}

void TestDocument::clear()
{
    Document doc;
    buildSample(doc);
    QSignalSpy removed(&doc, &Document::resourceRemoved);
    doc.clear();
    QCOMPARE(doc.count(), 0);
    QCOMPARE(removed.count(), 17);
    QVERIFY(doc.children(QString()).isEmpty());
    QVERIFY(doc.ids().isEmpty());
}

void TestDocument::passThroughIsCopiedAndCleared()
{
    // Issue 14: what an imported template keeps is the document's, not a property beside it.
    Document doc;
    buildSample(doc);
    doc.setTitle(u"Imported"_s);
    const QByteArray kept = R"({"Outputs":{"Url":{"Value":"x"}}})";
    QSignalSpy meta(&doc, &Document::metadataChanged);
    doc.setPassThrough(kept);
    QCOMPARE(doc.passThrough(), kept);
    QCOMPARE(meta.count(), 1);
    doc.setPassThrough(kept); // unchanged: no signal
    QCOMPARE(meta.count(), 1);
    QVERIFY(!doc.dynamicPropertyNames().contains("skydraftCloudFormationPassThrough"));

    Document copy;
    copy.copyFrom(doc);
    QCOMPARE(copy.passThrough(), kept);
    QCOMPARE(copy.title(), doc.title());
    QCOMPARE(copy.ids(), doc.ids());
    for (const QString &id : doc.ids()) {
        QCOMPARE(*copy.find(id), *doc.find(id));
        QCOMPARE(copy.geometry(id), doc.geometry(id));
    }
    QCOMPARE(NativeFile::serialize(copy), NativeFile::serialize(doc));

    doc.clear();
    QVERIFY(doc.passThrough().isEmpty());
    QCOMPARE(copy.passThrough(), kept); // a copy, not shared
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
