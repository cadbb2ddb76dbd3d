// The inspector writes through the Editor (one undo step per action) and never writes an
// invalid value; the Problems panel and badges follow edits; "Can it reach?" answers on the
// three-tier sample.

#include "model/catalogue.h"
#include "model/checker/checker.h"
#include "model/commands/editor.h"
#include "model/document.h"
#include "views/canvas/diagramscene.h"
#include "views/editing/editingsession.h"
#include "views/editing/inspector.h"
#include "views/editing/livefindings.h"
#include "views/shell/mainwindow.h"
#include "views/editing/findingsoverlay.h"
#include "views/editing/reachoverlay.h"
#include "views/editing/reachtool.h"
#include "views/editing/ruletableeditor.h"
#include "views/workbench/documentsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include "model/validator.h"

using namespace Qt::StringLiterals;
using namespace skydraft;

namespace {

/// Types `text` into a line edit and leaves it, as a user would.
void type(QWidget *field, const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(field);
    QVERIFY(edit);
    edit->setText(text);
    Q_EMIT edit->editingFinished();
}

bool problemsMention(MainWindow &w, const QString &rule, const QString &component)
{
    const QAbstractItemModel *problems = w.problems()->model();
    for (int i = 0; i < problems->rowCount(); ++i) {
        const QModelIndex item = problems->index(i, 0);
        if (item.data(Qt::UserRole + 1).toString() == rule && item.data(Qt::UserRole).toString() == component)
            return true;
    }
    return false;
}

} // namespace

class TestGuiInspector : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> open()
    {
        auto w = std::make_unique<MainWindow>();
        if (!w->openFile(MainWindow::defaultSamplePath()))
            return nullptr;
        return w;
    }
    /// Lets the inspector rebuild after an edit (it does so on a 0 ms timer).
    static void settle() { QCoreApplication::processEvents(); }

private Q_SLOTS:
    void init()
    {
        QCoreApplication::setOrganizationName(u"SkyDraftTest"_s);
        QCoreApplication::setApplicationName(u"tst_gui_inspector"_s);
    }

    void showsEveryApplicablePropertyWithItsDefault()
    {
        auto w = open();
        QVERIFY(w);
        Inspector *inspector = w->editing()->inspector();
        w->editing()->select({u"WebTargetGroup"_s});
        QCOMPARE(inspector->selection(), QStringList{u"WebTargetGroup"_s});
        const Resource *tg = w->document()->find(u"WebTargetGroup"_s);
        for (const PropertySpec &spec : Catalogue::spec(ResourceType::TargetGroup).properties)
            QCOMPARE(inspector->field(spec.key) != nullptr, spec.appliesTo(*tg));
        // Unset values show the AWS default as the placeholder.
        auto *interval = qobject_cast<QLineEdit *>(inspector->field(u"healthCheckInterval"_s));
        QVERIFY(interval);
        QVERIFY(interval->text().isEmpty());
        QVERIFY(interval->placeholderText().contains(u"30"_s));
        QCOMPARE(qobject_cast<QLineEdit *>(inspector->field(u"id"_s))->text(), u"WebTargetGroup"_s);
    }

    void editWritesTheModelAndUndoes()
    {
        auto w = open();
        QVERIFY(w);
        Inspector *inspector = w->editing()->inspector();
        QUndoStack *stack = w->editor()->undoStack();
        w->editing()->select({u"WebTargetGroup"_s});
        const int steps = stack->count();
        type(inspector->field(u"healthCheckInterval"_s), u"10"_s);
        QCOMPARE(w->document()->find(u"WebTargetGroup"_s)->integer(u"healthCheckInterval"_s), 10);
        QCOMPARE(stack->count(), steps + 1);
        settle();
        // A second edit of the same field is a second step (each user action is one).
        type(inspector->field(u"healthCheckInterval"_s), u"15"_s);
        QCOMPARE(stack->count(), steps + 2);
        stack->undo();
        QCOMPARE(w->document()->find(u"WebTargetGroup"_s)->integer(u"healthCheckInterval"_s), 10);
        stack->undo();
        QVERIFY(!w->document()->find(u"WebTargetGroup"_s)->isSet(u"healthCheckInterval"_s));
        settle();
        QVERIFY(qobject_cast<QLineEdit *>(inspector->field(u"healthCheckInterval"_s))->text().isEmpty());

        // Undo brings the user back to what it changed: the target group is selected again,
        // and the inspector shows the value it restored.
        type(inspector->field(u"healthCheckInterval"_s), u"20"_s);
        w->editing()->select({u"WebLoadBalancer"_s});
        settle();
        stack->undo();
        settle();
        QCOMPARE(w->editing()->selectedIds(), QStringList{u"WebTargetGroup"_s});
        QCOMPARE(inspector->selection(), QStringList{u"WebTargetGroup"_s});
        QVERIFY(qobject_cast<QLineEdit *>(inspector->field(u"healthCheckInterval"_s))->text().isEmpty());
        w->editing()->select({u"WebLoadBalancer"_s});
        stack->redo();
        settle();
        QCOMPARE(w->editing()->selectedIds(), QStringList{u"WebTargetGroup"_s});
        QCOMPARE(qobject_cast<QLineEdit *>(inspector->field(u"healthCheckInterval"_s))->text(), u"20"_s);
        stack->undo();
        settle();

        // A choice, and a visibility that follows it (the path only means something for HTTP).
        auto *protocol = qobject_cast<QComboBox *>(inspector->field(u"protocol"_s));
        QVERIFY(protocol);
        QVERIFY(inspector->field(u"healthCheckPath"_s));
        protocol->setCurrentIndex(protocol->findData(u"TCP"_s));
        Q_EMIT protocol->activated(protocol->currentIndex());
        QCOMPARE(w->document()->find(u"WebTargetGroup"_s)->string(u"protocol"_s), u"TCP"_s);
        settle();
        QVERIFY(!inspector->field(u"healthCheckPath"_s));
    }

    // Issue 14: a VPC's IPv6 block and a subnet's /64 of it are edited like any property, and
    // the validator says at once what AWS would refuse.
    void ipv6BlocksAreEditable()
    {
        auto w = open();
        QVERIFY(w);
        Inspector *inspector = w->editing()->inspector();
        w->editing()->select({u"AppSubnetA"_s});
        QVERIFY(inspector->field(u"assignIpv6OnCreation"_s));
        type(inspector->field(u"ipv6Block"_s), u"vpc:3"_s);
        QCOMPARE(w->document()->find(u"AppSubnetA"_s)->string(u"ipv6Block"_s), u"vpc:3"_s);
        auto refused = [&] {
            for (const Diagnostic &d : Validator::validate(*w->document()))
                if (d.resourceId == u"AppSubnetA"_s && d.message.contains(u"has none"_s))
                    return true;
            return false;
        };
        QVERIFY(refused());
        settle();
        w->editing()->select({u"Vpc"_s});
        settle();
        type(inspector->field(u"ipv6Block"_s), u"amazon-provided"_s);
        QCOMPARE(w->document()->find(u"Vpc"_s)->string(u"ipv6Block"_s), u"amazon-provided"_s);
        QVERIFY(!refused());
    }

    void invalidValueIsNotWritten_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::newRow("bad CIDR") << u"PublicSubnetA"_s << u"cidr"_s << u"10.0.0.300/24"_s;
        QTest::newRow("host bits") << u"PublicSubnetA"_s << u"cidr"_s << u"10.0.0.5/24"_s;
        QTest::newRow("port out of range") << u"WebTargetGroup"_s << u"port"_s << u"70000"_s;
        QTest::newRow("not a number") << u"WebTargetGroup"_s << u"port"_s << u"http"_s;
        QTest::newRow("id taken") << u"WebTargetGroup"_s << u"id"_s << u"Database"_s;
        QTest::newRow("id syntax") << u"WebTargetGroup"_s << u"id"_s << u"web-tg"_s;
    }
    void invalidValueIsNotWritten()
    {
        QFETCH(QString, id);
        QFETCH(QString, key);
        QFETCH(QString, text);
        auto w = open();
        QVERIFY(w);
        Inspector *inspector = w->editing()->inspector();
        w->editing()->select({id});
        const Resource before = *w->document()->find(id);
        const int steps = w->editor()->undoStack()->count();
        auto *edit = qobject_cast<QLineEdit *>(inspector->field(key));
        QVERIFY(edit);
        edit->setText(text);
        Q_EMIT edit->textEdited(text);
        QVERIFY2(!inspector->fieldError(key).isEmpty(), qPrintable(key));
        Q_EMIT edit->editingFinished();
        QCOMPARE(w->editor()->undoStack()->count(), steps);
        QVERIFY(w->document()->contains(id));
        QCOMPARE(*w->document()->find(id), before);
    }

    void renameIdThroughTheInspector()
    {
        auto w = open();
        QVERIFY(w);
        w->editing()->select({u"DatabaseSecurityGroup"_s});
        type(w->editing()->inspector()->field(u"id"_s), u"DbSg"_s);
        QVERIFY(w->document()->contains(u"DbSg"_s));
        QCOMPARE(w->document()->find(u"Database"_s)->references(u"securityGroups"_s), QStringList{u"DbSg"_s});
        QCOMPARE(w->editing()->selectedIds(), QStringList{u"DbSg"_s}); // still the one inspected
        w->editor()->undoStack()->undo();
        QVERIFY(w->document()->contains(u"DatabaseSecurityGroup"_s));
    }

    // An imported template's own names: a rename onto one is refused, and said under the
    // field (not only in the status bar), the design unchanged.
    void renameOntoATemplateNameIsSaidAtTheField()
    {
        auto w = std::make_unique<MainWindow>();
        QVERIFY(w->openFile(QStringLiteral(SKYDRAFT_FIXTURES_DIR) + u"/cloudformation/alb-path-host-rules.yaml"_s));
        Inspector *inspector = w->editing()->inspector();
        w->editing()->select({u"LoadBalancer"_s});
        const int steps = w->editor()->undoStack()->count();
        type(inspector->field(u"id"_s), u"GatewayAttachment"_s); // the template's attachment, folded in
        QVERIFY(w->document()->contains(u"LoadBalancer"_s));
        QCOMPARE(w->editor()->undoStack()->count(), steps);
        QVERIFY2(inspector->fieldError(u"id"_s).contains(u"imported template"_s), qPrintable(inspector->fieldError(u"id"_s)));
    }

    void ruleTableEditsSecurityGroupsAndAcls()
    {
        auto w = open();
        QVERIFY(w);
        Inspector *inspector = w->editing()->inspector();
        QUndoStack *stack = w->editor()->undoStack();
        w->editing()->select({u"DatabaseSecurityGroup"_s});
        auto *inbound = qobject_cast<RuleTableEditor *>(inspector->field(u"inbound"_s));
        QVERIFY(inbound);
        QCOMPARE(inbound->table()->rowCount(), 1);
        const int steps = stack->count();
        inbound->setCellText(0, u"fromPort"_s, u"99999"_s); // refused: nothing written
        QVERIFY(!inbound->error().isEmpty());
        QCOMPARE(stack->count(), steps);
        inbound->setCellText(0, u"fromPort"_s, u"3300"_s);
        QVERIFY(inbound->error().isEmpty());
        QCOMPARE(stack->count(), steps + 1);
        QCOMPARE(w->document()->find(u"DatabaseSecurityGroup"_s)->rows(u"inbound"_s).first().toMap().value(u"fromPort"_s).toLongLong(), 3300);
        stack->undo();
        QCOMPARE(w->document()->find(u"DatabaseSecurityGroup"_s)->rows(u"inbound"_s).first().toMap().value(u"fromPort"_s).toLongLong(), 3306);
        settle();
        // The same table shows the value undone.
        QCOMPARE(inspector->field(u"inbound"_s), inbound);
        const PropertySpec *inboundSpec = Catalogue::property(ResourceType::SecurityGroup, u"inbound"_s);
        const int fromPort = int(std::find_if(inboundSpec->columns.begin(), inboundSpec->columns.end(),
                                              [](const PropertySpec &c) { return c.key == u"fromPort"_s; })
                                 - inboundSpec->columns.begin());
        QCOMPARE(inbound->table()->item(0, fromPort)->text(), u"3306"_s);

        // A network ACL: entries numbered, allow or deny; a new entry takes the next number.
        const QString acl = w->editor()->addResource(ResourceType::NetworkAcl, u"Vpc"_s, QRectF(700, 600, 120, 96));
        w->editing()->select({acl});
        auto *entries = qobject_cast<RuleTableEditor *>(inspector->field(u"inbound"_s));
        QVERIFY(entries);
        entries->addRow();
        entries->addRow();
        QVariantList rows = w->document()->find(acl)->rows(u"inbound"_s);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].toMap().value(u"rule"_s).toLongLong(), 100);
        QCOMPARE(rows[1].toMap().value(u"rule"_s).toLongLong(), 200);
        entries->setCellText(1, u"action"_s, u"deny"_s);
        entries->setCellText(1, u"cidr"_s, u"10.0.0.0/33"_s); // refused
        QVERIFY(entries->error().contains(u"Row 2"_s));
        rows = w->document()->find(acl)->rows(u"inbound"_s);
        QCOMPARE(rows[1].toMap().value(u"action"_s).toString(), u"deny"_s);
        QCOMPARE(rows[1].toMap().value(u"cidr"_s).toString(), u"0.0.0.0/0"_s);
    }

    // A step scaling policy's steps: a table under the policies, for the current policy, only
    // while it is a step scaling policy; each edit is one undo step of the group.
    void stepScalingStepsAreATableOfTheirOwn()
    {
        auto w = open();
        QVERIFY(w);
        Inspector *inspector = w->editing()->inspector();
        QUndoStack *stack = w->editor()->undoStack();
        const QString group = u"WebServerGroup"_s;
        const auto policies = [&] { return w->document()->find(group)->rows(u"scalingPolicies"_s); };
        w->editing()->select({group});
        auto *table = qobject_cast<RuleTableEditor *>(inspector->field(u"scalingPolicies"_s));
        QVERIFY(table);
        const int before = int(policies().size());
        const int edits = stack->count();
        table->addRow();
        settle();
        table = qobject_cast<RuleTableEditor *>(inspector->field(u"scalingPolicies"_s));
        QVERIFY(table);
        const int row = before;
        table->table()->setCurrentCell(row, 0);
        table->setCellText(row, u"name"_s, u"steps"_s);
        QVERIFY(!table->nestedEditor(u"steps"_s)); // target tracking: no steps
        table->setCellText(row, u"policyType"_s, u"StepScaling"_s);
        settle();
        table = qobject_cast<RuleTableEditor *>(inspector->field(u"scalingPolicies"_s));
        table->table()->setCurrentCell(row, 0);
        RuleTableEditor *steps = table->nestedEditor(u"steps"_s);
        QVERIFY(steps);
        QCOMPARE(steps->table()->rowCount(), 0);
        steps->addRow();
        steps->setCellText(0, u"lowerBound"_s, u"0"_s);
        steps->setCellText(0, u"upperBound"_s, u"20"_s);
        steps->addRow();
        steps->setCellText(1, u"lowerBound"_s, u"20"_s);
        steps->setCellText(1, u"scalingAdjustment"_s, u"3"_s);
        QVERIFY(steps->error().isEmpty());
        QVariantList written = policies()[row].toMap().value(u"steps"_s).toList();
        QCOMPARE(written.size(), 2);
        QCOMPARE(written[0].toMap().value(u"upperBound"_s).toLongLong(), 20);
        QVERIFY(!written[1].toMap().contains(u"upperBound"_s)); // open-ended
        QCOMPARE(written[1].toMap().value(u"scalingAdjustment"_s).toLongLong(), 3);
        QCOMPARE(policies()[row].toMap().value(u"name"_s).toString(), u"steps"_s); // the rest of the row is kept
        // Adding a policy and filling it in, steps included, is one undo step (one table edit).
        QCOMPARE(stack->count(), edits + 1);
        steps->setCellText(1, u"lowerBound"_s, u"x"_s); // refused: nothing written
        QVERIFY(!steps->error().isEmpty());
        QCOMPARE(policies()[row].toMap().value(u"steps"_s).toList().size(), 2);
        stack->undo();
        QCOMPARE(int(policies().size()), before);
        stack->redo();
        QCOMPARE(policies()[row].toMap().value(u"steps"_s).toList().size(), 2);
    }

    // Issue 14: an ALB's listener rules are a table of the inspector; a row added and a cell
    // edited are commands on the undo stack.
    void listenerRulesTableEditsAndUndoes()
    {
        auto w = open();
        QVERIFY(w);
        Inspector *inspector = w->editing()->inspector();
        QUndoStack *stack = w->editor()->undoStack();
        w->editing()->select({u"WebLoadBalancer"_s});
        auto *rules = qobject_cast<RuleTableEditor *>(inspector->field(u"rules"_s));
        QVERIFY(rules);
        QCOMPARE(rules->table()->rowCount(), 0);
        const int steps = stack->count();
        rules->addRow();
        settle();
        QCOMPARE(stack->count(), steps + 1);
        rules = qobject_cast<RuleTableEditor *>(inspector->field(u"rules"_s));
        QVERIFY(rules);
        rules->setCellText(0, u"paths"_s, u"/api/*"_s);
        settle();
        rules->setCellText(0, u"priority"_s, u"10"_s);
        settle();
        QVERIFY(rules->error().isEmpty());
        const int edited = stack->count(); // edits of one property in a row may merge
        QVERIFY(edited > steps && edited <= steps + 3);
        auto row = [&w] { return w->document()->find(u"WebLoadBalancer"_s)->rows(u"rules"_s).value(0).toMap(); };
        QCOMPARE(row().value(u"paths"_s).toString(), u"/api/*"_s);
        QCOMPARE(row().value(u"priority"_s).toLongLong(), 10);
        rules->setCellText(0, u"priority"_s, u"60000"_s); // refused: beyond 50000
        QVERIFY(!rules->error().isEmpty());
        QCOMPARE(stack->count(), edited);
        QCOMPARE(row().value(u"priority"_s).toLongLong(), 10);
        // Undo takes it all back, redo brings the row again.
        while (stack->index() > steps)
            stack->undo();
        QVERIFY(w->document()->find(u"WebLoadBalancer"_s)->rows(u"rules"_s).isEmpty());
        stack->redo();
        QCOMPARE(w->document()->find(u"WebLoadBalancer"_s)->rows(u"rules"_s).size(), 1);
    }

    void aNewSecurityGroupRuleStartsFromHttpAndAsksForItsSource()
    {
        auto w = open();
        QVERIFY(w);
        w->resize(1400, 900);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        Inspector *inspector = w->editing()->inspector();
        const QString sg = w->editor()->addResource(ResourceType::SecurityGroup, u"Vpc"_s, QRectF(700, 600, 120, 96));
        w->editing()->select({sg});
        auto *inbound = qobject_cast<RuleTableEditor *>(inspector->field(u"inbound"_s));
        QVERIFY(inbound);
        QCOMPARE(inbound->table()->rowCount(), 0);
        auto *add = inbound->findChild<QPushButton *>(u"addRow"_s);
        QVERIFY(add);
        QSignalSpy edited(inbound, &RuleTableEditor::rowsEdited);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(edited.size(), 1);
        QVariantMap rule = w->document()->find(sg)->rows(u"inbound"_s).value(0).toMap();
        QCOMPARE(rule.value(u"protocol"_s).toString(), u"tcp"_s); // HTTP, not every port
        QCOMPARE(rule.value(u"fromPort"_s).toLongLong(), 80);
        QCOMPARE(rule.value(u"toPort"_s).toLongLong(), 80);
        // The source cell is being edited: typing goes there.
        const PropertySpec *spec = Catalogue::property(ResourceType::SecurityGroup, u"inbound"_s);
        const int cidr = int(spec->column(u"cidr"_s) - spec->columns.data());
        QCOMPARE(inbound->table()->currentRow(), 0);
        QCOMPARE(inbound->table()->currentColumn(), cidr);
        QCOMPARE(inspector->field(u"inbound"_s), inbound);
        auto *editor = inbound->table()->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor && editor->isVisible()); // open on the source cell
        QTest::keyClicks(editor, u"203.0.113.0/24"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(w->document()->find(sg)->rows(u"inbound"_s).value(0).toMap().value(u"cidr"_s).toString(), u"203.0.113.0/24"_s);
        // The next rule starts from the previous one's protocol and ports.
        inbound->setCellText(0, u"fromPort"_s, u"443"_s);
        inbound->setCellText(0, u"toPort"_s, u"443"_s);
        QTest::mouseClick(add, Qt::LeftButton);
        rule = w->document()->find(sg)->rows(u"inbound"_s).value(1).toMap();
        QCOMPARE(rule.value(u"protocol"_s).toString(), u"tcp"_s);
        QCOMPARE(rule.value(u"fromPort"_s).toLongLong(), 443);
        QCOMPARE(rule.value(u"toPort"_s).toLongLong(), 443);
        QCOMPARE(inbound->table()->currentRow(), 1);
        QCOMPARE(inbound->table()->currentColumn(), cidr);
    }

    void severalOfOneTypeAreEditedTogether()
    {
        auto w = open();
        QVERIFY(w);
        Inspector *inspector = w->editing()->inspector();
        QUndoStack *stack = w->editor()->undoStack();
        const QStringList subnets{u"PublicSubnetA"_s, u"AppSubnetA"_s, u"DataSubnetA"_s};
        w->editing()->select(subnets);
        QCOMPARE(inspector->selection(), subnets);
        const auto doc = [&w](const QString &id) { return w->document()->find(id); };
        // Every subnet property is there; the id cannot be typed with several selected.
        for (const PropertySpec &spec : Catalogue::spec(ResourceType::Subnet).properties)
            QVERIFY2(inspector->field(spec.key), qPrintable(spec.key));
        QVERIFY(!qobject_cast<QLineEdit *>(inspector->field(u"id"_s)));

        // Values that differ show as mixed.
        auto *cidr = qobject_cast<QLineEdit *>(inspector->field(u"cidr"_s));
        QVERIFY(cidr);
        QVERIFY(cidr->text().isEmpty());
        QCOMPARE(cidr->placeholderText(), u"(mixed)"_s);
        auto *routeTable = qobject_cast<QComboBox *>(inspector->field(u"routeTable"_s));
        QVERIFY(routeTable);
        QCOMPARE(routeTable->currentIndex(), -1);
        QCOMPARE(routeTable->placeholderText(), u"(mixed)"_s);
        QVERIFY(qobject_cast<QLineEdit *>(inspector->field(u"name"_s))->placeholderText() == u"(mixed)"_s);

        // One choice writes all three, as one undo step that restores each one's own value.
        const int steps = stack->index();
        routeTable->setCurrentIndex(routeTable->findData(u"MainRouteTable"_s));
        Q_EMIT routeTable->activated(routeTable->currentIndex());
        for (const QString &id : subnets)
            QCOMPARE(doc(id)->string(u"routeTable"_s), u"MainRouteTable"_s);
        QCOMPARE(stack->index(), steps + 1);
        settle();
        QCOMPARE(routeTable->currentData().toString(), u"MainRouteTable"_s); // no longer mixed
        stack->undo();
        QCOMPARE(doc(u"PublicSubnetA"_s)->string(u"routeTable"_s), u"PublicRouteTable"_s);
        QCOMPARE(doc(u"AppSubnetA"_s)->string(u"routeTable"_s), u"PrivateRouteTableA"_s);
        QVERIFY(!doc(u"DataSubnetA"_s)->isSet(u"routeTable"_s));
        settle();
        QCOMPARE(routeTable->currentIndex(), -1); // mixed again, in the same field

        // A check box, clicked as a user does.
        auto *publicIp = qobject_cast<QCheckBox *>(inspector->field(u"mapPublicIpOnLaunch"_s));
        QVERIFY(publicIp);
        QTest::mouseClick(publicIp, Qt::LeftButton, {}, QPoint(publicIp->height() / 2, publicIp->height() / 2));
        for (const QString &id : subnets)
            QVERIFY(doc(id)->boolean(u"mapPublicIpOnLaunch"_s));
        QCOMPARE(stack->index(), steps + 1);
        stack->undo();
        for (const QString &id : subnets)
            QVERIFY(!doc(id)->isSet(u"mapPublicIpOnLaunch"_s));

        // A bad CIDR for three subnets writes nothing and says why; a name goes to all three.
        cidr->setText(u"10.0.0.0/33"_s);
        QVERIFY(!inspector->fieldError(u"cidr"_s).isEmpty());
        Q_EMIT cidr->editingFinished();
        QCOMPARE(stack->index(), steps);
        QCOMPARE(doc(u"AppSubnetA"_s)->string(u"cidr"_s), u"10.0.10.0/24"_s);
        type(inspector->field(u"name"_s), u"Zone A subnet"_s);
        QCOMPARE(stack->index(), steps + 1);
        for (const QString &id : subnets)
            QCOMPARE(doc(id)->name, u"Zone A subnet"_s);
    }

    void mixedTypesShareWhatTheyHaveInCommon()
    {
        auto w = open();
        QVERIFY(w);
        Inspector *inspector = w->editing()->inspector();
        QUndoStack *stack = w->editor()->undoStack();
        w->editing()->select({u"WebLoadBalancer"_s, u"Database"_s});
        QVERIFY(inspector->field(u"name"_s));
        QVERIFY(!inspector->field(u"engine"_s));  // the database's own
        QVERIFY(!inspector->field(u"listeners"_s)); // the load balancer's own
        auto *groups = qobject_cast<QListWidget *>(inspector->field(u"securityGroups"_s));
        QVERIFY(groups);
        const auto item = [groups](const QString &id) -> QListWidgetItem * {
            for (int i = 0; i < groups->count(); ++i)
                if (groups->item(i)->data(Qt::UserRole).toString() == id)
                    return groups->item(i);
            return nullptr;
        };
        QVERIFY(item(u"LoadBalancerSecurityGroup"_s) && item(u"DatabaseSecurityGroup"_s) && item(u"WebSecurityGroup"_s));
        QCOMPARE(item(u"LoadBalancerSecurityGroup"_s)->checkState(), Qt::PartiallyChecked);
        QCOMPARE(item(u"WebSecurityGroup"_s)->checkState(), Qt::Unchecked);
        const int steps = stack->count();
        item(u"WebSecurityGroup"_s)->setCheckState(Qt::Checked);
        QCOMPARE(stack->count(), steps + 1);
        // Added to each, each keeping its own groups.
        QCOMPARE(w->document()->find(u"WebLoadBalancer"_s)->references(u"securityGroups"_s),
                 (QStringList{u"LoadBalancerSecurityGroup"_s, u"WebSecurityGroup"_s}));
        QCOMPARE(w->document()->find(u"Database"_s)->references(u"securityGroups"_s),
                 (QStringList{u"DatabaseSecurityGroup"_s, u"WebSecurityGroup"_s}));
        stack->undo();
        QCOMPARE(w->document()->find(u"Database"_s)->references(u"securityGroups"_s), QStringList{u"DatabaseSecurityGroup"_s});

        // Two security groups: their rules differ, so the table is not offered to overwrite both.
        w->editing()->select({u"WebSecurityGroup"_s, u"DatabaseSecurityGroup"_s});
        QVERIFY(!qobject_cast<RuleTableEditor *>(inspector->field(u"inbound"_s)));
        QVERIFY(qobject_cast<RuleTableEditor *>(inspector->field(u"outbound"_s))); // the same default
    }

    void typingSurvivesOtherChanges()
    {
        auto w = open();
        QVERIFY(w);
        w->show();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        Inspector *inspector = w->editing()->inspector();
        QUndoStack *stack = w->editor()->undoStack();
        w->editing()->select({u"WebTargetGroup"_s});
        QPointer<QLineEdit> interval = qobject_cast<QLineEdit *>(inspector->field(u"healthCheckInterval"_s));
        QPointer<QWidget> protocol = inspector->field(u"protocol"_s);
        QVERIFY(interval && protocol);
        interval->setFocus();
        QVERIFY(interval->hasFocus());
        QTest::keyClicks(interval, u"1"_s);
        // Another resource edited, then this very property changed elsewhere (the simulator,
        // a script): the half-typed value and the focus stay, in the same field.
        QVERIFY(w->editor()->setProperty(u"Database"_s, u"port"_s, qint64(3307)));
        settle();
        QVERIFY(w->editor()->setProperty(u"WebTargetGroup"_s, u"healthCheckInterval"_s, qint64(20)));
        settle();
        QVERIFY(interval);
        QCOMPARE(inspector->field(u"healthCheckInterval"_s), interval.data());
        QCOMPARE(inspector->field(u"protocol"_s), protocol.data()); // updated in place, not rebuilt
        QCOMPARE(interval->text(), u"1"_s);
        QVERIFY(interval->hasFocus());
        QTest::keyClicks(interval, u"2"_s);
        const int steps = stack->count();
        QTest::keyClick(interval, Qt::Key_Return);
        QCOMPARE(w->document()->find(u"WebTargetGroup"_s)->integer(u"healthCheckInterval"_s), 12);
        QCOMPARE(stack->count(), steps + 1);
        settle();
        // Undo shows the old value in the field, though it still has the focus.
        stack->undo();
        settle();
        QCOMPARE(interval->text(), u"20"_s);
        QVERIFY(interval->hasFocus());
        // An edit from elsewhere now shows at once: nothing is being typed.
        QVERIFY(w->editor()->setProperty(u"WebTargetGroup"_s, u"healthCheckInterval"_s, qint64(25)));
        settle();
        QCOMPARE(interval->text(), u"25"_s);

        // A change that alters the set of fields rebuilds the form: the new field takes over
        // what was being typed, with the focus, and nothing half-typed is committed on the way.
        QTest::keyClicks(interval, u"4"_s);
        const int before = stack->count();
        QVERIFY(w->editor()->setProperty(u"WebTargetGroup"_s, u"protocol"_s, u"TCP"_s)); // no path for TCP
        settle();
        QVERIFY(!inspector->field(u"healthCheckPath"_s));
        auto *rebuilt = qobject_cast<QLineEdit *>(inspector->field(u"healthCheckInterval"_s));
        QVERIFY(rebuilt);
        QCOMPARE(rebuilt->text(), u"254"_s);
        QVERIFY(rebuilt->hasFocus());
        QCOMPARE(stack->count(), before + 1);
        QCOMPARE(w->document()->find(u"WebTargetGroup"_s)->integer(u"healthCheckInterval"_s), 25);
        QTest::keyClick(rebuilt, Qt::Key_Return);
        QCOMPARE(w->document()->find(u"WebTargetGroup"_s)->integer(u"healthCheckInterval"_s), 254);
    }

    void pickersOfferTheSameVpcOnly()
    {
        auto w = open();
        QVERIFY(w);
        Inspector *inspector = w->editing()->inspector();
        Editor *editor = w->editor();
        const QString vpc2 = editor->addResource(ResourceType::Vpc, QString(), QRectF(2000, 0, 600, 400));
        QVERIFY(editor->setProperty(vpc2, u"cidr"_s, u"10.1.0.0/16"_s));
        const QString sg2 = editor->addResource(ResourceType::SecurityGroup, vpc2);
        const QString az2 = editor->addResource(ResourceType::AvailabilityZone, vpc2);
        const QString subnet2 = editor->addResource(ResourceType::Subnet, az2);
        const QString igw2 = editor->addResource(ResourceType::InternetGateway, vpc2);
        QVERIFY(!sg2.isEmpty() && !subnet2.isEmpty() && !igw2.isEmpty());
        const auto listed = [inspector](const QString &key) {
            QStringList ids;
            if (auto *list = qobject_cast<QListWidget *>(inspector->field(key)))
                for (int i = 0; i < list->count(); ++i)
                    ids.append(list->item(i)->data(Qt::UserRole).toString());
            if (auto *combo = qobject_cast<QComboBox *>(inspector->field(key)))
                for (int i = 0; i < combo->count(); ++i)
                    ids.append(combo->itemData(i).toString());
            return ids;
        };
        w->editing()->select({u"WebLoadBalancer"_s});
        QVERIFY(listed(u"securityGroups"_s).contains(u"WebSecurityGroup"_s));
        QVERIFY(!listed(u"securityGroups"_s).contains(sg2));
        QVERIFY(listed(u"subnets"_s).contains(u"PublicSubnetA"_s));
        QVERIFY(!listed(u"subnets"_s).contains(subnet2));
        // A launch template is in no VPC: any group will do.
        w->editing()->select({u"WebServerTemplate"_s});
        QVERIFY(listed(u"securityGroups"_s).contains(sg2));
        // A route's target, in the rule table.
        w->editing()->select({u"PublicRouteTable"_s});
        auto *routes = qobject_cast<RuleTableEditor *>(inspector->field(u"routes"_s));
        QVERIFY(routes);
        auto *target = qobject_cast<QComboBox *>(routes->table()->cellWidget(0, 1));
        QVERIFY(target);
        QVERIFY(target->findData(u"InternetGateway"_s) >= 0);
        QCOMPARE(target->findData(igw2), -1);

        // A group of another VPC already set (an imported design) is shown, marked, and kept.
        QVERIFY(editor->setProperty(u"WebLoadBalancer"_s, u"securityGroups"_s,
                                    QStringList{u"LoadBalancerSecurityGroup"_s, sg2}));
        w->editing()->select({u"WebLoadBalancer"_s});
        auto *groups = qobject_cast<QListWidget *>(inspector->field(u"securityGroups"_s));
        QVERIFY(groups);
        QListWidgetItem *marked = nullptr;
        for (int i = 0; i < groups->count(); ++i)
            if (groups->item(i)->data(Qt::UserRole).toString() == sg2)
                marked = groups->item(i);
        QVERIFY(marked);
        QCOMPARE(marked->checkState(), Qt::Checked);
        QVERIFY(marked->text().contains(u"another VPC"_s));
        // Unticking another group leaves it in place.
        for (int i = 0; i < groups->count(); ++i)
            if (groups->item(i)->data(Qt::UserRole).toString() == u"LoadBalancerSecurityGroup"_s)
                groups->item(i)->setCheckState(Qt::Unchecked);
        QCOMPARE(w->document()->find(u"WebLoadBalancer"_s)->references(u"securityGroups"_s), QStringList{sg2});
    }

    /// Not a check of pixels: leaves a picture of a multi-selection for a person to look at
    /// (INSPECTOR_SHOT=path), and checks that no field is squeezed below its minimum.
    void multiSelectionIsReadable()
    {
        auto w = open();
        QVERIFY(w);
        w->resize(1400, 900);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        Inspector *inspector = w->editing()->inspector();
        w->editing()->select({u"WebLoadBalancer"_s, u"Database"_s});
        settle();
        for (const QString &key : {u"name"_s, u"securityGroups"_s, u"id"_s}) {
            QWidget *f = inspector->field(key);
            QVERIFY2(f && f->isVisible(), qPrintable(key));
            QVERIFY2(f->width() >= f->minimumSizeHint().width(), qPrintable(key));
        }
        if (const QByteArray path = qgetenv("INSPECTOR_SHOT"); !path.isEmpty()) {
            QVERIFY(inspector->grab().save(QString::fromLocal8Bit(path)));
            w->editing()->select({u"PublicSubnetA"_s, u"AppSubnetA"_s, u"DataSubnetA"_s});
            settle();
            QVERIFY(inspector->grab().save(QString::fromLocal8Bit(path).replace(u".png"_s, u"-subnets.png"_s)));
            // A group of another VPC on a load balancer, as an imported design may hold it.
            const QString vpc2 = w->editor()->addResource(ResourceType::Vpc, QString(), QRectF(2000, 0, 600, 400));
            const QString sg2 = w->editor()->addResource(ResourceType::SecurityGroup, vpc2);
            QVERIFY(w->editor()->setProperty(u"WebLoadBalancer"_s, u"securityGroups"_s, QStringList{sg2}));
            w->editing()->select({u"WebLoadBalancer"_s});
            settle();
            QVERIFY(inspector->grab().save(QString::fromLocal8Bit(path).replace(u".png"_s, u"-marked.png"_s)));
        }
    }

    void oneCheckerPerSession()
    {
        // The session owns the design's checker: the Problems list and the reach tool read it,
        // it checks once after a burst of edits, and a new design brings a new checker.
        auto w = open();
        QVERIFY(w);
        DocumentSession *session = w->session();
        QVERIFY(session->checker());
        QSignalSpy checked(session, &DocumentSession::checked);
        const Resource *sg = w->document()->find(u"WebSecurityGroup"_s);
        QVariantList rules = sg->rows(u"inbound"_s);
        rules.append(QVariantMap{{u"protocol"_s, u"tcp"_s}, {u"fromPort"_s, qint64(22)}, {u"toPort"_s, qint64(22)}, {u"cidr"_s, u"0.0.0.0/0"_s}});
        QVERIFY(w->editor()->setProperty(u"WebSecurityGroup"_s, u"inbound"_s, rules));
        QVERIFY(w->editor()->setProperty(u"WebSecurityGroup"_s, u"description"_s, u"web"_s));
        QVERIFY(w->editor()->setProperty(u"WebSecurityGroup"_s, u"description"_s, u"web servers"_s));
        QCOMPARE(checked.size(), 0); // not yet: after the burst
        QCoreApplication::processEvents();
        QCOMPARE(checked.size(), 1);
        QCOMPARE(checked.first().first().toBool(), true); // the SSH lint came
        // The Problems model shows exactly the session checker's findings.
        const QList<Finding> findings = session->checker()->findings();
        QCOMPARE(w->editing()->findings()->findings().size(), findings.size());
        QVERIFY(std::any_of(findings.begin(), findings.end(), [](const Finding &f) { return f.rule == u"open-admin-port"_s; }));
        // The reach tool answers from the same checker, current with an edit not yet checked.
        QVERIFY(w->editor()->setProperty(u"WebSecurityGroup"_s, u"inbound"_s, QVariantList{}));
        const net::ReachResult r = w->editing()->reachTool()->ask(u"WebServerGroup"_s, u"Database"_s, u"tcp"_s, 3306);
        QVERIFY(r.reachable);
        QCOMPARE(checked.size(), 2); // the reach tool's question ran the pending check
        QCoreApplication::processEvents();
        QCOMPARE(checked.size(), 2); // and nothing is left to check
        // A new design: a new checker, and the Problems list follows it at once.
        w->editor()->undoStack()->setClean(); // no "save changes?" question
        QVERIFY(w->openFile(MainWindow::samplePaths().constLast()));
        QCOMPARE(checked.size(), 3);
        QCOMPARE(w->editing()->findings()->findings().size(), session->checker()->findings().size());
    }

    void findingsFollowEdits()
    {
        auto w = open();
        QVERIFY(w);
        LiveFindings *live = w->editing()->findings();
        QVERIFY(!problemsMention(*w, u"open-admin-port"_s, u"WebSecurityGroup"_s));
        // SSH from anywhere on the web servers' group: a lint appears, with a badge.
        const Resource *sg = w->document()->find(u"WebSecurityGroup"_s);
        QVariantList rules = sg->rows(u"inbound"_s);
        rules.append(QVariantMap{{u"protocol"_s, u"tcp"_s}, {u"fromPort"_s, qint64(22)}, {u"toPort"_s, qint64(22)}, {u"cidr"_s, u"0.0.0.0/0"_s}});
        QVERIFY(w->editor()->setProperty(u"WebSecurityGroup"_s, u"inbound"_s, rules));
        live->flush();
        QVERIFY(problemsMention(*w, u"open-admin-port"_s, u"WebSecurityGroup"_s));
        QVERIFY(!w->editing()->findings()->overlay()->findingsOf(u"WebSecurityGroup"_s).isEmpty());
        // Clicking it selects the group on the canvas.
        for (int i = 0; i < w->problems()->model()->rowCount(); ++i)
            if (w->problems()->model()->index(i, 0).data(Qt::UserRole).toString() == u"WebSecurityGroup"_s)
                Q_EMIT w->problems()->clicked(w->problems()->model()->index(i, 0));
        QCOMPARE(w->editing()->selectedIds(), QStringList{u"WebSecurityGroup"_s});
        w->editor()->undoStack()->undo();
        live->flush();
        QVERIFY(!problemsMention(*w, u"open-admin-port"_s, u"WebSecurityGroup"_s));
        QVERIFY(w->editing()->findings()->overlay()->findingsOf(u"WebSecurityGroup"_s).isEmpty());
    }

    void reachToolOnTheThreeTierSample()
    {
        auto w = open();
        QVERIFY(w);
        ReachTool *reach = w->editing()->reachTool();
        QVERIFY(reach->sourceBox()->findData(u"WebServerGroup"_s) >= 0);
        QVERIFY(reach->destinationBox()->findData(u"internet"_s) >= 0);

        // The ends can be taken from the canvas selection.
        w->editing()->select({u"WebServerGroup"_s});
        reach->findChild<QPushButton *>(u"reachFromSelection"_s)->click();
        QCOMPARE(reach->sourceBox()->currentData().toString(), u"WebServerGroup"_s);
        w->editing()->select({u"MainRouteTable"_s}); // no traffic ends at a route table
        QVERIFY(!reach->findChild<QPushButton *>(u"reachToSelection"_s)->isEnabled());
        const net::ReachResult yes = reach->ask(u"WebServerGroup"_s, u"Database"_s, u"tcp"_s, 3306);
        QVERIFY(yes.reachable);
        QVERIFY(reach->verdictText().contains(u"Reachable"_s));
        QVERIFY(!yes.path.isEmpty());
        for (const net::Hop &hop : yes.path)
            if (w->scene()->item(hop.component))
                QCOMPARE(w->editing()->reachTool()->overlay()->highlightOf(hop.component), ReachOverlay::Highlight::Path);

        const net::ReachResult no = reach->ask(u"internet"_s, u"Database"_s, u"tcp"_s, 3306);
        QVERIFY(!no.reachable);
        QVERIFY(reach->verdictText().contains(u"Not reachable"_s));
        QVERIFY(!no.explanations.isEmpty());
        const QString blocker = no.explanations.first().component;
        if (w->scene()->item(blocker))
            QCOMPARE(w->editing()->reachTool()->overlay()->highlightOf(blocker), ReachOverlay::Highlight::Blocked);
        QVERIFY(reach->verdictText().contains(no.explanations.first().detail.toHtmlEscaped()));
        // The same answer as the command line's engine.
        net::Flow flow;
        flow.port = 3306;
        QCOMPARE(net::Reachability(*w->document()).reach(u"internet"_s, u"Database"_s, flow).explanations.first().code,
                 no.explanations.first().code);
    }
};

QTEST_MAIN(TestGuiInspector)
#include "tst_gui_inspector.moc"
