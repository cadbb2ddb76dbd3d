#pragma once

#include "scenario.h"

#include "model/checker/lints.h"

#include <functional>

namespace skydraft::learn {

/// How one goal stands on a design.
struct GoalResult {
    bool met = false;
    bool graded = true; ///< false for questions and for drills not run (GradeOptions::runDrills)
    QString detail;     ///< why it is not met (the blocking component, the failed expectation...)
};

/// Where grading gets the checker's answers. The designer passes its live, incremental checker's
/// findings and reach; the command line leaves them empty and the design is checked once.
struct GradeOptions {
    const QList<Finding> *findings = nullptr;
    std::function<net::ReachResult(const QString &, const QString &, const net::Flow &)> reach;
    bool runDrills = true;
};

/// Grades every goal of `scenario` on `doc`, in the scenario's order (questions: not graded).
QList<GoalResult> grade(const Scenario &scenario, const Document &doc, const GradeOptions &options = {});
GoalResult gradeGoal(const Goal &goal, const Document &doc, const GradeOptions &options = {});
/// True when every goal graded on the design is met.
bool allMet(const Scenario &scenario, const QList<GoalResult> &results);

} // namespace skydraft::learn
