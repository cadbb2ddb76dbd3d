#pragma once

#include <QDialog>

class QComboBox;

namespace skydraft {

/// Settings kept between sessions: the user-interface language and appearance (light, dark).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QComboBox *appearanceBox() const { return m_appearance; }
    /// Stores the choices in QSettings (what OK does).
    void apply();

private:
    QComboBox *m_language;
    QComboBox *m_appearance;
};

} // namespace skydraft
