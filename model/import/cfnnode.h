#pragma once

// A CloudFormation template as a tree, with where each value came from. The parser turns
// JSON and YAML (short-form tags included) into this tree with long-form intrinsics only
// ({"Ref": ...}, {"Fn::Sub": ...}); the resolver turns intrinsics into values, references
// to resources (Ref) or to things outside the template (External).

#include "model/diagnostic.h"

#include <QList>
#include <QString>

#include <utility>

namespace skydraft::cfn {

struct Node {
    enum class Kind {
        Null,
        Scalar,
        List,
        Map,
        /// A resource of the template: `text` is its logical id, `attribute` the GetAtt name
        /// (empty for Ref).
        Ref,
        /// A value defined outside the template: `text` names it (a parameter with no value
        /// to go by, or an imported export); `attribute` is the parameter type or "import".
        External,
        /// Could not be worked out offline; `text` says what it was.
        Unresolved,
        /// AWS::NoValue: removed from the map or list that holds it.
        NoValue,
    };
    Kind kind = Kind::Null;
    QString text;
    QString attribute;
    QList<Node> items;                          ///< List
    QList<std::pair<QString, Node>> entries;    ///< Map, in file order
    /// External: an item of a list parameter or of a split import: `base` names the list,
    /// `index` is the 0-based position (`text` is base + (index + 1)). Empty / -1 otherwise.
    QString base;
    int index = -1;
    /// Scalar: written without quotes (a YAML plain scalar, a JSON number or boolean), so
    /// `true` or `300` is a boolean or a number, not text.
    bool plain = false;
    int line = 0;                               ///< 1-based; 0 unknown
    int col = 0;

    bool isScalar() const { return kind == Kind::Scalar; }
    bool isMap() const { return kind == Kind::Map; }
    bool isList() const { return kind == Kind::List; }
    bool isNull() const { return kind == Kind::Null || kind == Kind::NoValue; }
    /// The value of `key` in a map, or nullptr.
    const Node *get(QStringView key) const;
    /// Follows a path of map keys; nullptr when any is missing.
    const Node *path(std::initializer_list<QStringView> keys) const;

    static Node scalar(const QString &text, int line = 0, int col = 0);
    static Node ref(const QString &id, const QString &attribute = {});
    static Node external(const QString &name, const QString &kind);
    /// The `index`-th (0-based) item of the external list `base` ("Subnets" -> "Subnets2").
    static Node externalItem(const QString &base, int index, const QString &kind);
    static Node unresolved(const QString &what);
};

/// What an import found worth saying: notes (what was not drawn, what was assumed) and
/// errors (what stops the import), each located in the template.
struct Report {
    QString file;
    QList<Diagnostic> notes;
    QList<Diagnostic> errors;

    void note(int line, int col, const QString &message);
    void note(const Node &at, const QString &message) { note(at.line, at.col, message); }
    void error(int line, int col, const QString &message);
    void error(const Node &at, const QString &message) { error(at.line, at.col, message); }
};

} // namespace skydraft::cfn
