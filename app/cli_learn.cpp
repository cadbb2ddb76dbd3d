// skydraft learn list|show|check: study mode's scenarios on the command line, for teachers
// grading files and for scripts.

#include "clicommon.h"

#include "model/learn/grading.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace skydraft::cli {

namespace {

const QString kUsage = u"usage: skydraft learn list [--format text|json]\n"
                       "       skydraft learn show ID [--lang en|ko]\n"
                       "       skydraft learn check ID FILE [--format text|json]"_s;

QString systemLanguage()
{
    return QLocale().language() == QLocale::Korean ? u"ko"_s : u"en"_s;
}

/// The built-in scenario `id`, or a scenario file given by path (a teacher's own).
std::optional<learn::Scenario> findScenario(const QString &id)
{
    if (id.endsWith(u".json"_s) && QFileInfo::exists(id)) {
        learn::ScenarioParse parsed = learn::loadScenario(id);
        for (const Diagnostic &d : std::as_const(parsed.errors))
            err() << d.format() << Qt::endl;
        return std::move(parsed.scenario);
    }
    QList<Diagnostic> errors;
    const QList<learn::Scenario> all = learn::loadLibrary(u":/scenarios"_s, &errors);
    for (const learn::Scenario &s : all)
        if (s.id == id)
            return s;
    QStringList ids;
    for (const learn::Scenario &s : all)
        ids.append(s.id);
    fail(CliMsg::tr("no scenario \"%1\"; see skydraft learn list (%2)").arg(id, ids.join(u", "_s)));
    return std::nullopt;
}

QString kindName(learn::Goal::Kind kind)
{
    switch (kind) {
    case learn::Goal::Kind::Reach: return u"reach"_s;
    case learn::Goal::Kind::Lint: return u"lint"_s;
    case learn::Goal::Kind::Resource: return u"resource"_s;
    case learn::Goal::Kind::Drill: return u"drill"_s;
    case learn::Goal::Kind::Question: return u"question"_s;
    }
    return {};
}

int list(const QStringList &args)
{
    QString format = u"text"_s;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == u"--format"_s && i + 1 < args.size())
            format = args[++i];
        else if (args[i].startsWith(u"--format="_s))
            format = args[i].mid(9);
        else
            return fail(CliMsg::tr("unexpected argument \"%1\"").arg(args[i]) + u"; "_s + kUsage);
    }
    if (format != u"text"_s && format != u"json"_s)
        return fail(CliMsg::tr("--format must be text or json, not \"%1\"").arg(format));
    QList<Diagnostic> errors;
    const QList<learn::Scenario> all = learn::loadLibrary(u":/scenarios"_s, &errors);
    for (const Diagnostic &d : std::as_const(errors))
        err() << d.format() << Qt::endl;
    const QString lang = systemLanguage();
    if (format == u"json"_s) {
        QJsonArray rows;
        for (const learn::Scenario &s : all)
            rows.append(QJsonObject{{u"id"_s, s.id}, {u"order"_s, s.order}, {u"level"_s, s.level},
                                    {u"topic"_s, s.topic.in(lang)}, {u"title"_s, s.title.in(lang)},
                                    {u"goals"_s, int(s.designGoals().size())}, {u"questions"_s, int(s.questions().size())}});
        out() << QString::fromUtf8(QJsonDocument(rows).toJson());
    } else {
        QString topic;
        for (const learn::Scenario &s : all) {
            if (s.topic.in(lang) != topic) {
                topic = s.topic.in(lang);
                out() << topic << u'\n';
            }
            out() << u"  "_s << s.id.leftJustified(24) << u' ' << s.level.leftJustified(13) << s.title.in(lang) << u'\n';
        }
    }
    out().flush();
    return errors.isEmpty() ? exitOk : exitBadInput;
}

int show(const QStringList &args)
{
    const Options o = parseOptions(args, {u"lang"_s});
    if (!o.error.isEmpty())
        return fail(o.error + u"; "_s + kUsage);
    const QString lang = o.values.value(u"lang"_s, systemLanguage());
    if (lang != u"en"_s && lang != u"ko"_s)
        return fail(CliMsg::tr("--lang must be en or ko, not \"%1\"").arg(lang));
    const auto s = findScenario(o.file);
    if (!s)
        return exitBadInput;
    QTextStream &t = out();
    t << s->title.in(lang) << u"  ("_s << s->id << u", "_s << s->level << u")\n"_s;
    t << s->topic.in(lang) << u"\n\n"_s << s->brief.in(lang) << u"\n\n"_s;
    t << CliMsg::tr("Goals:") << u'\n';
    for (const learn::Goal *g : s->designGoals())
        t << u"  - "_s << g->label.in(lang) << u"  ["_s << kindName(g->kind) << u"]\n"_s;
    t << u'\n' << CliMsg::tr("Hints:") << u'\n';
    for (qsizetype i = 0; i < s->hints.size(); ++i)
        t << u"  "_s << (i + 1) << u". "_s << s->hints[i].in(lang) << u'\n';
    t << u'\n' << CliMsg::tr("Explanation:") << u'\n' << s->explanation.in(lang) << u"\n"_s;
    const QList<const learn::Goal *> questions = s->questions();
    for (qsizetype q = 0; q < questions.size(); ++q) {
        const learn::Question &question = questions[q]->question;
        t << u"\nQ"_s << (q + 1) << u". "_s << question.prompt.in(lang) << u'\n';
        for (qsizetype i = 0; i < question.options.size(); ++i) {
            const learn::Option &option = question.options[i];
            t << u"  "_s << QChar(char16_t(u'A' + i)) << (option.correct ? u"* "_s : u"  "_s) << option.text.in(lang) << u'\n'
              << u"      "_s << option.why.in(lang) << u'\n';
        }
    }
    t.flush();
    return exitOk;
}

int checkFile(const QStringList &args)
{
    if (args.isEmpty())
        return fail(CliMsg::tr("no scenario ID given") + u"; "_s + kUsage);
    const Options o = parseOptions(args.mid(1), {u"format"_s, u"param"_s, u"region"_s});
    if (!o.error.isEmpty())
        return fail(o.error + u"; "_s + kUsage);
    const QString format = o.values.value(u"format"_s, u"text"_s);
    if (format != u"text"_s && format != u"json"_s)
        return fail(CliMsg::tr("--format must be text or json, not \"%1\"").arg(format));
    const auto s = findScenario(args.first());
    if (!s)
        return exitBadInput;
    LoadResult loaded;
    if (!loadDesign(o, loaded))
        return exitBadInput;
    const QList<learn::GoalResult> results = learn::grade(*s, *loaded.document);
    const bool passed = learn::allMet(*s, results);
    const QString lang = systemLanguage();
    if (format == u"json"_s) {
        QJsonArray goals;
        for (qsizetype i = 0; i < s->goals.size(); ++i) {
            const learn::Goal &g = s->goals[i];
            if (!g.gradesDesign())
                continue;
            goals.append(QJsonObject{{u"kind"_s, kindName(g.kind)}, {u"label"_s, g.label.in(lang)},
                                     {u"met"_s, results[i].met}, {u"detail"_s, results[i].detail}});
        }
        out() << QString::fromUtf8(QJsonDocument(QJsonObject{{u"scenario"_s, s->id}, {u"file"_s, o.file},
                                                             {u"passed"_s, passed}, {u"goals"_s, goals}})
                                       .toJson());
    } else {
        int met = 0, total = 0;
        for (qsizetype i = 0; i < s->goals.size(); ++i) {
            const learn::Goal &g = s->goals[i];
            if (!g.gradesDesign())
                continue;
            ++total;
            met += results[i].met ? 1 : 0;
            out() << (results[i].met ? u"  MET    "_s : u"  UNMET  "_s) << g.label.in(lang) << u'\n';
            if (!results[i].met && !results[i].detail.isEmpty())
                out() << u"         "_s << results[i].detail << u'\n';
        }
        out() << CliMsg::tr("%1: %2 of %3 goals met for %4").arg(o.file).arg(met).arg(total).arg(s->id) << u'\n';
    }
    out().flush();
    return passed ? exitOk : exitFindings;
}

} // namespace

int learnCommand(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"list"_s)
        return list(args.mid(1));
    if (sub == u"show"_s)
        return show(args.mid(1));
    if (sub == u"check"_s)
        return checkFile(args.mid(1));
    return fail((sub.isEmpty() ? CliMsg::tr("learn needs list, show or check")
                               : CliMsg::tr("unknown learn command \"%1\"").arg(sub))
                + u"; "_s + kUsage);
}

} // namespace skydraft::cli
