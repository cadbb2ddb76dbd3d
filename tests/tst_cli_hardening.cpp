// The command line against hostile conditions (issue 17): writes that fail (a full disk, a
// device that takes nothing) are exit 2 with the system's reason and never leave a cut file;
// NaN options are refused; a Terraform folder holds exactly what the last export wrote.

#include "clisupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace skydraft::test;

namespace {

QString sample(const QString &name)
{
    return QStringLiteral(SKYDRAFT_SOURCE_DIR) + u"/resources/samples/"_s + name + u".skydraft"_s;
}

QString fixture(const QString &name)
{
    return QStringLiteral(SKYDRAFT_FIXTURES_DIR) + u"/cloudformation/"_s + name;
}

/// Runs skydraft with files limited to 1 KiB (ulimit -f 2, SIGXFSZ ignored): a write past
/// that fails with EFBIG, the way a full disk fails with ENOSPC.
Run runWithSmallDisk(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    p.setProcessEnvironment(env);
    p.start(u"/bin/sh"_s, QStringList{u"-c"_s, u"trap '' XFSZ; ulimit -f 2; exec \"$0\" \"$@\""_s, QStringLiteral(SKYDRAFT_BINARY)} + args);
    if (!p.waitForFinished(60000))
        p.kill();
    return {p.exitCode(), p.exitStatus(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliHardening : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // /dev/full takes nothing (ENOSPC). It used to be reported as written.
    void writesToAFullDeviceFail_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString full = u"/dev/full"_s;
        QTest::newRow("simulate --csv") << QStringList{u"simulate"_s, sample(u"three-tier"_s), u"--duration"_s, u"30"_s, u"--csv"_s, full};
        QTest::newRow("import") << QStringList{u"import"_s, fixture(u"vpc-2azs.yaml"_s), u"-o"_s, full};
        QTest::newRow("layout") << QStringList{u"layout"_s, sample(u"three-tier"_s), u"-o"_s, full};
        QTest::newRow("export cloudformation") << QStringList{u"export"_s, sample(u"three-tier"_s), u"--to"_s, u"cloudformation"_s, u"-o"_s, full};
        QTest::newRow("export terraform") << QStringList{u"export"_s, sample(u"three-tier"_s), u"--to"_s, u"terraform"_s, u"-o"_s, full};
        QTest::newRow("export drawio") << QStringList{u"export"_s, sample(u"three-tier"_s), u"--to"_s, u"drawio"_s, u"-o"_s, full};
        QTest::newRow("export svg") << QStringList{u"export"_s, sample(u"three-tier"_s), u"--to"_s, u"svg"_s, u"-o"_s, full};
    }
    void writesToAFullDeviceFail()
    {
        QFETCH(QStringList, args);
        if (!QFileInfo(u"/dev/full"_s).exists())
            QSKIP("no /dev/full here");
        const Run r = runSkydraft(args);
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"/dev/full"_s) && r.err.contains(u"No space left on device"_s), qPrintable(r.err));
        QVERIFY(!r.err.contains(u"Unknown error"_s));
        QVERIFY(!r.out.contains(u"wrote"_s));
        QVERIFY(QFileInfo(u"/dev/full"_s).exists() && !QFileInfo(u"/dev/full"_s).isFile()); // never replaced
    }

    // A regular file on a disk that fills up mid-write: exit 2 with the reason, and the file
    // that was there is left as it was (no CSV cut mid-row).
    void writesPastAFullDiskFail_data()
    {
        QTest::addColumn<QStringList>("args"); // OUT is appended
        QTest::newRow("simulate --csv") << QStringList{u"simulate"_s, sample(u"three-tier"_s), u"--duration"_s, u"30"_s, u"--csv"_s};
        QTest::newRow("import") << QStringList{u"import"_s, fixture(u"vpc-2azs.yaml"_s), u"-o"_s};
        QTest::newRow("export cloudformation") << QStringList{u"export"_s, sample(u"three-tier"_s), u"--to"_s, u"cloudformation"_s, u"-o"_s};
        QTest::newRow("export png") << QStringList{u"export"_s, sample(u"three-tier"_s), u"--to"_s, u"png"_s, u"-o"_s};
    }
    void writesPastAFullDiskFail()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const QString out = dir.filePath(u"out"_s);
        QFile old(out);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old\n");
        old.close();
        const Run r = runWithSmallDisk(args << out);
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(out) && r.err.contains(u"File too large"_s), qPrintable(r.err));
        QCOMPARE(readAll(out), QByteArray("old\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"out"_s}); // no temporary file left
    }

    // NaN passed the range test (every comparison with NaN is false) and the seed conversion
    // was undefined behaviour.
    void nanOptionsAreRefused_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        for (const QString &option : {u"duration"_s, u"seed"_s, u"rps"_s})
            for (const QString &value : {u"nan"_s, u"NaN"_s, u"-nan"_s, u"inf"_s})
                QTest::newRow(qPrintable(option + u' ' + value)) << option << value;
    }
    void nanOptionsAreRefused()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        const Run s = runSkydraft({u"simulate"_s, sample(u"three-tier"_s), u"--"_s + option + u'=' + value});
        QCOMPARE(s.status, QProcess::NormalExit);
        QCOMPARE(s.exitCode, 2);
        QVERIFY2(s.err.startsWith(u"skydraft: --"_s + option + u" must be a number"_s), qPrintable(s.err));
    }

    // Exporting a design without outputs into a folder that holds an earlier module: the old
    // outputs.tf (naming resources no longer in main.tf) goes.
    void terraformFolderHoldsExactlyWhatWasWritten()
    {
        QTemporaryDir dir;
        Run r = runSkydraft({u"export"_s, sample(u"stateful-shop"_s), u"--to"_s, u"terraform"_s, u"-o"_s, dir.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), (QStringList{u"main.tf"_s, u"outputs.tf"_s, u"variables.tf"_s}));
        r = runSkydraft({u"export"_s, sample(u"single-instance"_s), u"--to"_s, u"terraform"_s, u"-o"_s, dir.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), (QStringList{u"main.tf"_s, u"variables.tf"_s}));
        QVERIFY(!r.out.contains(u"outputs.tf"_s));
        // Files that are not the module's are not touched.
        QFile mine(dir.filePath(u"notes.txt"_s));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.close();
        r = runSkydraft({u"export"_s, sample(u"stateful-shop"_s), u"--to"_s, u"terraform"_s, u"-o"_s, dir.path()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), (QStringList{u"main.tf"_s, u"notes.txt"_s, u"outputs.tf"_s, u"variables.tf"_s}));
    }
};

QTEST_GUILESS_MAIN(TestCliHardening)
#include "tst_cli_hardening.moc"
