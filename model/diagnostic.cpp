#include "diagnostic.h"

using namespace Qt::StringLiterals;

namespace skydraft {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return u"error"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Info:
        return u"info"_s;
    }
    return {};
}

bool hasErrors(const QList<Diagnostic> &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.severity == Severity::Error; });
}

QString Diagnostic::format() const
{
    QString where;
    if (!file.isEmpty()) {
        where = file;
        if (line > 0)
            where += u':' + QString::number(line) + u':' + QString::number(col);
        else if (!pointer.isEmpty())
            where += u": "_s + pointer;
    } else if (!resourceId.isEmpty()) {
        where = resourceId;
        if (!property.isEmpty())
            where += u'.' + property;
        if (row >= 0)
            where += u'[' + QString::number(row) + u']';
        if (!column.isEmpty())
            where += u'.' + column;
    }
    const QString prefix = severity == Severity::Error ? QString() : severityName(severity) + u": "_s;
    // Messages are one line, whatever the input held.
    QString text = message;
    text.replace(u'\n', u' ');
    if (where.isEmpty())
        return prefix + text;
    return where + u": "_s + prefix + text;
}

} // namespace skydraft
