#include "simulationpanel.h"

#include "simulationsession.h"
#include "model/sim/simreport.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace skydraft {

namespace {
QToolButton *toolButton(QWidget *parent, const QString &name, QStyle::StandardPixmap icon, const QString &tip)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(name);
    b->setIcon(parent->style()->standardIcon(icon));
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}
} // namespace

SimulationPanel::SimulationPanel(SimulationSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(u"simulationPanel"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    auto *split = new QSplitter(Qt::Vertical, this);
    outer->addWidget(split);

    // Above: controls, traffic, drill and expectations.
    auto *controls = new QWidget(split);
    auto *left = new QVBoxLayout(controls);
    left->setContentsMargins(0, 0, 0, 0);
    auto *transport = new QHBoxLayout;
    m_play = toolButton(controls, u"play"_s, QStyle::SP_MediaPlay, tr("Play / pause (Space)"));
    m_step = toolButton(controls, u"step"_s, QStyle::SP_MediaSeekForward, tr("Step one second"));
    m_next = toolButton(controls, u"nextEvent"_s, QStyle::SP_MediaSkipForward, tr("Run to the next event"));
    m_reset = toolButton(controls, u"reset"_s, QStyle::SP_MediaSkipBackward, tr("Back to the start"));
    m_speed = new QComboBox(controls);
    m_speed->setObjectName(u"speed"_s);
    m_speed->setToolTip(tr("Simulated seconds per second"));
    for (double s : SimulationSession::speeds())
        m_speed->addItem(s > 0 ? tr("%1×").arg(s) : tr("as fast as possible"), s);
    m_speed->setCurrentIndex(1);
    m_clock = new QLabel(controls);
    m_clock->setObjectName(u"clock"_s);
    QFont mono = m_clock->font();
    mono.setFamily(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_clock->setFont(mono);
    for (QWidget *w : {static_cast<QWidget *>(m_reset), static_cast<QWidget *>(m_play), static_cast<QWidget *>(m_step),
                       static_cast<QWidget *>(m_next), static_cast<QWidget *>(m_speed)})
        transport->addWidget(w);
    transport->addStretch(1);
    left->addLayout(transport);
    left->addWidget(m_clock);
    m_slider = new QSlider(Qt::Horizontal, controls);
    m_slider->setObjectName(u"timeSlider"_s);
    m_slider->setToolTip(tr("Drag to go to any second of the run"));
    left->addWidget(m_slider);

    auto *traffic = new QGridLayout;
    traffic->addWidget(new QLabel(tr("Traffic:"), controls), 0, 0);
    m_rps = new QDoubleSpinBox(controls);
    m_rps->setObjectName(u"rps"_s);
    m_rps->setRange(0, 1e6);
    m_rps->setDecimals(0);
    m_rps->setSuffix(tr(" req/s"));
    m_shape = new QComboBox(controls);
    m_shape->setObjectName(u"shape"_s);
    m_shape->addItem(tr("constant"), u"constant"_s);
    m_shape->addItem(tr("ramp"), u"ramp"_s);
    m_shape->addItem(tr("spike"), u"spike"_s);
    m_shape->addItem(tr("diurnal"), u"diurnal"_s);
    m_peak = new QDoubleSpinBox(controls);
    m_peak->setObjectName(u"peak"_s);
    m_peak->setRange(0, 1e6);
    m_peak->setDecimals(0);
    m_peak->setPrefix(tr("peak "));
    m_applyTraffic = new QPushButton(tr("Apply"), controls);
    m_applyTraffic->setObjectName(u"applyTraffic"_s);
    m_applyTraffic->setToolTip(tr("Change the traffic now (recorded as a set-rps event)"));
    traffic->addWidget(m_rps, 0, 1);
    traffic->addWidget(m_shape, 0, 2);
    traffic->addWidget(m_peak, 1, 1);
    traffic->addWidget(m_applyTraffic, 1, 2);
    left->addLayout(traffic);

    auto *drillRow = new QHBoxLayout;
    drillRow->addWidget(new QLabel(tr("Drill:"), controls));
    m_drill = new QComboBox(controls);
    m_drill->setObjectName(u"drill"_s);
    m_drill->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_drill->setMinimumContentsLength(14);
    drillRow->addWidget(m_drill, 1);
    left->addLayout(drillRow);
    auto *drillButtons = new QHBoxLayout;
    auto *open = new QPushButton(tr("Open…"), controls);
    open->setToolTip(tr("Open a drill file"));
    auto *save = new QPushButton(tr("Save as Drill…"), controls);
    save->setToolTip(tr("Write what this run did as a drill file that replays it exactly"));
    drillButtons->addStretch(1);
    drillButtons->addWidget(open);
    drillButtons->addWidget(save);
    left->addLayout(drillButtons);
    m_expect = new QTreeWidget(controls);
    m_expect->setObjectName(u"expectations"_s);
    m_expect->setHeaderLabels({tr("Expectation"), tr("Status"), tr("Actual")});
    m_expect->setRootIsDecorated(false);
    m_expect->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_expect->header()->setStretchLastSection(false);
    left->addWidget(m_expect, 1);
    m_verdict = new QLabel(controls);
    m_verdict->setObjectName(u"verdict"_s);
    m_verdict->setTextFormat(Qt::PlainText);
    left->addWidget(m_verdict);

    // Below: the timeline.
    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_message = new QLabel(right);
    m_message->setObjectName(u"simulationMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    rightLayout->addWidget(m_message);
    m_timeline = new QTreeWidget(right);
    m_timeline->setObjectName(u"timeline"_s);
    m_timeline->setHeaderLabels({tr("Time"), tr("Event"), tr("Component"), tr("Detail")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->setToolTip(tr("Click an event to go to its second"));
    rightLayout->addWidget(m_timeline, 1);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({300, 300});
    m_timeline->setColumnWidth(0, 50);
    m_timeline->setColumnWidth(1, 150);
    m_timeline->setColumnWidth(2, 130);

    connect(m_play, &QToolButton::clicked, this, [this] {
        if (m_session->isPlaying())
            m_session->pause();
        else
            m_session->play();
    });
    connect(m_step, &QToolButton::clicked, this, [this] { m_session->stepOnce(); });
    connect(m_next, &QToolButton::clicked, this, [this] {
        const QString next = m_session->runToNextEvent();
        m_message->setText(next.isEmpty() ? tr("No event left in this run.") : tr("About to happen — %1").arg(next));
    });
    connect(m_reset, &QToolButton::clicked, this, [this] { m_session->reset(); });
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] { m_session->setSpeed(m_speed->currentData().toDouble()); });
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (m_seeking || !m_slider->isSliderDown())
            return;
        m_session->seek(value);
    });
    connect(m_slider, &QSlider::actionTriggered, this, [this] {
        // Page and arrow steps on the slider (clicks beside the handle, keys).
        if (!m_slider->isSliderDown())
            QMetaObject::invokeMethod(this, [this] { m_session->seek(m_slider->value()); }, Qt::QueuedConnection);
    });
    connect(m_applyTraffic, &QPushButton::clicked, this, &SimulationPanel::applyTraffic);
    connect(m_shape, &QComboBox::currentIndexChanged, this, [this] {
        m_peak->setEnabled(m_shape->currentData().toString() == u"ramp"_s || m_shape->currentData().toString() == u"spike"_s);
    });
    m_peak->setEnabled(false);
    connect(m_drill, &QComboBox::activated, this, [this] { Q_EMIT drillChosen(currentDrill()); });
    connect(open, &QPushButton::clicked, this, &SimulationPanel::openDrillRequested);
    connect(save, &QPushButton::clicked, this, &SimulationPanel::saveDrillRequested);
    connect(m_timeline, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        m_session->seek(item->data(0, Qt::UserRole).toDouble());
    });
    connect(session, &SimulationSession::advanced, this, [this] {
        updateTime();
        updateTimeline();
        updateExpectations();
    });
    connect(session, &SimulationSession::drillChanged, this, [this] {
        m_eventsShown = -1;
        updateTimeline();
    });
    connect(session, &SimulationSession::started, this, [this] {
        m_timelineShown = m_eventsShown = -1;
        m_message->clear();
        if (const sim::Simulation *s = m_session->simulation()) {
            m_rps->setValue(s->drill().traffic.rps);
            const sim::Traffic &t = s->drill().traffic;
            m_peak->setValue(t.peak > 0 ? t.peak : t.rps * 2);
            m_shape->setCurrentIndex(std::max(0, m_shape->findData(s->drill().traffic.shape)));
        }
    });
    connect(session, &SimulationSession::playingChanged, this, &SimulationPanel::updatePlaying);
    connect(session, &SimulationSession::finished, this, [this] { m_message->setText(tr("The run is over.")); });
    updatePlaying(false);
}

QString SimulationPanel::clockText(double seconds)
{
    const int s = int(seconds);
    return u"%1:%2:%3"_s.arg(s / 3600).arg(s / 60 % 60, 2, 10, QChar(u'0')).arg(s % 60, 2, 10, QChar(u'0'));
}

void SimulationPanel::setDrills(const QList<std::pair<QString, QString>> &drills)
{
    m_drill->clear();
    m_drill->addItem(tr("No drill (constant traffic, 1 hour)"), QString());
    for (const auto &[name, path] : drills)
        m_drill->addItem(name, path);
}

QString SimulationPanel::currentDrill() const { return m_drill->currentData().toString(); }

void SimulationPanel::applyTraffic()
{
    sim::DrillEvent e;
    e.action = u"set-rps"_s;
    e.value = m_rps->value();
    const QString shape = m_shape->currentData().toString();
    if (shape != u"constant"_s) {
        sim::Traffic t;
        t.rps = e.value;
        t.shape = shape;
        t.peak = m_peak->value();
        t.start = 0;
        t.length = 300;
        e.traffic = t;
    }
    m_session->inject(e);
    m_message->setText(tr("At %1 s: %2").arg(m_session->now()).arg(SimulationSession::describe(e)));
}

void SimulationPanel::updatePlaying(bool playing)
{
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(playing ? tr("Pause (Space)") : tr("Play (Space)"));
}

void SimulationPanel::updateTime()
{
    m_seeking = true;
    m_slider->setRange(0, int(m_session->duration()));
    if (!m_slider->isSliderDown())
        m_slider->setValue(int(m_session->now()));
    m_seeking = false;
    m_clock->setText(clockText(m_session->now()) + u" / "_s + clockText(m_session->duration()));
}

void SimulationPanel::updateTimeline()
{
    const sim::Simulation *s = m_session->simulation();
    if (!s)
        return;
    const auto &timeline = s->timeline();
    // Upcoming drill events: those not played yet.
    QList<const sim::DrillEvent *> upcoming;
    for (const sim::DrillEvent &e : s->drill().events)
        if (e.at >= s->now())
            upcoming.append(&e);
    if (int(timeline.size()) == m_timelineShown && int(upcoming.size()) == m_eventsShown)
        return;
    m_timelineShown = int(timeline.size());
    m_eventsShown = int(upcoming.size());
    m_timeline->setUpdatesEnabled(false);
    m_timeline->clear();
    QList<QTreeWidgetItem *> items;
    for (const sim::TimelineEvent &e : timeline) {
        auto *item = new QTreeWidgetItem({QString::number(e.t, 'f', e.t == std::floor(e.t) ? 0 : 1), e.event, e.component, e.detail});
        item->setData(0, Qt::UserRole, std::floor(e.t));
        item->setToolTip(3, e.detail);
        items.append(item);
    }
    for (const sim::DrillEvent *e : std::as_const(upcoming)) {
        auto *item = new QTreeWidgetItem({QString::number(e->at), tr("upcoming"), e->target, SimulationSession::describe(*e)});
        item->setData(0, Qt::UserRole, e->at);
        for (int c = 0; c < 4; ++c)
            item->setForeground(c, QColor(0x80, 0x80, 0x80));
        items.append(item);
    }
    m_timeline->addTopLevelItems(items);
    if (!timeline.empty())
        m_timeline->scrollToItem(items[qsizetype(timeline.size()) - 1]);
    m_timeline->setUpdatesEnabled(true);
}

void SimulationPanel::updateExpectations()
{
    const sim::Simulation *s = m_session->simulation();
    if (!s)
        return;
    const sim::Summary summary = s->summary();
    if (m_expect->topLevelItemCount() != qsizetype(summary.expectations.size())) {
        m_expect->clear();
        for (const sim::ExpectationResult &r : summary.expectations)
        {
            auto *item = new QTreeWidgetItem({sim::describe(r.expectation), QString(), QString()});
            item->setToolTip(0, sim::describe(r.expectation));
            m_expect->addTopLevelItem(item);
        }
    }
    const double now = s->now();
    int failed = 0, decided = 0;
    for (qsizetype i = 0; i < qsizetype(summary.expectations.size()); ++i) {
        const sim::ExpectationResult &r = summary.expectations[size_t(i)];
        const sim::Expectation &x = r.expectation;
        const double start = x.at ? *x.at : x.from.value_or(0);
        const double end = x.at ? *x.at + 1 : x.to ? *x.to + 1 : s->duration();
        QString status;
        QColor color(0x80, 0x80, 0x80);
        if (now <= start) {
            status = tr("pending");
        } else if (now < end) {
            status = r.passed ? tr("holding") : tr("failing");
            color = r.passed ? QColor(0x1D, 0x9E, 0x4B) : QColor(0xE0, 0x8A, 0x00);
        } else {
            status = r.passed ? tr("PASS") : tr("FAIL");
            color = r.passed ? QColor(0x1D, 0x9E, 0x4B) : QColor(0xD1, 0x32, 0x12);
            ++decided;
            failed += r.passed ? 0 : 1;
        }
        QTreeWidgetItem *item = m_expect->topLevelItem(int(i));
        item->setText(1, status);
        item->setForeground(1, color);
        item->setText(2, now > start ? QString::number(r.actual, 'g', 4) : QString());
    }
    if (summary.expectations.empty())
        m_verdict->setText(tr("Requests %1, errors %2 (%3 %)")
                               .arg(summary.requests, 0, 'f', 0)
                               .arg(summary.errors, 0, 'f', 0)
                               .arg(summary.errorRate * 100, 0, 'f', 2));
    else if (s->finished())
        m_verdict->setText(failed == 0 ? tr("Verdict: PASS — every expectation held")
                                       : tr("Verdict: FAIL — %n expectation(s) failed", nullptr, failed));
    else
        m_verdict->setText(tr("%1 of %2 expectations decided").arg(decided).arg(summary.expectations.size()));
}

} // namespace skydraft
