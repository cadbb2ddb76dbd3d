#include "cfnnode.h"

namespace skydraft::cfn {

const Node *Node::get(QStringView key) const
{
    for (const auto &[k, v] : entries)
        if (k == key)
            return &v;
    return nullptr;
}

const Node *Node::path(std::initializer_list<QStringView> keys) const
{
    const Node *n = this;
    for (QStringView k : keys) {
        n = n->get(k);
        if (!n)
            return nullptr;
    }
    return n;
}

Node Node::scalar(const QString &text, int line, int col)
{
    Node n;
    n.kind = Kind::Scalar;
    n.text = text;
    n.line = line;
    n.col = col;
    return n;
}

Node Node::ref(const QString &id, const QString &attribute)
{
    Node n;
    n.kind = Kind::Ref;
    n.text = id;
    n.attribute = attribute;
    return n;
}

Node Node::external(const QString &name, const QString &kind)
{
    Node n;
    n.kind = Kind::External;
    n.text = name;
    n.attribute = kind;
    return n;
}

Node Node::externalItem(const QString &base, int index, const QString &kind)
{
    Node n = external(base + QString::number(qint64(index) + 1), kind); // 1-based, and INT_MAX + 1 is a name too
    n.base = base;
    n.index = index;
    return n;
}

Node Node::unresolved(const QString &what)
{
    Node n;
    n.kind = Kind::Unresolved;
    n.text = what;
    return n;
}

namespace {
Diagnostic located(Severity severity, const QString &file, int line, int col, const QString &message)
{
    Diagnostic d;
    d.severity = severity;
    d.file = file;
    d.line = line;
    d.col = line > 0 ? std::max(col, 1) : 0;
    d.message = message;
    return d;
}
} // namespace

void Report::note(int line, int col, const QString &message)
{
    notes.append(located(Severity::Info, file, line, col, message));
}

void Report::error(int line, int col, const QString &message)
{
    errors.append(located(Severity::Error, file, line, col, message));
}

} // namespace skydraft::cfn
