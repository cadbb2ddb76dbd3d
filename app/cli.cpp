#include "cli.h"

#include "model/nativefile.h"
#include "model/validator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace skydraft::cli {

namespace {

// Exit codes of the command-line contract (product.md).
constexpr int exitOk = 0;
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

const QStringList kCommands = {u"validate"_s, u"help"_s};

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

} // namespace

QString usage()
{
    return CliMsg::tr("Usage:\n"
              "  skydraft [FILE]                 open the designer; with no FILE, the built-in sample\n"
              "  skydraft validate FILE          check that FILE is a readable, valid design\n"
              "                                  exit 0 valid, 2 unreadable or invalid (errors on stderr)\n"
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
    if (QFileInfo(command).suffix().isEmpty())
        return fail(CliMsg::tr("unknown command \"%1\"; see skydraft --help").arg(command));
    return fail(CliMsg::tr("%1: no such file").arg(command));
}

} // namespace skydraft::cli
