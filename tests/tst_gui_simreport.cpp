// File > Simulation > Export Drill Report in the window: enabled only while simulating; the
// report of a run under way holds the drill's expectations with their verdicts so far, charts
// and the design as inline SVG, and says the run is not finished; PDF by the extension; a
// report that cannot be written says why.

#include "guisupport.h"

#include "views/simulation/simulationroom.h"
#include "views/simulation/simulationsession.h"

#include <QAction>
#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace skydraft;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestGuiSimReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportReportOfARun()
    {
        auto w = test::shownWindow();
        QVERIFY(w);
        SimulationRoom room(w.get());
        auto *action = room.findChild<QAction *>(u"exportDrillReport"_s);
        QVERIFY(action);
        QVERIFY(!action->isEnabled());
        QTemporaryDir dir;
        QString error;
        QVERIFY(!room.exportReport(dir.filePath(u"none.html"_s), &error)); // nothing runs
        QVERIFY(!error.isEmpty());

        QVERIFY2(room.start(u":/drills/three-tier-az-loss.json"_s, &error), qPrintable(error));
        QVERIFY(action->isEnabled());
        room.session()->seek(850); // the zone is down, the first two windows are decided

        const QString html = dir.filePath(u"report.html"_s);
        QVERIFY2(room.exportReport(html, &error), qPrintable(error));
        const QByteArray bytes = readAll(html);
        QXmlStreamReader xml(bytes);
        QString verdict;
        QStringList expectations;
        int svgs = 0;
        QString text;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == u"svg"_s && xml.namespaceUri() == u"http://www.w3.org/2000/svg"_s)
                    ++svgs;
                if (xml.attributes().value(u"id"_s) == u"verdict"_s)
                    verdict = xml.attributes().value(u"data-verdict"_s).toString();
                if (xml.attributes().value(u"class"_s) == u"expectation"_s)
                    expectations.append(xml.attributes().value(u"data-verdict"_s).toString());
            } else if (xml.isCharacters()) {
                text += xml.text();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        // Evaluated on what was simulated: the window 480..1499 holds so far.
        QCOMPARE(expectations, QStringList({u"PASS"_s, u"PASS"_s, u"PASS"_s, u"PASS"_s}));
        QCOMPARE(verdict, u"PASS"_s);
        QVERIFY(svgs >= 6);
        QVERIFY(text.contains(u"850 s of 1500 s simulated"_s));
        QVERIFY(text.contains(u"three-tier-az-loss.json"_s));
        QVERIFY(text.contains(u"fail Availability Zone us-east-1a"_s)); // the drill's events
        QVERIFY(text.contains(u"az-failed"_s));                          // the timeline

        const QString pdf = dir.filePath(u"report.PDF"_s);
        QVERIFY2(room.exportReport(pdf, &error), qPrintable(error));
        QVERIFY(readAll(pdf).startsWith("%PDF-"));

        error.clear();
        QVERIFY(!room.exportReport(dir.filePath(u"missing/report.html"_s), &error));
        QVERIFY2(error.contains(u"cannot write"_s), qPrintable(error));
        QVERIFY(!room.exportReport(dir.filePath(u"report.txt"_s), &error));
        QVERIFY(!QFile::exists(dir.filePath(u"report.txt"_s)));

        room.stop();
        QVERIFY(!action->isEnabled());
    }
};

QTEST_MAIN(TestGuiSimReport)
#include "tst_gui_simreport.moc"
