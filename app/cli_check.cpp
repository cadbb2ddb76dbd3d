#include "clicommon.h"

#include "model/checker/checker.h"
#include "model/checker/report.h"
#include "model/validator.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace skydraft::cli {

int validate(const QStringList &args)
{
    const Options o = parseOptions(args, {u"param"_s, u"region"_s}, {u"param"_s});
    if (!o.error.isEmpty())
        return fail(o.error + u"; usage: skydraft validate FILE [--param Name=Value]... [--region R]"_s);
    const QString path = o.file;
    LoadResult loaded;
    if (!loadDesign(o, loaded))
        return exitBadInput;
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


int check(const QStringList &args)
{
    const Options o = parseOptions(args, {u"format"_s, u"param"_s, u"region"_s}, {u"param"_s});
    if (!o.error.isEmpty())
        return fail(o.error + u"; usage: skydraft check FILE [--format text|json|sarif]"_s);
    const QString format = o.values.value(u"format"_s, u"text"_s);
    if (format != u"text"_s && format != u"json"_s && format != u"sarif"_s)
        return fail(CliMsg::tr("--format must be text, json or sarif, not \"%1\"").arg(format));
    LoadResult loaded;
    if (!loadDesign(o, loaded))
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
    const Options o = parseOptions(args, {u"from"_s, u"to"_s, u"protocol"_s, u"port"_s, u"format"_s, u"param"_s, u"region"_s},
                                   {u"param"_s});
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
    if (!loadDesign(o, loaded))
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

} // namespace skydraft::cli
