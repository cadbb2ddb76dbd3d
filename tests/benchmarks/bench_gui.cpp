// Canvas benchmarks on a generated design, offscreen (issue targets, 2-core reference machine):
// open and first paint of 2,000 resources <= 1 s; a full repaint at 2,000 items <= 16 ms.

#include "designgenerator.h"
#include "model/commands/editor.h"
#include "model/document.h"
#include "model/nativefile.h"
#include "views/canvas/diagramscene.h"
#include "views/shell/mainwindow.h"
#include "views/canvas/resourceitem.h"
#include "views/simulation/chartspanel.h"
#include "views/simulation/simulationroom.h"
#include "views/simulation/simulationsession.h"

#include <QApplication>
#include <QGraphicsView>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;
using namespace skydraft;

namespace {

/// A generated design with its layout, written once as a .skydraft file.
QString designFile(int resources)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(u"design%1.skydraft"_s.arg(resources));
    if (!QFile::exists(path)) {
        bench::GeneratorOptions options;
        options.targetResources = resources;
        const auto doc = bench::generateDesign(options);
        NativeFile::save(*doc, path);
    }
    return path;
}

/// A shown window the size of a laptop screen.
std::unique_ptr<MainWindow> window()
{
    auto w = std::make_unique<MainWindow>();
    w->resize(1400, 900);
    w->show();
    QCoreApplication::processEvents();
    return w;
}

/// Read the file, lay it out, build the items and the problems list, and paint the canvas.
void BM_OpenAndFirstPaint(benchmark::State &state)
{
    const QString path = designFile(int(state.range(0)));
    int items = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto w = window();
        state.ResumeTiming();
        w->openFile(path);
        w->view()->viewport()->repaint();
        state.PauseTiming();
        items = int(w->scene()->items().size());
        w.reset();
        state.ResumeTiming();
    }
    state.counters["items"] = items;
}

/// Repaint the whole canvas with the design fitted in it (every item visible), or at 100 %.
void BM_FullRepaint(benchmark::State &state)
{
    auto w = window();
    w->openFile(designFile(int(state.range(0))));
    QCoreApplication::processEvents(); // the relations, built after the burst of changes
    if (state.range(1))
        w->zoomActualSize();
    else
        w->zoomToFit();
    w->view()->viewport()->repaint(); // the first paint fills the caches
    for (auto _ : state)
        w->view()->viewport()->repaint();
    state.counters["items"] = double(w->scene()->items().size());
    state.counters["zoom"] = w->view()->transform().m11();
}

/// One frame of dragging a whole VPC (hundreds of resources and their arrows) with the design
/// fitted: the move, the arrows that follow it, and the repaint.
void BM_DragFrame(benchmark::State &state)
{
    auto w = window();
    w->openFile(designFile(int(state.range(0))));
    QCoreApplication::processEvents();
    w->zoomToFit();
    w->view()->viewport()->repaint();
    ResourceItem *vpc = nullptr;
    int held = 0;
    for (QGraphicsItem *i : w->scene()->items()) {
        if (i->type() != ResourceItem::Type || i->parentItem())
            continue;
        auto *r = static_cast<ResourceItem *>(i);
        const int n = int(r->childItems().size());
        if (r->isContainer() && (!vpc || n > held)) {
            vpc = r;
            held = n;
        }
    }
    if (!vpc) {
        state.SkipWithError("no VPC");
        return;
    }
    qreal step = 8;
    for (auto _ : state) {
        vpc->moveBy(step, 0);
        step = -step;
        w->view()->viewport()->repaint();
    }
    state.counters["relations"] = double(w->scene()->relations().size());
}

/// One edit in the inspector's way (an instance's type) and everything that follows it before
/// the next frame: the checker's incremental update, the findings, the arrows, the repaint.
void BM_EditToFrame(benchmark::State &state)
{
    auto w = window();
    w->openFile(designFile(int(state.range(0))));
    QCoreApplication::processEvents();
    w->zoomActualSize();
    w->view()->viewport()->repaint();
    const QList<const Resource *> instances = w->document()->resourcesOfType(ResourceType::Ec2Instance);
    if (instances.isEmpty()) {
        state.SkipWithError("no instance");
        return;
    }
    const QString id = instances.first()->id;
    w->view()->centerOn(w->scene()->item(id));
    bool large = false;
    for (auto _ : state) {
        large = !large;
        w->editor()->setProperty(id, u"instanceType"_s, large ? u"t3.large"_s : u"t3.micro"_s);
        QCoreApplication::processEvents();
        w->view()->viewport()->repaint();
    }
}

/// A window on the three-tier sample (0) or a generated design of `resources`, fitted, with a
/// live simulation started (no drill: constant traffic for an hour).
struct SimulatedWindow {
    std::unique_ptr<MainWindow> w;
    std::unique_ptr<SimulationRoom> room;
    explicit SimulatedWindow(int resources)
    {
        w = window();
        w->openFile(resources == 0 ? MainWindow::defaultSamplePath() : designFile(resources));
        QCoreApplication::processEvents();
        w->zoomToFit();
        room = std::make_unique<SimulationRoom>(w.get());
        room->start();
        QCoreApplication::processEvents();
        w->view()->viewport()->repaint();
    }
    ~SimulatedWindow() { room.reset(); }
};

/// One animation frame of the live simulation at 60x (a simulated second per frame): the step,
/// the snapshot, the canvas's states, the traffic dots, the charts, and the repaint of the
/// canvas and the charts. Targets: three-tier <= 4 ms, 1,000 resources <= 16 ms.
void BM_SimFrame(benchmark::State &state)
{
    SimulatedWindow sw(int(state.range(0)));
    SimulationSession *s = sw.room->session();
    s->setSpeed(60);
    for (auto _ : state) {
        if (s->now() >= s->duration())
            s->seek(0);
        s->stepOnce();
        sw.room->charts()->refresh(true);
        sw.w->view()->viewport()->repaint();
        sw.room->charts()->repaint();
    }
    state.counters["resources"] = double(sw.w->document()->count());
    state.counters["snapshots"] = double(s->snapshot().size());
    state.counters["flows"] = double(s->flows().size());
}

/// One frame at "as fast as possible" on 1,000 resources: what keeps the window from
/// answering input (target: under 50 ms), repaint included.
void BM_SimFastFrame(benchmark::State &state)
{
    SimulatedWindow sw(int(state.range(0)));
    SimulationSession *s = sw.room->session();
    s->setSpeed(0);
    double steps = 0;
    for (auto _ : state) {
        if (s->now() >= s->duration())
            s->seek(0);
        const double before = s->now();
        s->frame();
        sw.w->view()->viewport()->repaint();
        steps += s->now() - before;
    }
    state.counters["seconds_per_frame"] = benchmark::Counter(steps, benchmark::Counter::kAvgIterations);
}

/// The slider: seeking to seconds spread over a one-hour run of the three-tier sample, with the
/// canvas, panels and charts following (target <= 200 ms).
void BM_SimSeek(benchmark::State &state)
{
    SimulatedWindow sw(0);
    SimulationSession *s = sw.room->session();
    s->seek(3600);
    quint64 x = 7;
    for (auto _ : state) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        s->seek(double((x >> 33) % 3600));
        sw.w->view()->viewport()->repaint();
    }
}

} // namespace

BENCHMARK(BM_SimFrame)->Arg(0)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SimFastFrame)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SimSeek)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OpenAndFirstPaint)->Arg(100)->Arg(400)->Arg(2000)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_FullRepaint)->Args({2000, 0})->Args({2000, 1})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DragFrame)->Arg(2000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EditToFrame)->Arg(2000)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Keep the user's settings (window state, recent files) out of it.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SkyDraftBench"_s);
    QCoreApplication::setApplicationName(u"bench_gui"_s);
    QSettings().clear();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
