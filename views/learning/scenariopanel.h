#pragma once

#include "model/learn/grading.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace skydraft {

/// The scenario beside the canvas: brief, the goals as a live checklist, hints one at a time,
/// and once every goal is met the explanation and the exam-style questions. It shows what the
/// study room tells it; the buttons are the room's to wire.
class ScenarioPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ScenarioPanel(QWidget *parent = nullptr);

    /// Shows `scenario` (not owned; it must outlive the panel's use of it), hints hidden.
    void setScenario(const learn::Scenario *scenario);
    /// The checklist as graded.
    void setResults(const QList<learn::GoalResult> &results);

    QListWidget *checklist() const { return m_checklist; }
    QPushButton *drillButton() const { return m_drill; }
    QPushButton *hintButton() const { return m_hint; }
    QPushButton *solutionButton() const { return m_solution; }
    QWidget *afterSuccess() const { return m_after; }
    QLabel *progressLabel() const { return m_progress; }
    int hintsShown() const { return m_hintsShown; }
    /// Checks the answer of question `index` (0-based among the questions) with options
    /// `chosen`; shows why each option is right or wrong. Returns whether it is right.
    bool answer(int index, const QList<int> &chosen);

Q_SIGNALS:
    void questionAnswered(int index, bool correct);

private:
    void showNextHint();
    void buildQuestions();

    const learn::Scenario *m_scenario = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_brief = nullptr;
    QListWidget *m_checklist = nullptr;
    QLabel *m_progress = nullptr;
    QPushButton *m_drill = nullptr;
    QPushButton *m_hint = nullptr;
    QPushButton *m_solution = nullptr;
    QLabel *m_hints = nullptr;
    QWidget *m_after = nullptr;
    QLabel *m_explanation = nullptr;
    QVBoxLayout *m_questions = nullptr;
    QList<QLabel *> m_feedback;
    QList<QList<QWidget *>> m_choices;
    int m_hintsShown = 0;
};

} // namespace skydraft
