#include "livefindings.h"

#include "views/canvas/diagramscene.h"
#include "views/canvas/style.h"
#include "findingsoverlay.h"
#include "model/checker/checker.h"

#include <QApplication>
#include <QListView>
#include <QStandardItemModel>
#include <QStyle>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace skydraft {

LiveFindings::LiveFindings(QListView *view, DiagramScene *scene, QObject *parent)
    : QObject(parent)
    , m_model(new QStandardItemModel(this))
    , m_scene(scene)
    , m_overlay(new FindingsOverlay(this))
{
    scene->addOverlay(m_overlay);
    if (view) {
        view->setModel(m_model);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    }
    connect(view, &QListView::clicked, this, [this](const QModelIndex &index) {
        const QString id = index.data(Qt::UserRole).toString();
        if (!id.isEmpty())
            Q_EMIT componentActivated(id);
    });
}

LiveFindings::~LiveFindings() = default;

void LiveFindings::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_checker.reset();
    m_document = document;
    if (m_document) {
        m_checker = std::make_unique<Checker>(m_document);
        m_checker->recheckAll();
        connect(m_document, &Document::changed, this, &LiveFindings::schedule);
    }
    m_pending = false;
    refresh();
}

QList<Finding> LiveFindings::findings() const { return m_checker ? m_checker->findings() : QList<Finding>(); }

void LiveFindings::schedule()
{
    if (m_pending)
        return;
    m_pending = true;
    // One check after a burst of edits (an undo of many resources, a drag of a selection).
    QTimer::singleShot(0, this, &LiveFindings::flush);
}

void LiveFindings::flush()
{
    if (!m_pending || !m_checker)
        return;
    m_pending = false;
    const Checker::Delta delta = m_checker->update();
    if (!delta.added.isEmpty() || !delta.removed.isEmpty())
        refresh();
}

void LiveFindings::refresh()
{
    const QList<Finding> found = findings();
    m_overlay->setFindings(found);
    m_model->clear();
    for (const Finding &f : found) {
        // Most messages name their component already; say it once.
        const QString text = f.message.startsWith(f.component) ? f.message : f.component + u": "_s + f.message;
        auto *item = new QStandardItem(text + u"  ["_s + f.rule + u']');
        item->setData(f.component, Qt::UserRole);
        item->setData(f.rule, Qt::UserRole + 1);
        item->setToolTip(Style::plainToolTip(f.hint));
        const QStyle::StandardPixmap icon = f.severity == Severity::Error ? QStyle::SP_MessageBoxCritical
            : f.severity == Severity::Warning                          ? QStyle::SP_MessageBoxWarning
                                                                        : QStyle::SP_MessageBoxInformation;
        item->setIcon(qApp->style()->standardIcon(icon));
        m_model->appendRow(item);
    }
    if (found.isEmpty() && m_document) {
        auto *item = new QStandardItem(
            tr("No problems: AWS would accept this design, and the checker found nothing to warn about."));
        item->setFlags(Qt::NoItemFlags);
        m_model->appendRow(item);
    }
    Q_EMIT updated();
}

} // namespace skydraft
