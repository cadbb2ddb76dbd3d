#include "report.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using ordered_json = nlohmann::ordered_json;

namespace skydraft::report {

namespace {
struct ReportMsg {
    Q_DECLARE_TR_FUNCTIONS(skydraft::Checker)
};
std::string s(const QString &q) { return q.toStdString(); }

QString locationPrefix(const Finding &f, const QString &file, const Locator &locate)
{
    const Location at = locate ? locate(f) : Location{};
    QString where = file;
    if (at.line > 0)
        where += u':' + QString::number(at.line) + u':' + QString::number(at.column);
    return where;
}

ordered_json explanationsJson(const QList<net::Explanation> &list)
{
    ordered_json a = ordered_json::array();
    for (const net::Explanation &e : list)
        a.push_back({{"code", s(e.code)}, {"component", s(e.component)}, {"direction", s(e.direction)}, {"detail", s(e.detail)}});
    return a;
}

ordered_json subnetsJson(const QList<net::SubnetAnswer> &list)
{
    ordered_json a = ordered_json::array();
    for (const net::SubnetAnswer &sa : list)
        a.push_back({{"subnet", s(sa.subnet)}, {"reachable", sa.reachable}, {"explanations", explanationsJson(sa.explanations)}});
    return a;
}
} // namespace

QByteArray findingsText(const QList<Finding> &findings, const QString &file, const Locator &locate)
{
    QString out;
    for (const Finding &f : findings) {
        out += locationPrefix(f, file, locate) + u": "_s + severityName(f.severity) + u' ' + f.rule + u": "_s
             + f.message;
        if (!f.hint.isEmpty())
            out += u" ("_s + f.hint + u')';
        out += u'\n';
    }
    return out.toUtf8();
}

QByteArray findingsJson(const QList<Finding> &findings, const QString &file, const Locator &locate)
{
    ordered_json a = ordered_json::array();
    int errors = 0;
    for (const Finding &f : findings) {
        const Location at = locate ? locate(f) : Location{};
        ordered_json j = {{"rule", s(f.rule)}, {"severity", s(severityName(f.severity))}, {"component", s(f.component)}};
        if (!f.property.isEmpty())
            j["property"] = s(f.property);
        if (f.row >= 0)
            j["row"] = f.row;
        j["message"] = s(f.message);
        j["hint"] = s(f.hint);
        j["file"] = s(file);
        if (at.line > 0) {
            j["line"] = at.line;
            j["column"] = at.column;
        }
        errors += f.severity == Severity::Error;
        a.push_back(std::move(j));
    }
    ordered_json root = {{"file", s(file)}, {"errors", errors}, {"findings", std::move(a)}};
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

QByteArray findingsSarif(const QList<Finding> &findings, const QString &file, const Locator &locate,
                         const QString &toolVersion)
{
    auto level = [](Severity sev) { return sev == Severity::Error ? "error" : sev == Severity::Warning ? "warning" : "note"; };
    ordered_json rules = ordered_json::array();
    QHash<QString, int> ruleIndex;
    for (const LintRule &r : lintRules()) {
        ruleIndex.insert(QString::fromLatin1(r.id), int(rules.size()));
        rules.push_back({{"id", r.id},
                         {"name", r.id},
                         {"shortDescription", {{"text", s(QCoreApplication::translate("skydraft::Checker", r.title))}}},
                         {"help", {{"text", s(QCoreApplication::translate("skydraft::Checker", r.hint))}}},
                         {"defaultConfiguration", {{"level", level(r.severity)}}}});
    }
    ordered_json results = ordered_json::array();
    for (const Finding &f : findings) {
        const Location at = locate ? locate(f) : Location{};
        ordered_json physical = {{"artifactLocation", {{"uri", s(file)}}}};
        if (at.line > 0)
            physical["region"] = {{"startLine", at.line}, {"startColumn", at.column}};
        ordered_json result = {{"ruleId", s(f.rule)}};
        if (ruleIndex.contains(f.rule))
            result["ruleIndex"] = ruleIndex.value(f.rule);
        result["level"] = level(f.severity);
        result["message"] = {{"text", s(f.hint.isEmpty() ? f.message : f.message + u". "_s + f.hint)}};
        result["locations"] = ordered_json::array(
            {{{"physicalLocation", physical},
              {"logicalLocations", ordered_json::array({{{"name", s(f.component)}, {"kind", "resource"}}})}}});
        results.push_back(std::move(result));
    }
    ordered_json root = {
        {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
        {"version", "2.1.0"},
        {"runs", ordered_json::array({{{"tool", {{"driver", {{"name", "SkyDraft"},
                                                              {"version", s(toolVersion)},
                                                              {"informationUri", "https://github.com/skydraft/skydraft"},
                                                              {"rules", rules}}}}},
                                       {"results", results}}})}};
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

QByteArray reachText(const net::ReachResult &r)
{
    QString out;
    out += (r.reachable ? ReportMsg::tr("%1 -> %2 on %3: reachable") : ReportMsg::tr("%1 -> %2 on %3: NOT reachable"))
               .arg(r.source, r.destination, r.flow.toString())
         + u'\n';
    for (int i = 0; i < r.path.size(); ++i)
        out += u"  %1. %2 [%3] %4\n"_s.arg(i + 1).arg(r.path[i].component, r.path[i].type, r.path[i].detail);
    for (const net::Explanation &e : r.explanations)
        out += u"  ! %1 %2 (%3): %4\n"_s.arg(e.code, e.component, e.direction, e.detail);
    for (const net::Explanation &e : r.alternatives)
        out += ReportMsg::tr("  alternatively: %1 %2 (%3): %4").arg(e.code, e.component, e.direction, e.detail) + u'\n';
    for (const auto *list : {&r.sourceSubnets, &r.destinationSubnets})
        for (const net::SubnetAnswer &sa : *list)
            out += u"  - %1: %2%3\n"_s.arg(sa.subnet,
                                          sa.reachable ? ReportMsg::tr("reachable") : ReportMsg::tr("not reachable"),
                                          sa.explanations.isEmpty() ? QString() : u": "_s + sa.explanations.first().detail);
    for (const QString &a : r.assumptions)
        out += ReportMsg::tr("  assumed: %1").arg(a) + u'\n';
    return out.toUtf8();
}

QByteArray reachJson(const net::ReachResult &r)
{
    ordered_json path = ordered_json::array();
    for (const net::Hop &h : r.path)
        path.push_back({{"component", s(h.component)}, {"type", s(h.type)}, {"detail", s(h.detail)}});
    ordered_json root = {{"reachable", r.reachable},
                         {"source", s(r.source)},
                         {"destination", s(r.destination)},
                         {"protocol", s(net::protocolName(r.flow.protocol))}};
    root["port"] = r.flow.port < 0 ? ordered_json(nullptr) : ordered_json(r.flow.port);
    root["path"] = std::move(path);
    root["explanations"] = explanationsJson(r.explanations);
    if (!r.alternatives.isEmpty())
        root["alternatives"] = explanationsJson(r.alternatives);
    if (!r.sourceSubnets.isEmpty())
        root["sourceSubnets"] = subnetsJson(r.sourceSubnets);
    if (!r.destinationSubnets.isEmpty())
        root["destinationSubnets"] = subnetsJson(r.destinationSubnets);
    if (!r.assumptions.isEmpty()) {
        ordered_json a = ordered_json::array();
        for (const QString &x : r.assumptions)
            a.push_back(s(x));
        root["assumptions"] = std::move(a);
    }
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

} // namespace skydraft::report
