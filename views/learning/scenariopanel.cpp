#include "scenariopanel.h"

#include <QAbstractButton>
#include <algorithm>
#include <QButtonGroup>
#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace skydraft {

namespace {

QLabel *wrapped(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ScenarioPanel::ScenarioPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *body = new QWidget(scroll);
    scroll->setWidget(body);
    auto *layout = new QVBoxLayout(body);

    m_title = wrapped(body);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_title->setFont(big);
    layout->addWidget(m_title);
    m_meta = wrapped(body);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_meta);
    m_brief = wrapped(body);
    layout->addWidget(m_brief);

    auto *goals = new QLabel(tr("Goals"), body);
    QFont bold = goals->font();
    bold.setBold(true);
    goals->setFont(bold);
    layout->addWidget(goals);
    m_checklist = new QListWidget(body);
    m_checklist->setWordWrap(true);
    m_checklist->setSelectionMode(QAbstractItemView::NoSelection);
    m_checklist->setMinimumHeight(140);
    layout->addWidget(m_checklist);
    m_progress = wrapped(body);
    layout->addWidget(m_progress);

    auto *buttons = new QHBoxLayout;
    m_drill = new QPushButton(tr("Run the Drill"), body);
    m_drill->setToolTip(tr("Play the scenario's drill in the live simulation"));
    m_hint = new QPushButton(tr("Hint"), body);
    m_solution = new QPushButton(tr("Show Solution"), body);
    m_solution->setToolTip(tr("Open the reference design, read-only, in its own window"));
    buttons->addWidget(m_drill);
    buttons->addWidget(m_hint);
    buttons->addWidget(m_solution);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_hints = wrapped(body);
    m_hints->hide();
    layout->addWidget(m_hints);
    connect(m_hint, &QPushButton::clicked, this, &ScenarioPanel::showNextHint);

    m_after = new QWidget(body);
    auto *after = new QVBoxLayout(m_after);
    after->setContentsMargins(0, 0, 0, 0);
    auto *well = new QLabel(tr("Every goal is met. Why it works:"), m_after);
    well->setFont(bold);
    after->addWidget(well);
    m_explanation = wrapped(m_after);
    after->addWidget(m_explanation);
    m_questions = new QVBoxLayout;
    after->addLayout(m_questions);
    m_after->hide();
    layout->addWidget(m_after);
    layout->addStretch();
}

void ScenarioPanel::setScenario(const learn::Scenario *scenario)
{
    m_scenario = scenario;
    m_hintsShown = 0;
    m_hints->clear();
    m_hints->hide();
    m_after->hide();
    m_checklist->clear();
    if (!scenario)
        return;
    m_title->setText(scenario->title.text());
    m_meta->setText(scenario->topic.text());
    m_brief->setText(scenario->brief.text());
    m_explanation->setText(scenario->explanation.text());
    for (const learn::Goal *g : scenario->designGoals())
        new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogCancelButton), g->label.text(), m_checklist);
    const bool drills = std::any_of(scenario->goals.begin(), scenario->goals.end(),
                                    [](const learn::Goal &g) { return g.kind == learn::Goal::Kind::Drill; });
    m_drill->setEnabled(drills);
    m_hint->setEnabled(!scenario->hints.isEmpty());
    m_hint->setText(tr("Hint (%1 of %2)").arg(1).arg(scenario->hints.size()));
    buildQuestions();
}

void ScenarioPanel::setResults(const QList<learn::GoalResult> &results)
{
    if (!m_scenario)
        return;
    int row = 0, met = 0, total = 0;
    for (qsizetype i = 0; i < m_scenario->goals.size() && i < results.size(); ++i) {
        const learn::Goal &g = m_scenario->goals[i];
        if (!g.gradesDesign())
            continue;
        QListWidgetItem *item = m_checklist->item(row++);
        if (!item)
            break;
        const learn::GoalResult &r = results[i];
        ++total;
        met += r.met ? 1 : 0;
        item->setIcon(style()->standardIcon(r.met ? QStyle::SP_DialogApplyButton : QStyle::SP_DialogCancelButton));
        item->setData(Qt::UserRole, r.met);
        item->setText(r.met || r.detail.isEmpty() ? g.label.text() : g.label.text() + u"\n    "_s + r.detail);
        item->setToolTip(r.detail);
    }
    m_progress->setText(tr("%1 of %2 goals met").arg(met).arg(total));
    m_after->setVisible(total > 0 && met == total);
}

void ScenarioPanel::showNextHint()
{
    if (!m_scenario || m_hintsShown >= m_scenario->hints.size())
        return;
    ++m_hintsShown;
    QStringList shown;
    for (int i = 0; i < m_hintsShown; ++i)
        shown.append(u"%1. %2"_s.arg(i + 1).arg(m_scenario->hints[i].text()));
    m_hints->setText(shown.join(u"\n"_s));
    m_hints->show();
    if (m_hintsShown < m_scenario->hints.size())
        m_hint->setText(tr("Hint (%1 of %2)").arg(m_hintsShown + 1).arg(m_scenario->hints.size()));
    else
        m_hint->setEnabled(false);
}

void ScenarioPanel::buildQuestions()
{
    while (QLayoutItem *item = m_questions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_feedback.clear();
    m_choices.clear();
    const QList<const learn::Goal *> questions = m_scenario->questions();
    for (int q = 0; q < questions.size(); ++q) {
        const learn::Question &question = questions[q]->question;
        auto *box = new QGroupBox(tr("Question %1").arg(q + 1), m_after);
        auto *layout = new QVBoxLayout(box);
        layout->addWidget(wrapped(box));
        static_cast<QLabel *>(layout->itemAt(0)->widget())->setText(question.prompt.text());
        const bool several = question.correctCount() > 1;
        auto *group = new QButtonGroup(box);
        group->setExclusive(!several);
        QList<QWidget *> choices;
        for (int i = 0; i < question.options.size(); ++i) {
            QAbstractButton *b = several ? static_cast<QAbstractButton *>(new QCheckBox(box)) : new QRadioButton(box);
            b->setText(u"%1. %2"_s.arg(QChar(char16_t(u'A' + i))).arg(question.options[i].text.text()));
            group->addButton(b, i);
            layout->addWidget(b);
            choices.append(b);
        }
        auto *check = new QPushButton(tr("Check Answer"), box);
        layout->addWidget(check, 0, Qt::AlignLeft);
        auto *feedback = wrapped(box);
        feedback->hide();
        layout->addWidget(feedback);
        m_feedback.append(feedback);
        m_choices.append(choices);
        connect(check, &QPushButton::clicked, this, [this, q, group] {
            QList<int> chosen;
            for (QAbstractButton *b : group->buttons())
                if (b->isChecked())
                    chosen.append(group->id(b));
            answer(q, chosen);
        });
        m_questions->addWidget(box);
    }
}

bool ScenarioPanel::answer(int index, const QList<int> &chosen)
{
    const QList<const learn::Goal *> questions = m_scenario ? m_scenario->questions() : QList<const learn::Goal *>{};
    if (index < 0 || index >= questions.size())
        return false;
    const learn::Question &question = questions[index]->question;
    const bool right = question.isCorrect(chosen);
    QStringList lines{right ? tr("Correct.") : tr("Not quite.")};
    for (int i = 0; i < question.options.size(); ++i)
        lines.append(u"%1 %2: %3"_s.arg(QChar(char16_t(u'A' + i)))
                         .arg(question.options[i].correct ? tr("(right)") : tr("(wrong)"))
                         .arg(question.options[i].why.text()));
    for (int i = 0; i < m_choices[index].size(); ++i)
        static_cast<QAbstractButton *>(m_choices[index][i])->setChecked(chosen.contains(i));
    m_feedback[index]->setText(lines.join(u"\n"_s));
    m_feedback[index]->show();
    Q_EMIT questionAnswered(index, right);
    return right;
}

} // namespace skydraft
