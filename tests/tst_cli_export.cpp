// skydraft export: formats by --to and OUT, exit codes, atomic writes.

#include "clisupport.h"
#include "exportdesigns.h"

#include "cfnspec.h"
#include "model/validator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace skydraft;
using skydraft::test::runSkydraft;

namespace {

QString sample(const QString &name)
{
    return QStringLiteral(SKYDRAFT_SOURCE_DIR) + u"/resources/samples/"_s + name + u".skydraft"_s;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesEachFormat_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QByteArray>("starts");
        QTest::newRow("json") << u"cloudformation"_s << u"stack.json"_s << QByteArray("{\n  \"AWSTemplateFormatVersion\"");
        QTest::newRow("yaml") << u"cloudformation"_s << u"stack.yaml"_s << QByteArray("AWSTemplateFormatVersion: \"2010-09-09\"");
        QTest::newRow("yml") << u"cloudformation"_s << u"stack.yml"_s << QByteArray("AWSTemplateFormatVersion:");
        QTest::newRow("terraform") << u"terraform"_s << u"main.tf"_s << QByteArray("# Exported by SkyDraft");
        QTest::newRow("drawio") << u"drawio"_s << u"design.drawio"_s << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<mxfile");
    }
    void writesEachFormat()
    {
        QFETCH(QString, to);
        QFETCH(QString, out);
        QFETCH(QByteArray, starts);
        QTemporaryDir dir;
        const QString path = dir.filePath(out);
        const test::Run r = runSkydraft({u"export"_s, sample(u"three-tier"_s), u"--to"_s, to, u"-o"_s, path});
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(readAll(path).startsWith(starts), readAll(path).left(80).constData());
        QVERIFY(r.out.contains(path));
    }

    void writtenTemplatesValidate()
    {
        // The command's output (after validation and layout) passes the specification too.
        static const test::CfnSpec spec(QStringLiteral(SKYDRAFT_SOURCE_DIR) + u"/tests/data/cfnspec/specification-trimmed.json"_s);
        QVERIFY(spec.isValid());
        QTemporaryDir dir;
        const auto doc = test::varietyDesign();
        QVERIFY(doc);
        const QList<Diagnostic> found = Validator::validate(*doc);
        QStringList errors;
        for (const Diagnostic &d : found)
            if (d.severity == Severity::Error)
                errors.append(d.format());
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        const QString design = dir.filePath(u"variety.skydraft"_s);
        QVERIFY(NativeFile::save(*doc, design));
        for (const QString &out : {u"stack.json"_s, u"stack.yaml"_s}) {
            const test::Run r = runSkydraft({u"export"_s, design, u"--to"_s, u"cloudformation"_s, u"-o"_s, dir.filePath(out)});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QByteArray json = readAll(dir.filePath(out));
            if (out.endsWith(u".yaml"_s)) {
                QString error;
                json = test::yamlToJson(json, &error);
                QVERIFY2(!json.isEmpty(), qPrintable(error));
            }
            const QStringList problems = spec.check(json);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        }
    }

    void terraformIntoAFolderWritesAModule()
    {
        QTemporaryDir dir;
        const test::Run r = runSkydraft({u"export"_s, sample(u"stateful-shop"_s), u"--to"_s, u"terraform"_s, u"-o"_s, dir.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), (QStringList{u"main.tf"_s, u"outputs.tf"_s, u"variables.tf"_s}));
        QVERIFY(readAll(dir.filePath(u"main.tf"_s)).contains("resource \"aws_vpc\" \"Vpc\""));
        QVERIFY(readAll(dir.filePath(u"variables.tf"_s)).contains("variable \"database_password\""));
        QVERIFY(readAll(dir.filePath(u"outputs.tf"_s)).contains("output \"web_load_balancer_dns_name\""));
        QVERIFY(!readAll(dir.filePath(u"main.tf"_s)).contains("variable \""));
    }

    void badInputLeavesOutUntouched_data()
    {
        QTest::addColumn<QStringList>("args"); // OUT is appended
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown format") << QStringList{u"export"_s, sample(u"three-tier"_s), u"--to"_s, u"visio"_s} << u"--to must be"_s;
        QTest::newRow("image, bad scale") << QStringList{u"export"_s, sample(u"three-tier"_s), u"--to"_s, u"png"_s, u"--scale"_s, u"99"_s} << u"--scale must be"_s;
        QTest::newRow("missing file") << QStringList{u"export"_s, u"/nonexistent/x.skydraft"_s, u"--to"_s, u"drawio"_s} << u"no such file"_s;
        QTest::newRow("invalid design") << QStringList{u"export"_s, u"INVALID"_s, u"--to"_s, u"cloudformation"_s} << u"invalid.skydraft:"_s;
        QTest::newRow("unreadable design") << QStringList{u"export"_s, u"GARBAGE"_s, u"--to"_s, u"terraform"_s} << u"garbage.skydraft"_s;
        QTest::newRow("no --to") << QStringList{u"export"_s, sample(u"three-tier"_s)} << u"--to and -o are required"_s;
        QTest::newRow("unknown option") << QStringList{u"export"_s, sample(u"three-tier"_s), u"--format"_s, u"json"_s, u"--to"_s, u"drawio"_s}
                                        << u"unknown option --format"_s;
    }
    void badInputLeavesOutUntouched()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString invalid = dir.filePath(u"invalid.skydraft"_s);
        QByteArray text = test::baseDesignJson();
        text.replace("\"10.0.0.0/24\"", "\"10.0.0.0/33\"");
        writeFile(invalid, text);
        const QString garbage = dir.filePath(u"garbage.skydraft"_s);
        writeFile(garbage, "{\"format\": \"skydraft\", \"version\": 1, \"resources\": [");
        args.replaceInStrings(u"INVALID"_s, invalid);
        args.replaceInStrings(u"GARBAGE"_s, garbage);
        const QString out = dir.filePath(u"out.txt"_s);
        writeFile(out, "old content");
        const test::Run r = runSkydraft(args + QStringList{u"-o"_s, out});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(u'\n') < 3, true); // one line per problem, no trace
        QCOMPARE(readAll(out), QByteArray("old content"));
    }

    void emptyDesignIsRefusedByEveryExport_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("out");
        QTest::newRow("cloudformation") << u"cloudformation"_s << u"stack.yaml"_s;
        QTest::newRow("terraform") << u"terraform"_s << u"main.tf"_s;
        QTest::newRow("drawio") << u"drawio"_s << u"d.drawio"_s;
        QTest::newRow("png") << u"png"_s << u"d.png"_s;
        QTest::newRow("svg") << u"svg"_s << u"d.svg"_s;
    }
    void emptyDesignIsRefusedByEveryExport()
    {
        // Today's bug: `Resources: {}` and exit 0, which CloudFormation rejects.
        QFETCH(QString, to);
        QFETCH(QString, out);
        QTemporaryDir dir;
        const QString empty = dir.filePath(u"empty.skydraft"_s);
        writeFile(empty, R"({"format": "skydraft", "version": 1, "title": "e", "region": "us-east-1", "resources": []})");
        const test::Run r = runSkydraft({u"export"_s, empty, u"--to"_s, to, u"-o"_s, dir.filePath(out)});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"empty.skydraft:1:1: the design is empty"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(out)));
    }

    void terraformIntoAFolderCreatesIt()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"new/module/"_s);
        const test::Run r = runSkydraft({u"export"_s, sample(u"three-tier"_s), u"--to"_s, u"terraform"_s, u"-o"_s, folder});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(folder + u"main.tf"_s));
        QVERIFY(QFile::exists(folder + u"variables.tf"_s));
    }

    void unwritableOutFails()
    {
        const test::Run r = runSkydraft({u"export"_s, sample(u"three-tier"_s), u"--to"_s, u"drawio"_s, u"-o"_s,
                                         u"/nonexistent-dir/sub/out.drawio"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"cannot write"_s), qPrintable(r.err));
    }

    void helpListsExport()
    {
        const test::Run r = runSkydraft({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"skydraft export FILE --to"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
