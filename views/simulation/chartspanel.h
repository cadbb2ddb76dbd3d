#pragma once

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QChart;
class QLabel;
class QHBoxLayout;

namespace skydraft {

class DiagramScene;
class MarkedChartView;
class SimulationSession;

/// Qt Charts of the live run, following the canvas selection: an Auto Scaling group's CPU
/// (average and one thin line per instance), in service vs desired and requests; a load
/// balancer's requests, errors and healthy targets; a database's connections, CPU, replica
/// lag and write errors; a cache's hit ratio and operations; nothing selected: the whole
/// design's requests, error rate and p50 / p99 latency. Timeline events are vertical markers.
/// A sliding window while running, the whole run when paused.
class ChartsPanel : public QWidget
{
    Q_OBJECT
public:
    ChartsPanel(SimulationSession *session, DiagramScene *scene, QWidget *parent = nullptr);

    /// The resource the charts follow (empty: the whole design).
    QString subject() const { return m_subject; }
    void setSubject(const QString &id);
    /// One chart per entry: its title and, per line, the (resource, metric) it draws.
    struct Line {
        QString resource;
        QString metric;
        QString name;
        bool thin = false;
    };
    struct Plot {
        QString title;
        QString unit;
        QList<Line> lines;
    };
    /// What the charts show for `id` (empty: the whole design) in the running simulation.
    QList<Plot> plotsFor(const QString &id) const;
    /// The charts shown now.
    QList<QChart *> charts() const;
    /// Seconds shown while running (the sliding window).
    static constexpr int window = 300;

    bool exportImage(const QString &path, QString *error = nullptr) const;

public Q_SLOTS:
    void refresh(bool force = false);

private:
    void rebuild();

    QPointer<SimulationSession> m_session;
    DiagramScene *m_scene;
    QString m_subject;
    QLabel *m_title;
    QHBoxLayout *m_charts;
    QList<MarkedChartView *> m_views;
    QList<Plot> m_plots;
    QElapsedTimer m_sinceRefresh;
};

} // namespace skydraft
