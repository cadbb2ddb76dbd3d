#include "views/canvas/style.h"
#include "findingsoverlay.h"

#include <QPainter>
#include <QSet>

using namespace Qt::StringLiterals;

namespace skydraft {

QColor FindingsOverlay::severityColor(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QColor(0xD1, 0x32, 0x12);
    case Severity::Warning:
        return QColor(0xE0, 0x8A, 0x00);
    case Severity::Info:
        return QColor(0x00, 0x73, 0xBB);
    }
    return Qt::gray;
}

void FindingsOverlay::setFindings(const QList<Finding> &findings)
{
    QSet<QString> touched;
    for (auto it = m_findings.cbegin(); it != m_findings.cend(); ++it)
        touched.insert(it.key());
    m_findings.clear();
    for (const Finding &f : findings) {
        m_findings[f.component].append(f);
        touched.insert(f.component);
    }
    if (!touched.isEmpty())
        Q_EMIT changed(QStringList(touched.cbegin(), touched.cend()));
}

void FindingsOverlay::paint(QPainter *painter, const QString &id, const Place &place) const
{
    const auto it = m_findings.constFind(id);
    if (it == m_findings.constEnd() || it->isEmpty())
        return;
    Severity worst = Severity::Info;
    for (const Finding &f : *it)
        worst = std::min(worst, f.severity); // Error < Warning < Info
    // On a node, at its icon (the box is wider than what it shows); on a group, its corner.
    const QRectF disc = place.container ? QRectF(place.box.width() - 9, -7, 16, 16)
                                        : QRectF(place.icon.topRight() + QPointF(-7, -7), QSizeF(16, 16));
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(severityColor(worst));
    painter->drawEllipse(disc);
    if (place.detailed) { // text only where it can be read: a repaint of thousands of items
        QFont font = Style::sceneFont(painter->font(), 7, painter->device());
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(Qt::white);
        painter->drawText(disc, Qt::AlignCenter, QString::number(it->size()));
    }
}

QString FindingsOverlay::toolTip(const QString &id) const
{
    QStringList lines;
    for (const Finding &f : m_findings.value(id))
        lines.append(u"⚠ "_s + f.message);
    return lines.join(u'\n');
}

} // namespace skydraft
