#include "reachoverlay.h"

#include "views/canvas/diagramscene.h"
#include "views/canvas/resourceitem.h"

#include <QPainter>

namespace skydraft {

ReachOverlay::ReachOverlay(DiagramScene *scene, QObject *parent) : CanvasOverlay(parent), m_scene(scene)
{
    // The sentence stays off paper, like the highlight.
    connect(scene, &DiagramScene::exportViewChanged, this, [this](bool exporting) {
        if (m_callout)
            m_callout->setVisible(!exporting);
    });
}

ReachOverlay::~ReachOverlay()
{
    if (m_scene)
        delete m_callout;
}

void ReachOverlay::show(const QStringList &path, const QString &blocker, const QString &sentence)
{
    const QStringList before = m_path + QStringList{m_blocker};
    if (!m_scene)
        return;
    delete m_callout;
    m_callout = nullptr;
    m_path = path;
    m_blocker = blocker;
    if (ResourceItem *b = m_scene->item(blocker); b && !sentence.isEmpty()) {
        m_callout = new CalloutItem(sentence);
        m_callout->setPos(b->sceneBoundingRect().topRight() + QPointF(8, 0));
        static_cast<QGraphicsScene *>(m_scene)->addItem(m_callout);
    }
    Q_EMIT changed(before + path + QStringList{blocker});
}

void ReachOverlay::clear() { show({}, {}, {}); }

ReachOverlay::Highlight ReachOverlay::highlightOf(const QString &id) const
{
    if (!m_scene || m_scene->exporting())
        return Highlight::None;
    if (!m_blocker.isEmpty() && id == m_blocker)
        return Highlight::Blocked;
    return m_path.contains(id) ? Highlight::Path : Highlight::None;
}

void ReachOverlay::paintUnder(QPainter *painter, const QString &id, const Place &place) const
{
    const Highlight highlight = highlightOf(id);
    if (highlight == Highlight::None)
        return;
    const QColor c = highlight == Highlight::Path ? QColor(0x1D, 0x9E, 0x4B) : QColor(0xD1, 0x32, 0x12);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(c, 4));
    QColor fill = c;
    fill.setAlpha(place.container ? 0 : 40);
    painter->setBrush(fill);
    painter->drawRoundedRect(place.box.adjusted(-4, -4, 4, 4), 8, 8);
}

} // namespace skydraft
