// `skydraft check` and `skydraft reach` (product.md, command-line contract): exit codes, the
// JSON and SARIF reports, the reach JSON object, and one-line errors on bad input.

#include "model/nativefile.h"
#include "clisupport.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace skydraft;

namespace {

using test::Run;
using test::runSkydraft;

QString samplePath(const QString &name)
{
    return QStringLiteral(SKYDRAFT_SOURCE_DIR) + u"/resources/samples/"_s + name + u".skydraft"_s;
}

QJsonObject parseObject(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qWarning("not a JSON object (%s):\n%s", qPrintable(error.errorString()), qPrintable(text));
    return doc.object();
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QString describe(const Run &r) { return u"exit %1\nstdout:\n%2\nstderr:\n%3"_s.arg(r.exitCode).arg(r.out, r.err); }

} // namespace

class TestCliCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(SKYDRAFT_BINARY)));
        QVERIFY(m_dir.isValid());
        // The three-tier sample with SSH open to the world: an error finding.
        LoadResult loaded = NativeFile::load(samplePath(u"three-tier"_s));
        QVERIFY(loaded.ok());
        const QVariantList inbound{
            test::row({{u"protocol"_s, u"tcp"_s}, {u"fromPort"_s, 80}, {u"toPort"_s, 80}, {u"group"_s, u"LoadBalancerSecurityGroup"_s}}),
            test::row({{u"protocol"_s, u"tcp"_s}, {u"fromPort"_s, 22}, {u"toPort"_s, 22}, {u"cidr"_s, u"0.0.0.0/0"_s}})};
        QVERIFY(test::setStored(*loaded.document, u"WebSecurityGroup"_s, u"inbound"_s, inbound));
        m_openSsh = m_dir.filePath(u"open-ssh.skydraft"_s);
        QString error;
        QVERIFY2(NativeFile::save(*loaded.document, m_openSsh, &error), qPrintable(error));
        m_broken = m_dir.filePath(u"broken.skydraft"_s);
        QFile f(m_broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"format\": \"skydraft\",\n  \"version\": 1,\n  \"resources\": [\n    {\"id\": \"Vpc\", \"type\": }\n  ]\n}\n");
    }

    // --- check ------------------------------------------------------------------------------------

    void checkSamples_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(SKYDRAFT_SOURCE_DIR) + u"/resources/samples"_s);
        const QStringList files = dir.entryList({u"*.skydraft"_s});
        QVERIFY(files.size() >= 4);
        for (const QString &f : files)
            for (const char *format : {"text", "json", "sarif"})
                QTest::addRow("%s %s", qPrintable(f), format) << dir.filePath(f) + u'|' + QLatin1StringView(format);
    }
    void checkSamples()
    {
        QFETCH(QString, path);
        const QStringList parts = path.split(u'|');
        const Run r = runSkydraft({u"check"_s, parts[0], u"--format"_s, parts[1]});
        QVERIFY2(r.exitCode == 0 && r.status == QProcess::NormalExit, qPrintable(describe(r)));
        QCOMPARE(r.err, QString());
        if (parts[1] == u"text"_s) {
            QVERIFY2(r.out.contains(u": 0 errors, 0 warnings, 0 notes"_s), qPrintable(r.out));
        } else {
            const QJsonObject o = parseObject(r.out);
            QVERIFY(!o.isEmpty());
            if (parts[1] == u"json"_s) {
                QCOMPARE(o.value(u"errors"_s).toInt(-1), 0);
                QVERIFY(o.value(u"findings"_s).isArray());
            } else {
                QCOMPARE(o.value(u"version"_s).toString(), u"2.1.0"_s);
            }
        }
    }

    void checkErrorFindingText()
    {
        const Run r = runSkydraft({u"check"_s, m_openSsh});
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        // FILE:LINE:COL: error open-admin-port: ...
        const QRegularExpression line(u"^"_s + QRegularExpression::escape(m_openSsh)
                                      + u":\\d+:\\d+: error open-admin-port: .*WebSecurityGroup"_s,
                                      QRegularExpression::MultilineOption);
        QVERIFY2(line.match(r.out).hasMatch(), qPrintable(r.out));
        QVERIFY(r.out.contains(u"1 error,"_s));
    }

    void checkJson()
    {
        const Run r = runSkydraft({u"check"_s, m_openSsh, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        const QJsonObject o = parseObject(r.out);
        QCOMPARE(o.value(u"file"_s).toString(), m_openSsh);
        QCOMPARE(o.value(u"errors"_s).toInt(), 1);
        const QJsonArray findings = o.value(u"findings"_s).toArray();
        QCOMPARE(findings.size(), 1);
        const QJsonObject f = findings.first().toObject();
        QCOMPARE(f.value(u"rule"_s).toString(), u"open-admin-port"_s);
        QCOMPARE(f.value(u"severity"_s).toString(), u"error"_s);
        QCOMPARE(f.value(u"component"_s).toString(), u"WebSecurityGroup"_s);
        QCOMPARE(f.value(u"property"_s).toString(), u"inbound"_s);
        QCOMPARE(f.value(u"row"_s).toInt(), 1);
        QVERIFY(!f.value(u"message"_s).toString().isEmpty());
        QVERIFY(!f.value(u"hint"_s).toString().isEmpty());
        QVERIFY(f.value(u"line"_s).toInt() > 0);
        QVERIFY(f.value(u"column"_s).toInt() > 0);
    }

    void checkSarif()
    {
        const Run r = runSkydraft({u"check"_s, m_openSsh, u"--format"_s, u"sarif"_s});
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        const QJsonObject o = parseObject(r.out);
        QCOMPARE(o.value(u"version"_s).toString(), u"2.1.0"_s);
        QVERIFY(o.value(u"$schema"_s).toString().contains(u"sarif"_s));
        QVERIFY(o.value(u"$schema"_s).toString().contains(u"2.1.0"_s));
        const QJsonArray runs = o.value(u"runs"_s).toArray();
        QCOMPARE(runs.size(), 1);
        const QJsonObject run = runs.first().toObject();
        const QJsonObject driver = run.value(u"tool"_s).toObject().value(u"driver"_s).toObject();
        QCOMPARE(driver.value(u"name"_s).toString(), u"SkyDraft"_s);
        QStringList ruleIds;
        for (const QJsonValue &v : driver.value(u"rules"_s).toArray())
            ruleIds.append(v.toObject().value(u"id"_s).toString());
        for (const char *id : {"open-admin-port", "data-store-public", "alb-single-az", "subnet-overlap", "invalid-design"})
            QVERIFY2(ruleIds.contains(QLatin1StringView(id)), id);
        const QJsonArray results = run.value(u"results"_s).toArray();
        QCOMPARE(results.size(), 1);
        const QJsonObject result = results.first().toObject();
        QCOMPARE(result.value(u"ruleId"_s).toString(), u"open-admin-port"_s);
        QCOMPARE(result.value(u"level"_s).toString(), u"error"_s);
        QVERIFY(!result.value(u"message"_s).toObject().value(u"text"_s).toString().isEmpty());
        // ruleIndex, when given, points at the rule.
        if (result.contains(u"ruleIndex"_s))
            QCOMPARE(ruleIds.value(result.value(u"ruleIndex"_s).toInt()), u"open-admin-port"_s);
        const QJsonObject physical = result.value(u"locations"_s).toArray().first().toObject().value(u"physicalLocation"_s).toObject();
        QCOMPARE(physical.value(u"artifactLocation"_s).toObject().value(u"uri"_s).toString(), m_openSsh);
        const int startLine = physical.value(u"region"_s).toObject().value(u"startLine"_s).toInt();
        QVERIFY(startLine > 0);
        // The line is the open rule's.
        QFile f(m_openSsh);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> fileLines = f.readAll().split('\n');
        QVERIFY(startLine <= fileLines.size());
        QVERIFY2(fileLines.at(startLine - 1).contains("0.0.0.0/0"), fileLines.at(startLine - 1).constData());
    }

    void checkBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("stderrContains");
        QTest::newRow("missing file") << QStringList{u"check"_s, u"/nonexistent/x.skydraft"_s} << u"no such file"_s;
        QTest::newRow("no file") << QStringList{u"check"_s} << u"usage"_s;
        QTest::newRow("bogus format") << QStringList{u"check"_s, samplePath(u"three-tier"_s), u"--format"_s, u"bogus"_s}
                                      << u"bogus"_s;
        QTest::newRow("unknown option") << QStringList{u"check"_s, samplePath(u"three-tier"_s), u"--frobnicate"_s, u"1"_s}
                                        << u"--frobnicate"_s;
    }
    void checkBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, stderrContains);
        const Run r = runSkydraft(args);
        QVERIFY2(r.exitCode == 2 && r.status == QProcess::NormalExit, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(stderrContains), qPrintable(r.err));
        QCOMPARE(r.out, QString());
    }

    void checkBrokenFile()
    {
        const Run r = runSkydraft({u"check"_s, m_broken});
        QVERIFY2(r.exitCode == 2 && r.status == QProcess::NormalExit, qPrintable(describe(r)));
        // One located line per error.
        const QRegularExpression located(u"^"_s + QRegularExpression::escape(m_broken) + u":\\d+:\\d+: "_s);
        const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        for (const QString &l : lines)
            QVERIFY2(located.match(l).hasMatch(), qPrintable(l));
        QCOMPARE(r.out, QString());
    }

    // --- reach ------------------------------------------------------------------------------------

    void reachExitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        const QString tt = samplePath(u"three-tier"_s);
        QTest::newRow("reachable") << QStringList{u"reach"_s, tt, u"--from"_s, u"internet"_s, u"--to"_s, u"WebLoadBalancer"_s, u"--port"_s, u"443"_s} << 0;
        QTest::newRow("reachable, options with =") << QStringList{u"reach"_s, tt, u"--from=WebServerGroup"_s, u"--to=Database"_s, u"--port=3306"_s} << 0;
        QTest::newRow("not reachable") << QStringList{u"reach"_s, tt, u"--from"_s, u"internet"_s, u"--to"_s, u"Database"_s, u"--port"_s, u"3306"_s} << 1;
        QTest::newRow("udp not admitted") << QStringList{u"reach"_s, tt, u"--from"_s, u"internet"_s, u"--to"_s, u"WebLoadBalancer"_s, u"--protocol"_s, u"udp"_s, u"--port"_s, u"443"_s} << 1;
        QTest::newRow("bad port") << QStringList{u"reach"_s, tt, u"--from"_s, u"internet"_s, u"--to"_s, u"Database"_s, u"--port"_s, u"http"_s} << 2;
        QTest::newRow("port out of range") << QStringList{u"reach"_s, tt, u"--from"_s, u"internet"_s, u"--to"_s, u"Database"_s, u"--port"_s, u"65536"_s} << 2;
        QTest::newRow("negative port") << QStringList{u"reach"_s, tt, u"--from"_s, u"internet"_s, u"--to"_s, u"Database"_s, u"--port"_s, u"-1"_s} << 2;
        QTest::newRow("missing --to") << QStringList{u"reach"_s, tt, u"--from"_s, u"internet"_s} << 2;
        QTest::newRow("missing --from") << QStringList{u"reach"_s, tt, u"--to"_s, u"Database"_s} << 2;
        QTest::newRow("bad protocol") << QStringList{u"reach"_s, tt, u"--from"_s, u"internet"_s, u"--to"_s, u"Database"_s, u"--protocol"_s, u"sctp"_s} << 2;
        QTest::newRow("bad format") << QStringList{u"reach"_s, tt, u"--from"_s, u"internet"_s, u"--to"_s, u"Database"_s, u"--format"_s, u"sarif"_s} << 2;
        QTest::newRow("missing file") << QStringList{u"reach"_s, u"/nonexistent/x.skydraft"_s, u"--from"_s, u"internet"_s, u"--to"_s, u"Database"_s} << 2;
        QTest::newRow("unknown source") << QStringList{u"reach"_s, tt, u"--from"_s, u"Nobody"_s, u"--to"_s, u"Database"_s} << 2;
    }
    void reachExitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const Run r = runSkydraft(args);
        QVERIFY2(r.exitCode == exitCode && r.status == QProcess::NormalExit, qPrintable(describe(r)));
        if (exitCode == 2) {
            QVERIFY2(!r.err.isEmpty(), qPrintable(describe(r)));
            QCOMPARE(r.out, QString());
            QVERIFY(!r.err.contains(u"Stack trace"_s));
        } else {
            QCOMPARE(r.err, QString());
            QVERIFY(r.out.contains(exitCode == 0 ? u": reachable"_s : u"NOT reachable"_s));
        }
    }

    void reachUnknownIdSuggestsClosest()
    {
        const Run r = runSkydraft({u"reach"_s, samplePath(u"three-tier"_s), u"--from"_s, u"internet"_s, u"--to"_s,
                                u"WebLoadBalancr"_s, u"--port"_s, u"443"_s});
        QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(u"WebLoadBalancr"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"did you mean WebLoadBalancer"_s), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
    }

    void reachJsonShape()
    {
        const Run r = runSkydraft({u"reach"_s, samplePath(u"three-tier"_s), u"--from"_s, u"internet"_s, u"--to"_s,
                                u"Database"_s, u"--port"_s, u"3306"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        const QJsonObject o = parseObject(r.out);
        QCOMPARE(sortedKeys(o), sorted({u"reachable"_s, u"source"_s, u"destination"_s, u"protocol"_s, u"port"_s,
                                        u"path"_s, u"explanations"_s}));
        QCOMPARE(o.value(u"reachable"_s), QJsonValue(false));
        QCOMPARE(o.value(u"source"_s).toString(), u"internet"_s);
        QCOMPARE(o.value(u"destination"_s).toString(), u"Database"_s);
        QCOMPARE(o.value(u"protocol"_s).toString(), u"tcp"_s);
        QCOMPARE(o.value(u"port"_s).toInt(), 3306);
        const QJsonArray path = o.value(u"path"_s).toArray();
        QVERIFY(!path.isEmpty());
        for (const QJsonValue &h : path)
            QCOMPARE(sortedKeys(h.toObject()), sorted({u"component"_s, u"type"_s, u"detail"_s}));
        const QJsonArray explanations = o.value(u"explanations"_s).toArray();
        QCOMPARE(explanations.size(), 1);
        const QJsonObject e = explanations.first().toObject();
        QCOMPARE(sortedKeys(e), sorted({u"code"_s, u"component"_s, u"direction"_s, u"detail"_s}));
        QCOMPARE(e.value(u"code"_s).toString(), u"IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"_s);
        QCOMPARE(e.value(u"component"_s).toString(), u"Database"_s);
        QCOMPARE(e.value(u"direction"_s).toString(), u"ingress"_s);

        const Run ok = runSkydraft({u"reach"_s, samplePath(u"three-tier"_s), u"--from"_s, u"internet"_s, u"--to"_s,
                                 u"WebLoadBalancer"_s, u"--port"_s, u"443"_s, u"--format"_s, u"json"_s});
        QVERIFY2(ok.exitCode == 0, qPrintable(describe(ok)));
        const QJsonObject yes = parseObject(ok.out);
        QCOMPARE(yes.value(u"reachable"_s), QJsonValue(true));
        QCOMPARE(yes.value(u"explanations"_s).toArray().size(), 0);
        QStringList components;
        for (const QJsonValue &h : yes.value(u"path"_s).toArray())
            components.append(h.toObject().value(u"component"_s).toString());
        QVERIFY2(components.contains(u"InternetGateway"_s) && components.contains(u"LoadBalancerSecurityGroup"_s),
                 qPrintable(components.join(u", "_s)));
        QCOMPARE(components.first(), u"internet"_s);
    }

    void reachJsonAsgSourceListsSubnets()
    {
        const Run r = runSkydraft({u"reach"_s, samplePath(u"three-tier"_s), u"--from"_s, u"WebServerGroup"_s, u"--to"_s,
                                u"Database"_s, u"--port"_s, u"3306"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject o = parseObject(r.out);
        const QJsonArray subnets = o.value(u"sourceSubnets"_s).toArray();
        QCOMPARE(subnets.size(), 2);
        QStringList names;
        for (const QJsonValue &v : subnets) {
            const QJsonObject s = v.toObject();
            QCOMPARE(sortedKeys(s), sorted({u"subnet"_s, u"reachable"_s, u"explanations"_s}));
            QCOMPARE(s.value(u"reachable"_s), QJsonValue(true));
            names.append(s.value(u"subnet"_s).toString());
        }
        QCOMPARE(names, (QStringList{u"AppSubnetA"_s, u"AppSubnetB"_s}));
    }

    void reachIcmpAndNoPort()
    {
        // No port: protocol only; the JSON says port null.
        const Run r = runSkydraft({u"reach"_s, samplePath(u"three-tier"_s), u"--from"_s, u"WebServerGroup"_s, u"--to"_s,
                                u"Database"_s, u"--protocol"_s, u"icmp"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        const QJsonObject o = parseObject(r.out);
        QCOMPARE(o.value(u"protocol"_s).toString(), u"icmp"_s);
        QVERIFY(o.value(u"port"_s).isNull());
        QCOMPARE(o.value(u"explanations"_s).toArray().first().toObject().value(u"code"_s).toString(),
                 u"ENI_SG_RULES_MISMATCH"_s);
    }

private:
    QTemporaryDir m_dir;
    QString m_openSsh;
    QString m_broken;
};

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_cli_check.moc"
