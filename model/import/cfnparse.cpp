#include "cfnparse.h"

#include <QCoreApplication>
#include <QHash>

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
        add(std::move(n), {}, anchor);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        Node n = m_anchors.value(anchor);
        place(n, mark);
        add(std::move(n), {}, 0);
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
        add(std::move(n), tag, anchor);
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
    };

    static void place(Node &n, const YAML::Mark &mark)
    {
        n.line = mark.line + 1;
        n.col = mark.column + 1;
    }

    void open(Node::Kind kind, const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor)
    {
        if (m_stack.size() >= maxDepth)
            throw YAML::ParserException(mark, "nesting deeper than 128 levels");
        Open o;
        o.node.kind = kind;
        place(o.node, mark);
        o.tag = tag;
        o.anchor = anchor;
        m_stack.push_back(std::move(o));
    }

    void close()
    {
        Open o = std::move(m_stack.back());
        m_stack.pop_back();
        add(std::move(o.node), o.tag, o.anchor);
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

    void add(Node n, const std::string &tag, YAML::anchor_t anchor)
    {
        n = untag(std::move(n), tag);
        if (anchor)
            m_anchors.insert(anchor, n);
        if (m_stack.empty()) {
            if (!root)
                root = std::move(n);
            return;
        }
        Open &top = m_stack.back();
        if (top.node.kind == Node::Kind::List) {
            top.node.items.append(std::move(n));
        } else if (!top.haveKey) {
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
    QHash<YAML::anchor_t, Node> m_anchors;
};

} // namespace

std::optional<Node> parseTemplate(const QByteArray &text, Report &report)
{
    std::istringstream stream(text.toStdString());
    Builder builder(report);
    try {
        YAML::Parser parser(stream);
        parser.HandleNextDocument(builder);
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
