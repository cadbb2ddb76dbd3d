#pragma once

#include <QLineEdit>

class QStringListModel;

namespace skydraft {

class Document;

/// "Find a resource" (Ctrl+F), as draw.io and Cloudcraft users expect: a search field in the
/// toolbar that completes ids, names and types as one types (any part of them, any case);
/// Enter (in the field or in the open list, one press) or a pick from the list asks to show that resource. It reads the design and holds
/// nothing of it: the list is rebuilt from the document each time the field gets the focus.
class FindBox : public QLineEdit
{
    Q_OBJECT
public:
    explicit FindBox(QWidget *parent = nullptr);
    void setDocument(const Document *document);
    /// The resource ids that `text` finds, best first: the id itself, then ids and names
    /// that start with it, then those that contain it (any case).
    QStringList matches(const QString &text) const;

Q_SIGNALS:
    /// The user chose `id` (Enter on a match, or a pick from the list).
    void found(const QString &id);
    /// Enter on text that matches nothing.
    void notFound(const QString &text);

protected:
    void focusInEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void choose(const QString &entry);
    QString idOf(const QString &entry) const;

    const Document *m_document = nullptr;
    QStringListModel *m_entries;
};

} // namespace skydraft
