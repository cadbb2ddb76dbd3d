#include "inspector.h"

#include "model/catalogue.h"
#include "model/commands/editor.h"
#include "model/document.h"
#include "model/validator.h"
#include "ruletableeditor.h"

#include <algorithm>

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
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
    if (m_editor) {
        // Everything the fields show, but not the layout: a drag on the canvas costs nothing here.
        const Document *doc = m_editor->document();
        connect(doc, &Document::resourceAdded, this, &Inspector::scheduleUpdate);
        connect(doc, &Document::resourceRemoved, this, &Inspector::scheduleUpdate);
        connect(doc, &Document::propertyChanged, this, &Inspector::scheduleUpdate);
        connect(doc, &Document::nameChanged, this, &Inspector::scheduleUpdate);
        connect(doc, &Document::parentChanged, this, &Inspector::scheduleUpdate);
    }
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

void Inspector::scheduleUpdate()
{
    // After an edit (ours, an undo, a reparenting drop): once, when the burst of signals is over,
    // and never while the widget that sent the edit is still on the stack.
    if (m_updatePending)
        return;
    m_updatePending = true;
    QTimer::singleShot(0, this, [this] {
        m_updatePending = false;
        updateFromModel();
    });
}

void Inspector::updateFromModel()
{
    const QStringList ids = presentIds();
    if (signature(ids, sharedSpecs(ids)) != m_signature)
        rebuild();
    else
        refresh();
}

void Inspector::refresh()
{
    if (!m_editor)
        return;
    m_refreshing = true;
    for (Field &f : m_fieldList) {
        const QVariant state = f.state();
        if (state != f.shown && f.show(state))
            f.shown = state;
    }
    m_refreshing = false;
}

void Inspector::showModelAgain()
{
    // The widget the user acted on shows what the user did, which the model may not hold (a
    // refused edit) or may stop holding before the next refresh (an undo right away).
    for (Field &f : m_fieldList)
        f.shown = QVariant();
    scheduleUpdate();
}

void Inspector::addField(const QString &key, QWidget *widget, std::function<QVariant()> state,
                         std::function<bool(const QVariant &)> show)
{
    m_fields.insert(key, widget);
    m_fieldList.append({key, widget, std::move(state), std::move(show), QVariant()});
}

QStringList Inspector::presentIds() const
{
    QStringList present;
    const Document *doc = m_editor ? m_editor->document() : nullptr;
    for (const QString &id : m_ids)
        if (doc && doc->contains(id))
            present.append(id);
    return present;
}

namespace {
/// Whether two types' properties of one key can be edited as one field.
bool sameField(const PropertySpec &a, const PropertySpec &b)
{
    return a.kind == b.kind && a.choices == b.choices && a.targets == b.targets && a.minimum == b.minimum
        && a.maximum == b.maximum && a.kind != ValueKind::Table; // tables only within one type
}
} // namespace

QList<const PropertySpec *> Inspector::sharedSpecs(const QStringList &ids) const
{
    QList<const PropertySpec *> out;
    if (ids.isEmpty())
        return out;
    const Document *doc = m_editor->document();
    const Resource *first = doc->find(ids.first());
    for (const PropertySpec &spec : Catalogue::spec(first->type).properties) {
        bool shared = true;
        for (const QString &id : ids) {
            const Resource *r = doc->find(id);
            const PropertySpec *mine = Catalogue::property(r->type, spec.key);
            shared = shared && mine && mine->appliesTo(*r) && (r->type == first->type || sameField(spec, *mine));
        }
        if (shared)
            out.append(&spec);
    }
    return out;
}

QStringList Inspector::signature(const QStringList &ids, const QList<const PropertySpec *> &specs) const
{
    QStringList sig = ids;
    sig.append(u"|"_s);
    const Document *doc = m_editor ? m_editor->document() : nullptr;
    for (const PropertySpec *spec : specs) {
        sig.append(spec->key);
        if (spec->kind == ValueKind::Table && ids.size() > 1) { // shown as a note while they differ
            const QVariant rows = doc->find(ids.first())->value(spec->key);
            bool same = true;
            for (const QString &id : ids)
                same = same && doc->find(id)->value(spec->key) == rows;
            sig.append(same ? u"same"_s : u"mixed"_s);
        }
    }
    return sig;
}

void Inspector::edit(const QString &text, const std::function<bool(Editor &)> &action)
{
    if (!m_editor)
        return;
    QUndoStack *stack = m_editor->undoStack();
    stack->beginMacro(text);
    const bool ok = action(*m_editor);
    stack->endMacro();
    // A refused edit leaves no step behind: Undo would otherwise undo nothing.
    if (const QUndoCommand *last = stack->count() ? stack->command(stack->count() - 1) : nullptr;
        !ok && last && last->childCount() == 0 && stack->index() == stack->count()) {
        const_cast<QUndoCommand *>(last)->setObsolete(true); // QUndoStack deletes an obsolete command it undoes
        stack->undo();
    }
    showModelAgain();
    if (!ok)
        Q_EMIT message(m_editor->lastError());
}

QLabel *Inspector::errorLabel(const QString &key)
{
    auto *label = new QLabel(m_content);
    label->setObjectName(key + u"Error"_s);
    label->setTextFormat(Qt::PlainText); // the message quotes what was typed
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
    // Keep the keyboard where it was: the rebuilt form gets focus back on the same field, and
    // a value being typed there stays.
    QWidget *focused = focusWidget();
    const QString focusKey = focused && isAncestorOf(focused) ? m_fields.key(focused) : QString();
    auto *typing = qobject_cast<QLineEdit *>(focused);
    const bool keepText = typing && typing->isModified() && !focusKey.isEmpty();
    const QString typed = keepText ? typing->text() : QString();
    const int cursor = keepText ? typing->cursorPosition() : 0;

    // The old fields go quietly: losing focus as they leave must not commit a half-typed value.
    for (QWidget *w : std::as_const(m_fields))
        w->blockSignals(true);
    m_fields.clear();
    m_errors.clear();
    m_fieldList.clear();
    // The old form may be the sender of the edit that led here: let it go when control returns.
    if (QWidget *old = m_scroll->takeWidget())
        old->deleteLater();
    m_content = new QWidget;
    auto *column = new QVBoxLayout(m_content);
    m_form = new QFormLayout;
    column->addLayout(m_form);
    column->addStretch(1); // a short form stays at the top instead of spreading its rows out
    column->setSizeConstraint(QLayout::SetMinimumSize); // scroll rather than squeeze
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    const QStringList ids = presentIds();
    const QList<const PropertySpec *> specs = sharedSpecs(ids);
    m_signature = signature(ids, specs);
    if (ids.isEmpty()) {
        auto *hint = new QLabel(tr("Select a resource on the canvas to see and edit its properties."), m_content);
        hint->setWordWrap(true);
        hint->setObjectName(u"inspectorHint"_s);
        m_form->addRow(hint);
        m_scroll->setWidget(m_content);
        return;
    }
    addIdentityRows(ids);
    for (const PropertySpec *spec : specs) {
        QWidget *w = makeField(ids, *spec);
        m_fields.insert(spec->key, w);
        auto *label = new QLabel(spec->translatedLabel(), m_content);
        label->setToolTip(spec->translatedHelp());
        // A long label ("Cross-zone load balancing") wraps rather than widen the label column
        // for every row and squeeze the fields that hold values.
        const int cap = label->fontMetrics().averageCharWidth() * 16;
        label->setWordWrap(true);
        label->setMinimumWidth(std::min(label->fontMetrics().horizontalAdvance(label->text()), cap));
        label->setMaximumWidth(cap);
        w->setToolTip(spec->translatedHelp());
        // Tables and lists of references take the full width, under their label: their rows
        // hold long ids that a narrow field column would clip.
        if (spec->kind == ValueKind::Table || spec->kind == ValueKind::ReferenceList) {
            m_form->addRow(label);
            m_form->addRow(w);
        } else {
            m_form->addRow(label, w);
            m_form->addRow(QString(), errorLabel(spec->key));
        }
    }
    refresh();
    // Shown once filled: fields added to a visible form would only appear a cycle later.
    m_scroll->setWidget(m_content);
    if (QWidget *w = m_fields.value(focusKey)) {
        w->setFocus();
        if (auto *line = qobject_cast<QLineEdit *>(w); line && keepText) {
            line->setText(typed);
            line->setModified(true);
            line->setCursorPosition(cursor);
        }
    }
}

void Inspector::addIdentityRows(const QStringList &ids)
{
    const Document *doc = m_editor->document();
    QStringList types;
    for (const QString &id : ids)
        if (const QString t = typeLabel(doc->find(id)->type); !types.contains(t))
            types.append(t);
    auto *title = new QLabel(m_content);
    title->setObjectName(u"inspectorTitle"_s);
    title->setWordWrap(true);
    title->setText(ids.size() == 1 ? u"<b>%1</b>"_s.arg(types.first().toHtmlEscaped())
                                   : u"<b>%1</b>"_s.arg(tr("%n resources: %1", nullptr, int(ids.size()))
                                                           .arg(types.join(u", "_s))
                                                           .toHtmlEscaped()));
    m_form->addRow(title);
    addIdRow(ids);

    auto *name = new QLineEdit(m_content);
    name->setObjectName(u"name"_s);
    m_form->addRow(tr("Name"), name);
    connect(name, &QLineEdit::editingFinished, this, [this, ids, name] {
        const QString text = name->text();
        if (text.isEmpty() && name->property("mixed").toBool() && !name->isModified())
            return; // an untouched "(mixed)" name
        name->setModified(false);
        QStringList changed;
        for (const QString &id : ids)
            if (const Resource *now = m_editor->document()->find(id); now && now->name != text)
                changed.append(id);
        if (!changed.isEmpty())
            edit(changed.size() == 1 ? tr("Rename %1").arg(changed.first()) : tr("Rename %n resource(s)", nullptr, int(changed.size())),
                 [changed, text](Editor &e) { return e.setNames(changed, text); });
        showModelAgain();
    });
    addField(u"name"_s, name,
              [this, ids] {
                  const Document *doc = m_editor->document();
                  const QString first = doc->find(ids.first())->name;
                  bool mixed = false;
                  for (const QString &id : ids)
                      mixed = mixed || doc->find(id)->name != first;
                  return QVariant(QVariantMap{{u"mixed"_s, mixed},
                                              {u"text"_s, mixed ? QString() : first},
                                              {u"placeholder"_s, mixed ? tr("(mixed)") : ids.size() == 1 ? ids.first() : tr("(the ids)")}});
              },
              [this, name](const QVariant &state) { return showText(name, state); });

    auto *parent = new QLabel(m_content);
    parent->setObjectName(u"parent"_s);
    parent->setTextFormat(Qt::PlainText);
    parent->setToolTip(tr("Drag the resource into another container to move it."));
    m_form->addRow(tr("Inside"), parent);
    addField(u"parent"_s, parent,
              [this, ids] {
                  const Document *doc = m_editor->document();
                  const QString first = doc->find(ids.first())->parent;
                  for (const QString &id : ids)
                      if (doc->find(id)->parent != first)
                          return QVariant(tr("(mixed)"));
                  return QVariant(first.isEmpty() ? tr("(top level)") : first);
              },
              [parent](const QVariant &text) {
                  parent->setText(text.toString());
                  return true;
              });
}

void Inspector::addIdRow(const QStringList &ids)
{
    if (ids.size() > 1) {
        // Ids are unique: with several selected there is nothing to type, only to read.
        constexpr int shown = 6;
        QString text = ids.mid(0, shown).join(u", "_s);
        if (ids.size() > shown)
            text += u' ' + tr("and %n more", nullptr, int(ids.size() - shown));
        auto *list = new QLabel(text, m_content);
        list->setObjectName(u"id"_s);
        list->setTextFormat(Qt::PlainText);
        list->setWordWrap(true);
        list->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_fields.insert(u"id"_s, list);
        m_form->addRow(tr("Ids"), list);
        return;
    }
    const QString id = ids.first();
    auto *idEdit = new QLineEdit(id, m_content);
    idEdit->setObjectName(u"id"_s);
    idEdit->setCursorPosition(0);
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
        } else if (!m_editor->lastError().isEmpty()) {
            // Refused (a name the imported template uses, say): said under the field too.
            showError(u"id"_s, m_editor->lastError());
        }
    });
}

} // namespace skydraft
