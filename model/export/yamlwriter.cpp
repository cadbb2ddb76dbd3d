// YAML output of a Value: block style, plain scalars unless YAML would read them as
// something else. Written by hand because yaml-cpp's emitter spends most of a large export
// re-checking every scalar; the tests read every export back with yaml-cpp.

#include "value.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace skydraft::exchange {

namespace {

/// True when a plain (unquoted) scalar `s` would read back as something other than this
/// string: a number, a boolean or null in YAML 1.1 or 1.2, or text with YAML syntax in it.
bool needsQuotes(const QString &s)
{
    static const QRegularExpression special(
        uR"(^(|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|[-+]?(\.[0-9]+|[0-9][0-9_,]*(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|0x[0-9a-fA-F]+|0o[0-7]+|[0-9]+:[0-9:]+|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?)$)"_s);
    // The regular expression only for what could be a number, a date or a keyword (<= 5 letters).
    const QChar first = s.isEmpty() ? QChar() : s.front();
    const bool candidate = s.size() <= 5 || first.isDigit() || first == u'-' || first == u'+' || first == u'.';
    if (candidate && special.match(s).hasMatch())
        return true;
    if (s.isEmpty())
        return true;
    if (s.front().isSpace() || s.back().isSpace())
        return true;
    static const QString leading = u"-?:,[]{}#&*!|>'\"%@`"_s;
    if (leading.contains(s.front()))
        return true;
    return s.contains(u": "_s) || s.contains(u" #"_s) || s.endsWith(u':');
}

bool literalBlock(const QString &s)
{
    // A literal block keeps exactly one final newline ("clip"); other multi-line text is quoted.
    return s.contains(u'\n') && s.endsWith(u'\n') && !s.endsWith(u"\n\n"_s) && !s.front().isSpace()
        && std::none_of(s.begin(), s.end(), [](QChar c) { return c.unicode() < 0x20 && c != u'\n'; });
}

QByteArray doubleQuoted(const QString &s)
{
    QByteArray out = "\"";
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\')
            out += '\\' + QByteArray(1, char(u));
        else if (u == u'\n')
            out += "\\n";
        else if (u == u'\t')
            out += "\\t";
        else if (u == u'\r')
            out += "\\r";
        else if (u < 0x20)
            out += "\\x" + QByteArray::number(u, 16).rightJustified(2, '0');
        else
            out += QString(c).toUtf8();
    }
    return out + '"';
}

QByteArray scalar(const QString &s)
{
    if (needsQuotes(s) || std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() < 0x20; }))
        return doubleQuoted(s);
    return s.toUtf8();
}

/// A value after "key:" or "-": inline when it is a scalar or an empty collection, else on
/// the following lines at `indent`.
void writeValue(QByteArray &out, const Value &v, int indent);

void writeBlock(QByteArray &out, const Value &v, int indent)
{
    const QByteArray pad(indent, ' ');
    if (v.kind() == Value::Kind::Map) {
        for (const auto &[key, item] : v.entries()) {
            out += pad + scalar(key) + ':';
            writeValue(out, item, indent + 2);
        }
        return;
    }
    for (const Value &item : v.items()) {
        out += pad + '-';
        if (item.kind() == Value::Kind::Map && !item.isEmpty()) {
            // "- Key: value" with the next keys under the first.
            QByteArray nested;
            writeBlock(nested, item, indent + 2);
            out += ' ' + nested.mid(indent + 2);
        } else {
            writeValue(out, item, indent + 2);
        }
    }
}

void writeValue(QByteArray &out, const Value &v, int indent)
{
    switch (v.kind()) {
    case Value::Kind::Null: out += " null\n"; return;
    case Value::Kind::Bool: out += v.toBool() ? " true\n" : " false\n"; return;
    case Value::Kind::Integer: out += ' ' + QByteArray::number(v.toInteger()) + '\n'; return;
    case Value::Kind::String: {
        const QString &s = v.toString();
        if (!literalBlock(s)) {
            out += ' ' + scalar(s) + '\n';
            return;
        }
        out += " |\n";
        const QByteArray pad(indent, ' ');
        for (const QString &line : s.chopped(1).split(u'\n'))
            out += (line.isEmpty() ? QByteArray() : pad + line.toUtf8()) + '\n';
        return;
    }
    case Value::Kind::List:
    case Value::Kind::Map:
        if (v.isEmpty()) {
            out += v.kind() == Value::Kind::Map ? " {}\n" : " []\n";
            return;
        }
        out += '\n';
        writeBlock(out, v, indent);
        return;
    }
}

} // namespace

QByteArray toYaml(const Value &value)
{
    QByteArray out;
    if (value.kind() == Value::Kind::Map || value.kind() == Value::Kind::List) {
        if (!value.isEmpty()) {
            writeBlock(out, value, 0);
            return out;
        }
    }
    writeValue(out, value, 0);
    return out.mid(1); // no space before a top-level scalar
}

} // namespace skydraft::exchange
