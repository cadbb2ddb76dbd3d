#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QPainter;
class QRectF;

namespace skydraft {

/// Something another tool draws over the canvas's resources (the live simulation's states),
/// by resource id. The scene asks each overlay while it paints a resource and repaints the
/// resources an overlay says changed; it knows nothing of what the overlay shows.
class CanvasOverlay : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// Paints over resource `id`, in its item's coordinates (`box` is the resource's box).
    /// `detailed`: text is large enough to read.
    virtual void paint(QPainter *painter, const QString &id, const QRectF &box, bool detailed) const = 0;
    /// Whether the overlay draws an Auto Scaling group's instances itself (the canvas then
    /// leaves out its picture of the desired capacity).
    virtual bool drawsInstances(const QString &id) const
    {
        Q_UNUSED(id);
        return false;
    }
    /// Lines added to the resource's tooltip (plain text), or empty.
    virtual QString toolTip(const QString &id) const
    {
        Q_UNUSED(id);
        return {};
    }
    /// Whether exports draw it (a simulated state exported for study notes: yes).
    virtual bool exported() const { return true; }

Q_SIGNALS:
    /// What it shows for these resources changed (empty: for every resource).
    void changed(const QStringList &ids);
};

} // namespace skydraft
