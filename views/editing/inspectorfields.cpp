// The property fields of the Inspector: one factory per kind of value. Each field reads its
// state from the model (the value every selected resource holds, or "mixed"; its reference
// choices) and shows it in place; a user action writes every selected resource in one step.

#include "inspector.h"

#include "model/catalogue.h"
#include "model/commands/editor.h"
#include "model/referencescope.h"
#include "ruletableeditor.h"
#include "views/canvas/style.h"
#include "valueinput.h"
#include "wheelguard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>

using namespace Qt::StringLiterals;

namespace skydraft {

namespace {

const QColor outsideColor(0xB3, 0x26, 0x1E);

/// What the resources `ids` hold for `key`: one value (set or the default), or mixed.
QVariantMap sharedState(const Document &doc, const QStringList &ids, const QString &key)
{
    bool mixed = false;
    bool set = false;
    bool defaultsDiffer = false;
    QVariant value;
    QVariant fallback;
    for (int i = 0; i < ids.size(); ++i) {
        const Resource *r = doc.find(ids[i]);
        const PropertySpec *spec = Catalogue::property(r->type, key);
        const bool isSet = r->isSet(key);
        const QVariant v = isSet ? r->properties.value(key) : QVariant();
        const QVariant d = spec->defaultFor(*r);
        if (i == 0) {
            set = isSet;
            value = v;
            fallback = d;
            continue;
        }
        mixed = mixed || isSet != set || v != value;
        defaultsDiffer = defaultsDiffer || d != fallback;
    }
    return {{u"mixed"_s, mixed},
            {u"set"_s, set && !mixed},
            {u"value"_s, mixed ? QVariant() : value},
            {u"default"_s, defaultsDiffer ? QVariant() : fallback}};
}

/// The reference choices valid for every resource of `ids`, as [id, label] pairs, and the
/// values already set that are not among them, with the reason (an imported design may hold
/// a security group of another VPC: it is shown, marked, never dropped silently).
void referenceChoices(const Document &doc, const QStringList &ids, const QString &key, QVariantList *choices,
                      QVariantMap *outside)
{
    const QStringList common = ReferenceScope::commonCandidates(
        doc, ids, [&key](const Resource &r) { return Catalogue::property(r.type, key); });
    for (const QString &id : std::as_const(common)) {
        const Resource *t = doc.find(id);
        choices->append(QStringList{id, t->displayName() == id ? id : u"%1 (%2)"_s.arg(id, t->displayName())});
    }
    for (const QString &holder : ids) {
        const Resource *r = doc.find(holder);
        const PropertySpec *spec = Catalogue::property(r->type, key);
        for (const QString &target : r->references(key)) {
            if (target.isEmpty() || common.contains(target) || outside->contains(target))
                continue;
            QString why = ReferenceScope::whyNot(doc, *r, *spec, target);
            if (why.isEmpty())
                why = Inspector::tr("not a choice for every selected resource");
            outside->insert(target, why);
        }
    }
}

QString outsideLabel(const QString &id, const QString &why) { return Inspector::tr("%1 (%2)").arg(id, why); }

} // namespace

void Inspector::writeAll(const QStringList &ids, const PropertySpec &spec, const QVariant &value, const QString &mergeKey)
{
    if (!m_editor)
        return;
    const Document *doc = m_editor->document();
    const QVariant stored = value.isValid() ? Catalogue::normalized(spec, value) : QVariant();
    QList<Editor::PropertyEdit> edits;
    for (const QString &id : ids) {
        const Resource *r = doc->find(id);
        if (!r)
            continue;
        const bool same = stored.isValid() ? r->isSet(spec.key) && r->properties.value(spec.key) == stored
                                           : !r->isSet(spec.key);
        if (!same)
            edits.append({id, spec.key, stored});
    }
    if (edits.isEmpty()) {
        showModelAgain(); // nothing to change, no empty undo step; the field shows the model
        return;
    }
    const QString label = spec.translatedLabel();
    const QString text = ids.size() > 1 ? tr("Change %1 of %n resource(s)", nullptr, int(edits.size())).arg(label)
        : stored.isValid()               ? tr("Change %1 of %2").arg(label, ids.first())
                                         : tr("Reset %1 of %2").arg(label, ids.first());
    if (!mergeKey.isEmpty()) { // no macro around it: macros never merge
        const bool ok = m_editor->setProperties(edits, text, mergeKey);
        showModelAgain();
        if (!ok)
            Q_EMIT message(m_editor->lastError());
        return;
    }
    edit(text, [edits, text](Editor &e) { return e.setProperties(edits, text); });
}

bool Inspector::showText(QLineEdit *line, const QVariant &state)
{
    // Never under the user's fingers: a field being typed in is brought up to date when the
    // value is committed or the field is left.
    if (line->hasFocus() && line->isModified())
        return false;
    const QVariantMap s = state.toMap();
    const bool mixed = s.value(u"mixed"_s).toBool();
    line->setProperty("mixed", mixed);
    line->setText(s.value(u"text"_s).toString());
    line->setPlaceholderText(s.value(u"placeholder"_s).toString());
    if (!line->hasFocus())
        line->setCursorPosition(0); // a long value shows its start in a narrow dock, not its end
    return true;
}

QWidget *Inspector::makeTextField(const QStringList &ids, const PropertySpec &spec)
{
    auto *line = new QLineEdit(m_content);
    line->setObjectName(spec.key);
    line->setClearButtonEnabled(true);
    const QString key = spec.key;
    const PropertySpec *s = &spec; // catalogue entries live as long as the program
    connect(line, &QLineEdit::textChanged, this, [this, key, s, line](const QString &text) {
        QString why;
        if (!(text.isEmpty() && line->property("mixed").toBool()))
            ValueInput::parse(*s, text, &why);
        showError(key, why);
    });
    connect(line, &QLineEdit::editingFinished, this, [this, ids, s, line] {
        QString why;
        const auto parsed = ValueInput::parse(*s, line->text(), &why);
        if (!parsed)
            return; // the reason is on screen; nothing is written
        // An untouched "(mixed)" field left empty keeps every value as it is.
        if (line->text().trimmed().isEmpty() && line->property("mixed").toBool() && !line->isModified())
            return;
        line->setModified(false);
        writeAll(ids, *s, *parsed); // and shows what the model holds then, also when nothing was written
    });
    addField(key, line,
              [this, ids, s] {
                  const Document *doc = m_editor->document();
                  QVariantMap st = sharedState(*doc, ids, s->key);
                  const bool mixed = st.value(u"mixed"_s).toBool();
                  QString placeholder;
                  if (mixed)
                      placeholder = tr("(mixed)");
                  else if (const QVariant d = st.value(u"default"_s); d.isValid())
                      placeholder = tr("default: %1").arg(ValueInput::display(*s, d));
                  else
                      placeholder = tr("default differs between them");
                  if (s->kind == ValueKind::Integer && !mixed)
                      placeholder += u"  ("_s + tr("%1 to %2").arg(s->minimum).arg(s->maximum) + u')';
                  const QString text = st.value(u"set"_s).toBool() ? ValueInput::display(*s, st.value(u"value"_s)) : QString();
                  return QVariant(QVariantMap{{u"mixed"_s, mixed}, {u"text"_s, text}, {u"placeholder"_s, placeholder}});
              },
              [this, line](const QVariant &state) { return showText(line, state); });
    return line;
}

QWidget *Inspector::makeCheckBox(const QStringList &ids, const PropertySpec &spec)
{
    auto *box = new QCheckBox(m_content);
    box->setObjectName(spec.key);
    const PropertySpec *s = &spec;
    connect(box, &QCheckBox::stateChanged, this, [this, ids, s, box](int state) {
        if (m_refreshing || state == Qt::PartiallyChecked)
            return;
        box->setTristate(false);
        writeAll(ids, *s, state == Qt::Checked);
    });
    addField(spec.key, box,
              [this, ids, s] { return QVariant(sharedState(*m_editor->document(), ids, s->key)); },
              [box](const QVariant &state) {
                  const QVariantMap st = state.toMap();
                  if (st.value(u"mixed"_s).toBool()) {
                      box->setCheckState(Qt::PartiallyChecked);
                      box->setText(tr("(mixed)"));
                      return true;
                  }
                  box->setTristate(false);
                  const bool set = st.value(u"set"_s).toBool();
                  box->setChecked((set ? st.value(u"value"_s) : st.value(u"default"_s)).toBool());
                  box->setText(set ? QString() : tr("(default)"));
                  return true;
              });
    return box;
}

QWidget *Inspector::makeCombo(const QStringList &ids, const PropertySpec &spec)
{
    auto *combo = new QComboBox(m_content);
    combo->setObjectName(spec.key);
    guardWheel(combo);
    combo->setPlaceholderText(tr("(mixed)"));
    // Long "id (name)" choices would push the field onto a row of its own: the popup shows them.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    const PropertySpec *s = &spec;
    connect(combo, &QComboBox::activated, this, [this, combo, ids, s] {
        if (!m_refreshing && combo->currentIndex() >= 0)
            writeAll(ids, *s, combo->currentData());
    });
    const auto state = [this, ids, s] {
        const Document *doc = m_editor->document();
        QVariantMap st = sharedState(*doc, ids, s->key);
        if (s->kind == ValueKind::Reference) {
            QVariantList choices;
            QVariantMap outside;
            referenceChoices(*doc, ids, s->key, &choices, &outside);
            st.insert(u"choices"_s, choices);
            st.insert(u"outside"_s, outside);
        }
        return QVariant(st);
    };
    const auto show = [combo, s](const QVariant &state) {
        const QVariantMap st = state.toMap();
        combo->clear();
        if (s->kind == ValueKind::Enum) {
            const QVariant d = st.value(u"default"_s);
            combo->addItem(d.isValid() ? tr("default (%1)").arg(PropertySpec::choiceText(d.toString())) : tr("default"), QVariant());
            for (const QString &c : s->choices)
                combo->addItem(PropertySpec::choiceLabel(c), c);
        } else {
            combo->addItem(tr("(none)"), QString());
            for (const QVariant &c : st.value(u"choices"_s).toList())
                combo->addItem(c.toStringList().at(1), c.toStringList().at(0));
            const QVariantMap outside = st.value(u"outside"_s).toMap();
            for (auto it = outside.cbegin(); it != outside.cend(); ++it) {
                combo->addItem(outsideLabel(it.key(), it.value().toString()), it.key());
                combo->setItemData(combo->count() - 1, outsideColor, Qt::ForegroundRole);
                combo->setItemData(combo->count() - 1, it.value(), Qt::ToolTipRole);
            }
        }
        if (st.value(u"mixed"_s).toBool()) {
            combo->setCurrentIndex(-1);
        } else if (st.value(u"set"_s).toBool()) {
            const QVariant value = st.value(u"value"_s);
            if (combo->findData(value) < 0) { // a value no choice names (a hand-edited file): kept, marked
                combo->addItem(tr("%1 (not a valid choice)").arg(value.toString()), value);
                combo->setItemData(combo->count() - 1, outsideColor, Qt::ForegroundRole);
            }
            combo->setCurrentIndex(combo->findData(value));
        } else {
            combo->setCurrentIndex(0);
        }
        return true;
    };
    addField(spec.key, combo, state, show);
    return combo;
}

QWidget *Inspector::makeReferenceList(const QStringList &ids, const PropertySpec &spec)
{
    auto *list = new QListWidget(m_content);
    list->setObjectName(spec.key);
    const PropertySpec *s = &spec;
    connect(list, &QListWidget::itemChanged, this, [this, ids, s](QListWidgetItem *item) {
        if (m_refreshing || item->checkState() == Qt::PartiallyChecked)
            return;
        // Only the item clicked changes: each resource keeps its other references, in order.
        const QString target = item->data(Qt::UserRole).toString();
        const bool on = item->checkState() == Qt::Checked;
        const Document *doc = m_editor->document();
        QList<Editor::PropertyEdit> edits;
        for (const QString &id : ids) {
            const Resource *r = doc->find(id);
            QStringList refs = r->references(s->key);
            if (on == refs.contains(target))
                continue;
            if (on)
                refs.append(target);
            else
                refs.removeAll(target);
            edits.append({id, s->key, Catalogue::normalized(*s, refs)});
        }
        if (edits.isEmpty()) {
            showModelAgain();
            return;
        }
        const QString text = ids.size() > 1 ? tr("Change %1 of %n resource(s)", nullptr, int(edits.size())).arg(s->translatedLabel())
                                             : tr("Change %1 of %2").arg(s->translatedLabel(), ids.first());
        edit(text, [edits, text](Editor &e) { return e.setProperties(edits, text); });
    });
    const auto state = [this, ids, s] {
        const Document *doc = m_editor->document();
        QVariantList choices;
        QVariantMap outside;
        referenceChoices(*doc, ids, s->key, &choices, &outside);
        QVariantMap holders; // target -> how many of the selected refer to it
        for (const QString &id : ids)
            for (const QString &t : doc->find(id)->references(s->key))
                holders.insert(t, holders.value(t).toInt() + 1);
        return QVariant(QVariantMap{{u"choices"_s, choices}, {u"outside"_s, outside}, {u"holders"_s, holders}});
    };
    const auto show = [list, n = int(ids.size())](const QVariant &state) {
        const QVariantMap st = state.toMap();
        const QVariantMap holders = st.value(u"holders"_s).toMap();
        const QVariantMap outside = st.value(u"outside"_s).toMap();
        QStringList items;
        for (const QVariant &c : st.value(u"choices"_s).toList())
            items.append(c.toStringList().at(0));
        items += outside.keys();
        QStringList current;
        for (int i = 0; i < list->count(); ++i)
            current.append(list->item(i)->data(Qt::UserRole).toString() + u'\x1f' + list->item(i)->text());
        QStringList wanted;
        for (const QString &id : std::as_const(items))
            wanted.append(id + u'\x1f' + (outside.contains(id) ? outsideLabel(id, outside.value(id).toString()) : id));
        if (current != wanted) { // the same items: only their checks change, the scroll position stays
            list->clear();
            for (const QString &id : std::as_const(items)) {
                auto *item = new QListWidgetItem(list);
                item->setData(Qt::UserRole, id);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                if (outside.contains(id)) {
                    item->setText(outsideLabel(id, outside.value(id).toString()));
                    item->setForeground(outsideColor);
                    item->setToolTip(Style::plainToolTip(outside.value(id).toString()));
                } else {
                    item->setText(id);
                }
            }
        }
        for (int i = 0; i < list->count(); ++i) {
            const int count = holders.value(list->item(i)->data(Qt::UserRole).toString()).toInt();
            list->item(i)->setCheckState(count == 0 ? Qt::Unchecked : count >= n ? Qt::Checked : Qt::PartiallyChecked);
        }
        list->setMaximumHeight(std::min(120, 22 * std::max(1, list->count()) + 6));
        return true;
    };
    addField(spec.key, list, state, show);
    return list;
}

QWidget *Inspector::makeTable(const QStringList &ids, const PropertySpec &spec)
{
    const Document *doc = m_editor->document();
    if (sharedState(*doc, ids, spec.key).value(u"mixed"_s).toBool()) {
        auto *note = new QLabel(tr("Differs between the selected resources: select one of them to edit it."), m_content);
        note->setObjectName(spec.key);
        note->setWordWrap(true);
        return note; // the form is rebuilt when they come to agree
    }
    const PropertySpec *s = &spec;
    auto *table = new RuleTableEditor(*doc, spec, doc->find(ids.first())->rows(spec.key), ids, m_content);
    // Adding a rule and filling it in is one undo step, not one per cell.
    connect(table, &RuleTableEditor::rowsEdited, this, [this, ids, s](const QVariantList &rows) {
        writeAll(ids, *s, rows, u"rows:"_s + ids.join(u',') + u':' + s->key);
    });
    addField(spec.key, table,
              [this, ids, s] { return m_editor->document()->find(ids.first())->value(s->key); },
              [table](const QVariant &rows) {
                  table->setRows(rows.toList());
                  return true;
              });
    m_fieldList.last().shown = doc->find(ids.first())->value(spec.key); // filled just now
    return table;
}

QWidget *Inspector::makeField(const QStringList &ids, const PropertySpec &spec)
{
    switch (spec.kind) {
    case ValueKind::String:
    case ValueKind::Integer:
    case ValueKind::Cidr:
        return makeTextField(ids, spec);
    case ValueKind::Boolean:
        return makeCheckBox(ids, spec);
    case ValueKind::Enum:
    case ValueKind::Reference:
        return makeCombo(ids, spec);
    case ValueKind::ReferenceList:
        return makeReferenceList(ids, spec);
    case ValueKind::Table:
        return makeTable(ids, spec);
    }
    return new QWidget(m_content);
}

} // namespace skydraft
