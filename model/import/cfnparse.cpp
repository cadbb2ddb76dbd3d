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
                               "Transform",
                               // The functions of a template's Rules.
                               "Contains", "EachMemberEquals", "EachMemberIn", "RefAll", "ValueOf", "ValueOfAll"})
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

bool isBlank(char c) { return c == ' ' || c == '\t'; }

/// The value of the quoted scalar that starts at `pos` of `text` and spans lines, folded as
/// YAML says; nullopt when it is not one. yaml-cpp drops the line breaks a quoted scalar starts
/// with ('\n\n    ' is "\n", which it reads as ""): templates converted from JSON spell
/// every "\n" of a UserData that way.
std::optional<std::string> foldedQuoted(const QByteArray &text, qsizetype pos)
{
    if (pos < 0 || pos >= text.size() || (text[pos] != '\'' && text[pos] != '"'))
        return std::nullopt;
    const char quote = text[pos];
    std::string out;
    size_t keep = 0; // what the trailing-blank strip of a line may not cut (escapes)
    bool multiline = false;
    qsizetype i = pos + 1;
    auto fold = [&](bool escaped) {
        // At a line break: the blanks before it go, the blanks after it go; each empty line
        // after it is a line break, and no empty line is one space (none after a "\" break).
        if (!escaped)
            while (out.size() > keep && isBlank(out.back()))
                out.pop_back();
        int empty = 0;
        for (;;) {
            if (i < text.size() && text[i] == '\r')
                ++i;
            if (i < text.size() && text[i] == '\n')
                ++i;
            while (i < text.size() && isBlank(text[i]))
                ++i;
            if (i < text.size() && (text[i] == '\n' || text[i] == '\r')) {
                ++empty;
                continue;
            }
            break;
        }
        if (empty > 0)
            out.append(size_t(empty), '\n');
        else if (!escaped)
            out += ' ';
        keep = out.size();
        multiline = true;
    };
    while (i < text.size()) {
        const char c = text[i];
        if (c == quote) {
            if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
                out += '\'';
                i += 2;
                continue;
            }
            return multiline ? std::optional<std::string>(out) : std::nullopt;
        }
        if (c == '\n' || c == '\r') {
            fold(false);
            continue;
        }
        if (quote == '"' && c == '\\' && i + 1 < text.size()) {
            const char e = text[i + 1];
            i += 2;
            if (e == '\n' || e == '\r') {
                --i;
                fold(true);
                continue;
            }
            static const std::string simple = "0abtnvfre \"/\\N_LP\t";
            static const char32_t meaning[] = {0, 7, 8, 9, 10, 11, 12, 13, 27, 32, 34, 47, 92, 0x85, 0xA0, 0x2028, 0x2029, 9};
            if (const size_t k = simple.find(e); k != std::string::npos) {
                out += QString::fromUcs4(&meaning[k], 1).toStdString();
            } else if (e == 'x' || e == 'u' || e == 'U') {
                const int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                bool ok = false;
                const uint code = QByteArray(text.constData() + i, std::min<qsizetype>(digits, text.size() - i)).toUInt(&ok, 16);
                if (!ok)
                    return std::nullopt;
                const char32_t u = code;
                out += QString::fromUcs4(&u, 1).toStdString();
                i += digits;
            } else {
                return std::nullopt; // not valid YAML: yaml-cpp says so
            }
            keep = out.size();
            continue;
        }
        out += c;
        ++i;
    }
    return std::nullopt;
}

/// Where the scalar that yaml-cpp places at `pos` starts, past its tag and anchor (`!Sub`,
/// `&name`) and the blanks, line breaks and comments after them.
qsizetype quoteAt(const QByteArray &text, qsizetype pos)
{
    while (pos >= 0 && pos < text.size()) {
        const char c = text[pos];
        if (c == '!' || c == '&') {
            while (pos < text.size() && text[pos] != ' ' && text[pos] != '\t' && text[pos] != '\n' && text[pos] != '\r')
                ++pos;
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++pos;
        } else if (c == '#') {
            while (pos < text.size() && text[pos] != '\n')
                ++pos;
        } else {
            break;
        }
    }
    return pos;
}

/// Builds Nodes from yaml-cpp's parse events (faster than its Node API, and it keeps tags
/// and positions).
class Builder : public YAML::EventHandler
{
public:
    Builder(Report &report, const QByteArray &text)
        : m_report(report)
        , m_text(text)
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
        const std::optional<std::string> folded = tag != "?" ? foldedQuoted(m_text, quoteAt(m_text, mark.pos)) : std::nullopt;
        n.text = QString::fromStdString(folded ? *folded : value);
        // A plain null/~ is YAML's null; quoted, it is the text.
        n.kind = tag == "?" && (value == "null" || value == "~" || value == "Null" || value == "NULL") ? Node::Kind::Null
                                                                                                      : Node::Kind::Scalar;
        n.plain = tag == "?";
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
            u.items.append(std::move(n)); // what the tag wraps, kept for writing back
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
    const QByteArray &m_text;
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
    // A UTF-8 byte order mark is not part of the text (yaml-cpp's positions start after it).
    const QByteArray body = text.startsWith("\xEF\xBB\xBF") ? text.mid(3) : text;
    std::istringstream stream(body.toStdString());
    Builder builder(report, body);
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
