#pragma once

#include "model/diagnostic.h"

#include <QDialog>
#include <QHash>
#include <QWidget>

class QListWidget;
class QLabel;

namespace skydraft {

class Document;

/// A parameter a CloudFormation template declares, as the parameters dialog offers it.
struct TemplateParameter {
    QString name;
    QString type;
    QString description;
    QString defaultValue; ///< a list default joined with commas
    QStringList allowedValues;
    bool noEcho = false;
};

/// The parameters of a template (JSON or YAML), in file order; empty when it declares none or
/// cannot be read (the import then says why).
QList<TemplateParameter> templateParameters(const QByteArray &text);

/// Asks for a template's parameter values before it is imported: each starts at its default,
/// a choice among the allowed values when the template lists them.
class ParametersDialog : public QDialog
{
    Q_OBJECT
public:
    ParametersDialog(const QString &fileName, const QList<TemplateParameter> &parameters, QWidget *parent = nullptr);
    /// The values given: only those that are set and differ from the default (the others go by
    /// the template's default, or are noted as unset).
    QHash<QString, QString> values() const;
    /// The field of one parameter (a QLineEdit or a QComboBox), for tests.
    QWidget *field(const QString &name) const { return m_fields.value(name); }

private:
    QList<TemplateParameter> m_parameters;
    QHash<QString, QWidget *> m_fields;
};

/// The Import Report panel: what the importer of the last template left out or assumed, one
/// note a line; activating a note about a resource shows it on the canvas.
class ImportReport : public QWidget
{
    Q_OBJECT
public:
    explicit ImportReport(QWidget *parent = nullptr);

    /// Shows the notes of an import of `fileName` into `document` (`positions`: where the
    /// template declares each resource); an empty list clears the panel.
    void setReport(const QString &fileName, const QList<Diagnostic> &notes, const Document *document,
                   const QHash<QString, std::pair<int, int>> &positions);
    QListWidget *list() const { return m_list; }
    /// The resource a note is about (named in it, else declared just above where it points), or empty.
    static QString resourceOf(const Diagnostic &note, const Document *document,
                              const QHash<QString, std::pair<int, int>> &positions);

Q_SIGNALS:
    void resourceActivated(const QString &id);

private:
    QLabel *m_summary;
    QListWidget *m_list;
};

} // namespace skydraft
