#pragma once

#include <QDialog>

class QTableWidget;

namespace skydraft {

/// Help > Keyboard Shortcuts: every action of a window that has a shortcut, read from the
/// actions themselves (so the list is never out of date), in the window's language.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

/// Help > Getting Started: the first steps, in a few short paragraphs.
class GettingStartedDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GettingStartedDialog(QWidget *parent = nullptr);
};

} // namespace skydraft
