// The canvas draws the design's topology (model/topology.h) and nothing else: on every sample
// and CloudFormation fixture, the scene's arrows are the links, in their order, replication
// dashed and a data-access link that reach blocks drawn as blocked; edits that change links
// (or whether reach lets one through) redraw them. The model's side is tst_topology.

#include "model/checker/linkreach.h"
#include "model/checker/reachability.h"
#include "model/import/designloader.h"
#include "model/topology.h"
#include "views/canvas/diagramscene.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace skydraft;

namespace {

QString sourcePath(const QString &relative) { return QStringLiteral(SKYDRAFT_SOURCE_DIR "/") + relative; }
QString fixturePath(const QString &name) { return QStringLiteral(SKYDRAFT_FIXTURES_DIR) + u"/cloudformation/"_s + name; }

QStringList designPaths()
{
    QStringList paths;
    for (const QString &s : QDir(sourcePath(u"resources/samples"_s)).entryList({u"*.skydraft"_s}, QDir::Files, QDir::Name))
        paths.append(sourcePath(u"resources/samples/"_s + s));
    for (const QString &f : QDir(fixturePath({})).entryList({u"*.yaml"_s, u"*.yml"_s, u"*.json"_s, u"*.template"_s},
                                                             QDir::Files, QDir::Name))
        paths.append(fixturePath(f));
    return paths;
}

/// "from -> to" per arrow, with " (dashed)" and " (blocked)".
QStringList drawn(const DiagramScene &scene)
{
    QStringList out;
    for (const Relation &r : scene.relations())
        out.append(r.from + u" -> "_s + r.to + (r.dashed ? u" (dashed)"_s : QString())
                   + (r.blocked ? u" (blocked)"_s : QString()));
    return out;
}

/// What the scene should draw for `doc`: its links, reach's answer on each.
QStringList expected(const Document &doc)
{
    const net::Reachability reach(doc);
    net::LinkReach open(reach);
    QStringList out;
    for (const Link &l : Topology::links(doc))
        out.append(l.from + u" -> "_s + l.to + (l.kind == LinkKind::Replication ? u" (dashed)"_s : QString())
                   + (open.open(l) ? QString() : u" (blocked)"_s));
    return out;
}

} // namespace

class TestGuiTopology : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void arrowsAreTheLinks_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList paths = designPaths();
        QVERIFY(paths.size() >= 21);
        for (const QString &p : paths)
            QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
    }
    void arrowsAreTheLinks()
    {
        QFETCH(QString, path);
        LoadResult r = DesignLoader::load(path);
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).format()));
        DiagramScene scene;
        scene.setDocument(r.document.get());
        QCoreApplication::processEvents();
        QCOMPARE(drawn(scene), expected(*r.document));
        QVERIFY(!scene.relations().isEmpty() || Topology::links(*r.document).isEmpty());
    }

    /// Editing the store's rule: the wrong port blocks the arrow, a CIDR rule removes it, the
    /// group again brings it back; each is redrawn after the edit.
    void editsRedrawTheLinks()
    {
        LoadResult r = DesignLoader::load(sourcePath(u"resources/samples/three-tier.skydraft"_s));
        QVERIFY(r.ok());
        Document &doc = *r.document;
        DiagramScene scene;
        scene.setDocument(&doc);
        QCoreApplication::processEvents();
        const QString arrow = u"WebServerGroup -> Database"_s;
        QVERIFY(drawn(scene).contains(arrow));

        const QVariantList rules = doc.find(u"DatabaseSecurityGroup"_s)->rows(u"inbound"_s);
        QVariantMap rule = rules.value(0).toMap();
        rule.insert(u"fromPort"_s, 5432);
        rule.insert(u"toPort"_s, 5432);
        doc.setProperty(u"DatabaseSecurityGroup"_s, u"inbound"_s, QVariantList{rule});
        QCoreApplication::processEvents();
        QVERIFY(drawn(scene).contains(arrow + u" (blocked)"_s));
        QCOMPARE(drawn(scene), expected(doc));

        rule.remove(u"group"_s);
        rule.insert(u"cidr"_s, u"10.0.0.0/16"_s);
        rule.insert(u"fromPort"_s, 3306);
        rule.insert(u"toPort"_s, 3306);
        doc.setProperty(u"DatabaseSecurityGroup"_s, u"inbound"_s, QVariantList{rule});
        QCoreApplication::processEvents();
        QVERIFY(!drawn(scene).join(u'\n').contains(arrow));
        QCOMPARE(drawn(scene), expected(doc));

        doc.setProperty(u"DatabaseSecurityGroup"_s, u"inbound"_s, rules);
        QCoreApplication::processEvents();
        QVERIFY(drawn(scene).contains(arrow));

        // A network ACL that stops the data subnet's traffic blocks the arrow too.
        const QString acl = u"DataAcl"_s;
        Resource a;
        a.id = acl;
        a.type = ResourceType::NetworkAcl;
        a.parent = doc.vpcOf(u"Database"_s);
        QVERIFY(doc.insert(a));
        for (const QString &subnet : doc.find(u"Database"_s)->references(u"subnets"_s))
            doc.setProperty(subnet, u"networkAcl"_s, acl); // a new ACL denies everything
        QCoreApplication::processEvents();
        QVERIFY(drawn(scene).contains(arrow + u" (blocked)"_s));
        QCOMPARE(drawn(scene), expected(doc));
    }
};

QTEST_MAIN(TestGuiTopology)
#include "tst_gui_topology.moc"
