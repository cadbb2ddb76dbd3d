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
/// The file to write for `outPath`: Terraform into an existing folder writes main.tf in it.
QString targetPath(const QString &outPath, ExportFormat format);
/// Writes atomically (QSaveFile): on failure the old file is left as it was.
bool write(const QString &path, const QByteArray &data, QString *error);
}

} // namespace skydraft::exchange
