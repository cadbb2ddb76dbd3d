#include "simulationroom.h"

#include "chartspanel.h"
#include "drillreport.h"
#include "simulationoverlay.h"
#include "simulationpanel.h"
#include "simulationsession.h"
#include "trafficlayer.h"
#include "model/document.h"
#include "model/sim/simreport.h"
#include "views/canvas/canvasview.h"
#include "views/canvas/diagramscene.h"
#include "views/canvas/style.h"
#include "views/workbench/lastfolder.h"
#include "views/workbench/documentsession.h"
#include "views/canvas/resourceitem.h"
#include "views/workbench/workbench.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QComboBox>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace skydraft {

SimulationRoom::SimulationRoom(Workbench *workbench, QObject *parent)
    : QObject(parent), m_workbench(workbench), m_session(new SimulationSession(this))
{
    setObjectName(u"simulationRoom"_s);
    m_overlay = new SimulationOverlay(m_session, workbench->scene(), this);

    m_panel = new SimulationPanel(m_session);
    m_panelDock = new QDockWidget(tr("Simulation"), workbench->window());
    m_panelDock->setObjectName(u"simulationDock"_s);
    m_panelDock->setWidget(m_panel);
    workbench->addPanel(m_panelDock, Qt::RightDockWidgetArea);
    m_panelDock->hide();

    m_charts = new ChartsPanel(m_session, workbench->scene());
    m_chartsDock = new QDockWidget(tr("Charts"), workbench->window());
    m_chartsDock->setObjectName(u"chartsDock"_s);
    m_chartsDock->setWidget(m_charts);
    workbench->addPanel(m_chartsDock, Qt::BottomDockWidgetArea);
    m_chartsDock->hide();

    m_banner = new QFrame(workbench->window());
    m_banner->setObjectName(u"simulationBanner"_s);
    m_banner->setStyleSheet(u"#simulationBanner { background: #1D9E4B; } #simulationBanner QLabel { color: white; font-weight: bold; }"_s);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 4, 10, 4);
    auto *bannerText = new QLabel(tr("Simulating — Stop (Esc) to edit"), m_banner);
    bannerText->setObjectName(u"bannerText"_s);
    bannerLayout->addWidget(bannerText, 1);
    auto *stopButton = new QPushButton(tr("Stop"), m_banner);
    bannerLayout->addWidget(stopButton);
    connect(stopButton, &QPushButton::clicked, this, &SimulationRoom::stop);
    m_banner->hide();

    createActions();
    connect(m_panel, &SimulationPanel::drillChosen, this, [this](const QString &path) {
        QString error;
        if (!start(path, &error))
            QMessageBox::warning(m_workbench->window(), tr("Drill"), error);
    });
    connect(m_panel, &SimulationPanel::openDrillRequested, this, [this] {
        const QString path = LastFolder::openFileName(m_workbench->window(), tr("Open Drill"),
                                                          tr("Drills (*.json);;All files (*)"));
        QString error;
        if (!path.isEmpty() && !start(path, &error))
            QMessageBox::warning(m_workbench->window(), tr("Open Drill"), error);
    });
    connect(m_panel, &SimulationPanel::saveDrillRequested, m_saveDrill, &QAction::trigger);
    connect(workbench->session(), &DocumentSession::documentReplaced, this, &SimulationRoom::stop);
    connect(m_session, &SimulationSession::playingChanged, this, &SimulationRoom::updateActions);
    workbench->canvas()->setContextMenuHandler([this](const QPointF &scenePos, const QPoint &globalPos) {
        if (!isRunning())
            return false;
        if (QMenu *menu = contextMenu(scenePos, m_workbench->canvas())) {
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(globalPos);
        }
        return true; // no editing menu while the design is frozen
    });
    updateActions();
}

SimulationRoom::~SimulationRoom()
{
    if (m_workbench->canvas())
        m_workbench->canvas()->setContextMenuHandler({});
}

void SimulationRoom::createActions()
{
    m_simulate = new QAction(Style::actionIcon(u"simulate"_s), tr("&Simulate"), this);
    m_simulate->setObjectName(u"simulate"_s);
    m_simulate->setShortcut(Qt::Key_F5);
    m_simulate->setToolTip(tr("Run traffic through the design and rehearse failures (F5)"));
    connect(m_simulate, &QAction::triggered, this, [this] {
        QString error;
        if (!isRunning() && !start(m_drillPath, &error))
            QMessageBox::warning(m_workbench->window(), tr("Simulate"), error);
    });
    m_stop = new QAction(Style::actionIcon(u"stop"_s), tr("S&top Simulation"), this);
    m_stop->setObjectName(u"stopSimulation"_s);
    m_stop->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence(Qt::SHIFT | Qt::Key_F5)});
    m_stop->setToolTip(tr("Stop the simulation and edit the design again (Esc)"));
    connect(m_stop, &QAction::triggered, this, &SimulationRoom::stop);
    m_playPause = new QAction(tr("&Play / Pause"), this);
    m_playPause->setObjectName(u"playPause"_s);
    m_playPause->setShortcut(Qt::Key_Space);
    connect(m_playPause, &QAction::triggered, this, [this] {
        if (m_session->isPlaying())
            m_session->pause();
        else
            m_session->play();
    });
    m_saveDrill = new QAction(tr("Save as &Drill…"), this);
    m_saveDrill->setObjectName(u"saveDrill"_s);
    connect(m_saveDrill, &QAction::triggered, this, [this] {
        const QString path = LastFolder::saveFileName(m_workbench->window(), tr("Save as Drill"), tr("drill.json"),
                                                          tr("Drills (*.json)"));
        QString error;
        if (!path.isEmpty() && !saveDrill(path, &error))
            QMessageBox::warning(m_workbench->window(), tr("Save as Drill"), error);
    });
    m_exportCharts = new QAction(tr("Export &Charts…"), this);
    connect(m_exportCharts, &QAction::triggered, this, [this] {
        const QString path = LastFolder::saveFileName(m_workbench->window(), tr("Export Charts"), tr("charts.png"),
                                                          tr("PNG image (*.png);;SVG drawing (*.svg)"));
        QString error;
        if (!path.isEmpty() && !m_charts->exportImage(path, &error))
            QMessageBox::warning(m_workbench->window(), tr("Export Charts"), error);
    });
    m_exportSeries = new QAction(tr("Export Simulated &Series (CSV)…"), this);
    connect(m_exportSeries, &QAction::triggered, this, [this] {
        const QString path = LastFolder::saveFileName(m_workbench->window(), tr("Export Series"), tr("series.csv"),
                                                          tr("CSV (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportSeries(path, &error))
            QMessageBox::warning(m_workbench->window(), tr("Export Series"), error);
    });
    m_exportReport = new QAction(tr("Export Drill &Report…"), this);
    m_exportReport->setObjectName(u"exportDrillReport"_s);
    connect(m_exportReport, &QAction::triggered, this, [this] {
        const QString path = LastFolder::saveFileName(m_workbench->window(), tr("Export Drill Report"), tr("drill-report.html"),
                                                          tr("HTML page (*.html *.htm);;PDF document (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !exportReport(path, &error))
            QMessageBox::warning(m_workbench->window(), tr("Export Drill Report"), error);
    });

    QMenu *tools = m_workbench->menu(Workbench::Menu::Tools);
    tools->addSeparator();
    tools->addAction(m_simulate);
    tools->addAction(m_stop);
    tools->addAction(m_playPause);
    QMenu *file = m_workbench->menu(Workbench::Menu::File);
    QAction *before = nullptr;
    for (QAction *a : file->actions())
        if (a->menuRole() == QAction::QuitRole || a->shortcut() == QKeySequence::Quit)
            before = a;
    auto *sim = new QMenu(tr("Si&mulation"), file);
    sim->addAction(m_saveDrill);
    sim->addAction(m_exportCharts);
    sim->addAction(m_exportSeries);
    sim->addAction(m_exportReport);
    file->insertMenu(before, sim);
    if (before)
        file->insertSeparator(before);
    // Before the space that pushes the find field to the toolbar's end, if there is one.
    QToolBar *bar = m_workbench->toolBar();
    QAction *end = nullptr;
    for (QAction *a : bar->actions())
        if (const QWidget *w = bar->widgetForAction(a); w && w->objectName() == u"toolBarEnd"_s)
            end = a;
    bar->insertSeparator(end);
    bar->insertActions(end, {m_simulate, m_stop});
}

void SimulationRoom::updateActions()
{
    const bool running = isRunning();
    m_simulate->setEnabled(!running);
    m_stop->setEnabled(running);
    m_playPause->setEnabled(running);
    m_saveDrill->setEnabled(running);
    m_exportCharts->setEnabled(running);
    m_exportSeries->setEnabled(running);
    m_exportReport->setEnabled(running);
}

bool SimulationRoom::isRunning() const { return m_session->isActive(); }

QList<std::pair<QString, QString>> SimulationRoom::drillsForDesign() const
{
    QList<std::pair<QString, QString>> out;
    const Document *doc = m_workbench->session()->document();
    if (!doc)
        return out;
    for (const QFileInfo &f : QDir(u":/drills"_s).entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile file(f.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const sim::DrillParse parsed = sim::parseDrill(file.readAll(), f.filePath());
        if (!parsed.drill || !sim::checkDrill(*parsed.drill, *doc).isEmpty())
            continue;
        // Events targeting zones: only drills whose targets this design has.
        out.append({parsed.drill->name.isEmpty() ? f.completeBaseName() : parsed.drill->name, f.filePath()});
    }
    return out;
}

bool SimulationRoom::start(const QString &drillPath, QString *error)
{
    const Document *doc = m_workbench->session()->document();
    if (!doc)
        return false;
    sim::Drill drill;
    drill.duration = 3600;
    drill.traffic.rps = 100;
    if (!drillPath.isEmpty()) {
        QFile file(drillPath);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("%1: cannot read: %2").arg(drillPath, file.errorString());
            return false;
        }
        const sim::DrillParse parsed = sim::parseDrill(file.readAll(), drillPath);
        QList<Diagnostic> errors = parsed.errors;
        if (parsed.drill)
            errors += sim::checkDrill(*parsed.drill, *doc);
        if (!errors.isEmpty()) {
            QStringList lines;
            for (const Diagnostic &d : std::as_const(errors).mid(0, 8))
                lines.append(d.format());
            if (error)
                *error = lines.join(u'\n');
            return false;
        }
        drill = *parsed.drill;
    }
    m_drillPath = drillPath;
    const bool wasRunning = isRunning();
    m_session->start(*doc, drill);
    if (!wasRunning) {
        m_workbench->setEditingLocked(tr("The design is read-only while it is simulated: Stop (Esc) to edit."));
        m_workbench->scene()->addOverlay(m_overlay);
        m_traffic = new TrafficLayer(m_session, m_workbench->scene());
        static_cast<QGraphicsScene *>(m_workbench->scene())->addItem(m_traffic);
        m_workbench->setCanvasBanner(m_banner);
        m_workbench->showPanelInFront(m_chartsDock);
        m_workbench->showPanelInFront(m_panelDock);
        // Room for the charts' axes; a third of a small screen at most.
        m_workbench->resizePanels({m_chartsDock}, {std::min(300, m_workbench->window()->height() / 3)}, Qt::Vertical);
    }
    m_panel->setDrills(drillsForDesign());
    // Show the drill being played in the box.
    if (!drillPath.isEmpty()) {
        bool listed = false;
        for (const auto &[name, path] : drillsForDesign())
            listed = listed || path == drillPath;
        if (!listed) {
            QList<std::pair<QString, QString>> drills = drillsForDesign();
            drills.append({QFileInfo(drillPath).fileName(), drillPath});
            m_panel->setDrills(drills);
        }
    }
    if (auto *box = m_panel->findChild<QComboBox *>(u"drill"_s))
        box->setCurrentIndex(std::max(0, box->findData(drillPath)));
    m_charts->setSubject({});
    updateActions();
    m_workbench->showStatus(tr("Simulating: Space plays and pauses, right-click a resource to break it"), 8000);
    return true;
}

void SimulationRoom::stop()
{
    if (!isRunning())
        return;
    m_session->stop();
    m_workbench->scene()->removeOverlay(m_overlay);
    delete m_traffic;
    m_traffic = nullptr;
    m_workbench->setCanvasBanner(nullptr);
    m_workbench->setEditingLocked(QString());
    m_panelDock->hide();
    m_chartsDock->hide();
    updateActions();
    m_workbench->showStatus(tr("Simulation stopped: the design is editable again"), 8000);
}

bool SimulationRoom::saveDrill(const QString &path, QString *error) const
{
    const sim::Simulation *s = m_session->simulation();
    if (!s)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(sim::writeDrill(s->drill())) < 0 || !file.commit()) {
        if (error)
            *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool SimulationRoom::exportSeries(const QString &path, QString *error) const
{
    const sim::Simulation *s = m_session->simulation();
    if (!s)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(sim::seriesCsv(s->metrics())) < 0 || !file.commit()) {
        if (error)
            *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool SimulationRoom::exportReport(const QString &path, QString *error) const
{
    const sim::Simulation *s = m_session->simulation();
    if (!s || !m_session->design()) {
        if (error)
            *error = tr("No simulation is running.");
        return false;
    }
    return DrillReport(*m_session->design(), *s, m_drillPath).write(path, error);
}

void SimulationRoom::inject(const QString &action, const QString &target, const std::function<void(sim::DrillEvent &)> &more)
{
    sim::DrillEvent e;
    e.action = action;
    e.target = target;
    if (more)
        more(e);
    m_session->inject(e);
    m_workbench->showStatus(tr("At %1 s: %2").arg(m_session->now()).arg(SimulationSession::describe(e)), 8000);
    // A step by hand shows the consequence at once when paused.
    if (!m_session->isPlaying())
        m_session->stepOnce();
}

QMenu *SimulationRoom::contextMenu(const QPointF &scenePos, QWidget *parent)
{
    const Document *doc = m_session->design();
    if (!doc)
        return nullptr;
    // What is under the point: the innermost node, else the innermost container; and the zone.
    QString node, container, zone;
    // By their boxes: a container takes the mouse on its header and border only.
    for (QGraphicsItem *g : m_workbench->scene()->items(scenePos, Qt::IntersectsItemBoundingRect)) {
        if (g->type() != ResourceItem::Type)
            continue;
        auto *item = static_cast<ResourceItem *>(g);
        if (!item->sceneBox().contains(scenePos))
            continue;
        const Resource *r = doc->find(item->id());
        if (!r)
            continue;
        if (r->type == ResourceType::AvailabilityZone && zone.isEmpty())
            zone = r->string(u"zone"_s);
        if (item->isContainer()) {
            if (container.isEmpty() && r->type == ResourceType::AutoScalingGroup)
                container = r->id;
        } else if (node.isEmpty()) {
            node = r->id;
        }
    }
    if (zone.isEmpty() && !node.isEmpty())
        zone = doc->zoneOf(node);
    auto *menu = new QMenu(parent);
    // An instance of a group, under the point.
    QString instance;
    if (!container.isEmpty())
        if (ResourceItem *item = m_workbench->scene()->item(container))
            instance = m_overlay->instanceAt(container, item->mapFromScene(scenePos));
    auto add = [&](const QString &text, const QString &action, const QString &target,
                   const std::function<void(sim::DrillEvent &)> &more = {}) {
        QAction *a = menu->addAction(text);
        connect(a, &QAction::triggered, this, [this, action, target, more] { inject(action, target, more); });
        return a;
    };
    const Resource *r = node.isEmpty() ? nullptr : doc->find(node);
    if (!instance.isEmpty()) {
        add(tr("Fail Instance %1").arg(instance), u"fail"_s, instance);
        add(tr("Hang the Application on %1").arg(instance), u"fail"_s, instance, [](sim::DrillEvent &e) { e.mode = u"hang"_s; });
        add(tr("Recover %1").arg(instance), u"recover"_s, instance);
        add(tr("Reboot %1").arg(instance), u"reboot"_s, instance);
        menu->addSeparator();
    }
    if (r && r->type == ResourceType::Ec2Instance) {
        add(tr("Fail Instance %1").arg(node), u"fail"_s, node);
        add(tr("Hang the Application on %1").arg(node), u"fail"_s, node, [](sim::DrillEvent &e) { e.mode = u"hang"_s; });
        add(tr("Recover %1").arg(node), u"recover"_s, node);
        add(tr("Reboot %1").arg(node), u"reboot"_s, node);
        menu->addSeparator();
    }
    if (r && (r->type == ResourceType::RdsInstance || r->type == ResourceType::AuroraCluster)) {
        add(tr("Fail Database %1").arg(node), u"fail"_s, node);
        add(tr("Reboot %1 with Failover").arg(node), u"reboot"_s, node);
        add(tr("Recover %1").arg(node), u"recover"_s, node);
        if (!r->string(u"sourceDb"_s).isEmpty()) {
            add(tr("Promote Read Replica %1").arg(node), u"promote"_s, node);
            add(tr("Point the Application at %1").arg(node), u"repoint"_s, node);
        }
        menu->addSeparator();
    }
    if (r && r->type == ResourceType::NatGateway) {
        add(tr("Fail NAT Gateway %1").arg(node), u"fail"_s, node);
        add(tr("Recover %1").arg(node), u"recover"_s, node);
        menu->addSeparator();
    }
    if (r && r->type == ResourceType::ElastiCache) {
        add(tr("Fail Cache %1").arg(node), u"fail"_s, node);
        add(tr("Recover %1").arg(node), u"recover"_s, node);
        menu->addSeparator();
    }
    if (!container.isEmpty()) {
        add(tr("Fail an Instance of %1").arg(container), u"fail"_s, container);
        QAction *desired = menu->addAction(tr("Set Desired Capacity of %1…").arg(container));
        connect(desired, &QAction::triggered, this, [this, container] {
            const sim::ResourceSnapshot *s = m_session->state(container);
            bool ok = false;
            const int value = QInputDialog::getInt(m_workbench->window(), tr("Desired Capacity"),
                                                   tr("Instances %1 should run:").arg(container), s ? s->desired : 1, 0, 10000, 1, &ok);
            if (ok)
                inject(u"set-desired"_s, container, [value](sim::DrillEvent &e) { e.value = value; });
        });
        QMenu *deploy = menu->addMenu(tr("Deploy to %1").arg(container));
        for (bool healthy : {true, false}) {
            if (!healthy)
                deploy->addSeparator();
            const std::pair<QString, QString> strategies[] = {
                {u"rolling"_s, healthy ? tr("Rolling") : tr("Rolling, Bad Version")},
                {u"blue-green"_s, healthy ? tr("Blue/Green") : tr("Blue/Green, Bad Version")},
                {u"canary"_s, healthy ? tr("Canary (10 %)") : tr("Canary (10 %), Bad Version")}};
            for (const auto &entry : strategies) {
                const QString strategy = entry.first; // clang 14 cannot capture a structured binding
                QAction *a = deploy->addAction(entry.second);
                connect(a, &QAction::triggered, this, [this, container, strategy, healthy] {
                    inject(u"deploy"_s, container, [strategy, healthy](sim::DrillEvent &e) {
                        e.strategy = strategy;
                        e.healthy = healthy;
                    });
                });
            }
        }
        add(tr("Roll Back %1").arg(container), u"rollback"_s, container);
        menu->addSeparator();
    }
    if (!zone.isEmpty()) {
        if (m_session->failedZones().contains(zone))
            add(tr("Recover This Availability Zone (%1)").arg(zone), u"recover-az"_s, zone);
        else
            add(tr("Fail This Availability Zone (%1)").arg(zone), u"fail-az"_s, zone);
    }
    menu->addSeparator();
    menu->addAction(m_stop);
    return menu;
}

} // namespace skydraft
