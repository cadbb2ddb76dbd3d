#pragma once

#include "model/diagnostic.h"
#include "model/sim/drill.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

namespace skydraft {
class Document;
}

namespace skydraft::learn {

/// A text in both languages SkyDraft speaks.
struct Text {
    QString en;
    QString ko;
    /// The text in `language` ("ko" or anything else for English).
    QString in(const QString &language) const { return language == u"ko" ? ko : en; }
    /// In the language of the current locale (QLocale()).
    QString text() const;
};

/// One property condition of a resource goal (README "Study mode"). `property` is a catalogue
/// key of the resource, or `zones` (how many Availability Zones it sits in or spans).
/// A list (a table, a list of references) compares its length against min/max; `has` asks for
/// a row whose cells equal the given ones.
struct Condition {
    QString property;
    std::optional<QVariant> equals;
    std::optional<double> min, max;
    QVariantMap has;
};

/// An answer of a question, with why it is right or wrong.
struct Option {
    Text text;
    Text why;
    bool correct = false;
};

struct Question {
    Text prompt;
    QList<Option> options;
    /// True when `chosen` (option indexes) is exactly the set of correct options.
    bool isCorrect(const QList<int> &chosen) const;
    int correctCount() const;
};

/// What a scenario asks of the learner's design.
struct Goal {
    enum class Kind { Reach, Lint, Resource, Drill, Question };
    Kind kind = Kind::Reach;
    Text label;

    // reach: as `skydraft reach`
    QString from, to;
    QString protocol = QStringLiteral("tcp");
    int port = -1;
    bool reachable = true;
    // lint: a finding with this id (on `component`, when given) must be absent, or present
    QString lint;
    QString component;
    bool present = false;
    // resource: at least `count` resources of `type` (or the one with `id`) meet every condition
    QString resourceType;
    QString resourceId;
    int count = 1;
    QList<Condition> where;
    // drill: every expectation of the drill must hold
    QString drillPath;
    std::optional<sim::Drill> drill;
    // question: answered in the designer, not graded on a design
    Question question;

    bool gradesDesign() const { return kind != Kind::Question; }
    int line = 0, col = 0; ///< where the goal is in the scenario file
};

/// Where a design comes from: a built-in sample, a file next to the scenario, an inline
/// design, or nothing (an empty canvas).
struct DesignSource {
    QString path;     ///< resolved: ":/samples/x.skydraft" or the file next to the scenario
    QByteArray inlineText; ///< an inline design, as JSON text
    bool empty() const { return path.isEmpty() && inlineText.isEmpty(); }
};

/// A guided exercise (README "Study mode").
struct Scenario {
    QString file;
    QString id;
    int order = 0;
    Text topic;
    QString level; ///< beginner, intermediate or advanced
    Text title;
    Text brief;
    QList<Text> hints;
    Text explanation;
    DesignSource start;
    DesignSource solution;
    QStringList palette; ///< resource types offered; empty: every type
    QList<Goal> goals;

    QList<const Goal *> designGoals() const;
    QList<const Goal *> questions() const;
};

struct ScenarioParse {
    std::optional<Scenario> scenario;
    QList<Diagnostic> errors; ///< one located FILE:LINE:COL line each
};

/// Reads a scenario file. Files it names (start, solution, drills) are read relative to the
/// scenario's folder (`:/scenarios/` for the built-in ones); errors in them are located in them.
ScenarioParse parseScenario(const QByteArray &text, const QString &fileName);
ScenarioParse loadScenario(const QString &path);

/// The design a source names (an empty document for an empty source), or the errors.
std::unique_ptr<Document> loadDesign(const DesignSource &source, QList<Diagnostic> *errors = nullptr);

/// Every scenario in `folder` (*.json), sorted by order, then id; errors of those that do not
/// read are appended to `errors`.
QList<Scenario> loadLibrary(const QString &folder = QStringLiteral(":/scenarios"), QList<Diagnostic> *errors = nullptr);

const QStringList &levels();

} // namespace skydraft::learn
