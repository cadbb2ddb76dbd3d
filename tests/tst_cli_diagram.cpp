// `skydraft export FILE --to png|svg|pdf -o OUT`: with no display, the exit codes of the contract.

#include "clisupport.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace skydraft::test;

namespace {
const QString sample = QStringLiteral(SKYDRAFT_SOURCE_DIR "/resources/samples/three-tier.skydraft");
}

class TestCliDiagram : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesEachFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("png") << u"png"_s << QByteArray("\x89PNG");
        QTest::newRow("svg") << u"svg"_s << QByteArray("<?xml");
        QTest::newRow("pdf") << u"pdf"_s << QByteArray("%PDF");
    }
    void writesEachFormat()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, magic);
        QTemporaryDir dir;
        const QString out = dir.filePath(u"diagram."_s + format);
        const Run r = runSkydraft({u"export"_s, sample, u"--to"_s, format, u"-o"_s, out});
        QVERIFY2(r.exitCode == 0 && r.status == QProcess::NormalExit, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith(magic));
    }

    void scaleEnlargesThePng()
    {
        QTemporaryDir dir;
        const QString one = dir.filePath(u"1.png"_s);
        const QString two = dir.filePath(u"2.png"_s);
        QCOMPARE(runSkydraft({u"export"_s, sample, u"--to"_s, u"png"_s, u"-o"_s, one}).exitCode, 0);
        QCOMPARE(runSkydraft({u"export"_s, sample, u"--to=png"_s, u"--scale"_s, u"2"_s, u"-o"_s, two}).exitCode, 0);
        const QImage a(one);
        const QImage b(two);
        QVERIFY(!a.isNull() && !b.isNull());
        QVERIFY(qAbs(b.width() - 2 * a.width()) <= 2);
        QVERIFY(qAbs(b.height() - 2 * a.height()) <= 2);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing file") << QStringList{u"export"_s, u"/no/such.skydraft"_s, u"--to"_s, u"png"_s, u"-o"_s, u"x.png"_s}
                                      << u"no such file"_s;
        QTest::newRow("no output") << QStringList{u"export"_s, sample, u"--to"_s, u"svg"_s} << u"-o"_s;
        QTest::newRow("bad scale") << QStringList{u"export"_s, sample, u"--to"_s, u"png"_s, u"--scale"_s, u"0"_s, u"-o"_s, u"x.png"_s}
                                   << u"--scale"_s;
        QTest::newRow("unwritable") << QStringList{u"export"_s, sample, u"--to"_s, u"pdf"_s, u"-o"_s, u"/no/such/dir/x.pdf"_s}
                                    << u"/no/such/dir/x.pdf"_s;
        QTest::newRow("unknown option") << QStringList{u"export"_s, sample, u"--to"_s, u"png"_s, u"--dpi"_s, u"3"_s, u"-o"_s, u"x.png"_s}
                                        << u"--dpi"_s;
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = runSkydraft(args);
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1); // one line
        QVERIFY(r.out.isEmpty());
    }

    void brokenDesignIsOneLocatedLine()
    {
        QTemporaryDir dir;
        const QString broken = dir.filePath(u"broken.skydraft"_s);
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"skydraft\", \"version\": 1, \"resources\": [}");
        f.close();
        const Run r = runSkydraft({u"export"_s, broken, u"--to"_s, u"png"_s, u"-o"_s, dir.filePath(u"b.png"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(broken + u":1:"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(u"b.png"_s)));
    }
};

QTEST_GUILESS_MAIN(TestCliDiagram)
#include "tst_cli_diagram.moc"
