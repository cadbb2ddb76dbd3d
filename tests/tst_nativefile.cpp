// The native file: lossless, byte-stable round trips; stable key order; atomic saves; and
// errors that point at FILE:LINE:COL for every kind of broken input, without ever crashing.

#include "designgenerator.h"
#include "model/jsonlocate.h"
#include "model/nativefile.h"
#include "model/validator.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace skydraft;
using test::lineColOf;

namespace {

const QString kFile = u"design.skydraft"_s;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray sample(const QString &name) { return readAll(u":/samples/"_s + name); }

QStringList sampleNames()
{
    return QDir(u":/samples"_s).entryList({u"*.skydraft"_s}, QDir::Files, QDir::Name);
}

/// Everything a design holds, in a comparable form.
void compareDocuments(const Document &a, const Document &b)
{
    QCOMPARE(a.title(), b.title());
    QCOMPARE(a.description(), b.description());
    QCOMPARE(a.region(), b.region());
    QCOMPARE(a.ids(), b.ids());
    for (const QString &id : a.ids()) {
        const Resource *ra = a.find(id);
        const Resource *rb = b.find(id);
        QVERIFY(rb);
        QCOMPARE(rb->type, ra->type);
        QCOMPARE(rb->name, ra->name);
        QCOMPARE(rb->parent, ra->parent);
        QCOMPARE(rb->properties.keys(), ra->properties.keys());
        for (const QString &key : ra->properties.keys()) {
            const PropertySpec *spec = Catalogue::property(ra->type, key);
            QVERIFY2(spec, qPrintable(id + u'.' + key));
            QVERIFY2(Catalogue::normalized(*spec, rb->properties.value(key)) == Catalogue::normalized(*spec, ra->properties.value(key)),
                     qPrintable(id + u'.' + key));
        }
        QCOMPARE(b.geometry(id), a.geometry(id));
        QCOMPARE(b.children(id), a.children(id));
    }
}

/// The one error of a failed parse, checked for shape: one line, FILE:LINE:COL when placed.
Diagnostic onlyError(const LoadResult &r)
{
    if (r.document || r.errors.size() != 1) {
        qWarning("expected exactly one error, got %d (document: %s)", int(r.errors.size()), r.document ? "yes" : "no");
        for (const Diagnostic &d : r.errors)
            qWarning("%s", qPrintable(d.format()));
        return {};
    }
    return r.errors.first();
}

} // namespace

class TestNativeFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void samplesAreCanonical();
    void stableKeyOrder();
    void semanticApartFromLayout();
    void metadataAndEscapes();
    void keepsThePassThrough();
    void looksNative();

    void saveAndLoad();
    void saveOverDirectoryFails();
    void saveIntoReadOnlyDirectoryFails();
    void saveIntoMissingDirectoryFails();
    void loadMissingFile();

    void errors_data();
    void errors();
    void deepNesting_data();
    void deepNesting();
    void binaryGarbage();
    void mutatedFiles();
    void locateSemantic_data();
    void locateSemantic();
    void locateUnknownResource();
    void positions();
};

// ---- round trips ----------------------------------------------------------------------------

void TestNativeFile::roundTrip_data()
{
    QTest::addColumn<QByteArray>("text");
    for (const QString &name : sampleNames())
        QTest::newRow(qPrintable(u"sample "_s + name)) << sample(name);
    QTest::newRow("test design") << test::baseDesignJson();
    bench::GeneratorOptions small;
    small.vpcs = 2;
    small.zonesPerVpc = 3;
    small.subnetsPerZone = 4;
    small.instancesPerSubnet = 3;
    QTest::newRow("generated, 2 VPCs") << NativeFile::serialize(*bench::generateDesign(small));
    bench::GeneratorOptions big;
    big.targetResources = 2000;
    QTest::newRow("generated, 2000 resources") << NativeFile::serialize(*bench::generateDesign(big));
    bench::GeneratorOptions bare;
    bare.layout = false;
    bare.zonesPerVpc = 1;
    bare.subnetsPerZone = 1;
    QTest::newRow("generated, no layout") << NativeFile::serialize(*bench::generateDesign(bare));
}

void TestNativeFile::roundTrip()
{
    QFETCH(QByteArray, text);
    const LoadResult first = NativeFile::parse(text, kFile);
    QVERIFY2(first.ok(), qPrintable(first.errors.value(0).format()));
    const QByteArray once = NativeFile::serialize(*first.document);
    const LoadResult second = NativeFile::parse(once, kFile);
    QVERIFY2(second.ok(), qPrintable(second.errors.value(0).format()));
    const QByteArray twice = NativeFile::serialize(*second.document);
    QCOMPARE(twice, once); // byte-identical
    compareDocuments(*first.document, *second.document);
    QCOMPARE(second.resourceIndex.size(), second.document->count());
    QCOMPARE(second.migratedFrom, 0);
}

void TestNativeFile::samplesAreCanonical()
{
    // The samples are written the way SkyDraft writes: opening and saving one changes nothing,
    // so a sample edited in the app gives a minimal diff.
    const QStringList names = sampleNames();
    QVERIFY(names.size() >= 4);
    for (const QString &name : names) {
        const QByteArray text = sample(name);
        const LoadResult r = NativeFile::parse(text, name);
        QVERIFY2(r.ok(), qPrintable(name));
        QVERIFY2(NativeFile::serialize(*r.document) == text, qPrintable(name + u" is not in canonical form"_s));
        QVERIFY(NativeFile::looksNative(text));
    }
}

void TestNativeFile::stableKeyOrder()
{
    // The same design built in two different orders of property edits is the same file.
    auto build = [](bool reversed) {
        auto doc = std::make_unique<Document>();
        doc->setRegion(u"eu-west-1"_s);
        doc->setTitle(u"T"_s);
        doc->setDescription(u"D"_s);
        QList<std::pair<QString, QVariant>> props{
            {u"minSize"_s, 2}, {u"maxSize"_s, 4}, {u"subnets"_s, QStringList{u"S"_s}}, {u"launchTemplate"_s, u"Lt"_s},
            {u"healthCheckType"_s, u"ELB"_s},
            {u"scalingPolicies"_s, QVariantList{test::row({{u"targetValue"_s, 50}, {u"name"_s, u"cpu"_s}, {u"metric"_s, u"ASGAverageCPUUtilization"_s}})}}};
        if (reversed)
            std::reverse(props.begin(), props.end());
        Resource asg = test::makeResource(u"Asg"_s, ResourceType::AutoScalingGroup, u"Vpc"_s);
        asg.name = u"Web"_s;
        doc->insert(test::makeResource(u"Vpc"_s, ResourceType::Vpc));
        doc->insert(asg);
        for (const auto &[k, v] : props)
            test::setStored(*doc, u"Asg"_s, k, v);
        doc->setGeometry(u"Asg"_s, QRectF(1.5, 2, 300, 200));
        doc->setGeometry(u"Vpc"_s, QRectF(0, 0, 900, 600));
        return NativeFile::serialize(*doc);
    };
    const QByteArray a = build(false);
    QCOMPARE(build(true), a);
    auto before = [&](const char *x, const char *y) {
        const qsizetype i = a.indexOf(x), j = a.indexOf(y);
        return i >= 0 && j >= 0 && i < j;
    };
    // Top level, resource and layout keys in a fixed order.
    QVERIFY(before("\"format\"", "\"version\""));
    QVERIFY(before("\"version\"", "\"title\""));
    QVERIFY(before("\"title\"", "\"description\""));
    QVERIFY(before("\"description\"", "\"region\""));
    QVERIFY(before("\"region\"", "\"resources\""));
    QVERIFY(before("\"resources\"", "\"layout\""));
    QVERIFY(before("\"id\": \"Asg\"", "\"type\": \"auto-scaling-group\""));
    QVERIFY(before("\"type\": \"auto-scaling-group\"", "\"name\": \"Web\""));
    QVERIFY(before("\"name\": \"Web\"", "\"parent\": \"Vpc\""));
    QVERIFY(before("\"parent\": \"Vpc\"", "\"properties\""));
    // Properties and table cells in catalogue order.
    QVERIFY(before("\"minSize\"", "\"maxSize\""));
    QVERIFY(before("\"maxSize\"", "\"subnets\""));
    QVERIFY(before("\"launchTemplate\"", "\"healthCheckType\""));
    QVERIFY(before("\"name\": \"cpu\"", "\"metric\""));
    QVERIFY(before("\"metric\"", "\"targetValue\""));
    QVERIFY(before("\"x\": 1.5", "\"y\": 2"));
    QVERIFY(before("\"y\": 2", "\"width\": 300"));
    QVERIFY(before("\"width\": 300", "\"height\": 200"));
    // Two-space indentation, whole numbers without a fraction, one newline at the end.
    QVERIFY(a.startsWith("{\n  \"format\": \"skydraft\",\n  \"version\": 1,\n"));
    QVERIFY(a.endsWith("}\n") && !a.endsWith("\n\n"));
    QVERIFY(!a.contains("2.0"));
    // Defaults are not written: the file holds what was set.
    QVERIFY(!a.contains("\"desiredCapacity\""));
    QVERIFY(!a.contains("\"defaultCooldown\""));
}

void TestNativeFile::semanticApartFromLayout()
{
    // Moving things on the canvas changes only the layout section.
    auto doc = test::loadDesign(test::baseDesignJson());
    QVERIFY(doc);
    const QByteArray before = NativeFile::serialize(*doc);
    doc->setGeometry(u"Admin"_s, QRectF(99, 99, 104, 80));
    doc->setGeometry(u"Database"_s, QRectF(5, 5, 104, 80));
    const QByteArray after = NativeFile::serialize(*doc);
    const qsizetype split = before.indexOf("\"layout\"");
    QVERIFY(split > 0);
    QCOMPARE(after.left(split), before.left(split));
    QVERIFY(after.mid(split) != before.mid(split));
}

void TestNativeFile::metadataAndEscapes()
{
    // Unicode, quotes, backslashes, newlines and control characters survive.
    Document doc;
    doc.setTitle(u"Shop \"v2\" — 한국어 설계"_s);
    doc.setDescription(u"Line one\nLine two\twith tab, back\\slash, \u0001 control, emoji \U0001F680"_s);
    doc.setRegion(u"ap-northeast-2"_s);
    Resource r = test::makeResource(u"Vpc"_s, ResourceType::Vpc);
    r.name = u"운영 VPC \"main\""_s;
    doc.insert(r);
    test::setStored(doc, u"Vpc"_s, u"cidr"_s, u"10.20.0.0/16"_s);
    const QByteArray text = NativeFile::serialize(doc);
    QVERIFY(QString::fromUtf8(text).contains(u"한국어"_s)); // UTF-8, not \u escapes
    const LoadResult r2 = NativeFile::parse(text, kFile);
    QVERIFY(r2.ok());
    QCOMPARE(r2.document->title(), doc.title());
    QCOMPARE(r2.document->description(), doc.description());
    QCOMPARE(r2.document->region(), doc.region());
    QCOMPARE(r2.document->find(u"Vpc"_s)->name, r.name);
    QCOMPARE(NativeFile::serialize(*r2.document), text);
    // An empty title and description are left out; the region is always written.
    Document empty;
    const QByteArray e = NativeFile::serialize(empty);
    QVERIFY(!e.contains("\"title\""));
    QVERIFY(!e.contains("\"description\""));
    QVERIFY(!e.contains("\"layout\""));
    QVERIFY(e.contains("\"region\": \"us-east-1\""));
    const LoadResult r3 = NativeFile::parse(e, kFile);
    QVERIFY(r3.ok());
    QCOMPARE(r3.document->count(), 0);
}

void TestNativeFile::keepsThePassThrough()
{
    // What an imported template keeps beyond the design is saved in the template's own key
    // order and read back as it was; a design without it writes no "cloudformation" key.
    Document doc;
    doc.insert(test::makeResource(u"Vpc"_s, ResourceType::Vpc));
    const QByteArray kept = R"({"Parameters":{"Zeta":{"Type":"String"},"Alpha":{"Type":"Number"}},"Resources":{"Role":{"Type":"AWS::IAM::Role"}}})";
    doc.setPassThrough(kept);
    const QByteArray text = NativeFile::serialize(doc);
    QVERIFY(text.contains("\"cloudformation\""));
    const LoadResult back = NativeFile::parse(text, kFile);
    QVERIFY2(back.ok(), qPrintable(back.errors.value(0).format()));
    QCOMPARE(back.document->passThrough(), kept);
    QCOMPARE(NativeFile::serialize(*back.document), text);
    doc.setPassThrough({});
    QVERIFY(!NativeFile::serialize(doc).contains("\"cloudformation\""));
}

void TestNativeFile::looksNative()
{
    QVERIFY(NativeFile::looksNative(test::baseDesignJson()));
    QVERIFY(NativeFile::looksNative("\n  {\"format\": \"skydraft\", \"version\": 1, \"resources\": []}"));
    QVERIFY(!NativeFile::looksNative(R"({"AWSTemplateFormatVersion": "2010-09-09", "Resources": {}})"));
    QVERIFY(!NativeFile::looksNative("AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n"));
    QVERIFY(!NativeFile::looksNative(""));
    QVERIFY(!NativeFile::looksNative("[\"format\", \"skydraft\"]"));
}

// ---- saving ---------------------------------------------------------------------------------

void TestNativeFile::saveAndLoad()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto doc = test::loadDesign(test::baseDesignJson());
    QVERIFY(doc);
    const QString path = dir.filePath(u"shop.skydraft"_s);
    QString error;
    QVERIFY2(NativeFile::save(*doc, path, &error), qPrintable(error));
    QCOMPARE(readAll(path), NativeFile::serialize(*doc));
    const LoadResult loaded = NativeFile::load(path);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.fileName, path);
    QCOMPARE(loaded.text, readAll(path));
    compareDocuments(*doc, *loaded.document);
    // Saving over the file replaces it whole; nothing else is left in the folder.
    doc->clear();
    QVERIFY(NativeFile::save(*doc, path, &error));
    QCOMPARE(readAll(path), NativeFile::serialize(*doc));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{u"shop.skydraft"_s});
}

void TestNativeFile::saveOverDirectoryFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"design.skydraft"_s);
    QVERIFY(QDir(dir.path()).mkdir(u"design.skydraft"_s));
    QVERIFY(writeAll(path + u"/keep.txt"_s, "precious"));
    auto doc = test::loadDesign(test::baseDesignJson());
    QString error;
    QVERIFY(!NativeFile::save(*doc, path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(QFileInfo(path).isDir());
    QCOMPARE(readAll(path + u"/keep.txt"_s), QByteArray("precious"));
    // No half-written temporary file is left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{u"design.skydraft"_s});
}

void TestNativeFile::saveIntoReadOnlyDirectoryFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"design.skydraft"_s);
    const QByteArray old = "{\"format\": \"skydraft\", \"version\": 1, \"resources\": []}\n";
    QVERIFY(writeAll(path, old));
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0555) == 0);
    auto doc = test::loadDesign(test::baseDesignJson());
    QVERIFY(doc);

    bool saved = true;
    if (::geteuid() != 0) {
        QString error;
        saved = NativeFile::save(*doc, path, &error);
        QVERIFY(saved || !error.isEmpty());
    } else {
        // Root writes into read-only folders: save as an unprivileged user in a child process,
        // which is what the check is about.
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            const bool dropped = ::setgid(65534) == 0 && ::setuid(65534) == 0 && ::geteuid() != 0;
            QString error;
            ::_exit(!dropped ? 3 : NativeFile::save(*doc, path, &error) ? 0 : error.isEmpty() ? 2 : 1);
        }
        int status = 0;
        QVERIFY(::waitpid(child, &status, 0) == child);
        QVERIFY(WIFEXITED(status));
        QVERIFY2(WEXITSTATUS(status) != 3, "could not drop privileges");
        QVERIFY2(WEXITSTATUS(status) != 2, "save failed without saying why");
        saved = WEXITSTATUS(status) == 0;
    }
    ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
    QVERIFY(!saved);
    QCOMPARE(readAll(path), old);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{u"design.skydraft"_s});
}

void TestNativeFile::saveIntoMissingDirectoryFails()
{
    QTemporaryDir dir;
    auto doc = test::loadDesign(test::baseDesignJson());
    QString error;
    QVERIFY(!NativeFile::save(*doc, dir.filePath(u"no/such/folder/design.skydraft"_s), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!NativeFile::save(*doc, QString(), nullptr)); // no error pointer: still no crash
}

void TestNativeFile::loadMissingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing.skydraft"_s);
    const LoadResult r = NativeFile::load(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 1);
    QVERIFY(r.errors.first().format().startsWith(path + u": "_s));
    QVERIFY(r.errors.first().message.contains(u"cannot open"_s));
    // A folder is not a design either.
    const LoadResult folder = NativeFile::load(dir.path());
    QVERIFY(!folder.ok());
    QVERIFY(!folder.errors.isEmpty());
}

// ---- errors ---------------------------------------------------------------------------------

void TestNativeFile::errors_data()
{
    // text, the message expected (a substring), and where: the n-th occurrence of `at` in the
    // text (line 1, column 1 when `at` is empty), or the end of the text when `atEnd`.
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QByteArray>("at");
    QTest::addColumn<int>("occurrence");
    QTest::addColumn<bool>("atEnd");

    const QByteArray head = "{\n  \"format\": \"skydraft\",\n  \"version\": 1,\n  \"resources\": [\n";
    auto design = [&](const QByteArray &resources, const QByteArray &rest = {}) -> QByteArray {
        return head + resources + "\n  ]" + rest + "\n}\n";
    };
    const QByteArray vpc = "    {\"id\": \"Vpc\", \"type\": \"vpc\"}";
    const QByteArray base = test::baseDesignJson();

    // Not JSON at all.
    QTest::newRow("empty file") << QByteArray() << u"invalid JSON"_s << QByteArray() << 0 << true;
    QTest::newRow("only spaces") << QByteArray("  \n\n   ") << u"invalid JSON"_s << QByteArray() << 0 << true;
    QTest::newRow("truncated in a string") << base.left(base.indexOf("\"PublicRt\"") + 5) << u"invalid JSON"_s << QByteArray() << 0 << true;
    QTest::newRow("truncated after a comma") << base.left(base.indexOf("{\"id\": \"Igw\"")) << u"invalid JSON"_s << QByteArray() << 0 << true;
    QTest::newRow("truncated after a key") << QByteArray("{\"format\":") << u"invalid JSON"_s << QByteArray() << 0 << true;
    QTest::newRow("trailing garbage") << base + "\nxyz\n" << u"invalid JSON"_s << QByteArray("xyz") << 0 << false;
    QTest::newRow("trailing brace") << base + "}" << u"invalid JSON"_s << QByteArray("}") << -1 << false;
    QTest::newRow("two objects") << QByteArray("{}\n  {}") << u"invalid JSON"_s << QByteArray("{") << 1 << false;
    QTest::newRow("missing comma") << design(vpc + "\n" + vpc) << u"invalid JSON"_s << QByteArray("{\"id\"") << 1 << false;
    QTest::newRow("single quotes") << QByteArray("{\n  'format': 'skydraft'\n}") << u"invalid JSON"_s << QByteArray("'") << 0 << false;
    QTest::newRow("comment") << design(vpc, ",\n  // layout\n  \"layout\": {}") << u"invalid JSON"_s << QByteArray("/") << 0 << false;
    QTest::newRow("nul byte") << design(QByteArray("    {\"id\": \"V") + '\0' + "pc\", \"type\": \"vpc\"}") << u"invalid JSON"_s
                              << QByteArray(1, '\0') << 0 << false;
    // Broken UTF-8: the place is the byte that cannot be read, a stray continuation byte or the
    // byte that breaks a sequence.
    QTest::newRow("stray utf-8 continuation") << design("    {\"id\": \"Vpc\", \"name\": \"caf\x80\", \"type\": \"vpc\"}")
                                              << u"invalid JSON"_s << QByteArray("\x80") << 0 << false;
    QTest::newRow("broken utf-8 sequence") << design("    {\"id\": \"Vpc\", \"name\": \"caf\xC3\x28\", \"type\": \"vpc\"}")
                                           << u"invalid JSON"_s << QByteArray("\x28") << 0 << false;

    // Numbers.
    QTest::newRow("float overflow") << design("    {\"id\": \"Tg\", \"type\": \"target-group\", \"properties\": {\"port\": 1e999}}")
                                    << u"1e999"_s << QByteArray("1e999") << 0 << false;
    QTest::newRow("negative overflow in layout") << design(vpc, ",\n  \"layout\": {\"Vpc\": {\"x\": -1e999, \"y\": 0, \"width\": 1, \"height\": 1}}")
                                                 << u"1e999"_s << QByteArray("-1e999") << 0 << false;
    QTest::newRow("overflow also named in a string") << design("    {\"id\": \"Tg\", \"name\": \"1e999\", \"type\": \"target-group\", \"properties\": {\"port\": 1e999}}")
                                                     << u"1e999"_s << QByteArray("1e999") << 1 << false;
    QTest::newRow("integer beyond 64 bits") << design("    {\"id\": \"Tg\", \"type\": \"target-group\", \"properties\": {\"port\": 99999999999999999999999}}")
                                            << u"\"port\" is out of range"_s << QByteArray("99999999999999999999999") << 0 << false;
    QTest::newRow("negative beyond 64 bits") << design("    {\"id\": \"Tg\", \"type\": \"target-group\", \"properties\": {\"port\": -99999999999999999999999}}")
                                             << u"\"port\" is out of range"_s << QByteArray("-99999999999999999999999") << 0 << false;
    QTest::newRow("uint64 max") << design("    {\"id\": \"Tg\", \"type\": \"target-group\", \"properties\": {\"port\": 18446744073709551615}}")
                                << u"\"port\" is out of range"_s << QByteArray("18446744073709551615") << 0 << false;
    QTest::newRow("fraction for an integer") << design("    {\"id\": \"Tg\", \"type\": \"target-group\", \"properties\": {\"port\": 80.5}}")
                                             << u"whole number"_s << QByteArray("80.5") << 0 << false;
    QTest::newRow("layout out of range") << design(vpc, ",\n  \"layout\": {\"Vpc\": {\"x\": 0, \"y\": 1e300, \"width\": 1, \"height\": 1}}")
                                         << u"\"y\" is out of range"_s << QByteArray("1e300") << 0 << false;

    // Wrong types.
    QTest::newRow("string for an integer") << design("    {\"id\": \"Tg\", \"type\": \"target-group\", \"properties\": {\"port\": \"80\"}}")
                                           << u"must be a number, not a string"_s << QByteArray("\"80\"") << 0 << false;
    QTest::newRow("boolean for an integer") << design("    {\"id\": \"Tg\", \"type\": \"target-group\", \"properties\": {\"port\": true}}")
                                            << u"must be a number"_s << QByteArray("true") << 0 << false;
    QTest::newRow("object for an array") << design("    {\"id\": \"Lb\", \"type\": \"load-balancer\", \"properties\": {\"subnets\": {\"a\": 1}}}")
                                         << u"must be an array of ids, not an object"_s << QByteArray("{\"a\"") << 0 << false;
    QTest::newRow("number in an id list") << design("    {\"id\": \"Lb\", \"type\": \"load-balancer\", \"properties\": {\"subnets\": [\"A\", 7]}}")
                                          << u"must be a string"_s << QByteArray("7]") << 0 << false;
    QTest::newRow("string for a boolean") << design("    {\"id\": \"Vpc\", \"type\": \"vpc\", \"properties\": {\"enableDnsSupport\": \"yes\"}}")
                                          << u"must be true or false"_s << QByteArray("\"yes\"") << 0 << false;
    QTest::newRow("number for a string") << design("    {\"id\": \"Vpc\", \"type\": \"vpc\", \"properties\": {\"cidr\": 10}}")
                                         << u"must be a string"_s << QByteArray("10}") << 0 << false;
    QTest::newRow("array for properties") << design("    {\"id\": \"Vpc\", \"type\": \"vpc\", \"properties\": []}")
                                          << u"\"properties\" must be an object"_s << QByteArray("[]") << 0 << false;
    QTest::newRow("row not an object") << design("    {\"id\": \"Rt\", \"type\": \"route-table\", \"properties\": {\"routes\": [5]}}")
                                       << u"must be an object"_s << QByteArray("5]") << 0 << false;
    QTest::newRow("table not an array") << design("    {\"id\": \"Rt\", \"type\": \"route-table\", \"properties\": {\"routes\": \"none\"}}")
                                        << u"must be an array of rows"_s << QByteArray("\"none\"") << 0 << false;
    QTest::newRow("wrong type in a cell") << design("    {\"id\": \"Sg\", \"type\": \"security-group\", \"properties\": {\"inbound\": [{\"fromPort\": \"22\"}]}}")
                                          << u"\"fromPort\" must be a number"_s << QByteArray("\"22\"") << 0 << false;
    QTest::newRow("id not a string") << design("    {\"id\": 12, \"type\": \"vpc\"}") << u"\"id\" must be a string"_s << QByteArray("12") << 0 << false;
    QTest::newRow("name null") << design("    {\"id\": \"Vpc\", \"type\": \"vpc\", \"name\": null}") << u"must be a string, not null"_s
                               << QByteArray("null") << 0 << false;
    QTest::newRow("resource not an object") << design("    \"Vpc\"") << u"a resource must be an object"_s << QByteArray("\"Vpc\"") << 0 << false;

    // Unknown things.
    QTest::newRow("unknown type") << design("    {\"id\": \"Fn\", \"type\": \"lambda-function\"}") << u"unknown resource type \"lambda-function\""_s
                                  << QByteArray("\"lambda-function\"") << 0 << false;
    QTest::newRow("unknown property") << design("    {\"id\": \"Vpc\", \"type\": \"vpc\", \"properties\": {\"cidr\": \"10.0.0.0/16\", \"colour\": \"red\"}}")
                                      << u"\"colour\""_s << QByteArray("\"red\"") << 0 << false;
    QTest::newRow("unknown row field") << design("    {\"id\": \"Rt\", \"type\": \"route-table\", \"properties\": {\"routes\": [{\"destination\": \"0.0.0.0/0\", \"via\": \"x\"}]}}")
                                       << u"unknown field \"via\""_s << QByteArray("\"x\"") << 0 << false;
    QTest::newRow("unknown resource key") << design("    {\"id\": \"Vpc\", \"type\": \"vpc\", \"tags\": {}}") << u"unknown key \"tags\""_s
                                          << QByteArray("{}}") << 0 << false;
    QTest::newRow("unknown top-level key") << design(vpc, ",\n  \"extra\": 1") << u"unknown key \"extra\""_s << QByteArray("1\n}") << 0 << false;
    QTest::newRow("layout of an unknown id") << design(vpc, ",\n  \"layout\": {\"Ghost\": {\"x\": 0, \"y\": 0, \"width\": 1, \"height\": 1}}")
                                             << u"\"Ghost\""_s << QByteArray("{\"x\"") << 0 << false;
    QTest::newRow("layout without height") << design(vpc, ",\n  \"layout\": {\"Vpc\": {\"x\": 0, \"y\": 0, \"width\": 1}}")
                                           << u"\"height\""_s << QByteArray("{\"x\"") << 0 << false;
    QTest::newRow("negative size") << design(vpc, ",\n  \"layout\": {\"Vpc\": {\"x\": 0, \"y\": 0, \"width\": -1, \"height\": 1}}")
                                   << u"must not be negative"_s << QByteArray("{\"x\"") << 0 << false;

    // Ids and containment.
    QTest::newRow("duplicate id") << design(vpc + ",\n    {\"id\": \"Az\", \"type\": \"availability-zone\"},\n" + vpc)
                                  << u"duplicate id \"Vpc\""_s << QByteArray("\"Vpc\"") << 1 << false;
    QTest::newRow("empty id") << design("    {\"id\": \"\", \"type\": \"vpc\"}") << u"must not be empty"_s << QByteArray("\"\"") << 0 << false;
    QTest::newRow("missing id") << design("    {\"type\": \"vpc\"}") << u"needs an \"id\""_s << QByteArray("{\"type\"") << 0 << false;
    QTest::newRow("missing type") << design("    {\"id\": \"Vpc\"}") << u"needs a \"type\""_s << QByteArray("{\"id\"") << 0 << false;
    QTest::newRow("missing parent") << design(vpc + ",\n    {\"id\": \"Az\", \"type\": \"availability-zone\", \"parent\": \"Vcp\"}")
                                    << u"parent \"Vcp\" is not a resource"_s << QByteArray("\"Vcp\"") << 0 << false;
    QTest::newRow("own parent") << design("    {\"id\": \"Vpc\", \"type\": \"vpc\", \"parent\": \"Vpc\"}")
                                << u"cannot contain itself"_s << QByteArray("\"Vpc\"") << 1 << false;
    QTest::newRow("containment cycle") << design("    {\"id\": \"A\", \"type\": \"vpc\", \"parent\": \"B\"},\n"
                                                 "    {\"id\": \"B\", \"type\": \"availability-zone\", \"parent\": \"A\"}")
                                       << u"containment loops back"_s << QByteArray("\"A\"}") << 0 << false;
    QTest::newRow("longer cycle") << design("    {\"id\": \"A\", \"type\": \"vpc\", \"parent\": \"C\"},\n"
                                            "    {\"id\": \"B\", \"type\": \"availability-zone\", \"parent\": \"A\"},\n"
                                            "    {\"id\": \"C\", \"type\": \"subnet\", \"parent\": \"B\"}")
                                  << u"containment loops back"_s << QByteArray("\"B\"}") << 0 << false;

    // Versions and other JSON.
    QTest::newRow("newer version") << QByteArray("{\n  \"format\": \"skydraft\",\n  \"version\": 2,\n  \"resources\": []\n}\n")
                                   << u"newer SkyDraft"_s << QByteArray("2,") << 0 << false;
    QTest::newRow("much newer version") << QByteArray("{\"format\": \"skydraft\", \"version\": 99, \"resources\": [], \"futureKey\": {}}")
                                        << u"file version 99"_s << QByteArray("99") << 0 << false;
    QTest::newRow("version zero") << QByteArray("{\"format\": \"skydraft\", \"version\": 0, \"resources\": []}")
                                  << u"unknown file version 0"_s << QByteArray("0,") << 0 << false;
    QTest::newRow("version as text") << QByteArray("{\"format\": \"skydraft\", \"version\": \"1\", \"resources\": []}")
                                     << u"\"version\" must be a whole number"_s << QByteArray("\"1\"") << 0 << false;
    QTest::newRow("no version") << QByteArray("{\"format\": \"skydraft\", \"resources\": []}") << u"\"version\""_s << QByteArray("{") << 0 << false;
    QTest::newRow("cloudformation json") << QByteArray("\n\n  {\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {}}")
                                         << u"not a SkyDraft design"_s << QByteArray("{") << 0 << false;
    QTest::newRow("other format") << QByteArray("{\"format\": \"drawio\", \"version\": 1}") << u"not a SkyDraft design"_s
                                  << QByteArray("\"drawio\"") << 0 << false;
    QTest::newRow("top-level array") << QByteArray("[1, 2, 3]") << u"top level must be an object"_s << QByteArray("[") << 0 << false;
    QTest::newRow("top-level string") << QByteArray("\"skydraft\"") << u"top level must be an object"_s << QByteArray("\"") << 0 << false;
    QTest::newRow("no resources") << QByteArray("{\"format\": \"skydraft\", \"version\": 1}") << u"\"resources\" must be an array"_s
                                  << QByteArray("{") << 0 << false;
    QTest::newRow("resources an object") << QByteArray("{\"format\": \"skydraft\", \"version\": 1, \"resources\": {}}")
                                         << u"\"resources\" must be an array"_s << QByteArray("{}") << 0 << false;

    // Columns count characters, not bytes.
    QTest::newRow("after multibyte text") << QByteArray("{\"format\": \"skydraft\", \"version\": 1, \"title\": \"한국어 설계 🚀\", "
                                                        "\"resources\": [{\"id\": \"A\", \"type\": \"nope\"}]}")
                                          << u"unknown resource type"_s << QByteArray("\"nope\"") << 0 << false;
    QTest::newRow("crlf line ends") << QByteArray("{\r\n\"format\": \"skydraft\",\r\n\"version\": 1,\r\n\"resources\": [\r\n{\"id\": \"A\", \"type\": \"nope\"}]}")
                                    << u"unknown resource type"_s << QByteArray("\"nope\"") << 0 << false;
}

void TestNativeFile::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    QFETCH(QByteArray, at);
    QFETCH(int, occurrence);
    QFETCH(bool, atEnd);

    const LoadResult r = NativeFile::parse(text, kFile);
    QVERIFY(!r.ok());
    QVERIFY(!r.document);
    const Diagnostic d = onlyError(r);
    QVERIFY(!d.message.isEmpty());
    QVERIFY2(d.message.contains(message), qPrintable(d.message));

    // Where it should point.
    std::pair<int, int> expected{1, 1};
    if (atEnd) {
        expected = {int(text.count('\n')) + 1, int(QString::fromUtf8(text.mid(text.lastIndexOf('\n') + 1)).toUcs4().size()) + 1};
    } else if (!at.isEmpty()) {
        qsizetype from = 0;
        if (occurrence < 0) { // the last one
            from = text.lastIndexOf(at);
        } else {
            for (int i = 0; i < occurrence; ++i)
                from = text.indexOf(at, from) + 1;
        }
        expected = lineColOf(text, at, from);
    }
    QCOMPARE(std::pair(d.line, d.col), expected);
    QCOMPARE(d.file, kFile);
    const QString line = d.format();
    QCOMPARE(line, u"%1:%2:%3: %4"_s.arg(kFile).arg(d.line).arg(d.col).arg(d.message));
    QVERIFY(!line.contains(u'\n'));
    QVERIFY(!line.contains(u'\r'));
}

void TestNativeFile::deepNesting_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("bracket"); // offset of the first bracket beyond the limit
    const int limit = NativeFile::maxNesting;
    QTest::newRow("100000 arrays") << QByteArray(100000, '[') << limit;
    QTest::newRow("100000 closed arrays") << QByteArray(100000, '[') + QByteArray(100000, ']') << limit;
    QByteArray objects;
    for (int i = 0; i < 100000; ++i)
        objects += "{\"a\":";
    QTest::newRow("100000 objects") << objects << 5 * limit;
    // Deep inside an otherwise valid design: properties hold 70 levels of arrays.
    QByteArray design = "{\"format\": \"skydraft\", \"version\": 1, \"resources\": [{\"id\": \"A\", \"type\": \"vpc\", \"properties\": {\"cidr\": ";
    const int depthBefore = 4; // root, resources, the resource, properties
    const int arraysStart = int(design.size());
    design += QByteArray(70, '[') + QByteArray(70, ']') + "}}]}";
    QTest::newRow("deep value in a design") << design << arraysStart + (limit - depthBefore);
    // Brackets inside strings do not count.
    QByteArray quoted = "{\"format\": \"skydraft\", \"version\": 1, \"title\": \"" + QByteArray(1000, '[') + "\", \"resources\": [" + QByteArray(100, '[');
    const int resourcesBracket = int(quoted.indexOf("\"resources\": [") + 13); // depth 2
    QTest::newRow("after a string of brackets") << quoted << resourcesBracket + (limit - 1);
}

void TestNativeFile::deepNesting()
{
    QFETCH(QByteArray, text);
    QFETCH(int, bracket);
    const LoadResult r = NativeFile::parse(text, kFile);
    const Diagnostic d = onlyError(r);
    QVERIFY2(d.message.contains(u"nesting deeper than"_s), qPrintable(d.message));
    QCOMPARE(d.line, 1);
    QCOMPARE(d.col, bracket + 1);
}

void TestNativeFile::binaryGarbage()
{
    // Random bytes of many sizes and shapes (fixed seeds): an error with a place, never a crash.
    QRandomGenerator rng(20240611);
    for (int round = 0; round < 400; ++round) {
        const int size = round < 10 ? round : int(rng.bounded(1, 4096));
        QByteArray bytes(size, Qt::Uninitialized);
        const int shape = round % 4;
        for (int i = 0; i < size; ++i) {
            if (shape == 0) // any byte
                bytes[i] = char(rng.bounded(256));
            else if (shape == 1) // JSON punctuation soup
                bytes[i] = "{}[]\":,0123456789eE+-.tfn \n\\"[rng.bounded(27)];
            else if (shape == 2) // printable ASCII
                bytes[i] = char(rng.bounded(32, 127));
            else // high bytes: broken UTF-8
                bytes[i] = char(rng.bounded(128, 256));
        }
        if (round % 5 == 0)
            bytes.prepend("{\"format\": \"skydraft\", \"version\": 1, \"resources\": [");
        const LoadResult r = NativeFile::parse(bytes, kFile);
        if (r.ok())
            continue; // a random prefix can make a valid file; that is fine too
        QVERIFY(!r.errors.isEmpty());
        for (const Diagnostic &d : r.errors) {
            QVERIFY2(d.line >= 1 && d.col >= 1, qPrintable(d.format()));
            QVERIFY(d.line <= bytes.count('\n') + 1);
            QVERIFY(!d.format().contains(u'\n'));
            QVERIFY(!d.message.isEmpty());
        }
    }
}

void TestNativeFile::mutatedFiles()
{
    // Small edits of a valid design (fixed seeds): whatever the result, nothing crashes; errors
    // are placed inside the text; a file that still loads validates, and each diagnostic is
    // placed too.
    const QByteArray base = test::baseDesignJson();
    const int lines = int(base.count('\n')) + 2;
    QRandomGenerator rng(7);
    int loaded = 0;
    int refused = 0;
    for (int round = 0; round < 1500; ++round) {
        QByteArray text = base;
        const int edits = 1 + int(rng.bounded(3));
        for (int e = 0; e < edits; ++e) {
            const int at = int(rng.bounded(text.size()));
            static const char pool[] = "{}[]\":,0123456789-.aeflnrstuxyzAZ\\ \n";
            switch (rng.bounded(4)) {
            case 0:
                text[at] = pool[rng.bounded(int(sizeof pool - 1))];
                break;
            case 1:
                text.remove(at, 1 + rng.bounded(8));
                break;
            case 2:
                text.insert(at, pool[rng.bounded(int(sizeof pool - 1))]);
                break;
            default: // swap a known value for another valid-looking one
                text.replace(text.indexOf("\"AppA\"", at) >= 0 ? text.indexOf("\"AppA\"", at) : 0, 6, "\"AppZ\"");
                break;
            }
        }
        const LoadResult r = NativeFile::parse(text, kFile);
        if (!r.ok()) {
            ++refused;
            QCOMPARE(r.errors.size(), 1);
            const Diagnostic &d = r.errors.first();
            QVERIFY2(d.line >= 1 && d.line <= lines && d.col >= 1, qPrintable(d.format()));
            continue;
        }
        ++loaded;
        QList<Diagnostic> found = Validator::validate(*r.document);
        for (Diagnostic &d : found) {
            r.locate(d);
            QVERIFY2(d.line >= 1 && d.line <= lines && d.col >= 1, qPrintable(d.format()));
            QVERIFY(d.format().startsWith(kFile + u':'));
        }
    }
    QVERIFY(loaded > 0);
    QVERIFY(refused > 0);
}

void TestNativeFile::locateSemantic_data()
{
    // A change to the text, the diagnostic looked for, and where it should point: the first
    // occurrence of `at` after `after`.
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("property");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QByteArray>("at");

    QTest::newRow("property value") << QByteArray("\"cidr\": \"10.0.10.0/24\"") << QByteArray("\"cidr\": \"10.0.10.0/33\"")
                                    << u"AppA"_s << u"cidr"_s << QByteArray("\"id\": \"AppA\"") << QByteArray("\"10.0.10.0/33\"");
    QTest::newRow("table cell") << QByteArray("\"inbound\": [{\"rule\": 100") << QByteArray("\"inbound\": [{\"rule\": 0")
                                << u"Acl"_s << u"inbound"_s << QByteArray("\"id\": \"Acl\"") << QByteArray("0, \"protocol\"");
    QTest::newRow("row when the cell is a default") << QByteArray("{\"protocol\": \"tcp\", \"fromPort\": 3306, \"toPort\": 3306, \"group\": \"WebSg\"}")
                                                    << QByteArray("{\"protocol\": \"tcp\", \"fromPort\": 3306, \"toPort\": 3306}")
                                                    << u"DbSg"_s << u"inbound"_s << QByteArray("\"id\": \"DbSg\"") << QByteArray("{\"protocol\"");
    QTest::newRow("resource when the property is a default") << QByteArray("\"port\": 80, \"targets\"")
                                                             << QByteArray("\"port\": 80, \"healthCheckInterval\": 5, \"targets\"")
                                                             << u"WebTg"_s << u"healthCheckTimeout"_s << QByteArray("\"id\": \"Lb\"")
                                                             << QByteArray("{\"id\": \"WebTg\"");
    QTest::newRow("parent") << QByteArray("{\"id\": \"Admin\", \"type\": \"ec2-instance\", \"parent\": \"AppA\"")
                            << QByteArray("{\"id\": \"Admin\", \"type\": \"ec2-instance\", \"parent\": \"AzA\"")
                            << u"Admin"_s << u"parent"_s << QByteArray("\"id\": \"Admin\"") << QByteArray("\"AzA\"");
    QTest::newRow("id") << QByteArray("{\"id\": \"Record\"") << QByteArray("{\"id\": \"The-Record\"")
                        << u"The-Record"_s << u"id"_s << QByteArray() << QByteArray("\"The-Record\"");
    QTest::newRow("design rule on the resource") << QByteArray("{\"id\": \"NatEip\", \"type\": \"elastic-ip\", \"properties\": {\"associatedWith\": \"Nat\"}},")
                                                 << QByteArray()
                                                 << u"Nat"_s << QString() << QByteArray("\"resources\"") << QByteArray("{\"id\": \"Nat\"");
    QTest::newRow("reference list") << QByteArray("\"subnets\": [\"AppA\", \"AppB\"]") << QByteArray("\"subnets\": [\"AppA\", \"Ghost\"]")
                                    << u"WebAsg"_s << u"subnets"_s << QByteArray("\"id\": \"WebAsg\"") << QByteArray("[\"AppA\", \"Ghost\"]");
    QTest::newRow("after multibyte text") << QByteArray("{\"id\": \"Internet\", \"type\": \"internet\"}")
                                          << QByteArray("{\"id\": \"Internet\", \"type\": \"internet\", \"name\": \"사용자 🚀\"}, {\"id\": \"Bad\", \"type\": \"ec2-instance\"}")
                                          << u"Bad"_s << u"parent"_s << QByteArray() << QByteArray("{\"id\": \"Bad\"");
}

void TestNativeFile::locateSemantic()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, id);
    QFETCH(QString, property);
    QFETCH(QByteArray, after);
    QFETCH(QByteArray, at);

    QByteArray text = test::baseDesignJson();
    QVERIFY2(text.contains(from), from.constData());
    text.replace(from, to);
    const LoadResult r = NativeFile::parse(text, kFile);
    QVERIFY2(r.ok(), qPrintable(r.errors.value(0).format()));
    QList<Diagnostic> found = Validator::validate(*r.document);
    const auto it = std::find_if(found.begin(), found.end(), [&](const Diagnostic &d) {
        return d.resourceId == id && d.property == property;
    });
    QVERIFY2(it != found.end(), qPrintable(u"no diagnostic on %1.%2"_s.arg(id, property)));
    Diagnostic d = *it;
    r.locate(d);
    const qsizetype start = after.isEmpty() ? 0 : text.indexOf(after);
    QVERIFY(start >= 0);
    QCOMPARE(std::pair(d.line, d.col), lineColOf(text, at, start));
    QCOMPARE(d.file, kFile);
    QVERIFY(d.pointer.startsWith(u"/resources/"_s));
    QCOMPARE(d.format(), u"%1:%2:%3: %4"_s.arg(kFile).arg(d.line).arg(d.col).arg(d.message));
}

void TestNativeFile::locateUnknownResource()
{
    const LoadResult r = NativeFile::parse(test::baseDesignJson(), kFile);
    QVERIFY(r.ok());
    Diagnostic d;
    d.message = u"about nothing in particular"_s;
    r.locate(d);
    QCOMPARE(d.file, kFile);
    QCOMPARE(d.line, 0);
    QCOMPARE(d.format(), kFile + u": about nothing in particular"_s);
    d.resourceId = u"Ghost"_s;
    r.locate(d);
    QCOMPARE(d.line, 0);
}

void TestNativeFile::positions()
{
    // The helpers under the error positions.
    const QByteArray text = "ab\ncd\n한e";
    QCOMPARE(positionOfOffset(text, 0).line, 1);
    QCOMPARE(positionOfOffset(text, 0).column, 1);
    QCOMPARE(positionOfOffset(text, 4).line, 2);
    QCOMPARE(positionOfOffset(text, 4).column, 2);
    QCOMPARE(positionOfOffset(text, 9).line, 3); // after the 3-byte character
    QCOMPARE(positionOfOffset(text, 9).column, 2);
    QCOMPARE(positionOfOffset(text, 1000).line, 3); // clamped
    QCOMPARE(positionOfOffset(text, -5).column, 1);

    const QByteArray json = R"({"a": {"b~c": [10, {"d/e": true}], "x\"y": 1}, "arr": [[], [1, 2]]})";
    QCOMPARE(locateJsonPointer(json, QString()), std::optional<qsizetype>(0));
    QCOMPARE(locateJsonPointer(json, u"/a/b~0c/1/d~1e"_s), std::optional<qsizetype>(json.indexOf("true")));
    QCOMPARE(locateJsonPointer(json, u"/a/x\"y"_s), std::optional<qsizetype>(json.indexOf("1}")));
    QCOMPARE(locateJsonPointer(json, u"/arr/1/1"_s), std::optional<qsizetype>(json.indexOf("2]")));
    QCOMPARE(locateJsonPointer(json, u"/arr/2"_s), std::nullopt);
    QCOMPARE(locateJsonPointer(json, u"/nope"_s), std::nullopt);
    QCOMPARE(locateJsonPointer(json, u"/a/b~0c/x"_s), std::nullopt);
    QCOMPARE(locateJsonPointer(json, u"no-slash"_s), std::nullopt);
    QCOMPARE(escapePointerToken(u"a/b~c"_s), u"a~1b~0c"_s);

    QCOMPARE(findExcessiveNesting("[[[]]]", 3), std::nullopt);
    QCOMPARE(findExcessiveNesting("[[[[]]]]", 3), std::optional<qsizetype>(3));
    const QByteArray inStrings = "[\"[[[[\", \"\\\"[[[[\"]";
    QCOMPARE(findExcessiveNesting(inStrings, 2), std::nullopt);
}

QTEST_GUILESS_MAIN(TestNativeFile)
#include "tst_nativefile.moc"
