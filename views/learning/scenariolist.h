#pragma once

#include "model/learn/scenario.h"

#include <QDialog>

class QTreeWidget;
class QTreeWidgetItem;

namespace skydraft {

/// Help > Study: the scenarios grouped by topic in the study notes' order, with the learner's
/// progress; Open (or a double click) picks one.
class ScenarioListDialog : public QDialog
{
    Q_OBJECT
public:
    ScenarioListDialog(const QList<learn::Scenario> &scenarios, QWidget *parent = nullptr);
    /// The scenario chosen (after accept()), or empty.
    QString chosenId() const { return m_chosen; }
    QTreeWidget *tree() const { return m_tree; }
    /// The progress column's text for a scenario ("Solved, 2 of 3 questions").
    static QString progressText(const learn::Scenario &scenario);

private:
    void choose(QTreeWidgetItem *item);
    QTreeWidget *m_tree = nullptr;
    QString m_chosen;
};

} // namespace skydraft
