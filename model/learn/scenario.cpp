// Scenario files: JSON read with QJsonDocument; every error is one located line, like drills.

#include "scenario.h"

#include "model/types.h"
#include "model/document.h"
#include "model/jsonlocate.h"
#include "model/nativefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace skydraft::learn {

namespace {

struct LearnMsg {
    Q_DECLARE_TR_FUNCTIONS(skydraft::learn)
};

class Reader
{
public:
    Reader(const QByteArray &text, const QString &file) : m_text(text), m_file(file) {}

    void error(const QString &pointer, const QString &message)
    {
        Diagnostic d;
        d.file = m_file;
        d.message = message;
        d.pointer = pointer.isEmpty() ? u"/"_s : pointer;
        const TextPosition pos = positionOfOffset(m_text, locateJsonPointer(m_text, pointer).value_or(0));
        d.line = pos.line;
        d.col = pos.column;
        errors.append(d);
    }
    std::pair<int, int> where(const QString &pointer) const
    {
        const TextPosition pos = positionOfOffset(m_text, locateJsonPointer(m_text, pointer).value_or(0));
        return {pos.line, pos.column};
    }
    void onlyKeys(const QJsonObject &o, const QString &pointer, const QStringList &keys)
    {
        const QStringList present = o.keys();
        for (const QString &k : present)
            if (!keys.contains(k))
                error(pointer + u'/' + escapePointerToken(k),
                      LearnMsg::tr("unknown key \"%1\"; expected one of: %2").arg(k, keys.join(u", "_s)));
    }
    QString string(const QJsonObject &o, const QString &pointer, const QString &key, bool required = false)
    {
        if (!o.contains(key)) {
            if (required)
                error(pointer, LearnMsg::tr("\"%1\" is missing").arg(key));
            return {};
        }
        const QJsonValue v = o.value(key);
        if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
            error(pointer + u'/' + key, LearnMsg::tr("\"%1\" must be a non-empty string").arg(key));
            return {};
        }
        return v.toString();
    }
    std::optional<double> number(const QJsonObject &o, const QString &pointer, const QString &key, double min, double max)
    {
        if (!o.contains(key))
            return std::nullopt;
        const QJsonValue v = o.value(key);
        if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max) {
            error(pointer + u'/' + key, LearnMsg::tr("\"%1\" must be a number from %2 to %3").arg(key).arg(min).arg(max));
            return std::nullopt;
        }
        return v.toDouble();
    }
    std::optional<bool> boolean(const QJsonObject &o, const QString &pointer, const QString &key)
    {
        if (!o.contains(key))
            return std::nullopt;
        if (!o.value(key).isBool()) {
            error(pointer + u'/' + key, LearnMsg::tr("\"%1\" must be true or false").arg(key));
            return std::nullopt;
        }
        return o.value(key).toBool();
    }
    /// {"en": "...", "ko": "..."}: both languages, neither empty.
    Text text(const QJsonObject &o, const QString &pointer, const QString &key, bool required = true)
    {
        if (!o.contains(key)) {
            if (required)
                error(pointer, LearnMsg::tr("\"%1\" is missing").arg(key));
            return {};
        }
        return text(o.value(key), pointer + u'/' + key, key);
    }
    Text text(const QJsonValue &v, const QString &at, const QString &what)
    {
        if (!v.isObject()) {
            error(at, LearnMsg::tr("\"%1\" must be an object with \"en\" and \"ko\" texts").arg(what));
            return {};
        }
        const QJsonObject t = v.toObject();
        onlyKeys(t, at, {u"en"_s, u"ko"_s});
        Text out;
        for (const QString &lang : {u"en"_s, u"ko"_s}) {
            const QJsonValue s = t.value(lang);
            if (!s.isString() || s.toString().trimmed().isEmpty())
                error(t.contains(lang) ? at + u'/' + lang : at,
                      LearnMsg::tr("\"%1\" needs a non-empty \"%2\" text").arg(what, lang));
            else
                (lang == u"en"_s ? out.en : out.ko) = s.toString();
        }
        return out;
    }
    QJsonArray array(const QJsonObject &o, const QString &pointer, const QString &key, bool required = false)
    {
        if (!o.contains(key)) {
            if (required)
                error(pointer, LearnMsg::tr("\"%1\" is missing").arg(key));
            return {};
        }
        if (!o.value(key).isArray()) {
            error(pointer + u'/' + key, LearnMsg::tr("\"%1\" must be an array").arg(key));
            return {};
        }
        return o.value(key).toArray();
    }

    QList<Diagnostic> errors;

private:
    const QByteArray &m_text;
    QString m_file;
};

QString folderOf(const QString &fileName)
{
    return QFileInfo(fileName).path();
}

/// A design source: "empty", {"sample": name}, {"file": path} or {"design": {...}}; the files it
/// names are read now, so a broken one is reported with the scenario.
DesignSource readSource(Reader &in, const QJsonObject &o, const QString &key, const QString &folder, bool required)
{
    DesignSource source;
    const QString at = u"/"_s + key;
    if (!o.contains(key)) {
        if (required)
            in.error({}, LearnMsg::tr("\"%1\" is missing").arg(key));
        return source;
    }
    const QJsonValue v = o.value(key);
    if (v.isString() && v.toString() == u"empty"_s)
        return source;
    if (!v.isObject() || v.toObject().size() != 1) {
        in.error(at, LearnMsg::tr("\"%1\" must be \"empty\" or an object with one of \"sample\", \"file\", \"design\"").arg(key));
        return source;
    }
    const QJsonObject s = v.toObject();
    in.onlyKeys(s, at, {u"sample"_s, u"file"_s, u"design"_s});
    if (s.contains(u"design"_s)) {
        if (!s.value(u"design"_s).isObject()) {
            in.error(at + u"/design"_s, LearnMsg::tr("\"design\" must be a design object"));
            return source;
        }
        source.inlineText = QJsonDocument(s.value(u"design"_s).toObject()).toJson();
        const LoadResult loaded = NativeFile::parse(source.inlineText, {});
        if (!loaded.ok())
            in.error(at + u"/design"_s, LearnMsg::tr("the inline design does not read: %1")
                                            .arg(loaded.errors.isEmpty() ? QString() : loaded.errors.first().message));
        return source;
    }
    const bool sample = s.contains(u"sample"_s);
    const QString name = in.string(s, at, sample ? u"sample"_s : u"file"_s, true);
    if (name.isEmpty())
        return source;
    const QString path = sample ? u":/samples/%1.skydraft"_s.arg(name)
                                : (QFileInfo(name).isAbsolute() ? name : folder + u'/' + name);
    if (!QFileInfo::exists(path)) {
        in.error(at + (sample ? u"/sample"_s : u"/file"_s),
                 sample ? LearnMsg::tr("no built-in sample \"%1\"").arg(name) : LearnMsg::tr("%1: no such file").arg(path));
        return source;
    }
    const LoadResult loaded = NativeFile::load(path);
    if (!loaded.ok()) {
        in.errors.append(loaded.errors); // located in the design file itself
        return source;
    }
    source.path = path;
    return source;
}

Condition readCondition(Reader &in, const QJsonValue &v, const QString &at)
{
    Condition c;
    if (!v.isObject()) {
        in.error(at, LearnMsg::tr("a condition must be an object"));
        return c;
    }
    const QJsonObject o = v.toObject();
    in.onlyKeys(o, at, {u"property"_s, u"equals"_s, u"min"_s, u"max"_s, u"has"_s});
    c.property = in.string(o, at, u"property"_s, true);
    if (o.contains(u"equals"_s))
        c.equals = o.value(u"equals"_s).toVariant();
    c.min = in.number(o, at, u"min"_s, -1e12, 1e12);
    c.max = in.number(o, at, u"max"_s, -1e12, 1e12);
    if (o.contains(u"has"_s)) {
        if (!o.value(u"has"_s).isObject() || o.value(u"has"_s).toObject().isEmpty())
            in.error(at + u"/has"_s, LearnMsg::tr("\"has\" must be an object of row cells"));
        else
            c.has = o.value(u"has"_s).toObject().toVariantMap();
    }
    if (!c.equals && !c.min && !c.max && c.has.isEmpty())
        in.error(at, LearnMsg::tr("a condition needs \"equals\", \"min\", \"max\" or \"has\""));
    return c;
}

Question readQuestion(Reader &in, const QJsonObject &o, const QString &at)
{
    Question q;
    q.prompt = in.text(o, at, u"prompt"_s);
    const QJsonArray options = in.array(o, at, u"options"_s, true);
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString p = at + u"/options/"_s + QString::number(i);
        if (!options[i].isObject()) {
            in.error(p, LearnMsg::tr("an option must be an object"));
            continue;
        }
        const QJsonObject oo = options[i].toObject();
        in.onlyKeys(oo, p, {u"text"_s, u"why"_s, u"correct"_s});
        Option option;
        option.text = in.text(oo, p, u"text"_s);
        option.why = in.text(oo, p, u"why"_s);
        option.correct = in.boolean(oo, p, u"correct"_s).value_or(false);
        q.options.append(option);
    }
    if (!options.isEmpty() && (options.size() < 2 || q.correctCount() == 0))
        in.error(at + u"/options"_s, LearnMsg::tr("a question needs at least two options and one correct answer"));
    return q;
}

Goal readGoal(Reader &in, const QJsonValue &v, const QString &at, const QString &folder)
{
    Goal g;
    std::tie(g.line, g.col) = in.where(at);
    if (!v.isObject()) {
        in.error(at, LearnMsg::tr("a goal must be an object"));
        return g;
    }
    const QJsonObject o = v.toObject();
    const QString kind = in.string(o, at, u"kind"_s, true);
    static const QStringList kinds = {u"reach"_s, u"lint"_s, u"resource"_s, u"drill"_s, u"question"_s};
    if (kind.isEmpty())
        return g;
    if (!kinds.contains(kind)) {
        in.error(at + u"/kind"_s, LearnMsg::tr("unknown goal kind \"%1\"; expected one of: %2").arg(kind, kinds.join(u", "_s)));
        return g;
    }
    if (kind == u"question"_s) {
        g.kind = Goal::Kind::Question;
        in.onlyKeys(o, at, {u"kind"_s, u"prompt"_s, u"options"_s});
        g.question = readQuestion(in, o, at);
        return g;
    }
    g.label = in.text(o, at, u"label"_s);
    if (kind == u"reach"_s) {
        g.kind = Goal::Kind::Reach;
        in.onlyKeys(o, at, {u"kind"_s, u"label"_s, u"from"_s, u"to"_s, u"protocol"_s, u"port"_s, u"reachable"_s});
        g.from = in.string(o, at, u"from"_s, true);
        g.to = in.string(o, at, u"to"_s, true);
        if (o.contains(u"protocol"_s)) {
            g.protocol = in.string(o, at, u"protocol"_s, true);
            if (!QStringList{u"tcp"_s, u"udp"_s, u"icmp"_s}.contains(g.protocol))
                in.error(at + u"/protocol"_s, LearnMsg::tr("\"protocol\" must be tcp, udp or icmp"));
        }
        g.port = int(in.number(o, at, u"port"_s, 0, 65535).value_or(-1));
        g.reachable = in.boolean(o, at, u"reachable"_s).value_or(true);
    } else if (kind == u"lint"_s) {
        g.kind = Goal::Kind::Lint;
        in.onlyKeys(o, at, {u"kind"_s, u"label"_s, u"lint"_s, u"component"_s, u"present"_s});
        g.lint = in.string(o, at, u"lint"_s, true);
        g.component = in.string(o, at, u"component"_s);
        g.present = in.boolean(o, at, u"present"_s).value_or(false);
    } else if (kind == u"resource"_s) {
        g.kind = Goal::Kind::Resource;
        in.onlyKeys(o, at, {u"kind"_s, u"label"_s, u"type"_s, u"id"_s, u"count"_s, u"where"_s});
        g.resourceType = in.string(o, at, u"type"_s);
        g.resourceId = in.string(o, at, u"id"_s);
        if (g.resourceType.isEmpty() == g.resourceId.isEmpty())
            in.error(at, LearnMsg::tr("a resource goal names a \"type\" or an \"id\", one of them"));
        if (!g.resourceType.isEmpty() && !typeFromKey(g.resourceType))
            in.error(at + u"/type"_s, LearnMsg::tr("unknown resource type \"%1\"").arg(g.resourceType));
        g.count = int(in.number(o, at, u"count"_s, 0, 1000).value_or(1));
        const QJsonArray where = in.array(o, at, u"where"_s);
        for (qsizetype i = 0; i < where.size(); ++i)
            g.where.append(readCondition(in, where[i], at + u"/where/"_s + QString::number(i)));
    } else {
        g.kind = Goal::Kind::Drill;
        in.onlyKeys(o, at, {u"kind"_s, u"label"_s, u"drill"_s});
        const QString name = in.string(o, at, u"drill"_s, true);
        if (name.isEmpty())
            return g;
        g.drillPath = QFileInfo(name).isAbsolute() || name.startsWith(u':') ? name : folder + u'/' + name;
        QFile f(g.drillPath);
        if (!f.open(QIODevice::ReadOnly)) {
            in.error(at + u"/drill"_s, LearnMsg::tr("%1: cannot read the drill").arg(g.drillPath));
            return g;
        }
        sim::DrillParse parsed = sim::parseDrill(f.readAll(), g.drillPath);
        if (!parsed.drill)
            in.errors.append(parsed.errors);
        else
            g.drill = std::move(parsed.drill);
    }
    return g;
}

} // namespace

QString Text::text() const
{
    return in(QLocale().language() == QLocale::Korean ? u"ko"_s : u"en"_s);
}

bool Question::isCorrect(const QList<int> &chosen) const
{
    for (int i = 0; i < options.size(); ++i)
        if (options[i].correct != chosen.contains(i))
            return false;
    return true;
}

int Question::correctCount() const
{
    return int(std::count_if(options.begin(), options.end(), [](const Option &o) { return o.correct; }));
}

QList<const Goal *> Scenario::designGoals() const
{
    QList<const Goal *> out;
    for (const Goal &g : goals)
        if (g.gradesDesign())
            out.append(&g);
    return out;
}

QList<const Goal *> Scenario::questions() const
{
    QList<const Goal *> out;
    for (const Goal &g : goals)
        if (!g.gradesDesign())
            out.append(&g);
    return out;
}

const QStringList &levels()
{
    static const QStringList list = {u"beginner"_s, u"intermediate"_s, u"advanced"_s};
    return list;
}

ScenarioParse parseScenario(const QByteArray &text, const QString &fileName)
{
    ScenarioParse result;
    Reader in(text, fileName);
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        Diagnostic d;
        d.file = fileName;
        d.message = LearnMsg::tr("invalid JSON: %1").arg(parseError.errorString());
        const TextPosition pos = positionOfOffset(text, parseError.offset);
        d.line = pos.line;
        d.col = pos.column;
        result.errors.append(d);
        return result;
    }
    if (!json.isObject()) {
        in.error({}, LearnMsg::tr("a scenario must be a JSON object"));
        result.errors = in.errors;
        return result;
    }
    const QJsonObject o = json.object();
    in.onlyKeys(o, {}, {u"id"_s, u"order"_s, u"topic"_s, u"level"_s, u"title"_s, u"brief"_s, u"hints"_s,
                        u"explanation"_s, u"start"_s, u"solution"_s, u"palette"_s, u"goals"_s});
    Scenario s;
    s.file = fileName;
    const QString folder = folderOf(fileName);
    s.id = in.string(o, {}, u"id"_s, true);
    static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9-]*$"_s);
    if (!s.id.isEmpty() && !idPattern.match(s.id).hasMatch())
        in.error(u"/id"_s, LearnMsg::tr("\"id\" must be lowercase letters, digits and dashes"));
    s.order = int(in.number(o, {}, u"order"_s, 0, 100000).value_or(0));
    s.topic = in.text(o, {}, u"topic"_s);
    s.level = in.string(o, {}, u"level"_s, true);
    if (!s.level.isEmpty() && !levels().contains(s.level))
        in.error(u"/level"_s, LearnMsg::tr("\"level\" must be one of: %1").arg(levels().join(u", "_s)));
    s.title = in.text(o, {}, u"title"_s);
    s.brief = in.text(o, {}, u"brief"_s);
    s.explanation = in.text(o, {}, u"explanation"_s);
    const QJsonArray hints = in.array(o, {}, u"hints"_s, true);
    for (qsizetype i = 0; i < hints.size(); ++i)
        s.hints.append(in.text(hints[i], u"/hints/"_s + QString::number(i), u"hint"_s));
    s.start = readSource(in, o, u"start"_s, folder, true);
    s.solution = readSource(in, o, u"solution"_s, folder, true);
    const QJsonArray palette = in.array(o, {}, u"palette"_s);
    for (qsizetype i = 0; i < palette.size(); ++i) {
        const QString name = palette[i].toString();
        if (!typeFromKey(name))
            in.error(u"/palette/"_s + QString::number(i), LearnMsg::tr("unknown resource type \"%1\"").arg(name));
        else
            s.palette.append(name);
    }
    const QJsonArray goals = in.array(o, {}, u"goals"_s, true);
    for (qsizetype i = 0; i < goals.size(); ++i)
        s.goals.append(readGoal(in, goals[i], u"/goals/"_s + QString::number(i), folder));
    if (o.contains(u"goals"_s) && s.designGoals().isEmpty())
        in.error(u"/goals"_s, LearnMsg::tr("a scenario needs at least one goal graded on the design"));
    result.errors = in.errors;
    if (result.errors.isEmpty())
        result.scenario = std::move(s);
    return result;
}

ScenarioParse loadScenario(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ScenarioParse result;
        Diagnostic d;
        d.file = path;
        d.message = LearnMsg::tr("cannot read: %1").arg(f.errorString());
        result.errors.append(d);
        return result;
    }
    return parseScenario(f.readAll(), path);
}

std::unique_ptr<Document> loadDesign(const DesignSource &source, QList<Diagnostic> *errors)
{
    if (source.empty())
        return std::make_unique<Document>();
    LoadResult loaded = source.inlineText.isEmpty() ? NativeFile::load(source.path)
                                                   : NativeFile::parse(source.inlineText, {});
    if (!loaded.ok()) {
        if (errors)
            errors->append(loaded.errors);
        return nullptr;
    }
    return std::move(loaded.document);
}

QList<Scenario> loadLibrary(const QString &folder, QList<Diagnostic> *errors)
{
    QList<Scenario> out;
    const QStringList names = QDir(folder).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        ScenarioParse parsed = loadScenario(folder + u'/' + name);
        if (parsed.scenario)
            out.append(std::move(*parsed.scenario));
        else if (errors)
            errors->append(parsed.errors);
    }
    std::stable_sort(out.begin(), out.end(), [](const Scenario &a, const Scenario &b) {
        return std::tie(a.order, a.id) < std::tie(b.order, b.id);
    });
    return out;
}

} // namespace skydraft::learn
