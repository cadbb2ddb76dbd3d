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
    for (int c = 0; c < int(spec.columns.size()); ++c)
        if (spec.columns[size_t(c)].kind == ValueKind::Table)
            m_nestedEditors.push_back({&spec.columns[size_t(c)]});
        else
            m_shown.push_back(c);
    m_table->setColumnCount(int(m_shown.size()));
    QStringList headers;
    for (int c = 0; c < int(m_shown.size()); ++c)
        headers.append(shownColumn(c).translatedLabel());
    m_table->setHorizontalHeaderLabels(headers);
    for (int c = 0; c < int(m_shown.size()); ++c)
        if (const QString help = shownColumn(c).translatedHelp(); !help.isEmpty())
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
    for (Nested &n : m_nestedEditors) {
        n.label = new QLabel(this);
        n.label->setObjectName(n.spec->key + u"Label"_s);
        n.label->setToolTip(n.spec->translatedHelp());
        n.label->setWordWrap(true);
        n.label->hide();
        layout->addWidget(n.label);
    }
    if (!m_nestedEditors.empty())
        connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row, int, int previous) {
            if (row != previous)
                showNested();
        });

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
    m_nested.assign(size_t(sorted.size()), {});
    for (int r = 0; r < sorted.size(); ++r) {
        const QVariantMap values = sorted[r].toMap();
        setRowWidgets(r, values);
        for (const Nested &n : m_nestedEditors)
            if (values.contains(n.spec->key))
                m_nested[size_t(r)].insert(n.spec->key, values.value(n.spec->key));
    }
    m_filling = false;
    showNested();
}

const PropertySpec &RuleTableEditor::shownColumn(int c) const { return m_spec.columns[size_t(m_shown[size_t(c)])]; }

QVariant RuleTableEditor::shownValue(int row, const QString &key) const
{
    for (int c = 0; c < int(m_shown.size()); ++c) {
        if (shownColumn(c).key != key)
            continue;
        if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, c)))
            return combo->currentData();
        if (const QTableWidgetItem *item = m_table->item(row, c))
            return item->text();
    }
    return {};
}

void RuleTableEditor::showNested()
{
    int row = m_table->currentRow();
    if (row < 0 && m_table->rowCount() == 1)
        row = 0;
    for (Nested &n : m_nestedEditors) {
        const bool applies = row >= 0 && row < m_table->rowCount()
            && (n.spec->whenKey.isEmpty() || n.spec->whenValues.contains(shownValue(row, n.spec->whenKey).toString()));
        if (!applies) {
            if (n.editor) { // may be the sender of the edit being committed: not deleted at once
                n.editor->hide();
                n.editor->deleteLater();
            }
            n.editor = nullptr;
            n.row = -1;
            n.label->hide();
            continue;
        }
        const QVariantList rows = m_nested[size_t(row)].value(n.spec->key).toList();
        const QVariant name = shownValue(row, u"name"_s);
        n.label->setText(name.toString().isEmpty() ? tr("%1 of row %2:").arg(n.spec->translatedLabel()).arg(row + 1)
                                                   : tr("%1 of %2:").arg(n.spec->translatedLabel(), name.toString()));
        n.label->show();
        if (n.editor && n.row == row) {
            n.editor->setRows(rows);
            continue;
        }
        if (n.editor) {
            n.editor->hide();
            n.editor->deleteLater();
        }
        n.row = row;
        n.editor = new RuleTableEditor(m_document, *n.spec, rows, m_holders, this);
        static_cast<QVBoxLayout *>(layout())->insertWidget(layout()->indexOf(n.label) + 1, n.editor);
        const QString key = n.spec->key;
        connect(n.editor, &RuleTableEditor::rowsEdited, this, [this, key, row](const QVariantList &rows) {
            if (row >= int(m_nested.size()))
                return;
            if (rows.isEmpty())
                m_nested[size_t(row)].remove(key);
            else
                m_nested[size_t(row)].insert(key, rows);
            commit();
        });
    }
}

RuleTableEditor *RuleTableEditor::nestedEditor(const QString &key) const
{
    for (const Nested &n : m_nestedEditors)
        if (n.spec->key == key)
            return n.editor;
    return nullptr;
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
    for (int c = 0; c < int(m_shown.size()); ++c) {
        const PropertySpec &column = shownColumn(c);
        const QVariant value = values.value(column.key);
        if (usesCombo(column)) {
            auto *combo = new QComboBox(m_table);
            combo->setObjectName(column.key);
            guardWheel(combo);
            if (column.kind == ValueKind::Boolean) {
                combo->addItem(PropertySpec::choiceText(u"false"_s), false);
                combo->addItem(PropertySpec::choiceText(u"true"_s), true);
            } else if (column.kind == ValueKind::Enum) {
                // A table cell is narrow: the translation alone, the AWS value in its tooltip.
                for (const QString &choice : column.choices) {
                    combo->addItem(PropertySpec::choiceText(choice), choice);
                    combo->setItemData(combo->count() - 1, choice, Qt::ToolTipRole);
                }
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
        QVariantMap row = r < int(m_nested.size()) ? m_nested[size_t(r)] : QVariantMap();
        for (int c = 0; c < int(m_shown.size()); ++c) {
            const PropertySpec &column = shownColumn(c);
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
    showNested(); // a row's type may now have (or no longer have) steps
}

void RuleTableEditor::setCellText(int row, const QString &column, const QString &text)
{
    for (int c = 0; c < int(m_shown.size()); ++c) {
        if (shownColumn(c).key != column)
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
        if (column.kind != ValueKind::Table && column.defaultValue.isValid() && !(column.kind == ValueKind::String && column.defaultValue.toString().isEmpty()))
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
    m_nested.resize(size_t(row + 1));
    setRowWidgets(row, values);
    m_filling = false;
    m_table->setCurrentCell(row, 0);
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
    if (row < int(m_nested.size()))
        m_nested.erase(m_nested.begin() + row);
    commit();
}

} // namespace skydraft
