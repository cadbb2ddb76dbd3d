// `skydraft simulate --drill D --report OUT.html|OUT.pdf` (issue 11, "Drill report"): the HTML
// parses as XML and holds every expectation with its verdict, charts and the design as inline
// SVG, the timeline; exit codes are those of the run (0, 1; 2 for an unwritable report); the
// same inputs give the same bytes; names from the design and the drill are shown as text; the
// PDF is a PDF that holds the verdict.

#include "clisupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

using skydraft::test::Run;
using skydraft::test::runSkydraft;

const QString svgNs = u"http://www.w3.org/2000/svg"_s;

QString threeTier() { return QStringLiteral(SKYDRAFT_SOURCE_DIR) + u"/resources/samples/three-tier.skydraft"_s; }
QString azLoss() { return QStringLiteral(SKYDRAFT_SOURCE_DIR) + u"/resources/drills/three-tier-az-loss.json"_s; }

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text);
    return path;
}

/// What a report says, read back with an XML parser (the report is XHTML-compatible).
struct Parsed {
    QString error;              ///< the parser's complaint, empty when it parsed
    QString verdict;            ///< data-verdict of the verdict paragraph
    QStringList expectations;   ///< "PASS error_rate from 0 to 299 <= 0.001: 0"
    int svgs = 0;               ///< <svg> elements in the SVG namespace (not nested ones)
    int polylines = 0;          ///< series lines in the charts
    int markers = 0;            ///< vertical event markers
    int timelineRows = 0;
    QStringList elements;       ///< every element name met, in order
    QString text;               ///< every character of the page
};

Parsed parse(const QByteArray &html)
{
    Parsed p;
    QXmlStreamReader xml(html);
    int svgDepth = 0;
    QString table;
    QString rowVerdict, what, actual, cell;
    bool inRow = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            const QString cls = xml.attributes().value(u"class"_s).toString();
            p.elements.append(name);
            if (name == u"svg"_s && xml.namespaceUri() == svgNs && svgDepth++ == 0)
                ++p.svgs;
            if (name == u"polyline"_s && cls == u"series"_s)
                ++p.polylines;
            if (name == u"line"_s && cls == u"marker"_s)
                ++p.markers;
            if (name == u"p"_s && xml.attributes().value(u"id"_s) == u"verdict"_s)
                p.verdict = xml.attributes().value(u"data-verdict"_s).toString();
            if (name == u"table"_s)
                table = cls;
            if (name == u"tr"_s && table == u"timeline"_s)
                ++p.timelineRows;
            if (name == u"tr"_s && cls == u"expectation"_s) {
                inRow = true;
                rowVerdict = xml.attributes().value(u"data-verdict"_s).toString();
                what.clear();
                actual.clear();
            }
            if (name == u"td"_s && inRow)
                cell = cls;
        } else if (xml.isEndElement()) {
            if (xml.name() == u"svg"_s && xml.namespaceUri() == svgNs)
                --svgDepth;
            if (xml.name() == u"tr"_s && inRow) {
                p.expectations.append(rowVerdict + u' ' + what + u": "_s + actual);
                inRow = false;
            }
        } else if (xml.isCharacters()) {
            p.text += xml.text();
            if (inRow && cell == u"what"_s)
                what += xml.text();
            if (inRow && cell == u"actual number"_s)
                actual += xml.text();
        }
    }
    if (xml.hasError())
        p.error = u"line %1, column %2: %3"_s.arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString());
    p.timelineRows = std::max(0, p.timelineRows - 1); // the header row
    return p;
}

} // namespace

class TstCliReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void azLossReport()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"report.html"_s);
        const Run r = runSkydraft({u"simulate"_s, threeTier(), u"--drill"_s, azLoss(), u"--report"_s, out, u"--format"_s, u"json"_s});
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // no Qt warnings on a headless run
        const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(!summary.isEmpty());
        // The exit code is the run's verdict, report or not.
        QCOMPARE(r.exitCode, summary.value(u"passed"_s).toBool() ? 0 : 1);
        QCOMPARE(r.exitCode, 0);

        const QByteArray html = readAll(out);
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        const Parsed p = parse(html);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.verdict, u"PASS"_s);
        // Every expectation of the drill, with its verdict and actual value.
        const QStringList expected = {
            u"PASS error_rate from 0 to 299 <= 0.001: "_s,
            u"PASS error_rate from 480 to 1499 <= 0.01: "_s,
            u"PASS in_service WebServerGroup at 800 >= 2: "_s,
            u"PASS available Database at 800 >= 1: 1"_s,
        };
        QCOMPARE(p.expectations.size(), expected.size());
        const QJsonArray json = summary.value(u"expectations"_s).toArray();
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QVERIFY2(p.expectations[i].startsWith(expected[i]), qPrintable(p.expectations[i]));
            const double actual = p.expectations[i].section(u": "_s, -1).toDouble();
            QCOMPARE(actual, json[i].toObject().value(u"actual"_s).toDouble());
        }
        // Charts (three for the design, CPU and capacity for the group) and the design: inline SVG.
        QCOMPARE(p.svgs, 3 + 2 + 1);
        QVERIFY(p.polylines >= 7);
        QVERIFY(p.markers >= 2 * 5); // az-failed and az-recovered on every chart at least
        // The timeline, one row per event, and the design's picture with its resources' names.
        QCOMPARE(p.timelineRows, summary.value(u"timeline"_s).toArray().size());
        QVERIFY(p.text.contains(u"az-failed"_s));
        QVERIFY(p.text.contains(u"Lose an Availability Zone"_s));
        QVERIFY(p.text.contains(u"Three tiers across two Availability Zones"_s));
        QVERIFY(p.text.contains(u"WebServerGroup: CPU"_s));
        QVERIFY(!p.elements.contains(u"script"_s));
        QVERIFY(!html.contains("<img"));
    }

    void sameInputsSameBytes()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(u"a.html"_s), b = dir.filePath(u"b.html"_s);
        QCOMPARE(runSkydraft({u"simulate"_s, threeTier(), u"--drill"_s, azLoss(), u"--report"_s, a}).exitCode, 0);
        QCOMPARE(runSkydraft({u"simulate"_s, threeTier(), u"--drill"_s, azLoss(), u"--report="_s + b}).exitCode, 0);
        const QByteArray first = readAll(a);
        QVERIFY(first.size() > 10000);
        QCOMPARE(readAll(b), first);
        // Another seed is another run: the report says so.
        const QString c = dir.filePath(u"c.html"_s);
        runSkydraft({u"simulate"_s, threeTier(), u"--drill"_s, azLoss(), u"--seed"_s, u"8"_s, u"--report"_s, c});
        QVERIFY(readAll(c) != first);
    }

    void failingDrillSaysFail()
    {
        QTemporaryDir dir;
        const QString drill = writeFile(dir, u"d.json"_s, R"({"name": "Lose the database", "duration": 300, "traffic": {"rps": 60},
  "events": [{"at": 100, "do": "fail", "target": "Database"}],
  "expect": [{"metric": "error_rate", "max": 0.0001}, {"metric": "desired", "target": "WebServerGroup", "at": 10, "min": 2}]})");
        const QString out = dir.filePath(u"fail.html"_s);
        const Run r = runSkydraft({u"simulate"_s, threeTier(), u"--drill"_s, drill, u"--report"_s, out});
        QCOMPARE(r.exitCode, 1);
        const Parsed p = parse(readAll(out));
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.verdict, u"FAIL"_s);
        QCOMPARE(p.expectations.size(), 2);
        QVERIFY2(p.expectations[0].startsWith(u"FAIL error_rate <= 0.0001: 0."_s), qPrintable(p.expectations[0]));
        QVERIFY2(p.expectations[1].startsWith(u"PASS desired WebServerGroup at 10 >= 2: 2"_s), qPrintable(p.expectations[1]));
        QVERIFY(p.text.contains(u"1 of 2 expectations failed."_s));
    }

    void unwritableReportExitsTwo()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"no-such-folder/report.html"_s);
        Run r = runSkydraft({u"simulate"_s, threeTier(), u"--drill"_s, azLoss(), u"--report"_s, out});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY2(r.err.startsWith(u"skydraft: "_s + out + u": cannot write: "_s), qPrintable(r.err));
        QVERIFY(r.out.isEmpty()); // the summary is not printed for a run whose report is lost
        QVERIFY(!QFile::exists(out));
        // Not a report format: refused before anything runs.
        r = runSkydraft({u"simulate"_s, threeTier(), u"--drill"_s, azLoss(), u"--report"_s, dir.filePath(u"report.txt"_s)});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY2(r.err.contains(u".html, .htm or .pdf"_s), qPrintable(r.err));
    }

    void existingReportKeptOnFailure()
    {
        if (::geteuid() == 0)
            QSKIP("root writes into read-only folders");
        QTemporaryDir dir;
        const QString existing = writeFile(dir, u"keep.html"_s, "old");
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
        const Run r = runSkydraft({u"simulate"_s, threeTier(), u"--drill"_s, azLoss(), u"--report"_s, existing});
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(readAll(existing), QByteArray("old"));
    }

    void designNamesAreText()
    {
        QTemporaryDir dir;
        QByteArray design = readAll(threeTier());
        QVERIFY(design.contains("\"title\": \"Three tiers across two Availability Zones\""));
        design.replace("\"title\": \"Three tiers across two Availability Zones\"",
                       "\"title\": \"<script>alert(1)</script> & co\"");
        design.replace("\"name\": \"Internet clients\"", "\"name\": \"<img src=x>\"");
        const QString file = writeFile(dir, u"evil.skydraft"_s, design);
        const QString drill = writeFile(dir, u"evil.json"_s, R"({"name": "<b>bold</b>", "description": "a </p><script>x</script>",
  "duration": 60, "expect": [{"metric": "errors", "max": 0}]})");
        const QString out = dir.filePath(u"evil.html"_s);
        const Run r = runSkydraft({u"simulate"_s, file, u"--drill"_s, drill, u"--report"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray html = readAll(out);
        const Parsed p = parse(html);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        // Shown as text, never as markup: no element the names would make.
        for (const QString &e : {u"script"_s, u"img"_s, u"b"_s})
            QVERIFY2(!p.elements.contains(e), qPrintable(e));
        QVERIFY(p.text.contains(u"<script>alert(1)</script> & co"_s));
        QVERIFY(p.text.contains(u"<b>bold</b>"_s));
        QVERIFY(p.text.contains(u"a </p><script>x</script>"_s));
        QVERIFY(p.text.contains(u"<img src=x>"_s)); // the diagram's label
        QVERIFY(!html.contains("<script"));
        QVERIFY(!html.contains("<img"));
    }

    void pdfReport()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"report.pdf"_s);
        const Run r = runSkydraft({u"simulate"_s, threeTier(), u"--drill"_s, azLoss(), u"--report"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QByteArray pdf = readAll(out);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.size() > 20000); // pictures included
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess p;
        p.start(pdftotext, {u"-layout"_s, out, u"-"_s});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(u"Drill report: Lose an Availability Zone"_s), qPrintable(text.left(2000)));
        QVERIFY(text.contains(u"PASS"_s));
        QVERIFY(text.contains(u"Every expectation held (4 of 4)."_s));
        QVERIFY(text.contains(u"in_service WebServerGroup at 800 >= 2"_s));
        QVERIFY(text.contains(u"az-recovered"_s));
        QVERIFY(!text.contains(u"FAIL"_s));
    }
};

QTEST_GUILESS_MAIN(TstCliReport)
#include "tst_cli_report.moc"
