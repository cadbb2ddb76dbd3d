#pragma once

#include "model/types.h"

#include <QGraphicsItem>

namespace skydraft {

class DiagramScene;

/// Draws one resource: a container box (VPC, AZ, subnet, Auto Scaling group) or a node
/// (icon and label). It reads what it shows from the document through its scene and keeps
/// nothing but its id.
class ResourceItem : public QGraphicsItem
{
public:
    /// A node's name in at most `maxLines` lines of `width`, broken between words or between
    /// the parts of an id-like word; empty when it does not fit (then it is cut in the middle).
    static QStringList nameLinesFor(const QString &name, const QFont &font, qreal width, int maxLines);
    enum { Type = UserType + 1 };

    ResourceItem(DiagramScene *scene, const QString &id, ResourceType type);

    int type() const override { return Type; }
    QString id() const { return m_id; }
    ResourceType resourceType() const { return m_type; }
    bool isContainer() const;

    void setSize(const QSizeF &size);
    QSizeF size() const { return m_size; }
    /// The resource's box in scene coordinates (without badges or captions): where arrows
    /// attach, what placement and layout measure.
    QRectF sceneBox() const { return mapRectToScene(QRectF(QPointF(), m_size)); }
    /// The bounding rectangle depends on scene-wide display options; call when they change.
    void refreshGeometry() { prepareGeometryChange(); }
    /// Where a connection is dragged from (item coordinates), shown while selected.
    QPointF connectHandle() const;
    QRectF boundingRect() const override;
    /// A container is grabbed by its header and border only: a press inside it reaches
    /// what it holds, or starts a rubber band.
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;

private:
    /// `lod`: scene-to-device scale; what would be too small to read is left out.
    void paintContainer(QPainter *painter, qreal lod);
    void paintNode(QPainter *painter, qreal lod);
    QRectF iconRect() const; ///< a node's icon
    void paintBadges(QPainter *painter);
    void paintRules(QPainter *painter);
    void paintHandles(QPainter *painter);
    void paintInstances(QPainter *painter);

    /// Below this level of detail (scene-to-device scale) labels and badges' text are skipped:
    /// 8-point text is then under 3.5 pixels high. A whole six-zone VPC fitted stays above it.
    static constexpr qreal minimumDetail = 0.3;

    DiagramScene *m_scene;
    QString m_id;
    ResourceType m_type;
    QSizeF m_size;
    bool m_detailed = true; ///< set per paint()
};

/// A Multi-AZ database's standby, drawn faded in the subnet of the other zone where AWS keeps
/// it (not a resource of the design: it cannot be selected or moved).
class StandbyItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 4 };
    StandbyItem(const QString &primary, ResourceType type);
    int type() const override { return Type; }
    QString primary() const { return m_primary; }
    /// What the label calls the primary: its name, else its id.
    QString title() const { return m_title; }
    void setTitle(const QString &title);
    /// What it says under its icon: "standby of <title>", in the UI's language.
    QString label() const;
    /// The label as drawn (or `text` as it would be): wrapped into the lines the box has room
    /// for, the last elided only when the whole label cannot fit.
    QStringList labelLines(const QString &text = {}) const;
    /// `text` wrapped at word boundaries (anywhere in a word longer than `width`) into at most
    /// `maxLines` lines of `width` in `font`, the last one elided if the rest does not fit.
    static QStringList wrapLabel(const QString &text, const QFont &font, qreal width, int maxLines);
    void setSize(const QSizeF &size);
    QSizeF size() const { return m_size; }
    QRectF boundingRect() const override { return QRectF(QPointF(), m_size).adjusted(-2, -2, 2, 2); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_primary;
    QString m_title;
    ResourceType m_type;
    QSizeF m_size;
};

/// A sentence pinned next to a component on the canvas (why traffic stops there).
class CalloutItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    explicit CalloutItem(const QString &text);
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_text;
    QRectF m_rect;
};

} // namespace skydraft
