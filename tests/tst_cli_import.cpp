// `skydraft import` and `skydraft layout`, and templates given to validate/check/reach, run the
// way a script would.

#include "clisupport.h"

#include "model/nativefile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace skydraft;
using namespace skydraft::test;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SKYDRAFT_FIXTURES_DIR) + u"/cloudformation/"_s + name;
}

QStringList lines(const QString &text) { return text.split(u'\n', Qt::SkipEmptyParts); }

QString hostile(const QString &name)
{
    return QStringLiteral(SKYDRAFT_SOURCE_DIR) + u"/tests/data/hostile/"_s + name;
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importWritesADesign()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"nat.skydraft"_s);
        const Run r = runSkydraft({u"import"_s, fixture(u"VPC_With_Managed_NAT_And_Private_Subnet.yaml"_s), u"-o"_s, out});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 0);
        const LoadResult loaded = NativeFile::load(out);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.document->resourcesOfType(ResourceType::Subnet).size(), 4);
        const Run v = runSkydraft({u"validate"_s, out});
        QCOMPARE(v.exitCode, 0);
    }

    void reportIsOneLocatedLineEach()
    {
        QTemporaryDir dir;
        const QString file = fixture(u"wordpress-ha.yaml"_s);
        const Run r = runSkydraft({u"import"_s, file, u"-o"_s, dir.filePath(u"ha.skydraft"_s)});
        QCOMPARE(r.exitCode, 0);
        const QStringList report = lines(r.err);
        QVERIFY(report.size() > 10);
        for (const QString &line : report)
            QVERIFY2(line.startsWith(file + u':') && line.contains(u": note: "_s), qPrintable(line));
        QVERIFY(r.err.contains(u"(AWS::CloudFront::Distribution) not drawn"_s));
        QVERIFY(r.err.contains(u"placeholder"_s));
    }

    void parametersAndRegion()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"six.skydraft"_s);
        const Run r = runSkydraft({u"import"_s, fixture(u"aws-refarch-wordpress-01-newvpc.yaml"_s), u"--param"_s,
                                   u"NumberOfAZs=2"_s, u"--region=eu-west-1"_s, u"-o"_s, out});
        QCOMPARE(r.exitCode, 0);
        const LoadResult loaded = NativeFile::load(out);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.document->region(), u"eu-west-1"_s);
        QCOMPARE(loaded.document->resourcesOfType(ResourceType::Subnet).size(), 6);
        QCOMPARE(loaded.document->zoneOf(u"PublicSubnet1"_s), u"eu-west-1b"_s);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("start");
        QTest::newRow("no output") << QStringList{u"import"_s, fixture(u"vpc-2azs.yaml"_s)} << u"skydraft: "_s;
        QTest::newRow("missing file") << QStringList{u"import"_s, u"/no/such.yaml"_s, u"-o"_s, u"/tmp/x.skydraft"_s} << u"skydraft: "_s;
        QTest::newRow("bad param") << QStringList{u"import"_s, fixture(u"vpc-2azs.yaml"_s), u"--param"_s, u"novalue"_s, u"-o"_s, u"/tmp/x.skydraft"_s}
                                   << u"skydraft: "_s;
        QTest::newRow("bad region") << QStringList{u"import"_s, fixture(u"vpc-2azs.yaml"_s), u"--region"_s, u"mars"_s, u"-o"_s, u"/tmp/x.skydraft"_s}
                                    << u"skydraft: "_s;
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, start);
        const Run r = runSkydraft(args);
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(lines(r.err).size(), 1);
        QVERIFY(r.err.startsWith(start));
    }

    void brokenTemplateIsOneLocatedLine()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(u"bad.yaml"_s);
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  A:\n    Type: [AWS::EC2::VPC\n  B: x\n");
        f.close();
        const QString out = dir.filePath(u"out.skydraft"_s);
        for (const QString &command : {u"import"_s, u"validate"_s, u"check"_s}) {
            QStringList args{command, bad};
            if (command == u"import"_s)
                args << u"-o"_s << out;
            const Run r = runSkydraft(args);
            QCOMPARE(r.status, QProcess::NormalExit);
            QCOMPARE(r.exitCode, 2);
            QCOMPARE(lines(r.err).size(), 1);
            QVERIFY2(r.err.startsWith(bad + u":5:"_s), qPrintable(r.err));
        }
        QVERIFY(!QFile::exists(out));
    }

    // Hostile templates: a repeated logical id (used to crash with SIGSEGV) and a YAML alias
    // bomb (used to abort on bad_alloc after a minute): one located line, exit 2, for every
    // command that reads a template.
    void hostileTemplatesAreOneLocatedLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("where");
        QTest::newRow("duplicate id yaml") << hostile(u"duplicate-logical-id.yaml"_s) << u":7:3: "_s;
        QTest::newRow("duplicate id json") << hostile(u"duplicate-logical-id.json"_s) << u":6:5: "_s;
        QTest::newRow("alias bomb") << hostile(u"alias-bomb.yaml"_s) << u":"_s;
    }
    void hostileTemplatesAreOneLocatedLine()
    {
        QFETCH(QString, file);
        QFETCH(QString, where);
        QTemporaryDir dir;
        const QString out = dir.filePath(u"out.skydraft"_s);
        for (const QString &command : {u"import"_s, u"validate"_s, u"check"_s, u"reach"_s}) {
            QStringList args{command, file};
            if (command == u"import"_s)
                args << u"-o"_s << out;
            if (command == u"reach"_s)
                args << u"--from"_s << u"internet"_s << u"--to"_s << u"Vpc"_s;
            const Run r = runSkydraft(args);
            QCOMPARE(r.status, QProcess::NormalExit);
            QCOMPARE(r.exitCode, 2);
            QCOMPARE(lines(r.err).size(), 1);
            QVERIFY2(r.err.startsWith(file + where), qPrintable(r.err));
        }
        QVERIFY(!QFile::exists(out));
    }

    void templatesGoStraightToCheckAndReach()
    {
        const QString nat = fixture(u"VPC_With_Managed_NAT_And_Private_Subnet.yaml"_s);
        const Run check = runSkydraft({u"check"_s, nat, u"--format"_s, u"json"_s});
        QCOMPARE(check.exitCode, 0);
        // Logical ids are the ids.
        const Run reach = runSkydraft({u"reach"_s, nat, u"--from"_s, u"NATGateway0"_s, u"--to"_s, u"internet"_s,
                                       u"--port"_s, u"443"_s});
        QCOMPARE(reach.status, QProcess::NormalExit);
        QCOMPARE(reach.exitCode, 0);
        const Run unknown = runSkydraft({u"reach"_s, nat, u"--from"_s, u"NATGateway9"_s, u"--to"_s, u"internet"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(u"NATGateway0"_s)); // did you mean
        // --param reaches validate too.
        const Run v = runSkydraft({u"validate"_s, fixture(u"aws-refarch-wordpress-01-newvpc.yaml"_s), u"--param"_s, u"NumberOfAZs=6"_s});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.contains(u"valid"_s));
    }

    void layoutCommand()
    {
        QTemporaryDir dir;
        const QString sample = QStringLiteral(SKYDRAFT_SOURCE_DIR) + u"/resources/samples/three-tier.skydraft"_s;
        const QString a = dir.filePath(u"a.skydraft"_s);
        const QString b = dir.filePath(u"b.skydraft"_s);
        QCOMPARE(runSkydraft({u"layout"_s, sample, u"-o"_s, a}).exitCode, 0);
        QCOMPARE(runSkydraft({u"layout"_s, a, u"-o"_s, b}).exitCode, 0);
        QFile fa(a);
        QFile fb(b);
        QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
        QCOMPARE(fa.readAll(), fb.readAll()); // every position recomputed, the same each time
        QCOMPARE(runSkydraft({u"validate"_s, a}).exitCode, 0);
        QCOMPARE(runSkydraft({u"layout"_s, sample}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
