#include "cli.h"
#include "clicommon.h"

#include "model/export/exporter.h"
#include "model/layout.h"
#include "model/validator.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace skydraft::cli {

namespace {

const QString exportUsage = u"usage: skydraft export FILE --to png|svg|pdf|drawio|cloudformation|terraform -o OUT [--scale S]"_s;

} // namespace

int exportDesign(const QStringList &args)
{
    if (rendersDiagram(QStringList{QString(), u"export"_s} + args))
        return exportDiagram(args); // png, svg, pdf: drawn by the views (cli_diagram.cpp)
    // "-o" is the short form of "--out".
    QStringList normalized = args;
    for (QString &a : normalized)
        if (a == u"-o"_s)
            a = u"--out"_s;
    const Options o = parseOptions(normalized, {u"to"_s, u"out"_s});
    if (!o.error.isEmpty())
        return fail(o.error + u"; "_s + exportUsage);
    if (!o.values.contains(u"to"_s) || !o.values.contains(u"out"_s))
        return fail(CliMsg::tr("--to and -o are required") + u"; "_s + exportUsage);
    const QString to = o.values.value(u"to"_s);
    const QString outPath = o.values.value(u"out"_s);
    const std::optional<exchange::ExportFormat> format = exchange::Exporter::formatFor(to, outPath);
    if (!format)
        return fail(CliMsg::tr("--to must be png, svg, pdf, drawio, cloudformation or terraform, not \"%1\"").arg(to));

    LoadResult loaded;
    if (!loadDesign(o.file, loaded))
        return exitBadInput;
    if (!usableDesign(o.file, loaded))
        return exitBadInput;
    Layout::applyMissing(*loaded.document);
    QStringList notes;
    const auto files = exchange::Exporter::files(*loaded.document, *format, outPath, &notes);
    for (const QString &note : std::as_const(notes))
        err() << o.file << u": note: "_s << note << Qt::endl;
    QString error;
    // "-o DIR/": a module folder, made when it is not there yet.
    if (exchange::Exporter::isFolder(outPath, *format) && !QDir().mkpath(outPath))
        return fail(CliMsg::tr("cannot create the folder %1").arg(outPath));
    if (!exchange::Exporter::write(files, &error))
        return fail(CliMsg::tr("cannot write %1").arg(error));
    for (const auto &[path, data] : files)
        if (!data.isNull()) // null: a stale module file, removed
            out() << CliMsg::tr("%1: wrote %2").arg(o.file, path) << Qt::endl;
    return exitOk;
}

} // namespace skydraft::cli
