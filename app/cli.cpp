#include "cli.h"
#include "clicommon.h"

#include "model/import/designloader.h"
#include "model/validator.h"

#include <QFileInfo>

#include <cstdio>
#include <exception>
#include <new>
#include <numeric>

using namespace Qt::StringLiterals;

namespace skydraft::cli {

namespace {

struct Command {
    QString name;
    int (*run)(const QStringList &args);
};

/// Every subcommand; add a row here and declare the function in clicommon.h.
const QList<Command> &commands()
{
    static const QList<Command> table = {
        {u"validate"_s, validate},
        {u"check"_s, check},
        {u"reach"_s, reach},
        {u"import"_s, importTemplate},
        {u"layout"_s, layout},
        {u"export"_s, exportDesign},
        {u"simulate"_s, simulate},
        {u"learn"_s, learnCommand},
    };
    return table;
}

} // namespace

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message)
{
    err() << u"skydraft: "_s << message << Qt::endl;
    return exitBadInput;
}

Options parseOptions(const QStringList &args, const QStringList &allowed, const QStringList &repeatable)
{
    Options o;
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args[i];
        if (!a.startsWith(u"--"_s)) {
            if (!o.file.isEmpty()) {
                o.error = CliMsg::tr("unexpected argument \"%1\"").arg(a);
                return o;
            }
            o.file = a;
            continue;
        }
        QString name = a.mid(2);
        QString value;
        const qsizetype eq = name.indexOf(u'=');
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        } else if (i + 1 < args.size()) {
            value = args[++i];
        } else {
            o.error = CliMsg::tr("option --%1 needs a value").arg(name);
            return o;
        }
        if (!allowed.contains(name)) {
            o.error = CliMsg::tr("unknown option --%1").arg(name);
            return o;
        }
        if (repeatable.contains(name))
            o.lists[name].append(value);
        else if (o.values.contains(name)) {
            o.error = CliMsg::tr("option --%1 given twice").arg(name);
            return o;
        }
        o.values.insert(name, value);
    }
    if (o.file.isEmpty())
        o.error = CliMsg::tr("no FILE given");
    return o;
}

bool loadDesign(const QString &path, LoadResult &loaded, const LoadOptions &loadOptions)
{
    if (!QFileInfo::exists(path)) {
        fail(CliMsg::tr("%1: no such file").arg(path));
        return false;
    }
    loaded = DesignLoader::load(path, loadOptions);
    if (loaded.ok())
        return true;
    for (const Diagnostic &d : std::as_const(loaded.errors))
        err() << d.format() << Qt::endl;
    return false;
}

bool usableDesign(const QString &path, LoadResult &loaded)
{
    // An invalid design would give a template that does not deploy or a run that means
    // nothing: refuse it as validate does.
    QList<Diagnostic> found = Validator::validate(*loaded.document);
    bool invalid = false;
    for (Diagnostic &d : found)
        if (d.severity == Severity::Error) {
            loaded.locate(d);
            err() << d.format() << Qt::endl;
            invalid = true;
        }
    if (invalid)
        return false;
    if (loaded.document->ids().isEmpty()) {
        err() << path << u":1:1: "_s << CliMsg::tr("the design is empty: there is nothing to export or simulate") << Qt::endl;
        return false;
    }
    return true;
}

namespace {

int levenshtein(const QString &a, const QString &b)
{
    QList<int> prev(b.size() + 1);
    std::iota(prev.begin(), prev.end(), 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        QList<int> cur(b.size() + 1);
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1,
                               prev[j - 1] + (a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1)});
        prev = cur;
    }
    return prev[b.size()];
}

} // namespace

QStringList closestIds(const Document &doc, const QString &id)
{
    QList<std::pair<int, QString>> scored;
    for (const QString &candidate : doc.ids() + QStringList{u"internet"_s}) {
        const int distance = candidate.contains(id, Qt::CaseInsensitive) || id.contains(candidate, Qt::CaseInsensitive)
            ? 1
            : levenshtein(id, candidate);
        scored.append({distance, candidate});
    }
    std::sort(scored.begin(), scored.end());
    QStringList out;
    for (const auto &[distance, candidate] : scored)
        if (out.size() < 3 && distance <= std::max<qsizetype>(2, id.size() / 2))
            out.append(candidate);
    return out;
}

QString usage()
{
    return CliMsg::tr("Usage:\n"
              "  skydraft [FILE]                 open the designer; with no FILE, the built-in sample\n"
              "  skydraft validate FILE          check that FILE is a readable, valid design\n"
              "                                  exit 0 valid, 2 unreadable or invalid (errors on stderr)\n"
              "  skydraft check FILE [--format text|json|sarif]\n"
              "                                  lint the design; exit 0 no error finding, 1 some, 2 bad input\n"
              "  skydraft reach FILE --from A --to B [--protocol tcp|udp|icmp] [--port N] [--format text|json]\n"
              "                                  can A reach B? the path, or the rule that blocks it;\n"
              "                                  exit 0 reachable, 1 not, 2 bad input or unknown id\n"
              "                                  (\"internet\" names the public internet)\n"
              "  skydraft import TEMPLATE [--param Name=Value]... [--region R] -o OUT.skydraft\n"
              "                                  read a CloudFormation template (JSON or YAML) into a design;\n"
              "                                  what is not drawn is listed on stderr; exit 0, 2 bad input\n"
              "  skydraft layout FILE -o OUT.skydraft\n"
              "                                  lay the design out again (every position recomputed)\n"
              "  skydraft export FILE --to drawio|cloudformation|terraform|png|svg|pdf -o OUT [--scale S]\n"
              "                                  write the design for another tool: CloudFormation YAML for\n"
              "                                  .yaml/.yml, else JSON; Terraform as a module when OUT is a folder;\n"
              "                                  PNG scaled by S (default 1), no display needed;\n"
              "                                  exit 0 written, 2 bad input (OUT left untouched)\n"
              "  skydraft simulate FILE [--drill DRILL.json] [--duration S] [--seed N] [--rps R]\n"
              "                         [--csv OUT.csv] [--format text|json] [--report REPORT.html] [--entry ID]\n"
              "                                  run traffic and a drill through the design; --report writes\n"
              "                                  the drill report (charts, timeline, verdicts), no display needed;\n"
              "                                  --entry: where the traffic enters (a record, a load balancer, a\n"
              "                                  public instance); exit 0 every expectation held, 1 one failed,\n"
              "                                  2 bad input, no entry point or unwritable report\n"
              "  skydraft learn list [--format text|json]\n"
              "  skydraft learn show ID [--lang en|ko]\n"
              "  skydraft learn check ID FILE [--format text|json]\n"
              "                                  study mode: the scenarios, one in full, or a design graded\n"
              "                                  against a scenario's goals; exit 0 every goal met, 1 some\n"
              "                                  unmet, 2 bad input\n"
              "  skydraft --help                 show this help\n"
              "  skydraft --version              show the version\n"
              "\n"
              "FILE may be a SkyDraft design or a CloudFormation template; validate, check and reach\n"
              "take --param Name=Value and --region R for templates too.\n"
              "Errors are one line each: FILE:LINE:COL: message.\n");
}

bool wantsCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    const bool known = std::any_of(commands().begin(), commands().end(), [&](const Command &c) { return c.name == first; });
    if (known || first == u"help"_s || first == u"--help"_s || first == u"-h"_s || first == u"--version"_s
        || first == u"-v"_s)
        return true;
    if (first.startsWith(u'-'))
        return false; // Qt's own GUI options (-platform, -style); the GUI rejects the rest
    return !QFileInfo::exists(first); // an unknown command or a missing file: say so on stderr
}

int run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    if (command == u"--help"_s || command == u"-h"_s || command == u"help"_s) {
        out() << usage();
        out().flush();
        return exitOk;
    }
    if (command == u"--version"_s || command == u"-v"_s) {
        out() << u"skydraft "_s << QCoreApplication::applicationVersion() << Qt::endl;
        return exitOk;
    }
    for (const Command &c : commands()) {
        if (c.name != command)
            continue;
        // Input limits keep real and hostile files far from exhausting memory; should an
        // allocation fail anyway, say so and exit 2 rather than abort.
        try {
            return c.run(rest);
        } catch (const std::bad_alloc &) {
            return fail(CliMsg::tr("out of memory while running %1").arg(command));
        } catch (const std::exception &e) {
            return fail(CliMsg::tr("internal error while running %1: %2").arg(command, QString::fromUtf8(e.what())));
        }
    }
    if (QFileInfo(command).suffix().isEmpty())
        return fail(CliMsg::tr("unknown command \"%1\"; see skydraft --help").arg(command));
    return fail(CliMsg::tr("%1: no such file").arg(command));
}

} // namespace skydraft::cli
