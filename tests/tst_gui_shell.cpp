// The window's frame: menus and standard shortcuts, panels, the overview, preferences and the
// language setting. Run on a 1366 x 768 laptop screen (the offscreen platform's default is
// 800 x 800), the smallest the default layout is made for.

#include "views/shell/appearance.h"
#include "views/shell/language.h"
#include "views/canvas/style.h"
#include "views/shell/mainwindow.h"
#include "views/canvas/overviewview.h"
#include "views/shell/helpdialogs.h"
#include "views/shell/preferencesdialog.h"
#include "views/editing/editingsession.h"
#include "views/editing/inspector.h"
#include "views/editing/palette.h"
#include "views/editing/reachtool.h"
#include "views/canvas/canvasview.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QGraphicsView>
#include <QMenuBar>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTableWidget>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QFile>
#include <QHash>

using namespace Qt::StringLiterals;
using namespace skydraft;

namespace {

QList<QAction *> allActions(QMenu *menu)
{
    QList<QAction *> out;
    for (QAction *a : menu->actions()) {
        out.append(a);
        if (a->menu())
            out.append(allActions(a->menu()));
    }
    return out;
}

/// Mean lightness (0-255) of the visible pixels of `icon` drawn at 32x32.
int inkLightness(const QIcon &icon)
{
    const QImage image = icon.pixmap(QSize(32, 32)).toImage().convertToFormat(QImage::Format_ARGB32);
    qint64 sum = 0, count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (const QColor c = image.pixelColor(x, y); c.alpha() > 200) {
                sum += c.lightness();
                ++count;
            }
    return count ? int(sum / count) : -1;
}

/// The Korean translations of the choice values, read from translations/skydraft_ko.ts (the
/// compiled translations live in the application's resources, not the tests').
class KoreanChoices : public QTranslator
{
public:
    KoreanChoices()
    {
        QFile file(u"" SKYDRAFT_SOURCE_DIR "/translations/skydraft_ko.ts"_s);
        if (!file.open(QIODevice::ReadOnly))
            return;
        QXmlStreamReader xml(&file);
        QString context, source;
        while (!xml.atEnd()) {
            if (!xml.readNextStartElement())
                continue;
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"source")
                source = xml.readElementText();
            else if (xml.name() == u"translation" && context == u"skydraft::Choice")
                m_choices.insert(source, xml.readElementText());
        }
    }
    int size() const { return int(m_choices.size()); }
    bool isEmpty() const override { return m_choices.isEmpty(); }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return qstrcmp(context, "skydraft::Choice") == 0 ? m_choices.value(QString::fromUtf8(source)) : QString();
    }

private:
    QHash<QString, QString> m_choices;
};

} // namespace

class TestGuiShell : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"SkyDraftTest"_s);
        QCoreApplication::setApplicationName(u"tst_gui_shell"_s);
    }
    void init() { QSettings().clear(); }

    void menusAndStandardShortcuts()
    {
        MainWindow w;
        QStringList titles;
        QList<QAction *> actions;
        for (QAction *a : w.menuBar()->actions()) {
            titles.append(a->text().remove(u'&'));
            actions.append(allActions(a->menu()));
        }
        QCOMPARE(titles, (QStringList{u"File"_s, u"Edit"_s, u"View"_s, u"Tools"_s, u"Help"_s}));
        QList<QKeySequence> shortcuts;
        for (QAction *a : std::as_const(actions))
            shortcuts.append(a->shortcut());
        for (QKeySequence::StandardKey key : {QKeySequence::New, QKeySequence::Open, QKeySequence::Save, QKeySequence::SaveAs,
                                              QKeySequence::Quit, QKeySequence::Undo, QKeySequence::Redo,
                                              QKeySequence::ZoomIn, QKeySequence::ZoomOut})
            QVERIFY2(shortcuts.contains(QKeySequence(key)), qPrintable(QKeySequence(key).toString()));
        QVERIFY(w.mainToolBar()->actions().size() >= 8);
    }

    void panelsAreListedAndDocked()
    {
        MainWindow w;
        QCOMPARE(w.dockWidgetArea(w.findChild<QDockWidget *>(u"problemsDock"_s)), Qt::BottomDockWidgetArea);
        QVERIFY(w.findChild<QDockWidget *>(u"overviewDock"_s));
        // A panel added later (the palette) is docked and listed under View > Panels.
        auto *palette = new QDockWidget(u"Palette"_s, &w);
        palette->setObjectName(u"paletteDock"_s);
        w.addPanel(palette, Qt::LeftDockWidgetArea);
        QCOMPARE(w.dockWidgetArea(palette), Qt::LeftDockWidgetArea);
        QVERIFY(allActions(w.viewMenu()).contains(palette->toggleViewAction()));
    }

    void overviewOutlinesAndNavigates()
    {
        MainWindow w;
        QVERIFY(w.openFile(MainWindow::defaultSamplePath()));
        w.resize(1000, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        OverviewView *overview = w.overview();
        QCOMPARE(overview->scene(), w.view()->scene());
        // Zoomed in, the canvas shows part of the design; the overview shows it all.
        w.zoomActualSize();
        w.zoomIn();
        w.zoomIn();
        const QRectF scene = w.view()->sceneRect();
        QVERIFY(overview->visibleArea().width() < scene.width());
        const QRectF shown = overview->mapToScene(overview->viewport()->rect()).boundingRect();
        QVERIFY(shown.contains(scene.adjusted(1, 1, -1, -1)));
        // A click in the overview centres the canvas there.
        const QPointF target = scene.center() + QPointF(scene.width() / 5, scene.height() / 5);
        QTest::mouseClick(overview->viewport(), Qt::LeftButton, {}, overview->mapFromScene(target));
        const QPointF centre = overview->visibleArea().center();
        QVERIFY2(QLineF(centre, target).length() < 10, qPrintable(u"%1,%2"_s.arg(centre.x()).arg(centre.y())));
    }

    void languageSetting()
    {
        QCOMPARE(Language::setting(), QString());
        QCOMPARE(Language::uiLocale(), QLocale::system());
        PreferencesDialog dialog;
        QComboBox *box = dialog.languageBox();
        QCOMPARE(box->count(), 3);
        QCOMPARE(box->itemText(2), u"한국어"_s);
        box->setCurrentIndex(2);
        dialog.apply();
        QCOMPARE(Language::setting(), u"ko"_s);
        QCOMPARE(Language::uiLocale().language(), QLocale::Korean);
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"ko"_s);
        PreferencesDialog again; // shows what is stored
        QCOMPARE(again.languageBox()->currentData().toString(), u"ko"_s);
        again.languageBox()->setCurrentIndex(0);
        again.apply();
        QCOMPARE(Language::setting(), QString());
    }

    // Help: the shortcuts are read from the window's actions (never out of date), and a short
    // getting-started page; both in the Help menu.
    void helpListsTheShortcutsAndFirstSteps()
    {
        MainWindow w;
        QMenu *help = nullptr;
        for (QAction *a : w.menuBar()->actions())
            if (a->text() == u"&Help"_s)
                help = a->menu();
        QVERIFY(help);
        QAction *keys = w.findChild<QAction *>(u"keyboardShortcuts"_s);
        QAction *started = w.findChild<QAction *>(u"gettingStarted"_s);
        QVERIFY(keys && started);
        QVERIFY(help->actions().contains(keys) && help->actions().contains(started));
        QCOMPARE(started->shortcut(), QKeySequence(QKeySequence::HelpContents));
        ShortcutsDialog dialog(&w);
        QTableWidget *table = dialog.table();
        QHash<QString, QString> shown;
        for (int r = 0; r < table->rowCount(); ++r)
            shown.insert(table->item(r, 0)->text(), table->item(r, 1)->text());
        QVERIFY2(shown.size() >= 10, qPrintable(QString::number(shown.size())));
        QCOMPARE(shown.value(u"Undo"_s), QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText));
        QVERIFY(shown.value(u"Save"_s).contains(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
        QVERIFY(shown.contains(u"Keyboard Shortcuts"_s) || shown.contains(u"Getting Started"_s));
        for (const QString &name : shown.keys())
            QVERIFY2(!name.contains(u'&'), qPrintable(name)); // mnemonics removed
    }

    void toolbarHasOneIconStyle()
    {
        // Every toolbar icon is one of SkyDraft's flat set (never a theme's or the style's
        // glossy Open/Save beside flat ones), and each is drawn, not blank.
        MainWindow w;
        const auto bars = w.findChildren<QToolBar *>();
        QVERIFY(!bars.isEmpty());
        int icons = 0;
        for (QToolBar *bar : bars)
            for (QAction *a : bar->actions()) {
                if (a->isSeparator() || a->icon().isNull())
                    continue;
                ++icons;
                QVERIFY2(a->icon().name().startsWith(u"skydraft-"_s), qPrintable(a->text() + u": "_s + a->icon().name()));
                QVERIFY2(inkLightness(a->icon()) >= 0, qPrintable(a->text()));
            }
        QVERIFY2(icons >= 10, qPrintable(QString::number(icons)));
        // Light window: dark ink. Dark window: light ink on dark paper, so Open, Save and the
        // zoom lenses stay legible.
        const int lightSave = inkLightness(Style::actionIcon(u"save"_s)); // mostly a white page
        QVERIFY2(inkLightness(Style::actionIcon(u"undo"_s)) < 110, "ink is dark");
        Style::setDark(true);
        const int darkUndo = inkLightness(Style::actionIcon(u"undo"_s));
        const int darkSave = inkLightness(Style::actionIcon(u"save"_s));
        const int darkSimulate = inkLightness(Style::actionIcon(u"simulate"_s));
        Style::setDark(false);
        QVERIFY2(darkUndo > 150, qPrintable(QString::number(darkUndo)));
        QVERIFY2(darkSave < lightSave - 40, qPrintable(u"%1 %2"_s.arg(darkSave).arg(lightSave)));
        QCOMPARE(darkSimulate, inkLightness(Style::actionIcon(u"simulate"_s))); // coloured tiles keep their colours
        QVERIFY(Style::actionIcon(u"no-such-icon"_s).isNull());
    }

    void internetStandsOutOnTheDarkCanvas()
    {
        // The internet's tile is near-black: on the dark canvas its rim must show.
        auto contrastAtRim = [] {
            QImage image(64, 64, QImage::Format_ARGB32);
            image.fill(Style::canvasColor());
            QPainter p(&image);
            Style::paintIcon(&p, ResourceType::Internet, QRectF(8, 8, 48, 48));
            p.end();
            // The middle of the tile's left edge, against the canvas.
            return std::abs(image.pixelColor(8, 32).lightness() - Style::canvasColor().lightness());
        };
        Style::setDark(true);
        const int dark = contrastAtRim();
        Style::setDark(false);
        QVERIFY2(dark > 60, qPrintable(QString::number(dark)));
        QVERIFY(contrastAtRim() > 60);
    }

    void defaultLayoutFitsTheInspector()
    {
        // A first start on a laptop: once shown, the panels get their default widths in the
        // window as it is (before, the first resize squeezed the inspector to ~310 px and its
        // combos cut "internet-facing"), and choice values show translated, with AWS's word.
        QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), QSize(1366, 768));
        KoreanChoices translator;
        QVERIFY(translator.size() >= 30);
        QCoreApplication::installTranslator(&translator);
        MainWindow w;
        QVERIFY(w.openFile(MainWindow::defaultSamplePath()));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(w.findChild<QDockWidget *>(u"inspectorDock"_s)->width() >= 340);
        // Every type's name whole in the palette ("Egress-only internet gateway" was cut).
        auto *palette = w.findChild<QDockWidget *>(u"paletteDock"_s);
        const int natural = w.editing()->palette()->naturalWidth();
        QVERIFY2(natural > 200 && palette->width() >= natural - 4, qPrintable(u"%1 < %2"_s.arg(palette->width()).arg(natural)));
        QVERIFY(w.canvas()->width() >= 600);
        w.editing()->select({u"WebLoadBalancer"_s});
        QCoreApplication::processEvents();
        Inspector *inspector = w.editing()->inspector();
        int combos = 0;
        for (const QString &key : {u"kind"_s, u"scheme"_s}) {
            auto *combo = qobject_cast<QComboBox *>(inspector->field(key));
            QVERIFY2(combo, qPrintable(key));
            const QString expected = key == u"kind"_s ? u"애플리케이션 (application)"_s : u"인터넷 경계 (internet-facing)"_s;
            QCOMPARE(combo->currentText(), expected);
            // The text fits: the combo is at least as wide as it asks to be for it.
            const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText()) + 20;
            QTRY_VERIFY2(combo->isVisible() && combo->width() >= needed,
                         qPrintable(u"%1: %2 px for \"%3\""_s.arg(key).arg(combo->width()).arg(combo->currentText())));
            ++combos;
        }
        QCOMPARE(combos, 2);
        QCoreApplication::removeTranslator(&translator);
    }

    void reachAnswerShowsWhole()
    {
        // On a laptop, a reach answer of a dozen lines gets the room it needs from the inspector
        // above it (a third of the height stays the inspector's); before, it scrolled in a
        // box of four lines.
        MainWindow w;
        QVERIFY(w.openFile(MainWindow::defaultSamplePath()));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(w.findChild<QDockWidget *>(u"inspectorDock"_s)->width() >= 340);
        ReachTool *reach = w.findChild<ReachTool *>();
        QVERIFY(reach);
        // The tool as a window manager's title bar and taskbar leave it: about 200 px.
        auto *inspectorDock = w.findChild<QDockWidget *>(u"inspectorDock"_s);
        auto *reachDock = w.findChild<QDockWidget *>(u"reachDock"_s);
        const int total = inspectorDock->height() + reachDock->height();
        w.resizeDocks({inspectorDock, reachDock}, {total - 200, 200}, Qt::Vertical);
        QTRY_VERIFY2(reachDock->height() <= 220, qPrintable(QString::number(reachDock->height())));
        const net::ReachResult result = reach->ask(u"internet"_s, u"Database"_s, u"tcp"_s, 3306);
        QVERIFY(!result.reachable); // the data tier is private: a verdict, a reason and what blocks
        QScrollArea *area = reach->answerArea();
        // Laid out first (the scroll range is only right after), then whole.
        QTRY_VERIFY(area->widget()->height() >= area->widget()->heightForWidth(area->viewport()->width()));
        QTRY_VERIFY2(area->verticalScrollBar()->maximum() == 0,
                     qPrintable(u"scrolls by %1 px"_s.arg(area->verticalScrollBar()->maximum())));
        QVERIFY(w.findChild<QDockWidget *>(u"inspectorDock"_s)->height() >= 150);
    }

    void appearanceSetting()
    {
        QCOMPARE(Appearance::setting(), QString());
        // "" follows the system; light and dark are what they say, whatever the system is.
        QVERIFY(Appearance::wantsDark(QString(), true));
        QVERIFY(!Appearance::wantsDark(QString(), false));
        QVERIFY(Appearance::wantsDark(u"dark"_s, false));
        QVERIFY(!Appearance::wantsDark(u"light"_s, true));
        PreferencesDialog dialog;
        QComboBox *box = dialog.appearanceBox();
        QCOMPARE(box->count(), 3);
        box->setCurrentIndex(box->findData(u"dark"_s));
        QVERIFY(box->currentIndex() > 0);
        dialog.apply();
        QCOMPARE(QSettings().value(u"ui/appearance"_s).toString(), u"dark"_s);
        // Applied at start: the window's palette and the canvas turn dark.
        const QPalette before = QApplication::palette();
        Appearance::apply(*qApp);
        const bool dark = Style::dark();
        const int window = QApplication::palette().color(QPalette::Window).lightness();
        Style::setDark(false);
        QApplication::setPalette(before);
        QVERIFY(dark);
        QVERIFY2(window < 128, qPrintable(QString::number(window)));
        PreferencesDialog again;
        QCOMPARE(again.appearanceBox()->currentData().toString(), u"dark"_s);
        again.appearanceBox()->setCurrentIndex(0);
        again.apply();
        QCOMPARE(Appearance::setting(), QString());
    }
};

int main(int argc, char **argv)
{
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen")
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" SKYDRAFT_SOURCE_DIR "/tests/data/screens/laptop-1366x768.json");
    QApplication app(argc, argv);
    TestGuiShell test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_gui_shell.moc"
