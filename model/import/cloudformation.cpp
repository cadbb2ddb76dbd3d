#include "cloudformation.h"

#include "cfnimporter.h"
#include "cfnparse.h"

#include "model/layout.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace skydraft {

LoadResult CloudFormation::import(const QByteArray &text, const QString &fileName, const LoadOptions &options)
{
    LoadResult result;
    result.fileName = fileName;
    result.text = text;
    cfn::Report report;
    report.file = fileName;
    auto fail = [&] {
        result.errors = report.errors;
        result.notes = report.notes;
        result.document.reset();
        return std::move(result);
    };
    const std::optional<cfn::Node> root = cfn::parseTemplate(text, report);
    if (!root)
        return fail();
    cfn::Importer importer(*root, report, options);
    if (!report.errors.isEmpty())
        return fail();
    const QList<Resource> resources = importer.run();
    if (!report.errors.isEmpty())
        return fail();
    auto doc = std::make_unique<Document>();
    doc->setRegion(importer.resolver.region());
    doc->setTitle(QFileInfo(fileName).completeBaseName());
    if (const cfn::Node *description = root->get(u"Description"); description && description->isScalar())
        doc->setDescription(description->text.trimmed());
    for (const Resource &r : resources) {
        doc->insert(r);
        if (const auto it = importer.sources.constFind(r.id); it != importer.sources.cend())
            result.positions.insert(r.id, {it->at.line, std::max(it->at.col, 1)});
    }
    doc->setPassThrough(importer.passThrough(doc.get()));
    const QHash<QString, QRectF> rects = Layout::compute(*doc);
    for (auto it = rects.cbegin(); it != rects.cend(); ++it)
        doc->setGeometry(it.key(), it.value());
    result.document = std::move(doc);
    result.notes = report.notes;
    return result;
}

QString CloudFormation::formatNote(const Diagnostic &note)
{
    Diagnostic d = note;
    d.severity = Severity::Error; // no prefix: ours is "note:"
    const QString line = d.format();
    const qsizetype colon = d.file.isEmpty() ? -1 : line.indexOf(u": "_s, d.file.size());
    if (colon < 0)
        return u"note: "_s + line;
    return line.left(colon) + u": note: "_s + line.mid(colon + 2);
}

} // namespace skydraft
