#pragma once

// Shared by the command-line subcommands (cli_*.cpp): exit codes, output streams, option
// parsing and design loading. Each subcommand is a function `int name(const QStringList &args)`
// declared below and listed in the command table in cli.cpp.

#include "model/import/designloader.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTextStream>

namespace skydraft::cli {

// Exit codes of the command-line contract (product.md).
constexpr int exitOk = 0;
constexpr int exitFindings = 1;
constexpr int exitBadInput = 2;

struct CliMsg {
    Q_DECLARE_TR_FUNCTIONS(skydraft::cli)
};

QTextStream &out();
QTextStream &err();

/// Prints "skydraft: message" on stderr and returns exitBadInput.
int fail(const QString &message);

/// Options after the file: "--name value" or "--name=value"; `allowed` lists the names.
/// A name listed in `repeatable` may be given more than once; its values are in `lists`.
struct Options {
    QString file;
    QHash<QString, QString> values;
    QHash<QString, QStringList> lists;
    QString error;
};
Options parseOptions(const QStringList &args, const QStringList &allowed, const QStringList &repeatable = {});

/// Loads a design for a subcommand; prints the errors (one line each) and returns false
/// when it cannot.
bool loadDesign(const QString &path, LoadResult &loaded, const LoadOptions &loadOptions = {});

/// For commands that act on a design (export, simulate): prints every validation error (one
/// located line each), or that the design is empty, and returns false when it cannot be used.
bool usableDesign(const QString &path, LoadResult &loaded);

/// Fills template options from "--param Name=Value" (repeatable) and "--region R".
bool templateOptions(const Options &options, LoadOptions &loadOptions, QString *error);
/// loadDesign() of options.file with its --param and --region; prints what is wrong.
bool loadDesign(const Options &options, LoadResult &loaded);

/// The ids closest to a mistyped one, best first.
QStringList closestIds(const Document &doc, const QString &id);

// The subcommands.
int validate(const QStringList &args);
int check(const QStringList &args);
int reach(const QStringList &args);
int importTemplate(const QStringList &args);
int layout(const QStringList &args);
int exportDesign(const QStringList &args); // cli_export.cpp
int simulate(const QStringList &args);
int learnCommand(const QStringList &args); // cli_learn.cpp: learn list|show|check
/// export --to png|svg|pdf (app/cli_diagram.cpp), called by exportDesign.
int exportDiagram(const QStringList &args);

} // namespace skydraft::cli
