#include "findbox.h"

#include "model/catalogue.h"
#include "model/document.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>

using namespace Qt::StringLiterals;

namespace skydraft {

namespace {
/// What the list shows for a resource: "Name (Id) · Type", or "Id · Type" without a name.
QString entryFor(const Resource &r)
{
    const QString label = r.name.isEmpty() || r.name == r.id ? r.id : u"%1 (%2)"_s.arg(r.name, r.id);
    return u"%1 · %2"_s.arg(label, typeLabel(r.type));
}
} // namespace

FindBox::FindBox(QWidget *parent)
    : QLineEdit(parent)
    , m_entries(new QStringListModel(this))
{
    setObjectName(u"findBox"_s);
    setPlaceholderText(tr("Find resource (Ctrl+F)"));
    setToolTip(tr("Find a resource on the canvas by its id, name or type."));
    setClearButtonEnabled(true);
    setMaximumWidth(260);
    auto *completer = new QCompleter(m_entries, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    completer->popup()->setMinimumWidth(380); // whole entries, not the field's width
    setCompleter(completer);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &FindBox::choose);
    // Enter in the open list: QCompleter would only close it when nothing is highlighted.
    // Filters run newest first, so this one sees the key before the completer's.
    completer->popup()->installEventFilter(this);
}

bool FindBox::eventFilter(QObject *watched, QEvent *event)
{
    QAbstractItemView *popup = completer() ? completer()->popup() : nullptr;
    if (watched == popup && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            const QModelIndex current = popup->currentIndex();
            const QString entry = current.isValid() ? current.data().toString() : text();
            popup->hide();
            if (current.isValid())
                setText(entry);
            if (!entry.trimmed().isEmpty())
                choose(entry);
            return true;
        }
    }
    return QLineEdit::eventFilter(watched, event);
}

void FindBox::setDocument(const Document *document)
{
    m_document = document;
    refresh();
}

void FindBox::refresh()
{
    QStringList entries;
    if (m_document)
        for (const QString &id : m_document->ids())
            if (const Resource *r = m_document->find(id))
                entries.append(entryFor(*r));
    entries.sort(Qt::CaseInsensitive);
    m_entries->setStringList(entries);
}

QString FindBox::idOf(const QString &entry) const
{
    if (!m_document)
        return {};
    for (const QString &id : m_document->ids())
        if (const Resource *r = m_document->find(id); r && entryFor(*r) == entry)
            return id;
    return {};
}

QStringList FindBox::matches(const QString &text) const
{
    const QString t = text.trimmed();
    if (!m_document || t.isEmpty())
        return {};
    QStringList exact, starts, contains;
    for (const QString &id : m_document->ids()) {
        const Resource *r = m_document->find(id);
        if (!r)
            continue;
        if (id.compare(t, Qt::CaseInsensitive) == 0 || r->name.compare(t, Qt::CaseInsensitive) == 0)
            exact.append(id);
        else if (id.startsWith(t, Qt::CaseInsensitive) || r->name.startsWith(t, Qt::CaseInsensitive))
            starts.append(id);
        else if (entryFor(*r).contains(t, Qt::CaseInsensitive))
            contains.append(id);
    }
    return exact + starts + contains;
}

void FindBox::choose(const QString &entry)
{
    QString id = idOf(entry);
    if (id.isEmpty())
        id = matches(entry).value(0);
    if (id.isEmpty()) {
        Q_EMIT notFound(entry.trimmed());
        return;
    }
    Q_EMIT found(id);
}

void FindBox::focusInEvent(QFocusEvent *event)
{
    refresh(); // the design may have changed since the last search
    QLineEdit::focusInEvent(event);
    selectAll();
}

void FindBox::keyPressEvent(QKeyEvent *event)
{
    // Enter without picking from the list: the best match of what was typed.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && !(completer() && completer()->popup() && completer()->popup()->isVisible())) {
        if (!text().trimmed().isEmpty())
            choose(text());
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace skydraft
