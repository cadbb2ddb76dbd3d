#include "importpanel.h"
#include "dialogtitle.h"

#include "model/document.h"
#include "model/import/cfnparse.h"

#include <QComboBox>
#include <QPushButton>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace skydraft {

QList<TemplateParameter> templateParameters(const QByteArray &text)
{
    QList<TemplateParameter> out;
    cfn::Report report;
    const std::optional<cfn::Node> root = cfn::parseTemplate(text, report);
    const cfn::Node *parameters = root ? root->get(u"Parameters") : nullptr;
    if (!parameters || !parameters->isMap())
        return out;
    for (const auto &[name, declaration] : parameters->entries) {
        TemplateParameter p;
        p.name = name;
        if (const cfn::Node *t = declaration.get(u"Type"); t && t->isScalar())
            p.type = t->text;
        if (const cfn::Node *d = declaration.get(u"Description"); d && d->isScalar())
            p.description = d->text;
        if (const cfn::Node *d = declaration.get(u"Default")) {
            if (d->isScalar())
                p.defaultValue = d->text;
            else if (d->isList()) {
                QStringList items;
                for (const cfn::Node &i : d->items)
                    items.append(i.text);
                p.defaultValue = items.join(u',');
            }
        }
        if (const cfn::Node *a = declaration.get(u"AllowedValues"); a && a->isList())
            for (const cfn::Node &i : a->items)
                if (i.isScalar())
                    p.allowedValues.append(i.text);
        if (const cfn::Node *n = declaration.get(u"NoEcho"); n && n->isScalar())
            p.noEcho = n->text.compare(u"true"_s, Qt::CaseInsensitive) == 0;
        out.append(p);
    }
    return out;
}

ParametersDialog::ParametersDialog(const QString &fileName, const QList<TemplateParameter> &parameters, QWidget *parent)
    : QDialog(parent)
    , m_parameters(parameters)
{
    setWindowTitle(tr("Template Parameters"));
    keepTitleWhole(this);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("%1 takes these parameters. Each starts at the template's default; one left empty is "
                                "assumed, and the import report says how.")
                                 .arg(fileName),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    for (const TemplateParameter &p : parameters) {
        QWidget *field = nullptr;
        if (!p.allowedValues.isEmpty()) {
            auto *box = new QComboBox(this);
            box->addItems(p.allowedValues);
            box->setCurrentIndex(std::max<int>(0, int(p.allowedValues.indexOf(p.defaultValue))));
            field = box;
        } else {
            auto *edit = new QLineEdit(p.defaultValue, this);
            edit->setPlaceholderText(p.type);
            if (p.noEcho)
                edit->setEchoMode(QLineEdit::Password);
            field = edit;
        }
        field->setObjectName(p.name);
        field->setToolTip(p.description.isEmpty() ? p.type : p.description + u"\n("_s + p.type + u')');
        m_fields.insert(p.name, field);
        form->addRow(p.name, field);
    }
    auto *holder = new QWidget(this);
    holder->setLayout(form);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(holder);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, std::min(160 + 34 * int(parameters.size()), 600));
}

QHash<QString, QString> ParametersDialog::values() const
{
    QHash<QString, QString> out;
    for (const TemplateParameter &p : m_parameters) {
        const QWidget *field = m_fields.value(p.name);
        QString value;
        if (const auto *box = qobject_cast<const QComboBox *>(field))
            value = box->currentText();
        else if (const auto *edit = qobject_cast<const QLineEdit *>(field))
            value = edit->text().trimmed();
        if (!value.isEmpty() && value != p.defaultValue)
            out.insert(p.name, value);
    }
    return out;
}

ImportReport::ImportReport(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_list->setObjectName(u"importNotes"_s);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    layout->addWidget(m_list, 1);
    const auto activate = [this](QListWidgetItem *item) {
        const QString id = item ? item->data(Qt::UserRole).toString() : QString();
        if (!id.isEmpty())
            Q_EMIT resourceActivated(id);
    };
    connect(m_list, &QListWidget::itemClicked, this, activate);
    connect(m_list, &QListWidget::itemActivated, this, activate);
    setReport({}, {}, nullptr, {});
}

QString ImportReport::resourceOf(const Diagnostic &note, const Document *document,
                                 const QHash<QString, std::pair<int, int>> &positions)
{
    if (!note.resourceId.isEmpty() && document && document->contains(note.resourceId))
        return note.resourceId;
    // A resource of the design the note names (the longest name: "WebServerGroup", not "Web").
    QString named;
    if (document) {
        static const QRegularExpression word(u"[A-Za-z][A-Za-z0-9]*"_s);
        for (auto it = word.globalMatch(note.message); it.hasNext();) {
            const QString w = it.next().captured();
            if (w.size() > named.size() && document->contains(w))
                named = w;
        }
    }
    if (!named.isEmpty())
        return named;
    // Else the resource declared nearest above the line it points at.
    QString best;
    int bestLine = 0;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        if (it.value().first <= note.line && it.value().first > bestLine && document && document->contains(it.key())) {
            best = it.key();
            bestLine = it.value().first;
        }
    return best;
}

void ImportReport::setReport(const QString &fileName, const QList<Diagnostic> &notes, const Document *document,
                             const QHash<QString, std::pair<int, int>> &positions)
{
    m_list->clear();
    m_summary->setText(fileName.isEmpty() ? tr("Open a CloudFormation template to see what its import left out or assumed.")
                       : notes.isEmpty()  ? tr("%1 was imported whole: nothing left out, nothing assumed.").arg(fileName)
                                          : tr("%1: %n note(s) on what the import left out or assumed. Click a note to "
                                               "show its resource.",
                                               nullptr, int(notes.size()))
                                               .arg(fileName));
    for (const Diagnostic &note : notes) {
        const QString where = note.line > 0 ? tr("line %1").arg(note.line) + u": "_s : QString();
        auto *item = new QListWidgetItem(where + note.message, m_list);
        const QString id = resourceOf(note, document, positions);
        item->setData(Qt::UserRole, id);
        item->setToolTip(id.isEmpty() ? note.message : tr("%1\n(click to show %2)").arg(note.message, id));
    }
}

} // namespace skydraft
