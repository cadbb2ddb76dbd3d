#pragma once

#include "views/canvas/canvasoverlay.h"

#include <QPointer>

namespace skydraft {

class CalloutItem;
class DiagramScene;

/// A reach answer on the canvas: the hops in green (their arrows too), or the blocking
/// component in red with the sentence that says why pinned next to it. View state: exports
/// leave it out. Owned by the reach tool.
class ReachOverlay : public CanvasOverlay
{
    Q_OBJECT
public:
    explicit ReachOverlay(DiagramScene *scene, QObject *parent = nullptr);
    ~ReachOverlay() override;

    void show(const QStringList &path, const QString &blocker, const QString &sentence);
    void clear();

    enum class Highlight { None, Path, Blocked };
    Highlight highlightOf(const QString &id) const;
    /// The sentence next to the blocker (nullptr when none).
    CalloutItem *callout() const { return m_callout; }

    void paintUnder(QPainter *painter, const QString &id, const Place &place) const override;
    void paint(QPainter *, const QString &, const Place &) const override {}
    QStringList relationPath() const override { return m_path; }
    bool exported() const override { return false; }

private:
    QPointer<DiagramScene> m_scene; ///< the callout is its item: gone with it
    QStringList m_path;
    QString m_blocker;
    CalloutItem *m_callout = nullptr;
};

} // namespace skydraft
