#include "palette.h"

#include "views/canvas/canvasview.h"
#include "views/canvas/style.h"

#include <QHeaderView>
#include <QIcon>
#include <QLineEdit>
#include <QMimeData>
#include <QStyle>
#include <QTreeWidget>

#include <algorithm>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace skydraft {

namespace {

constexpr int typeRole = Qt::UserRole + 1;

/// A tree whose entries drag out as resource types.
class PaletteTree : public QTreeWidget
{
public:
    using QTreeWidget::QTreeWidget;

protected:
    QStringList mimeTypes() const override { return {CanvasView::resourceMimeType}; }
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override
    {
        if (items.isEmpty() || !items.first()->data(0, typeRole).isValid())
            return nullptr;
        auto *mime = new QMimeData;
        const auto type = ResourceType(items.first()->data(0, typeRole).toInt());
        mime->setData(CanvasView::resourceMimeType, typeKey(type).toUtf8());
        return mime;
    }
};

QIcon typeIcon(ResourceType type)
{
    // The SVG renders sharp at every size and device pixel ratio.
    return QIcon(Style::iconPath(type));
}

} // namespace

QString Palette::categoryLabel(Category category)
{
    switch (category) {
    case Category::Clients:
        return tr("Clients and DNS");
    case Category::Networking:
        return tr("Networking");
    case Category::Compute:
        return tr("Compute");
    case Category::Database:
        return tr("Database");
    case Category::Security:
        return tr("Security");
    }
    return {};
}

Palette::Palette(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new PaletteTree(this))
{
    setObjectName(u"palette"_s);
    m_filter->setObjectName(u"paletteFilter"_s);
    m_filter->setPlaceholderText(tr("Filter resources…"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setObjectName(u"paletteTree"_s);
    m_tree->setHeaderHidden(true);
    m_tree->setIconSize(QSize(28, 28));
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(8);
    m_tree->setTextElideMode(Qt::ElideRight);

    const QList<Category> order = {Category::Clients, Category::Networking, Category::Security, Category::Compute,
                                   Category::Database};
    for (Category c : order) {
        auto *group = new QTreeWidgetItem(m_tree, {categoryLabel(c)});
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setForeground(0, Style::categoryColor(c));
        for (ResourceType t : allResourceTypes()) {
            if (typeCategory(t) != c)
                continue;
            auto *entry = new QTreeWidgetItem(group, {typeLabel(t)});
            entry->setIcon(0, typeIcon(t));
            entry->setData(0, typeRole, int(t));
            entry->setData(0, Qt::UserRole + 2, typeKey(t));
            entry->setToolTip(0, tr("%1 — drag onto the canvas, or click here and then on the canvas.").arg(typeLabel(t)));
            entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        }
    }
    m_tree->expandAll();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);

    connect(m_filter, &QLineEdit::textChanged, this, &Palette::setFilter);
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, typeRole).isValid())
            Q_EMIT placeRequested(ResourceType(item->data(0, typeRole).toInt()));
    });
}

void Palette::setFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        const bool groupMatches = group->text(0).contains(needle, Qt::CaseInsensitive);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *entry = group->child(i);
            const bool match = needle.isEmpty() || groupMatches || entry->text(0).contains(needle, Qt::CaseInsensitive)
                || entry->data(0, Qt::UserRole + 2).toString().contains(needle, Qt::CaseInsensitive);
            entry->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

int Palette::naturalWidth() const
{
    int widest = 0;
    const QFontMetrics metrics = m_tree->fontMetrics();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            widest = std::max(widest, metrics.horizontalAdvance(group->child(i)->text(0)));
    }
    // Indentation, icon and its spacing, the scroll bar, frames and margins.
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    return widest + m_tree->indentation() + m_tree->iconSize().width() + 24 + scrollBar + 2 * m_tree->frameWidth() + 16;
}

QList<ResourceType> Palette::visibleTypes() const
{
    QList<ResourceType> out;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        if (group->isHidden())
            continue;
        for (int i = 0; i < group->childCount(); ++i)
            if (!group->child(i)->isHidden())
                out.append(ResourceType(group->child(i)->data(0, typeRole).toInt()));
    }
    return out;
}

} // namespace skydraft
