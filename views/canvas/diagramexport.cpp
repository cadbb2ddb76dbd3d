#include "diagramexport.h"

#include "diagramscene.h"
#include "resourceitem.h"
#include "style.h"
#include "model/document.h"
#include "model/filewrite.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace skydraft {

namespace {

struct ExportMsg {
    Q_DECLARE_TR_FUNCTIONS(skydraft::DiagramExport)
};

bool failed(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/// Clears the selection while rendering (no highlight on paper) and puts it back after.
class SelectionHider
{
public:
    explicit SelectionHider(QGraphicsScene &scene)
        : m_items(scene.selectedItems())
    {
        for (QGraphicsItem *i : std::as_const(m_items))
            i->setSelected(false);
    }
    ~SelectionHider()
    {
        for (QGraphicsItem *i : std::as_const(m_items))
            i->setSelected(true);
    }

private:
    QList<QGraphicsItem *> m_items;
};

/// A design scene drawn for paper: no view state, and for a selection only what is selected
/// (with what it holds), for as long as the export runs.
class ExportView
{
public:
    ExportView(QGraphicsScene &scene, bool selectionOnly)
        : m_scene(qobject_cast<DiagramScene *>(&scene))
    {
        if (!m_scene)
            return;
        QSet<QString> only;
        if (selectionOnly && m_scene->document()) {
            for (const QGraphicsItem *i : m_scene->selectedItems()) {
                if (i->type() != ResourceItem::Type)
                    continue;
                const QString id = static_cast<const ResourceItem *>(i)->id();
                only.insert(id);
                for (const QString &d : m_scene->document()->descendants(id))
                    only.insert(d);
            }
        }
        m_scene->setExportView(true, only);
    }
    ~ExportView()
    {
        if (m_scene)
            m_scene->setExportView(false);
    }

private:
    DiagramScene *m_scene;
};

void render(QGraphicsScene &scene, QPainter &painter, const QRectF &target, const QRectF &source)
{
    // Light colours in a document, whatever the window uses.
    const Style::LightScope light;
    const QBrush background = scene.backgroundBrush();
    scene.setBackgroundBrush(Style::canvasColor());
    painter.fillRect(target, Qt::white);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    // The canvas caches nodes as pixmaps for speed; an export draws them afresh, so SVG and
    // PDF keep vectors and text, and PNG gets its own resolution.
    QList<std::pair<QGraphicsItem *, QGraphicsItem::CacheMode>> cached;
    for (QGraphicsItem *item : scene.items())
        if (item->cacheMode() != QGraphicsItem::NoCache) {
            cached.append({item, item->cacheMode()});
            item->setCacheMode(QGraphicsItem::NoCache);
        }
    scene.render(&painter, target, source, Qt::KeepAspectRatio);
    for (const auto &[item, mode] : std::as_const(cached))
        item->setCacheMode(mode);
    scene.setBackgroundBrush(background);
}

} // namespace

std::optional<DiagramExport::Format> DiagramExport::formatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == u"png"_s)
        return Format::Png;
    if (n == u"svg"_s)
        return Format::Svg;
    if (n == u"pdf"_s)
        return Format::Pdf;
    return std::nullopt;
}

QString DiagramExport::suffix(Format format)
{
    switch (format) {
    case Format::Png:
        return u"png"_s;
    case Format::Svg:
        return u"svg"_s;
    case Format::Pdf:
        return u"pdf"_s;
    }
    return {};
}

QRectF DiagramExport::sourceRect(const QGraphicsScene &scene, bool selectionOnly)
{
    QRectF rect;
    if (selectionOnly) {
        for (const QGraphicsItem *i : scene.selectedItems())
            rect |= i->sceneBoundingRect();
    } else {
        rect = scene.itemsBoundingRect();
    }
    if (rect.isEmpty())
        return {};
    return rect.adjusted(-margin, -margin, margin, margin);
}

namespace {

/// Draws `scene` (or its selection) in `format` into `device`; `name` names the file in
/// messages and titles the SVG and PDF.
bool draw(QGraphicsScene &scene, QIODevice &device, const QString &name, DiagramExport::Format format, double scale,
          bool selectionOnly, QString *error)
{
    using Format = DiagramExport::Format;
    const QRectF source = DiagramExport::sourceRect(scene, selectionOnly);
    if (source.isEmpty())
        return failed(error, selectionOnly ? ExportMsg::tr("nothing is selected")
                                           : ExportMsg::tr("the design is empty: there is nothing to draw"));
    if (!(scale > 0) || scale > 16)
        return failed(error, ExportMsg::tr("scale must be more than 0 and at most 16"));
    ExportView view(scene, selectionOnly); // reads the selection the hider takes away
    SelectionHider hider(scene);
    const QString path = name;

    switch (format) {
    case Format::Png: {
        const QSize size(int(std::ceil(source.width() * scale)), int(std::ceil(source.height() * scale)));
        if (qint64(size.width()) * size.height() > qint64(400) * 1000 * 1000)
            return failed(error, ExportMsg::tr("the image would be %1 x %2 pixels: choose a smaller scale")
                                     .arg(size.width()).arg(size.height()));
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return failed(error, ExportMsg::tr("not enough memory for a %1 x %2 image").arg(size.width()).arg(size.height()));
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            render(scene, painter, QRectF(QPointF(0, 0), QSizeF(size)), source);
        }
        if (!image.save(&device, "PNG"))
            return failed(error, ExportMsg::tr("%1: cannot encode the PNG image").arg(path));
        break;
    }
    case Format::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&device);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(QFileInfo(path).completeBaseName());
        svg.setDescription(ExportMsg::tr("AWS architecture drawn by SkyDraft"));
        QPainter painter;
        if (!painter.begin(&svg))
            return failed(error, ExportMsg::tr("%1: cannot start the SVG drawing").arg(path));
        render(scene, painter, QRectF(QPointF(0, 0), source.size()), source);
        painter.end();
        break;
    }
    case Format::Pdf: {
        QPdfWriter pdf(&device);
        // One page the size of the drawing, one scene unit to a point: nothing is cut. PDF
        // pages stop at 200 inches (14,400 points): a bigger design is scaled down to fit.
        const qreal fit = std::min<qreal>(1.0, 14400.0 / std::max(source.width(), source.height()));
        const QSizeF page = source.size() * fit;
        pdf.setResolution(72);
        pdf.setPageSize(QPageSize(page, QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(QFileInfo(path).completeBaseName());
        pdf.setCreator(u"SkyDraft"_s);
        QPainter painter;
        if (!painter.begin(&pdf))
            return failed(error, ExportMsg::tr("%1: cannot start the PDF document").arg(path));
        render(scene, painter, QRectF(QPointF(0, 0), page), source);
        painter.end();
        break;
    }
    }
    return true;
}

} // namespace

bool DiagramExport::write(QGraphicsScene &scene, const QString &path, Format format, double scale,
                          bool selectionOnly, QString *error)
{
    // Drawn in memory, then written in one go: a failed write is reported, never half kept,
    // and nothing is created for an empty drawing.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!draw(scene, buffer, path, format, scale, selectionOnly, error))
        return false;
    buffer.close();
    QString why;
    if (!writeFile(path, buffer.data(), &why))
        return failed(error, ExportMsg::tr("cannot write %1").arg(why));
    return true;
}

std::optional<QByteArray> DiagramExport::render(const Document &document, Format format, const QString &name, QString *error)
{
    DiagramScene scene;
    scene.setDocument(const_cast<Document *>(&document));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const bool ok = draw(scene, buffer, name, format, 1.0, false, error);
    scene.setDocument(nullptr);
    if (!ok)
        return std::nullopt;
    return buffer.data();
}

bool DiagramExport::write(const Document &document, const QString &path, Format format, double scale, QString *error)
{
    DiagramScene scene;
    // The scene only reads the document; it needs a non-const pointer to follow its signals.
    scene.setDocument(const_cast<Document *>(&document));
    const bool ok = write(scene, path, format, scale, false, error);
    scene.setDocument(nullptr);
    return ok;
}

} // namespace skydraft
