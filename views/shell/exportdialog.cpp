#include "exportdialog.h"
#include "dialogtitle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>

namespace skydraft {

ExportDialog::ExportDialog(bool hasSelection, QWidget *parent)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_scale(new QDoubleSpinBox(this))
    , m_selection(new QCheckBox(tr("Only the &selected items"), this))
{
    setWindowTitle(tr("Export Diagram"));
    keepTitleWhole(this);
    m_format->addItem(tr("PNG image"), int(DiagramExport::Format::Png));
    m_format->addItem(tr("SVG drawing"), int(DiagramExport::Format::Svg));
    m_format->addItem(tr("PDF document"), int(DiagramExport::Format::Pdf));
    m_scale->setRange(0.25, 8);
    m_scale->setSingleStep(0.5);
    m_scale->setValue(2);
    m_scale->setSuffix(QStringLiteral(" ×"));
    m_scale->setToolTip(tr("PNG only: 2 gives twice the pixels in each direction (sharp on high-DPI screens)."));
    connect(m_format, &QComboBox::currentIndexChanged, this,
            [this] { m_scale->setEnabled(format() == DiagramExport::Format::Png); });
    m_selection->setEnabled(hasSelection);
    m_selection->setChecked(false); // the whole design unless asked: a new resource is always selected
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("S&cale:"), m_scale);
    form->addRow(m_selection);
    form->addRow(buttons);
}

DiagramExport::Format ExportDialog::format() const { return DiagramExport::Format(m_format->currentData().toInt()); }

double ExportDialog::scale() const { return m_scale->value(); }

bool ExportDialog::selectionOnly() const { return m_selection->isChecked(); }

} // namespace skydraft
