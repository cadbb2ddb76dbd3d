// The drill report (HTML with inline SVG, or PDF through QTextDocument): see drillreport.h.

#include "drillreport.h"

#include "simulationsession.h"
#include "model/document.h"
#include "model/sim/simreport.h"
#include "model/sim/simulation.h"
#include "views/canvas/diagramexport.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace skydraft {

namespace {

/// Text as markup that shows it: & < > " escaped, and characters XML cannot carry (control
/// characters) replaced, so the report always parses.
QString esc(const QString &text)
{
    QString s = text.toHtmlEscaped();
    for (QChar &c : s)
        if (c.unicode() < 0x20 && c != u'\n' && c != u'\t' && c != u'\r')
            c = QChar(0xFFFD);
    return s;
}

/// Numbers as the report prints them: up to `decimals`, no trailing zeros, "n/a" for none.
QString num(double x, int decimals = 3)
{
    if (!std::isfinite(x))
        return DrillReport::tr("n/a");
    QString s = QString::number(x, 'f', decimals);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    return s == u"-0"_s ? u"0"_s : s;
}

/// Coordinates in the SVG: one decimal, always the same text for the same number.
QString co(double x) { return QString::number(x, 'f', 1); }

/// A round step near `raw` (1, 2, 2.5 or 5 times a power of ten).
double niceStep(double raw)
{
    if (!(raw > 0))
        return 1;
    const double p = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (raw <= m * p)
            return m * p;
    return 10 * p;
}

struct Line {
    QString resource;
    QString metric;
    QString name;
    double scale = 1; ///< 100 for a share shown in percent
};

struct Chart {
    QString title;
    QString unit;
    QList<Line> lines;
    bool percent = false; ///< the axis stops at 100
};

const char *const palette[] = {"#1f6fb4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd"};

constexpr double chartWidth = 660, chartHeight = 250;
constexpr double plotLeft = 58, plotRight = 16, plotTop = 44, plotBottom = 40;

/// One chart as SVG text: axes with ticks and units, one polyline per series (broken where
/// the series has no value), the timeline's events as dashed vertical markers (their full
/// text as a tooltip), a legend.
QString chartSvg(const Chart &chart, const sim::MetricStore &metrics, const std::vector<sim::TimelineEvent> &timeline,
                 double duration)
{
    const double w = chartWidth - plotLeft - plotRight, h = chartHeight - plotTop - plotBottom;
    const double x0 = plotLeft, y0 = plotTop + h; // the origin, bottom left
    const double span = std::max(1.0, duration);
    double top = 0;
    for (const Line &l : chart.lines)
        if (const sim::Series *s = metrics.find(l.resource, l.metric))
            for (float v : s->values)
                if (std::isfinite(v))
                    top = std::max(top, double(v) * l.scale);
    // An empty or all-zero chart gets an axis from 0 to 1.
    const double yStep = niceStep((top > 0 ? top * 1.1 : 1.0) / 4);
    double yMax = top > 0 ? yStep * std::ceil(top * 1.1 / yStep) : 4 * yStep;
    if (chart.percent && yMax > 100)
        yMax = 100;
    const auto px = [&](double t) { return x0 + t / span * w; };
    const auto py = [&](double v) { return y0 - std::clamp(v / yMax, 0.0, 1.0) * h; };

    QString s;
    s += u"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" "
         u"font-family=\"sans-serif\" font-size=\"11\">\n"_s.arg(co(chartWidth), co(chartHeight));
    s += u"<title>%1</title>\n"_s.arg(esc(chart.title));
    s += u"<rect x=\"0\" y=\"0\" width=\"%1\" height=\"%2\" fill=\"#ffffff\"/>\n"_s.arg(co(chartWidth), co(chartHeight));
    s += u"<text x=\"%1\" y=\"16\" font-size=\"13\" font-weight=\"bold\">%2</text>\n"_s.arg(co(x0), esc(chart.title));
    // Legend.
    double lx = x0;
    for (qsizetype i = 0; i < chart.lines.size(); ++i) {
        const char *colour = palette[i % std::size(palette)];
        s += u"<line x1=\"%1\" y1=\"29\" x2=\"%2\" y2=\"29\" stroke=\"%3\" stroke-width=\"2\"/>"_s.arg(co(lx), co(lx + 18),
                                                                                                      QString::fromLatin1(colour));
        s += u"<text x=\"%1\" y=\"33\">%2</text>\n"_s.arg(co(lx + 22), esc(chart.lines[i].name));
        lx += 22 + 7 * chart.lines[i].name.size() + 18;
    }
    // Grid and axes with ticks.
    for (double v = 0; v <= yMax + yStep * 1e-6; v += yStep) {
        const double y = py(v);
        s += u"<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#e4e4e4\"/>"_s.arg(co(x0), co(y), co(x0 + w));
        s += u"<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>\n"_s.arg(co(x0 - 5), co(y + 4), num(v, 6));
    }
    const double xStep = niceStep(span / 6);
    for (double t = 0; t <= span + 1e-6; t += xStep) {
        const double x = px(t);
        s += u"<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#555555\"/>"_s.arg(co(x), co(y0), co(y0 + 4));
        s += u"<text x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>\n"_s.arg(co(x), co(y0 + 16), num(t, 0));
    }
    s += u"<polyline points=\"%1,%2 %1,%3 %4,%3\" fill=\"none\" stroke=\"#555555\"/>\n"_s.arg(co(x0), co(plotTop), co(y0),
                                                                                              co(x0 + w));
    s += u"<text x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>\n"_s.arg(co(x0 + w / 2), co(chartHeight - 6),
                                                                            esc(DrillReport::tr("time (s)")));
    s += u"<text x=\"%1\" y=\"%2\" text-anchor=\"end\" fill=\"#555555\">%3</text>\n"_s.arg(co(x0 + w), co(plotTop - 4),
                                                                                         esc(chart.unit));
    // Markers: one per pixel column at most, labels where they do not overlap.
    double lastLine = -1e9, lastLabel = -1e9;
    for (const sim::TimelineEvent &e : timeline) {
        if (e.t < 0 || e.t > span)
            continue;
        const double x = px(e.t);
        const QString text = DrillReport::tr("%1 s: %2 %3").arg(num(e.t), e.event, e.component)
                           + (e.detail.isEmpty() ? QString() : u": "_s + e.detail);
        if (x - lastLine < 1)
            continue;
        lastLine = x;
        s += u"<line class=\"marker\" x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#888888\" stroke-dasharray=\"3,3\">"
             u"<title>%4</title></line>\n"_s.arg(co(x), co(plotTop), co(y0), esc(text));
        if (x - lastLabel > 80 && x < x0 + w - 90) { // a label past the right edge would be cut
            s += u"<text x=\"%1\" y=\"%2\" font-size=\"9\" fill=\"#444444\">%3</text>\n"_s.arg(co(x + 2), co(plotTop + 9),
                                                                                              esc(e.event));
            lastLabel = x;
        }
    }
    // Series: long runs are thinned to the lowest and highest value of each pixel column, so
    // spikes stay visible.
    const int columns = std::max(1, int(w));
    for (qsizetype i = 0; i < chart.lines.size(); ++i) {
        const Line &l = chart.lines[i];
        const sim::Series *series = metrics.find(l.resource, l.metric);
        if (!series)
            continue;
        const int n = int(series->values.size());
        const int per = std::max(1, int(std::ceil(double(n) / (2 * columns))));
        QStringList segments;
        QString points;
        const auto flush = [&] {
            if (!points.isEmpty())
                segments.append(points.trimmed());
            points.clear();
        };
        for (int b = 0; b < n; b += per) {
            int lo = -1, hi = -1;
            for (int k = b; k < std::min(n, b + per); ++k) {
                const float v = series->values[size_t(k)];
                if (!std::isfinite(v))
                    continue;
                if (lo < 0 || v < series->values[size_t(lo)])
                    lo = k;
                if (hi < 0 || v > series->values[size_t(hi)])
                    hi = k;
            }
            if (lo < 0) {
                flush();
                continue;
            }
            for (int k : {std::min(lo, hi), std::max(lo, hi)}) {
                points += co(px(series->start + k)) + u',' + co(py(series->values[size_t(k)] * l.scale)) + u' ';
                if (lo == hi)
                    break;
            }
        }
        flush();
        for (const QString &p : std::as_const(segments))
            s += u"<polyline class=\"series\" points=\"%1\" fill=\"none\" stroke=\"%2\" stroke-width=\"1.5\"/>\n"_s.arg(
                p, QString::fromLatin1(palette[i % std::size(palette)]));
    }
    s += u"</svg>\n"_s;
    return s;
}

QList<Chart> designCharts()
{
    return {
        {DrillReport::tr("Requests and errors"), DrillReport::tr("per second"),
         {{{}, u"requests"_s, DrillReport::tr("requests/s")}, {{}, u"errors"_s, DrillReport::tr("errors/s")}}},
        {DrillReport::tr("Error rate"), DrillReport::tr("%"), {{{}, u"error_rate"_s, DrillReport::tr("error rate"), 100}}, true},
        {DrillReport::tr("Latency"), DrillReport::tr("ms"),
         {{{}, u"latency_p50_ms"_s, DrillReport::tr("p50")}, {{}, u"latency_p99_ms"_s, DrillReport::tr("p99")}}},
    };
}

QList<Chart> groupCharts(const QString &id)
{
    return {
        {DrillReport::tr("%1: CPU").arg(id), DrillReport::tr("%"), {{id, u"cpu"_s, DrillReport::tr("average CPU")}}, true},
        {DrillReport::tr("%1: capacity").arg(id), DrillReport::tr("instances"),
         {{id, u"in_service"_s, DrillReport::tr("in service")}, {id, u"desired"_s, DrillReport::tr("desired")}}},
    };
}

/// The diagram exporter's SVG, made fit for inlining: from its <svg> element on.
QString inlineSvg(const QByteArray &svg)
{
    const qsizetype at = svg.indexOf("<svg");
    return at < 0 ? QString() : QString::fromUtf8(svg.mid(at)).trimmed() + u'\n';
}

const char *const style = R"(body { font-family: sans-serif; color: #222222; }
h1 { font-size: 22px; margin-bottom: 4px; }
h2 { font-size: 17px; margin-top: 28px; border-bottom: 1px solid #cccccc; }
h3 { font-size: 14px; }
table { border-collapse: collapse; margin: 8px 0; }
th, td { border: 1px solid #cccccc; padding: 3px 8px; text-align: left; vertical-align: top; }
td.number { text-align: right; }
.verdict-pass { color: #ffffff; background: #1d9e4b; font-weight: bold; padding: 2px 8px; }
.verdict-fail { color: #ffffff; background: #c62828; font-weight: bold; padding: 2px 8px; }
p.verdict { font-size: 18px; }
.note { color: #666666; }
svg.chart { display: block; margin: 8px 0; }
.design svg { width: 100%; height: auto; border: 1px solid #dddddd; }
)";

} // namespace

std::optional<DrillReport::Format> DrillReport::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"html"_s || suffix == u"htm"_s)
        return Format::Html;
    if (suffix == u"pdf"_s)
        return Format::Pdf;
    return std::nullopt;
}

DrillReport::DrillReport(const Document &design, const sim::Simulation &simulation, const QString &drillFile)
    : m_design(design), m_simulation(simulation), m_drillFile(drillFile)
{
}

QString DrillReport::markup(Flavour flavour, QList<std::pair<QString, QByteArray>> *pictures) const
{
    const sim::Summary summary = m_simulation.summary();
    const sim::Drill &drill = m_simulation.drill();
    const QString drillFileName = QFileInfo(m_drillFile).fileName();
    const QString drillName = !drill.name.isEmpty() ? drill.name
                            : !drillFileName.isEmpty() ? drillFileName
                                                       : tr("Simulation without a drill");
    const QString designTitle = m_design.title().isEmpty() ? tr("Untitled design") : m_design.title();
    const bool html = flavour == Flavour::Html;
    // Pictures: inline SVG in HTML; images (resources named here) in rich text.
    int pictureCount = 0;
    const auto picture = [&](const QString &svg, double width, double height, const QString &cssClass) -> QString {
        if (html)
            return svg;
        // The page is 170 mm wide between QTextDocument's margins: about 640 px.
        if (width > 620) {
            height *= 620 / width;
            width = 620;
        }
        const QString name = u"picture-%1.svg"_s.arg(++pictureCount);
        if (pictures)
            pictures->append({name, svg.toUtf8()});
        return u"<p class=\"%1\"><img src=\"%2\" width=\"%3\" height=\"%4\"/></p>\n"_s.arg(cssClass, name,
                                                                                         QString::number(qRound(width)),
                                                                                         QString::number(qRound(height)));
    };

    QString s;
    if (html) {
        s += u"<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"%1\">\n"_s.arg(
            esc(tr("en", "the report's language: a BCP 47 code")));
        s += u"<head>\n<meta charset=\"utf-8\"/>\n"_s;
        s += u"<meta name=\"generator\" content=\"SkyDraft\"/>\n"_s;
    } else {
        s += u"<html>\n<head>\n"_s;
    }
    s += u"<title>%1</title>\n"_s.arg(esc(tr("Drill report: %1 — %2").arg(drillName, designTitle)));
    // A page in a browser gets a margin and a readable width; the PDF has its page's margins.
    s += u"<style>\n"_s + QString::fromLatin1(style) + (html ? u"body { margin: 24px; max-width: 1000px; }\n"_s : QString())
       + u"</style>\n</head>\n<body>\n"_s;

    // Title and verdict.
    s += u"<h1>%1</h1>\n"_s.arg(esc(tr("Drill report: %1").arg(drillName)));
    s += u"<p class=\"design-title\">%1</p>\n"_s.arg(esc(tr("Design: %1").arg(designTitle)));
    if (!drill.description.isEmpty())
        s += u"<p class=\"description\">%1</p>\n"_s.arg(esc(drill.description));
    const int failedCount = int(std::count_if(summary.expectations.begin(), summary.expectations.end(),
                                              [](const sim::ExpectationResult &r) { return !r.passed; }));
    const QString verdictWord = summary.passed ? tr("PASS") : tr("FAIL");
    QString verdictText;
    if (summary.expectations.empty())
        verdictText = tr("The drill sets no expectations.");
    else if (summary.passed)
        verdictText = tr("Every expectation held (%n of %n).", nullptr, int(summary.expectations.size()));
    else
        verdictText = tr("%1 of %2 expectations failed.").arg(failedCount).arg(summary.expectations.size());
    s += u"<p class=\"verdict\" id=\"verdict\" data-verdict=\"%1\"><span class=\"%2\">%3</span> %4</p>\n"_s.arg(
        summary.passed ? u"PASS"_s : u"FAIL"_s, summary.passed ? u"verdict-pass"_s : u"verdict-fail"_s,
        esc(verdictWord), esc(verdictText));
    if (!m_simulation.finished())
        s += u"<p class=\"note\">%1</p>\n"_s.arg(
            esc(tr("The run was not finished: %1 s of %2 s simulated. The verdict and the figures cover the seconds "
                   "simulated so far.")
                    .arg(num(m_simulation.now()), num(m_simulation.duration()))));

    // The run and its totals.
    s += u"<h2>%1</h2>\n<table class=\"totals\">\n"_s.arg(esc(tr("Run")));
    const auto row = [&](const QString &key, const QString &label, const QString &value) {
        s += u"<tr data-key=\"%1\"><th>%2</th><td class=\"number\">%3</td></tr>\n"_s.arg(key, esc(label), esc(value));
    };
    s += u"<tr data-key=\"drill-file\"><th>%1</th><td>%2</td></tr>\n"_s.arg(
        esc(tr("Drill file")), esc(drillFileName.isEmpty() ? tr("none") : drillFileName));
    row(u"duration"_s, tr("Simulated"), tr("%1 s").arg(num(summary.duration)));
    row(u"seed"_s, tr("Seed"), QString::number(summary.seed));
    row(u"requests"_s, tr("Requests"), num(summary.requests, 0));
    row(u"errors"_s, tr("Errors"), num(summary.errors, 0));
    row(u"error-rate"_s, tr("Error rate"), tr("%1 %").arg(num(summary.errorRate * 100, 3)));
    row(u"p50"_s, tr("Latency p50"), tr("%1 ms").arg(num(summary.p50 * 1000, 1)));
    row(u"p95"_s, tr("Latency p95"), tr("%1 ms").arg(num(summary.p95 * 1000, 1)));
    row(u"p99"_s, tr("Latency p99"), tr("%1 ms").arg(num(summary.p99 * 1000, 1)));
    s += u"</table>\n"_s;

    // Expectations.
    s += u"<h2>%1</h2>\n"_s.arg(esc(tr("Expectations")));
    if (summary.expectations.empty()) {
        s += u"<p class=\"note\">%1</p>\n"_s.arg(esc(tr("The drill sets no expectations.")));
    } else {
        s += u"<table class=\"expectations\">\n<tr><th>%1</th><th>%2</th><th>%3</th></tr>\n"_s.arg(
            esc(tr("Verdict")), esc(tr("Expectation")), esc(tr("Actual")));
        for (const sim::ExpectationResult &r : summary.expectations) {
            const QString verdict = r.passed ? u"PASS"_s : u"FAIL"_s;
            s += u"<tr class=\"expectation\" data-verdict=\"%1\"><td class=\"verdict\"><span class=\"%2\">%3</span></td>"
                 u"<td class=\"what\">%4</td><td class=\"actual number\">%5</td></tr>\n"_s.arg(
                     verdict, r.passed ? u"verdict-pass"_s : u"verdict-fail"_s, esc(r.passed ? tr("PASS") : tr("FAIL")),
                     esc(sim::describe(r.expectation)), esc(num(r.actual, 6)));
        }
        s += u"</table>\n"_s;
    }

    // The drill's events (as played, with those injected by hand).
    s += u"<h2>%1</h2>\n"_s.arg(esc(tr("Drill events")));
    if (drill.events.empty()) {
        s += u"<p class=\"note\">%1</p>\n"_s.arg(esc(tr("None.")));
    } else {
        s += u"<table class=\"drill-events\">\n<tr><th>%1</th><th>%2</th></tr>\n"_s.arg(esc(tr("Time (s)")), esc(tr("Event")));
        for (const sim::DrillEvent &e : drill.events)
            s += u"<tr><td class=\"number\">%1</td><td>%2</td></tr>\n"_s.arg(esc(num(e.at)), esc(SimulationSession::describe(e)));
        s += u"</table>\n"_s;
    }

    // Charts.
    const std::vector<sim::TimelineEvent> &timeline = m_simulation.timeline();
    const double span = m_simulation.now();
    s += u"<h2>%1</h2>\n"_s.arg(esc(tr("Charts")));
    s += u"<p class=\"note\">%1</p>\n"_s.arg(esc(tr("Dashed vertical lines mark the events of the timeline.")));
    s += u"<h3>%1</h3>\n"_s.arg(esc(tr("Whole design")));
    for (const Chart &c : designCharts())
        s += picture(chartSvg(c, m_simulation.metrics(), timeline, span), chartWidth, chartHeight, u"chart"_s);
    for (const Resource *group : m_design.resourcesOfType(ResourceType::AutoScalingGroup)) {
        if (!m_simulation.metrics().find(group->id, u"cpu"_s))
            continue;
        s += u"<h3>%1</h3>\n"_s.arg(esc(tr("Auto Scaling group %1").arg(group->id)));
        for (const Chart &c : groupCharts(group->id))
            s += picture(chartSvg(c, m_simulation.metrics(), timeline, span), chartWidth, chartHeight, u"chart"_s);
    }

    // Timeline.
    s += u"<h2>%1</h2>\n"_s.arg(esc(tr("Timeline")));
    if (timeline.empty()) {
        s += u"<p class=\"note\">%1</p>\n"_s.arg(esc(tr("Nothing happened.")));
    } else {
        s += u"<table class=\"timeline\">\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n"_s.arg(
            esc(tr("Time (s)")), esc(tr("Event")), esc(tr("Component")), esc(tr("Detail")));
        for (const sim::TimelineEvent &e : timeline)
            s += u"<tr><td class=\"number\">%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n"_s.arg(
                esc(num(e.t)), esc(e.event), esc(e.component), esc(e.detail));
        s += u"</table>\n"_s;
    }

    // The design's picture.
    s += u"<h2>%1</h2>\n"_s.arg(esc(tr("Design")));
    QString error;
    if (const std::optional<QByteArray> svg = DiagramExport::render(m_design, DiagramExport::Format::Svg, tr("design"), &error)) {
        if (html) {
            s += u"<div class=\"design\">\n"_s + inlineSvg(*svg) + u"</div>\n"_s;
        } else {
            QSvgRenderer renderer(*svg);
            QSizeF size = renderer.viewBoxF().size();
            s += picture(QString::fromUtf8(*svg), size.width(), size.height(), u"design"_s);
        }
    } else {
        s += u"<p class=\"note\">%1</p>\n"_s.arg(esc(tr("The design cannot be drawn: %1").arg(error)));
    }
    s += u"<p class=\"note\">%1</p>\n"_s.arg(esc(tr("Written by SkyDraft.")));
    s += u"</body>\n</html>\n"_s;
    return s;
}

QByteArray DrillReport::html() const { return markup(Flavour::Html, nullptr).toUtf8(); }

std::optional<QByteArray> DrillReport::pdf(QString *error) const
{
    QList<std::pair<QString, QByteArray>> pictures;
    const QString text = markup(Flavour::RichText, &pictures);
    QTextDocument doc;
    for (const auto &[name, svg] : std::as_const(pictures)) {
        // Rendered at twice the size the page shows them, for print.
        QSvgRenderer renderer(svg);
        QSize size = (renderer.viewBoxF().size() * 2).toSize();
        if (size.width() > 2400)
            size = size.scaled(2400, 2400, Qt::KeepAspectRatio);
        QImage image(size.expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())));
        painter.end();
        doc.addResource(QTextDocument::ImageResource, QUrl(name), image);
    }
    doc.setHtml(text);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        // QTextDocument::print() keeps 2 cm margins of its own.
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setTitle(doc.metaInformation(QTextDocument::DocumentTitle));
        writer.setCreator(u"SkyDraft"_s);
        doc.print(&writer);
    }
    if (buffer.data().isEmpty()) {
        if (error)
            *error = tr("cannot lay out the PDF document");
        return std::nullopt;
    }
    return buffer.data();
}

bool DrillReport::write(const QString &path, QString *error) const
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const std::optional<Format> format = formatFor(path);
    if (!format)
        return fail(tr("%1: a report is .html, .htm or .pdf").arg(path));
    QByteArray bytes;
    if (*format == Format::Html) {
        bytes = html();
    } else {
        QString why;
        const std::optional<QByteArray> pdfBytes = pdf(&why);
        if (!pdfBytes)
            return fail(tr("%1: %2").arg(path, why));
        bytes = *pdfBytes;
    }
    // Written whole or not at all: an existing report stays as it was on failure.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("%1: cannot write: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(tr("%1: cannot write: %2").arg(path, file.errorString()));
    return true;
}

} // namespace skydraft
