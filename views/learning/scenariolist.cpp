#include "scenariolist.h"
#include "studyprogress.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace skydraft {

namespace {

QString levelText(const QString &level)
{
    if (level == u"beginner"_s)
        return ScenarioListDialog::tr("Beginner");
    if (level == u"intermediate"_s)
        return ScenarioListDialog::tr("Intermediate");
    return ScenarioListDialog::tr("Advanced");
}

} // namespace

QString ScenarioListDialog::progressText(const learn::Scenario &scenario)
{
    const int questions = int(scenario.questions().size());
    const int answered = StudyProgress::answered(scenario.id);
    if (!StudyProgress::solved(scenario.id))
        return tr("Not solved");
    return questions ? tr("Solved, %1 of %2 questions").arg(answered).arg(questions) : tr("Solved");
}

ScenarioListDialog::ScenarioListDialog(const QList<learn::Scenario> &scenarios, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Study"));
    auto *layout = new QVBoxLayout(this);
    int solved = 0;
    for (const learn::Scenario &s : scenarios)
        solved += StudyProgress::solved(s.id) ? 1 : 0;
    layout->addWidget(new QLabel(tr("Guided scenarios for the AWS Solutions Architect exam: each starts from a design "
                                    "with something to fix, graded live by the checker and the simulator. "
                                    "%1 of %2 solved.").arg(solved).arg(scenarios.size()), this));
    qobject_cast<QLabel *>(layout->itemAt(0)->widget())->setWordWrap(true);

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Scenario"), tr("Level"), tr("Progress")});
    m_tree->setRootIsDecorated(true);
    QTreeWidgetItem *topic = nullptr;
    QString topicText;
    for (const learn::Scenario &s : scenarios) {
        if (!topic || s.topic.text() != topicText) {
            topicText = s.topic.text();
            topic = new QTreeWidgetItem(m_tree, {topicText});
            topic->setFlags(Qt::ItemIsEnabled);
            QFont bold = topic->font(0);
            bold.setBold(true);
            topic->setFont(0, bold);
        }
        auto *item = new QTreeWidgetItem(topic, {u"%1. %2"_s.arg(s.order).arg(s.title.text()), levelText(s.level), progressText(s)});
        item->setData(0, Qt::UserRole, s.id);
        item->setToolTip(0, s.brief.text());
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { choose(m_tree->currentItem()); });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) { choose(item); });
    resize(720, 520);
}

void ScenarioListDialog::choose(QTreeWidgetItem *item)
{
    if (!item || item->data(0, Qt::UserRole).toString().isEmpty())
        return;
    m_chosen = item->data(0, Qt::UserRole).toString();
    accept();
}

} // namespace skydraft
