#include "exporter.h"

#include "cloudformation.h"
#include "drawio.h"
#include "terraform.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace skydraft::exchange {

std::optional<ExportFormat> Exporter::formatFor(const QString &to, const QString &outPath)
{
    if (to == u"cloudformation"_s) {
        const QString suffix = QFileInfo(outPath).suffix().toLower();
        return suffix == u"yaml"_s || suffix == u"yml"_s ? ExportFormat::CloudFormationYaml : ExportFormat::CloudFormationJson;
    }
    if (to == u"terraform"_s)
        return ExportFormat::Terraform;
    if (to == u"drawio"_s)
        return ExportFormat::DrawIo;
    return std::nullopt;
}

ExportResult Exporter::run(const Document &doc, ExportFormat format)
{
    ExportResult result;
    switch (format) {
    case ExportFormat::CloudFormationJson:
        result.data = toJson(CloudFormation::build(doc, &result.notes));
        break;
    case ExportFormat::CloudFormationYaml:
        result.data = toYaml(CloudFormation::build(doc, &result.notes));
        break;
    case ExportFormat::Terraform:
        result.data = Terraform::write(doc, &result.notes);
        break;
    case ExportFormat::DrawIo:
        result.data = DrawIo::write(doc);
        break;
    }
    return result;
}

bool Exporter::isFolder(const QString &outPath, ExportFormat format)
{
    return format == ExportFormat::Terraform && (QFileInfo(outPath).isDir() || outPath.endsWith(u'/'));
}

QList<std::pair<QString, QByteArray>> Exporter::files(const Document &doc, ExportFormat format, const QString &outPath,
                                                      QStringList *notes)
{
    if (!isFolder(outPath, format)) {
        ExportResult result = run(doc, format);
        if (notes)
            *notes = result.notes;
        return {{outPath, result.data}};
    }
    QList<std::pair<QString, QByteArray>> out;
    const QDir dir(outPath);
    for (auto &[name, data] : Terraform::writeModule(doc, notes))
        out.append({dir.filePath(name), data});
    return out;
}

bool Exporter::write(const QList<std::pair<QString, QByteArray>> &files, QString *error)
{
    std::vector<std::unique_ptr<QSaveFile>> pending;
    for (const auto &[path, data] : files) {
        auto file = std::make_unique<QSaveFile>(path);
        if (!file->open(QIODevice::WriteOnly) || file->write(data) != data.size()) {
            if (error)
                *error = path + u": "_s + file->errorString();
            return false; // the unfinished files are discarded, nothing replaced
        }
        pending.push_back(std::move(file));
    }
    for (const auto &file : pending)
        if (!file->commit()) {
            if (error)
                *error = file->fileName() + u": "_s + file->errorString();
            return false;
        }
    return true;
}

} // namespace skydraft::exchange
