#pragma once

#include <QStringList>

namespace skydraft::cli {

/// Whether these arguments ask for the command line (a subcommand, --help, --version, or a
/// word that is neither an option nor a file) rather than the GUI. Decided before any
/// QApplication exists, so the command line never needs a display.
bool wantsCommandLine(const QStringList &arguments);

/// Whether the invocation draws (export --to png|svg|pdf, simulate --report): it needs a
/// QApplication (on the offscreen platform), where the other commands run on QCoreApplication.
bool rendersDiagram(const QStringList &arguments);

/// Runs a command-line invocation; returns the process exit code (product.md's contract).
int run(const QStringList &arguments);

/// The usage text of `skydraft --help`.
QString usage();

} // namespace skydraft::cli
