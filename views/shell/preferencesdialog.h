#pragma once

#include <QDialog>

class QComboBox;

namespace skydraft {

/// Settings kept between sessions: for now the user-interface language.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    /// Stores the choices in QSettings (what OK does).
    void apply();

private:
    QComboBox *m_language;
};

} // namespace skydraft
