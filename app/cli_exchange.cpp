// Exchange commands: import a CloudFormation template; lay out a design again.

#include "clicommon.h"

#include "model/import/cloudformation.h"
#include "model/layout.h"
#include "model/nativefile.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace skydraft::cli {

namespace {

/// "-o OUT" is the short spelling of "--output OUT".
QStringList expandShortOptions(QStringList args)
{
    for (QString &a : args)
        if (a == u"-o"_s)
            a = u"--output"_s;
    return args;
}

bool save(const Document &doc, const QString &path)
{
    QString error;
    if (NativeFile::save(doc, path, &error))
        return true;
    fail(CliMsg::tr("%1: cannot write: %2").arg(path, error));
    return false;
}

} // namespace

bool templateOptions(const Options &o, LoadOptions &loadOptions, QString *error)
{
    for (const QString &p : o.lists.value(u"param"_s)) {
        const qsizetype eq = p.indexOf(u'=');
        if (eq <= 0) {
            *error = CliMsg::tr("--param takes Name=Value, not \"%1\"").arg(p);
            return false;
        }
        loadOptions.parameters.insert(p.left(eq), p.mid(eq + 1));
    }
    if (o.values.contains(u"region"_s)) {
        static const QRegularExpression region(u"^[a-z]{2}(-[a-z]+)+-[0-9]+$"_s);
        loadOptions.region = o.values.value(u"region"_s);
        if (!region.match(loadOptions.region).hasMatch()) {
            *error = CliMsg::tr("--region must be a region name like us-east-1, not \"%1\"").arg(loadOptions.region);
            return false;
        }
    }
    return true;
}

bool loadDesign(const Options &o, LoadResult &loaded)
{
    LoadOptions loadOptions;
    QString error;
    if (!templateOptions(o, loadOptions, &error)) {
        fail(error);
        return false;
    }
    return loadDesign(o.file, loaded, loadOptions);
}

namespace {

/// What import and layout share: FILE [--param ...] [--region R] -o OUT, loaded.
bool loadForOutput(const QStringList &args, const QString &usageText, LoadResult &loaded, QString &output)
{
    const Options o = parseOptions(expandShortOptions(args), {u"output"_s, u"param"_s, u"region"_s}, {u"param"_s});
    if (!o.error.isEmpty()) {
        fail(o.error + u"; "_s + usageText);
        return false;
    }
    if (!o.values.contains(u"output"_s)) {
        fail(CliMsg::tr("-o OUT.skydraft is required") + u"; "_s + usageText);
        return false;
    }
    output = o.values.value(u"output"_s);
    return loadDesign(o, loaded);
}

} // namespace

int importTemplate(const QStringList &args)
{
    LoadResult loaded;
    QString output;
    if (!loadForOutput(args, u"usage: skydraft import TEMPLATE [--param Name=Value]... [--region R] -o OUT.skydraft"_s, loaded, output))
        return exitBadInput;
    for (const Diagnostic &note : std::as_const(loaded.notes))
        err() << CloudFormation::formatNote(note) << Qt::endl;
    if (!save(*loaded.document, output))
        return exitBadInput;
    out() << CliMsg::tr("%1: %n resource(s) written to %2", nullptr, loaded.document->count()).arg(loaded.fileName, output)
          << Qt::endl;
    return exitOk;
}

int layout(const QStringList &args)
{
    LoadResult loaded;
    QString output;
    if (!loadForOutput(args, u"usage: skydraft layout FILE -o OUT.skydraft"_s, loaded, output))
        return exitBadInput;
    const QHash<QString, QRectF> rects = Layout::compute(*loaded.document);
    for (auto it = rects.cbegin(); it != rects.cend(); ++it)
        loaded.document->setGeometry(it.key(), it.value());
    if (!save(*loaded.document, output))
        return exitBadInput;
    out() << CliMsg::tr("%1: laid out %n resource(s) into %2", nullptr, loaded.document->count()).arg(loaded.fileName, output)
          << Qt::endl;
    return exitOk;
}

} // namespace skydraft::cli
