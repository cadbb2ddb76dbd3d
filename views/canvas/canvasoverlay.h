#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <QRectF>

class QPainter;

namespace skydraft {

/// Something another tool draws over the canvas's resources (the live simulation's states),
/// by resource id. The scene asks each overlay while it paints a resource and repaints the
/// resources an overlay says changed; it knows nothing of what the overlay shows.
class CanvasOverlay : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// Where a resource is drawn, in its item's coordinates.
    struct Place {
        QRectF box;       ///< the resource's box
        QRectF icon;      ///< a node's icon (empty for a container)
        bool container = false;
        bool detailed = true; ///< text is large enough to read
    };
    /// Paints over resource `id`.
    virtual void paint(QPainter *painter, const QString &id, const Place &place) const = 0;
    /// Paints under resource `id`'s own picture (a highlight behind it).
    virtual void paintUnder(QPainter *painter, const QString &id, const Place &place) const
    {
        Q_UNUSED(painter);
        Q_UNUSED(id);
        Q_UNUSED(place);
    }
    /// Resources whose arrows between them are drawn highlighted (a path), or empty.
    virtual QStringList relationPath() const { return {}; }
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
