#include "cfnparse.h"

#include "model/jsonlocate.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <sstream>
#include <vector>

using namespace Qt::StringLiterals;

namespace skydraft::cfn {

namespace {

struct ParseMsg {
    Q_DECLARE_TR_FUNCTIONS(skydraft::CloudFormation)
};

constexpr int maxDepth = 128;

/// The long name of a short-form tag ("!Sub" -> "Fn::Sub"), or empty when unknown.
QString longForm(const QString &tag)
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> h{{u"!Ref"_s, u"Ref"_s}, {u"!Condition"_s, u"Condition"_s}};
        for (const char *fn : {"Sub", "GetAtt", "Select", "GetAZs", "If", "Join", "FindInMap", "Cidr", "Base64",
                               "ImportValue", "Split", "Equals", "And", "Or", "Not", "Length", "ToJsonString",
                               "Transform"})
            h.insert(u'!' + QString::fromLatin1(fn), u"Fn::"_s + QString::fromLatin1(fn));
        return h;
    }();
    return names.value(tag);
}

/// What stops a parse that is well-formed YAML but not a template we take (a limit, a
/// duplicate key), with where.
struct Limit {
    int line = 1;
    int col = 1;
    QString message;
    Limit(int l, int c, QString m)
        : line(l)
        , col(c)
        , message(std::move(m))
    {
    }
    Limit(const YAML::Mark &mark, QString m)
        : line(mark.is_null() ? 1 : mark.line + 1)
        , col(mark.is_null() ? 1 : mark.column + 1)
        , message(std::move(m))
    {
    }
};

/// Builds Nodes from yaml-cpp's parse events (faster than its Node API, and it keeps tags
/// and positions).
class Builder : public YAML::EventHandler
{
public:
    explicit Builder(Report &report)
        : m_report(report)
    {
    }

    std::optional<Node> root;

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        Node n;
        place(n, mark);
        grow(mark, 1, 0);
        add(std::move(n), {}, anchor, 1, 0);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const Anchored a = m_anchors.value(anchor);
        // An alias is a copy of what it names: count it in full, so that aliases of aliases
        // ("billion laughs") stop here, not after filling memory.
        grow(mark, a.nodes, a.bytes);
        Node n = a.node;
        place(n, mark);
        add(std::move(n), {}, 0, a.nodes, a.bytes);
    }
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        Node n;
        n.text = QString::fromStdString(value);
        // A plain null/~ is YAML's null; quoted, it is the text.
        n.kind = tag == "?" && (value == "null" || value == "~" || value == "Null" || value == "NULL") ? Node::Kind::Null
                                                                                                      : Node::Kind::Scalar;
        place(n, mark);
        grow(mark, 1, qint64(value.size()));
        add(std::move(n), tag, anchor, 1, qint64(value.size()));
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(Node::Kind::List, mark, tag, anchor);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(Node::Kind::Map, mark, tag, anchor);
    }
    void OnMapEnd() override { close(); }

private:
    struct Open {
        Node node;
        std::string tag;
        YAML::anchor_t anchor = 0;
        QString pendingKey;
        int keyLine = 0;
        int keyCol = 0;
        bool haveKey = false;
        QHash<QString, int> keyLines; ///< Map: key -> the line it is declared on
        qint64 nodesBefore = 0;      ///< m_nodes and m_bytes when the collection opened
        qint64 bytesBefore = 0;
    };
    /// An anchored value and how much it stands for once every alias in it is expanded.
    struct Anchored {
        Node node;
        qint64 nodes = 0;
        qint64 bytes = 0;
    };

    /// Counts `nodes` values and `bytes` of text more in the expanded document; past the
    /// limits (far above any real template, which AWS caps at 1 MB) the parse stops there.
    void grow(const YAML::Mark &mark, qint64 nodes, qint64 bytes)
    {
        m_nodes += nodes;
        m_bytes += bytes;
        if (m_nodes > maxTemplateValues)
            throw Limit(mark, ParseMsg::tr("the template expands to more than %L1 values (YAML aliases)")
                                  .arg(maxTemplateValues));
        if (m_bytes > maxTemplateTextBytes)
            throw Limit(mark, ParseMsg::tr("the template expands to more than %1 MiB of text (YAML aliases)")
                                  .arg(maxTemplateTextBytes / (1024 * 1024)));
    }

    static void place(Node &n, const YAML::Mark &mark)
    {
        n.line = mark.line + 1;
        n.col = mark.column + 1;
    }

    void open(Node::Kind kind, const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor)
    {
        if (m_stack.size() >= maxDepth)
            throw YAML::ParserException(mark, "nesting deeper than 128 levels");
        grow(mark, 1, 0);
        Open o;
        o.node.kind = kind;
        place(o.node, mark);
        o.tag = tag;
        o.anchor = anchor;
        o.nodesBefore = m_nodes - 1;
        o.bytesBefore = m_bytes;
        m_stack.push_back(std::move(o));
    }

    void close()
    {
        Open o = std::move(m_stack.back());
        m_stack.pop_back();
        add(std::move(o.node), o.tag, o.anchor, m_nodes - o.nodesBefore, m_bytes - o.bytesBefore);
    }

    /// Turns a short-form tag into its long form around the node.
    Node untag(Node n, const std::string &tag)
    {
        if (tag.empty() || tag == "?" || tag == "!" || tag.rfind("tag:yaml.org,2002:", 0) == 0)
            return n;
        const QString t = QString::fromStdString(tag);
        const QString name = longForm(t);
        if (name.isEmpty()) {
            m_report.note(n, ParseMsg::tr("unknown tag %1: its value is left unresolved").arg(t));
            Node u = Node::unresolved(t);
            u.line = n.line;
            u.col = n.col;
            return u;
        }
        if (name == u"Fn::GetAtt"_s && n.isScalar()) { // !GetAtt Resource.Attribute.With.Dots
            const qsizetype dot = n.text.indexOf(u'.');
            Node list;
            list.kind = Node::Kind::List;
            list.line = n.line;
            list.col = n.col;
            list.items = {Node::scalar(n.text.left(dot), n.line, n.col),
                          Node::scalar(dot < 0 ? QString() : n.text.mid(dot + 1), n.line, n.col)};
            n = list;
        }
        Node wrapped;
        wrapped.kind = Node::Kind::Map;
        wrapped.line = n.line;
        wrapped.col = n.col;
        wrapped.entries.append({name, std::move(n)});
        return wrapped;
    }

    void add(Node n, const std::string &tag, YAML::anchor_t anchor, qint64 nodes, qint64 bytes)
    {
        n = untag(std::move(n), tag);
        if (anchor)
            m_anchors.insert(anchor, {n, nodes, bytes});
        if (m_stack.empty()) {
            if (!root)
                root = std::move(n);
            return;
        }
        Open &top = m_stack.back();
        if (top.node.kind == Node::Kind::List) {
            top.node.items.append(std::move(n));
        } else if (!top.haveKey) {
            // CloudFormation refuses a template that repeats a key (two resources with one
            // logical id, a property given twice); so do we, where the second one is.
            const auto seen = top.keyLines.constFind(n.text);
            if (seen != top.keyLines.cend() && n.isScalar())
                throw Limit(n.line, n.col, ParseMsg::tr("duplicate key \"%1\" (first at line %2)").arg(n.text).arg(*seen));
            if (n.isScalar())
                top.keyLines.insert(n.text, n.line);
            top.pendingKey = n.text;
            top.keyLine = n.line;
            top.keyCol = n.col;
            top.haveKey = true;
        } else {
            // A block under a key is located at its key ("Topic:"), where a reader looks.
            if (n.isMap() || n.isList()) {
                n.line = top.keyLine;
                n.col = top.keyCol;
            }
            top.node.entries.append({top.pendingKey, std::move(n)});
            top.haveKey = false;
        }
    }

    Report &m_report;
    std::vector<Open> m_stack;
    QHash<YAML::anchor_t, Anchored> m_anchors;
    qint64 m_nodes = 0;
    qint64 m_bytes = 0;
};

} // namespace

std::optional<Node> parseTemplate(const QByteArray &text, Report &report)
{
    // yaml-cpp reports a NUL where the line after it starts; say where it is.
    if (const auto bad = findControlCharacter(text)) {
        const TextPosition pos = positionOfOffset(text, *bad);
        report.error(pos.line, pos.column,
                     ParseMsg::tr("invalid template syntax: raw control character U+%1")
                         .arg(int(static_cast<unsigned char>(text[*bad])), 4, 16, QLatin1Char('0')));
        return std::nullopt;
    }
    std::istringstream stream(text.toStdString());
    Builder builder(report);
    try {
        YAML::Parser parser(stream);
        parser.HandleNextDocument(builder);
    } catch (const Limit &e) {
        report.error(e.line, e.col, e.message);
        return std::nullopt;
    } catch (const YAML::Exception &e) {
        const int line = e.mark.is_null() ? 1 : e.mark.line + 1;
        const int col = e.mark.is_null() ? 1 : e.mark.column + 1;
        report.error(line, col, ParseMsg::tr("invalid template syntax: %1").arg(QString::fromStdString(e.msg)));
        return std::nullopt;
    } catch (const std::exception &e) {
        report.error(1, 1, ParseMsg::tr("invalid template syntax: %1").arg(QString::fromUtf8(e.what())));
        return std::nullopt;
    }
    if (!builder.root || !builder.root->isMap()) {
        report.error(1, 1, ParseMsg::tr("a template is a map with a Resources section"));
        return std::nullopt;
    }
    return builder.root;
}

} // namespace skydraft::cfn
