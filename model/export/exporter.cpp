#include "exporter.h"

#include "cloudformation.h"
#include "drawio.h"
#include "terraform.h"

#include "model/filewrite.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <QDir>
#include <QFile>
#include <QFileInfo>

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
        if (const QByteArray kept = doc.passThrough(); !kept.isEmpty()) {
            const QJsonObject resources = QJsonDocument::fromJson(kept).object().value(u"Resources"_s).toObject();
            if (!resources.isEmpty())
                result.notes.append(QCoreApplication::translate("skydraft::DrawIoExport",
                                                                "%n resource(s) kept from the imported CloudFormation template (%1) are not drawn",
                                                                nullptr, int(resources.size()))
                                        .arg(QStringList(resources.keys()).join(u", "_s)));
        }
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
    QStringList stale = moduleFileNames();
    for (auto &[name, data] : Terraform::writeModule(doc, notes)) {
        out.append({dir.filePath(name), data});
        stale.removeAll(name);
    }
    // A module file an earlier export wrote and this one does not (outputs.tf of a design
    // that no longer has outputs) would refer to what is gone: it goes.
    for (const QString &name : std::as_const(stale))
        out.append({dir.filePath(name), QByteArray()});
    return out;
}

QStringList Exporter::moduleFileNames()
{
    return {u"main.tf"_s, u"variables.tf"_s, u"outputs.tf"_s};
}

bool Exporter::write(const QList<std::pair<QString, QByteArray>> &files, QString *error)
{
    QList<std::pair<QString, QByteArray>> written;
    QStringList removed;
    for (const auto &[path, data] : files)
        if (data.isNull())
            removed.append(path);
        else
            written.append({path, data});
    if (!writeFiles(written, error))
        return false;
    for (const QString &path : std::as_const(removed)) {
        QFile stale(path);
        if (stale.exists() && !stale.remove()) {
            if (error)
                *error = path + u": "_s + stale.errorString();
            return false;
        }
    }
    return true;
}

} // namespace skydraft::exchange
