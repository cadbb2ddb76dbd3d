// Reachability (model/checker/reachability.*): one table row per AWS rule the search follows.
// Each row builds a small design in code (a base VPC below plus the row's own resources, which
// replace base resources of the same id), asks "can FROM reach TO on PROTOCOL/PORT?", and
// expects the answer and, when blocked, the explanation code, the component and the direction.
// Further tests cover Auto Scaling groups (one answer per subnet) and the built-in samples.

#include "model/checker/reachability.h"
#include "model/checker/report.h"
#include "model/import/designloader.h"
#include "model/nativefile.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace skydraft;

namespace {

// The base design: a VPC in three zones; public subnets route to the internet gateway, private
// ones to a NAT gateway (in PubA, with an Elastic IP). Client (ClientSg: no inbound rules,
// the default outbound rule) sits in PrivA; Server (ServerSg: tcp/80 from ClientSg) in PrivB.
// MainRt is the main route table with no routes (subnets without a table of their own use it).
const char *kBase = R"([
  {"id": "Vpc", "type": "vpc", "properties": {"cidr": "10.0.0.0/16"}},
  {"id": "AzA", "type": "availability-zone", "parent": "Vpc", "properties": {"zone": "us-east-1a"}},
  {"id": "AzB", "type": "availability-zone", "parent": "Vpc", "properties": {"zone": "us-east-1b"}},
  {"id": "AzC", "type": "availability-zone", "parent": "Vpc", "properties": {"zone": "us-east-1c"}},
  {"id": "PubA", "type": "subnet", "parent": "AzA", "properties": {"cidr": "10.0.0.0/24", "routeTable": "PublicRt"}},
  {"id": "PubB", "type": "subnet", "parent": "AzB", "properties": {"cidr": "10.0.1.0/24", "routeTable": "PublicRt"}},
  {"id": "PrivA", "type": "subnet", "parent": "AzA", "properties": {"cidr": "10.0.10.0/24", "routeTable": "PrivateRt"}},
  {"id": "PrivB", "type": "subnet", "parent": "AzB", "properties": {"cidr": "10.0.11.0/24", "routeTable": "PrivateRt"}},
  {"id": "PrivC", "type": "subnet", "parent": "AzC", "properties": {"cidr": "10.0.12.0/24", "routeTable": "PrivateRt"}},
  {"id": "Igw", "type": "internet-gateway", "parent": "Vpc"},
  {"id": "Nat", "type": "nat-gateway", "parent": "PubA"},
  {"id": "NatEip", "type": "elastic-ip", "properties": {"associatedWith": "Nat"}},
  {"id": "MainRt", "type": "route-table", "parent": "Vpc", "properties": {"main": true}},
  {"id": "PublicRt", "type": "route-table", "parent": "Vpc",
   "properties": {"routes": [{"destination": "0.0.0.0/0", "target": "Igw"}]}},
  {"id": "PrivateRt", "type": "route-table", "parent": "Vpc",
   "properties": {"routes": [{"destination": "0.0.0.0/0", "target": "Nat"}]}},
  {"id": "ClientSg", "type": "security-group", "parent": "Vpc"},
  {"id": "ServerSg", "type": "security-group", "parent": "Vpc",
   "properties": {"inbound": [{"protocol": "tcp", "fromPort": 80, "toPort": 80, "group": "ClientSg"}]}},
  {"id": "Client", "type": "ec2-instance", "parent": "PrivA", "properties": {"securityGroups": ["ClientSg"]}},
  {"id": "Server", "type": "ec2-instance", "parent": "PrivB", "properties": {"securityGroups": ["ServerSg"]}}
])";

// Building blocks the rows combine.
const char *kAlb = R"(
  {"id": "LbSg", "type": "security-group", "parent": "Vpc",
   "properties": {"inbound": [{"protocol": "tcp", "fromPort": 80, "toPort": 80, "cidr": "0.0.0.0/0"}]}},
  {"id": "Lb", "type": "load-balancer", "parent": "Vpc",
   "properties": {"kind": "application", "scheme": "internet-facing", "subnets": ["PubA", "PubB"], "securityGroups": ["LbSg"],
                  "listeners": [{"protocol": "HTTP", "port": 80, "targetGroup": "WebTg"}]}},
  {"id": "WebTg", "type": "target-group", "parent": "Vpc", "properties": {"protocol": "HTTP", "port": 80, "targets": ["Web"]}},
  {"id": "WebSg", "type": "security-group", "parent": "Vpc",
   "properties": {"inbound": [{"protocol": "tcp", "fromPort": 80, "toPort": 80, "group": "LbSg"}]}},
  {"id": "Web", "type": "ec2-instance", "parent": "PrivA", "properties": {"securityGroups": ["WebSg"]}})";

// A custom ACL on PrivB (Server's subnet) with the given inbound and outbound rules.
QByteArray aclOnPrivB(const char *inbound, const char *outbound, const char *subnet = "PrivB",
                      const char *subnetProps = R"("cidr": "10.0.11.0/24", "routeTable": "PrivateRt")",
                      const char *zone = "AzB")
{
    return QByteArray(R"({"id": "Acl", "type": "network-acl", "parent": "Vpc", "properties": {"inbound": )") + inbound
        + R"(, "outbound": )" + outbound + R"(}}, {"id": ")" + subnet + R"(", "type": "subnet", "parent": ")" + zone
        + R"(", "properties": {)" + subnetProps + R"(, "networkAcl": "Acl"}})";
}

QByteArray arr(std::initializer_list<QByteArray> parts)
{
    QByteArrayList list;
    for (const QByteArray &p : parts)
        if (!p.trimmed().isEmpty())
            list.append(p);
    return '[' + list.join(',') + ']';
}

/// The base design with `extra` (a JSON array of resources) merged in: a resource with a base
/// id replaces it; {"id": X, "remove": true} removes it.
std::unique_ptr<Document> build(const QByteArray &extra, const char *base = kBase)
{
    QJsonParseError error;
    const QJsonArray baseList = QJsonDocument::fromJson(base, &error).array();
    if (error.error != QJsonParseError::NoError)
        qFatal("bad base JSON: %s", qPrintable(error.errorString()));
    const QJsonArray extraList = QJsonDocument::fromJson(extra, &error).array();
    if (error.error != QJsonParseError::NoError)
        qFatal("bad row JSON: %s\n%s", qPrintable(error.errorString()), extra.constData());
    QList<QJsonObject> resources;
    for (const QJsonValue &v : baseList)
        resources.append(v.toObject());
    for (const QJsonValue &v : extraList) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(u"id"_s).toString();
        auto it = std::find_if(resources.begin(), resources.end(),
                               [&](const QJsonObject &r) { return r.value(u"id"_s).toString() == id; });
        if (o.value(u"remove"_s).toBool()) {
            if (it != resources.end())
                resources.erase(it);
        } else if (it != resources.end()) {
            *it = o;
        } else {
            resources.append(o);
        }
    }
    QJsonArray list;
    for (const QJsonObject &o : std::as_const(resources))
        list.append(o);
    const QJsonObject root{{u"format"_s, u"skydraft"_s}, {u"version"_s, 1}, {u"title"_s, u"reach"_s},
                           {u"region"_s, u"us-east-1"_s}, {u"resources"_s, list}};
    return test::loadDesign(QJsonDocument(root).toJson());
}

net::Flow flowOf(const QString &protocol, int port)
{
    bool ok = false;
    const net::Protocol p = net::protocolFromString(protocol, &ok);
    Q_ASSERT(ok);
    return {p, port};
}

QStringList components(const net::ReachResult &r)
{
    QStringList out;
    for (const net::Hop &h : r.path)
        out.append(h.component);
    return out;
}

QString describe(const net::ReachResult &r) { return QString::fromUtf8(report::reachText(r)); }

} // namespace

class TestReachability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void throughAListenerRule();
    void rules_data();
    void rules();
    void asgAsSource();
    void asgAsDestination();
    void asgPathThroughRoute53AndAlb();
    void routeChoiceIsTheDefaultRoute();
    void samples_data();
    void samples();
    void singleInstanceAdminSsh();
    void otherPathsAreAlternatives();
    void internetOverIpv6();
    void prefixListIsNotTheInternet();
};

void TestReachability::rules_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("reachable");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("component");
    QTest::addColumn<QString>("direction");
    QTest::addColumn<QStringList>("via");   // components that must be on the path
    QTest::addColumn<QStringList>("avoid"); // components that must not be on the path
    QTest::addColumn<QString>("detail");    // a piece of the first explanation's detail

    const QString tcp = u"tcp"_s;
    auto yes = [&](const char *name, const QByteArray &extra, const QString &from, const QString &to, int port,
                   const QStringList &via = {}, const QStringList &avoid = {}, const QString &protocol = u"tcp"_s) {
        QTest::newRow(name) << extra << from << to << protocol << port << true << QString() << QString() << QString()
                            << via << avoid << QString();
    };
    auto no = [&](const char *name, const QByteArray &extra, const QString &from, const QString &to, int port,
                  const QString &code, const QString &component, const QString &direction, const QString &detail = {},
                  const QString &protocol = u"tcp"_s) {
        QTest::newRow(name) << extra << from << to << protocol << port << false << code << component << direction
                            << QStringList() << QStringList() << detail;
    };

    // --- security groups -------------------------------------------------------------------------
    // ClientSg has no inbound rule: the reply to Client's own connection needs none (stateful).
    yes("sg: group reference admits; reply needs no inbound rule at the source", "[]", u"Client"_s, u"Server"_s, 80,
        {u"Client"_s, u"ClientSg"_s, u"ServerSg"_s, u"Server"_s});
    // ServerSg with no outbound rule at all still answers: the response is allowed back.
    yes("sg: reply needs no outbound rule at the destination",
        R"([{"id": "ServerSg", "type": "security-group", "parent": "Vpc",
             "properties": {"inbound": [{"protocol": "tcp", "fromPort": 80, "toPort": 80, "group": "ClientSg"}], "outbound": []}}])",
        u"Client"_s, u"Server"_s, 80);
    no("sg: outbound rules of the source block",
       R"([{"id": "ClientSg", "type": "security-group", "parent": "Vpc",
            "properties": {"outbound": [{"protocol": "tcp", "fromPort": 443, "toPort": 443, "cidr": "0.0.0.0/0"}]}}])",
       u"Client"_s, u"Server"_s, 80, u"ENI_SG_RULES_MISMATCH"_s, u"ClientSg"_s, u"egress"_s);
    no("sg: no outbound rule at all blocks",
       R"([{"id": "ClientSg", "type": "security-group", "parent": "Vpc", "properties": {"outbound": []}}])",
       u"Client"_s, u"Server"_s, 80, u"ENI_SG_RULES_MISMATCH"_s, u"ClientSg"_s, u"egress"_s);
    no("sg: another group is not admitted",
       R"([{"id": "OtherSg", "type": "security-group", "parent": "Vpc"},
           {"id": "Other", "type": "ec2-instance", "parent": "PrivA", "properties": {"securityGroups": ["OtherSg"]}}])",
       u"Other"_s, u"Server"_s, 80, u"ENI_SG_RULES_MISMATCH"_s, u"ServerSg"_s, u"ingress"_s, u"OtherSg"_s);
    no("sg: port outside the rule", "[]", u"Client"_s, u"Server"_s, 81, u"ENI_SG_RULES_MISMATCH"_s, u"ServerSg"_s,
       u"ingress"_s);
    no("sg: protocol outside the rule", "[]", u"Client"_s, u"Server"_s, 80, u"ENI_SG_RULES_MISMATCH"_s,
       u"ServerSg"_s, u"ingress"_s, {}, u"udp"_s);
    const QByteArray cidrRule = R"({"id": "ServerSg", "type": "security-group", "parent": "Vpc",
        "properties": {"inbound": [{"protocol": "tcp", "fromPort": 80, "toPort": 80, "cidr": "10.0.10.0/24"}]}})";
    yes("sg: cidr source admits its subnet", arr({cidrRule}), u"Client"_s, u"Server"_s, 80, {u"ServerSg"_s});
    no("sg: cidr source refuses another subnet",
       arr({cidrRule, R"({"id": "Other", "type": "ec2-instance", "parent": "PubB", "properties": {"securityGroups": ["ClientSg"]}})"}),
       u"Other"_s, u"Server"_s, 80, u"ENI_SG_RULES_MISMATCH"_s, u"ServerSg"_s, u"ingress"_s);
    no("sg: private cidr does not admit the internet",
       arr({R"({"id": "ServerSg", "type": "security-group", "parent": "Vpc",
               "properties": {"inbound": [{"protocol": "tcp", "fromPort": 80, "toPort": 80, "cidr": "10.0.0.0/8"}]}})",
            R"({"id": "Server", "type": "ec2-instance", "parent": "PubA",
               "properties": {"securityGroups": ["ServerSg"], "associatePublicIp": "yes"}})"}),
       u"internet"_s, u"Server"_s, 80, u"ENI_SG_RULES_MISMATCH"_s, u"ServerSg"_s, u"ingress"_s);
    // No group on the resource: the VPC's default group (all in from its own members only).
    const QByteArray noGroups = R"({"id": "Server", "type": "ec2-instance", "parent": "PrivB"})";
    yes("sg: default group admits its members",
        arr({noGroups, R"({"id": "Member", "type": "ec2-instance", "parent": "PrivA"})"}), u"Member"_s, u"Server"_s, 80,
        {u"Vpc"_s});
    no("sg: default group refuses a resource with other groups", arr({noGroups}), u"Client"_s, u"Server"_s, 80,
       u"ENI_SG_RULES_MISMATCH"_s, u"Vpc"_s, u"ingress"_s);
    // All the groups on a resource are combined.
    const QByteArray twoGroups = R"({"id": "HttpsSg", "type": "security-group", "parent": "Vpc",
        "properties": {"inbound": [{"protocol": "tcp", "fromPort": 443, "toPort": 443, "group": "ClientSg"}]}},
        {"id": "Server", "type": "ec2-instance", "parent": "PrivB", "properties": {"securityGroups": ["ServerSg", "HttpsSg"]}})";
    yes("sg: groups combined (second group's rule)", arr({twoGroups}), u"Client"_s, u"Server"_s, 443, {u"HttpsSg"_s});
    yes("sg: groups combined (first group's rule)", arr({twoGroups}), u"Client"_s, u"Server"_s, 80, {u"ServerSg"_s});
    no("sg: groups combined, no rule for the port", arr({twoGroups}), u"Client"_s, u"Server"_s, 22,
       u"ENI_SG_RULES_MISMATCH"_s, u"ServerSg"_s, u"ingress"_s, u"HttpsSg"_s);

    // --- client addresses through a Network Load Balancer (issue 17) ---------------------------
    // An internet-facing NLB without security groups in front of Web (instance targets, TCP):
    // the client's address reaches Web, so WebSg must admit the clients; admitting the VPC's
    // block (where the load balancer's nodes are) is not enough.
    const QByteArray nlb = R"(
  {"id": "Nlb", "type": "load-balancer", "parent": "Vpc",
   "properties": {"kind": "network", "scheme": "internet-facing", "subnets": ["PubA", "PubB"],
                  "listeners": [{"protocol": "TCP", "port": 80, "targetGroup": "NlbTg"}]}},
  {"id": "NlbTg", "type": "target-group", "parent": "Vpc", "properties": {"protocol": "TCP", "port": 80, "targets": ["Web"]}},
  {"id": "Web", "type": "ec2-instance", "parent": "PrivA", "properties": {"securityGroups": ["WebSg"]}})";
    const QByteArray webSgVpcOnly = R"({"id": "WebSg", "type": "security-group", "parent": "Vpc",
        "properties": {"inbound": [{"protocol": "tcp", "fromPort": 80, "toPort": 80, "cidr": "10.0.0.0/16"}]}})";
    const QByteArray webSgWorld = R"({"id": "WebSg", "type": "security-group", "parent": "Vpc",
        "properties": {"inbound": [{"protocol": "tcp", "fromPort": 80, "toPort": 80, "cidr": "0.0.0.0/0"}]}})";
    no("nlb: instance targets see the client's address", arr({nlb, webSgVpcOnly}), u"internet"_s, u"Web"_s, 80,
       u"ENI_SG_RULES_MISMATCH"_s, u"WebSg"_s, u"ingress"_s, u"keeps the client's address"_s);
    yes("nlb: a target group admitting the clients is reached", arr({nlb, webSgWorld}), u"internet"_s, u"Web"_s, 80,
        {u"Nlb"_s, u"NlbTg"_s, u"WebSg"_s});
    yes("nlb: ip targets see the load balancer's address",
        arr({QByteArray(nlb).replace(R"("protocol": "TCP", "port": 80, "targets")", R"("protocol": "TCP", "port": 80, "targetType": "ip", "targets")"),
             webSgVpcOnly}),
        u"internet"_s, u"Web"_s, 80, {u"Nlb"_s, u"NlbTg"_s});

    // --- when nothing reaches, the direct path is explained first (issue 17) -------------------
    // Client -> Server on tcp/53: ServerSg admits tcp/80 only. An ALB in front of Server on
    // 443 -> 80 is another path, blocked by its target port; it comes only as an alternative.
    const QByteArray albToServer = R"(
  {"id": "LbSg", "type": "security-group", "parent": "Vpc",
   "properties": {"inbound": [{"protocol": "tcp", "fromPort": 443, "toPort": 443, "cidr": "0.0.0.0/0"}]}},
  {"id": "Lb", "type": "load-balancer", "parent": "Vpc",
   "properties": {"kind": "application", "scheme": "internal", "subnets": ["PrivA", "PrivB"], "securityGroups": ["LbSg"],
                  "listeners": [{"protocol": "HTTPS", "port": 443, "targetGroup": "Tg", "certificate": "arn:aws:acm:us-east-1:123456789012:certificate/x"}]}},
  {"id": "Tg", "type": "target-group", "parent": "Vpc", "properties": {"protocol": "HTTP", "port": 80, "targets": ["Server"]}})";
    no("direct path first: the destination's group, not an unrelated listener", arr({albToServer}), u"Client"_s, u"Server"_s, 53,
       u"ENI_SG_RULES_MISMATCH"_s, u"ServerSg"_s, u"ingress"_s);

    // --- network ACLs -------------------------------------------------------------------------
    const char *allowAll = R"([{"rule": 100, "protocol": "all", "cidr": "0.0.0.0/0", "action": "allow"}])";
    no("acl: deny numbered before an allow blocks",
       aclOnPrivB(R"([{"rule": 50, "protocol": "tcp", "fromPort": 80, "toPort": 80, "cidr": "0.0.0.0/0", "action": "deny"},
                      {"rule": 100, "protocol": "all", "cidr": "0.0.0.0/0", "action": "allow"}])",
                  allowAll)
           .prepend('[')
           .append(']'),
       u"Client"_s, u"Server"_s, 80, u"SUBNET_ACL_RESTRICTION"_s, u"Acl"_s, u"ingress"_s, u"rule 50"_s);
    yes("acl: allow numbered before a deny passes",
        aclOnPrivB(R"([{"rule": 50, "protocol": "tcp", "fromPort": 80, "toPort": 80, "cidr": "0.0.0.0/0", "action": "allow"},
                       {"rule": 100, "protocol": "all", "cidr": "0.0.0.0/0", "action": "deny"}])",
                   allowAll)
            .prepend('[')
            .append(']'),
        u"Client"_s, u"Server"_s, 80, {u"Acl"_s});
    // Rule numbers, not list order, decide.
    yes("acl: rule number order, not list order",
        aclOnPrivB(R"([{"rule": 200, "protocol": "tcp", "fromPort": 80, "toPort": 80, "cidr": "0.0.0.0/0", "action": "deny"},
                       {"rule": 100, "protocol": "tcp", "fromPort": 80, "toPort": 80, "cidr": "0.0.0.0/0", "action": "allow"}])",
                   allowAll)
            .prepend('[')
            .append(']'),
        u"Client"_s, u"Server"_s, 80, {u"Acl"_s});
    // Stateless: replies leave on ephemeral ports, which an "80 only" ACL does not allow.
    no("acl: return traffic on ephemeral ports blocked",
       aclOnPrivB(R"([{"rule": 100, "protocol": "tcp", "fromPort": 80, "toPort": 80, "cidr": "0.0.0.0/0", "action": "allow"}])",
                  R"([{"rule": 100, "protocol": "tcp", "fromPort": 80, "toPort": 80, "cidr": "0.0.0.0/0", "action": "allow"}])")
           .prepend('[')
           .append(']'),
       u"Client"_s, u"Server"_s, 80, u"SUBNET_ACL_RESTRICTION"_s, u"Acl"_s, u"egress"_s, u"return traffic"_s);
    yes("acl: ephemeral return ports allowed",
        aclOnPrivB(R"([{"rule": 100, "protocol": "tcp", "fromPort": 80, "toPort": 80, "cidr": "0.0.0.0/0", "action": "allow"}])",
                   R"([{"rule": 100, "protocol": "tcp", "fromPort": 1024, "toPort": 65535, "cidr": "0.0.0.0/0", "action": "allow"}])")
            .prepend('[')
            .append(']'),
        u"Client"_s, u"Server"_s, 80, {u"Acl"_s});
    no("acl: the final * rule denies what no rule allows",
       aclOnPrivB(R"([{"rule": 100, "protocol": "tcp", "fromPort": 443, "toPort": 443, "cidr": "0.0.0.0/0", "action": "allow"}])",
                  allowAll)
           .prepend('[')
           .append(']'),
       u"Client"_s, u"Server"_s, 80, u"SUBNET_ACL_RESTRICTION"_s, u"Acl"_s, u"ingress"_s, u"final * rule"_s);
    no("acl: source subnet's outbound rules",
       aclOnPrivB(allowAll,
                  R"([{"rule": 100, "protocol": "tcp", "fromPort": 443, "toPort": 443, "cidr": "0.0.0.0/0", "action": "allow"}])",
                  "PrivA", R"("cidr": "10.0.10.0/24", "routeTable": "PrivateRt")", "AzA")
           .prepend('[')
           .append(']'),
       u"Client"_s, u"Server"_s, 80, u"SUBNET_ACL_RESTRICTION"_s, u"Acl"_s, u"egress"_s);
    no("acl: source subnet refuses the replies",
       aclOnPrivB(R"([{"rule": 100, "protocol": "tcp", "fromPort": 80, "toPort": 80, "cidr": "0.0.0.0/0", "action": "allow"}])",
                  allowAll, "PrivA", R"("cidr": "10.0.10.0/24", "routeTable": "PrivateRt")", "AzA")
           .prepend('[')
           .append(']'),
       u"Client"_s, u"Server"_s, 80, u"SUBNET_ACL_RESTRICTION"_s, u"Acl"_s, u"ingress"_s, u"return traffic"_s);
    // Inside one subnet no ACL applies: a custom ACL with no rules denies everything else.
    yes("acl: same subnet skips the ACL",
        arr({aclOnPrivB("[]", "[]"),
             R"({"id": "Neighbour", "type": "ec2-instance", "parent": "PrivB", "properties": {"securityGroups": ["ClientSg"]}})"}),
        u"Neighbour"_s, u"Server"_s, 80, {u"ServerSg"_s}, {u"Acl"_s});
    no("acl: empty custom ACL between subnets", arr({aclOnPrivB("[]", "[]")}), u"Client"_s, u"Server"_s, 80,
       u"SUBNET_ACL_RESTRICTION"_s, u"Acl"_s, u"ingress"_s, u"final * rule"_s);

    // --- routing and public addresses ---------------------------------------------------------
    const QByteArray isolated = R"({"id": "Iso", "type": "subnet", "parent": "AzA", "properties": {"cidr": "10.0.30.0/24"}},
        {"id": "Lone", "type": "ec2-instance", "parent": "Iso"})";
    no("route: no route to the internet", arr({isolated}), u"Lone"_s, u"internet"_s, 443,
       u"NO_ROUTE_TO_DESTINATION"_s, u"MainRt"_s, u"egress"_s);
    const QByteArray pub = R"({"id": "PubSg", "type": "security-group", "parent": "Vpc",
        "properties": {"inbound": [{"protocol": "tcp", "fromPort": 80, "toPort": 80, "cidr": "0.0.0.0/0"}]}})";
    no("route: igw egress without a public address",
       arr({pub, R"({"id": "Pub", "type": "ec2-instance", "parent": "PubA", "properties": {"securityGroups": ["PubSg"]}})"}),
       u"Pub"_s, u"internet"_s, 443, u"IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS"_s, u"Pub"_s, u"egress"_s);
    const QByteArray mapPublic = R"({"id": "PubA", "type": "subnet", "parent": "AzA",
        "properties": {"cidr": "10.0.0.0/24", "routeTable": "PublicRt", "mapPublicIpOnLaunch": true}})";
    yes("route: public address from the subnet's mapPublicIpOnLaunch",
        arr({pub, mapPublic, R"({"id": "Pub", "type": "ec2-instance", "parent": "PubA", "properties": {"securityGroups": ["PubSg"]}})"}),
        u"Pub"_s, u"internet"_s, 443, {u"PublicRt"_s, u"Igw"_s});
    yes("route: internet reaches an instance with mapPublicIpOnLaunch",
        arr({pub, mapPublic, R"({"id": "Pub", "type": "ec2-instance", "parent": "PubA", "properties": {"securityGroups": ["PubSg"]}})"}),
        u"internet"_s, u"Pub"_s, 80, {u"Igw"_s, u"PubSg"_s, u"Pub"_s});
    no("route: instance override 'no' beats the subnet",
       arr({pub, mapPublic,
            R"({"id": "Pub", "type": "ec2-instance", "parent": "PubA", "properties": {"securityGroups": ["PubSg"], "associatePublicIp": "no"}})"}),
       u"Pub"_s, u"internet"_s, 443, u"IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS"_s, u"Pub"_s, u"egress"_s);
    no("route: internet cannot reach an instance with override 'no'",
       arr({pub, mapPublic,
            R"({"id": "Pub", "type": "ec2-instance", "parent": "PubA", "properties": {"securityGroups": ["PubSg"], "associatePublicIp": "no"}})"}),
       u"internet"_s, u"Pub"_s, 80, u"IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"_s, u"Pub"_s, u"ingress"_s);
    yes("route: instance override 'yes' beats the subnet",
        arr({pub, R"({"id": "Pub", "type": "ec2-instance", "parent": "PubA", "properties": {"securityGroups": ["PubSg"], "associatePublicIp": "yes"}})"}),
        u"Pub"_s, u"internet"_s, 443, {u"Igw"_s});
    yes("route: elastic ip gives a public address",
        arr({pub,
             R"({"id": "Pub", "type": "ec2-instance", "parent": "PubA", "properties": {"securityGroups": ["PubSg"], "associatePublicIp": "no"}})",
             R"({"id": "PubEip", "type": "elastic-ip", "properties": {"associatedWith": "Pub"}})"}),
        u"Pub"_s, u"internet"_s, 443, {u"Igw"_s});
    yes("route: internet reaches an instance through its elastic ip id",
        arr({pub,
             R"({"id": "Pub", "type": "ec2-instance", "parent": "PubA", "properties": {"securityGroups": ["PubSg"], "associatePublicIp": "no"}})",
             R"({"id": "PubEip", "type": "elastic-ip", "properties": {"associatedWith": "Pub"}})"}),
        u"internet"_s, u"PubEip"_s, 80, {u"Igw"_s, u"Pub"_s});
    yes("route: nat gateway gives a private subnet outbound access", "[]", u"Client"_s, u"internet"_s, 443,
        {u"PrivateRt"_s, u"Nat"_s, u"Igw"_s});
    no("route: nat gateway is outbound only",
       R"([{"id": "ClientSg", "type": "security-group", "parent": "Vpc",
            "properties": {"inbound": [{"protocol": "tcp", "fromPort": 80, "toPort": 80, "cidr": "0.0.0.0/0"}]}}])",
       u"internet"_s, u"Client"_s, 80, u"IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"_s, u"Client"_s, u"ingress"_s);
    no("route: nat gateway in a subnet without an igw route",
       R"([{"id": "Nat", "type": "nat-gateway", "parent": "PrivB"}])", u"Client"_s, u"internet"_s, 443,
       u"NO_ROUTE_TO_DESTINATION"_s, u"PrivateRt"_s, u"egress"_s, u"Nat"_s);
    no("route: nat gateway without an elastic ip", R"([{"id": "NatEip", "remove": true}])", u"Client"_s,
       u"internet"_s, 443, u"IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS"_s, u"Nat"_s, u"egress"_s);
    // The default route carries "the internet": a narrower public route to the IGW does not
    // make a private instance public (netrules.cpp internetRoute).
    yes("route: default route to nat wins over a narrower igw route",
        R"([{"id": "PrivateRt", "type": "route-table", "parent": "Vpc",
             "properties": {"routes": [{"destination": "52.0.0.0/8", "target": "Igw"}, {"destination": "0.0.0.0/0", "target": "Nat"}]}}])",
        u"Client"_s, u"internet"_s, 443, {u"Nat"_s}, {});
    yes("route: a narrower public route is used when there is no default route",
        arr({pub,
             R"({"id": "PublicRt", "type": "route-table", "parent": "Vpc", "properties": {"routes": [{"destination": "52.0.0.0/8", "target": "Igw"}]}})",
             R"({"id": "Pub", "type": "ec2-instance", "parent": "PubA", "properties": {"securityGroups": ["PubSg"], "associatePublicIp": "yes"}})"}),
        u"Pub"_s, u"internet"_s, 443, {u"Igw"_s});
    no("route: private-only routes do not reach the internet",
       R"([{"id": "PrivateRt", "type": "route-table", "parent": "Vpc",
            "properties": {"routes": [{"destination": "172.16.0.0/12", "target": "Nat"}]}}])",
       u"Client"_s, u"internet"_s, 443, u"NO_ROUTE_TO_DESTINATION"_s, u"PrivateRt"_s, u"egress"_s);
    no("route: public instance whose subnet does not route back to the igw",
       arr({pub, R"({"id": "Pub", "type": "ec2-instance", "parent": "PrivA", "properties": {"securityGroups": ["PubSg"], "associatePublicIp": "yes"}})"}),
       u"internet"_s, u"Pub"_s, 80, u"NO_ROUTE_TO_DESTINATION"_s, u"PrivateRt"_s, u"egress"_s, u"Igw"_s);
    no("route: public instance in a subnet with no internet route at all",
       arr({pub, isolated,
            R"({"id": "Pub", "type": "ec2-instance", "parent": "Iso", "properties": {"securityGroups": ["PubSg"], "associatePublicIp": "yes"}})"}),
       u"internet"_s, u"Pub"_s, 80, u"NO_ROUTE_TO_DESTINATION"_s, u"MainRt"_s, u"egress"_s);
    no("route: vpc without an internet gateway",
       arr({pub, R"({"id": "Igw", "remove": true})",
            R"({"id": "PublicRt", "type": "route-table", "parent": "Vpc"})",
            R"({"id": "PrivateRt", "type": "route-table", "parent": "Vpc"})",
            R"({"id": "Pub", "type": "ec2-instance", "parent": "PubA", "properties": {"securityGroups": ["PubSg"], "associatePublicIp": "yes"}})"}),
       u"internet"_s, u"Pub"_s, 80, u"NO_ROUTE_TO_DESTINATION"_s, u"Vpc"_s, u"ingress"_s);

    // --- load balancers -------------------------------------------------------------------------
    yes("lb: internet-facing alb from the internet", arr({kAlb}), u"internet"_s, u"Lb"_s, 80,
        {u"internet"_s, u"Igw"_s, u"LbSg"_s, u"Lb"_s});
    no("lb: internal alb from the internet",
       arr({kAlb, R"({"id": "Lb", "type": "load-balancer", "parent": "Vpc",
                     "properties": {"kind": "application", "scheme": "internal", "subnets": ["PubA", "PubB"], "securityGroups": ["LbSg"],
                                    "listeners": [{"protocol": "HTTP", "port": 80, "targetGroup": "WebTg"}]}})"}),
       u"internet"_s, u"Lb"_s, 80, u"IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"_s, u"Lb"_s, u"ingress"_s);
    yes("lb: internal alb from inside the vpc",
        arr({kAlb, R"({"id": "LbSg", "type": "security-group", "parent": "Vpc",
                      "properties": {"inbound": [{"protocol": "tcp", "fromPort": 80, "toPort": 80, "cidr": "10.0.0.0/16"}]}})",
             R"({"id": "Lb", "type": "load-balancer", "parent": "Vpc",
                 "properties": {"kind": "application", "scheme": "internal", "subnets": ["PubA", "PubB"], "securityGroups": ["LbSg"],
                                "listeners": [{"protocol": "HTTP", "port": 80, "targetGroup": "WebTg"}]}})"}),
        u"Client"_s, u"Lb"_s, 80, {u"LbSg"_s, u"Lb"_s});
    no("lb: alb listener port mismatch", arr({kAlb}), u"internet"_s, u"Lb"_s, 8080,
       u"ELBV2_LISTENER_PORT_RESTRICTION"_s, u"Lb"_s, u"ingress"_s, u"HTTP:80"_s);
    const QByteArray clb = R"({"id": "Clb", "type": "load-balancer", "parent": "Vpc",
        "properties": {"kind": "classic", "subnets": ["PubA", "PubB"], "securityGroups": ["LbSg"], "instances": ["Web"],
                       "listeners": [{"protocol": "HTTP", "port": 80, "instanceProtocol": "HTTP", "instancePort": 80}]}})";
    no("lb: classic listener port mismatch", arr({kAlb, clb}), u"internet"_s, u"Clb"_s, 8080,
       u"ELB_LISTENER_PORT_RESTRICTION"_s, u"Clb"_s, u"ingress"_s);
    yes("lb: classic listener admits", arr({kAlb, clb}), u"internet"_s, u"Clb"_s, 80, {u"Clb"_s});
    yes("lb: internet to a target through the alb", arr({kAlb}), u"internet"_s, u"Web"_s, 80,
        {u"Igw"_s, u"Lb"_s, u"WebTg"_s, u"WebSg"_s, u"Web"_s});
    no("lb: target port mismatch", arr({kAlb}), u"internet"_s, u"Web"_s, 8080, u"TARGET_PORT_RESTRICTION"_s,
       u"WebTg"_s, u"egress"_s);
    no("lb: target's group does not admit the load balancer's group",
       arr({kAlb, R"({"id": "WebSg", "type": "security-group", "parent": "Vpc",
                     "properties": {"inbound": [{"protocol": "tcp", "fromPort": 80, "toPort": 80, "group": "ClientSg"}]}})"}),
       u"internet"_s, u"Web"_s, 80, u"ENI_SG_RULES_MISMATCH"_s, u"WebSg"_s, u"ingress"_s, u"LbSg"_s);
    no("lb: listener forwards to no target group",
       arr({kAlb, R"({"id": "Lb", "type": "load-balancer", "parent": "Vpc",
                     "properties": {"kind": "application", "scheme": "internet-facing", "subnets": ["PubA", "PubB"], "securityGroups": ["LbSg"],
                                    "listeners": [{"protocol": "HTTP", "port": 80}]}})"}),
       u"internet"_s, u"Web"_s, 80, u"ELBV2_LISTENER_HAS_NO_TG"_s, u"Lb"_s, u"egress"_s);
    yes("lb: route 53 record to the alb",
        arr({kAlb, R"({"id": "Rec", "type": "route53-record", "properties": {"recordName": "www.example.com", "target": "Lb"}})"}),
        u"internet"_s, u"Rec"_s, 80, {u"Rec"_s, u"Igw"_s, u"Lb"_s});
    const QByteArray clbOneZone = R"({"id": "Clb", "type": "load-balancer", "parent": "Vpc",
        "properties": {"kind": "classic", "subnets": ["PubA"], "securityGroups": ["LbSg"], "instances": ["Web"], "crossZone": false,
                       "listeners": [{"protocol": "HTTP", "port": 80, "instanceProtocol": "HTTP", "instancePort": 80}]}},
        {"id": "WebSg", "type": "security-group", "parent": "Vpc",
         "properties": {"inbound": [{"protocol": "tcp", "fromPort": 80, "toPort": 80, "group": "LbSg"}]}},
        {"id": "LbSg", "type": "security-group", "parent": "Vpc",
         "properties": {"inbound": [{"protocol": "tcp", "fromPort": 80, "toPort": 80, "cidr": "0.0.0.0/0"}]}},
        {"id": "Web", "type": "ec2-instance", "parent": "PrivB", "properties": {"securityGroups": ["WebSg"]}})";
    no("lb: cross-zone off and no node in the target's zone", arr({clbOneZone}), u"internet"_s, u"Web"_s, 80,
       u"ELB_NOT_CROSSZONE"_s, u"Clb"_s, u"egress"_s);
    yes("lb: cross-zone on reaches the other zone",
        arr({QByteArray(clbOneZone).replace(R"("crossZone": false)", R"("crossZone": true)")}), u"internet"_s, u"Web"_s, 80,
        {u"Clb"_s, u"Web"_s});
    no("lb: alb target in a zone the alb is not enabled in",
       arr({kAlb, R"({"id": "Web", "type": "ec2-instance", "parent": "PrivC", "properties": {"securityGroups": ["WebSg"]}})"}),
       u"internet"_s, u"Web"_s, 80, u"ELB_INSTALLED_AZ_RESTRICTION"_s, u"Lb"_s, u"egress"_s, u"us-east-1c"_s);

    // --- databases ------------------------------------------------------------------------------
    const QByteArray publicDb = R"({"id": "DbSg", "type": "security-group", "parent": "Vpc",
        "properties": {"inbound": [{"protocol": "tcp", "fromPort": 3306, "toPort": 3306, "cidr": "0.0.0.0/0"}]}},
        {"id": "Db", "type": "rds-instance", "parent": "Vpc",
         "properties": {"engine": "mysql", "subnets": ["PubA", "PubB"], "securityGroups": ["DbSg"], "publiclyAccessible": true}})";
    yes("rds: publicly accessible in a public subnet with its group open", arr({publicDb}), u"internet"_s, u"Db"_s, 3306,
        {u"Igw"_s, u"DbSg"_s, u"Db"_s});
    no("rds: not publicly accessible",
       arr({QByteArray(publicDb).replace(R"("publiclyAccessible": true)", R"("publiclyAccessible": false)")}),
       u"internet"_s, u"Db"_s, 3306, u"IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"_s, u"Db"_s, u"ingress"_s,
       u"PubliclyAccessible"_s);

    // --- paths that do not exist ---------------------------------------------------------------
    no("vpc: different vpcs",
       R"([{"id": "Vpc2", "type": "vpc", "properties": {"cidr": "10.1.0.0/16"}},
           {"id": "Az2", "type": "availability-zone", "parent": "Vpc2", "properties": {"zone": "us-east-1a"}},
           {"id": "Sub2", "type": "subnet", "parent": "Az2", "properties": {"cidr": "10.1.0.0/24"}},
           {"id": "Far", "type": "ec2-instance", "parent": "Sub2"}])",
       u"Client"_s, u"Far"_s, 80, u"NO_PATH"_s, u"Vpc2"_s, u"ingress"_s);
    // Issue 14: two VPCs with internet gateways and no peering: public traffic between them
    // leaves through one VPC's way out and enters the other's gateway, as from the internet.
    const QByteArray farVpc = R"({"id": "Vpc2", "type": "vpc", "properties": {"cidr": "10.1.0.0/16"}},
        {"id": "Az2", "type": "availability-zone", "parent": "Vpc2", "properties": {"zone": "us-east-1a"}},
        {"id": "Igw2", "type": "internet-gateway", "parent": "Vpc2"},
        {"id": "Rt2", "type": "route-table", "parent": "Vpc2", "properties": {"routes": [{"destination": "0.0.0.0/0", "target": "Igw2"}]}},
        {"id": "Sub2", "type": "subnet", "parent": "Az2", "properties": {"cidr": "10.1.0.0/24", "routeTable": "Rt2"}},
        {"id": "FarSg", "type": "security-group", "parent": "Vpc2",
         "properties": {"inbound": [{"protocol": "tcp", "fromPort": 80, "toPort": 80, "cidr": "0.0.0.0/0"}]}},
        {"id": "Far", "type": "ec2-instance", "parent": "Sub2", "properties": {"securityGroups": ["FarSg"], "associatePublicIp": "yes"}})";
    yes("vpc: two vpcs with internet gateways talk over the internet", arr({farVpc}), u"Client"_s, u"Far"_s, 80,
        {u"Client"_s, u"Nat"_s, u"Igw"_s, u"internet"_s, u"Igw2"_s, u"FarSg"_s, u"Far"_s});
    no("vpc: over the internet, a group reference from the other vpc does not match",
       arr({farVpc, R"({"id": "FarSg", "type": "security-group", "parent": "Vpc2",
                        "properties": {"inbound": [{"protocol": "tcp", "fromPort": 80, "toPort": 80, "group": "ClientSg"}]}})"}),
       u"Client"_s, u"Far"_s, 80, u"ENI_SG_RULES_MISMATCH"_s, u"FarSg"_s, u"ingress"_s);
    no("vpc: the other vpc's end has no public address",
       arr({farVpc, R"({"id": "Far", "type": "ec2-instance", "parent": "Sub2", "properties": {"securityGroups": ["FarSg"]}})"}),
       u"Client"_s, u"Far"_s, 80, u"NO_PATH"_s, u"Vpc2"_s, u"ingress"_s);
    no("vpc: over the internet needs the source's way out",
       arr({farVpc, R"({"id": "PrivateRt", "type": "route-table", "parent": "Vpc"})"}), u"Client"_s, u"Far"_s, 80,
       u"NO_ROUTE_TO_DESTINATION"_s, u"PrivateRt"_s, u"egress"_s);

    // Issue 14: a classic load balancer made in the account's default VPC without security
    // groups gets AWS's default_elb group, open to everyone on its listener ports.
    const QByteArray defaultVpcClb = R"({"id": "Vpc", "type": "vpc", "properties": {"cidr": "10.0.0.0/16", "externalSource": "default"}},
        {"id": "Clb", "type": "load-balancer", "parent": "Vpc",
         "properties": {"kind": "classic", "subnets": ["PubA", "PubB"], "instances": ["Web"],
                        "listeners": [{"protocol": "HTTP", "port": 80, "instanceProtocol": "HTTP", "instancePort": 80}]}},
        {"id": "WebSg", "type": "security-group", "parent": "Vpc",
         "properties": {"inbound": [{"protocol": "tcp", "fromPort": 80, "toPort": 80, "cidr": "0.0.0.0/0"}]}},
        {"id": "Web", "type": "ec2-instance", "parent": "PrivA", "properties": {"securityGroups": ["WebSg"]}})";
    yes("lb: classic without groups in the default vpc gets default_elb", arr({defaultVpcClb}), u"internet"_s, u"Clb"_s, 80,
        {u"Igw"_s, u"Clb"_s});
    yes("lb: default_elb sends to the instances", arr({defaultVpcClb}), u"internet"_s, u"Web"_s, 80,
        {u"Clb"_s, u"WebSg"_s, u"Web"_s});
    no("lb: classic without groups elsewhere has the vpc's default group",
       arr({QByteArray(defaultVpcClb).replace(R"(, "externalSource": "default")", "")}), u"internet"_s, u"Clb"_s, 80,
       u"ENI_SG_RULES_MISMATCH"_s, u"Vpc"_s, u"ingress"_s);

    // Issue 14: networks from outside the design (parameters, imports) are assumed to work:
    // an outside VPC has its internet gateway, outside subnets their routes, outside groups
    // let the traffic through (listed under the assumptions).
    yes("outside: a group from outside is taken to admit",
        R"([{"id": "ServerSg", "type": "security-group", "parent": "Vpc", "properties": {"external": true}}])",
        u"Client"_s, u"Server"_s, 443, {u"ServerSg"_s, u"Server"_s});
    const QByteArray outsideVpc = R"({"id": "ExtVpc", "type": "vpc", "properties": {"external": true, "cidr": "10.9.0.0/16"}},
        {"id": "ExtAzA", "type": "availability-zone", "parent": "ExtVpc", "properties": {"zone": "us-east-1a"}},
        {"id": "ExtAzB", "type": "availability-zone", "parent": "ExtVpc", "properties": {"zone": "us-east-1b"}},
        {"id": "ExtA", "type": "subnet", "parent": "ExtAzA", "properties": {"external": true, "cidr": "10.9.0.0/24"}},
        {"id": "ExtB", "type": "subnet", "parent": "ExtAzB", "properties": {"external": true, "cidr": "10.9.1.0/24"}},
        {"id": "ExtLbSg", "type": "security-group", "parent": "ExtVpc",
         "properties": {"inbound": [{"protocol": "tcp", "fromPort": 443, "toPort": 443, "cidr": "0.0.0.0/0"}]}},
        {"id": "ExtLb", "type": "load-balancer", "parent": "ExtVpc",
         "properties": {"kind": "application", "scheme": "internet-facing", "subnets": ["ExtA", "ExtB"], "securityGroups": ["ExtLbSg"],
                        "listeners": [{"protocol": "HTTP", "port": 443}]}})";
    yes("outside: an outside vpc and subnets are taken to reach the internet", arr({outsideVpc}), u"internet"_s,
        u"ExtLb"_s, 443, {u"ExtVpc"_s, u"ExtLbSg"_s, u"ExtLb"_s});
    no("outside: the design's own group still decides",
       arr({outsideVpc, R"({"id": "ExtLbSg", "type": "security-group", "parent": "ExtVpc",
                            "properties": {"inbound": [{"protocol": "tcp", "fromPort": 443, "toPort": 443, "cidr": "10.0.0.0/8"}]}})"}),
       u"internet"_s, u"ExtLb"_s, 443, u"ENI_SG_RULES_MISMATCH"_s, u"ExtLbSg"_s, u"ingress"_s);
    no("unknown destination", "[]", u"Client"_s, u"Nowhere"_s, 80, u"NO_PATH"_s, u"Nowhere"_s, u"ingress"_s);
    no("unknown source", "[]", u"Nowhere"_s, u"Server"_s, 80, u"NO_PATH"_s, u"Nowhere"_s, u"egress"_s);
    no("internet to internet", "[]", u"internet"_s, u"internet"_s, 80, u"NO_PATH"_s, u"internet"_s, u"egress"_s);
}

void TestReachability::rules()
{
    QFETCH(QByteArray, extra);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, protocol);
    QFETCH(int, port);
    QFETCH(bool, reachable);
    QFETCH(QString, code);
    QFETCH(QString, component);
    QFETCH(QString, direction);
    QFETCH(QStringList, via);
    QFETCH(QStringList, avoid);
    QFETCH(QString, detail);

    const auto doc = build(extra);
    QVERIFY(doc);
    const net::Reachability reach(*doc);
    const net::ReachResult r = reach.reach(from, to, flowOf(protocol, port));
    const QString text = describe(r);
    QVERIFY2(r.reachable == reachable, qPrintable(text));
    QCOMPARE(r.source, from);
    QCOMPARE(r.destination, to);
    if (reachable) {
        QVERIFY2(r.explanations.isEmpty(), qPrintable(text));
        QVERIFY2(!r.path.isEmpty(), qPrintable(text));
        QVERIFY2(r.path.last().type == u"destination"_s || r.path.last().type == u"listener"_s, qPrintable(text));
    } else {
        QVERIFY2(!r.explanations.isEmpty(), qPrintable(text));
        const net::Explanation &e = r.explanations.first();
        QVERIFY2(e.code == code, qPrintable(u"code %1, expected %2\n"_s.arg(e.code, code) + text));
        QVERIFY2(e.component == component, qPrintable(u"component %1, expected %2\n"_s.arg(e.component, component) + text));
        QVERIFY2(e.direction == direction, qPrintable(u"direction %1, expected %2\n"_s.arg(e.direction, direction) + text));
        QVERIFY2(!e.detail.isEmpty(), qPrintable(text));
        if (!detail.isEmpty())
            QVERIFY2(e.detail.contains(detail), qPrintable(u"detail lacks \"%1\"\n"_s.arg(detail) + text));
    }
    const QStringList onPath = components(r);
    for (const QString &c : via)
        QVERIFY2(onPath.contains(c), qPrintable(u"%1 not on the path\n"_s.arg(c) + text));
    for (const QString &c : avoid)
        QVERIFY2(!onPath.contains(c), qPrintable(u"%1 on the path\n"_s.arg(c) + text));
}

// An Auto Scaling group stands for its instances: reachable only if every subnet is, with one
// answer per subnet.
namespace {
const char *kAsg = R"(
  {"id": "WebLt", "type": "launch-template", "properties": {"securityGroups": ["ClientSg"]}},
  {"id": "Asg", "type": "auto-scaling-group", "parent": "Vpc",
   "properties": {"minSize": 2, "maxSize": 4, "subnets": ["PrivA", "PrivB"], "launchTemplate": "WebLt"}},
  {"id": "Db", "type": "ec2-instance", "parent": "PrivC", "properties": {"securityGroups": ["ServerSg"]}})";
// PrivB's ACL refuses everything from or to PrivC (10.0.12.0/24), allows the rest.
const char *kBlockPrivC = R"(
  {"id": "Acl", "type": "network-acl", "parent": "Vpc", "properties": {
     "inbound": [{"rule": 10, "protocol": "all", "cidr": "10.0.12.0/24", "action": "deny"},
                 {"rule": 100, "protocol": "all", "cidr": "0.0.0.0/0", "action": "allow"}],
     "outbound": [{"rule": 10, "protocol": "all", "cidr": "10.0.12.0/24", "action": "deny"},
                  {"rule": 100, "protocol": "all", "cidr": "0.0.0.0/0", "action": "allow"}]}},
  {"id": "PrivB", "type": "subnet", "parent": "AzB", "properties": {"cidr": "10.0.11.0/24", "routeTable": "PrivateRt", "networkAcl": "Acl"}})";
} // namespace

void TestReachability::asgAsSource()
{
    {
        const auto doc = build(arr({kAsg}));
        QVERIFY(doc);
        const net::ReachResult r = net::Reachability(*doc).reach(u"Asg"_s, u"Db"_s, {net::Protocol::Tcp, 80});
        QVERIFY2(r.reachable, qPrintable(describe(r)));
        QCOMPARE(r.sourceSubnets.size(), 2);
        QCOMPARE(r.sourceSubnets[0].subnet, u"PrivA"_s);
        QCOMPARE(r.sourceSubnets[1].subnet, u"PrivB"_s);
        QVERIFY(r.sourceSubnets[0].reachable && r.sourceSubnets[1].reachable);
    }
    const auto doc = build(arr({kAsg, kBlockPrivC}));
    QVERIFY(doc);
    const net::ReachResult r = net::Reachability(*doc).reach(u"Asg"_s, u"Db"_s, {net::Protocol::Tcp, 80});
    QVERIFY2(!r.reachable, qPrintable(describe(r)));
    QCOMPARE(r.sourceSubnets.size(), 2);
    QCOMPARE(r.sourceSubnets[0].subnet, u"PrivA"_s);
    QVERIFY(r.sourceSubnets[0].reachable);
    QVERIFY(r.sourceSubnets[0].explanations.isEmpty());
    QCOMPARE(r.sourceSubnets[1].subnet, u"PrivB"_s);
    QVERIFY(!r.sourceSubnets[1].reachable);
    QCOMPARE(r.sourceSubnets[1].explanations.first().code, u"SUBNET_ACL_RESTRICTION"_s);
    QCOMPARE(r.sourceSubnets[1].explanations.first().component, u"Acl"_s);
    QCOMPARE(r.sourceSubnets[1].explanations.first().direction, u"egress"_s);
    QCOMPARE(r.explanations.first().code, u"SUBNET_ACL_RESTRICTION"_s);
    // The JSON lists each subnet.
    const QJsonObject json = QJsonDocument::fromJson(report::reachJson(r)).object();
    QCOMPARE(json.value(u"sourceSubnets"_s).toArray().size(), 2);
    QCOMPARE(json.value(u"sourceSubnets"_s).toArray().at(1).toObject().value(u"reachable"_s).toBool(), false);
}

void TestReachability::asgAsDestination()
{
    // Db (in PrivC) connects to the group's instances: ServerSg on Db admits nothing, so give
    // the group a group that admits Db's.
    const QByteArray extra = arr({kAsg, kBlockPrivC,
                                  R"({"id": "WebLt", "type": "launch-template", "properties": {"securityGroups": ["ServerSg"]}})",
                                  R"({"id": "Db", "type": "ec2-instance", "parent": "PrivC", "properties": {"securityGroups": ["ClientSg"]}})"});
    const auto doc = build(extra);
    QVERIFY(doc);
    const net::ReachResult r = net::Reachability(*doc).reach(u"Db"_s, u"Asg"_s, {net::Protocol::Tcp, 80});
    QVERIFY2(!r.reachable, qPrintable(describe(r)));
    QCOMPARE(r.destinationSubnets.size(), 2);
    QCOMPARE(r.destinationSubnets[0].subnet, u"PrivA"_s);
    QVERIFY(r.destinationSubnets[0].reachable);
    QCOMPARE(r.destinationSubnets[1].subnet, u"PrivB"_s);
    QVERIFY(!r.destinationSubnets[1].reachable);
    QCOMPARE(r.destinationSubnets[1].explanations.first().code, u"SUBNET_ACL_RESTRICTION"_s);
    QCOMPARE(r.destinationSubnets[1].explanations.first().direction, u"ingress"_s);

    // Without the ACL every subnet answers.
    const auto open = build(arr({kAsg,
                                 R"({"id": "WebLt", "type": "launch-template", "properties": {"securityGroups": ["ServerSg"]}})",
                                 R"({"id": "Db", "type": "ec2-instance", "parent": "PrivC", "properties": {"securityGroups": ["ClientSg"]}})"}));
    QVERIFY(open);
    const net::ReachResult ok = net::Reachability(*open).reach(u"Db"_s, u"Asg"_s, {net::Protocol::Tcp, 80});
    QVERIFY2(ok.reachable, qPrintable(describe(ok)));
    QCOMPARE(ok.destinationSubnets.size(), 2);
}

void TestReachability::asgPathThroughRoute53AndAlb()
{
    const QByteArray extra = arr({kAlb,
                                  R"({"id": "WebTg", "type": "target-group", "parent": "Vpc", "properties": {"protocol": "HTTP", "port": 80}})",
                                  R"({"id": "WebLt", "type": "launch-template", "properties": {"securityGroups": ["WebSg"]}})",
                                  R"({"id": "Asg", "type": "auto-scaling-group", "parent": "Vpc",
                                      "properties": {"minSize": 2, "maxSize": 4, "subnets": ["PrivA", "PrivB"], "launchTemplate": "WebLt",
                                                     "targetGroups": ["WebTg"]}})",
                                  R"({"id": "Rec", "type": "route53-record", "properties": {"recordName": "www.example.com", "target": "Lb"}})"});
    const auto doc = build(extra);
    QVERIFY(doc);
    const net::Reachability reach(*doc);
    // internet -> Route 53 record -> ALB (the record stands for the load balancer).
    const net::ReachResult viaDns = reach.reach(u"internet"_s, u"Rec"_s, {net::Protocol::Tcp, 80});
    QVERIFY2(viaDns.reachable, qPrintable(describe(viaDns)));
    QCOMPARE(viaDns.path.first().component, u"Rec"_s);
    QCOMPARE(viaDns.path.first().type, u"route53-record"_s);
    QVERIFY(components(viaDns).contains(u"Lb"_s));
    // internet -> ALB -> target group -> ASG, in that order.
    const net::ReachResult r = reach.reach(u"internet"_s, u"Asg"_s, {net::Protocol::Tcp, 80});
    QVERIFY2(r.reachable, qPrintable(describe(r)));
    const QStringList path = components(r);
    const qsizetype lb = path.indexOf(u"Lb"_s);
    const qsizetype tg = path.indexOf(u"WebTg"_s);
    const qsizetype asg = path.lastIndexOf(u"Asg"_s);
    QVERIFY2(lb >= 0 && tg > lb && asg > tg, qPrintable(describe(r)));
    QCOMPARE(r.path.last().type, u"destination"_s);
    QCOMPARE(r.destinationSubnets.size(), 2);
    QVERIFY(r.destinationSubnets[0].reachable && r.destinationSubnets[1].reachable);
}

void TestReachability::routeChoiceIsTheDefaultRoute()
{
    const auto doc = build(R"([{"id": "PrivateRt", "type": "route-table", "parent": "Vpc",
        "properties": {"routes": [{"destination": "0.0.0.0/0", "target": "Nat"}, {"destination": "52.0.0.0/8", "target": "Igw"}]}}])");
    QVERIFY(doc);
    const net::Route route = net::internetRoute(*doc, u"PrivA"_s);
    QVERIFY(route.found);
    QCOMPARE(route.table, u"PrivateRt"_s);
    QCOMPARE(route.target, u"Nat"_s);
    QCOMPARE(route.destination.prefix(), 0);
    QVERIFY(!net::isPublicSubnet(*doc, u"PrivA"_s));
    QVERIFY(net::isPublicSubnet(*doc, u"PubA"_s));
    // A subnet without its own table uses the main one.
    QCOMPARE(net::routeTableOf(*doc, u"PrivA"_s), u"PrivateRt"_s);
}

void TestReachability::samples_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("reachable");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("via");

    for (const char *sample : {"three-tier", "stateful-shop"}) {
        const QString s = QString::fromLatin1(sample);
        QTest::addRow("%s: internet -> alb:443", sample) << s << u"internet"_s << u"WebLoadBalancer"_s << 443 << true
                                                         << QString() << QStringList{u"InternetGateway"_s, u"WebLoadBalancer"_s};
        QTest::addRow("%s: internet -> record:443", sample) << s << u"internet"_s << u"WebRecord"_s << 443 << true
                                                            << QString() << QStringList{u"WebRecord"_s, u"WebLoadBalancer"_s};
        QTest::addRow("%s: internet -> database:3306", sample) << s << u"internet"_s << u"Database"_s << 3306 << false
                                                               << u"IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"_s << QStringList();
        QTest::addRow("%s: web -> database:3306", sample) << s << u"WebServerGroup"_s << u"Database"_s << 3306 << true
                                                          << QString() << QStringList{u"DatabaseSecurityGroup"_s};
        QTest::addRow("%s: internet -> web:80 through the alb", sample)
            << s << u"internet"_s << u"WebServerGroup"_s << 80 << true << QString()
            << QStringList{u"WebLoadBalancer"_s, u"WebTargetGroup"_s, u"WebSecurityGroup"_s};
        QTest::addRow("%s: web -> internet:443 through nat", sample)
            << s << u"WebServerGroup"_s << u"internet"_s << 443 << true << QString()
            << QStringList{u"InternetGateway"_s};
        QTest::addRow("%s: alb -> database:3306 refused", sample)
            << s << u"WebLoadBalancer"_s << u"Database"_s << 3306 << false << u"ENI_SG_RULES_MISMATCH"_s << QStringList();
    }
    QTest::newRow("stateful-shop: web -> session cache:6379")
        << u"stateful-shop"_s << u"WebServerGroup"_s << u"SessionCache"_s << 6379 << true << QString()
        << QStringList{u"CacheSecurityGroup"_s};
    QTest::newRow("stateful-shop: internet -> session cache:6379")
        << u"stateful-shop"_s << u"internet"_s << u"SessionCache"_s << 6379 << false
        << u"IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"_s << QStringList();
    QTest::newRow("stateful-shop: web -> read replica:3306")
        << u"stateful-shop"_s << u"WebServerGroup"_s << u"DatabaseReplica"_s << 3306 << true << QString() << QStringList();

    const QString wp = u"wordpress-aurora"_s;
    QTest::newRow("wordpress: internet -> alb:443") << wp << u"internet"_s << u"WordPressLoadBalancer"_s << 443 << true
                                                    << QString() << QStringList{u"WordPressLoadBalancer"_s};
    QTest::newRow("wordpress: internet -> web:80 through the alb")
        << wp << u"internet"_s << u"WordPressServerGroup"_s << 80 << true << QString()
        << QStringList{u"WordPressLoadBalancer"_s, u"WordPressTargetGroup"_s};
    QTest::newRow("wordpress: web -> aurora:3306") << wp << u"WordPressServerGroup"_s << u"WordPressDatabase"_s << 3306
                                                   << true << QString() << QStringList{u"DatabaseSecurityGroup"_s};
    QTest::newRow("wordpress: web -> memcached:11211") << wp << u"WordPressServerGroup"_s << u"ObjectCache"_s << 11211
                                                       << true << QString() << QStringList{u"CacheSecurityGroup"_s};
    QTest::newRow("wordpress: internet -> aurora:3306") << wp << u"internet"_s << u"WordPressDatabase"_s << 3306 << false
                                                        << u"IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"_s << QStringList();

    const QString si = u"single-instance"_s;
    QTest::newRow("single-instance: internet -> web:80") << si << u"internet"_s << u"WebServer"_s << 80 << true
                                                         << QString() << QStringList{u"InternetGateway"_s, u"WebSecurityGroup"_s};
    QTest::newRow("single-instance: internet -> record:80") << si << u"internet"_s << u"WebRecord"_s << 80 << true
                                                            << QString() << QStringList{u"WebRecord"_s, u"WebServer"_s};
    QTest::newRow("single-instance: web -> internet:443") << si << u"WebServer"_s << u"internet"_s << 443 << true
                                                          << QString() << QStringList{u"PublicRouteTable"_s, u"InternetGateway"_s};
    QTest::newRow("single-instance: internet -> web:3389") << si << u"internet"_s << u"WebServer"_s << 3389 << false
                                                           << u"ENI_SG_RULES_MISMATCH"_s << QStringList();
}

void TestReachability::samples()
{
    QFETCH(QString, sample);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, port);
    QFETCH(bool, reachable);
    QFETCH(QString, code);
    QFETCH(QStringList, via);

    LoadResult loaded = NativeFile::load(u":/samples/"_s + sample + u".skydraft"_s);
    QVERIFY2(loaded.ok(), qPrintable(sample));
    const net::Reachability reach(*loaded.document);
    const net::ReachResult r = reach.reach(from, to, {net::Protocol::Tcp, port});
    const QString text = describe(r);
    QVERIFY2(r.reachable == reachable, qPrintable(text));
    if (!reachable)
        QVERIFY2(!r.explanations.isEmpty() && r.explanations.first().code == code, qPrintable(text));
    else
        QVERIFY2(r.explanations.isEmpty(), qPrintable(text));
    for (const QString &c : via)
        QVERIFY2(components(r).contains(c), qPrintable(c + u" not on the path\n"_s + text));
}

// SSH on the single instance is admitted from 203.0.113.0/24, a public (TEST-NET-3) range:
// clients there are on the internet, so "internet -> WebServer:22" is reachable, through that
// rule and no other; from inside the VPC (a private address) it is not.
void TestReachability::singleInstanceAdminSsh()
{
    LoadResult loaded = NativeFile::load(u":/samples/single-instance.skydraft"_s);
    QVERIFY(loaded.ok());
    const net::Reachability reach(*loaded.document);
    const net::ReachResult r = reach.reach(u"internet"_s, u"WebServer"_s, {net::Protocol::Tcp, 22});
    QVERIFY2(r.reachable, qPrintable(describe(r)));
    bool viaAdminRule = false;
    for (const net::Hop &h : r.path)
        viaAdminRule = viaAdminRule || (h.component == u"WebSecurityGroup"_s && h.detail.contains(u"203.0.113.0/24"_s));
    QVERIFY2(viaAdminRule, qPrintable(describe(r)));
}

// InstA -> InstB tcp/53 between two instances whose groups do not allow it, with an
// unrelated load balancer in front of InstB: the answer is about the direct path (its path
// does not show the load balancer's "tcp/443"), the load balancer's path is an alternative.
void TestReachability::otherPathsAreAlternatives()
{
    const auto doc = build(R"([
  {"id": "LbSg", "type": "security-group", "parent": "Vpc",
   "properties": {"inbound": [{"protocol": "tcp", "fromPort": 53, "toPort": 53, "cidr": "0.0.0.0/0"}]}},
  {"id": "Lb", "type": "load-balancer", "parent": "Vpc",
   "properties": {"kind": "network", "scheme": "internal", "subnets": ["PrivA", "PrivB"], "securityGroups": ["LbSg"],
                  "listeners": [{"protocol": "TCP", "port": 53, "targetGroup": "Tg"}]}},
  {"id": "Tg", "type": "target-group", "parent": "Vpc", "properties": {"protocol": "TCP", "port": 5353, "targets": ["Server"]}},
  {"id": "ClientSg", "type": "security-group", "parent": "Vpc",
   "properties": {"outbound": [{"protocol": "tcp", "fromPort": 0, "toPort": 65535, "cidr": "0.0.0.0/0"}]}}])");
    QVERIFY(doc);
    const net::Reachability reach(*doc);
    const net::ReachResult r = reach.reach(u"Client"_s, u"Server"_s, flowOf(u"tcp"_s, 53));
    const QString text = describe(r);
    QVERIFY2(!r.reachable, qPrintable(text));
    QCOMPARE(r.explanations.first().code, u"ENI_SG_RULES_MISMATCH"_s);
    QCOMPARE(r.explanations.first().component, u"ServerSg"_s);
    QVERIFY2(!components(r).contains(u"Lb"_s), qPrintable(text));
    QVERIFY2(!r.alternatives.isEmpty(), qPrintable(text));
    QCOMPARE(r.alternatives.first().code, u"TARGET_PORT_RESTRICTION"_s);
    QVERIFY2(text.contains(u"alternatively: TARGET_PORT_RESTRICTION Tg"_s), qPrintable(text));
    const QJsonObject json = QJsonDocument::fromJson(report::reachJson(r)).object();
    QCOMPARE(json.value(u"alternatives"_s).toArray().size(), r.alternatives.size());
}

// Issue 14: a target group only a listener rule forwards to is reached through that rule, and
// the answer names it (listener port, priority, conditions).
void TestReachability::throughAListenerRule()
{
    LoadResult loaded = DesignLoader::load(QStringLiteral(SKYDRAFT_FIXTURES_DIR) + u"/cloudformation/alb-path-host-rules.yaml"_s);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errors.value(0).format()));
    const net::Reachability reach(*loaded.document);
    net::ReachResult r = reach.reach(u"internet"_s, u"ApiCanaryGroup"_s, {net::Protocol::Tcp, 8080});
    QVERIFY2(r.reachable, qPrintable(describe(r)));
    bool viaRule = false;
    for (const net::Hop &h : r.path)
        viaRule = viaRule || (h.type == u"listener-rule"_s && h.detail.contains(u"listener 80 rule 30 path /v2/*, /beta/*"_s));
    QVERIFY2(viaRule, qPrintable(describe(r)));
    r = reach.reach(u"internet"_s, u"ApiGroup"_s, {net::Protocol::Tcp, 8080});
    QVERIFY2(r.reachable, qPrintable(describe(r)));
    QVERIFY2(describe(r).contains(u"listener 80 rule 10 path /api/*"_s), qPrintable(describe(r)));
    // Without the rules, nothing forwards to the canary's group.
    QVERIFY(loaded.document->unsetProperty(u"LoadBalancer"_s, u"rules"_s));
    const net::Reachability without(*loaded.document);
    QVERIFY(!without.reach(u"internet"_s, u"ApiCanaryGroup"_s, {net::Protocol::Tcp, 8080}).reachable);
}

void TestReachability::internetOverIpv6()
{
    // Web in PubA has no public IPv4 address: over IPv4 the internet cannot reach it. Its
    // subnet sends ::/0 to the internet gateway and its group admits ::/0, so it is reachable
    // over IPv6, and the answer says so. Client in PrivA sends ::/0 to the egress-only gateway:
    // out yes, in no.
    const QByteArray extra = R"([
      {"id": "Eigw", "type": "egress-only-internet-gateway", "parent": "Vpc"},
      {"id": "PublicRt", "type": "route-table", "parent": "Vpc",
       "properties": {"routes": [{"destination": "0.0.0.0/0", "target": "Igw"}, {"destination": "::/0", "target": "Igw"}]}},
      {"id": "PrivateRt", "type": "route-table", "parent": "Vpc",
       "properties": {"routes": [{"destination": "0.0.0.0/0", "target": "Nat"}, {"destination": "::/0", "target": "Eigw"}]}},
      {"id": "WebSg", "type": "security-group", "parent": "Vpc",
       "properties": {"inbound": [{"protocol": "tcp", "fromPort": 443, "toPort": 443, "cidr": "::/0"}]}},
      {"id": "Web", "type": "ec2-instance", "parent": "PubA", "properties": {"securityGroups": ["WebSg"], "associatePublicIp": "no"}},
      {"id": "ClientSg", "type": "security-group", "parent": "Vpc",
       "properties": {"inbound": [{"protocol": "tcp", "fromPort": 443, "toPort": 443, "cidr": "::/0"}],
                      "outbound": [{"protocol": "tcp", "fromPort": 443, "toPort": 443, "cidr": "::/0"}]}}
    ])";
    const auto doc = build(extra);
    QVERIFY(doc);
    const net::Reachability reach(*doc);
    net::ReachResult r = reach.reach(u"internet"_s, u"Web"_s, flowOf(u"tcp"_s, 443));
    QVERIFY2(r.reachable, qPrintable(describe(r)));
    QVERIFY2(describe(r).contains(u"over IPv6"_s), qPrintable(describe(r)));
    QVERIFY2(describe(r).contains(u"no public IPv4 address"_s), qPrintable(describe(r))); // why not IPv4

    // The egress-only gateway: Client reaches the internet over IPv6 (its group allows only
    // ::/0 out, so IPv4 through the NAT is refused), but nothing on the internet reaches it.
    r = reach.reach(u"Client"_s, u"internet"_s, flowOf(u"tcp"_s, 443));
    QVERIFY2(r.reachable, qPrintable(describe(r)));
    QVERIFY2(components(r).contains(u"Eigw"_s), qPrintable(describe(r)));
    r = reach.reach(u"internet"_s, u"Client"_s, flowOf(u"tcp"_s, 443));
    QVERIFY2(!r.reachable, qPrintable(describe(r)));

    // An IPv6 ACL entry applies to IPv6 only: a deny of ::/0 on PubA blocks the IPv6 path.
    const QByteArray withAcl = QByteArray(extra).replace("\n    ]", R"(,
      {"id": "Acl", "type": "network-acl", "parent": "Vpc", "properties": {
        "inbound": [{"rule": 90, "protocol": "all", "cidr": "::/0", "action": "deny"},
                    {"rule": 100, "protocol": "all", "cidr": "0.0.0.0/0", "action": "allow"}],
        "outbound": [{"rule": 100, "protocol": "all", "cidr": "0.0.0.0/0", "action": "allow"},
                     {"rule": 110, "protocol": "all", "cidr": "::/0", "action": "allow"}]}},
      {"id": "PubA", "type": "subnet", "parent": "AzA", "properties": {"cidr": "10.0.0.0/24", "routeTable": "PublicRt", "networkAcl": "Acl"}}
    ])");
    const auto acl = build(withAcl);
    QVERIFY(acl);
    const net::Reachability reachAcl(*acl);
    r = reachAcl.reach(u"internet"_s, u"Web"_s, flowOf(u"tcp"_s, 443));
    QVERIFY2(!r.reachable, qPrintable(describe(r)));

    // Without the IPv6 route, the same design is closed to the internet.
    const auto v4only = build(QByteArray(extra).replace(R"(, {"destination": "::/0", "target": "Igw"})", ""));
    QVERIFY(v4only);
    r = net::Reachability(*v4only).reach(u"internet"_s, u"Web"_s, flowOf(u"tcp"_s, 443));
    QVERIFY2(!r.reachable, qPrintable(describe(r)));
}

void TestReachability::prefixListIsNotTheInternet()
{
    // A rule naming a prefix list (CloudFront's origin-facing addresses) does not admit the
    // internet at large, and the answer names the list.
    const auto doc = build(R"([
      {"id": "WebSg", "type": "security-group", "parent": "Vpc",
       "properties": {"inbound": [{"protocol": "tcp", "fromPort": 80, "toPort": 80, "prefixList": "pl-0a25c3463226fcc61"}]}},
      {"id": "Web", "type": "ec2-instance", "parent": "PubA", "properties": {"securityGroups": ["WebSg"], "associatePublicIp": "yes"}}
    ])");
    QVERIFY(doc);
    const net::ReachResult r = net::Reachability(*doc).reach(u"internet"_s, u"Web"_s, flowOf(u"tcp"_s, 80));
    QVERIFY2(!r.reachable, qPrintable(describe(r)));
    QVERIFY2(describe(r).contains(u"prefix list pl-0a25c3463226fcc61"_s), qPrintable(describe(r)));
}

QTEST_GUILESS_MAIN(TestReachability)
#include "tst_reachability.moc"
