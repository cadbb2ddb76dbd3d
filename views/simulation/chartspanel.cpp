#include "chartspanel.h"

#include "simulationsession.h"
#include "model/document.h"
#include "views/canvas/diagramscene.h"
#include "views/canvas/resourceitem.h"
#include "views/canvas/style.h"

#include <QChart>
#include <QChartView>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QSvgGenerator>
#include <QToolTip>
#include <QValueAxis>
#include <QHBoxLayout>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;
using skydraft::sim::SimKind;

namespace skydraft {

/// A chart view that draws the run's timeline events as vertical markers over the plot.
class MarkedChartView : public QChartView
{
public:
    explicit MarkedChartView(QChart *chart, QWidget *parent = nullptr) : QChartView(chart, parent)
    {
        setRenderHint(QPainter::Antialiasing);
        setMinimumSize(220, 170);
    }
    struct Marker {
        double t;
        QString label;
    };
    QList<Marker> markers;

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override
    {
        QChartView::drawForeground(painter, rect);
        const auto axes = chart()->axes(Qt::Horizontal);
        if (axes.isEmpty() || chart()->series().isEmpty())
            return;
        const QRectF plot = chart()->plotArea();
        const auto *x = static_cast<const QValueAxis *>(axes.first());
        painter->save();
        QFont font = painter->font();
        font.setPointSizeF(7);
        painter->setFont(font);
        qreal lastLabel = -1e9;
        for (const Marker &m : std::as_const(markers)) {
            if (m.t < x->min() || m.t > x->max())
                continue;
            const qreal px = plot.left() + (m.t - x->min()) / std::max(1e-9, x->max() - x->min()) * plot.width();
            painter->setPen(QPen(QColor(0x80, 0x80, 0x80, 160), 1, Qt::DashLine));
            painter->drawLine(QPointF(px, plot.top()), QPointF(px, plot.bottom()));
            if (px - lastLabel > 60) { // labels that would overlap are left to the tooltip list
                painter->setPen(QColor(0x40, 0x40, 0x40));
                painter->drawText(QRectF(px + 2, plot.top(), 120, 12), Qt::AlignLeft | Qt::AlignTop, m.label);
                lastLabel = px;
            }
        }
        painter->restore();
    }
};

ChartsPanel::ChartsPanel(SimulationSession *session, DiagramScene *scene, QWidget *parent)
    : QWidget(parent), m_session(session), m_scene(scene)
{
    setObjectName(u"simulationCharts"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_charts = new QHBoxLayout;
    layout->addLayout(m_charts, 1);
    connect(session, &SimulationSession::advanced, this, [this] { refresh(false); });
    connect(session, &SimulationSession::playingChanged, this, [this] { refresh(true); });
    connect(session, &SimulationSession::started, this, &ChartsPanel::rebuild);
    connect(scene, &QGraphicsScene::selectionChanged, this, [this] {
        QString id;
        const auto selected = m_scene->selectedItems();
        if (selected.size() == 1 && selected.first()->type() == ResourceItem::Type)
            id = static_cast<ResourceItem *>(selected.first())->id();
        setSubject(id);
    });
    m_sinceRefresh.start();
    rebuild();
}

void ChartsPanel::setSubject(const QString &id)
{
    if (id == m_subject && !m_views.isEmpty())
        return;
    m_subject = id;
    rebuild();
}

QList<ChartsPanel::Plot> ChartsPanel::plotsFor(const QString &id) const
{
    const sim::ResourceSnapshot *s = m_session && !id.isEmpty() ? m_session->state(id) : nullptr;
    if (!s) {
        return {
            {tr("Requests"), tr("requests/s"), {{{}, u"requests"_s, tr("requests/s")}, {{}, u"errors"_s, tr("errors/s")}}},
            {tr("Error rate"), tr("%"), {{{}, u"error_rate"_s, tr("error rate")}}},
            {tr("Latency"), tr("ms"), {{{}, u"latency_p50_ms"_s, tr("p50")}, {{}, u"latency_p99_ms"_s, tr("p99")}}},
        };
    }
    switch (s->kind) {
    case SimKind::AutoScalingGroup: {
        Plot cpu{tr("CPU"), tr("%"), {{id, u"cpu"_s, tr("average"), false}}};
        for (const sim::ResourceSnapshot *in : m_session->instancesOf(id))
            cpu.lines.append({in->id, u"cpu"_s, in->id, true});
        // Instances gone (terminated) still have their series: keep them on the chart.
        if (const sim::Simulation *simulation = m_session->simulation())
            for (const sim::Series &series : simulation->metrics().all())
                if (series.metric == u"cpu"_s && series.resource.startsWith(id + u'-')
                    && std::none_of(cpu.lines.begin(), cpu.lines.end(), [&](const Line &l) { return l.resource == series.resource; }))
                    cpu.lines.append({series.resource, u"cpu"_s, series.resource, true});
        return {cpu,
                {tr("Capacity"), tr("instances"),
                 {{id, u"in_service"_s, tr("in service")}, {id, u"desired"_s, tr("desired")}, {id, u"capacity"_s, tr("serving")}}},
                {tr("Requests"), tr("requests/s"), {{id, u"requests"_s, tr("requests/s")}}}};
    }
    case SimKind::LoadBalancer: {
        Plot healthy{tr("Healthy targets"), tr("targets"), {{id, u"healthy_targets"_s, tr("all zones")}}};
        for (const sim::NodeSnapshot &n : s->nodes)
            healthy.lines.append({id, u"healthy_targets@"_s + n.zone, n.zone});
        return {{tr("Requests"), tr("requests/s"), {{id, u"requests"_s, tr("requests/s")}, {id, u"errors"_s, tr("5xx/s")}}},
                healthy};
    }
    case SimKind::TargetGroup:
        return {{tr("Requests"), tr("requests/s"), {{id, u"requests"_s, tr("requests/s")}}},
                {tr("Healthy targets"), tr("targets"), {{id, u"healthy_targets"_s, tr("healthy")}}}};
    case SimKind::Database:
        return {{tr("Connections"), tr("connections"), {{id, u"connections"_s, tr("connections")}}},
                {tr("CPU"), tr("%"), {{id, u"cpu"_s, tr("CPU")}}},
                {tr("Replication and writes"), tr("s / writes/s"),
                 {{id, u"replica_lag"_s, tr("replica lag (s)")}, {id, u"write_errors"_s, tr("write errors/s")}}}};
    case SimKind::Cache:
        return {{tr("Hit ratio"), tr("%"), {{id, u"hit_ratio"_s, tr("hit ratio")}}},
                {tr("Operations"), tr("operations/s"), {{id, u"requests"_s, tr("operations/s")}}},
                {tr("CPU"), tr("%"), {{id, u"cpu"_s, tr("CPU")}}}};
    case SimKind::Instance:
        return {{tr("CPU"), tr("%"), {{id, u"cpu"_s, tr("CPU")}}},
                {tr("Requests"), tr("requests/s"), {{id, u"requests"_s, tr("requests/s")}}},
                {tr("Latency"), tr("ms"), {{id, u"latency_ms"_s, tr("latency")}}}};
    }
    return {};
}

QList<QChart *> ChartsPanel::charts() const
{
    QList<QChart *> out;
    for (MarkedChartView *v : m_views)
        out.append(v->chart());
    return out;
}

void ChartsPanel::rebuild()
{
    qDeleteAll(m_views);
    m_views.clear();
    m_plots = plotsFor(m_subject);
    // A resource the simulator has nothing on (a subnet, a route table): the whole design.
    const bool simulated = m_session && !m_subject.isEmpty() && m_session->state(m_subject);
    m_title->setText(simulated ? m_subject : tr("Whole design"));
    for (const Plot &plot : std::as_const(m_plots)) {
        auto *chart = new QChart;
        if (Style::dark())
            chart->setTheme(QChart::ChartThemeDark); // before the fonts and series below: a theme resets them
        chart->setTitle(plot.title);
        chart->legend()->setAlignment(Qt::AlignRight); // below, it leaves no room for the axes' labels
        chart->legend()->setVisible(plot.lines.size() > 1 && plot.lines.size() <= 4);
        chart->setMargins(QMargins(2, 2, 2, 2));
        auto *x = new QValueAxis;
        x->setTitleText(tr("time (s)"));
        x->setLabelFormat(u"%d"_s);
        auto *y = new QValueAxis;
        y->setTitleText(plot.unit);
        y->setLabelFormat(u"%g"_s);
        y->setTickCount(5);
        QFont small = x->labelsFont();
        small.setPointSizeF(7.5);
        x->setLabelsFont(small);
        y->setLabelsFont(small);
        x->setTitleFont(small);
        y->setTitleFont(small);
        chart->legend()->setFont(small);
        QFont title = chart->titleFont();
        title.setBold(true);
        chart->setTitleFont(title);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (const Line &line : plot.lines) {
            auto *series = new QLineSeries;
            series->setName(line.name);
            chart->addSeries(series); // the theme gives it its colour
            QPen pen = series->pen();
            pen.setWidthF(line.thin ? 1.0 : 2.0);
            series->setPen(pen);
            series->attachAxis(x);
            series->attachAxis(y);
            if (line.thin)
                series->setOpacity(0.5);
            connect(series, &QLineSeries::hovered, this, [series, unit = plot.unit](const QPointF &p, bool state) {
                if (state)
                    QToolTip::showText(QCursor::pos(), tr("%1 at %2 s: %3 %4").arg(series->name()).arg(p.x(), 0, 'f', 0).arg(p.y(), 0, 'g', 4).arg(unit));
            });
        }
        auto *view = new MarkedChartView(chart, this);
        m_charts->addWidget(view, 1);
        m_views.append(view);
    }
    refresh(true);
}

void ChartsPanel::refresh(bool force)
{
    const sim::Simulation *simulation = m_session ? m_session->simulation() : nullptr;
    if (!simulation)
        return;
    // While running, a few redraws a second are enough for the eye and keep frames cheap.
    if (!force && m_session->isPlaying() && m_sinceRefresh.elapsed() < 150)
        return;
    m_sinceRefresh.restart();
    // New instances join the CPU chart.
    if (!m_subject.isEmpty()) {
        const QList<Plot> now = plotsFor(m_subject);
        bool same = now.size() == m_plots.size();
        for (qsizetype i = 0; same && i < now.size(); ++i)
            same = now[i].lines.size() == m_plots[i].lines.size();
        if (!same) {
            m_plots = now;
            rebuild();
            return;
        }
    }
    const int t1 = int(simulation->now());
    const int t0 = m_session->isPlaying() ? std::max(0, t1 - window) : 0;
    QList<MarkedChartView::Marker> markers;
    for (const sim::TimelineEvent &e : simulation->timeline())
        if (e.t >= t0 && e.t <= t1 && e.event != u"instance-launched"_s)
            markers.append({e.t, e.event});
    const sim::MetricStore &metrics = simulation->metrics();
    for (qsizetype p = 0; p < m_plots.size() && p < m_views.size(); ++p) {
        QChart *chart = m_views[p]->chart();
        const auto series = chart->series();
        double top = 0;
        for (qsizetype l = 0; l < m_plots[p].lines.size() && l < series.size(); ++l) {
            const Line &line = m_plots[p].lines[l];
            const sim::Series *s = metrics.find(line.resource, line.metric);
            QList<QPointF> points;
            if (s) {
                const int from = std::max(t0, s->start);
                const int to = std::min(t1, s->start + int(s->values.size()));
                const int stride = std::max(1, (to - from) / 1200); // no more points than pixels
                points.reserve((to - from) / stride + 1);
                const double scale = line.metric == u"error_rate"_s || line.metric == u"hit_ratio"_s ? 100 : 1;
                for (int t = from; t < to; t += stride) {
                    const double v = s->at(t);
                    if (!std::isnan(v)) {
                        points.append(QPointF(t, v * scale));
                        top = std::max(top, v * scale);
                    }
                }
            }
            static_cast<QLineSeries *>(series[l])->replace(points);
        }
        const auto xs = chart->axes(Qt::Horizontal);
        const auto ys = chart->axes(Qt::Vertical);
        // Ticks on round numbers, three or four of them: the charts are small.
        auto nice = [](double span) {
            const double raw = std::max(1e-9, span / 3);
            const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
            for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
                if (m * magnitude >= raw)
                    return m * magnitude;
            return 10 * magnitude;
        };
        if (!xs.isEmpty()) {
            auto *x = static_cast<QValueAxis *>(xs.first());
            const double end = std::max(t0 + 10, t1);
            x->setRange(t0, end);
            x->setTickType(QValueAxis::TicksDynamic);
            x->setTickAnchor(0);
            x->setTickInterval(std::max(1.0, nice(end - t0)));
        }
        if (!ys.isEmpty()) {
            auto *y = static_cast<QValueAxis *>(ys.first());
            const bool percent = m_plots[p].unit == tr("%");
            const bool counts = m_plots[p].unit == tr("instances") || m_plots[p].unit == tr("targets");
            const double ceiling = percent ? std::max(10.0, std::min(100.0, std::ceil(top * 1.15 / 10) * 10))
                                 : counts  ? std::max(2.0, std::ceil(top * 1.15))
                                           : std::max(1.0, top * 1.15);
            y->setRange(0, ceiling);
            y->setTickType(QValueAxis::TicksDynamic);
            y->setTickAnchor(0);
            y->setTickInterval(counts ? std::max(1.0, std::ceil(ceiling / 4)) : nice(ceiling));
            y->setLabelFormat(counts ? u"%d"_s : u"%g"_s);
        }
        m_views[p]->markers = markers;
        m_views[p]->viewport()->update();
    }
}

bool ChartsPanel::exportImage(const QString &path, QString *error) const
{
    const QSize size(std::max(600, width()), std::max(400, height()));
    if (QFileInfo(path).suffix().compare(u"svg"_s, Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(), size));
        svg.setTitle(tr("SkyDraft simulation charts"));
        QPainter painter;
        if (!painter.begin(&svg)) {
            if (error)
                *error = tr("cannot write %1").arg(path);
            return false;
        }
        const_cast<ChartsPanel *>(this)->render(&painter);
        return true;
    }
    if (!const_cast<ChartsPanel *>(this)->grab().save(path)) {
        if (error)
            *error = tr("cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace skydraft
