#pragma once

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;

namespace skydraft {

class Editor;
struct PropertySpec;

/// Every property of the selected resource, with its AWS default as the placeholder, checked as
/// you type (a wrong CIDR or port shows the reason and nothing is written), its id (renamed
/// everywhere through Editor::renameId) and name, and a rule table editor for security groups
/// and network ACLs. Each user action is one Editor edit, so one undo step.
class Inspector : public QWidget
{
    Q_OBJECT
public:
    explicit Inspector(QWidget *parent = nullptr);

    /// The editor of the open design (nullptr: nothing to show).
    void setEditor(Editor *editor);
    /// Shows these resources (one: all its properties; several: a summary).
    void setSelection(const QStringList &ids);
    QStringList selection() const { return m_ids; }

    /// The field editing property `key` ("id" and "name" too), or nullptr.
    QWidget *field(const QString &key) const;
    /// The reason shown under a field, or empty.
    QString fieldError(const QString &key) const;

Q_SIGNALS:
    /// A message for the status bar (an edit refused by the Editor).
    void message(const QString &text);
    /// The inspected resource has a new id: select it again on the canvas.
    void selectRequested(const QStringList &ids);

private:
    void scheduleRebuild();
    void rebuild();
    void addIdentityRows(const QString &id);
    QWidget *makeField(const QString &id, const PropertySpec &spec);
    QWidget *makeTextField(const QString &id, const PropertySpec &spec);
    QLabel *errorLabel(const QString &key);
    void showError(const QString &key, const QString &text);
    /// Runs one user action as one undo step (no merging with the previous one).
    void edit(const QString &text, const std::function<bool(Editor &)> &action);

    QPointer<Editor> m_editor;
    QStringList m_ids;
    QScrollArea *m_scroll;
    QWidget *m_content = nullptr;
    QFormLayout *m_form = nullptr;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QLabel *> m_errors;
    bool m_rebuildPending = false;
};

} // namespace skydraft
