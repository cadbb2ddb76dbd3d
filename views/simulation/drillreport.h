#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace skydraft {

class Document;

namespace sim {
class Simulation;
}

/// The drill report: one self-contained file that says how a drill went. Its title (the
/// drill's name and the design's title), the verdict, the totals (requests, errors, error
/// rate, p50 / p95 / p99), every expectation with its verdict and actual value, the drill's
/// events, charts (whole design: requests and errors per second, error rate, p50 / p99
/// latency; per Auto Scaling group: CPU, in service vs desired) with the timeline's events as
/// vertical markers, the timeline as a table, and the design's picture.
///
/// HTML: XHTML-compatible markup (parses as XML), charts drawn here as inline SVG text, the
/// design as inline SVG from the diagram exporter. PDF: the same content laid out by
/// QTextDocument, the pictures rendered to images. Needs a QGuiApplication (offscreen is
/// enough) for the design's picture and the PDF; no Qt Charts, no display.
///
/// Deterministic: the same design, run and drill file give the same HTML bytes (no dates).
/// Every name from the design or the drill is escaped: it is shown as text, never markup.
class DrillReport
{
    Q_DECLARE_TR_FUNCTIONS(skydraft::DrillReport)
public:
    enum class Format { Html, Pdf };

    /// By the file name's extension: .html / .htm -> Html, .pdf -> Pdf (any case).
    static std::optional<Format> formatFor(const QString &path);

    /// `design` is the design that was simulated; `simulation` a finished run, or one under
    /// way (the report then covers the seconds simulated so far and says so); `drillFile` the
    /// drill's file (only its file name is shown).
    DrillReport(const Document &design, const sim::Simulation &simulation, const QString &drillFile);

    /// The report as HTML.
    QByteArray html() const;
    /// The report as PDF (A4), or nothing with `error` set.
    std::optional<QByteArray> pdf(QString *error = nullptr) const;
    /// Writes the report to `path` in the format its extension names, atomically (an existing
    /// file is left as it was on failure). False with a one-line `error` when it cannot.
    bool write(const QString &path, QString *error = nullptr) const;

private:
    enum class Flavour { Html, RichText };
    QString markup(Flavour flavour, QList<std::pair<QString, QByteArray>> *pictures) const;

    const Document &m_design;
    const sim::Simulation &m_simulation;
    QString m_drillFile;
};

} // namespace skydraft
