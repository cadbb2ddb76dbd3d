#include "helpdialogs.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QMap>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace skydraft {

namespace {
/// "&Save As…" -> "Save As…" ("&&" stays one "&").
QString plainText(QString text)
{
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u"\x01"_s, u"&"_s);
    return text;
}
} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(u"shortcuts"_s);
    // One row per action text (an action in a menu and on the toolbar is one action).
    QMap<QString, QStringList> rows;
    for (const QAction *a : window->findChildren<QAction *>()) {
        const QList<QKeySequence> keys = a->shortcuts();
        if (keys.isEmpty() || a->text().isEmpty())
            continue;
        QStringList shown;
        for (const QKeySequence &k : keys)
            shown.append(k.toString(QKeySequence::NativeText));
        QStringList &row = rows[plainText(a->text())];
        for (const QString &s : std::as_const(shown))
            if (!row.contains(s))
                row.append(s);
    }
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    m_table->setRowCount(int(rows.size()));
    int r = 0;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it, ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(it.key()));
        m_table->setItem(r, 1, new QTableWidgetItem(it.value().join(u", "_s)));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(440, 520);
}

GettingStartedDialog::GettingStartedDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Getting Started"));
    setObjectName(u"gettingStarted"_s);
    auto *text = new QTextBrowser(this);
    text->setOpenLinks(false);
    text->setHtml(tr("<h3>Getting started with SkyDraft</h3>"
                     "<ol>"
                     "<li><b>Draw.</b> Drag a VPC from Resources onto the canvas, then Availability Zones and "
                     "subnets into it, then load balancers, Auto Scaling groups, instances and databases into the "
                     "subnets. Drop a resource on a container's body to put it inside.</li>"
                     "<li><b>Connect.</b> Drag from the small handle of a resource to another: a load balancer to a "
                     "target group, a target group to an Auto Scaling group. The status bar says why a connection "
                     "is refused.</li>"
                     "<li><b>Edit.</b> Select a resource and change it in the Inspector: subnets, security-group "
                     "rules, listeners, scaling policies. Every edit can be undone (Ctrl+Z).</li>"
                     "<li><b>Check.</b> The Problems list updates as you draw. \"Can it reach?\" answers whether "
                     "one resource reaches another on a port, and which rule blocks it.</li>"
                     "<li><b>Simulate.</b> Press F5 to run traffic through the design: requests on the canvas, CPU "
                     "and capacity in the charts. Right-click a resource to break it, or choose a drill.</li>"
                     "<li><b>Study.</b> Help &gt; Study follows the study path, with example architectures to "
                     "build and drills to pass.</li>"
                     "<li><b>Share.</b> File &gt; Export writes PNG, SVG or PDF diagrams, CloudFormation, "
                     "Terraform or draw.io; File &gt; Open reads CloudFormation templates.</li>"
                     "</ol>"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(560, 460);
}

} // namespace skydraft
