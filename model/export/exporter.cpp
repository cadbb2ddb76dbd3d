#include "exporter.h"

#include "cloudformation.h"
#include "drawio.h"
#include "terraform.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

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

QString Exporter::targetPath(const QString &outPath, ExportFormat format)
{
    if (format == ExportFormat::Terraform && (QFileInfo(outPath).isDir() || outPath.endsWith(u'/')))
        return QDir(outPath).filePath(u"main.tf"_s);
    return outPath;
}

bool Exporter::write(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace skydraft::exchange
