#include "value.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <limits>

using namespace Qt::StringLiterals;

namespace skydraft::exchange {

Value Value::stringList(const QStringList &items)
{
    Value v = list();
    for (const QString &s : items)
        v.append(s);
    return v;
}

Value Value::listOf(Value item)
{
    Value v = list();
    v.append(std::move(item));
    return v;
}

Value &Value::append(Value v)
{
    if (m_kind == Kind::Null)
        m_kind = Kind::List;
    m_items.push_back(std::move(v));
    return m_items.back();
}

Value &Value::operator[](const QString &key)
{
    if (m_kind == Kind::Null)
        m_kind = Kind::Map;
    for (auto &[k, v] : m_entries)
        if (k == key)
            return v;
    m_entries.emplace_back(key, Value());
    return m_entries.back().second;
}

const Value *Value::find(const QString &key) const
{
    for (const auto &[k, v] : m_entries)
        if (k == key)
            return &v;
    return nullptr;
}

void Value::insertNew(const QString &key, Value v)
{
    if (m_kind == Kind::Null)
        m_kind = Kind::Map;
    m_entries.emplace_back(key, std::move(v));
}

void Value::setIfAny(const QString &key, Value v)
{
    if (v.isNull() || ((v.kind() == Kind::List || v.kind() == Kind::Map) && v.isEmpty()))
        return;
    (*this)[key] = std::move(v);
}

Value single(const QString &key, Value value)
{
    Value m = Value::map();
    m[key] = std::move(value);
    return m;
}

namespace {

void writeString(QByteArray &out, const QString &s)
{
    out += '"';
    qsizetype run = 0; // start of the characters not yet written
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        QByteArray escape;
        switch (c) {
        case u'"': escape = "\\\""; break;
        case u'\\': escape = "\\\\"; break;
        case u'\n': escape = "\\n"; break;
        case u'\r': escape = "\\r"; break;
        case u'\t': escape = "\\t"; break;
        default:
            if (c < 0x20)
                escape = "\\u00" + QByteArray::number(c, 16).rightJustified(2, '0');
        }
        if (escape.isEmpty())
            continue;
        out += QStringView(s).mid(run, i - run).toUtf8() + escape;
        run = i + 1;
    }
    out += QStringView(s).mid(run).toUtf8();
    out += '"';
}

void writeJson(QByteArray &out, const Value &v, int depth)
{
    const QByteArray pad(2 * (depth + 1), ' ');
    const QByteArray closePad(2 * depth, ' ');
    switch (v.kind()) {
    case Value::Kind::Null: out += "null"; return;
    case Value::Kind::Bool: out += v.toBool() ? "true" : "false"; return;
    case Value::Kind::Integer: out += QByteArray::number(v.toInteger()); return;
    case Value::Kind::String: writeString(out, v.toString()); return;
    case Value::Kind::List:
        if (v.items().empty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (size_t i = 0; i < v.items().size(); ++i) {
            out += pad;
            writeJson(out, v.items()[i], depth + 1);
            out += i + 1 < v.items().size() ? ",\n" : "\n";
        }
        out += closePad + ']';
        return;
    case Value::Kind::Map:
        if (v.entries().empty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        for (size_t i = 0; i < v.entries().size(); ++i) {
            out += pad;
            writeString(out, v.entries()[i].first);
            out += ": ";
            writeJson(out, v.entries()[i].second, depth + 1);
            out += i + 1 < v.entries().size() ? ",\n" : "\n";
        }
        out += closePad + '}';
        return;
    }
}

} // namespace

Value inOrder(const Value &map, const Value &order)
{
    if (map.kind() != Value::Kind::Map || order.kind() != Value::Kind::List)
        return map;
    QHash<QString, const Value *> index; // Value::find is a linear search
    for (const auto &[key, v] : map.entries())
        index.insert(key, &v);
    Value out = Value::map();
    QSet<QString> placed;
    for (const Value &key : order.items())
        if (const Value *v = index.value(key.toString()); v && !placed.contains(key.toString())) {
            placed.insert(key.toString());
            out.insertNew(key.toString(), *v);
        }
    for (const auto &[key, v] : map.entries())
        if (!placed.contains(key))
            out.insertNew(key, v);
    return out;
}

namespace {

/// Builds a Value from nlohmann's SAX events.
class ValueBuilder
{
public:
    Value root;
    bool failed = false;

    bool null() { return add(Value()); }
    bool boolean(bool b) { return add(Value(b)); }
    bool number_integer(std::int64_t i) { return add(Value(qint64(i))); }
    bool number_unsigned(std::uint64_t u)
    {
        return add(u > std::uint64_t(std::numeric_limits<qint64>::max()) ? Value(QString::number(u)) : Value(qint64(u)));
    }
    bool number_float(double, const std::string &text) { return add(Value(QString::fromStdString(text))); }
    bool string(std::string &text) { return add(Value(QString::fromStdString(text))); }
    bool binary(std::vector<std::uint8_t> &) { return add(Value()); }
    bool start_object(std::size_t)
    {
        m_stack.push_back(Value::map());
        m_keys.emplace_back();
        return true;
    }
    bool key(std::string &k)
    {
        m_keys.back() = QString::fromStdString(k);
        return true;
    }
    bool end_object()
    {
        Value done = std::move(m_stack.back());
        m_stack.pop_back();
        m_keys.pop_back();
        return add(std::move(done));
    }
    bool start_array(std::size_t)
    {
        m_stack.push_back(Value::list());
        m_keys.emplace_back();
        return true;
    }
    bool end_array() { return end_object(); }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &)
    {
        failed = true;
        return false;
    }

private:
    bool add(Value v)
    {
        if (m_stack.empty())
            root = std::move(v);
        else if (m_stack.back().kind() == Value::Kind::Map)
            m_stack.back().insertNew(m_keys.back(), std::move(v));
        else
            m_stack.back().append(std::move(v));
        return true;
    }

    std::vector<Value> m_stack;
    std::vector<QString> m_keys;
};

} // namespace

Value parseJson(const QByteArray &text)
{
    ValueBuilder builder;
    nlohmann::json::sax_parse(text.cbegin(), text.cend(), &builder, nlohmann::json::input_format_t::json, false);
    return builder.failed ? Value() : std::move(builder.root);
}

QByteArray toJson(const Value &value)
{
    QByteArray out;
    writeJson(out, value, 0);
    out += '\n';
    return out;
}

} // namespace skydraft::exchange
