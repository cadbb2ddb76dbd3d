#include "ruletableeditor.h"
#include "views/canvas/style.h"
#include "wheelguard.h"

#include "model/catalogue.h"
#include "model/document.h"
#include "model/referencescope.h"
#include "valueinput.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace skydraft {

namespace {
bool usesCombo(const PropertySpec &column)
{
    return column.kind == ValueKind::Enum || column.kind == ValueKind::Reference || column.kind == ValueKind::Boolean;
}
const QColor invalidColor(0xFD, 0xDC, 0xD7);
} // namespace

RuleTableEditor::RuleTableEditor(const Document &document, const PropertySpec &spec, const QVariantList &rows,
                                 const QStringList &holders, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_spec(spec)
    , m_holders(holders)
    , m_table(new QTableWidget(this))
    , m_error(new QLabel(this))
{
    setObjectName(spec.key + u"Table"_s);
    m_table->setColumnCount(int(spec.columns.size()));
    QStringList headers;
    for (const PropertySpec &c : spec.columns)
        headers.append(c.translatedLabel());
    m_table->setHorizontalHeaderLabels(headers);
    for (int c = 0; c < int(spec.columns.size()); ++c)
        if (const QString help = spec.columns[c].translatedHelp(); !help.isEmpty())
            m_table->horizontalHeaderItem(c)->setToolTip(help);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(110);
    m_error->setObjectName(u"tableError"_s);
    m_error->setTextFormat(Qt::PlainText); // quotes what was typed
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #B3261E;"_s);
    m_error->hide();

    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(u"addRow"_s);
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(u"removeRow"_s);
    connect(add, &QPushButton::clicked, this, &RuleTableEditor::addRow);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            removeRow(m_table->currentRow());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            commit();
    });
    fill(rows);
}

void RuleTableEditor::fill(const QVariantList &rows)
{
    m_filling = true;
    QVariantList sorted = rows;
    // Network ACL entries are evaluated by rule number: show them in that order.
    if (m_spec.column(u"rule"_s))
        std::stable_sort(sorted.begin(), sorted.end(), [](const QVariant &a, const QVariant &b) {
            return a.toMap().value(u"rule"_s).toLongLong() < b.toMap().value(u"rule"_s).toLongLong();
        });
    m_table->setRowCount(int(sorted.size()));
    for (int r = 0; r < sorted.size(); ++r)
        setRowWidgets(r, sorted[r].toMap());
    m_filling = false;
}

QStringList RuleTableEditor::choices(const PropertySpec &column) const
{
    QStringList out;
    if (m_holders.isEmpty()) {
        for (const Resource *r : m_document.resources())
            if (column.targets.contains(r->type))
                out.append(r->id);
        return out;
    }
    return ReferenceScope::commonCandidates(
        m_document, m_holders, [&column](const Resource &) { return &column; }, true);
}

void RuleTableEditor::setRows(const QVariantList &rows)
{
    QVariantList shown;
    const bool valid = collect(&shown);
    if (valid && Catalogue::normalized(m_spec, shown) == Catalogue::normalized(m_spec, rows))
        return; // what the user just wrote: keep the table, its current cell and scroll position
    fill(rows);
    m_error->hide();
}

void RuleTableEditor::setRowWidgets(int row, const QVariantMap &values)
{
    for (int c = 0; c < int(m_spec.columns.size()); ++c) {
        const PropertySpec &column = m_spec.columns[c];
        const QVariant value = values.value(column.key);
        if (usesCombo(column)) {
            auto *combo = new QComboBox(m_table);
            combo->setObjectName(column.key);
            guardWheel(combo);
            if (column.kind == ValueKind::Boolean) {
                combo->addItem(u"false"_s, false);
                combo->addItem(u"true"_s, true);
            } else if (column.kind == ValueKind::Enum) {
                for (const QString &choice : column.choices)
                    combo->addItem(choice, choice);
            } else {
                combo->addItem(tr("(none)"), QString());
                for (const QString &id : choices(column))
                    combo->addItem(id, id);
            }
            const QVariant shown = value.isValid() ? value : column.defaultValue;
            int index = combo->findData(shown);
            if (index < 0 && column.kind == ValueKind::Reference && !shown.toString().isEmpty()) {
                // Set outside the choices (an imported design): shown, marked, never dropped.
                const QString target = shown.toString();
                const Resource *holder = m_holders.isEmpty() ? nullptr : m_document.find(m_holders.first());
                QString why = holder ? ReferenceScope::whyNot(m_document, *holder, column, target, true) : QString();
                if (why.isEmpty())
                    why = tr("not a choice for every selected resource");
                combo->addItem(tr("%1 (%2)").arg(target, why), target);
                combo->setItemData(combo->count() - 1, QColor(0xB3, 0x26, 0x1E), Qt::ForegroundRole);
                combo->setItemData(combo->count() - 1, why, Qt::ToolTipRole);
                index = combo->count() - 1;
            }
            combo->setCurrentIndex(std::max(0, index));
            connect(combo, &QComboBox::currentIndexChanged, this, [this] {
                if (!m_filling)
                    commit();
            });
            m_table->setCellWidget(row, c, combo);
        } else {
            auto *item = new QTableWidgetItem(ValueInput::display(column, value));
            if (!value.isValid() && column.defaultValue.isValid())
                item->setToolTip(tr("Default: %1").arg(ValueInput::display(column, column.defaultValue)));
            m_table->setItem(row, c, item);
        }
    }
}

bool RuleTableEditor::collect(QVariantList *rows)
{
    QString firstError;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QVariantMap row;
        for (int c = 0; c < int(m_spec.columns.size()); ++c) {
            const PropertySpec &column = m_spec.columns[c];
            if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(r, c))) {
                const QVariant v = combo->currentData();
                if (!(column.kind == ValueKind::Reference && v.toString().isEmpty()))
                    row.insert(column.key, Catalogue::normalized(column, v));
                continue;
            }
            QTableWidgetItem *item = m_table->item(r, c);
            if (!item)
                continue;
            QString why;
            const auto parsed = ValueInput::parse(column, item->text(), &why);
            const QSignalBlocker block(m_table);
            if (!parsed) {
                item->setBackground(invalidColor);
                item->setToolTip(Style::plainToolTip(why));
                if (firstError.isEmpty())
                    firstError = tr("Row %1: %2").arg(r + 1).arg(why);
                continue;
            }
            item->setBackground(QBrush());
            if (parsed->isValid())
                row.insert(column.key, *parsed);
        }
        rows->append(row);
    }
    m_error->setText(firstError);
    m_error->setVisible(!firstError.isEmpty());
    return firstError.isEmpty();
}

QString RuleTableEditor::error() const { return m_error->isHidden() ? QString() : m_error->text(); }

void RuleTableEditor::commit()
{
    QVariantList rows;
    if (collect(&rows))
        Q_EMIT rowsEdited(rows);
}

void RuleTableEditor::setCellText(int row, const QString &column, const QString &text)
{
    for (int c = 0; c < int(m_spec.columns.size()); ++c) {
        if (m_spec.columns[c].key != column)
            continue;
        if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, c))) {
            combo->setCurrentIndex(combo->findData(text));
        } else if (QTableWidgetItem *item = m_table->item(row, c)) {
            item->setText(text); // itemChanged commits
        }
    }
}

void RuleTableEditor::addRow()
{
    // A new row starts from the column defaults; an ACL entry takes the next free number.
    QVariantMap values;
    for (const PropertySpec &column : m_spec.columns)
        if (column.defaultValue.isValid() && !(column.kind == ValueKind::String && column.defaultValue.toString().isEmpty()))
            values.insert(column.key, column.defaultValue);
    if (m_spec.column(u"rule"_s)) {
        qint64 highest = 0;
        QVariantList rows;
        if (collect(&rows))
            for (const QVariant &r : std::as_const(rows))
                highest = std::max(highest, r.toMap().value(u"rule"_s).toLongLong());
        values.insert(u"rule"_s, (highest / 100 + 1) * 100);
    }
    // A security-group rule: the previous row's protocol and ports (a second port of the same
    // service), else HTTP (tcp 80) rather than every port; then it asks for its source.
    const bool securityRule = !m_spec.column(u"rule"_s) && m_spec.column(u"protocol"_s) && m_spec.column(u"fromPort"_s)
                              && m_spec.column(u"toPort"_s) && m_spec.column(u"cidr"_s);
    if (securityRule) {
        QVariantList rows;
        const QVariantMap previous = collect(&rows) && !rows.isEmpty() ? rows.last().toMap() : QVariantMap();
        values.insert(u"protocol"_s, previous.value(u"protocol"_s, u"tcp"_s));
        values.insert(u"fromPort"_s, previous.value(u"fromPort"_s, 80));
        values.insert(u"toPort"_s, previous.value(u"toPort"_s, 80));
    }
    m_filling = true;
    const int row = m_table->rowCount();
    m_table->setRowCount(row + 1);
    setRowWidgets(row, values);
    m_filling = false;
    commit();
    if (securityRule) {
        const int source = int(m_spec.column(u"cidr"_s) - m_spec.columns.data());
        m_table->setFocus();
        m_table->setCurrentCell(row, source);
        if (QTableWidgetItem *item = m_table->item(row, source)) {
            m_table->scrollToItem(item);
            m_table->editItem(item);
        }
    }
}

void RuleTableEditor::removeRow(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    m_table->removeRow(row);
    commit();
}

} // namespace skydraft
