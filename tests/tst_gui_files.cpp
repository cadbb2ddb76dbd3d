// The window's files: title and unsaved marker, save and save as, untitled samples, recent
// files, the unsaved-changes prompt, autosave and crash recovery, window state.

#include "model/commands/editor.h"
#include "model/document.h"
#include "model/nativefile.h"
#include "views/workbench/documentsession.h"
#include "views/shell/mainwindow.h"
#include "views/shell/recentfiles.h"
#include "views/workbench/recovery.h"
#include "views/workbench/lastfolder.h"

#include <QDir>
#include <QFileInfo>
#include <QDockWidget>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace skydraft;

namespace {

/// An edit through the window's editor: a security group in the first VPC.
QString addGroup(MainWindow &w)
{
    const QString vpc = w.document()->resourcesOfType(ResourceType::Vpc).first()->id;
    return w.editor()->addResource(ResourceType::SecurityGroup, vpc, QRectF(10, 10, 120, 88));
}

} // namespace

class TestGuiFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"SkyDraftTest"_s);
        QCoreApplication::setApplicationName(u"tst_gui_files"_s);
    }
    void init()
    {
        QSettings().clear();
        QDir(Recovery::recoveryDirectory()).removeRecursively();
    }

    void titleMarksUnsavedChangesAndFollowsUndo()
    {
        MainWindow w;
        QVERIFY(w.openFile(MainWindow::defaultSamplePath()));
        QVERIFY(w.windowTitle().contains(u"[*]"_s));
        QVERIFY(w.windowTitle().contains(w.document()->title()));
        QVERIFY(w.windowTitle().endsWith(u"SkyDraft"_s));
        QVERIFY(!w.isWindowModified());
        QVERIFY(!addGroup(w).isEmpty());
        QVERIFY(w.isWindowModified());
        QVERIFY(w.session()->isModified());
        w.undoStack()->undo();
        QVERIFY(!w.isWindowModified());
        w.undoStack()->redo();
        QVERIFY(w.isWindowModified());
    }

    void undoActionsFollowTheOpenDesign()
    {
        MainWindow w;
        QVERIFY(w.openFile(MainWindow::defaultSamplePath()));
        QAction *undo = w.editMenu()->actions().value(0);
        QVERIFY(undo);
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        QVERIFY(!undo->isEnabled());
        addGroup(w);
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(w.undoStack()->index(), 0);
        // Another design: a fresh stack, and the actions follow it.
        addGroup(w);
        w.setSaveChangesPrompt([](const QString &) { return QMessageBox::Discard; });
        QVERIFY(w.openFile(MainWindow::samplePaths().first()));
        QVERIFY(!undo->isEnabled());
    }

    void sampleSavesAsAndRoundTrips()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(w.openFile(MainWindow::defaultSamplePath()));
        QVERIFY(w.session()->isUntitled()); // a sample is never overwritten
        const QString group = addGroup(w);
        int asked = 0;
        const QString path = dir.filePath(u"shop.skydraft"_s);
        w.setSavePathPrompt([&](const QString &suggested) {
            ++asked;
            return suggested.endsWith(u".skydraft"_s) ? path : QString();
        });
        QVERIFY(w.save()); // untitled: Save goes to Save As
        QCOMPARE(asked, 1);
        QCOMPARE(w.session()->path(), path);
        QVERIFY(!w.isWindowModified());
        QVERIFY(w.windowTitle().startsWith(u"shop.skydraft[*]"_s));
        LoadResult back = NativeFile::load(path);
        QVERIFY(back.ok());
        QVERIFY(back.document->contains(group));
        QCOMPARE(NativeFile::serialize(*back.document), NativeFile::serialize(*w.document()));

        // Saved once: Save writes there without asking.
        QVERIFY(w.editor()->setName(group, u"Renamed"_s));
        QVERIFY(w.isWindowModified());
        QVERIFY(w.save());
        QCOMPARE(asked, 1);
        QCOMPARE(NativeFile::load(path).document->find(group)->name, u"Renamed"_s);

        // Opened again, it is that file (not untitled) and opens clean.
        MainWindow other;
        QVERIFY(other.openFile(path));
        QCOMPARE(other.session()->path(), QFileInfo(path).absoluteFilePath());
        QVERIFY(!other.isWindowModified());

        // Save As somewhere else: the new file is the design's file from now on.
        const QString copy = dir.filePath(u"copy"_s);
        w.setSavePathPrompt([&](const QString &) { return copy; });
        QVERIFY(w.saveAs());
        QCOMPARE(w.session()->path(), copy + u".skydraft"_s);
        QVERIFY(QFile::exists(copy + u".skydraft"_s));
    }

    void fileDialogsStartInTheLastFolderUsed()
    {
        // Nothing used yet: the documents folder (or home), never the working directory.
        QVERIFY(QFileInfo(LastFolder::folder()).isDir());
        QVERIFY(LastFolder::folder() != QDir::currentPath() || QDir::currentPath() == QDir::homePath());
        QTemporaryDir first, second;
        // Saving a design remembers its folder: the next untitled design is offered there,
        // with its own name.
        MainWindow w;
        QVERIFY(w.openFile(MainWindow::defaultSamplePath()));
        w.setSavePathPrompt([&](const QString &) { return first.filePath(u"shop.skydraft"_s); });
        QVERIFY(w.saveAs());
        QCOMPARE(LastFolder::folder(), QFileInfo(first.path()).absoluteFilePath());
        MainWindow fresh;
        QVERIFY(fresh.openFile(MainWindow::defaultSamplePath()));
        QString offered;
        fresh.setSavePathPrompt([&](const QString &suggested) {
            offered = suggested;
            return QString();
        });
        QVERIFY(!fresh.saveAs());
        QCOMPARE(QFileInfo(offered).absolutePath(), QFileInfo(first.path()).absoluteFilePath());
        QCOMPARE(QFileInfo(offered).fileName(), u"three-tier.skydraft"_s);
        // A design saved before is offered where it is.
        offered.clear();
        w.setSavePathPrompt([&](const QString &suggested) {
            offered = suggested;
            return QString();
        });
        QVERIFY(!w.saveAs());
        QCOMPARE(offered, QFileInfo(first.filePath(u"shop.skydraft"_s)).absoluteFilePath());
        // Remembered across sessions (QSettings); a folder since deleted falls back.
        LastFolder::remember(second.filePath(u"x.yaml"_s));
        QCOMPARE(QSettings().value(u"files/lastFolder"_s).toString(), QFileInfo(second.path()).absoluteFilePath());
        QCOMPARE(LastFolder::suggest(u"a.png"_s), QDir(QFileInfo(second.path()).absoluteFilePath()).filePath(u"a.png"_s));
        const QString gone = second.path();
        second.remove();
        QVERIFY(LastFolder::folder() != gone);
        LastFolder::remember(u":/samples/three-tier.skydraft"_s); // a built-in file is no folder
        QVERIFY(LastFolder::folder() != u":/samples"_s);
    }

    void saveFailureKeepsTheChanges()
    {
        MainWindow w;
        QVERIFY(w.openFile(MainWindow::defaultSamplePath()));
        addGroup(w);
        QString error;
        QVERIFY(!w.saveTo(u"/nonexistent-dir/x.skydraft"_s, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(w.isWindowModified());
        QVERIFY(w.session()->isUntitled());
    }

    void recentFilesKeepTenExistingOnes()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(w.openFile(MainWindow::defaultSamplePath()));
        QVERIFY(RecentFiles::list().isEmpty()); // samples are not recent files
        QStringList saved;
        for (int i = 0; i < 12; ++i) {
            const QString path = dir.filePath(u"design%1.skydraft"_s.arg(i));
            QVERIFY(w.saveTo(path));
            saved.prepend(QFileInfo(path).absoluteFilePath());
        }
        QStringList recent = RecentFiles::list();
        QCOMPARE(recent.size(), RecentFiles::maximum);
        QCOMPARE(recent, saved.mid(0, 10));
        // Opening one moves it first, once.
        QVERIFY(w.openFile(saved[5]));
        QCOMPARE(RecentFiles::list().first(), saved[5]);
        QCOMPARE(RecentFiles::list().size(), 10);
        QCOMPARE(RecentFiles::list().count(saved[5]), 1);
        // A file gone is pruned from the list (and the settings).
        QVERIFY(QFile::remove(saved[0]));
        recent = RecentFiles::list();
        QVERIFY(!recent.contains(saved[0]));
        QCOMPARE(recent.size(), 9);
        QCOMPARE(QSettings().value(u"recentFiles"_s).toStringList().size(), 9);
    }

    void unsavedChangesPrompt()
    {
        MainWindow w;
        QVERIFY(w.openFile(MainWindow::defaultSamplePath()));
        int asked = 0;
        QMessageBox::StandardButton answer = QMessageBox::Cancel;
        w.setSaveChangesPrompt([&](const QString &name) {
            ++asked;
            return name == w.session()->displayName() ? answer : QMessageBox::NoButton;
        });
        // Nothing to save: no question.
        w.newFile();
        QCOMPARE(asked, 0);
        QCOMPARE(w.document()->count(), 0);
        QVERIFY(w.session()->isUntitled());

        QVERIFY(w.openFile(MainWindow::defaultSamplePath()));
        addGroup(w);
        Document *edited = w.document();
        // Cancel keeps everything: new, open and close.
        w.newFile();
        QCOMPARE(asked, 1);
        QCOMPARE(w.document(), edited);
        QString error = u"x"_s;
        QVERIFY(!w.openFile(MainWindow::samplePaths().first(), &error));
        QVERIFY(error.isEmpty());
        QCOMPARE(w.document(), edited);
        QVERIFY(!w.close());
        QCOMPARE(asked, 3);
        QVERIFY(w.isWindowModified());

        // Save asks where (untitled); cancelling that cancels too.
        answer = QMessageBox::Save;
        w.setSavePathPrompt([](const QString &) { return QString(); });
        QVERIFY(!w.maybeSave());
        QTemporaryDir dir;
        w.setSavePathPrompt([&](const QString &) { return dir.filePath(u"kept.skydraft"_s); });
        QVERIFY(w.maybeSave());
        QVERIFY(QFile::exists(dir.filePath(u"kept.skydraft"_s)));

        // Discard drops the changes.
        addGroup(w);
        answer = QMessageBox::Discard;
        w.newFile();
        QCOMPARE(w.document()->count(), 0);
        QVERIFY(!w.isWindowModified());
    }

    void autosaveWritesOnlyUnsavedChanges()
    {
        MainWindow w;
        QVERIFY(w.openFile(MainWindow::defaultSamplePath()));
        DocumentSession *s = w.session();
        QVERIFY(!s->autosave()); // clean: nothing written
        QVERIFY(!QFile::exists(s->recoveryPath()));
        const QString group = addGroup(w);
        QVERIFY(s->autosave());
        QVERIFY(!s->autosave()); // nothing new since
        QVERIFY(s->recoveryPath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        LoadResult autosaved = NativeFile::load(s->recoveryPath());
        QVERIFY(autosaved.ok());
        QVERIFY(autosaved.document->contains(group));
        // This session is alive: its file is not offered for recovery.
        QVERIFY(MainWindow::recoverableFiles().isEmpty());
        // Back to the saved state: the recovery file goes.
        w.undoStack()->undo();
        QVERIFY(!QFile::exists(s->recoveryPath()));
        // A clean save removes it too.
        w.undoStack()->redo();
        QVERIFY(s->autosave());
        QTemporaryDir dir;
        QVERIFY(w.saveTo(dir.filePath(u"a.skydraft"_s)));
        QVERIFY(!QFile::exists(s->recoveryPath()));
        // And so does closing after discarding the changes.
        addGroup(w);
        QVERIFY(s->autosave());
        w.setSaveChangesPrompt([](const QString &) { return QMessageBox::Discard; });
        QVERIFY(w.close());
        QVERIFY(!QFile::exists(s->recoveryPath()));
    }

    void recoversAfterACrash()
    {
        QTemporaryDir dir;
        const QString original = dir.filePath(u"mine.skydraft"_s);
        QString group;
        {
            // A session that saves, edits, autosaves, and then ends without closing (a crash:
            // its lock is gone, its recovery file stays).
            auto crashed = std::make_unique<MainWindow>();
            QVERIFY(crashed->openFile(MainWindow::defaultSamplePath()));
            QVERIFY(crashed->saveTo(original));
            group = addGroup(*crashed);
            QVERIFY(crashed->session()->autosave());
        }
        const QList<RecoveryFile> files = MainWindow::recoverableFiles();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().originalPath, QFileInfo(original).absoluteFilePath());
        QCOMPARE(files.first().name, u"mine.skydraft"_s);

        MainWindow w;
        QVERIFY(w.openFile(MainWindow::defaultSamplePath()));
        bool offered = false;
        w.setRecoverPrompt([&](const RecoveryFile &f) {
            offered = f.design == files.first().design;
            return true;
        });
        QVERIFY(w.offerRecovery());
        QVERIFY(offered);
        QVERIFY(w.document()->contains(group));
        QVERIFY(w.isWindowModified()); // the changes are not in the file yet
        QCOMPARE(w.session()->path(), QFileInfo(original).absoluteFilePath());
        QVERIFY(!NativeFile::load(original).document->contains(group));
        QVERIFY(MainWindow::recoverableFiles().isEmpty());
        QVERIFY(!QFile::exists(files.first().design));
        QVERIFY(w.save()); // to the original file, no question
        QVERIFY(NativeFile::load(original).document->contains(group));
        QVERIFY(!w.isWindowModified());
    }

    void declinedRecoveryIsDiscarded()
    {
        {
            MainWindow crashed;
            QVERIFY(crashed.openFile(MainWindow::defaultSamplePath()));
            addGroup(crashed);
            QVERIFY(crashed.session()->autosave());
        }
        QCOMPARE(MainWindow::recoverableFiles().size(), 1);
        MainWindow w;
        w.setRecoverPrompt([](const RecoveryFile &) { return false; });
        QVERIFY(!w.offerRecovery());
        QVERIFY(MainWindow::recoverableFiles().isEmpty());
        // Nothing to offer: no question.
        w.setRecoverPrompt([](const RecoveryFile &) {
            qFatal("asked with nothing to recover");
            return false;
        });
        QVERIFY(!w.offerRecovery());
    }

    void staleLocksAreCleanedUp()
    {
        // A crashed session that never autosaved leaves only its lock (pid, app, host).
        QDir().mkpath(Recovery::recoveryDirectory());
        const QString lock = Recovery::recoveryDirectory() + u"/session-gone.lock"_s;
        QFile f(lock);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("2147483646\ntst_gui_files\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        f.close();
        QVERIFY(MainWindow::recoverableFiles().isEmpty());
        QVERIFY(!QFile::exists(lock));
        // A live session's lock stays.
        MainWindow w;
        const QString own = w.session()->recoveryPath().chopped(9) + u".lock"_s;
        QVERIFY(QFile::exists(own));
        MainWindow::recoverableFiles();
        QVERIFY(QFile::exists(own));
    }

    void windowStateIsRestored()
    {
        {
            MainWindow w;
            QDockWidget *overview = w.findChild<QDockWidget *>(u"overviewDock"_s);
            QVERIFY(overview);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            overview->hide();
            QVERIFY(w.close());
        }
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.findChild<QDockWidget *>(u"overviewDock"_s)->isHidden());
        QVERIFY(!w.findChild<QDockWidget *>(u"problemsDock"_s)->isHidden());
    }
};

QTEST_MAIN(TestGuiFiles)
#include "tst_gui_files.moc"
