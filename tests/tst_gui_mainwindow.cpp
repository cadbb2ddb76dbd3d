// The main window shows a design read-only, follows the document's changes, and keeps what it
// had when a file cannot be opened.

#include "model/commands/editor.h"
#include "model/document.h"
#include "model/nativefile.h"
#include "views/canvas/diagramscene.h"
#include "views/shell/mainwindow.h"
#include "views/canvas/relationlayer.h"
#include "views/canvas/resourceitem.h"

#include <QGraphicsView>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace skydraft;

class TestGuiMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QCoreApplication::setOrganizationName(u"SkyDraftTest"_s);
        QCoreApplication::setApplicationName(u"tst_gui_mainwindow"_s);
    }

    void showsEveryResourceOfEverySample_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList samples = MainWindow::samplePaths();
        QVERIFY(samples.size() >= 4);
        QVERIFY(samples.contains(MainWindow::defaultSamplePath()));
        for (const QString &p : samples)
            QTest::newRow(qPrintable(p)) << p;
    }
    void showsEveryResourceOfEverySample()
    {
        QFETCH(QString, path);
        MainWindow w;
        QString error;
        QVERIFY2(w.openFile(path, &error), qPrintable(error));
        Document *doc = w.document();
        QVERIFY(doc->count() > 0);
        for (const QString &id : doc->ids()) {
            ResourceItem *item = w.scene()->item(id);
            QVERIFY2(item, qPrintable(id));
            // Nested as the model says, and laid out (a file without layout gets one).
            const QString parent = doc->find(id)->parent;
            QCOMPARE(item->parentItem(), parent.isEmpty() ? nullptr : static_cast<QGraphicsItem *>(w.scene()->item(parent)));
            QVERIFY2(doc->geometry(id).has_value(), qPrintable(id));
        }
        QVERIFY(!w.scene()->relations().isEmpty());
        // A clean sample: the problems panel says so instead of staying empty.
        QCOMPARE(w.problems()->model()->rowCount(), 1);
        QVERIFY(!(w.problems()->model()->flags(w.problems()->model()->index(0, 0)) & Qt::ItemIsSelectable));
        QVERIFY(w.windowTitle().contains(doc->title()));
    }

    void nodesDoNotOverlapTheirSiblings()
    {
        MainWindow w;
        QVERIFY(w.openFile(MainWindow::defaultSamplePath()));
        Document *doc = w.document();
        for (const QString &a : doc->ids()) {
            const ResourceItem *ia = w.scene()->item(a);
            if (ia->isContainer() || doc->find(a)->type == ResourceType::ElasticIp)
                continue;
            for (const QString &b : doc->ids()) {
                const ResourceItem *ib = w.scene()->item(b);
                if (a == b || ib->isContainer() || doc->find(b)->type == ResourceType::ElasticIp)
                    continue;
                const QRectF ra = ia->sceneBoundingRect().adjusted(3, 3, -3, -3);
                const QRectF rb = ib->sceneBoundingRect().adjusted(3, 3, -3, -3);
                QVERIFY2(!ra.intersects(rb), qPrintable(a + u" overlaps "_s + b));
            }
        }
    }

    void followsEditsAndUndo()
    {
        MainWindow w;
        QVERIFY(w.openFile(MainWindow::defaultSamplePath()));
        Editor editor(w.document());
        const int before = int(w.scene()->items().size());
        const QString vpc = w.document()->resourcesOfType(ResourceType::Vpc).first()->id;
        const QString sg = editor.addResource(ResourceType::SecurityGroup, vpc, QRectF(10, 10, 120, 88));
        QVERIFY(!sg.isEmpty());
        QVERIFY(w.scene()->item(sg));
        QCOMPARE(w.scene()->item(sg)->parentItem(), w.scene()->item(vpc));
        QCOMPARE(w.scene()->item(sg)->pos(), QPointF(10, 10));
        editor.setGeometry({{sg, QRectF(40, 50, 120, 88)}});
        QCOMPARE(w.scene()->item(sg)->pos(), QPointF(40, 50));
        editor.undoStack()->undo();
        QCOMPARE(w.scene()->item(sg)->pos(), QPointF(10, 10));
        editor.undoStack()->undo();
        QVERIFY(!w.scene()->item(sg));
        QCOMPARE(int(w.scene()->items().size()), before);
        // Deleting a container takes its items with it, and undo brings them back nested.
        const QString subnet = w.document()->resourcesOfType(ResourceType::Subnet).first()->id;
        const QStringList inside = w.document()->descendants(subnet);
        QVERIFY(editor.removeResources({subnet}));
        QVERIFY(!w.scene()->item(subnet));
        for (const QString &id : inside)
            QVERIFY(!w.scene()->item(id));
        editor.undoStack()->undo();
        QVERIFY(w.scene()->item(subnet));
        for (const QString &id : inside)
            QCOMPARE(w.scene()->item(id)->parentItem(), w.scene()->item(w.document()->find(id)->parent));
    }

    void brokenFileKeepsTheOpenDesign()
    {
        MainWindow w;
        QVERIFY(w.openFile(MainWindow::defaultSamplePath()));
        Document *doc = w.document();
        const QString title = w.windowTitle();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"broken.skydraft"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"skydraft\", \"version\": 1, \"resources\": [}");
        f.close();
        QString error;
        QVERIFY(!w.openFile(path, &error));
        QVERIFY2(error.startsWith(path + u":1:"_s), qPrintable(error));
        QVERIFY(!error.contains(u'\n'));
        QCOMPARE(w.document(), doc);
        QCOMPARE(w.windowTitle(), title);
    }

    void problemsListCheckerFindings()
    {
        // A sample with SSH opened to the world: the panel names the rule and the group.
        LoadResult loaded = NativeFile::load(MainWindow::defaultSamplePath());
        QVERIFY(loaded.ok());
        Document *doc = loaded.document.get();
        const Resource *sg = doc->resourcesOfType(ResourceType::SecurityGroup).first();
        QVariantList rules = sg->rows(u"inbound"_s);
        rules.append(QVariantMap{{u"protocol"_s, u"tcp"_s}, {u"fromPort"_s, 22}, {u"toPort"_s, 22}, {u"cidr"_s, u"0.0.0.0/0"_s}});
        const QString sgId = sg->id;
        doc->setProperty(sgId, u"inbound"_s, rules);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ssh.skydraft"_s);
        QVERIFY(NativeFile::save(*doc, path));
        MainWindow w;
        QVERIFY(w.openFile(path));
        bool found = false;
        for (int i = 0; i < w.problems()->model()->rowCount(); ++i) {
            const QModelIndex item = w.problems()->model()->index(i, 0);
            if (item.data().toString().contains(u"open-admin-port"_s) && item.data(Qt::UserRole).toString() == sgId)
                found = !item.data(Qt::ToolTipRole).toString().isEmpty();
        }
        QVERIFY(found);
    }

    void zoomShortcuts()
    {
        MainWindow w;
        QVERIFY(w.openFile(MainWindow::defaultSamplePath()));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        const qreal start = w.view()->transform().m11();
        QTest::keyClick(&w, Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(w.view()->transform().m11() > start * 1.2);
        QTest::keyClick(&w, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(qAbs(w.view()->transform().m11() - start) < 1e-9);
    }
};

QTEST_MAIN(TestGuiMainWindow)
#include "tst_gui_mainwindow.moc"
