// YAML output of a Value, with yaml-cpp (kept out of the headers).

#include "value.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace skydraft::exchange {

namespace {

/// True when a plain (unquoted) scalar `s` would read back as something other than this
/// string: a number, a boolean or null in YAML 1.1 or 1.2, or text with YAML syntax in it.
bool needsQuotes(const QString &s)
{
    static const QRegularExpression special(
        uR"(^(|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|[-+]?(\.[0-9]+|[0-9][0-9_,]*(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|0x[0-9a-fA-F]+|0o[0-7]+|[0-9]+:[0-9:]+|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?)$)"_s);
    if (special.match(s).hasMatch())
        return true;
    if (s.front().isSpace() || s.back().isSpace())
        return true;
    static const QString leading = u"-?:,[]{}#&*!|>'\"%@`"_s;
    if (leading.contains(s.front()))
        return true;
    return s.contains(u": "_s) || s.contains(u" #"_s) || s.endsWith(u':');
}

void emit(YAML::Emitter &out, const Value &v)
{
    switch (v.kind()) {
    case Value::Kind::Null: out << YAML::Null; return;
    case Value::Kind::Bool: out << (v.toBool() ? "true" : "false"); return;
    case Value::Kind::Integer: out << static_cast<long long>(v.toInteger()); return;
    case Value::Kind::String: {
        const QString &s = v.toString();
        const std::string utf8 = s.toStdString();
        // A literal block keeps exactly one final newline ("clip"); other text is quoted.
        const bool literal = s.contains(u'\n') && s.endsWith(u'\n') && !s.endsWith(u"\n\n"_s)
            && !s.front().isSpace() && !s.contains(u'\r') && !s.contains(u"\t"_s);
        if (literal)
            out << YAML::Literal << utf8;
        else if (needsQuotes(s))
            out << YAML::DoubleQuoted << utf8;
        else
            out << utf8;
        return;
    }
    case Value::Kind::List:
        out << YAML::BeginSeq;
        for (const Value &item : v.items())
            emit(out, item);
        out << YAML::EndSeq;
        return;
    case Value::Kind::Map:
        out << YAML::BeginMap;
        for (const auto &[key, item] : v.entries()) {
            out << YAML::Key;
            if (needsQuotes(key))
                out << YAML::DoubleQuoted;
            out << key.toStdString() << YAML::Value;
            emit(out, item);
        }
        out << YAML::EndMap;
        return;
    }
}

} // namespace

QByteArray toYaml(const Value &value)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out.SetOutputCharset(YAML::EmitNonAscii);
    emit(out, value);
    QByteArray text(out.c_str(), qsizetype(out.size()));
    text += '\n';
    return text;
}

} // namespace skydraft::exchange
