#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace skydraft {

/// 1-based line and column (in characters) of a byte offset in UTF-8 text.
struct TextPosition {
    int line = 1;
    int column = 1;
};
TextPosition positionOfOffset(const QByteArray &text, qsizetype offset);

/// positionOfOffset() for many offsets in one text: the text is read once into checkpoints
/// (every 4 KiB), so each position costs at most 4 KiB of counting, whatever the file's size
/// or line lengths. Keeps a (shared, implicitly copied) copy of `text`.
class TextPositions
{
public:
    explicit TextPositions(const QByteArray &text);
    TextPosition at(qsizetype offset) const;

private:
    static constexpr qsizetype step = 4096;
    QByteArray m_text;
    std::vector<TextPosition> m_checkpoints; ///< position of offset i * step
};

/// The byte offset where each element of the array at `pointer` starts, in order (empty when
/// the pointer does not name an array). One pass over the text.
std::vector<qsizetype> jsonArrayElements(const QByteArray &text, const QString &pointer);

/// The byte offset where the value at a JSON pointer ("/resources/3/properties/cidr") starts
/// in `text`, or nullopt when the pointer does not resolve. `text` must be valid JSON.
/// With `from`, the pointer is relative to the value that starts at that offset.
std::optional<qsizetype> locateJsonPointer(const QByteArray &text, const QString &pointer, qsizetype from = 0);

/// A JSON pointer token with '~' and '/' escaped.
QString escapePointerToken(const QString &token);

/// Offset of the number token `literal` in `text`, outside strings (a name may hold the
/// same characters), or -1.
qsizetype findNumberToken(const QByteArray &text, const QByteArray &literal);

/// Offset of the first raw control character (a byte below 0x20 other than tab, line feed and
/// carriage return: a NUL, say), which neither JSON nor YAML allows unescaped, if any.
std::optional<qsizetype> findControlCharacter(const QByteArray &text);

/// Offset of the first place where brackets nest deeper than `limit`, if any.
std::optional<qsizetype> findExcessiveNesting(const QByteArray &text, int limit);

} // namespace skydraft
