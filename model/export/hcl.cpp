#include "hcl.h"

using namespace Qt::StringLiterals;

namespace skydraft::exchange {

HclBody &HclBody::set(const QString &name, const QString &expression)
{
    m_entries.append({name, expression, nullptr});
    return *this;
}

HclBody &HclBody::setIfAny(const QString &name, const QString &expression)
{
    if (!expression.isEmpty() && expression != u"[]"_s)
        set(name, expression);
    return *this;
}

HclBody &HclBody::block(const QString &header)
{
    m_entries.append({header, QString(), std::make_shared<HclBody>()});
    return *m_entries.last().body;
}

QString HclBody::string(const QString &text)
{
    QString out = u"\""_s;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'"' || c == u'\\')
            out += u'\\' + QString(c);
        else if (c == u'\n')
            out += u"\\n"_s;
        else if (c == u'\r')
            out += u"\\r"_s;
        else if (c == u'\t')
            out += u"\\t"_s;
        else if ((c == u'$' || c == u'%') && i + 1 < text.size() && text[i + 1] == u'{')
            out += QString(c) + c; // "$${" is a literal "${"
        else
            out += c;
    }
    return out + u'"';
}

QString HclBody::list(const QStringList &expressions)
{
    return u"["_s + expressions.join(u", "_s) + u"]"_s;
}

QString HclBody::strings(const QStringList &texts)
{
    QStringList quoted;
    for (const QString &t : texts)
        quoted.append(string(t));
    return list(quoted);
}

void HclBody::renderInto(QByteArray &out, int depth) const
{
    const QByteArray indent(2 * depth, ' ');
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries[i];
        if (e.body) {
            if (depth == 0 && i > 0)
                out += '\n';
            out += indent + e.name.toUtf8() + " {\n";
            e.body->renderInto(out, depth + 1);
            out += indent + "}\n";
            continue;
        }
        // Align the "=" of this run of attributes, as terraform fmt does.
        qsizetype width = 0;
        for (qsizetype j = i; j < m_entries.size() && !m_entries[j].body; ++j)
            width = std::max(width, m_entries[j].name.size());
        for (; i < m_entries.size() && !m_entries[i].body; ++i)
            out += indent + m_entries[i].name.leftJustified(width).toUtf8() + " = " + m_entries[i].expression.toUtf8() + '\n';
        --i;
        if (depth == 0 && i + 1 < m_entries.size())
            out += '\n';
    }
}

QByteArray HclBody::render() const
{
    QByteArray out;
    renderInto(out, 0);
    return out;
}

} // namespace skydraft::exchange
