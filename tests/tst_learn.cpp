// Study mode's model: every built-in scenario reads, speaks both languages, is not solved by its
// start and is solved by its reference solution; bad scenario files give one located line each.

#include "model/document.h"
#include "model/learn/grading.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace skydraft;

class TestLearn : public QObject
{
    Q_OBJECT

private:
    static QList<learn::Scenario> library()
    {
        QList<Diagnostic> errors;
        const QList<learn::Scenario> all = learn::loadLibrary(u":/scenarios"_s, &errors);
        for (const Diagnostic &d : std::as_const(errors))
            qWarning().noquote() << d.format();
        return errors.isEmpty() ? all : QList<learn::Scenario>{};
    }

    static void scenarioRows()
    {
        QTest::addColumn<QString>("id");
        for (const learn::Scenario &s : library())
            QTest::newRow(qPrintable(s.id)) << s.id;
    }
    static learn::Scenario scenario(const QString &id)
    {
        for (const learn::Scenario &s : library())
            if (s.id == id)
                return s;
        return {};
    }

private Q_SLOTS:
    void libraryReads()
    {
        QList<Diagnostic> errors;
        const QList<learn::Scenario> all = learn::loadLibrary(u":/scenarios"_s, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().format()));
        QVERIFY(all.size() >= 14);
        QSet<QString> ids;
        QSet<int> orders;
        int questions = 0;
        for (const learn::Scenario &s : all) {
            ids.insert(s.id);
            orders.insert(s.order);
            questions += int(s.questions().size());
            QVERIFY2(s.questions().size() >= 2 && s.questions().size() <= 3, qPrintable(s.id));
            QCOMPARE(QFileInfo(s.file).completeBaseName(), s.id);
        }
        QCOMPARE(ids.size(), all.size());
        QCOMPARE(orders.size(), all.size());
        QVERIFY(questions >= 40);
        // The notes' order: the first is WhatIsTheTime.com, the last Route 53.
        QCOMPARE(all.first().id, u"whatisthetime"_s);
        QCOMPARE(all.last().id, u"route53-failover"_s);
    }

    void bothLanguages_data() { scenarioRows(); }
    void bothLanguages()
    {
        QFETCH(QString, id);
        const learn::Scenario s = scenario(id);
        QList<learn::Text> texts = {s.topic, s.title, s.brief, s.explanation};
        texts += s.hints;
        QVERIFY(s.hints.size() >= 2);
        QList<learn::Text> optionTexts; // may be a name or a number in both languages ("25 %")
        for (const learn::Goal &g : s.goals) {
            if (g.gradesDesign()) {
                texts.append(g.label);
                continue;
            }
            texts.append(g.question.prompt);
            for (const learn::Option &o : g.question.options) {
                texts.append(o.why);
                optionTexts.append(o.text);
            }
        }
        for (const learn::Text &t : std::as_const(optionTexts))
            QVERIFY2(!t.en.trimmed().isEmpty() && !t.ko.trimmed().isEmpty(), qPrintable(t.en + u" / "_s + t.ko));
        for (const learn::Text &t : std::as_const(texts)) {
            QVERIFY2(!t.en.trimmed().isEmpty() && !t.ko.trimmed().isEmpty(), qPrintable(t.en + u" / "_s + t.ko));
            // The Korean text is Korean (Hangul syllables) and the English one is not.
            const auto hangul = [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; };
            QVERIFY2(std::any_of(t.ko.begin(), t.ko.end(), hangul), qPrintable(t.ko));
            QVERIFY2(std::none_of(t.en.begin(), t.en.end(), hangul), qPrintable(t.en));
        }
    }

    void startDoesNotMeetGoals_data() { scenarioRows(); }
    void startDoesNotMeetGoals()
    {
        QFETCH(QString, id);
        const learn::Scenario s = scenario(id);
        QList<Diagnostic> errors;
        const auto doc = learn::loadDesign(s.start, &errors);
        QVERIFY(doc);
        const QList<learn::GoalResult> results = learn::grade(s, *doc);
        QVERIFY2(!learn::allMet(s, results), qPrintable(id));
        for (qsizetype i = 0; i < results.size(); ++i)
            if (s.goals[i].gradesDesign() && !results[i].met)
                QVERIFY2(!results[i].detail.isEmpty() || s.goals[i].kind == learn::Goal::Kind::Drill, qPrintable(s.goals[i].label.en));
    }

    void solutionMeetsGoals_data() { scenarioRows(); }
    void solutionMeetsGoals()
    {
        QFETCH(QString, id);
        const learn::Scenario s = scenario(id);
        QList<Diagnostic> errors;
        const auto doc = learn::loadDesign(s.solution, &errors);
        QVERIFY(doc);
        const QList<learn::GoalResult> results = learn::grade(s, *doc);
        for (qsizetype i = 0; i < results.size(); ++i)
            if (s.goals[i].gradesDesign())
                QVERIFY2(results[i].met, qPrintable(s.goals[i].label.en + u": "_s + results[i].detail));
        QVERIFY(learn::allMet(s, results));
    }

    /// Drill goals are short: each runs well within a second (not timed here; kept short by their
    /// duration, and listed so a slow one shows in the log).
    void drillsAreShort_data() { scenarioRows(); }
    void drillsAreShort()
    {
        QFETCH(QString, id);
        const learn::Scenario s = scenario(id);
        const auto doc = learn::loadDesign(s.solution);
        for (const learn::Goal &g : s.goals) {
            if (g.kind != learn::Goal::Kind::Drill)
                continue;
            QVERIFY(g.drill);
            QVERIFY(g.drill->duration <= 1800);
            QElapsedTimer timer;
            timer.start();
            QVERIFY(learn::gradeGoal(g, *doc).met);
            qInfo().noquote() << id << g.drillPath << timer.elapsed() << "ms";
        }
    }

    void questionsGrade()
    {
        const learn::Scenario s = scenario(u"whatisthetime"_s);
        const learn::Question &q = s.questions().first()->question;
        QVERIFY(q.isCorrect({0}));
        QVERIFY(!q.isCorrect({1}));
        QVERIFY(!q.isCorrect({0, 1}));
        QVERIFY(!q.isCorrect({}));
    }

    void resourceConditions()
    {
        const learn::Scenario s = scenario(u"rds-multi-az"_s);
        auto doc = learn::loadDesign(s.start);
        const learn::Goal *multiAz = s.designGoals().at(1);
        learn::GoalResult r = learn::gradeGoal(*multiAz, *doc);
        QVERIFY(!r.met);
        QVERIFY2(r.detail.contains(u"multiAz"_s), qPrintable(r.detail));
        doc->setProperty(u"Database"_s, u"multiAz"_s, true);
        QVERIFY(learn::gradeGoal(*multiAz, *doc).met);
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected"); // FILE:LINE:COL: message (start of)
        const QByteArray good = R"({
  "id": "x", "order": 1, "level": "beginner",
  "topic": {"en": "T", "ko": "주제"}, "title": {"en": "T", "ko": "제목"},
  "brief": {"en": "B", "ko": "설명"}, "explanation": {"en": "E", "ko": "해설"},
  "hints": [{"en": "H", "ko": "힌트"}],
  "start": "empty", "solution": {"sample": "three-tier"},
  "goals": [
    {"kind": "lint", "label": {"en": "L", "ko": "목표"}, "lint": "open-admin-port"}
  ]
}
)";
        QTest::newRow("good") << good << QString();
        QTest::newRow("syntax") << QByteArray(good).replace(R"("order": 1,)", R"("order": 1,,)")
                                << u"bad.json:2:26: invalid JSON"_s;
        QTest::newRow("missing ko") << QByteArray(good).replace(R"({"en": "B", "ko": "설명"})", R"({"en": "B"})")
                                    << u"bad.json:4:12: \"brief\" needs a non-empty \"ko\" text"_s;
        QTest::newRow("unknown kind") << QByteArray(good).replace(R"("kind": "lint")", R"("kind": "lnt")")
                                      << u"bad.json:8:14: unknown goal kind \"lnt\""_s;
        QTest::newRow("unknown key") << QByteArray(good).replace(R"("lint": "open-admin-port")", R"("lint": "open-admin-port", "colour": 1)")
                                     << u"bad.json:8:93: unknown key \"colour\""_s;
        QTest::newRow("unknown sample") << QByteArray(good).replace(R"({"sample": "three-tier"})", R"({"sample": "four-tier"})")
                                        << u"bad.json:6:44: no built-in sample \"four-tier\""_s;
        QTest::newRow("bad level") << QByteArray(good).replace(R"("beginner")", R"("expert")")
                                   << u"bad.json:2:35: \"level\" must be one of"_s;
        QTest::newRow("no goals") << QByteArray(good).replace(R"({"kind": "lint", "label": {"en": "L", "ko": "목표"}, "lint": "open-admin-port"})", "")
                                  << u"bad.json:7:12: a scenario needs at least one goal"_s;
        QTest::newRow("unknown type") << QByteArray(good).replace(R"("lint": "open-admin-port")", R"("lint": "x"}, {"kind": "resource", "label": {"en": "R", "ko": "자원"}, "type": "lambda")")
                                      << u"bad.json:8:133: unknown resource type \"lambda\""_s;
        QTest::newRow("missing drill") << QByteArray(good).replace(R"("lint": "open-admin-port")", R"("lint": "x"}, {"kind": "drill", "label": {"en": "D", "ko": "훈련"}, "drill": "nowhere.json")")
                                       << u"bad.json:8:131: "_s;
    }
    void badFiles()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.json"_s);
        const learn::ScenarioParse parsed = learn::parseScenario(text, path);
        if (expected.isEmpty()) {
            QVERIFY2(parsed.errors.isEmpty(), qPrintable(parsed.errors.isEmpty() ? QString() : parsed.errors.first().format()));
            QVERIFY(parsed.scenario);
            return;
        }
        QVERIFY(!parsed.scenario);
        QCOMPARE(parsed.errors.size(), 1);
        const QString line = parsed.errors.first().format();
        QVERIFY2(!line.contains(u'\n'), qPrintable(line));
        QVERIFY2(line.startsWith(dir.path() + u'/' + expected), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestLearn)
#include "tst_learn.moc"
