#pragma once

#include <QPointer>
#include <QVariant>
#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QScrollArea;

namespace skydraft {

class Document;
class Editor;
struct PropertySpec;
struct Resource;

/// Every property of the selection, with its AWS default as the placeholder, checked as you
/// type (a wrong CIDR or port shows the reason and nothing is written), its id (renamed
/// everywhere through Editor::renameId) and name, and a rule table editor for security groups
/// and network ACLs. Each user action is one Editor edit, so one undo step.
///
/// Several selected resources show the properties they share (all of them for one type); a
/// value that differs between them shows as mixed, and setting it writes every one of them in
/// one step. The form is rebuilt only when the selection or the set of fields changes; any
/// other change of the design updates the fields in place, and a field the user is typing in
/// keeps its text until it is committed or left.
class Inspector : public QWidget
{
    Q_OBJECT
public:
    explicit Inspector(QWidget *parent = nullptr);

    /// The editor of the open design (nullptr: nothing to show).
    void setEditor(Editor *editor);
    /// Shows these resources (one: all its properties; several: what they share).
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
    /// One field of the form: how to read its state from the model and show it.
    struct Field {
        QString key;
        QWidget *widget = nullptr;
        /// What the field shows, read from the model; compared to decide whether to touch it.
        std::function<QVariant()> state;
        /// Puts a state on screen; false when the field is busy (being typed in) and kept.
        std::function<bool(const QVariant &)> show;
        QVariant shown;
    };

    void scheduleUpdate();
    /// Rebuilds the form when the selection or its fields changed, else refreshes in place.
    void updateFromModel();
    void rebuild();
    /// Brings every field whose model state changed up to date.
    void refresh();
    /// Makes the next refresh put the model's state into every field (after a user action).
    void showModelAgain();
    /// The selected resources that exist, and the properties they share.
    QStringList presentIds() const;
    QList<const PropertySpec *> sharedSpecs(const QStringList &ids) const;
    /// Identifies the form: rebuilt when this changes.
    QStringList signature(const QStringList &ids, const QList<const PropertySpec *> &specs) const;

    void addField(const QString &key, QWidget *widget, std::function<QVariant()> state,
                  std::function<bool(const QVariant &)> show);
    void addIdentityRows(const QStringList &ids);
    void addIdRow(const QStringList &ids);
    QWidget *makeField(const QStringList &ids, const PropertySpec &spec);
    QWidget *makeTextField(const QStringList &ids, const PropertySpec &spec);
    QWidget *makeCheckBox(const QStringList &ids, const PropertySpec &spec);
    QWidget *makeCombo(const QStringList &ids, const PropertySpec &spec);
    QWidget *makeReferenceList(const QStringList &ids, const PropertySpec &spec);
    QWidget *makeTable(const QStringList &ids, const PropertySpec &spec);
    /// Shows a text field's state unless the user is typing in it.
    bool showText(QLineEdit *line, const QVariant &state);
    QLabel *errorLabel(const QString &key);
    void showError(const QString &key, const QString &text);
    /// Runs one user action as one undo step (no merging with the previous one).
    void edit(const QString &text, const std::function<bool(Editor &)> &action);
    /// Writes `value` (invalid: the default) to `key` of every resource in `ids` that differs,
    /// as one undo step; nothing when none differs.
    /// `mergeKey`: consecutive writes with the same key are one undo step (a rule table's
    /// add-then-fill-in).
    void writeAll(const QStringList &ids, const PropertySpec &spec, const QVariant &value, const QString &mergeKey = {});

    QPointer<Editor> m_editor;
    QStringList m_ids;
    QStringList m_signature;
    QScrollArea *m_scroll;
    QWidget *m_content = nullptr;
    QFormLayout *m_form = nullptr;
    QList<Field> m_fieldList;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QLabel *> m_errors;
    bool m_updatePending = false;
    bool m_refreshing = false; ///< widgets are being set from the model: not a user edit
};

} // namespace skydraft
