#pragma once

#include "model/types.h"

#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace skydraft {

/// Every resource type of the catalogue with its icon, grouped by category, with a filter.
/// Drag an entry onto the canvas (mime type CanvasView::resourceMimeType), or click it and
/// then click the canvas.
class Palette : public QWidget
{
    Q_OBJECT
public:
    explicit Palette(QWidget *parent = nullptr);

    QLineEdit *filterBox() const { return m_filter; }
    QTreeWidget *tree() const { return m_tree; }
    /// Shows only the types whose name, key or category contains `text`.
    void setFilter(const QString &text);
    /// The types shown now, in order.
    QList<ResourceType> visibleTypes() const;
    static QString categoryLabel(Category category);
    /// The width that shows every type's name whole (the longest, in Korean or English).
    int naturalWidth() const;

Q_SIGNALS:
    /// The user clicked a type: the next click on the canvas places it.
    void placeRequested(ResourceType type);

private:
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
};

} // namespace skydraft
