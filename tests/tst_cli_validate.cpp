// The `skydraft` binary's command-line contract (product.md): exit codes, one-line located
// errors on stderr, and no display needed.

#include "clisupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using skydraft::test::Run;
using skydraft::test::runSkydraft;

QStringList lines(const QString &text) { return text.split(u'\n', Qt::SkipEmptyParts); }

} // namespace

class TestCliValidate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(QFile::exists(QStringLiteral(SKYDRAFT_BINARY))); }

    void helpAndVersion()
    {
        const Run help = runSkydraft({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"skydraft validate FILE"_s));
        const Run version = runSkydraft({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(QRegularExpression(u"^skydraft \\d+\\.\\d+\\.\\d+\\n$"_s).match(version.out).hasMatch());
    }

    void samplesAreValid_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(SKYDRAFT_SOURCE_DIR) + u"/resources/samples"_s);
        const QStringList files = dir.entryList({u"*.skydraft"_s});
        QVERIFY(files.size() >= 4);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void samplesAreValid()
    {
        QFETCH(QString, path);
        const Run r = runSkydraft({u"validate"_s, path});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"valid"_s));
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << 1 << 1 << u"invalid JSON"_s;
        QTest::newRow("truncated") << QByteArray("{\"format\": \"skydraft\",\n \"version\": 1,\n \"resources\": [")
                                   << 3 << 16 << u"invalid JSON"_s;
        QTest::newRow("garbage") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0", 10) << 1 << 1 << u"invalid JSON"_s;
        QTest::newRow("deep") << QByteArray(100000, '[') << 1 << 65 << u"nesting deeper"_s;
        QTest::newRow("newer") << QByteArray("{\"format\": \"skydraft\",\n\"version\": 99, \"resources\": []}") << 2 << 12
                               << u"newer SkyDraft"_s;
        QTest::newRow("unknown type")
            << QByteArray("{\"format\": \"skydraft\", \"version\": 1, \"resources\": [\n  {\"id\": \"A\", \"type\": \"lambda\"}]}")
            << 2 << 23 << u"unknown resource type \"lambda\""_s;
        // Columns count from 1: `  {"id": "G", "type": "auto-scaling-group", "properties": {"minSize": ` is 70 long.
        QTest::newRow("wrong type")
            << QByteArray("{\"format\": \"skydraft\", \"version\": 1, \"resources\": [\n  {\"id\": \"G\", \"type\": "
                          "\"auto-scaling-group\", \"properties\": {\"minSize\": \"two\"}}]}")
            << 2 << 71 << u"must be a number"_s;
        QTest::newRow("huge number")
            << QByteArray("{\"format\": \"skydraft\", \"version\": 1, \"resources\": [\n  {\"id\": \"G\", \"type\": "
                          "\"auto-scaling-group\", \"properties\": {\"minSize\": 1e999}}]}")
            << 2 << 71 << u"number overflow"_s;
        QTest::newRow("bad cidr")
            << QByteArray("{\"format\": \"skydraft\", \"version\": 1, \"resources\": [\n"
                          "  {\"id\": \"Vpc\", \"type\": \"vpc\",\n   \"properties\": {\"cidr\": \"10.0.0.0/33\"}}]}")
            << 3 << 27 << u"not a valid CIDR block"_s;
        QTest::newRow("not a design") << QByteArray("{\"hello\": \"world\"}") << 1 << 1 << u"not a SkyDraft design"_s;
    }
    void brokenFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"broken.skydraft"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const Run r = runSkydraft({u"validate"_s, path});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QString());
        const QStringList errors = lines(r.err);
        QCOMPARE(errors.size(), 1);
        const QString expected = u"%1:%2:%3: "_s.arg(path).arg(line).arg(column);
        QVERIFY2(errors.first().startsWith(expected), qPrintable(errors.first() + u" vs "_s + expected));
        QVERIFY2(errors.first().contains(message), qPrintable(errors.first()));
    }

    void cloudFormationIsImported()
    {
        // A template is validated as the design it imports to (the kind is told by content).
        const QString fixture = QStringLiteral(SKYDRAFT_FIXTURES_DIR) + u"/cloudformation/vpc-2azs.yaml"_s;
        const Run r = runSkydraft({u"validate"_s, fixture});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(fixture + u": valid"_s));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("missing file") << QStringList{u"validate"_s, u"/no/such/design.skydraft"_s};
        QTest::newRow("no file") << QStringList{u"validate"_s};
        QTest::newRow("two files") << QStringList{u"validate"_s, u"a"_s, u"b"_s};
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    }
    void badUsage()
    {
        QFETCH(QStringList, args);
        const Run r = runSkydraft(args);
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(lines(r.err).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliValidate)
#include "tst_cli_validate.moc"
