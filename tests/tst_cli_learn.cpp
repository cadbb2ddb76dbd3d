// skydraft learn list|show|check, as a teacher's script runs it: exit codes, the solution of every
// scenario passes, its start does not, bad input is one located line.

#include "clisupport.h"

#include "model/learn/scenario.h"
#include "model/nativefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace skydraft;
using test::runSkydraft;

class TestCliLearn : public QObject
{
    Q_OBJECT

private:
    /// A design source written to a file the binary can read (built-in ones live in the qrc).
    static QString writeDesign(const QTemporaryDir &dir, const learn::DesignSource &source, const QString &name)
    {
        const auto doc = learn::loadDesign(source);
        const QString path = dir.filePath(name);
        return doc && NativeFile::save(*doc, path) ? path : QString();
    }

private Q_SLOTS:
    void list()
    {
        const auto r = runSkydraft({u"learn"_s, u"list"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(rows.size() >= 14);
        QCOMPARE(rows.first()[u"id"_s].toString(), u"whatisthetime"_s);
        int questions = 0;
        for (const QJsonValue &row : rows)
            questions += row[u"questions"_s].toInt();
        QVERIFY(questions >= 40);
        const auto text = runSkydraft({u"learn"_s, u"list"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(u"route53-failover"_s));
    }

    void show()
    {
        const auto en = runSkydraft({u"learn"_s, u"show"_s, u"bastion"_s, u"--lang"_s, u"en"_s});
        QCOMPARE(en.exitCode, 0);
        QVERIFY(en.out.contains(u"A bastion host for SSH"_s));
        QVERIFY(en.out.contains(u"Q3."_s));
        const auto ko = runSkydraft({u"learn"_s, u"show"_s, u"bastion"_s, u"--lang"_s, u"ko"_s});
        QCOMPARE(ko.exitCode, 0);
        QVERIFY(ko.out.contains(u"배스천"_s));
        const auto unknown = runSkydraft({u"learn"_s, u"show"_s, u"nothing"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(u"no scenario \"nothing\""_s));
    }

    void checkEveryScenario_data()
    {
        QTest::addColumn<QString>("id");
        for (const learn::Scenario &s : learn::loadLibrary())
            QTest::newRow(qPrintable(s.id)) << s.id;
    }
    void checkEveryScenario()
    {
        QFETCH(QString, id);
        learn::Scenario scenario;
        for (const learn::Scenario &s : learn::loadLibrary())
            if (s.id == id)
                scenario = s;
        QTemporaryDir dir;
        const QString solution = writeDesign(dir, scenario.solution, u"solution.skydraft"_s);
        const QString start = writeDesign(dir, scenario.start, u"start.skydraft"_s);
        QVERIFY(!solution.isEmpty() && !start.isEmpty());
        const auto passed = runSkydraft({u"learn"_s, u"check"_s, id, solution});
        QVERIFY2(passed.exitCode == 0, qPrintable(passed.out + passed.err));
        const auto unmet = runSkydraft({u"learn"_s, u"check"_s, id, start, u"--format"_s, u"json"_s});
        QCOMPARE(unmet.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(unmet.out.toUtf8()).object();
        QCOMPARE(report[u"passed"_s].toBool(), false);
        QCOMPARE(report[u"scenario"_s].toString(), id);
    }

    void badInput()
    {
        QTemporaryDir dir;
        const auto missing = runSkydraft({u"learn"_s, u"check"_s, u"bastion"_s, dir.filePath(u"none.skydraft"_s)});
        QCOMPARE(missing.exitCode, 2);
        const auto noSub = runSkydraft({u"learn"_s});
        QCOMPARE(noSub.exitCode, 2);
        // A teacher's scenario file with a mistake: one located line.
        const QString path = dir.filePath(u"mine.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"id\": \"mine\",\n  \"level\": 3\n}\n");
        f.close();
        const auto bad = runSkydraft({u"learn"_s, u"show"_s, path});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.startsWith(path + u":1:1: "_s) || bad.err.startsWith(path + u":3:12: "_s), qPrintable(bad.err));
        for (const QString &line : bad.err.trimmed().split(u'\n'))
            QVERIFY2(line.startsWith(path + u':'), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestCliLearn)
#include "tst_cli_learn.moc"
