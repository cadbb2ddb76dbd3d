#include "jsonlocate.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace skydraft {

TextPosition positionOfOffset(const QByteArray &text, qsizetype offset)
{
    TextPosition pos;
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    for (qsizetype i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((c & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++pos.column;
        }
    }
    return pos;
}

TextPositions::TextPositions(const QByteArray &text)
    : m_text(text)
{
    TextPosition pos;
    m_checkpoints.reserve(size_t(text.size() / step + 1));
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i % step == 0)
            m_checkpoints.push_back(pos);
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++pos.column;
        }
    }
    if (m_checkpoints.empty())
        m_checkpoints.push_back(pos);
}

TextPosition TextPositions::at(qsizetype offset) const
{
    offset = std::clamp<qsizetype>(offset, 0, m_text.size());
    const size_t k = std::min(size_t(offset / step), m_checkpoints.size() - 1);
    TextPosition pos = m_checkpoints[k];
    for (qsizetype i = qsizetype(k) * step; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(m_text[i]);
        if (c == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++pos.column;
        }
    }
    return pos;
}

QString escapePointerToken(const QString &token)
{
    QString t = token;
    t.replace(u"~"_s, u"~0"_s);
    t.replace(u"/"_s, u"~1"_s);
    return t;
}

namespace {
/// Calls `stop(offset)` for every byte outside string literals until it returns true.
template<typename Stop>
std::optional<qsizetype> scanOutsideStrings(const QByteArray &text, Stop stop)
{
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (stop(i)) {
            return i;
        }
    }
    return std::nullopt;
}
} // namespace

std::optional<qsizetype> findExcessiveNesting(const QByteArray &text, int limit)
{
    int depth = 0;
    return scanOutsideStrings(text, [&](qsizetype i) {
        const char c = text[i];
        if (c == '[' || c == '{')
            return ++depth > limit;
        if (c == ']' || c == '}')
            --depth;
        return false;
    });
}

std::optional<qsizetype> findControlCharacter(const QByteArray &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            return i;
    }
    return std::nullopt;
}

qsizetype findNumberToken(const QByteArray &text, const QByteArray &literal)
{
    auto separates = [](char c) {
        return c == ',' || c == ':' || c == '[' || c == ']' || c == '{' || c == '}' || c == ' ' || c == '\t'
            || c == '\r' || c == '\n';
    };
    const auto at = scanOutsideStrings(text, [&](qsizetype i) {
        if ((i > 0 && !separates(text[i - 1])) || !QByteArrayView(text).sliced(i).startsWith(literal))
            return false;
        const qsizetype end = i + literal.size();
        return end >= text.size() || separates(text[end]);
    });
    return at.value_or(-1);
}

namespace {

class Scanner
{
public:
    explicit Scanner(const QByteArray &text)
        : m_text(text)
    {
    }

    qsizetype pos = 0;

    void skipWs()
    {
        while (pos < m_text.size() && (m_text[pos] == ' ' || m_text[pos] == '\t' || m_text[pos] == '\n' || m_text[pos] == '\r'))
            ++pos;
    }
    bool at(char c)
    {
        skipWs();
        return pos < m_text.size() && m_text[pos] == c;
    }
    // Reads a string token and returns its decoded value (escapes that matter for keys).
    std::optional<QString> readString()
    {
        if (!at('"'))
            return std::nullopt;
        ++pos;
        QByteArray raw;
        while (pos < m_text.size() && m_text[pos] != '"') {
            if (m_text[pos] == '\\' && pos + 1 < m_text.size()) {
                const char e = m_text[pos + 1];
                if (e == 'u' && pos + 5 < m_text.size()) {
                    raw += QString(QChar(m_text.mid(pos + 2, 4).toUShort(nullptr, 16))).toUtf8();
                    pos += 6;
                    continue;
                }
                raw += e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e == 'b' ? '\b' : e == 'f' ? '\f' : e;
                pos += 2;
                continue;
            }
            raw += m_text[pos++];
        }
        ++pos; // closing quote
        return QString::fromUtf8(raw);
    }
    void skipValue()
    {
        skipWs();
        if (pos >= m_text.size())
            return;
        const char c = m_text[pos];
        if (c == '"') {
            readString();
            return;
        }
        if (c == '{' || c == '[') {
            int depth = 0;
            bool inString = false;
            for (; pos < m_text.size(); ++pos) {
                const char d = m_text[pos];
                if (inString) {
                    if (d == '\\')
                        ++pos;
                    else if (d == '"')
                        inString = false;
                } else if (d == '"') {
                    inString = true;
                } else if (d == '{' || d == '[') {
                    ++depth;
                } else if ((d == '}' || d == ']') && --depth == 0) {
                    ++pos;
                    return;
                }
            }
            return;
        }
        while (pos < m_text.size() && !strchr(",]} \t\r\n", m_text[pos]))
            ++pos;
    }

private:
    const QByteArray &m_text;
};

} // namespace

std::optional<qsizetype> locateJsonPointer(const QByteArray &text, const QString &pointer, qsizetype from)
{
    Scanner s(text);
    s.pos = std::clamp<qsizetype>(from, 0, text.size());
    s.skipWs();
    if (pointer.isEmpty())
        return s.pos;
    if (!pointer.startsWith(u'/'))
        return std::nullopt;
    const QStringList tokens = pointer.mid(1).split(u'/');
    for (QString token : tokens) {
        token.replace(u"~1"_s, u"/"_s);
        token.replace(u"~0"_s, u"~"_s);
        if (s.at('{')) {
            ++s.pos;
            bool found = false;
            while (!s.at('}')) {
                const auto key = s.readString();
                if (!key || !s.at(':'))
                    return std::nullopt;
                ++s.pos;
                if (*key == token) {
                    s.skipWs();
                    found = true;
                    break;
                }
                s.skipValue();
                if (s.at(','))
                    ++s.pos;
                else if (!s.at('}'))
                    return std::nullopt;
            }
            if (!found)
                return std::nullopt;
        } else if (s.at('[')) {
            bool ok = false;
            const int index = token.toInt(&ok);
            if (!ok || index < 0)
                return std::nullopt;
            ++s.pos;
            for (int i = 0; i < index; ++i) {
                if (s.at(']'))
                    return std::nullopt;
                s.skipValue();
                if (!s.at(','))
                    return std::nullopt;
                ++s.pos;
            }
            if (s.at(']'))
                return std::nullopt;
            s.skipWs();
        } else {
            return std::nullopt;
        }
    }
    return s.pos;
}

std::vector<qsizetype> jsonArrayElements(const QByteArray &text, const QString &pointer)
{
    std::vector<qsizetype> out;
    const auto start = locateJsonPointer(text, pointer);
    if (!start)
        return out;
    Scanner s(text);
    s.pos = *start;
    if (!s.at('['))
        return out;
    ++s.pos;
    while (!s.at(']')) {
        s.skipWs();
        if (s.pos >= text.size())
            break;
        out.push_back(s.pos);
        const qsizetype before = s.pos;
        s.skipValue();
        if (s.pos == before)
            break; // not JSON we can walk: stop rather than loop
        if (s.at(','))
            ++s.pos;
        else
            break;
    }
    return out;
}

} // namespace skydraft
