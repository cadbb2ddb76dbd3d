// `skydraft export FILE --to png|svg|pdf -o OUT [--scale S]`: the diagram, drawn with no display.

#include "cli.h"
#include "clicommon.h"

#include "model/layout.h"
#include "views/canvas/diagramexport.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace skydraft::cli {

namespace {

/// "-o OUT" is the contract's spelling; parseOptions knows long options only.
QStringList withLongOutput(const QStringList &args)
{
    QStringList out;
    for (const QString &a : args)
        out.append(a == u"-o"_s ? u"--output"_s : a.startsWith(u"-o="_s) ? u"--output="_s + a.mid(3) : a);
    return out;
}

QString toValue(const QStringList &args)
{
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == u"--to"_s)
            return args.value(i + 1);
        if (args[i].startsWith(u"--to="_s))
            return args[i].mid(5);
    }
    return {};
}

} // namespace

bool rendersDiagram(const QStringList &arguments)
{
    if (arguments.value(1) == u"simulate"_s) // the drill report draws charts and the design
        return std::any_of(arguments.begin() + 2, arguments.end(),
                           [](const QString &a) { return a == u"--report"_s || a.startsWith(u"--report="_s); });
    return arguments.value(1) == u"export"_s && DiagramExport::formatFromName(toValue(arguments.mid(2))).has_value();
}

int exportDiagram(const QStringList &args)
{
    const Options o = parseOptions(withLongOutput(args), {u"to"_s, u"output"_s, u"scale"_s});
    if (!o.error.isEmpty())
        return fail(o.error);
    const auto format = DiagramExport::formatFromName(o.values.value(u"to"_s));
    if (!format)
        return fail(CliMsg::tr("--to must be png, svg or pdf"));
    const QString output = o.values.value(u"output"_s);
    if (output.isEmpty())
        return fail(CliMsg::tr("no output file given (-o OUT)"));
    double scale = 1.0;
    if (o.values.contains(u"scale"_s)) {
        bool ok = false;
        scale = o.values.value(u"scale"_s).toDouble(&ok);
        if (!ok || !(scale > 0) || scale > 16)
            return fail(CliMsg::tr("--scale must be a number more than 0 and at most 16"));
    }
    LoadResult loaded;
    if (!loadDesign(o.file, loaded) || !usableDesign(o.file, loaded))
        return exitBadInput;
    // Drawn as the designer shows it: a design without a layout gets one.
    Layout::applyMissing(*loaded.document);
    QString error;
    if (!DiagramExport::write(*loaded.document, output, *format, scale, &error))
        return fail(error);
    return exitOk;
}

} // namespace skydraft::cli
