#pragma once

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace skydraft::exchange {

/// A JSON-like tree that keeps the order its map keys were inserted in.
///
/// The exporters build templates as a Value so that JSON and YAML come from the same tree
/// (and so are equivalent by construction) and the output order is the order of writing,
/// which makes every export deterministic. QJsonObject would sort the keys ("Properties"
/// before "Type"); nlohmann/yaml-cpp stay out of headers.
class Value
{
public:
    enum class Kind { Null, Bool, Integer, String, List, Map };

    Value() = default;
    Value(bool b) : m_kind(Kind::Bool), m_bool(b) {}
    Value(int i) : m_kind(Kind::Integer), m_int(i) {}
    Value(qint64 i) : m_kind(Kind::Integer), m_int(i) {}
    Value(const QString &s) : m_kind(Kind::String), m_string(s) {}
    Value(const char *) = delete; // QT_NO_CAST_FROM_ASCII: say u"..."_s

    static Value list() { Value v; v.m_kind = Kind::List; return v; }
    static Value map() { Value v; v.m_kind = Kind::Map; return v; }
    static Value stringList(const QStringList &items);
    /// A list of one value.
    static Value listOf(Value item);

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool toBool() const { return m_bool; }
    qint64 toInteger() const { return m_int; }
    const QString &toString() const { return m_string; }

    // --- lists
    const std::vector<Value> &items() const { return m_items; }
    Value &append(Value v);
    qsizetype size() const { return m_kind == Kind::Map ? qsizetype(m_entries.size()) : qsizetype(m_items.size()); }
    bool isEmpty() const { return size() == 0; }

    // --- maps (insertion order)
    const std::vector<std::pair<QString, Value>> &entries() const { return m_entries; }
    /// The value under `key`, inserted (null) at the end when missing. Turns a null into a map.
    Value &operator[](const QString &key);
    const Value *find(const QString &key) const;
    /// Appends `key` without looking for it first: for keys known to be new (unique logical
    /// ids), so that building a 10,000-resource map stays linear.
    void insertNew(const QString &key, Value v);
    bool contains(const QString &key) const { return find(key) != nullptr; }
    /// Sets `key` to `v` only when `v` is not null and not an empty list or map.
    void setIfAny(const QString &key, Value v);

    friend bool operator==(const Value &, const Value &) = default;

private:
    Kind m_kind = Kind::Null;
    bool m_bool = false;
    qint64 m_int = 0;
    QString m_string;
    std::vector<Value> m_items;
    std::vector<std::pair<QString, Value>> m_entries;
};

/// `{"Key": value}`, the shape of every intrinsic function.
Value single(const QString &key, Value value);

/// JSON text as a Value, keys in their order (a number with a fraction as its text); a null
/// Value when the text is not JSON. Linear in the text, where nlohmann's ordered_json is
/// quadratic in the keys of an object.
Value parseJson(const QByteArray &text);

/// `map` with the keys the list `order` names first, in that order, then the others as they
/// were (an imported template's resources and sections in the template's order).
Value inOrder(const Value &map, const Value &order);

/// Pretty JSON (two-space indent, one key a line), UTF-8, ending in a newline.
QByteArray toJson(const Value &value);
/// Block-style YAML, UTF-8; strings that YAML would read as another type are quoted.
QByteArray toYaml(const Value &value);

} // namespace skydraft::exchange
