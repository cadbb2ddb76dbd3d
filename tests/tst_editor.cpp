// Every Editor command is one undo step that restores the file exactly: do, snapshot, undo
// (the file before), redo (the file after). Also the cascades (deleting a group, a gateway, a
// zone), renaming ids everywhere they are used, refused placements and merged edits.

#include "model/commands/changecommand.h"
#include "model/commands/editor.h"
#include "model/nativefile.h"
#include "model/validator.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace skydraft;
using skydraft::test::row;
using skydraft::test::stored;

Q_DECLARE_METATYPE(skydraft::ResourceType)

namespace {

QByteArray text(const Document &doc) { return NativeFile::serialize(doc); }

QStringList references(const Document &doc, const QString &to)
{
    QStringList out;
    for (const Reference &r : doc.referencesTo(to))
        out.append(u"%1.%2[%3].%4"_s.arg(r.from, r.property).arg(r.row).arg(r.column));
    out.sort();
    return out;
}

} // namespace

class TestEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<Editor> m_editor;
    QByteArray m_before;
    QByteArray m_after;
    int m_count = 0;

    /// Snapshots the file before an edit.
    void begin()
    {
        m_before = text(*m_doc);
        m_count = m_editor->undoStack()->count();
    }
    /// After an edit: one more step on the stack; undo gives back `m_before`, redo the result.
    void verifyUndoRedo()
    {
        m_after = text(*m_doc);
        QVERIFY2(m_after != m_before, "the edit changed nothing");
        QUndoStack *stack = m_editor->undoStack();
        QCOMPARE(stack->count(), m_count + 1);
        QVERIFY(stack->canUndo());
        const QStringList idsAfter = m_doc->ids();
        stack->undo();
        QCOMPARE(text(*m_doc), m_before);
        stack->redo();
        QCOMPARE(text(*m_doc), m_after);
        QCOMPARE(m_doc->ids(), idsAfter);
        stack->undo();
        QCOMPARE(text(*m_doc), m_before);
        stack->redo();
        QCOMPARE(text(*m_doc), m_after);
    }
    /// After a refused edit: nothing changed, nothing pushed, a reason given.
    void verifyRefused(bool result)
    {
        QVERIFY(!result);
        QVERIFY(!m_editor->lastError().isEmpty());
        QCOMPARE(text(*m_doc), m_before);
        QCOMPARE(m_editor->undoStack()->count(), m_count);
    }
    const Resource &r(const QString &id) const
    {
        const Resource *res = m_doc->find(id);
        Q_ASSERT_X(res, "TestEditor", qPrintable(id));
        return *res;
    }

private Q_SLOTS:
    void init();
    void cleanup();

    void baseIsValid();
    void addResource_data();
    void addResource();
    void addResourceRefused_data();
    void addResourceRefused();
    void addPicksFreeZones();
    void addPicksFreeSubnetBlocks();
    void addWithIdAndGeometry();

    void removeSecurityGroup();
    void removeRuleKeepsOtherSource();
    void removeInternetGateway();
    void removeTargetGroup();
    void removeZoneCascades();
    void removeVpc();
    void removeSeveral();
    void removeRefused();

    void setProperty();
    void setPropertyMerges();
    void setPropertyNoMergeAcross();
    void setPropertyUnchanged();
    void setPropertyRefused();
    void resetProperty();
    void setName();
    void setPropertiesIsOneStep();
    void setPropertiesRefused();
    void setNames();

    void renameId_data();
    void renameId();
    void renameIdSelfReference();
    void renameIdRefused_data();
    void renameIdRefused();

    void reparent();
    void reparentRefused_data();
    void reparentRefused();

    void setGeometry();
    void setGeometryRefused();

    void longSession();
    void signalsOnUndo();
};

void TestEditor::init()
{
    m_doc = test::loadDesign(test::baseDesignJson());
    QVERIFY(m_doc);
    m_editor = std::make_unique<Editor>(m_doc.get());
    begin();
}

void TestEditor::cleanup()
{
    m_editor.reset();
    m_doc.reset();
}

void TestEditor::baseIsValid()
{
    const QList<Diagnostic> diagnostics = Validator::validate(*m_doc);
    for (const Diagnostic &d : diagnostics)
        qWarning("%s", qPrintable(d.format()));
    QVERIFY(diagnostics.isEmpty());
    QCOMPARE(m_editor->document(), m_doc.get());
    QCOMPARE(m_editor->undoStack()->count(), 0);
}

void TestEditor::addResource_data()
{
    QTest::addColumn<ResourceType>("type");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("expectedId");
    using T = ResourceType;
    QTest::newRow("vpc") << T::Vpc << QString() << u"Vpc1"_s;
    QTest::newRow("zone") << T::AvailabilityZone << u"Vpc"_s << u"Az1"_s;
    QTest::newRow("subnet") << T::Subnet << u"AzA"_s << u"Subnet1"_s;
    QTest::newRow("instance") << T::Ec2Instance << u"AppB"_s << u"Instance1"_s;
    QTest::newRow("nat") << T::NatGateway << u"PublicB"_s << u"NatGateway1"_s;
    QTest::newRow("security group") << T::SecurityGroup << u"Vpc"_s << u"Sg1"_s;
    QTest::newRow("asg") << T::AutoScalingGroup << u"Vpc"_s << u"Asg1"_s;
    QTest::newRow("database") << T::RdsInstance << u"Vpc"_s << u"Database1"_s;
    QTest::newRow("record") << T::Route53Record << QString() << u"Record1"_s;
    QTest::newRow("elastic ip") << T::ElasticIp << QString() << u"Eip1"_s;
    QTest::newRow("launch template") << T::LaunchTemplate << QString() << u"LaunchTemplate1"_s;
    QTest::newRow("internet") << T::Internet << QString() << u"Internet1"_s;
}

void TestEditor::addResource()
{
    QFETCH(ResourceType, type);
    QFETCH(QString, parent);
    QFETCH(QString, expectedId);
    const QString id = m_editor->addResource(type, parent);
    QCOMPARE(id, expectedId);
    QVERIFY(m_editor->lastError().isEmpty());
    QCOMPARE(r(id).type, type);
    QCOMPARE(r(id).parent, parent);
    QCOMPARE(m_doc->ids().last(), id);
    QVERIFY(m_doc->children(parent).contains(id));
    QVERIFY(Validator::isValidId(id));
    verifyUndoRedo();
    m_editor->undoStack()->undo();
    QVERIFY(!m_doc->contains(id));
    QVERIFY(!m_doc->children(parent).contains(id));
}

void TestEditor::addResourceRefused_data()
{
    QTest::addColumn<ResourceType>("type");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("reason");
    using T = ResourceType;
    QTest::newRow("subnet at top level") << T::Subnet << QString() << QString() << u"inside"_s;
    QTest::newRow("subnet in vpc") << T::Subnet << u"Vpc"_s << QString() << u"Availability Zone"_s;
    QTest::newRow("instance in vpc") << T::Ec2Instance << u"Vpc"_s << QString() << u"Subnet"_s;
    QTest::newRow("database in subnet") << T::RdsInstance << u"DataA"_s << QString() << u"VPC"_s;
    QTest::newRow("zone in subnet") << T::AvailabilityZone << u"AppA"_s << QString() << u"VPC"_s;
    QTest::newRow("vpc in vpc") << T::Vpc << u"Vpc"_s << QString() << u"outside every container"_s;
    QTest::newRow("record in vpc") << T::Route53Record << u"Vpc"_s << QString() << u"outside every container"_s;
    QTest::newRow("unknown parent") << T::Ec2Instance << u"Nowhere"_s << QString() << u"Nowhere"_s;
    QTest::newRow("invalid id") << T::Vpc << QString() << u"1st-vpc"_s << u"not a valid id"_s;
    QTest::newRow("id with space") << T::Vpc << QString() << u"My Vpc"_s << u"not a valid id"_s;
    QTest::newRow("taken id") << T::Vpc << QString() << u"Vpc"_s << u"already taken"_s;
}

void TestEditor::addResourceRefused()
{
    QFETCH(ResourceType, type);
    QFETCH(QString, parent);
    QFETCH(QString, id);
    QFETCH(QString, reason);
    const QString added = m_editor->addResource(type, parent, std::nullopt, id);
    QVERIFY(added.isEmpty());
    verifyRefused(false);
    QVERIFY2(m_editor->lastError().contains(reason), qPrintable(m_editor->lastError()));
    // The error is cleared by the next successful call.
    QVERIFY(!m_editor->addResource(ResourceType::Internet, {}).isEmpty());
    QVERIFY(m_editor->lastError().isEmpty());
}

void TestEditor::addPicksFreeZones()
{
    // The VPC has us-east-1a and us-east-1b: the next zones are c, d, ...
    const QString c = m_editor->addResource(ResourceType::AvailabilityZone, u"Vpc"_s);
    QCOMPARE(r(c).string(u"zone"_s), u"us-east-1c"_s);
    QVERIFY(r(c).isSet(u"zone"_s));
    const QString d = m_editor->addResource(ResourceType::AvailabilityZone, u"Vpc"_s);
    QCOMPARE(r(d).string(u"zone"_s), u"us-east-1d"_s);
    // A gap left by a deleted zone is reused.
    QVERIFY(m_editor->removeResources({u"AzB"_s}));
    const QString b = m_editor->addResource(ResourceType::AvailabilityZone, u"Vpc"_s);
    QCOMPARE(r(b).string(u"zone"_s), u"us-east-1b"_s);
    // Another VPC starts again at a; the design's region names the zones.
    m_doc->setRegion(u"eu-west-2"_s);
    const QString vpc = m_editor->addResource(ResourceType::Vpc, {});
    const QString first = m_editor->addResource(ResourceType::AvailabilityZone, vpc);
    const QString second = m_editor->addResource(ResourceType::AvailabilityZone, vpc);
    QCOMPARE(r(first).string(u"zone"_s), u"eu-west-2a"_s);
    QCOMPARE(r(second).string(u"zone"_s), u"eu-west-2b"_s);
    // Every zone the editor made validates.
    for (const Diagnostic &diag : Validator::validate(*m_doc))
        QVERIFY2(diag.resourceId != first && diag.resourceId != second, qPrintable(diag.format()));
}

void TestEditor::addPicksFreeSubnetBlocks()
{
    // Used in 10.0.0.0/16: .0, .1, .10, .11, .20, .21. New subnets fill the gaps, /24 each.
    QStringList blocks;
    for (int i = 0; i < 10; ++i) {
        const QString id = m_editor->addResource(ResourceType::Subnet, i % 2 ? u"AzA"_s : u"AzB"_s);
        QVERIFY(!id.isEmpty());
        blocks.append(r(id).string(u"cidr"_s));
    }
    QCOMPARE(blocks, (QStringList{u"10.0.2.0/24"_s, u"10.0.3.0/24"_s, u"10.0.4.0/24"_s, u"10.0.5.0/24"_s,
                                  u"10.0.6.0/24"_s, u"10.0.7.0/24"_s, u"10.0.8.0/24"_s, u"10.0.9.0/24"_s,
                                  u"10.0.12.0/24"_s, u"10.0.13.0/24"_s}));
    // The whole design still validates: no overlaps, all inside the VPC.
    const QList<Diagnostic> diagnostics = Validator::validate(*m_doc);
    for (const Diagnostic &d : diagnostics)
        qWarning("%s", qPrintable(d.format()));
    QVERIFY(diagnostics.isEmpty());

    // A second VPC with its own block gets blocks from that block.
    const QString vpc = m_editor->addResource(ResourceType::Vpc, {});
    QVERIFY(m_editor->setProperty(vpc, u"cidr"_s, u"172.16.0.0/16"_s));
    const QString az = m_editor->addResource(ResourceType::AvailabilityZone, vpc);
    const QString s1 = m_editor->addResource(ResourceType::Subnet, az);
    const QString s2 = m_editor->addResource(ResourceType::Subnet, az);
    QCOMPARE(r(s1).string(u"cidr"_s), u"172.16.0.0/24"_s);
    QCOMPARE(r(s2).string(u"cidr"_s), u"172.16.1.0/24"_s);

    // A small VPC: the subnet takes the whole block rather than one that does not fit.
    const QString small = m_editor->addResource(ResourceType::Vpc, {});
    QVERIFY(m_editor->setProperty(small, u"cidr"_s, u"192.168.0.0/26"_s));
    const QString smallAz = m_editor->addResource(ResourceType::AvailabilityZone, small);
    const QString s3 = m_editor->addResource(ResourceType::Subnet, smallAz);
    QCOMPARE(r(s3).string(u"cidr"_s), u"192.168.0.0/26"_s);

    // Undo of the add takes the block back, redo gives the same one.
    begin();
    const QString s4 = m_editor->addResource(ResourceType::Subnet, az);
    QCOMPARE(r(s4).string(u"cidr"_s), u"172.16.2.0/24"_s);
    verifyUndoRedo();
    QCOMPARE(r(s4).string(u"cidr"_s), u"172.16.2.0/24"_s);
}

void TestEditor::addWithIdAndGeometry()
{
    const QRectF rect(40, 50, 104, 80);
    const QString id = m_editor->addResource(ResourceType::Ec2Instance, u"AppB"_s, rect, u"Worker"_s);
    QCOMPARE(id, u"Worker"_s);
    QCOMPARE(m_doc->geometry(id), std::optional<QRectF>(rect));
    verifyUndoRedo();
    QCOMPARE(m_doc->geometry(id), std::optional<QRectF>(rect));
    QCOMPARE(m_editor->undoStack()->count(), 1); // the geometry is part of the same step
}

void TestEditor::removeSecurityGroup()
{
    // WebSg is used by DbSg and CacheSg (rules whose only source is the group), by the launch
    // template and by the instance.
    QCOMPARE(references(*m_doc, u"WebSg"_s),
             (QStringList{u"Admin.securityGroups[-1]."_s, u"CacheSg.inbound[0].group"_s, u"DbSg.inbound[0].group"_s,
                          u"WebLt.securityGroups[-1]."_s}));
    QVERIFY(m_editor->removeResources({u"WebSg"_s}));
    QVERIFY(m_editor->lastError().isEmpty());
    QVERIFY(!m_doc->contains(u"WebSg"_s));
    QVERIFY(references(*m_doc, u"WebSg"_s).isEmpty());
    QVERIFY(r(u"DbSg"_s).rows(u"inbound"_s).isEmpty());    // the rule meant nothing without its group
    QVERIFY(r(u"CacheSg"_s).rows(u"inbound"_s).isEmpty());
    QVERIFY(r(u"Admin"_s).references(u"securityGroups"_s).isEmpty());
    QVERIFY(r(u"WebLt"_s).references(u"securityGroups"_s).isEmpty());
    // The others' rules are untouched.
    QCOMPARE(r(u"LbSg"_s).rows(u"inbound"_s).size(), 1);
    verifyUndoRedo();
    m_editor->undoStack()->undo();
    QCOMPARE(r(u"DbSg"_s).rows(u"inbound"_s).first().toMap().value(u"group"_s).toString(), u"WebSg"_s);
    QCOMPARE(r(u"Admin"_s).references(u"securityGroups"_s), QStringList{u"WebSg"_s});
}

void TestEditor::removeRuleKeepsOtherSource()
{
    // A rule with a CIDR and a group (not valid, but possible while editing) keeps its CIDR;
    // other rules of the same table stay in order.
    QVariantList rules = r(u"DbSg"_s).rows(u"inbound"_s);
    rules.prepend(row({{u"protocol"_s, u"tcp"_s}, {u"fromPort"_s, 1}, {u"toPort"_s, 1}, {u"group"_s, u"WebSg"_s}}));
    rules.append(row({{u"protocol"_s, u"tcp"_s}, {u"fromPort"_s, 2}, {u"toPort"_s, 2}, {u"cidr"_s, u"10.0.0.0/8"_s}, {u"group"_s, u"WebSg"_s}}));
    rules.append(row({{u"protocol"_s, u"tcp"_s}, {u"fromPort"_s, 3}, {u"toPort"_s, 3}, {u"group"_s, u"LbSg"_s}}));
    rules.append(row({{u"protocol"_s, u"tcp"_s}, {u"fromPort"_s, 4}, {u"toPort"_s, 4}, {u"group"_s, u"WebSg"_s}}));
    QVERIFY(m_editor->setProperty(u"DbSg"_s, u"inbound"_s, stored(ResourceType::SecurityGroup, u"inbound"_s, rules)));
    begin();
    QVERIFY(m_editor->removeResources({u"WebSg"_s}));
    const QVariantList left = r(u"DbSg"_s).rows(u"inbound"_s);
    QCOMPARE(left.size(), 2);
    QCOMPARE(left[0].toMap().value(u"fromPort"_s).toLongLong(), 2);
    QCOMPARE(left[0].toMap().value(u"cidr"_s).toString(), u"10.0.0.0/8"_s);
    QVERIFY(!left[0].toMap().contains(u"group"_s));
    QCOMPARE(left[1].toMap().value(u"group"_s).toString(), u"LbSg"_s);
    verifyUndoRedo();
}

void TestEditor::removeInternetGateway()
{
    QVERIFY(m_editor->removeResources({u"Igw"_s}));
    // The route to it goes with it (a route needs a target); other tables keep theirs.
    QVERIFY(r(u"PublicRt"_s).rows(u"routes"_s).isEmpty());
    QCOMPARE(r(u"PrivateRt"_s).rows(u"routes"_s).size(), 1);
    verifyUndoRedo();
    m_editor->undoStack()->undo();
    QCOMPARE(r(u"PublicRt"_s).rows(u"routes"_s).first().toMap().value(u"target"_s).toString(), u"Igw"_s);
}

void TestEditor::removeTargetGroup()
{
    QVERIFY(m_editor->removeResources({u"WebTg"_s}));
    // The listener stays (forwarding to nothing); the ASG no longer registers with the group.
    const QVariantList listeners = r(u"Lb"_s).rows(u"listeners"_s);
    QCOMPARE(listeners.size(), 1);
    QCOMPARE(listeners.first().toMap().value(u"port"_s).toLongLong(), 80);
    QVERIFY(listeners.first().toMap().value(u"targetGroup"_s).toString().isEmpty());
    QVERIFY(r(u"WebAsg"_s).references(u"targetGroups"_s).isEmpty());
    QVERIFY(references(*m_doc, u"WebTg"_s).isEmpty());
    verifyUndoRedo();
}

void TestEditor::removeZoneCascades()
{
    const QStringList inside = m_doc->descendants(u"AzA"_s);
    QCOMPARE(inside, (QStringList{u"PublicA"_s, u"Nat"_s, u"AppA"_s, u"Admin"_s, u"DataA"_s}));
    QVERIFY(m_editor->removeResources({u"AzA"_s}));
    for (const QString &id : inside + QStringList{u"AzA"_s}) {
        QVERIFY2(!m_doc->contains(id), qPrintable(id));
        QVERIFY2(references(*m_doc, id).isEmpty(), qPrintable(id));
    }
    QCOMPARE(r(u"Lb"_s).references(u"subnets"_s), QStringList{u"PublicB"_s});
    QCOMPARE(r(u"WebAsg"_s).references(u"subnets"_s), QStringList{u"AppB"_s});
    QCOMPARE(r(u"Database"_s).references(u"subnets"_s), QStringList{u"DataB"_s});
    QVERIFY(r(u"WebTg"_s).references(u"targets"_s).isEmpty());
    QVERIFY(r(u"NatEip"_s).string(u"associatedWith"_s).isEmpty());
    QVERIFY(r(u"PrivateRt"_s).rows(u"routes"_s).isEmpty());
    QCOMPARE(m_editor->undoStack()->count(), 1);
    verifyUndoRedo();
    // Undo puts the zone and everything inside back where it was, in the same order.
    m_editor->undoStack()->undo();
    QCOMPARE(m_doc->descendants(u"AzA"_s), inside);
    QCOMPARE(r(u"Admin"_s).parent, u"AppA"_s);
}

void TestEditor::removeVpc()
{
    QVERIFY(m_editor->removeResources({u"Vpc"_s}));
    QCOMPARE(m_doc->ids(), (QStringList{u"Internet"_s, u"NatEip"_s, u"WebLt"_s, u"Record"_s}));
    QVERIFY(r(u"Record"_s).string(u"target"_s).isEmpty());
    QVERIFY(r(u"NatEip"_s).string(u"associatedWith"_s).isEmpty());
    QVERIFY(r(u"WebLt"_s).references(u"securityGroups"_s).isEmpty());
    verifyUndoRedo();
}

void TestEditor::removeSeveral()
{
    // Overlapping selections (a zone and a subnet in it) and a duplicate: one step.
    QVERIFY(m_editor->removeResources({u"PublicA"_s, u"AzA"_s, u"Cache"_s, u"PublicA"_s, u"CacheSg"_s}));
    QVERIFY(!m_doc->contains(u"AzA"_s));
    QVERIFY(!m_doc->contains(u"Cache"_s));
    QVERIFY(!m_doc->contains(u"CacheSg"_s));
    QCOMPARE(m_editor->undoStack()->count(), 1);
    verifyUndoRedo();
}

void TestEditor::removeRefused()
{
    verifyRefused(m_editor->removeResources({u"Admin"_s, u"Ghost"_s}));
    QVERIFY(m_editor->lastError().contains(u"Ghost"_s));
    QVERIFY(m_doc->contains(u"Admin"_s));
    // Nothing to remove: nothing to undo.
    QVERIFY(m_editor->removeResources({}));
    QCOMPARE(m_editor->undoStack()->count(), 0);
}

void TestEditor::setProperty()
{
    QVERIFY(m_editor->setProperty(u"WebAsg"_s, u"maxSize"_s, qint64(8)));
    QCOMPARE(r(u"WebAsg"_s).integer(u"maxSize"_s), 8);
    verifyUndoRedo();

    // Tables are properties like any other.
    begin();
    QVariantList routes = r(u"PrivateRt"_s).rows(u"routes"_s);
    routes.append(row({{u"destination"_s, u"192.168.0.0/16"_s}, {u"target"_s, u"Admin"_s}}));
    QVERIFY(m_editor->setProperty(u"PrivateRt"_s, u"routes"_s, routes));
    QCOMPARE(r(u"PrivateRt"_s).rows(u"routes"_s).size(), 2);
    verifyUndoRedo();

    // Setting a dependent property moves the dynamic defaults with it, and undo moves them back.
    begin();
    QCOMPARE(r(u"WebTg"_s).integer(u"healthCheckTimeout"_s), 5);
    QVERIFY(m_editor->setProperty(u"WebTg"_s, u"protocol"_s, u"TCP"_s));
    QCOMPARE(r(u"WebTg"_s).integer(u"healthCheckTimeout"_s), 10);
    verifyUndoRedo();
    m_editor->undoStack()->undo();
    QCOMPARE(r(u"WebTg"_s).integer(u"healthCheckTimeout"_s), 5);
}

void TestEditor::setPropertyMerges()
{
    // Typing 10.0.0.0/16 -> 10.1.0.0/16 one keystroke at a time: one undo step.
    for (const QString &cidr : {u"10.1"_s, u"10.1.0"_s, u"10.1.0.0"_s, u"10.1.0.0/1"_s, u"10.1.0.0/16"_s})
        QVERIFY(m_editor->setProperty(u"Vpc"_s, u"cidr"_s, cidr));
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QCOMPARE(r(u"Vpc"_s).string(u"cidr"_s), u"10.1.0.0/16"_s);
    verifyUndoRedo();
    m_editor->undoStack()->undo();
    QCOMPARE(r(u"Vpc"_s).string(u"cidr"_s), u"10.0.0.0/16"_s);
    m_editor->undoStack()->redo();

    // Names merge the same way.
    begin();
    QVERIFY(m_editor->setName(u"Admin"_s, u"A"_s));
    QVERIFY(m_editor->setName(u"Admin"_s, u"Ad"_s));
    QVERIFY(m_editor->setName(u"Admin"_s, u"Admin box"_s));
    QCOMPARE(m_editor->undoStack()->count(), m_count + 1);
    verifyUndoRedo();
}

void TestEditor::setPropertyNoMergeAcross()
{
    QVERIFY(m_editor->setProperty(u"Vpc"_s, u"cidr"_s, u"10.1.0.0/16"_s));
    QVERIFY(m_editor->setProperty(u"Vpc"_s, u"enableDnsHostnames"_s, true)); // other property
    QVERIFY(m_editor->setProperty(u"WebAsg"_s, u"minSize"_s, qint64(3)));
    QVERIFY(m_editor->setProperty(u"WebAsg"_s, u"maxSize"_s, qint64(6)));
    QVERIFY(m_editor->setProperty(u"WebSg"_s, u"description"_s, u"x"_s));
    QVERIFY(m_editor->setProperty(u"DbSg"_s, u"description"_s, u"x"_s)); // other resource
    QCOMPARE(m_editor->undoStack()->count(), 6);
    // Another command in between ends a merge.
    QVERIFY(m_editor->setProperty(u"Vpc"_s, u"cidr"_s, u"10.2.0.0/16"_s));
    QVERIFY(m_editor->setName(u"Vpc"_s, u"Main"_s));
    QVERIFY(m_editor->setProperty(u"Vpc"_s, u"cidr"_s, u"10.3.0.0/16"_s));
    QCOMPARE(m_editor->undoStack()->count(), 9);
    // So does saving (a clean state is never merged into).
    m_editor->undoStack()->setClean();
    QVERIFY(m_editor->setProperty(u"Vpc"_s, u"cidr"_s, u"10.4.0.0/16"_s));
    QCOMPARE(m_editor->undoStack()->count(), 10);
    m_editor->undoStack()->undo();
    QVERIFY(m_editor->undoStack()->isClean());
    QCOMPARE(r(u"Vpc"_s).string(u"cidr"_s), u"10.3.0.0/16"_s);
    // Undo everything: back to the file we loaded.
    while (m_editor->undoStack()->canUndo())
        m_editor->undoStack()->undo();
    QCOMPARE(text(*m_doc), m_before);
}

void TestEditor::setPropertyUnchanged()
{
    QVERIFY(m_editor->setProperty(u"Vpc"_s, u"cidr"_s, u"10.0.0.0/16"_s)); // the value it has
    QCOMPARE(m_editor->undoStack()->count(), 0);
    QCOMPARE(text(*m_doc), m_before);
}

void TestEditor::setPropertyRefused()
{
    verifyRefused(m_editor->setProperty(u"Vpc"_s, u"listeners"_s, QVariantList()));
    QVERIFY(m_editor->lastError().contains(u"listeners"_s));
    verifyRefused(m_editor->setProperty(u"Ghost"_s, u"cidr"_s, u"10.0.0.0/16"_s));
    QVERIFY(m_editor->lastError().contains(u"Ghost"_s));
    verifyRefused(m_editor->resetProperty(u"Vpc"_s, u"nonsense"_s));
    verifyRefused(m_editor->resetProperty(u"Ghost"_s, u"cidr"_s));
    verifyRefused(m_editor->setName(u"Ghost"_s, u"x"_s));
}

void TestEditor::resetProperty()
{
    QVERIFY(r(u"WebAsg"_s).isSet(u"healthCheckType"_s));
    QVERIFY(m_editor->resetProperty(u"WebAsg"_s, u"healthCheckType"_s));
    QVERIFY(!r(u"WebAsg"_s).isSet(u"healthCheckType"_s));
    QCOMPARE(r(u"WebAsg"_s).string(u"healthCheckType"_s), u"EC2"_s); // the AWS default
    verifyUndoRedo();
    m_editor->undoStack()->undo();
    QCOMPARE(r(u"WebAsg"_s).string(u"healthCheckType"_s), u"ELB"_s);
    m_editor->undoStack()->redo();

    // Resetting what is not set changes nothing and pushes nothing.
    begin();
    QVERIFY(m_editor->resetProperty(u"WebAsg"_s, u"healthCheckType"_s));
    QCOMPARE(m_editor->undoStack()->count(), m_count);
    QCOMPARE(text(*m_doc), m_before);
}

void TestEditor::setName()
{
    QVERIFY(m_editor->setName(u"Database"_s, u"Orders DB"_s));
    QCOMPARE(r(u"Database"_s).displayName(), u"Orders DB"_s);
    verifyUndoRedo();
    m_editor->undoStack()->setClean(); // saved: the next name edit is a step of its own
    begin();
    QVERIFY(m_editor->setName(u"Database"_s, QString())); // back to showing the id
    QCOMPARE(r(u"Database"_s).displayName(), u"Database"_s);
    verifyUndoRedo();
}

void TestEditor::renameId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("newId");
    QTest::newRow("group used in rules and lists") << u"WebSg"_s << u"FrontSg"_s;
    QTest::newRow("zone with children") << u"AzA"_s << u"ZoneA"_s;
    QTest::newRow("subnet with children and users") << u"PublicA"_s << u"EdgeA"_s;
    QTest::newRow("nat used by a route and an eip") << u"Nat"_s << u"NatA"_s;
    QTest::newRow("target group in a listener") << u"WebTg"_s << u"ShopTg"_s;
    QTest::newRow("vpc") << u"Vpc"_s << u"Production"_s;
    QTest::newRow("internet gateway") << u"Igw"_s << u"Gateway"_s;
    QTest::newRow("launch template") << u"WebLt"_s << u"WebTemplate"_s;
    QTest::newRow("instance") << u"Admin"_s << u"Admin2"_s;
    QTest::newRow("unreferenced") << u"Internet"_s << u"Users"_s;
    QTest::newRow("first resource keeps its place") << u"Internet"_s << u"Zzz"_s;
    QTest::newRow("last resource keeps its place") << u"Record"_s << u"Aaa"_s;
}

void TestEditor::renameId()
{
    QFETCH(QString, id);
    QFETCH(QString, newId);
    const int index = m_doc->indexOf(id);
    const auto geometry = m_doc->geometry(id);
    const int uses = int(m_doc->referencesTo(id).size());
    const QStringList kids = m_doc->children(id);
    QVERIFY(m_editor->renameId(id, newId));
    QVERIFY(!m_doc->contains(id));
    QVERIFY(m_doc->contains(newId));
    QCOMPARE(m_doc->indexOf(newId), index);
    QCOMPARE(m_doc->geometry(newId), geometry);
    QVERIFY(references(*m_doc, id).isEmpty());
    QCOMPARE(int(m_doc->referencesTo(newId).size()), uses);
    const QStringList newKids = m_doc->children(newId);
    QCOMPARE(QSet<QString>(newKids.cbegin(), newKids.cend()), QSet<QString>(kids.cbegin(), kids.cend()));
    for (const QString &kid : kids)
        QCOMPARE(r(kid).parent, newId);
    // The file is the old one with the id replaced wherever it stood as a whole string.
    QByteArray expected = m_before;
    expected.replace(QByteArray('"' + id.toUtf8() + '"'), QByteArray('"' + newId.toUtf8() + '"'));
    QCOMPARE(text(*m_doc), expected);
    QVERIFY(Validator::validate(*m_doc).isEmpty());
    verifyUndoRedo();
    m_editor->undoStack()->undo();
    QCOMPARE(m_doc->children(id), kids);
}

void TestEditor::renameIdSelfReference()
{
    // A group admitting its own members refers to itself; the rename follows.
    QVariantList rules = r(u"WebSg"_s).rows(u"inbound"_s);
    rules.append(row({{u"protocol"_s, u"all"_s}, {u"group"_s, u"WebSg"_s}}));
    QVERIFY(m_editor->setProperty(u"WebSg"_s, u"inbound"_s, stored(ResourceType::SecurityGroup, u"inbound"_s, rules)));
    // A read replica of the database.
    QVERIFY(!m_editor->addResource(ResourceType::RdsInstance, u"Vpc"_s, std::nullopt, u"Replica"_s).isEmpty());
    QVERIFY(m_editor->setProperty(u"Replica"_s, u"sourceDb"_s, u"Database"_s));
    begin();
    QVERIFY(m_editor->renameId(u"WebSg"_s, u"FrontSg"_s));
    QCOMPARE(r(u"FrontSg"_s).rows(u"inbound"_s).last().toMap().value(u"group"_s).toString(), u"FrontSg"_s);
    verifyUndoRedo();
    begin();
    QVERIFY(m_editor->renameId(u"Database"_s, u"Primary"_s));
    QCOMPARE(r(u"Replica"_s).string(u"sourceDb"_s), u"Primary"_s);
    verifyUndoRedo();
}

void TestEditor::renameIdRefused_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("newId");
    QTest::addColumn<QString>("reason");
    QTest::newRow("taken") << u"WebSg"_s << u"DbSg"_s << u"already taken"_s;
    QTest::newRow("empty") << u"WebSg"_s << QString() << u"not a valid id"_s;
    QTest::newRow("digit first") << u"WebSg"_s << u"2WebSg"_s << u"not a valid id"_s;
    QTest::newRow("dash") << u"WebSg"_s << u"web-sg"_s << u"not a valid id"_s;
    QTest::newRow("unknown") << u"Ghost"_s << u"Spirit"_s << u"Ghost"_s;
}

void TestEditor::renameIdRefused()
{
    QFETCH(QString, id);
    QFETCH(QString, newId);
    QFETCH(QString, reason);
    verifyRefused(m_editor->renameId(id, newId));
    QVERIFY2(m_editor->lastError().contains(reason), qPrintable(m_editor->lastError()));
    // The same id: nothing to do, and that is fine.
    QVERIFY(m_editor->renameId(u"WebSg"_s, u"WebSg"_s));
    QCOMPARE(m_editor->undoStack()->count(), 0);
}

void TestEditor::reparent()
{
    QVERIFY(m_editor->reparent(u"Admin"_s, u"AppB"_s));
    QCOMPARE(r(u"Admin"_s).parent, u"AppB"_s);
    QCOMPARE(m_doc->zoneOf(u"Admin"_s), u"us-east-1b"_s);
    verifyUndoRedo();

    // With new geometry: one step.
    begin();
    const QRectF rect(20, 30, 104, 80);
    QVERIFY(m_editor->reparent(u"Admin"_s, u"PublicA"_s, rect));
    QCOMPARE(m_doc->geometry(u"Admin"_s), std::optional<QRectF>(rect));
    verifyUndoRedo();

    // A subnet into the other zone, with what it holds.
    begin();
    QVERIFY(m_editor->reparent(u"DataA"_s, u"AzB"_s));
    QCOMPARE(m_doc->zoneOf(u"DataA"_s), u"us-east-1b"_s);
    verifyUndoRedo();

    // A zone into another VPC.
    const QString vpc = m_editor->addResource(ResourceType::Vpc, {});
    begin();
    QVERIFY(m_editor->reparent(u"AzB"_s, vpc));
    QCOMPARE(m_doc->vpcOf(u"PublicB"_s), vpc);
    verifyUndoRedo();
}

void TestEditor::reparentRefused_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("reason");
    QTest::newRow("subnet outside a zone") << u"AppA"_s << u"Vpc"_s << u"Availability Zone"_s;
    QTest::newRow("subnet at top level") << u"AppA"_s << QString() << u"Availability Zone"_s;
    QTest::newRow("database in a subnet") << u"Database"_s << u"DataA"_s << u"VPC"_s;
    QTest::newRow("instance in a vpc") << u"Admin"_s << u"Vpc"_s << u"Subnet"_s;
    QTest::newRow("instance in a zone") << u"Admin"_s << u"AzA"_s << u"Subnet"_s;
    QTest::newRow("instance at top level") << u"Admin"_s << QString() << u"Subnet"_s;
    QTest::newRow("vpc into itself") << u"Vpc"_s << u"Vpc"_s << u"outside every container"_s;
    QTest::newRow("zone into its subnet") << u"AzA"_s << u"AppA"_s << u"VPC"_s;
    QTest::newRow("eip into a subnet") << u"NatEip"_s << u"PublicA"_s << u"outside every container"_s;
    QTest::newRow("unknown parent") << u"Admin"_s << u"Ghost"_s << u"Ghost"_s;
    QTest::newRow("unknown resource") << u"Ghost"_s << u"AppA"_s << u"Ghost"_s;
}

void TestEditor::reparentRefused()
{
    QFETCH(QString, id);
    QFETCH(QString, parent);
    QFETCH(QString, reason);
    verifyRefused(m_editor->reparent(id, parent, QRectF(1, 2, 3, 4)));
    QVERIFY2(m_editor->lastError().contains(reason), qPrintable(m_editor->lastError()));
}

void TestEditor::setGeometry()
{
    QHash<QString, QRectF> moves;
    moves.insert(u"Admin"_s, QRectF(200, 40, 104, 80));   // had geometry
    moves.insert(u"Database"_s, QRectF(10, 500, 104, 80)); // had none
    moves.insert(u"Vpc"_s, QRectF(0, 120, 1200, 800));
    QVERIFY(m_editor->setGeometry(moves, u"Move 3 items"_s));
    for (auto it = moves.cbegin(); it != moves.cend(); ++it)
        QCOMPARE(m_doc->geometry(it.key()), std::optional<QRectF>(it.value()));
    QCOMPARE(m_editor->undoStack()->undoText(), u"Move 3 items"_s);
    verifyUndoRedo();
    m_editor->undoStack()->undo();
    QCOMPARE(m_doc->geometry(u"Database"_s), std::nullopt);
    QCOMPARE(m_doc->geometry(u"Admin"_s), std::optional<QRectF>(QRectF(16, 28, 104, 80)));
    // Moving to where it is: nothing to undo.
    begin();
    QVERIFY(m_editor->setGeometry({{u"Admin"_s, QRectF(16, 28, 104, 80)}}));
    QCOMPARE(m_editor->undoStack()->count(), m_count);
}

void TestEditor::setGeometryRefused()
{
    verifyRefused(m_editor->setGeometry({{u"Admin"_s, QRectF(1, 1, 1, 1)}, {u"Ghost"_s, QRectF(2, 2, 2, 2)}}));
    QCOMPARE(m_doc->geometry(u"Admin"_s), std::optional<QRectF>(QRectF(16, 28, 104, 80)));
}

void TestEditor::longSession()
{
    // A session of mixed edits: undoing all gives the loaded file back, redoing all the final one,
    // and every intermediate state is reproduced on the way.
    QList<QByteArray> states{text(*m_doc)};
    auto step = [&](bool ok) {
        QVERIFY(ok);
        states.append(text(*m_doc));
    };
    const QString vpc = m_editor->addResource(ResourceType::Vpc, {}, QRectF(0, 900, 600, 400));
    step(!vpc.isEmpty());
    const QString az = m_editor->addResource(ResourceType::AvailabilityZone, vpc);
    step(!az.isEmpty());
    const QString subnet = m_editor->addResource(ResourceType::Subnet, az);
    step(!subnet.isEmpty());
    step(!m_editor->addResource(ResourceType::Ec2Instance, subnet).isEmpty());
    step(m_editor->renameId(subnet, u"Spare"_s));
    step(m_editor->setProperty(u"Spare"_s, u"mapPublicIpOnLaunch"_s, true));
    step(m_editor->reparent(u"Admin"_s, u"Spare"_s));
    step(m_editor->removeResources({u"WebSg"_s, u"AzB"_s}));
    step(m_editor->renameId(u"Vpc"_s, u"Main"_s));
    step(m_editor->setName(u"Main"_s, u"Main VPC"_s));
    step(m_editor->resetProperty(u"WebAsg"_s, u"minSize"_s));
    step(m_editor->setGeometry({{u"Main"_s, QRectF(5, 5, 5, 5)}}));
    step(m_editor->removeResources({vpc}));
    QUndoStack *stack = m_editor->undoStack();
    QCOMPARE(stack->count(), states.size() - 1);
    for (qsizetype i = states.size() - 1; i > 0; --i) {
        QCOMPARE(text(*m_doc), states[i]);
        stack->undo();
    }
    QCOMPARE(text(*m_doc), states.first());
    for (qsizetype i = 1; i < states.size(); ++i) {
        stack->redo();
        QCOMPARE(text(*m_doc), states[i]);
    }
}

void TestEditor::signalsOnUndo()
{
    QVERIFY(m_editor->removeResources({u"Admin"_s}));
    QSignalSpy added(m_doc.get(), &Document::resourceAdded);
    QSignalSpy removed(m_doc.get(), &Document::resourceRemoved);
    m_editor->undoStack()->undo();
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().first().toString(), u"Admin"_s);
    m_editor->undoStack()->redo();
    QCOMPARE(removed.count(), 1);
    // The command carries the before and after of each touched resource.
    const auto *cmd = static_cast<const ChangeCommand *>(m_editor->undoStack()->command(0));
    QVERIFY(cmd);
    bool sawAdmin = false;
    for (const ResourceChange &c : cmd->changes())
        if (c.id == u"Admin"_s)
            sawAdmin = c.before && !c.after;
    QVERIFY(sawAdmin);
}

void TestEditor::setPropertiesIsOneStep()
{
    // Several resources edited together (the inspector's multi-selection): one step, each one
    // back to its own value on undo; an invalid value is a reset.
    begin();
    QVERIFY(m_editor->setProperties({{u"AppA"_s, u"routeTable"_s, u"PublicRt"_s},
                                     {u"AppB"_s, u"routeTable"_s, u"PublicRt"_s},
                                     {u"PublicA"_s, u"routeTable"_s, QVariant()}}));
    QCOMPARE(m_doc->find(u"AppB"_s)->string(u"routeTable"_s), u"PublicRt"_s);
    QVERIFY(!m_doc->find(u"PublicA"_s)->isSet(u"routeTable"_s));
    verifyUndoRedo();
    // Never merged with the next batch of the same property.
    QVERIFY(m_editor->setProperties({{u"AppA"_s, u"routeTable"_s, u"PrivateRt"_s}}));
    QCOMPARE(m_editor->undoStack()->count(), m_count + 2);
}

void TestEditor::setPropertiesRefused()
{
    // Checked first: one unknown id or property and nothing changes.
    begin();
    verifyRefused(m_editor->setProperties({{u"AppA"_s, u"routeTable"_s, u"PublicRt"_s}, {u"Ghost"_s, u"routeTable"_s, u"PublicRt"_s}}));
    begin();
    verifyRefused(m_editor->setProperties({{u"AppA"_s, u"routeTable"_s, u"PublicRt"_s}, {u"Lb"_s, u"routeTable"_s, u"PublicRt"_s}}));
}

void TestEditor::setNames()
{
    begin();
    QVERIFY(m_editor->setNames({u"AppA"_s, u"AppB"_s}, u"App tier"_s));
    QCOMPARE(m_doc->find(u"AppB"_s)->name, u"App tier"_s);
    verifyUndoRedo();
    begin();
    verifyRefused(m_editor->setNames({u"AppA"_s, u"Ghost"_s}, u"x"_s));
}

QTEST_GUILESS_MAIN(TestEditor)
#include "tst_editor.moc"
