#include "cli.h"

#include "model/checker/checker.h"
#include "model/checker/report.h"
#include "model/nativefile.h"
#include "model/validator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <numeric>

using namespace Qt::StringLiterals;

namespace skydraft::cli {

namespace {

// Exit codes of the command-line contract (product.md).
constexpr int exitOk = 0;
constexpr int exitFindings = 1;
constexpr int exitBadInput = 2;

struct CliMsg {
    Q_DECLARE_TR_FUNCTIONS(skydraft::cli)
};

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

const QStringList kCommands = {u"validate"_s, u"check"_s, u"reach"_s, u"help"_s};

int fail(const QString &message)
{
    err() << u"skydraft: "_s << message << Qt::endl;
    return exitBadInput;
}

bool looksLikeCloudFormation(const QByteArray &text)
{
    const QByteArray head = text.left(65536);
    return head.contains("AWSTemplateFormatVersion") || head.contains("\"Resources\"")
        || head.startsWith("Resources:") || head.contains("\nResources:");
}

int validate(const QStringList &args)
{
    if (args.size() != 1 || args.first().startsWith(u'-'))
        return fail(CliMsg::tr("usage: skydraft validate FILE"));
    const QString path = args.first();
    QFileInfo info(path);
    if (!info.exists())
        return fail(CliMsg::tr("%1: no such file").arg(path));

    LoadResult loaded = NativeFile::load(path);
    if (!loaded.ok()) {
        if (!loaded.text.isEmpty() && !NativeFile::looksNative(loaded.text) && looksLikeCloudFormation(loaded.text)) {
            err() << CliMsg::tr("%1:1:1: this is a CloudFormation template; this build of SkyDraft reads SkyDraft "
                        "designs only")
                         .arg(path)
                  << Qt::endl;
            return exitBadInput;
        }
        for (const Diagnostic &d : std::as_const(loaded.errors))
            err() << d.format() << Qt::endl;
        return exitBadInput;
    }
    QList<Diagnostic> found = Validator::validate(*loaded.document);
    int errors = 0;
    int warnings = 0;
    for (Diagnostic &d : found) {
        loaded.locate(d);
        err() << d.format() << Qt::endl;
        (d.severity == Severity::Error ? errors : warnings)++;
    }
    if (errors > 0)
        return exitBadInput; // one line per error is all a script should have to parse
    const int count = loaded.document->count();
    if (warnings == 0)
        out() << CliMsg::tr("%1: valid (%n resource(s))", nullptr, count).arg(path) << Qt::endl;
    else
        out() << CliMsg::tr("%1: valid (%n resource(s), %2)", nullptr, count)
                     .arg(path, CliMsg::tr("%n warning(s)", nullptr, warnings))
              << Qt::endl;
    return exitOk;
}


/// Options after the file: "--name value" or "--name=value"; `allowed` lists the names.
struct Options {
    QString file;
    QHash<QString, QString> values;
    QString error;
};

Options parseOptions(const QStringList &args, const QStringList &allowed)
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
        o.values.insert(name, value);
    }
    if (o.file.isEmpty())
        o.error = CliMsg::tr("no FILE given");
    return o;
}

/// Loads a design for check and reach; prints the errors and returns false when it cannot.
bool loadDesign(const QString &path, LoadResult &loaded)
{
    if (!QFileInfo::exists(path)) {
        fail(CliMsg::tr("%1: no such file").arg(path));
        return false;
    }
    loaded = NativeFile::load(path);
    if (loaded.ok())
        return true;
    if (!loaded.text.isEmpty() && !NativeFile::looksNative(loaded.text) && looksLikeCloudFormation(loaded.text)) {
        err() << CliMsg::tr("%1:1:1: this is a CloudFormation template; this build of SkyDraft reads SkyDraft designs only")
                     .arg(path)
              << Qt::endl;
        return false;
    }
    for (const Diagnostic &d : std::as_const(loaded.errors))
        err() << d.format() << Qt::endl;
    return false;
}

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

/// The ids closest to a mistyped one, best first.
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

int check(const QStringList &args)
{
    const Options o = parseOptions(args, {u"format"_s});
    if (!o.error.isEmpty())
        return fail(o.error + u"; usage: skydraft check FILE [--format text|json|sarif]"_s);
    const QString format = o.values.value(u"format"_s, u"text"_s);
    if (format != u"text"_s && format != u"json"_s && format != u"sarif"_s)
        return fail(CliMsg::tr("--format must be text, json or sarif, not \"%1\"").arg(format));
    LoadResult loaded;
    if (!loadDesign(o.file, loaded))
        return exitBadInput;
    const QList<Finding> findings = Checker::check(*loaded.document);
    const report::Locator locate = [&loaded](const Finding &f) {
        Diagnostic d;
        d.resourceId = f.component;
        d.property = f.property;
        d.row = f.row;
        d.column = f.column;
        loaded.locate(d);
        return report::Location{d.line, d.col};
    };
    QByteArray text;
    if (format == u"json"_s)
        text = report::findingsJson(findings, o.file, locate);
    else if (format == u"sarif"_s)
        text = report::findingsSarif(findings, o.file, locate, QCoreApplication::applicationVersion());
    else {
        text = report::findingsText(findings, o.file, locate);
        int counts[3] = {0, 0, 0};
        for (const Finding &f : findings)
            ++counts[int(f.severity)];
        text += CliMsg::tr("%1: %2, %3, %4")
                    .arg(o.file, CliMsg::tr("%n error(s)", nullptr, counts[0]), CliMsg::tr("%n warning(s)", nullptr, counts[1]),
                         CliMsg::tr("%n note(s)", nullptr, counts[2]))
                    .toUtf8()
              + '\n';
    }
    out() << QString::fromUtf8(text);
    out().flush();
    const bool anyError = std::any_of(findings.begin(), findings.end(),
                                      [](const Finding &f) { return f.severity == Severity::Error; });
    return anyError ? exitFindings : exitOk;
}

int reach(const QStringList &args)
{
    const Options o = parseOptions(args, {u"from"_s, u"to"_s, u"protocol"_s, u"port"_s, u"format"_s});
    const QString usageText = u"usage: skydraft reach FILE --from A --to B [--protocol tcp|udp|icmp] [--port N] [--format text|json]"_s;
    if (!o.error.isEmpty())
        return fail(o.error + u"; "_s + usageText);
    if (!o.values.contains(u"from"_s) || !o.values.contains(u"to"_s))
        return fail(CliMsg::tr("--from and --to are required") + u"; "_s + usageText);
    const QString format = o.values.value(u"format"_s, u"text"_s);
    if (format != u"text"_s && format != u"json"_s)
        return fail(CliMsg::tr("--format must be text or json, not \"%1\"").arg(format));
    bool ok = true;
    net::Flow flow;
    flow.protocol = net::protocolFromString(o.values.value(u"protocol"_s, u"tcp"_s), &ok);
    if (!ok || flow.protocol == net::Protocol::All)
        return fail(CliMsg::tr("--protocol must be tcp, udp or icmp, not \"%1\"").arg(o.values.value(u"protocol"_s)));
    if (o.values.contains(u"port"_s)) {
        flow.port = o.values.value(u"port"_s).toInt(&ok);
        if (!ok || flow.port < 0 || flow.port > 65535)
            return fail(CliMsg::tr("--port must be 0 to 65535, not \"%1\"").arg(o.values.value(u"port"_s)));
    }
    LoadResult loaded;
    if (!loadDesign(o.file, loaded))
        return exitBadInput;
    for (const QString &key : {u"from"_s, u"to"_s}) {
        const QString id = o.values.value(key);
        if (loaded.document->contains(id) || id == u"internet"_s)
            continue;
        const QStringList close = closestIds(*loaded.document, id);
        return fail(close.isEmpty() ? CliMsg::tr("%1: unknown id \"%2\"").arg(o.file, id)
                                    : CliMsg::tr("%1: unknown id \"%2\"; did you mean %3?").arg(o.file, id, close.join(u", "_s)));
    }
    const net::Reachability reachability(*loaded.document);
    const net::ReachResult result = reachability.reach(o.values.value(u"from"_s), o.values.value(u"to"_s), flow);
    out() << QString::fromUtf8(format == u"json"_s ? report::reachJson(result) : report::reachText(result));
    out().flush();
    return result.reachable ? exitOk : exitFindings;
}

} // namespace

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
              "  skydraft --help                 show this help\n"
              "  skydraft --version              show the version\n"
              "\n"
              "Errors are one line each: FILE:LINE:COL: message.\n");
}

bool wantsCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    if (kCommands.contains(first) || first == u"--help"_s || first == u"-h"_s || first == u"--version"_s
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
    if (command == u"validate"_s)
        return validate(rest);
    if (command == u"check"_s)
        return check(rest);
    if (command == u"reach"_s)
        return reach(rest);
    if (QFileInfo(command).suffix().isEmpty())
        return fail(CliMsg::tr("unknown command \"%1\"; see skydraft --help").arg(command));
    return fail(CliMsg::tr("%1: no such file").arg(command));
}

} // namespace skydraft::cli
