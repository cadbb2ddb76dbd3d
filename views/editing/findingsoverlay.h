#pragma once

#include "views/canvas/canvasoverlay.h"
#include "model/checker/lints.h"

#include <QHash>

namespace skydraft {

/// The checker's findings on the canvas: a disc on each resource with findings, the colour of
/// the worst severity, their count; their messages in the tooltip. Owned by LiveFindings.
class FindingsOverlay : public CanvasOverlay
{
    Q_OBJECT
public:
    using CanvasOverlay::CanvasOverlay;

    void setFindings(const QList<Finding> &findings);
    QList<Finding> findingsOf(const QString &id) const { return m_findings.value(id); }

    void paint(QPainter *painter, const QString &id, const Place &place) const override;
    QString toolTip(const QString &id) const override;

    static QColor severityColor(Severity severity);

private:
    QHash<QString, QList<Finding>> m_findings;
};

} // namespace skydraft
