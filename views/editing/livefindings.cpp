#include "livefindings.h"

#include "views/canvas/diagramscene.h"
#include "views/canvas/style.h"
#include "findingsoverlay.h"
#include "model/checker/checker.h"
#include "views/workbench/documentsession.h"

#include <QApplication>
#include <QListView>
#include <QStandardItemModel>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace skydraft {

LiveFindings::LiveFindings(DocumentSession *session, QListView *view, DiagramScene *scene, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_model(new QStandardItemModel(this))
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
    connect(session, &DocumentSession::checked, this, [this](bool findingsChanged) {
        if (findingsChanged)
            refresh();
    });
    refresh();
}

LiveFindings::~LiveFindings() = default;

QList<Finding> LiveFindings::findings() const
{
    const Checker *checker = m_session->checker();
    return checker ? checker->findings() : QList<Finding>();
}

void LiveFindings::flush() { m_session->check(); }

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
    if (found.isEmpty() && m_session->document()) {
        auto *item = new QStandardItem(
            tr("No problems: AWS would accept this design, and the checker found nothing to warn about."));
        item->setFlags(Qt::NoItemFlags);
        m_model->appendRow(item);
    }
    Q_EMIT updated();
}

} // namespace skydraft
