#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace skydraft::exchange {

/// A body of HCL (Terraform's language): attributes and nested blocks in the order they
/// were added. Rendering follows `terraform fmt`: two-space indents, the `=` of consecutive
/// attributes aligned, a blank line between top-level blocks.
class HclBody
{
public:
    /// `name = expression`; the expression is written as given (see the helpers below).
    HclBody &set(const QString &name, const QString &expression);
    /// Only when `expression` is not empty ("[]" counts as empty).
    HclBody &setIfAny(const QString &name, const QString &expression);
    /// A nested block `header { ... }`; the returned body stays valid while this one lives.
    HclBody &block(const QString &header);
    bool isEmpty() const { return m_entries.isEmpty(); }

    /// The body as top-level text (blocks separated by blank lines).
    QByteArray render() const;

    // Expressions.
    static QString string(const QString &text); ///< a quoted string, `${` and `%{` escaped
    static QString number(qint64 n) { return QString::number(n); }
    static QString boolean(bool b) { return b ? QStringLiteral("true") : QStringLiteral("false"); }
    static QString list(const QStringList &expressions);
    static QString strings(const QStringList &texts); ///< a list of quoted strings

private:
    void renderInto(QByteArray &out, int depth) const;
    struct Entry {
        QString name; ///< attribute name or block header
        QString expression;
        std::shared_ptr<HclBody> body; ///< set for a block
    };
    QList<Entry> m_entries;
};

} // namespace skydraft::exchange
