#include "reachtool.h"

#include "reachoverlay.h"

#include "views/canvas/diagramscene.h"
#include "views/workbench/documentsession.h"
#include "model/checker/checker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace skydraft {

ReachTool::ReachTool(DocumentSession *session, DiagramScene *scene, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_scene(scene)
    , m_overlay(new ReachOverlay(scene, this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_protocol(new QComboBox(this))
    , m_port(new QSpinBox(this))
    , m_check(new QPushButton(tr("Check"), this))
    , m_fromSelection(new QPushButton(tr("Selected"), this))
    , m_toSelection(new QPushButton(tr("Selected"), this))
    , m_verdict(new QLabel(this))
    , m_path(new QLabel(this))
{
    scene->addOverlay(m_overlay);
    setObjectName(u"reachTool"_s);
    m_from->setObjectName(u"reachFrom"_s);
    m_to->setObjectName(u"reachTo"_s);
    m_protocol->setObjectName(u"reachProtocol"_s);
    m_port->setObjectName(u"reachPort"_s);
    m_verdict->setObjectName(u"reachVerdict"_s);
    m_from->setEditable(true); // type to search among many ids
    m_to->setEditable(true);
    for (QComboBox *box : {m_from, m_to})
        box->setMinimumContentsLength(14); // ids like WebLoadBalancer fit
    m_from->setInsertPolicy(QComboBox::NoInsert);
    m_to->setInsertPolicy(QComboBox::NoInsert);
    for (const QString &p : {u"tcp"_s, u"udp"_s, u"icmp"_s})
        m_protocol->addItem(p);
    m_port->setRange(0, 65535);
    m_port->setValue(80);
    for (QLabel *label : {m_verdict, m_path}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    m_path->setObjectName(u"reachPath"_s);

    // Pick an end on the canvas, then take it with its "Selected" button.
    for (QPushButton *b : {m_fromSelection, m_toSelection}) {
        b->setEnabled(false);
        b->setToolTip(tr("Use the resource selected on the canvas"));
    }
    m_fromSelection->setObjectName(u"reachFromSelection"_s);
    m_toSelection->setObjectName(u"reachToSelection"_s);
    auto row = [](QWidget *combo, QWidget *button) {
        auto *h = new QHBoxLayout;
        h->addWidget(combo, 1);
        h->addWidget(button);
        return h;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("From"), row(m_from, m_fromSelection));
    form->addRow(tr("To"), row(m_to, m_toSelection));
    auto *flow = new QHBoxLayout;
    flow->addWidget(m_protocol);
    flow->addWidget(m_port, 1);
    form->addRow(tr("Protocol / port"), flow);
    auto *clearButton = new QPushButton(tr("Clear"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addWidget(clearButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(form);
    layout->addLayout(buttons);
    // The verdict and the hops scroll together: a short dock never cuts the sentence off.
    auto *answer = m_answer = new QWidget;
    auto *answerLayout = new QVBoxLayout(answer);
    answerLayout->setContentsMargins(2, 2, 2, 2);
    answerLayout->addWidget(m_verdict);
    answerLayout->addWidget(m_path);
    answerLayout->addStretch();
    auto *scroll = m_answerArea = new QScrollArea(this);
    scroll->setObjectName(u"reachAnswer"_s);
    scroll->setWidget(answer);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::StyledPanel);
    layout->addWidget(scroll, 1);

    connect(m_check, &QPushButton::clicked, this, &ReachTool::run);
    connect(m_fromSelection, &QPushButton::clicked, this,
            [this] { m_from->setCurrentIndex(std::max(0, m_from->findData(m_selected))); });
    connect(m_toSelection, &QPushButton::clicked, this,
            [this] { m_to->setCurrentIndex(std::max(0, m_to->findData(m_selected))); });
    connect(clearButton, &QPushButton::clicked, this, &ReachTool::clear);
    // An id longer than the box shows its start ("WebLoadBalancer", not "LoadBalancer").
    for (QComboBox *box : {m_from, m_to})
        connect(box, &QComboBox::currentIndexChanged, box, [box] { box->lineEdit()->setCursorPosition(0); });
    connect(m_protocol, &QComboBox::currentTextChanged, this,
            [this](const QString &p) { m_port->setEnabled(p != u"icmp"_s); });
}

void ReachTool::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    // The lists change only when resources come or go (a new id is a remove and an add).
    const auto refill = [this] {
        if (m_refillPending)
            return;
        m_refillPending = true;
        QTimer::singleShot(0, this, [this] {
            m_refillPending = false;
            refillEndpoints();
        });
    };
    if (m_document) {
        connect(m_document, &Document::resourceAdded, this, refill);
        connect(m_document, &Document::resourceRemoved, this, refill);
        connect(m_document, &Document::changed, this, [this] {
            if (!m_asked || m_rerunPending)
                return;
            m_rerunPending = true;
            QTimer::singleShot(0, this, &ReachTool::rerun);
        });
    }
    refillEndpoints();
    clear();
}

void ReachTool::setCanvasSelection(const QString &id)
{
    // Only what traffic can start at or go to (not a route table, say).
    m_selected = m_from->findData(id) > 0 ? id : QString();
    m_fromSelection->setEnabled(!m_selected.isEmpty());
    m_toSelection->setEnabled(!m_selected.isEmpty());
}

void ReachTool::refillEndpoints()
{
    for (QComboBox *box : {m_from, m_to}) {
        const QString current = box->currentText();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(tr("internet"), u"internet"_s);
        if (m_document)
            for (const Resource *r : m_document->resources())
                if (net::isAddressable(r->type) && r->type != ResourceType::Internet)
                    box->addItem(r->id, r->id);
        const int index = box->findData(current) >= 0 ? box->findData(current) : box->findText(current);
        box->setCurrentIndex(std::max(0, index));
        box->lineEdit()->setCursorPosition(0); // the start of a long id, not its end
    }
    // A first question that means something: from the internet to the front door.
    if (m_to->currentIndex() == 0 && m_from->currentIndex() == 0 && m_to->count() > 1) {
        int front = 1;
        if (m_document)
            if (const QList<const Resource *> lbs = m_document->resourcesOfType(ResourceType::LoadBalancer); !lbs.isEmpty())
                front = std::max(1, m_to->findData(lbs.first()->id));
        m_to->setCurrentIndex(front);
    }
}

net::ReachResult ReachTool::ask(const QString &from, const QString &to, const QString &protocol, int port)
{
    m_from->setCurrentIndex(std::max(0, m_from->findData(from)));
    m_to->setCurrentIndex(std::max(0, m_to->findData(to)));
    m_protocol->setCurrentText(protocol);
    m_port->setValue(port);
    return run();
}

bool ReachTool::setSource(const QString &id)
{
    const int index = m_from->findData(id);
    if (index < 0)
        return false;
    m_from->setCurrentIndex(index);
    m_from->lineEdit()->setCursorPosition(0);
    return true;
}

bool ReachTool::setDestination(const QString &id)
{
    const int index = m_to->findData(id);
    if (index < 0)
        return false;
    m_to->setCurrentIndex(index);
    m_to->lineEdit()->setCursorPosition(0);
    return true;
}

QString ReachTool::verdictText() const { return m_verdict->text(); }

void ReachTool::clear()
{
    m_asked = false;
    m_result = {};
    m_verdict->clear();
    m_path->clear();
    m_overlay->clear();
}

net::ReachResult ReachTool::run()
{
    clear();
    if (!m_document || !m_session->checker())
        return m_result;
    m_session->check(); // the checker's view of the design must be current
    const QString from = m_from->currentData().toString().isEmpty() ? m_from->currentText() : m_from->currentData().toString();
    const QString to = m_to->currentData().toString().isEmpty() ? m_to->currentText() : m_to->currentData().toString();
    net::Flow flow;
    flow.protocol = net::protocolFromString(m_protocol->currentText());
    flow.port = flow.protocol == net::Protocol::Icmp ? -1 : m_port->value();
    m_result = m_session->checker()->reach(from, to, flow);
    m_asked = true;
    m_askedFrom = from;
    m_askedTo = to;
    // Named as the lists name them ("인터넷" for the internet in Korean).
    const QString fromName = m_from->currentText();
    const QString toName = m_to->currentText();
    for (QComboBox *box : {m_from, m_to})
        box->lineEdit()->setCursorPosition(0);

    QStringList hops;
    QStringList lines;
    for (const net::Hop &h : std::as_const(m_result.path)) {
        hops.append(h.component);
        lines.append((h.detail.isEmpty() ? h.component : h.component + u" — "_s + h.detail).toHtmlEscaped());
    }
    // The sentence that says why: the answer's own, else the first subnet's that failed.
    QList<net::Explanation> why = m_result.explanations;
    for (const auto &answers : {m_result.sourceSubnets, m_result.destinationSubnets})
        for (const net::SubnetAnswer &a : answers)
            if (why.isEmpty() && !a.reachable)
                why = a.explanations;
    if (m_result.reachable) {
        m_verdict->setText(u"<b style='color:#1D7A3A'>%1</b>"_s.arg(
            tr("Reachable: %1 can reach %2 on %3.").arg(fromName, toName, flow.toString()).toHtmlEscaped()));
        m_overlay->show(hops, QString(), QString());
    } else {
        const net::Explanation first = why.value(0);
        const QString sentence = first.detail.isEmpty() ? tr("No path.") : first.detail;
        m_verdict->setText(u"<b style='color:#B3261E'>%1</b><br>%2 <i>[%3]</i>"_s.arg(
            tr("Not reachable: %1 cannot reach %2 on %3.").arg(fromName, toName, flow.toString()).toHtmlEscaped(),
            sentence.toHtmlEscaped(), first.code));
        for (const net::Explanation &e : std::as_const(why))
            lines.append(u"✗ %1: %2"_s.arg(e.component, e.detail).toHtmlEscaped());
        m_overlay->show(hops, first.component, sentence);
    }
    m_path->setText(lines.join(u"<br>"_s));
    // Once laid out: room for the whole answer, if the window can give it.
    QTimer::singleShot(0, this, &ReachTool::askForRoom);
    return m_result;
}

void ReachTool::askForRoom()
{
    if (!m_asked || !isVisible())
        return;
    const int wanted = m_answer->heightForWidth(m_answerArea->viewport()->width());
    const int have = m_answerArea->viewport()->height();
    if (wanted > have)
        Q_EMIT moreRoomWanted(wanted - have);
}

void ReachTool::rerun()
{
    m_rerunPending = false;
    if (!m_asked || !m_document)
        return;
    // An end that is gone cannot be asked about: say so rather than keep a stale answer.
    // The question stays asked: an undo that brings the end back answers it again.
    for (const QString &id : {m_askedFrom, m_askedTo}) {
        if (id != u"internet"_s && !m_document->contains(id)) {
            m_result = {};
            m_path->clear();
            m_overlay->clear();
            m_verdict->setText(tr("%1 is no longer in the design.").arg(id).toHtmlEscaped());
            return;
        }
    }
    m_from->setCurrentIndex(std::max(0, m_from->findData(m_askedFrom)));
    m_to->setCurrentIndex(std::max(0, m_to->findData(m_askedTo)));
    run();
}

} // namespace skydraft
