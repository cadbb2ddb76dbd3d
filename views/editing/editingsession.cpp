#include "editingsession.h"

#include "model/routing.h"

#include "findbox.h"

#include "views/canvas/canvasview.h"
#include "views/canvas/diagramscene.h"
#include "views/canvas/style.h"
#include "inspector.h"
#include "livefindings.h"
#include "views/workbench/documentsession.h"
#include "views/workbench/workbench.h"
#include "model/catalogue.h"
#include "model/commands/connections.h"
#include "model/commands/editor.h"
#include "model/document.h"
#include "model/layout.h"
#include "palette.h"
#include "views/canvas/placement.h"
#include "reachtool.h"
#include "resourceclipboard.h"
#include "views/canvas/resourceitem.h"

#include <algorithm>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QGraphicsRectItem>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace skydraft {

EditingSession::EditingSession(Workbench *workbench, QObject *parent)
    : QObject(parent)
    , m_window(workbench)
{
    setObjectName(u"editingSession"_s);
    createDocks();
    createActions();
    CanvasView *view = canvas();
    connect(view, &CanvasView::itemsMoved, this, &EditingSession::commitMove);
    connect(view, &CanvasView::itemResized, this, &EditingSession::resize);
    connect(view, &CanvasView::nudgeRequested, this, &EditingSession::nudge);
    connect(view, &CanvasView::connectRequested, this, &EditingSession::connectResources);
    connect(view, &CanvasView::connectMissed, this, [this](const QString &from, const QPointF &at) {
        refuse(tr("Nothing connected: release the connection from %1 on the resource it goes to.").arg(from), at);
    });
    connect(view, &CanvasView::placeRequested, this, [this](ResourceType type, const QPointF &pos) { place(type, pos); });
    connect(view, &CanvasView::hint, this, [this](const QString &text) {
        // A hint that only clears (the gesture ended) leaves a refusal on screen until read.
        if (text.isEmpty() && m_refusalShown.isValid() && m_refusalShown.elapsed() < m_refusalMs)
            return;
        m_window->showStatus(text);
    });
    connect(view, &CanvasView::contextMenuRequested, this, [this](const QPoint &globalPos) {
        QMenu *menu = contextMenu(canvas());
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(globalPos);
    });
    connect(view, &CanvasView::modeChanged, this, [this](CanvasView::Mode mode) {
        action(Action::ConnectMode)->setChecked(mode == CanvasView::Mode::Connect);
    });
    connect(m_window->scene(), &QGraphicsScene::selectionChanged, this, &EditingSession::selectionChanged);
    connect(m_window->session(), &DocumentSession::documentReplaced, this, &EditingSession::documentShown);
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &EditingSession::updateActions);
    updateActions();
}

CanvasView *EditingSession::canvas() const { return m_window->canvas(); }

Editor *EditingSession::editor() const { return m_window->session()->editor(); }

void EditingSession::createDocks()
{
    auto dock = [this](const QString &title, const QString &name, QWidget *content, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, m_window->window());
        d->setObjectName(name);
        d->setWidget(content);
        m_window->addPanel(d, area);
        m_docks.append(d);
        return d;
    };
    m_palette = new Palette;
    m_palette->setMinimumWidth(190); // type names readable whatever the saved layout says
    dock(tr("Resources"), u"paletteDock"_s, m_palette, Qt::LeftDockWidgetArea);
    connect(m_palette, &Palette::placeRequested, this, [this](ResourceType type) { canvas()->startPlacing(type); });

    m_inspector = new Inspector;
    QDockWidget *inspector = dock(tr("Inspector"), u"inspectorDock"_s, m_inspector, Qt::RightDockWidgetArea);
    connect(m_inspector, &Inspector::message, this, &EditingSession::tell);
    connect(m_inspector, &Inspector::selectRequested, this, &EditingSession::select);

    m_findings = new LiveFindings(m_window->session(), m_window->problemsView(), m_window->scene(), this);
    connect(m_findings, &LiveFindings::componentActivated, this, &EditingSession::reveal);

    m_reach = new ReachTool(m_window->session(), m_window->scene());
    QDockWidget *reach = dock(tr("Can it reach?"), u"reachDock"_s, m_reach, Qt::RightDockWidgetArea);
    m_window->splitPanels(inspector, reach, Qt::Vertical);
    // A long answer takes room from the inspector above it, down to a third of the height.
    connect(m_reach, &ReachTool::moreRoomWanted, this, [this, inspector, reach](int pixels) {
        if (reach->isFloating() || inspector->isFloating() || !inspector->isVisible())
            return;
        const int total = inspector->height() + reach->height();
        const int grown = std::min(reach->height() + pixels + 4, total * 2 / 3);
        if (grown > reach->height())
            m_window->resizePanels({inspector, reach}, {total - grown, grown}, Qt::Vertical);
    });
    // The palette as wide as its longest name (within reason), the inspector wide enough for
    // "internet-facing" in a combo beside its label.
    m_window->resizePanels({m_docks.first(), inspector}, {std::clamp(m_palette->naturalWidth(), 200, 290), 360},
                           Qt::Horizontal);
    m_window->resizePanels({inspector, reach}, {560, 260}, Qt::Vertical);
}

void EditingSession::createActions()
{
    auto add = [this](Action which, const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        if (!key.isEmpty())
            a->setShortcut(key);
        m_actions.insert(int(which), a);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    add(Action::Cut, tr("Cu&t"), QKeySequence::Cut, [this] { cut(); });
    add(Action::Copy, tr("&Copy"), QKeySequence::Copy, [this] { copy(); });
    add(Action::Paste, tr("&Paste"), QKeySequence::Paste, [this] { paste(); });
    add(Action::Duplicate, tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), [this] { duplicate(); });
    QAction *del = add(Action::Delete, tr("&Delete"), QKeySequence::Delete, [this] { deleteSelection(); });
    del->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    add(Action::SelectAll, tr("Select &All"), QKeySequence::SelectAll,
        [this] { select(m_window->session()->document() ? m_window->session()->document()->ids() : QStringList()); });
    add(Action::AlignLeft, tr("Align &Left Edges"), {}, [this] { align(Action::AlignLeft); });
    add(Action::AlignTop, tr("Align &Top Edges"), {}, [this] { align(Action::AlignTop); });
    add(Action::AlignCenter, tr("Align &Centres Vertically"), {}, [this] { align(Action::AlignCenter); });
    add(Action::AlignMiddle, tr("Align &Middles Horizontally"), {}, [this] { align(Action::AlignMiddle); });
    add(Action::AlignRight, tr("Align &Right Edges"), {}, [this] { align(Action::AlignRight); });
    add(Action::AlignBottom, tr("Align &Bottom Edges"), {}, [this] { align(Action::AlignBottom); });
    add(Action::DistributeHorizontally, tr("Distribute &Horizontally"), {}, [this] { align(Action::DistributeHorizontally); });
    add(Action::DistributeVertically, tr("Distribute &Vertically"), {}, [this] { align(Action::DistributeVertically); });
    QAction *snap = add(Action::SnapToGrid, tr("&Snap to Grid"), {}, [this](bool on) { m_window->scene()->setSnapToGrid(on); });
    snap->setCheckable(true);
    snap->setChecked(m_window->scene()->snapToGrid());
    QAction *rules = add(Action::ShowRules, tr("Show &Ports and CIDRs"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                         [this](bool on) { m_window->scene()->setShowRules(on); });
    rules->setCheckable(true);
    rules->setToolTip(tr("Show the inbound rules of the security groups on what they protect."));
    QAction *connectMode = add(Action::ConnectMode, tr("C&onnect Mode"), QKeySequence(Qt::Key_C),
                               [this](bool on) { canvas()->setConnectMode(on); });
    connectMode->setCheckable(true);
    connectMode->setToolTip(tr("Drag from one resource to another to connect them (Route 53 → load balancer → "
                               "target group → instances → database)."));
    // Plain keys act on the canvas only, so typing in the inspector never deletes a resource.
    for (Action a : {Action::Delete, Action::ConnectMode}) {
        action(a)->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        canvas()->addAction(action(a));
    }

    QMenu *edit = m_window->menu(Workbench::Menu::Edit);
    edit->addActions({action(Action::Cut), action(Action::Copy), action(Action::Paste), action(Action::Duplicate),
                      action(Action::Delete)});
    edit->addSeparator();
    edit->addAction(action(Action::SelectAll));
    QMenu *arrange = edit->addMenu(tr("A&rrange"));
    fillArrangeMenu(arrange);
    QMenu *view = m_window->menu(Workbench::Menu::View);
    view->addSeparator();
    view->addActions({action(Action::ShowRules), action(Action::SnapToGrid)});
    // "Can it reach?" lives in a panel; the menu brings it forward, ready to type a source.
    auto *reach = new QAction(Style::actionIcon(u"reach"_s), tr("Can It &Reach…"), this);
    reach->setObjectName(u"reachAction"_s);
    reach->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(reach, &QAction::triggered, this, [this] {
        showReachTool();
        m_reach->sourceBox()->setFocus();
        m_reach->sourceBox()->lineEdit()->selectAll();
    });
    // Above the separator and Preferences.
    QAction *first = m_window->menu(Workbench::Menu::Tools)->actions().value(0);
    m_window->menu(Workbench::Menu::Tools)->insertActions(first, {action(Action::ConnectMode), reach});

    // SVG icons: sharp at any scale, and a toolbar of icons only (a text button would show
    // its menu accelerator, "삭제(D)", in Korean).
    action(Action::Delete)->setIcon(Style::actionIcon(u"delete"_s));
    action(Action::ConnectMode)->setIcon(Style::actionIcon(u"connect"_s));
    action(Action::ShowRules)->setIcon(Style::actionIcon(u"show-rules"_s));
    action(Action::SnapToGrid)->setIcon(Style::actionIcon(u"snap-grid"_s));

    QToolBar *tools = m_window->toolBar();
    tools->addSeparator();
    tools->addActions({action(Action::Delete), action(Action::ConnectMode), action(Action::ShowRules),
                       action(Action::SnapToGrid)});

    // Find a resource by id, name or type: a field at the toolbar's end, Ctrl+F to get there.
    m_findBox = new FindBox(tools);
    auto *spacer = new QWidget(tools);
    spacer->setObjectName(u"toolBarEnd"_s); // other rooms add their tools before it
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    tools->addWidget(spacer);
    tools->addWidget(m_findBox);
    QAction *find = add(Action::Find, tr("&Find Resource…"), QKeySequence::Find, [this] {
        m_findBox->setFocus(Qt::ShortcutFocusReason);
        m_findBox->selectAll();
    });
    edit->insertAction(action(Action::SelectAll), find);
    connect(m_findBox, &FindBox::found, this, [this](const QString &id) {
        reveal(id);
        canvas()->setFocus(Qt::OtherFocusReason);
        const Resource *r = m_window->session()->document() ? m_window->session()->document()->find(id) : nullptr;
        tell(tr("Found %1.").arg(r ? r->displayName() : id));
    });
    connect(m_findBox, &FindBox::notFound, this, [this](const QString &text) {
        m_window->showStatus(tr("No resource matches \"%1\".").arg(text));
    });
}

void EditingSession::fillArrangeMenu(QMenu *menu) const
{
    menu->addActions({action(Action::AlignLeft), action(Action::AlignCenter), action(Action::AlignRight)});
    menu->addSeparator();
    menu->addActions({action(Action::AlignTop), action(Action::AlignMiddle), action(Action::AlignBottom)});
    menu->addSeparator();
    menu->addActions({action(Action::DistributeHorizontally), action(Action::DistributeVertically)});
}

QList<QAction *> EditingSession::editActions() const
{
    QList<QAction *> out;
    for (int i = int(Action::Cut); i <= int(Action::ConnectMode); ++i)
        out.append(m_actions.value(i));
    return out;
}

void EditingSession::documentShown()
{
    m_inspector->setEditor(editor());
    m_reach->setDocument(m_window->session()->document());
    m_findBox->setDocument(m_window->session()->document());
    if (Document *doc = m_window->session()->document())
        connect(doc, &Document::resourcesRestored, this, &EditingSession::selectRestored, Qt::UniqueConnection);
    m_pasteCount = 0;
    updateActions();
}

void EditingSession::showReachTool()
{
    for (QDockWidget *d : std::as_const(m_docks))
        if (d->widget() == m_reach) {
            d->show();
            d->raise();
        }
}

QMenu *EditingSession::contextMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    const QStringList ids = selectedIds();
    if (!ids.isEmpty()) {
        menu->addActions({action(Action::Cut), action(Action::Copy)});
        menu->addAction(action(Action::Paste));
        menu->addActions({action(Action::Duplicate), action(Action::Delete)});
    } else {
        // On the empty canvas: paste, and the whole design.
        menu->addAction(action(Action::Paste));
        menu->addAction(action(Action::SelectAll));
    }
    if (ids.size() > 1) {
        QMenu *arrange = menu->addMenu(tr("A&rrange"));
        fillArrangeMenu(arrange);
    }
    // A private subnet made public in one step (route table and internet gateway included).
    if (ids.size() == 1) {
        const Document *doc = m_window->session()->document();
        const Resource *r = doc ? doc->find(ids.first()) : nullptr;
        if (r && r->type == ResourceType::Subnet && !doc->vpcOf(r->id).isEmpty() && !isPublicSubnet(*doc, r->id)) {
            menu->addSeparator();
            QAction *pub = menu->addAction(tr("Make Pu&blic"));
            pub->setObjectName(u"makeSubnetPublic"_s);
            pub->setToolTip(tr("Route 0.0.0.0/0 to the VPC's internet gateway (adding the gateway and a route table when there are none)"));
            const QString id = r->id;
            connect(pub, &QAction::triggered, this, [this, id] { makeSubnetPublic(id); });
        }
    }
    // A question about this resource: can traffic get here, or from here?
    if (ids.size() == 1 && m_reach->sourceBox()->findData(ids.first()) >= 0) {
        menu->addSeparator();
        const QString id = ids.first();
        QAction *from = menu->addAction(Style::actionIcon(u"reach"_s), tr("Can It Reach… &From Here"));
        from->setObjectName(u"reachFromHere"_s);
        connect(from, &QAction::triggered, this, [this, id] {
            m_reach->setSource(id);
            showReachTool();
            m_reach->destinationBox()->setFocus();
        });
        QAction *to = menu->addAction(tr("Can It Reach… &Here"));
        to->setObjectName(u"reachHere"_s);
        connect(to, &QAction::triggered, this, [this, id] {
            m_reach->setDestination(id);
            showReachTool();
            m_reach->sourceBox()->setFocus();
        });
    }
    return menu;
}

void EditingSession::selectRestored(const QStringList &ids)
{
    // What an undo or redo brings back is what the user looks at next (a deletion undone, a
    // rename undone): select it, the outermost of it.
    const Document *doc = m_window->session()->document();
    if (!doc)
        return;
    const QSet<QString> set(ids.cbegin(), ids.cend());
    QStringList outermost;
    for (const QString &id : ids)
        if (const Resource *r = doc->find(id); r && !set.contains(r->parent))
            outermost.append(id);
    select(outermost);
}

void EditingSession::selectionChanged()
{
    const QStringList ids = selectedIds();
    m_inspector->setSelection(ids);
    m_reach->setCanvasSelection(ids.size() == 1 ? ids.first() : QString());
    m_pasteCount = 0;
    updateActions();
}

void EditingSession::setLocked(bool locked)
{
    m_locked = locked;
    m_palette->setEnabled(!locked);
    m_inspector->setEnabled(!locked);
    updateActions();
}

void EditingSession::updateActions()
{
    const bool open = editor() != nullptr;
    const bool editable = open && !m_locked;
    const int selected = int(selectedIds().size());
    action(Action::Copy)->setEnabled(open && selected > 0);
    for (Action a : {Action::Cut, Action::Duplicate, Action::Delete})
        action(a)->setEnabled(editable && selected > 0);
    for (Action a : {Action::AlignLeft, Action::AlignTop, Action::AlignCenter, Action::AlignMiddle, Action::AlignRight,
                     Action::AlignBottom})
        action(a)->setEnabled(editable && selected > 1);
    for (Action a : {Action::DistributeHorizontally, Action::DistributeVertically})
        action(a)->setEnabled(editable && selected > 2);
    // Paste: only with resources to paste (copied here, or by another SkyDraft window).
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    const bool clipboardHasResources = mime && mime->hasFormat(QString::fromLatin1(ResourceClipboard::mimeType));
    action(Action::Paste)->setEnabled(editable && (clipboardHasResources || !m_clipboard.isEmpty()));
    action(Action::SelectAll)->setEnabled(open);
    action(Action::ConnectMode)->setEnabled(editable);
}

void EditingSession::tell(const QString &text)
{
    m_lastMessage = text;
    m_window->showStatus(text, Workbench::readingTimeMs(text));
}

void EditingSession::refuse(const QString &reason, const QPointF &scenePos)
{
    tell(reason);
    // Stays until read: a hint cleared by the next mouse move must not wipe it.
    m_refusalShown.start();
    m_refusalMs = Workbench::readingTimeMs(reason);
    CanvasView *view = canvas();
    const QPoint at = view->viewport()->mapToGlobal(view->mapFromScene(scenePos));
    QToolTip::showText(at, reason, view->viewport());
    // A short red flash where it was refused.
    auto *flash = new QGraphicsRectItem(QRectF(scenePos - QPointF(30, 30), QSizeF(60, 60)));
    flash->setPen(QPen(QColor(0xD1, 0x32, 0x12), 3, Qt::DashLine));
    flash->setBrush(QColor(0xD1, 0x32, 0x12, 40));
    flash->setZValue(3000);
    QGraphicsScene *scene = m_window->scene();
    scene->addItem(flash);
    QTimer::singleShot(900, scene, [scene, flash] {
        if (scene->items().contains(flash))
            delete flash;
    });
}

QStringList EditingSession::selectedIds() const
{
    QStringList ids;
    const Document *doc = m_window->session()->document();
    for (QGraphicsItem *g : m_window->scene()->selectedItems())
        if (g->type() == ResourceItem::Type)
            ids.append(static_cast<ResourceItem *>(g)->id());
    if (doc)
        std::sort(ids.begin(), ids.end(), [doc](const QString &a, const QString &b) { return doc->indexOf(a) < doc->indexOf(b); });
    return ids;
}

QStringList EditingSession::topMostSelected() const
{
    // A selected container takes its selected children with it: act on the container only.
    const QStringList ids = selectedIds();
    const Document *doc = m_window->session()->document();
    QStringList out;
    for (const QString &id : ids) {
        bool inside = false;
        for (QString p = doc->find(id)->parent; !p.isEmpty() && !inside; p = doc->find(p) ? doc->find(p)->parent : QString())
            inside = ids.contains(p);
        if (!inside)
            out.append(id);
    }
    return out;
}

void EditingSession::select(const QStringList &ids)
{
    DiagramScene *scene = m_window->scene();
    const QSignalBlocker block(scene);
    scene->clearSelection();
    for (const QString &id : ids)
        if (ResourceItem *i = scene->item(id))
            i->setSelected(true);
    selectionChanged();
}

void EditingSession::reveal(const QString &id)
{
    ResourceItem *item = m_window->scene()->item(id);
    if (!item)
        return;
    select({id});
    canvas()->centerOn(item);
}

} // namespace skydraft
