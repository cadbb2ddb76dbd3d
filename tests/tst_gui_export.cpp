// Diagram export: PNG (size follows the scale), SVG (parses, renders), PDF, the whole design or
// the selection, on white with a margin; and the errors it reports.

#include "designgenerator.h"
#include "model/document.h"
#include "model/import/designloader.h"
#include "model/layout.h"
#include "model/nativefile.h"
#include "views/canvas/diagramexport.h"
#include "views/canvas/diagramscene.h"
#include "views/shell/exportdialog.h"
#include "views/shell/mainwindow.h"
#include "views/editing/editingsession.h"
#include "views/editing/reachoverlay.h"
#include "views/editing/reachtool.h"
#include "views/canvas/resourceitem.h"
#include "views/canvas/style.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QSvgGenerator>
#include <QImage>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QXmlStreamReader>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace skydraft;

namespace {

std::unique_ptr<Document> sample()
{
    LoadResult loaded = NativeFile::load(MainWindow::defaultSamplePath());
    if (loaded.document)
        Layout::applyMissing(*loaded.document); // the samples carry no layout
    return std::move(loaded.document);
}

QRectF wholeDesign(Document &doc)
{
    DiagramScene scene;
    scene.setDocument(&doc);
    const QRectF rect = DiagramExport::sourceRect(scene);
    scene.setDocument(nullptr);
    return rect;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestGuiExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The window below keeps settings and a recovery folder: not the user's.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"SkyDraftTest"_s);
        QCoreApplication::setApplicationName(u"tst_gui_export"_s);
    }

    void pngHasTheScaledSize_data()
    {
        QTest::addColumn<double>("scale");
        QTest::newRow("1") << 1.0;
        QTest::newRow("2") << 2.0;
        QTest::newRow("0.5") << 0.5;
    }
    void pngHasTheScaledSize()
    {
        QFETCH(double, scale);
        auto doc = sample();
        QVERIFY(doc);
        const QRectF source = wholeDesign(*doc);
        QVERIFY(source.width() > 400 && source.height() > 300);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"d.png"_s);
        QString error;
        QVERIFY2(DiagramExport::write(*doc, path, DiagramExport::Format::Png, scale, &error), qPrintable(error));
        QImage image;
        QVERIFY(image.load(path, "PNG"));
        QCOMPARE(image.width(), int(std::ceil(source.width() * scale)));
        QCOMPARE(image.height(), int(std::ceil(source.height() * scale)));
        // White margin, and a drawing inside it.
        QCOMPARE(image.pixelColor(1, 1), QColor(Qt::white));
        QCOMPARE(image.pixelColor(image.width() - 2, image.height() - 2), QColor(Qt::white));
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                coloured += image.pixelColor(x, y) != QColor(Qt::white);
        QVERIFY(coloured > 100);
    }

    void svgParsesAndRenders()
    {
        auto doc = sample();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"d.svg"_s);
        QString error;
        QVERIFY2(DiagramExport::write(*doc, path, DiagramExport::Format::Svg, 1, &error), qPrintable(error));
        const QByteArray svg = readAll(path);
        QXmlStreamReader xml(svg);
        QString root;
        int texts = 0;
        int images = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                if (root.isEmpty())
                    root = xml.name().toString();
                texts += xml.name() == u"text"_s;
                images += xml.name() == u"image"_s;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(root, u"svg"_s);
        QVERIFY(texts > doc->count() / 2); // labels stay text: searchable, sharp at any size
        QCOMPARE(images, 0); // and nothing is a bitmap (the canvas's pixmap caches stay out)
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        const QRectF source = wholeDesign(*doc);
        QCOMPARE(renderer.viewBoxF().size(), source.size());
    }

    void pdfIsAPdf()
    {
        auto doc = sample();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"d.pdf"_s);
        QString error;
        QVERIFY2(DiagramExport::write(*doc, path, DiagramExport::Format::Pdf, 1, &error), qPrintable(error));
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QVERIFY(pdf.contains("/Type /Page"));
    }

    void bigDesignFitsOnePdfPage()
    {
        bench::GeneratorOptions options;
        options.targetResources = 2000;
        const auto doc = bench::generateDesign(options);
        const QRectF source = wholeDesign(*doc);
        QVERIFY(std::max(source.width(), source.height()) > 14400); // bigger than a PDF page may be
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.pdf"_s);
        QString error;
        QVERIFY2(DiagramExport::write(*doc, path, DiagramExport::Format::Pdf, 1, &error), qPrintable(error));
        const QString pdf = QString::fromLatin1(readAll(path));
        const QRegularExpressionMatch box = QRegularExpression(u"/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"_s).match(pdf);
        QVERIFY(box.hasMatch());
        QVERIFY(box.captured(1).toDouble() <= 14400.5);
        QVERIFY(box.captured(2).toDouble() <= 14400.5);
        // Scaled to fit, not shrunk further, in proportion.
        QVERIFY(std::max(box.captured(1).toDouble(), box.captured(2).toDouble()) > 14000);
        QVERIFY(qAbs(box.captured(1).toDouble() / box.captured(2).toDouble() - source.width() / source.height()) < 0.01);
    }

    // Preferences > Appearance > Dark: the canvas is dark, an export stays a light document
    // (white paper, dark names), and the canvas is dark again afterwards.
    void darkCanvasExportsLight()
    {
        Style::setDark(true);
        MainWindow w;
        QVERIFY(w.openFile(MainWindow::defaultSamplePath()));
        QVERIFY(w.scene()->backgroundBrush().color().lightness() < 64);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"dark.png"_s);
        const bool written = DiagramExport::write(*w.scene(), path, DiagramExport::Format::Png, 1, false);
        const bool stillDark = Style::dark();
        Style::setDark(false);
        QVERIFY(written);
        QVERIFY(stillDark);
        QVERIFY(w.scene()->backgroundBrush().color().lightness() < 64); // the canvas keeps its colour
        const QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
        // The VPC's tint is light, as on a light canvas: no dark fill in the middle of it.
        int darkPixels = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                darkPixels += image.pixelColor(x, y).lightness() < 60 ? 1 : 0;
        QVERIFY2(darkPixels < image.width() * image.height() / 16 / 50, qPrintable(QString::number(darkPixels))); // < 2 %: text and icons
    }

    void selectionOnly()
    {
        MainWindow w;
        QVERIFY(w.openFile(MainWindow::defaultSamplePath()));
        const QString subnet = w.document()->resourcesOfType(ResourceType::Subnet).first()->id;
        ResourceItem *item = w.scene()->item(subnet);
        item->setSelected(true);
        const QRectF source = DiagramExport::sourceRect(*w.scene(), true);
        QCOMPARE(source, item->sceneBoundingRect().adjusted(-DiagramExport::margin, -DiagramExport::margin,
                                                            DiagramExport::margin, DiagramExport::margin));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.png"_s);
        QVERIFY(DiagramExport::write(*w.scene(), path, DiagramExport::Format::Png, 1, true));
        QImage image(path);
        QCOMPARE(image.size(), QSize(int(std::ceil(source.width())), int(std::ceil(source.height()))));
        QVERIFY(item->isSelected()); // the selection is back after drawing without it
        item->setSelected(false);
        QString error;
        QVERIFY(!DiagramExport::write(*w.scene(), path, DiagramExport::Format::Png, 1, true, &error));
        QVERIFY(!error.isEmpty());
    }

    void selectionOnlyDrawsJustTheSelection()
    {
        // The load balancer alone: not the VPC that holds it, not the arrows to the rest, not
        // the reach answer on the canvas.
        MainWindow w;
        QVERIFY(w.openFile(MainWindow::defaultSamplePath()));
        QCoreApplication::processEvents();
        w.editing()->reachTool()->overlay()->show({u"WebLoadBalancer"_s}, u"WebLoadBalancer"_s, u"Xyzzy blocks here"_s);
        w.scene()->item(u"WebLoadBalancer"_s)->setSelected(true);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lb.svg"_s);
        QVERIFY(DiagramExport::write(*w.scene(), path, DiagramExport::Format::Svg, 1, true));
        const QString svg = QString::fromUtf8(readAll(path));
        QVERIFY(svg.contains(u"ALB, internet-facing"_s));
        QVERIFY(!svg.contains(u"Application VPC"_s));
        QVERIFY(!svg.contains(u"Xyzzy"_s));
        // The canvas is as it was.
        QVERIFY(w.scene()->item(u"WebLoadBalancer"_s)->isSelected());
        QVERIFY(!w.scene()->leftOutOfExport(u"Vpc"_s));
        QVERIFY(w.editing()->reachTool()->overlay()->highlightOf(u"WebLoadBalancer"_s) == ReachOverlay::Highlight::Blocked);
        // A whole export has everything but the reach answer too.
        QVERIFY(DiagramExport::write(*w.scene(), path, DiagramExport::Format::Svg, 1, false));
        const QString whole = QString::fromUtf8(readAll(path));
        QVERIFY(whole.contains(u"Application VPC"_s));
        QVERIFY(!whole.contains(u"Xyzzy"_s));
    }

    void exportDialogShowsItsWholeTitle()
    {
        // A title bar holds the icon, the title and three buttons: the dialog is wide enough
        // for all of them ("Export Diagram" read "Expor… agram").
        ExportDialog dialog(false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QFont bold = dialog.font();
        bold.setBold(true);
        const int needed = QFontMetrics(bold).horizontalAdvance(dialog.windowTitle()) + 150;
        QVERIFY2(dialog.width() >= needed, qPrintable(u"%1 < %2"_s.arg(dialog.width()).arg(needed)));
    }

    void everyOutputShowsTheSameNames()
    {
        // Text is sized in scene units: a 72-dpi SVG or PDF and a 96-dpi PNG or screen cut and
        // wrap a name alike (before, the SVG's smaller text showed "WebServerSecurityGroup"
        // where the PNG showed "WebServe…ityGroup"). Id-like names wrap between their parts.
        LoadResult loaded = DesignLoader::load(QStringLiteral(SKYDRAFT_FIXTURES_DIR) + u"/cloudformation/wordpress-ha.yaml"_s);
        QVERIFY(loaded.ok());
        Layout::applyMissing(*loaded.document);
        DiagramScene scene;
        scene.setDocument(loaded.document.get());
        const QRectF source = DiagramExport::sourceRect(scene);
        for (QGraphicsItem *item : scene.items()) // drawn afresh, as an export does: text, not cached pixmaps
            item->setCacheMode(QGraphicsItem::NoCache);
        auto textsAt = [&](int dpi) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QSvgGenerator svg;
            svg.setOutputDevice(&buffer);
            svg.setResolution(dpi);
            svg.setSize(source.size().toSize());
            svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
            {
                QPainter painter(&svg);
                scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
            }
            QStringList texts;
            QXmlStreamReader xml(buffer.data());
            while (!xml.atEnd())
                if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text")
                    texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            if (xml.hasError())
                texts.append(u"XML error: "_s + xml.errorString());
            return texts;
        };
        const QStringList at72 = textsAt(72);
        const QStringList at96 = textsAt(96);
        scene.setDocument(nullptr);
        QCOMPARE(at72, at96);
        QVERIFY2(at96.contains(u"WebServerSecurity"_s) && at96.contains(u"Group"_s), qPrintable(at96.join(u" | "_s)));
        for (const QString &t : at96)
            QVERIFY2(!t.contains(u"${"_s), qPrintable(t)); // unresolved names show the logical id
    }

    void errors()
    {
        QTemporaryDir dir;
        Document empty;
        QString error;
        QVERIFY(!DiagramExport::write(empty, dir.filePath(u"e.png"_s), DiagramExport::Format::Png, 1, &error));
        QVERIFY(!error.isEmpty());
        auto doc = sample();
        error.clear();
        QVERIFY(!DiagramExport::write(*doc, u"/nonexistent-dir/x.svg"_s, DiagramExport::Format::Svg, 1, &error));
        QVERIFY(error.contains(u"/nonexistent-dir/x.svg"_s));
        error.clear();
        QVERIFY(!DiagramExport::write(*doc, dir.filePath(u"x.png"_s), DiagramExport::Format::Png, 0, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(u"x.png"_s)));
        QCOMPARE(DiagramExport::formatFromName(u"PNG"_s), DiagramExport::Format::Png);
        QVERIFY(!DiagramExport::formatFromName(u"gif"_s));
    }

    // Text from a design in a tooltip is shown as it is, never rendered as rich text: a name
    // like <img src=...> stays those characters (issue 17).
    void designTextInTooltipsIsPlain()
    {
        for (const QString &text : {u"<img src=\"file:///etc/passwd\">"_s, u"<b>bold</b> & <i>x</i>"_s, u"a < b\nc"_s}) {
            const QString tip = Style::plainToolTip(text);
            QTextDocument rendered;
            if (Qt::mightBeRichText(tip))
                rendered.setHtml(tip);
            else
                rendered.setPlainText(tip);
            QCOMPARE(rendered.toPlainText().simplified(), QString(text).simplified());
        }
        QCOMPARE(Style::plainToolTip(u"WebServerGroup"_s), u"WebServerGroup"_s); // plain stays as it was
    }
};

QTEST_MAIN(TestGuiExport)
#include "tst_gui_export.moc"
