// Grading a design against a scenario's goals, with the checker (reach, lints), the catalogue
// (resource conditions) and the simulator (drills).

#include "grading.h"

#include "model/checker/checker.h"
#include "model/document.h"
#include "model/sim/simreport.h"
#include "model/sim/simulation.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace skydraft::learn {

namespace {

struct LearnMsg {
    Q_DECLARE_TR_FUNCTIONS(skydraft::learn)
};

/// Two values equal the way a file means them: numbers as numbers, booleans as booleans.
bool sameValue(const QVariant &actual, const QVariant &wanted)
{
    if (wanted.typeId() == QMetaType::Bool)
        return actual.toBool() == wanted.toBool();
    if (wanted.typeId() == QMetaType::Double || wanted.typeId() == QMetaType::Int || wanted.typeId() == QMetaType::LongLong) {
        bool ok = false;
        const double x = actual.toDouble(&ok);
        return ok && x == wanted.toDouble();
    }
    return actual.toString() == wanted.toString();
}

/// Why `r` fails `c`, or empty when it meets it.
QString failsCondition(const Document &doc, const Resource &r, const Condition &c)
{
    QVariant value;
    double measure = 0;
    if (c.property == u"zones"_s) {
        measure = double(doc.zonesOf(r.id).size());
        value = measure;
    } else {
        value = r.value(c.property);
        measure = value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList
            ? double(value.toList().size())
            : value.toDouble();
    }
    if (c.equals && !sameValue(value, *c.equals))
        return LearnMsg::tr("%1: %2 is \"%3\", not \"%4\"").arg(r.id, c.property, value.toString(), c.equals->toString());
    if (c.min && measure < *c.min)
        return LearnMsg::tr("%1: %2 is %3, below %4").arg(r.id, c.property).arg(measure).arg(*c.min);
    if (c.max && measure > *c.max)
        return LearnMsg::tr("%1: %2 is %3, above %4").arg(r.id, c.property).arg(measure).arg(*c.max);
    if (!c.has.isEmpty()) {
        const QVariantList rows = value.toList();
        const bool found = std::any_of(rows.begin(), rows.end(), [&](const QVariant &row) {
            const QVariantMap cells = row.toMap();
            for (auto it = c.has.begin(); it != c.has.end(); ++it)
                if (!sameValue(cells.value(it.key()), it.value()))
                    return false;
            return true;
        });
        if (!found) {
            QStringList wanted;
            for (auto it = c.has.begin(); it != c.has.end(); ++it)
                wanted.append(it.key() + u'=' + it.value().toString());
            return LearnMsg::tr("%1: no row of %2 with %3").arg(r.id, c.property, wanted.join(u", "_s));
        }
    }
    return {};
}

GoalResult gradeResource(const Goal &g, const Document &doc)
{
    QList<const Resource *> candidates;
    if (!g.resourceId.isEmpty()) {
        if (const Resource *r = doc.find(g.resourceId))
            candidates.append(r);
    } else if (const auto type = typeFromKey(g.resourceType)) {
        candidates = doc.resourcesOfType(*type);
    }
    int meeting = 0;
    QString firstReason;
    for (const Resource *r : std::as_const(candidates)) {
        QString reason;
        for (const Condition &c : g.where) {
            reason = failsCondition(doc, *r, c);
            if (!reason.isEmpty())
                break;
        }
        if (reason.isEmpty())
            ++meeting;
        else if (firstReason.isEmpty())
            firstReason = reason;
    }
    GoalResult result;
    result.met = meeting >= g.count;
    if (!result.met) {
        if (candidates.isEmpty())
            result.detail = g.resourceId.isEmpty() ? LearnMsg::tr("no %1 in the design").arg(g.resourceType)
                                                   : LearnMsg::tr("no resource \"%1\" in the design").arg(g.resourceId);
        else
            result.detail = firstReason.isEmpty() ? LearnMsg::tr("%1 of %2 needed").arg(meeting).arg(g.count) : firstReason;
    }
    return result;
}

GoalResult gradeReach(const Goal &g, const Document &doc, const GradeOptions &options)
{
    net::Flow flow;
    flow.protocol = net::protocolFromString(g.protocol);
    flow.port = g.port;
    GoalResult result;
    if ((g.from != u"internet"_s && !doc.contains(g.from)) || (g.to != u"internet"_s && !doc.contains(g.to))) {
        result.detail = LearnMsg::tr("%1 or %2 is not in the design").arg(g.from, g.to);
        return result;
    }
    const net::ReachResult r = options.reach ? options.reach(g.from, g.to, flow)
                                             : net::Reachability(doc).reach(g.from, g.to, flow);
    result.met = r.reachable == g.reachable;
    if (!result.met) {
        if (r.reachable)
            result.detail = LearnMsg::tr("%1 can still reach %2 on %3").arg(g.from, g.to, flow.toString());
        else if (!r.explanations.isEmpty())
            result.detail = r.explanations.first().component + u": "_s + r.explanations.first().detail;
        else
            result.detail = LearnMsg::tr("%1 cannot reach %2 on %3").arg(g.from, g.to, flow.toString());
    }
    return result;
}

GoalResult gradeLint(const Goal &g, const Document &doc, const GradeOptions &options)
{
    const QList<Finding> findings = options.findings ? *options.findings : Checker::check(doc);
    const auto hit = std::find_if(findings.begin(), findings.end(), [&](const Finding &f) {
        return f.rule == g.lint && (g.component.isEmpty() || f.component == g.component);
    });
    GoalResult result;
    const bool present = hit != findings.end();
    result.met = present == g.present;
    if (!result.met)
        result.detail = present ? hit->component + u": "_s + hit->message
                                : LearnMsg::tr("the checker does not report %1").arg(g.lint);
    return result;
}

GoalResult gradeDrill(const Goal &g, const Document &doc, const GradeOptions &options)
{
    GoalResult result;
    if (!options.runDrills) {
        result.graded = false;
        return result;
    }
    if (!g.drill) {
        result.detail = LearnMsg::tr("the drill did not read");
        return result;
    }
    const QList<Diagnostic> problems = sim::checkDrill(*g.drill, doc);
    if (!problems.isEmpty()) {
        result.detail = problems.first().message;
        return result;
    }
    sim::Simulation simulation(doc, *g.drill, g.drill->seed);
    simulation.setRecordInstanceSeries(false);
    simulation.runToEnd();
    const sim::Summary summary = simulation.summary();
    result.met = summary.passed;
    for (const sim::ExpectationResult &e : summary.expectations)
        if (!e.passed) {
            result.detail = LearnMsg::tr("%1: actual %2").arg(sim::describe(e.expectation)).arg(e.actual, 0, 'g', 4);
            break;
        }
    return result;
}

} // namespace

GoalResult gradeGoal(const Goal &goal, const Document &doc, const GradeOptions &options)
{
    switch (goal.kind) {
    case Goal::Kind::Reach:
        return gradeReach(goal, doc, options);
    case Goal::Kind::Lint:
        return gradeLint(goal, doc, options);
    case Goal::Kind::Resource:
        return gradeResource(goal, doc);
    case Goal::Kind::Drill:
        return gradeDrill(goal, doc, options);
    case Goal::Kind::Question:
        break;
    }
    GoalResult unanswered;
    unanswered.graded = false;
    return unanswered;
}

QList<GoalResult> grade(const Scenario &scenario, const Document &doc, const GradeOptions &options)
{
    GradeOptions shared = options;
    // One pass of the checker for every goal: the lints once, one reachability model.
    QList<Finding> findings;
    if (!shared.findings) {
        findings = Checker::check(doc);
        shared.findings = &findings;
    }
    std::shared_ptr<net::Reachability> reach;
    if (!shared.reach) {
        reach = std::make_shared<net::Reachability>(doc);
        shared.reach = [reach](const QString &a, const QString &b, const net::Flow &f) { return reach->reach(a, b, f); };
    }
    QList<GoalResult> out;
    for (const Goal &g : scenario.goals)
        out.append(gradeGoal(g, doc, shared));
    return out;
}

bool allMet(const Scenario &scenario, const QList<GoalResult> &results)
{
    for (qsizetype i = 0; i < scenario.goals.size() && i < results.size(); ++i)
        if (scenario.goals[i].gradesDesign() && !results[i].met)
            return false;
    return results.size() >= scenario.goals.size();
}

} // namespace skydraft::learn
