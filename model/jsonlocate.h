#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace skydraft {

/// 1-based line and column (in characters) of a byte offset in UTF-8 text.
struct TextPosition {
    int line = 1;
    int column = 1;
};
TextPosition positionOfOffset(const QByteArray &text, qsizetype offset);

/// The byte offset where the value at a JSON pointer ("/resources/3/properties/cidr") starts
/// in `text`, or nullopt when the pointer does not resolve. `text` must be valid JSON.
std::optional<qsizetype> locateJsonPointer(const QByteArray &text, const QString &pointer);

/// A JSON pointer token with '~' and '/' escaped.
QString escapePointerToken(const QString &token);

/// Offset of the number token `literal` in `text`, outside strings (a name may hold the
/// same characters), or -1.
qsizetype findNumberToken(const QByteArray &text, const QByteArray &literal);

/// Offset of the first place where brackets nest deeper than `limit`, if any.
std::optional<qsizetype> findExcessiveNesting(const QByteArray &text, int limit);

} // namespace skydraft
