// The inspector writes through the Editor (one undo step per action) and never writes an
// invalid value; the Problems panel and badges follow edits; "Can it reach?" answers on the
// three-tier sample.

#include "model/catalogue.h"
#include "model/checker/checker.h"
#include "model/commands/editor.h"
#include "model/document.h"
#include "views/diagramscene.h"
#include "views/editingsession.h"
#include "views/inspector.h"
#include "views/livefindings.h"
#include "views/mainwindow.h"
#include "views/reachtool.h"
#include "views/ruletableeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

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
    for (int i = 0; i < w.problems()->count(); ++i) {
        const QListWidgetItem *item = w.problems()->item(i);
        if (item->data(Qt::UserRole + 1).toString() == rule && item->data(Qt::UserRole).toString() == component)
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
        QVERIFY(!w->scene()->findingsOf(u"WebSecurityGroup"_s).isEmpty());
        // Clicking it selects the group on the canvas.
        for (int i = 0; i < w->problems()->count(); ++i)
            if (w->problems()->item(i)->data(Qt::UserRole).toString() == u"WebSecurityGroup"_s)
                Q_EMIT w->problems()->itemClicked(w->problems()->item(i));
        QCOMPARE(w->editing()->selectedIds(), QStringList{u"WebSecurityGroup"_s});
        w->editor()->undoStack()->undo();
        live->flush();
        QVERIFY(!problemsMention(*w, u"open-admin-port"_s, u"WebSecurityGroup"_s));
        QVERIFY(w->scene()->findingsOf(u"WebSecurityGroup"_s).isEmpty());
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
                QCOMPARE(w->scene()->highlightOf(hop.component), DiagramScene::Highlight::Path);

        const net::ReachResult no = reach->ask(u"internet"_s, u"Database"_s, u"tcp"_s, 3306);
        QVERIFY(!no.reachable);
        QVERIFY(reach->verdictText().contains(u"Not reachable"_s));
        QVERIFY(!no.explanations.isEmpty());
        const QString blocker = no.explanations.first().component;
        if (w->scene()->item(blocker))
            QCOMPARE(w->scene()->highlightOf(blocker), DiagramScene::Highlight::Blocked);
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
