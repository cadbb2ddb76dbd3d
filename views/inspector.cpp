#include "inspector.h"

#include "model/catalogue.h"
#include "model/commands/editor.h"
#include "model/validator.h"
#include "ruletableeditor.h"
#include "style.h"
#include "valueinput.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace skydraft {

Inspector::Inspector(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
{
    setObjectName(u"inspector"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    rebuild();
}

void Inspector::setEditor(Editor *editor)
{
    if (m_editor)
        disconnect(m_editor->document(), nullptr, this, nullptr);
    m_editor = editor;
    m_ids.clear();
    if (m_editor)
        connect(m_editor->document(), &Document::changed, this, &Inspector::scheduleRebuild);
    rebuild();
}

void Inspector::setSelection(const QStringList &ids)
{
    if (ids == m_ids)
        return;
    m_ids = ids;
    rebuild();
}

QWidget *Inspector::field(const QString &key) const { return m_fields.value(key); }

QString Inspector::fieldError(const QString &key) const
{
    const QLabel *l = m_errors.value(key);
    if (auto *table = qobject_cast<RuleTableEditor *>(m_fields.value(key)))
        return table->error();
    return l && !l->isHidden() ? l->text() : QString();
}

void Inspector::scheduleRebuild()
{
    // After an edit (ours, an undo, a canvas move): once, when the burst of signals is over,
    // and never while the widget that sent the edit is still on the stack.
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QTimer::singleShot(0, this, [this] {
        m_rebuildPending = false;
        rebuild();
    });
}

void Inspector::edit(const QString &text, const std::function<bool(Editor &)> &action)
{
    if (!m_editor)
        return;
    QUndoStack *stack = m_editor->undoStack();
    stack->beginMacro(text);
    const bool ok = action(*m_editor);
    stack->endMacro();
    if (!ok)
        Q_EMIT message(m_editor->lastError());
}

QLabel *Inspector::errorLabel(const QString &key)
{
    auto *label = new QLabel(m_content);
    label->setObjectName(key + u"Error"_s);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #B3261E;"_s);
    label->hide();
    m_errors.insert(key, label);
    return label;
}

void Inspector::showError(const QString &key, const QString &text)
{
    if (QLabel *l = m_errors.value(key)) {
        l->setText(text);
        l->setVisible(!text.isEmpty());
    }
    if (auto *edit = qobject_cast<QLineEdit *>(m_fields.value(key)))
        edit->setStyleSheet(text.isEmpty() ? QString() : u"QLineEdit { border: 1px solid #B3261E; background: #FDF0EE; }"_s);
}

void Inspector::rebuild()
{
    // Keep the keyboard where it was: the rebuilt form gets focus back on the same field.
    const QWidget *focused = focusWidget();
    const QString focusKey = focused && isAncestorOf(focused) ? m_fields.key(const_cast<QWidget *>(focused)) : QString();

    m_fields.clear();
    m_errors.clear();
    // The old form may be the sender of the edit that led here: let it go when control returns.
    if (QWidget *old = m_scroll->takeWidget())
        old->deleteLater();
    m_content = new QWidget;
    m_form = new QFormLayout(m_content);
    m_form->setSizeConstraint(QLayout::SetMinimumSize); // scroll rather than squeeze
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_scroll->setWidget(m_content);

    Document *doc = m_editor ? m_editor->document() : nullptr;
    QStringList present;
    for (const QString &id : std::as_const(m_ids))
        if (doc && doc->contains(id))
            present.append(id);
    if (present.size() != 1) {
        auto *hint = new QLabel(present.isEmpty() ? tr("Select a resource on the canvas to see and edit its properties.")
                                                  : tr("%n resources selected. Select one to edit its properties.", nullptr,
                                                       int(present.size())),
                                m_content);
        hint->setWordWrap(true);
        hint->setObjectName(u"inspectorHint"_s);
        m_form->addRow(hint);
        return;
    }
    const QString id = present.first();
    const Resource *r = doc->find(id);
    addIdentityRows(id);
    for (const PropertySpec &spec : Catalogue::spec(r->type).properties) {
        if (!spec.appliesTo(*r))
            continue;
        QWidget *w = makeField(id, spec);
        m_fields.insert(spec.key, w);
        auto *label = new QLabel(spec.translatedLabel(), m_content);
        label->setToolTip(spec.translatedHelp());
        w->setToolTip(spec.translatedHelp());
        if (spec.kind == ValueKind::Table) {
            m_form->addRow(label);
            m_form->addRow(w);
        } else {
            m_form->addRow(label, w);
        }
        if (spec.kind != ValueKind::Table)
            m_form->addRow(QString(), errorLabel(spec.key));
    }
    if (QWidget *w = m_fields.value(focusKey))
        w->setFocus();
}

void Inspector::addIdentityRows(const QString &id)
{
    const Resource *r = m_editor->document()->find(id);
    auto *title = new QLabel(m_content);
    title->setText(u"<b>%1</b>"_s.arg(typeLabel(r->type).toHtmlEscaped()));
    m_form->addRow(title);

    auto *idEdit = new QLineEdit(id, m_content);
    idEdit->setObjectName(u"id"_s);
    m_fields.insert(u"id"_s, idEdit);
    m_form->addRow(tr("Id"), idEdit);
    m_form->addRow(QString(), errorLabel(u"id"_s));
    connect(idEdit, &QLineEdit::textEdited, this, [this, id](const QString &text) {
        const Document *doc = m_editor->document();
        QString why;
        if (!Validator::isValidId(text))
            why = tr("An id is letters and digits, starting with a letter.");
        else if (text != id && doc->contains(text))
            why = tr("The id \"%1\" is already taken.").arg(text);
        showError(u"id"_s, why);
    });
    connect(idEdit, &QLineEdit::editingFinished, this, [this, id, idEdit] {
        const QString text = idEdit->text().trimmed();
        if (text == id || !fieldError(u"id"_s).isEmpty())
            return;
        const QString newId = text;
        edit(tr("Change id %1 to %2").arg(id, newId), [id, newId](Editor &e) { return e.renameId(id, newId); });
        if (m_editor->document()->contains(newId)) {
            m_ids = {newId};
            Q_EMIT selectRequested(m_ids);
        }
    });

    auto *name = new QLineEdit(r->name, m_content);
    name->setObjectName(u"name"_s);
    name->setPlaceholderText(id);
    m_fields.insert(u"name"_s, name);
    m_form->addRow(tr("Name"), name);
    connect(name, &QLineEdit::editingFinished, this, [this, id, name] {
        const Resource *now = m_editor->document()->find(id);
        if (now && now->name != name->text())
            edit(tr("Rename %1").arg(id), [id, text = name->text()](Editor &e) { return e.setName(id, text); });
    });

    auto *parent = new QLabel(r->parent.isEmpty() ? tr("(top level)") : r->parent, m_content);
    parent->setObjectName(u"parent"_s);
    parent->setToolTip(tr("Drag the resource into another container to move it."));
    m_form->addRow(tr("Inside"), parent);
}

QWidget *Inspector::makeTextField(const QString &id, const PropertySpec &spec)
{
    const Resource *r = m_editor->document()->find(id);
    auto *line = new QLineEdit(m_content);
    line->setObjectName(spec.key);
    if (r->isSet(spec.key))
        line->setText(ValueInput::display(spec, r->properties.value(spec.key)));
    QString placeholder = tr("default: %1").arg(ValueInput::display(spec, spec.defaultFor(*r)));
    if (spec.kind == ValueKind::Integer)
        placeholder += u"  ("_s + tr("%1 to %2").arg(spec.minimum).arg(spec.maximum) + u')';
    line->setPlaceholderText(placeholder);
    line->setClearButtonEnabled(true);
    const QString key = spec.key;
    const PropertySpec *s = &spec; // catalogue entries live as long as the program
    connect(line, &QLineEdit::textChanged, this, [this, key, s](const QString &text) {
        QString why;
        ValueInput::parse(*s, text, &why);
        showError(key, why);
    });
    connect(line, &QLineEdit::editingFinished, this, [this, id, key, s, line] {
        const Resource *now = m_editor->document()->find(id);
        QString why;
        const auto parsed = ValueInput::parse(*s, line->text(), &why);
        if (!now || !parsed)
            return; // the reason is on screen; nothing is written
        if (!parsed->isValid()) {
            if (now->isSet(key))
                edit(tr("Reset %1 of %2").arg(s->translatedLabel(), id), [id, key](Editor &e) { return e.resetProperty(id, key); });
            return;
        }
        if (now->isSet(key) && now->properties.value(key) == *parsed)
            return;
        edit(tr("Change %1 of %2").arg(s->translatedLabel(), id),
             [id, key, v = *parsed](Editor &e) { return e.setProperty(id, key, v); });
    });
    return line;
}

QWidget *Inspector::makeField(const QString &id, const PropertySpec &spec)
{
    const Document *doc = m_editor->document();
    const Resource *r = doc->find(id);
    const QString key = spec.key;
    const QString label = spec.translatedLabel();
    const PropertySpec *s = &spec;
    auto setValue = [this, id, key, label, s](const QVariant &v) {
        const QVariant stored = Catalogue::normalized(*s, v);
        const Resource *now = m_editor ? m_editor->document()->find(id) : nullptr;
        if (!now || (now->isSet(key) && now->properties.value(key) == stored))
            return; // nothing to change: no empty undo step
        edit(tr("Change %1 of %2").arg(label, id), [id, key, stored](Editor &e) { return e.setProperty(id, key, stored); });
    };
    switch (spec.kind) {
    case ValueKind::String:
    case ValueKind::Integer:
    case ValueKind::Cidr:
        return makeTextField(id, spec);
    case ValueKind::Boolean: {
        auto *box = new QCheckBox(m_content);
        box->setObjectName(key);
        box->setChecked(r->boolean(key));
        if (!r->isSet(key))
            box->setText(tr("(default)"));
        connect(box, &QCheckBox::toggled, this, [setValue](bool on) { setValue(on); });
        return box;
    }
    case ValueKind::Enum:
    case ValueKind::Reference: {
        auto *combo = new QComboBox(m_content);
        combo->setObjectName(key);
        if (spec.kind == ValueKind::Enum) {
            combo->addItem(tr("default (%1)").arg(spec.defaultFor(*r).toString()), QVariant());
            for (const QString &c : spec.choices)
                combo->addItem(c, c);
        } else {
            combo->addItem(tr("(none)"), QString());
            for (const Resource *t : doc->resources())
                if (spec.targets.contains(t->type) && t->id != id)
                    combo->addItem(t->displayName() == t->id ? t->id : u"%1 (%2)"_s.arg(t->id, t->displayName()), t->id);
        }
        const int index = r->isSet(key) ? combo->findData(r->properties.value(key)) : 0;
        combo->setCurrentIndex(std::max(0, index));
        connect(combo, &QComboBox::activated, this, [this, combo, id, key, label, setValue] {
            const QVariant v = combo->currentData();
            const Resource *now = m_editor->document()->find(id);
            if (!v.isValid() && now && !now->isSet(key))
                return;
            if (!v.isValid())
                edit(tr("Reset %1 of %2").arg(label, id), [id, key](Editor &e) { return e.resetProperty(id, key); });
            else
                setValue(v);
        });
        return combo;
    }
    case ValueKind::ReferenceList: {
        auto *list = new QListWidget(m_content);
        list->setObjectName(key);
        const QStringList chosen = r->references(key);
        for (const Resource *t : doc->resources()) {
            if (!spec.targets.contains(t->type) || t->id == id)
                continue;
            auto *item = new QListWidgetItem(t->id, list);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(chosen.contains(t->id) ? Qt::Checked : Qt::Unchecked);
        }
        list->setMaximumHeight(std::min(120, 22 * std::max(1, list->count()) + 6));
        connect(list, &QListWidget::itemChanged, this, [list, setValue] {
            QStringList ids;
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->checkState() == Qt::Checked)
                    ids.append(list->item(i)->text());
            setValue(ids);
        });
        return list;
    }
    case ValueKind::Table: {
        auto *table = new RuleTableEditor(*doc, spec, r->rows(key), m_content);
        connect(table, &RuleTableEditor::rowsEdited, this, [setValue](const QVariantList &rows) { setValue(rows); });
        return table;
    }
    }
    return new QWidget(m_content);
}

} // namespace skydraft
