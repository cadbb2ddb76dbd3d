#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace skydraft {

class Document;
struct PropertySpec;

/// Edits a table property: security-group rules (inbound/outbound), network ACL entries
/// (numbered, allow/deny, shown in evaluation order), listeners, routes, scaling policies.
///
/// Every cell is checked as it changes; when the whole table is valid, rowsEdited() carries
/// the new rows (the caller writes them through the Editor as one step). An invalid cell turns
/// red with its reason and nothing is emitted.
class RuleTableEditor : public QWidget
{
    Q_OBJECT
public:
    /// `holders`: the resources whose table this is; a reference column offers only what is
    /// valid for every one of them (ReferenceScope), and marks a value set outside that.
    RuleTableEditor(const Document &document, const PropertySpec &spec, const QVariantList &rows,
                    const QStringList &holders = {}, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    /// The first problem of the table as shown, or empty.
    QString error() const;
    /// Sets the text of one cell as if typed (tests and keyboard entry use the same path).
    void setCellText(int row, const QString &column, const QString &text);
    void addRow();
    void removeRow(int row);
    /// Shows `rows` (an undo, another edit), unless the table already shows exactly them.
    void setRows(const QVariantList &rows);

Q_SIGNALS:
    void rowsEdited(const QVariantList &rows);

private:
    void fill(const QVariantList &rows);
    /// The resources a reference column may name.
    QStringList choices(const PropertySpec &column) const;
    void setRowWidgets(int row, const QVariantMap &values);
    /// Reads the table back; false (with the cell marked) if a cell is invalid.
    bool collect(QVariantList *rows);
    void commit();

    const Document &m_document;
    const PropertySpec &m_spec;
    QStringList m_holders;
    QTableWidget *m_table;
    QLabel *m_error;
    bool m_filling = false;
};

} // namespace skydraft
