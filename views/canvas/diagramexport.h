#pragma once

#include <QByteArray>
#include <QRectF>
#include <QString>

#include <optional>

class QGraphicsScene;

namespace skydraft {

class Document;

/// Writes the diagram as an image or a document: PNG (scaled), SVG, PDF, on a white page
/// with a margin. Works headless (offscreen platform) as well as from the window.
namespace DiagramExport {

enum class Format { Png, Svg, Pdf };

/// "png", "svg", "pdf" (any case) -> format.
std::optional<Format> formatFromName(const QString &name);
QString suffix(Format format);
/// White space around the drawing, in scene units.
constexpr qreal margin = 24;

/// The part of the scene an export covers: every item, or the selected items (with what
/// they contain), plus the margin. Empty when there is nothing to draw.
QRectF sourceRect(const QGraphicsScene &scene, bool selectionOnly = false);

/// Renders `scene` (or its selection) to `path`. `scale` enlarges a PNG (2 = twice the
/// pixels); SVG and PDF are vector and keep scene units. The selection highlight is not
/// drawn. On failure returns false and sets `error` (one line).
bool write(QGraphicsScene &scene, const QString &path, Format format, double scale = 1.0,
           bool selectionOnly = false, QString *error = nullptr);

/// Builds its own diagram scene for `document` and writes it whole (the command line).
/// Resources without geometry are drawn at the origin: apply Layout::applyMissing first.
bool write(const Document &document, const QString &path, Format format, double scale = 1.0,
           QString *error = nullptr);

/// The whole diagram of `document` in `format` (scale 1), in memory: what write() puts in a
/// file, for embedding in a report. `name` titles it and names it in messages.
std::optional<QByteArray> render(const Document &document, Format format, const QString &name, QString *error = nullptr);

}

} // namespace skydraft
