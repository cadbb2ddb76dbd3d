#pragma once

#include <QWidget>

#include <vector>

class QLabel;
class QTableWidget;

namespace skydraft {

class Document;
struct PropertySpec;

/// Edits a table property: security-group rules (inbound/outbound), network ACL entries
/// (numbered, allow/deny, shown in evaluation order), listeners, routes, scaling policies.
///
/// A column that is itself a table (a step scaling policy's steps) is not a cell: the current
/// row's table shows below, in its own editor, when the row's `whenKey` column allows it; its
/// edits become one edit of this table.
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
    /// The editor of the current row's nested table (`key`, a column of kind Table), or null
    /// while the row has none to show.
    RuleTableEditor *nestedEditor(const QString &key) const;

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
    /// The column shown at table column `c`.
    const PropertySpec &shownColumn(int c) const;
    /// Shows the nested tables of the current row (or of the only row).
    void showNested();
    /// The value of `key` in `row` as shown (a combo's choice or a cell's text).
    QVariant shownValue(int row, const QString &key) const;

    const Document &m_document;
    const PropertySpec &m_spec;
    QStringList m_holders;
    QTableWidget *m_table;
    QLabel *m_error;
    bool m_filling = false;
    std::vector<int> m_shown;             ///< columns shown as cells (not tables)
    std::vector<QVariantMap> m_nested;    ///< per row: the values of the table columns
    struct Nested {
        const PropertySpec *spec = nullptr;
        QLabel *label = nullptr;
        RuleTableEditor *editor = nullptr;
        int row = -1;
    };
    std::vector<Nested> m_nestedEditors;
};

} // namespace skydraft
