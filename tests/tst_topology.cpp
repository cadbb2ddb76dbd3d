// The design's topology (model/topology.h), one function that feeds the canvas, the checker
// and the simulator: the links of every sample and CloudFormation fixture are pinned in
// tests/data/topology/; the checker's service graph holds exactly the DNS, listener and
// registration links; whatever the simulator sends traffic along is a link; the data-access
// rule (a group reference, not a CIDR) and blocked links; "does this property change links?"
// agrees with the catalogue and with the links themselves. The canvas's side is
// tst_gui_topology.
//
// After a deliberate change to the rule, rewrite the pinned links with
// SKYDRAFT_WRITE_TOPOLOGY=1 build/tests/tst_topology and review the diff.

#include "designgenerator.h"
#include "model/catalogue.h"
#include "model/checker/linkreach.h"
#include "model/commands/connections.h"
#include "model/commands/editor.h"
#include "model/checker/reachability.h"
#include "model/import/designloader.h"
#include "model/nativefile.h"
#include "model/sim/simulation.h"
#include "model/topology.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace skydraft;

namespace {

QString sourcePath(const QString &relative) { return QStringLiteral(SKYDRAFT_SOURCE_DIR "/") + relative; }
QString fixturePath(const QString &name) { return QStringLiteral(SKYDRAFT_FIXTURES_DIR) + u"/cloudformation/"_s + name; }

/// Every sample ("samples/three-tier.skydraft") and fixture ("cloudformation/vpc-2azs.yaml"),
/// and a generated design ("generated": two VPCs with every kind of link, bench_gui's kind).
QStringList designNames()
{
    QStringList names{u"generated"_s};
    for (const QString &s : QDir(sourcePath(u"resources/samples"_s)).entryList({u"*.skydraft"_s}, QDir::Files, QDir::Name))
        names.append(u"samples/"_s + s);
    for (const QString &f : QDir(fixturePath({})).entryList({u"*.yaml"_s, u"*.yml"_s, u"*.json"_s, u"*.template"_s},
                                                             QDir::Files, QDir::Name))
        names.append(u"cloudformation/"_s + f);
    return names;
}

QByteArray smallDesign(const QByteArray &dbRule, const QByteArray &extra = {});
std::unique_ptr<Document> parse(const QByteArray &json);

std::unique_ptr<Document> loadDesign(const QString &name)
{
    if (name == u"generated"_s)
        return bench::generateDesign();
    if (name == u"small-without-record"_s) {
        QByteArray json = smallDesign(R"({"protocol": "tcp", "fromPort": 3306, "toPort": 3306, "group": "WebSg"})");
        json.replace(R"("target": "Lb")", R"("target": "")");
        return parse(json);
    }
    const QString path = name.startsWith(u"samples/"_s) ? sourcePath(u"resources/"_s + name)
                                                        : fixturePath(name.mid(int(qstrlen("cloudformation/"))));
    LoadResult r = DesignLoader::load(path);
    if (!r.ok())
        qWarning("%s", qPrintable(r.errors.value(0).format()));
    return r.ok() ? std::move(r.document) : nullptr;
}

std::unique_ptr<Document> parse(const QByteArray &json)
{
    LoadResult r = NativeFile::parse(json, u"test.skydraft"_s);
    if (!r.ok())
        qWarning("%s", qPrintable(r.errors.value(0).format()));
    return r.ok() ? std::move(r.document) : nullptr;
}

QString line(const Link &l) { return Topology::kindName(l.kind) + u' ' + l.from + u" -> "_s + l.to; }

QStringList lines(const QList<Link> &links)
{
    QStringList out;
    for (const Link &l : links)
        out.append(line(l));
    return out;
}

QString pinnedPath(const QString &name)
{
    QString file = name;
    file.replace(u'/', u'-');
    return sourcePath(u"tests/data/topology/"_s + file + u".txt"_s);
}

/// The three-tier sample's shape, small: a load balancer in front of an Auto Scaling group
/// whose launch template carries WebSg, and a database whose DbSg admits `dbRule`.
QByteArray smallDesign(const QByteArray &dbRule, const QByteArray &extra)
{
    return R"({"format": "skydraft", "version": 1, "title": "t", "region": "us-east-1", "resources": [
    {"id": "Internet", "type": "internet"},
    {"id": "Vpc", "type": "vpc", "properties": {"cidr": "10.0.0.0/16"}},
    {"id": "AzA", "type": "availability-zone", "parent": "Vpc", "properties": {"zone": "us-east-1a"}},
    {"id": "AzB", "type": "availability-zone", "parent": "Vpc", "properties": {"zone": "us-east-1b"}},
    {"id": "PublicA", "type": "subnet", "parent": "AzA", "properties": {"cidr": "10.0.0.0/24", "routeTable": "PublicRt"}},
    {"id": "PublicB", "type": "subnet", "parent": "AzB", "properties": {"cidr": "10.0.1.0/24", "routeTable": "PublicRt"}},
    {"id": "AppA", "type": "subnet", "parent": "AzA", "properties": {"cidr": "10.0.10.0/24"}},
    {"id": "AppB", "type": "subnet", "parent": "AzB", "properties": {"cidr": "10.0.11.0/24"}},
    {"id": "Igw", "type": "internet-gateway", "parent": "Vpc"},
    {"id": "PublicRt", "type": "route-table", "parent": "Vpc", "properties": {"routes": [{"destination": "0.0.0.0/0", "target": "Igw"}]}},
    {"id": "LbSg", "type": "security-group", "parent": "Vpc",
     "properties": {"inbound": [{"protocol": "tcp", "fromPort": 80, "toPort": 80, "cidr": "0.0.0.0/0"}]}},
    {"id": "WebSg", "type": "security-group", "parent": "Vpc",
     "properties": {"inbound": [{"protocol": "tcp", "fromPort": 80, "toPort": 80, "group": "LbSg"}]}},
    {"id": "DbSg", "type": "security-group", "parent": "Vpc", "properties": {"inbound": [)"
        + dbRule + R"(]}},
    {"id": "Lb", "type": "load-balancer", "parent": "Vpc",
     "properties": {"subnets": ["PublicA", "PublicB"], "securityGroups": ["LbSg"],
                    "listeners": [{"protocol": "HTTP", "port": 80, "targetGroup": "WebTg"}]}},
    {"id": "WebTg", "type": "target-group", "parent": "Vpc", "properties": {"protocol": "HTTP", "port": 80}},
    {"id": "WebLt", "type": "launch-template", "properties": {"securityGroups": ["WebSg"]}},
    {"id": "Web", "type": "auto-scaling-group", "parent": "Vpc",
     "properties": {"minSize": 2, "maxSize": 2, "subnets": ["AppA", "AppB"], "launchTemplate": "WebLt", "targetGroups": ["WebTg"]}},
    {"id": "Database", "type": "rds-instance", "parent": "Vpc",
     "properties": {"engine": "mysql", "subnets": ["AppA", "AppB"], "securityGroups": ["DbSg"]}},
    {"id": "Record", "type": "route53-record", "properties": {"target": "Lb"}})"
        + extra + R"(
  ]})";
}

/// Every (from, to) that carried requests in some second of a run, with both ends in the design.
QSet<std::pair<QString, QString>> carried(const Document &doc, double seconds)
{
    QSet<std::pair<QString, QString>> out;
    sim::Simulation s(doc, sim::Drill{}, 1);
    for (int t = 0; t < int(seconds); ++t) {
        s.step();
        for (const sim::LinkFlow &f : s.flows())
            if (f.rps > 0 && doc.contains(f.from) && doc.contains(f.to))
                out.insert({f.from, f.to});
    }
    return out;
}

QSet<std::pair<QString, QString>> pairs(const QList<Link> &links)
{
    QSet<std::pair<QString, QString>> out;
    for (const Link &l : links)
        out.insert({l.from, l.to});
    return out;
}

/// A value other than `current` for a property of kind `spec`, or an invalid QVariant.
QList<QVariant> otherValues(const Document &doc, const PropertySpec &spec, const QVariant &current)
{
    QList<QVariant> out;
    switch (spec.kind) {
    case ValueKind::String:
        out.append(QVariant(current.toString() + u"x"_s));
        break;
    case ValueKind::Integer:
        out.append(current.toLongLong() == spec.minimum ? spec.minimum + 1 : spec.minimum);
        break;
    case ValueKind::Boolean:
        out.append(!current.toBool());
        break;
    case ValueKind::Enum:
        for (const QString &c : spec.choices)
            if (c != current.toString())
                out.append(c);
        break;
    case ValueKind::Cidr:
        out.append(current.toString() == u"10.9.0.0/16"_s ? u"10.8.0.0/16"_s : u"10.9.0.0/16"_s);
        break;
    case ValueKind::Reference:
    case ValueKind::ReferenceList: {
        // Empty, and every resource of an allowed type.
        out.append(spec.kind == ValueKind::Reference ? QVariant(QString()) : QVariant(QStringList()));
        for (const Resource *r : doc.resources())
            if (spec.targets.contains(r->type))
                out.append(spec.kind == ValueKind::Reference ? QVariant(r->id) : QVariant(QStringList{r->id}));
        break;
    }
    case ValueKind::Table:
        out.append(QVariantList());
        break;
    }
    return out;
}

} // namespace

class TestTopology : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void designs_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList names = designNames();
        QVERIFY(names.size() >= 22); // 4 samples, 17 fixtures, generated
        for (const QString &n : names)
            QTest::newRow(qPrintable(n)) << n;
    }

    void pinnedLinks_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &n : designNames())
            if (n != u"generated"_s) // follows the benchmarks' generator
                QTest::newRow(qPrintable(n)) << n;
    }
    void pinnedLinks()
    {
        QFETCH(QString, name);
        const auto doc = loadDesign(name);
        QVERIFY(doc);
        const QStringList now = lines(Topology::links(*doc));
        QCOMPARE(lines(Topology::links(*doc)), now); // deterministic
        QFile file(pinnedPath(name));
        if (qEnvironmentVariableIsSet("SKYDRAFT_WRITE_TOPOLOGY")) {
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write((now.join(u'\n') + u'\n').toUtf8());
            return;
        }
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QStringList pinned = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &l : pinned)
            QVERIFY2(now.contains(l), qPrintable(u"lost: "_s + l));
        for (const QString &l : now)
            QVERIFY2(pinned.contains(l), qPrintable(u"new: "_s + l));
        QCOMPARE(now, pinned); // and in the same order
    }

    /// Each kind alone is the same as the whole list filtered to it.
    void kindsFilter_data() { designs_data(); }
    void kindsFilter()
    {
        QFETCH(QString, name);
        const auto doc = loadDesign(name);
        QVERIFY(doc);
        const QList<Link> all = Topology::links(*doc);
        for (LinkKind k : {LinkKind::Dns, LinkKind::Listener, LinkKind::Registration, LinkKind::DataAccess,
                           LinkKind::Replication}) {
            QList<Link> only;
            for (const Link &l : all)
                if (l.kind == k)
                    only.append(l);
            QCOMPARE(lines(Topology::links(*doc, k)), lines(only));
        }
    }

    /// The checker's service graph is made of the DNS, listener and registration links.
    void serviceGraphAgrees_data() { designs_data(); }
    void serviceGraphAgrees()
    {
        QFETCH(QString, name);
        const auto doc = loadDesign(name);
        QVERIFY(doc);
        QList<Link> expected;
        for (const Link &l : Topology::links(*doc))
            if (Topology::serviceKinds & l.kind)
                expected.append(l);
        const net::Reachability reach(*doc);
        QStringList edges = lines(reach.services().edges());
        QStringList links = lines(expected);
        edges.sort();
        links.sort();
        QCOMPARE(edges, links);
    }

    /// Whatever the simulator sends requests along is a link of the design: the live view
    /// finds an arrow for every flow.
    void simulatorFollowsLinks_data() { designs_data(); }
    void simulatorFollowsLinks()
    {
        QFETCH(QString, name);
        const auto doc = loadDesign(name);
        QVERIFY(doc);
        const QList<Link> links = Topology::links(*doc);
        const auto linked = pairs(links);
        const auto flows = carried(*doc, 90);
        for (const auto &[from, to] : flows)
            QVERIFY2(linked.contains({from, to}), qPrintable(u"traffic off the links: "_s + from + u" -> "_s + to));
        // And the app tier calls exactly the stores its open data-access links reach.
        const net::Reachability reach(*doc);
        net::LinkReach open(reach);
        for (const Link &l : links) {
            if (l.kind != LinkKind::DataAccess || !doc->find(l.to) || !doc->find(l.to)->string(u"sourceDb"_s).isEmpty())
                continue;
            if (!open.open(l))
                QVERIFY2(!flows.contains({l.from, l.to}), qPrintable(u"traffic on a blocked link: "_s + line(l)));
        }
    }

    /// LinkReach (shared by the canvas and the simulator) answers what reach() answers, for
    /// every data-access link, and for every app and store pair of the design as well.
    void linkReachIsReach_data() { designs_data(); }
    void linkReachIsReach()
    {
        QFETCH(QString, name);
        const auto doc = loadDesign(name);
        QVERIFY(doc);
        const net::Reachability reach(*doc);
        net::LinkReach open(reach);
        QList<Link> pairs = Topology::links(*doc, LinkKind::DataAccess);
        for (const Resource *app : doc->resources())
            if (app->type == ResourceType::Ec2Instance || app->type == ResourceType::AutoScalingGroup)
                for (const Resource *store : doc->resources())
                    if (store->type == ResourceType::RdsInstance || store->type == ResourceType::AuroraCluster
                        || store->type == ResourceType::ElastiCache)
                        pairs.append({app->id, store->id, LinkKind::DataAccess});
        int blocked = 0;
        for (const Link &l : pairs) {
            const bool expected =
                reach.reach(l.from, l.to, {net::Protocol::Tcp, int(doc->find(l.to)->integer(u"port"_s))}).reachable;
            QVERIFY2(open.open(l) == expected, qPrintable(line(l)));
            blocked += !expected;
        }
        if (name == u"generated"_s)
            QVERIFY(blocked > 0); // across VPCs, at least
    }

    void samplesCarryTheirDataTier()
    {
        // The samples' app tiers call their stores (the links are open and used).
        for (const QString &name : {u"samples/three-tier.skydraft"_s, u"samples/wordpress-aurora.skydraft"_s,
                                    u"samples/stateful-shop.skydraft"_s}) {
            const auto doc = loadDesign(name);
            QVERIFY(doc);
            const auto flows = carried(*doc, 30);
            int data = 0;
            for (const Link &l : Topology::links(*doc, LinkKind::DataAccess))
                data += flows.contains({l.from, l.to});
            QVERIFY2(data > 0, qPrintable(name));
        }
    }

    /// A rule naming the app's group links it to the store; a CIDR rule, even one that admits
    /// the app's subnets on the store's port, does not (and carries no traffic).
    void dataAccessRule()
    {
        const auto byGroup = parse(smallDesign(R"({"protocol": "tcp", "fromPort": 3306, "toPort": 3306, "group": "WebSg"})"));
        QVERIFY(byGroup);
        QCOMPARE(lines(Topology::links(*byGroup, LinkKind::DataAccess)), QStringList{u"data-access Web -> Database"_s});
        QVERIFY(carried(*byGroup, 20).contains({u"Web"_s, u"Database"_s}));

        const auto byCidr = parse(smallDesign(R"({"protocol": "tcp", "fromPort": 3306, "toPort": 3306, "cidr": "10.0.0.0/16"})"));
        QVERIFY(byCidr);
        QVERIFY(Topology::links(*byCidr, LinkKind::DataAccess).isEmpty());
        // reach would let it through, but the design does not say the app uses the store
        const net::Reachability reach(*byCidr);
        QVERIFY(reach.reach(u"Web"_s, u"Database"_s, {net::Protocol::Tcp, 3306}).reachable);
        QVERIFY(!carried(*byCidr, 20).contains({u"Web"_s, u"Database"_s}));

        // Only apps: a load balancer admitted by the store's group is not a client of it.
        const auto lbAdmitted = parse(smallDesign(R"({"protocol": "tcp", "fromPort": 3306, "toPort": 3306, "group": "LbSg"})"));
        QVERIFY(lbAdmitted);
        QVERIFY(Topology::links(*lbAdmitted, LinkKind::DataAccess).isEmpty());
    }

    /// A link whose port the store's group does not admit is still a link (the design means
    /// it); reach blocks it, and the simulator sends nothing along it.
    void blockedLinkCarriesNothing()
    {
        const auto doc = parse(smallDesign(R"({"protocol": "tcp", "fromPort": 5432, "toPort": 5432, "group": "WebSg"})"));
        QVERIFY(doc);
        const QList<Link> data = Topology::links(*doc, LinkKind::DataAccess);
        QCOMPARE(lines(data), QStringList{u"data-access Web -> Database"_s});
        const net::Reachability reach(*doc);
        net::LinkReach open(reach);
        QVERIFY(!open.open(data.first()));
        const auto flows = carried(*doc, 20);
        QVERIFY(flows.contains({u"WebTg"_s, u"Web"_s})); // the app serves
        QVERIFY(!flows.contains({u"Web"_s, u"Database"_s}));
    }

    /// A record naming an Elastic IP: internet -> record -> Elastic IP -> instance, as links
    /// and as traffic.
    void recordThroughElasticIp()
    {
        const auto doc = parse(smallDesign({}, R"(,
    {"id": "WebSgOpen", "type": "security-group", "parent": "Vpc",
     "properties": {"inbound": [{"protocol": "tcp", "fromPort": 80, "toPort": 80, "cidr": "0.0.0.0/0"}]}},
    {"id": "Solo", "type": "ec2-instance", "parent": "PublicA", "properties": {"securityGroups": ["WebSgOpen"]}},
    {"id": "SoloIp", "type": "elastic-ip", "properties": {"associatedWith": "Solo"}},
    {"id": "SoloRecord", "type": "route53-record", "properties": {"recordName": "solo.example.com", "alias": false, "target": "SoloIp"}})"));
        QVERIFY(doc);
        const QStringList dns = lines(Topology::links(*doc, LinkKind::Dns));
        for (const QString &l : {u"dns Internet -> SoloRecord"_s, u"dns SoloRecord -> SoloIp"_s, u"dns SoloIp -> Solo"_s})
            QVERIFY2(dns.contains(l), qPrintable(l));
        const auto flows = carried(*doc, 20);
        QVERIFY(flows.contains({u"SoloRecord"_s, u"SoloIp"_s}));
        QVERIFY(flows.contains({u"SoloIp"_s, u"Solo"_s}));
        for (const auto &f : flows)
            QVERIFY(pairs(Topology::links(*doc)).contains(f));
    }

    /// No record pointing anywhere: clients use the load balancer's own name.
    void internetFacingWithoutRecord()
    {
        const auto doc = loadDesign(u"small-without-record"_s);
        QVERIFY(doc);
        const QStringList dns = lines(Topology::links(*doc, LinkKind::Dns));
        QVERIFY(dns.contains(u"dns Internet -> Lb"_s));
        QVERIFY(carried(*doc, 20).contains({u"Internet"_s, u"Lb"_s}));
    }

    /// Drawing a connection (model/commands/connections.h) makes the link it is drawn as.
    void connectionsMakeLinks()
    {
        auto doc = test::loadDesign(test::baseDesignJson());
        QVERIFY(doc);
        Editor editor(doc.get());
        auto linked = [&](const QString &from, const QString &to, LinkKind kind) {
            return Topology::links(*doc).contains(Link{from, to, kind});
        };
        const QString tg = editor.addResource(ResourceType::TargetGroup, u"Vpc"_s);
        QVERIFY(!linked(u"Lb"_s, tg, LinkKind::Listener));
        QCOMPARE(Connections::connect(editor, u"Lb"_s, tg), QString());
        QVERIFY(linked(u"Lb"_s, tg, LinkKind::Listener));
        QCOMPARE(Connections::connect(editor, tg, u"WebAsg"_s), QString());
        QVERIFY(linked(tg, u"WebAsg"_s, LinkKind::Registration));
        QCOMPARE(Connections::connect(editor, tg, u"Admin"_s), QString());
        QVERIFY(linked(tg, u"Admin"_s, LinkKind::Registration));

        const QString classic = editor.addResource(ResourceType::LoadBalancer, u"Vpc"_s);
        editor.setProperty(classic, u"kind"_s, u"classic"_s);
        QCOMPARE(Connections::connect(editor, classic, u"Admin"_s), QString());
        QVERIFY(linked(classic, u"Admin"_s, LinkKind::Registration));
        QCOMPARE(Connections::connect(editor, classic, u"WebAsg"_s), QString());
        QVERIFY(linked(classic, u"WebAsg"_s, LinkKind::Registration));

        const QString record = editor.addResource(ResourceType::Route53Record, {});
        QCOMPARE(Connections::connect(editor, record, u"Admin"_s), QString());
        QVERIFY(linked(record, u"Admin"_s, LinkKind::Dns));
        QVERIFY(linked(u"Internet"_s, record, LinkKind::Dns));

        const QString sg = editor.addResource(ResourceType::SecurityGroup, u"Vpc"_s);
        const QString db = editor.addResource(ResourceType::RdsInstance, u"Vpc"_s);
        editor.setProperty(db, u"securityGroups"_s, QStringList{sg});
        QVERIFY(!linked(u"Admin"_s, db, LinkKind::DataAccess));
        QCOMPARE(Connections::connect(editor, u"Admin"_s, db), QString());
        QVERIFY(linked(u"Admin"_s, db, LinkKind::DataAccess));
        QVERIFY(linked(u"WebAsg"_s, db, LinkKind::DataAccess)); // the same group: one rule admits both
        QCOMPARE(Connections::connect(editor, u"Database"_s, db), QString());
        QVERIFY(linked(u"Database"_s, db, LinkKind::Replication));
        // And undone, gone.
        editor.undoStack()->undo();
        QVERIFY(!linked(u"Database"_s, db, LinkKind::Replication));
    }

    /// Every property the rules read is, in the catalogue, a reference (or a table with that
    /// reference column), or decides whether one counts.
    void sourcesAreCatalogueReferences()
    {
        for (const Topology::LinkSource &s : Topology::linkSources()) {
            const QString what = typeKey(s.type) + u'.' + s.key;
            const PropertySpec *spec = Catalogue::property(s.type, s.key);
            QVERIFY2(spec, qPrintable(what + u" is not in the catalogue"_s));
            if (!s.reference)
                continue;
            const PropertySpec *ref = s.column.isEmpty() ? spec : spec->column(s.column);
            QVERIFY2(ref, qPrintable(what + u" has no column "_s + s.column));
            QVERIFY2(ref->kind == ValueKind::Reference || ref->kind == ValueKind::ReferenceList,
                     qPrintable(what + u" is not a reference"_s));
        }
        // The old hand-kept lists: each key that makes a link is known to change links.
        QVERIFY(Topology::changesLinks(ResourceType::LoadBalancer, u"listeners"_s));
        QVERIFY(Topology::changesLinks(ResourceType::SecurityGroup, u"inbound"_s, LinkKind::DataAccess));
        QVERIFY(!Topology::changesLinks(ResourceType::SecurityGroup, u"inbound"_s, Topology::serviceKinds));
        QVERIFY(!Topology::changesLinks(ResourceType::Ec2Instance, u"instanceType"_s));
        QVERIFY(!Topology::changesLinks(ResourceType::RouteTable, u"routes"_s)); // a reference, but no link
    }

    /// Changing a property that changesLinks() calls inert leaves the links as they were,
    /// whatever it is set to: the rule reads nothing it does not declare.
    void inertPropertiesChangeNoLink_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &n : designNames())
            if (n.startsWith(u"samples/"_s) || n.contains(u"RDS_MySQL"_s) || n.contains(u"wordpress-ha"_s))
                QTest::newRow(qPrintable(n)) << n;
        QTest::newRow("small-without-record") << u"small-without-record"_s; // the internet -> load balancer rule
    }
    void inertPropertiesChangeNoLink()
    {
        QFETCH(QString, name);
        const auto doc = loadDesign(name);
        QVERIFY(doc);
        const QStringList before = lines(Topology::links(*doc));
        int tried = 0;
        for (const QString &id : QStringList(doc->ids())) {
            const ResourceType type = doc->find(id)->type;
            for (const PropertySpec &spec : Catalogue::spec(type).properties) {
                if (Topology::changesLinks(type, spec.key))
                    continue;
                const QVariant current = doc->find(id)->value(spec.key);
                for (const QVariant &v : otherValues(*doc, spec, current)) {
                    doc->setProperty(id, spec.key, v);
                    ++tried;
                    QVERIFY2(lines(Topology::links(*doc)) == before,
                             qPrintable(u"%1.%2 = %3 changed the links"_s.arg(id, spec.key, v.toString())));
                }
                doc->setProperty(id, spec.key, current);
            }
        }
        QVERIFY(tried > 20);
    }
};

QTEST_GUILESS_MAIN(TestTopology)
#include "tst_topology.moc"
