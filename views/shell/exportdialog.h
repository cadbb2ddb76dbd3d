#pragma once

#include "views/canvas/diagramexport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;

namespace skydraft {

/// File > Export Diagram: which format, at what scale, the whole design or the selection.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(bool hasSelection, QWidget *parent = nullptr);

    DiagramExport::Format format() const;
    double scale() const;
    bool selectionOnly() const;

private:
    QComboBox *m_format;
    QDoubleSpinBox *m_scale;
    QCheckBox *m_selection;
};

} // namespace skydraft
