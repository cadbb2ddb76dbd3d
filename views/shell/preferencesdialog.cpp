#include "preferencesdialog.h"
#include "dialogtitle.h"

#include "appearance.h"
#include "language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace skydraft {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_appearance(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    keepTitleWhole(this);
    setObjectName(QStringLiteral("preferences"));
    const QString current = Language::setting();
    for (const auto &[code, name] : Language::choices()) {
        m_language->addItem(name, code);
        if (code == current)
            m_language->setCurrentIndex(m_language->count() - 1);
    }
    m_appearance->setObjectName(QStringLiteral("appearance"));
    const QString look = Appearance::setting();
    for (const auto &[code, name] : Appearance::choices()) {
        m_appearance->addItem(name, code);
        if (code == look)
            m_appearance->setCurrentIndex(m_appearance->count() - 1);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Appearance:"), m_appearance);
    auto *note = new QLabel(tr("A new language or appearance applies when SkyDraft restarts. Exported diagrams are always light."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void PreferencesDialog::apply()
{
    Language::setSetting(m_language->currentData().toString());
    Appearance::setSetting(m_appearance->currentData().toString());
}

} // namespace skydraft
