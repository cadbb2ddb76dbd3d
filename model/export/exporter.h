#pragma once

#include "model/document.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace skydraft::exchange {

enum class ExportFormat { CloudFormationJson, CloudFormationYaml, Terraform, DrawIo };

struct ExportResult {
    QByteArray data;   ///< UTF-8; the same design always gives the same bytes
    QStringList notes; ///< one line per design detail the format cannot carry
};

/// Exports of a design to other tools' formats (the export command's back end).
namespace Exporter {
/// The format for the command line's `--to` name and the output path (a CloudFormation
/// template is YAML for .yaml/.yml, JSON otherwise); nullopt when this library does not
/// write `to` (the diagram images are the views' business).
std::optional<ExportFormat> formatFor(const QString &to, const QString &outPath);
ExportResult run(const Document &doc, ExportFormat format);
/// Whether `outPath` asks for a folder: Terraform into an existing folder (or a path ending
/// in "/") writes a module's files (main.tf, variables.tf, outputs.tf) in it.
bool isFolder(const QString &outPath, ExportFormat format);
/// The names of a Terraform module's files.
QStringList moduleFileNames();
/// The files to write for `outPath`: one, or a module folder's. In a folder, a module file
/// this design does not need comes with a null QByteArray: write() removes it.
QList<std::pair<QString, QByteArray>> files(const Document &doc, ExportFormat format, const QString &outPath,
                                            QStringList *notes = nullptr);
/// Writes each file atomically (writeFiles()), and only once all of them are written in full:
/// on failure the old files are left as they were. Files given a null QByteArray are removed
/// once the others are written, so that a folder holds exactly what the export wrote.
bool write(const QList<std::pair<QString, QByteArray>> &files, QString *error);
}

} // namespace skydraft::exchange
