// Validation: one row per rule of validator.cpp and validatorrules.cpp. Each row breaks a valid
// design in one way and names the resource, property (and table cell) and message it expects;
// each row also has a "no error" counterpart, a nearby change that must leave the design clean.
// A final check reads the validator's sources and fails when a message has no row.

#include "model/nativefile.h"
#include "model/validator.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace skydraft;

using Mutation = std::function<void(skydraft::Document &)>;
Q_DECLARE_METATYPE(Mutation)
Q_DECLARE_METATYPE(skydraft::Severity)

namespace {

// --- small edits of the base design (tests/testsupport.h) -------------------------------------

QVariant json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in a test row: %s: %s", text, qPrintable(error.errorString()));
    return doc.toVariant();
}

void set(Document &d, const QString &id, const QString &key, const QVariant &value)
{
    QVERIFY2(test::setStored(d, id, key, value), qPrintable(id + u'.' + key));
}

void setJson(Document &d, const QString &id, const QString &key, const char *text) { set(d, id, key, json(text)); }

void add(Document &d, const QString &id, const char *type, const QString &parent, const char *props = "{}")
{
    const auto t = typeFromKey(QString::fromLatin1(type));
    QVERIFY2(t, type);
    QVERIFY2(d.insert(test::makeResource(id, *t, parent, json(props).toMap())), qPrintable(id));
}

void del(Document &d, const QString &id) { QVERIFY2(d.remove(id), qPrintable(id)); }

/// A second VPC with a security group, for the "another VPC" rules.
void addVpc2(Document &d, const char *cidr = "10.1.0.0/16")
{
    add(d, u"Vpc2"_s, "vpc", {}, qPrintable(u"{\"cidr\": \"%1\"}"_s.arg(QLatin1StringView(cidr))));
    add(d, u"Sg2"_s, "security-group", u"Vpc2"_s);
}

/// Two more groups in the VPC, so something can carry six.
void addGroups(Document &d)
{
    add(d, u"Sg5"_s, "security-group", u"Vpc"_s);
    add(d, u"Sg6"_s, "security-group", u"Vpc"_s);
}

const char *sixGroups = R"(["LbSg", "WebSg", "DbSg", "CacheSg", "Sg5", "Sg6"])";
const char *fiveGroups = R"(["LbSg", "WebSg", "DbSg", "CacheSg", "Sg5"])";

/// A TCP target group and a Network Load Balancer forwarding to it.
void addNlb(Document &d, const char *subnets, const char *listeners)
{
    add(d, u"TcpTg"_s, "target-group", u"Vpc"_s, R"({"protocol": "TCP", "port": 80})");
    add(d, u"Nlb"_s, "load-balancer", u"Vpc"_s,
        qPrintable(u"{\"kind\": \"network\", \"subnets\": %1, \"listeners\": %2}"_s.arg(
            QLatin1StringView(subnets), QLatin1StringView(listeners))));
}

/// A Classic Load Balancer in both public subnets, in front of the instance.
void addClb(Document &d, const char *listeners = nullptr)
{
    add(d, u"Clb"_s, "load-balancer", u"Vpc"_s,
        R"({"kind": "classic", "subnets": ["PublicA", "PublicB"], "instances": ["Admin"]})");
    if (listeners)
        setJson(d, u"Clb"_s, u"listeners"_s, listeners);
}

QVariantList manyRules(int n, bool acl)
{
    QVariantList rules;
    for (int i = 0; i < n; ++i) {
        QVariantMap rule{{u"protocol"_s, u"tcp"_s}, {u"fromPort"_s, 1000 + i}, {u"toPort"_s, 1000 + i},
                         {u"cidr"_s, u"10.0.0.0/16"_s}};
        if (acl) {
            rule.insert(u"rule"_s, 100 + i);
            rule.insert(u"action"_s, u"allow"_s);
        }
        rules.append(rule);
    }
    return rules;
}

void addReplicas(Document &d, int n)
{
    for (int i = 1; i <= n; ++i)
        add(d, u"Replica"_s + QString::number(i), "rds-instance", u"Vpc"_s,
            R"({"engine": "mysql", "sourceDb": "Database", "securityGroups": ["DbSg"]})");
}

QString dnsName(int labels, int labelLength = 1)
{
    QStringList parts;
    for (int i = 0; i < labels; ++i)
        parts.append(QString(labelLength, u'a'));
    return parts.join(u'.');
}

// --- the rules ----------------------------------------------------------------------------------

struct Case {
    Case(QString name, Mutation bad, QString id, QString property, QString message, Mutation good)
        : name(std::move(name))
        , bad(std::move(bad))
        , id(std::move(id))
        , property(std::move(property))
        , message(std::move(message))
        , good(std::move(good))
    {
    }
    QString name;
    Mutation bad;
    QString id;
    QString property;
    QString message; ///< a substring of the expected message
    Mutation good;   ///< the nearby change that is fine: the design validates clean
    Severity severity = Severity::Error;
    int row = -1;
    QString column;
};

QList<Case> buildCases()
{
    QList<Case> c;
    auto cell = [](Case k, int row, const QString &column) {
        k.row = row;
        k.column = column;
        return k;
    };
    auto warning = [](Case k) {
        k.severity = Severity::Warning;
        return k;
    };

    // ---- validator.cpp: ids and placement
    c.append({u"id with a dash"_s, [](Document &d) { add(d, u"bad-id"_s, "internet", {}); },
              u"bad-id"_s, u"id"_s, u"must be letters and digits"_s,
              [](Document &d) { add(d, u"GoodId"_s, "internet", {}); }});
    c.append({u"id starting with a digit"_s, [](Document &d) { add(d, u"1st"_s, "internet", {}); },
              u"1st"_s, u"id"_s, u"starting with a letter"_s,
              [](Document &d) { add(d, u"First1"_s, "internet", {}); }});
    c.append({u"instance outside a subnet"_s, [](Document &d) { add(d, u"Loose"_s, "ec2-instance", {}); },
              u"Loose"_s, u"parent"_s, u"can only be placed inside"_s,
              [](Document &d) { add(d, u"Loose"_s, "ec2-instance", u"AppB"_s); }});
    c.append({u"instance in a VPC"_s, [](Document &d) { add(d, u"Loose"_s, "ec2-instance", u"Vpc"_s); },
              u"Loose"_s, u"parent"_s, u"Subnet"_s,
              [](Document &d) { add(d, u"Loose"_s, "ec2-instance", u"DataB"_s); }});
    c.append({u"record inside a VPC"_s,
              [](Document &d) { add(d, u"Api"_s, "route53-record", u"Vpc"_s, R"({"recordName": "api.example.com", "target": "Lb"})"); },
              u"Api"_s, u"parent"_s, u"outside every container"_s,
              [](Document &d) { add(d, u"Api"_s, "route53-record", {}, R"({"recordName": "api.example.com", "target": "Lb"})"); }});
    c.append({u"parent that does not exist"_s, [](Document &d) { add(d, u"Lost"_s, "ec2-instance", u"Ghost"_s); },
              u"Lost"_s, u"parent"_s, u"there is no resource \"Ghost\""_s,
              [](Document &d) { add(d, u"Lost"_s, "ec2-instance", u"AppA"_s); }});

    // ---- validator.cpp: values by kind
    c.append({u"required string empty"_s, [](Document &d) { set(d, u"Record"_s, u"recordName"_s, QString()); },
              u"Record"_s, u"recordName"_s, u"is required"_s,
              [](Document &d) { set(d, u"Record"_s, u"recordName"_s, u"api.example.com"_s); }});
    c.append({u"required string blank"_s, [](Document &d) { set(d, u"Record"_s, u"recordName"_s, u"   "_s); },
              u"Record"_s, u"recordName"_s, u"is required"_s,
              [](Document &d) { set(d, u"Record"_s, u"recordName"_s, u"shop.example.com."_s); }});
    c.append({u"integer below minimum"_s, [](Document &d) { set(d, u"WebTg"_s, u"healthCheckInterval"_s, 4); },
              u"WebTg"_s, u"healthCheckInterval"_s, u"must be between 5 and 300, not 4"_s,
              [](Document &d) { set(d, u"WebTg"_s, u"healthCheckInterval"_s, 6); }});
    c.append({u"integer above maximum"_s, [](Document &d) { set(d, u"WebTg"_s, u"deregistrationDelay"_s, 3601); },
              u"WebTg"_s, u"deregistrationDelay"_s, u"between 0 and 3600, not 3601"_s,
              [](Document &d) { set(d, u"WebTg"_s, u"deregistrationDelay"_s, 3600); }});
    c.append({u"negative integer"_s, [](Document &d) { set(d, u"Database"_s, u"backupRetention"_s, -1); },
              u"Database"_s, u"backupRetention"_s, u"between 0 and 35, not -1"_s,
              [](Document &d) { set(d, u"Database"_s, u"backupRetention"_s, 35); }});
    c.append(cell({u"integer cell out of range"_s,
                   [](Document &d) { setJson(d, u"Acl"_s, u"inbound"_s, R"([{"rule": 0, "protocol": "all", "action": "allow"}])"); },
                   u"Acl"_s, u"inbound"_s, u"between 1 and 32766, not 0"_s,
                   [](Document &d) { setJson(d, u"Acl"_s, u"inbound"_s, R"([{"rule": 32766, "protocol": "all", "action": "allow"}])"); }},
                  0, u"rule"_s));
    c.append({u"enum not a choice"_s, [](Document &d) { set(d, u"Lb"_s, u"kind"_s, u"gateway"_s); },
              u"Lb"_s, u"kind"_s, u"must be one of application, network, classic, not \"gateway\""_s,
              [](Document &d) { set(d, u"Lb"_s, u"scheme"_s, u"internal"_s); }});
    c.append(cell({u"enum cell not a choice"_s,
                   [](Document &d) { setJson(d, u"LbSg"_s, u"inbound"_s, R"([{"protocol": "icmpv6", "fromPort": 80, "toPort": 80, "cidr": "0.0.0.0/0"}])"); },
                   u"LbSg"_s, u"inbound"_s, u"must be one of"_s,
                   [](Document &d) { setJson(d, u"LbSg"_s, u"inbound"_s, R"([{"protocol": "udp", "fromPort": 80, "toPort": 80, "cidr": "0.0.0.0/0"}])"); }},
                  0, u"protocol"_s));
    c.append({u"cidr malformed"_s, [](Document &d) { set(d, u"Vpc"_s, u"cidr"_s, u"10.0.0.0/33"_s); },
              u"Vpc"_s, u"cidr"_s, u"is not a valid CIDR block"_s,
              [](Document &d) { set(d, u"Vpc"_s, u"cidr"_s, u"10.0.0.0/17"_s); }});
    c.append({u"cidr with a trailing space"_s, [](Document &d) { set(d, u"AppA"_s, u"cidr"_s, u"10.0.10.0/24 "_s); },
              u"AppA"_s, u"cidr"_s, u"is not a valid CIDR block"_s,
              [](Document &d) { set(d, u"AppA"_s, u"cidr"_s, u"10.0.10.0/24"_s); }});
    c.append({u"cidr required"_s, [](Document &d) { set(d, u"AppA"_s, u"cidr"_s, QString()); },
              u"AppA"_s, u"cidr"_s, u"is required"_s,
              [](Document &d) { set(d, u"AppA"_s, u"cidr"_s, u"10.0.12.0/24"_s); }});
    c.append(cell({u"cidr cell in a route"_s,
                   [](Document &d) { setJson(d, u"PublicRt"_s, u"routes"_s, R"([{"destination": "0.0.0.0/99", "target": "Igw"}])"); },
                   u"PublicRt"_s, u"routes"_s, u"is not a valid CIDR block"_s,
                   [](Document &d) { setJson(d, u"PublicRt"_s, u"routes"_s, R"([{"destination": "0.0.0.0/1", "target": "Igw"}])"); }},
                  0, u"destination"_s));
    c.append(cell({u"cidr cell in a group rule"_s,
                   [](Document &d) {
                       setJson(d, u"WebSg"_s, u"inbound"_s,
                               R"([{"protocol": "tcp", "fromPort": 80, "toPort": 80, "group": "LbSg"},
                                   {"protocol": "tcp", "fromPort": 22, "toPort": 22, "cidr": "10.0.0.0"}])");
                   },
                   u"WebSg"_s, u"inbound"_s, u"is not a valid CIDR block"_s,
                   [](Document &d) {
                       setJson(d, u"WebSg"_s, u"inbound"_s,
                               R"([{"protocol": "tcp", "fromPort": 80, "toPort": 80, "group": "LbSg"},
                                   {"protocol": "tcp", "fromPort": 22, "toPort": 22, "cidr": "10.0.0.0/8"}])");
                   }},
                  1, u"cidr"_s));
    c.append(cell({u"cidr cell in an ACL"_s,
                   [](Document &d) { setJson(d, u"Acl"_s, u"outbound"_s, R"([{"rule": 100, "cidr": "any"}])"); },
                   u"Acl"_s, u"outbound"_s, u"is not a valid CIDR block"_s,
                   [](Document &d) { setJson(d, u"Acl"_s, u"outbound"_s, R"([{"rule": 100, "cidr": "0.0.0.0/0"}])"); }},
                  0, u"cidr"_s));
    c.append({u"required reference empty"_s, [](Document &d) { set(d, u"WebAsg"_s, u"launchTemplate"_s, QString()); },
              u"WebAsg"_s, u"launchTemplate"_s, u"is required"_s,
              [](Document &d) {
                  add(d, u"OtherLt"_s, "launch-template", {});
                  set(d, u"WebAsg"_s, u"launchTemplate"_s, u"OtherLt"_s);
              }});
    c.append({u"required reference list empty"_s, [](Document &d) { set(d, u"WebAsg"_s, u"subnets"_s, QStringList()); },
              u"WebAsg"_s, u"subnets"_s, u"is required"_s,
              [](Document &d) { set(d, u"WebAsg"_s, u"subnets"_s, QStringList{u"AppA"_s}); }});
    c.append(cell({u"required reference cell empty"_s,
                   [](Document &d) { setJson(d, u"PublicRt"_s, u"routes"_s, R"([{"destination": "0.0.0.0/0"}])"); },
                   u"PublicRt"_s, u"routes"_s, u"is required"_s,
                   [](Document &d) { setJson(d, u"PublicRt"_s, u"routes"_s, R"([{"destination": "0.0.0.0/0", "target": "Igw"}])"); }},
                  0, u"target"_s));
    c.append(cell({u"required string cell empty"_s,
                   [](Document &d) { setJson(d, u"WebAsg"_s, u"scalingPolicies"_s, R"([{"name": "", "targetValue": 50}])"); },
                   u"WebAsg"_s, u"scalingPolicies"_s, u"is required"_s,
                   [](Document &d) { setJson(d, u"WebAsg"_s, u"scalingPolicies"_s, R"([{"name": "cpu50", "targetValue": 50}])"); }},
                  0, u"name"_s));
    c.append({u"reference to itself"_s,
              [](Document &d) { add(d, u"Replica"_s, "rds-instance", u"Vpc"_s, R"({"sourceDb": "Replica", "securityGroups": ["DbSg"]})"); },
              u"Replica"_s, u"sourceDb"_s, u"refers to the resource itself"_s,
              [](Document &d) { add(d, u"Replica"_s, "rds-instance", u"Vpc"_s, R"({"sourceDb": "Database", "securityGroups": ["DbSg"]})"); }});
    c.append({u"reference to nothing"_s, [](Document &d) { set(d, u"Admin"_s, u"securityGroups"_s, QStringList{u"Ghost"_s}); },
              u"Admin"_s, u"securityGroups"_s, u"\"Ghost\", which is not in the design"_s,
              [](Document &d) { set(d, u"Admin"_s, u"securityGroups"_s, QStringList{u"DbSg"_s}); }});
    c.append(cell({u"reference cell to nothing"_s,
                   [](Document &d) { setJson(d, u"DbSg"_s, u"inbound"_s, R"([{"protocol": "tcp", "fromPort": 3306, "toPort": 3306, "group": "Ghost"}])"); },
                   u"DbSg"_s, u"inbound"_s, u"which is not in the design"_s,
                   // A rule admitting the group's own members refers to the group itself: fine.
                   [](Document &d) { setJson(d, u"DbSg"_s, u"inbound"_s, R"([{"protocol": "tcp", "fromPort": 3306, "toPort": 3306, "group": "DbSg"}])"); }},
                  0, u"group"_s));
    c.append({u"reference of the wrong type"_s, [](Document &d) { set(d, u"AppA"_s, u"routeTable"_s, u"WebSg"_s); },
              u"AppA"_s, u"routeTable"_s, u"must refer to a resource of type"_s,
              [](Document &d) { set(d, u"AppA"_s, u"routeTable"_s, u"PublicRt"_s); }});
    c.append(cell({u"reference cell of the wrong type"_s,
                   [](Document &d) { setJson(d, u"PublicRt"_s, u"routes"_s, R"([{"destination": "0.0.0.0/0", "target": "WebSg"}])"); },
                   u"PublicRt"_s, u"routes"_s, u"\"WebSg\" is of type"_s,
                   [](Document &d) { setJson(d, u"PublicRt"_s, u"routes"_s, R"([{"destination": "0.0.0.0/0", "target": "Admin"}])"); }},
                  0, u"target"_s));
    c.append({u"reference into another VPC"_s,
              [](Document &d) {
                  addVpc2(d);
                  set(d, u"Admin"_s, u"securityGroups"_s, QStringList{u"Sg2"_s});
              },
              u"Admin"_s, u"securityGroups"_s, u"\"Sg2\", which is in another VPC"_s,
              [](Document &d) {
                  addVpc2(d);
                  set(d, u"Admin"_s, u"securityGroups"_s, QStringList{u"WebSg"_s, u"DbSg"_s});
              }});
    c.append(cell({u"reference cell into another VPC"_s,
                   [](Document &d) {
                       addVpc2(d);
                       setJson(d, u"DbSg"_s, u"inbound"_s, R"([{"protocol": "tcp", "fromPort": 3306, "toPort": 3306, "group": "Sg2"}])");
                   },
                   u"DbSg"_s, u"inbound"_s, u"which is in another VPC"_s,
                   [](Document &d) {
                       addVpc2(d);
                       setJson(d, u"Sg2"_s, u"inbound"_s, R"([{"protocol": "tcp", "fromPort": 3306, "toPort": 3306, "group": "Sg2"}])");
                   }},
                  0, u"group"_s));
    c.append(warning({u"reference listed twice"_s,
                      [](Document &d) { set(d, u"Admin"_s, u"securityGroups"_s, QStringList{u"WebSg"_s, u"WebSg"_s}); },
                      u"Admin"_s, u"securityGroups"_s, u"lists \"WebSg\" twice"_s,
                      [](Document &d) { set(d, u"Admin"_s, u"securityGroups"_s, QStringList{u"WebSg"_s, u"CacheSg"_s}); }}));

    // ---- VPCs, zones, subnets
    c.append({u"vpc block too large"_s, [](Document &d) { set(d, u"Vpc"_s, u"cidr"_s, u"10.0.0.0/8"_s); },
              u"Vpc"_s, u"cidr"_s, u"must have a prefix length between /16 and /28"_s,
              [](Document &d) { set(d, u"Vpc"_s, u"cidr"_s, u"10.0.0.0/18"_s); }});
    c.append({u"subnet block too small"_s, [](Document &d) { set(d, u"AppA"_s, u"cidr"_s, u"10.0.10.0/29"_s); },
              u"AppA"_s, u"cidr"_s, u"between /16 and /28"_s,
              [](Document &d) { set(d, u"AppA"_s, u"cidr"_s, u"10.0.10.0/28"_s); }});
    c.append({u"vpc host bits"_s, [](Document &d) { set(d, u"Vpc"_s, u"cidr"_s, u"10.0.0.5/16"_s); },
              u"Vpc"_s, u"cidr"_s, u"has host bits set; did you mean 10.0.0.0/16?"_s,
              [](Document &d) { set(d, u"Vpc"_s, u"cidr"_s, u"10.0.0.0/16"_s); }});
    c.append({u"subnet host bits"_s, [](Document &d) { set(d, u"AppA"_s, u"cidr"_s, u"10.0.10.7/24"_s); },
              u"AppA"_s, u"cidr"_s, u"did you mean 10.0.10.0/24?"_s,
              [](Document &d) { set(d, u"AppA"_s, u"cidr"_s, u"10.0.10.0/25"_s); }});
    c.append(warning({u"vpc public range"_s, [](Document &d) { addVpc2(d, "8.8.0.0/16"); },
                      u"Vpc2"_s, u"cidr"_s, u"is not a private range"_s,
                      [](Document &d) { addVpc2(d, "100.64.0.0/16"); }}));
    c.append({u"zone name malformed"_s, [](Document &d) { set(d, u"AzB"_s, u"zone"_s, u"useast1b"_s); },
              u"AzB"_s, u"zone"_s, u"is not a zone name like us-east-1a"_s,
              [](Document &d) { set(d, u"AzB"_s, u"zone"_s, u"us-east-1c"_s); }});
    c.append({u"zone of another region"_s, [](Document &d) { set(d, u"AzB"_s, u"zone"_s, u"eu-west-1b"_s); },
              u"AzB"_s, u"zone"_s, u"is not in the design's region us-east-1"_s,
              [](Document &d) {
                  d.setRegion(u"eu-west-1"_s);
                  set(d, u"AzA"_s, u"zone"_s, u"eu-west-1a"_s);
                  set(d, u"AzB"_s, u"zone"_s, u"eu-west-1b"_s);
              }});
    c.append({u"subnet outside its vpc"_s, [](Document &d) { set(d, u"AppA"_s, u"cidr"_s, u"10.1.10.0/24"_s); },
              u"AppA"_s, u"cidr"_s, u"is outside the VPC's 10.0.0.0/16 (Vpc)"_s,
              [](Document &d) { set(d, u"AppA"_s, u"cidr"_s, u"10.0.99.0/24"_s); }});
    c.append({u"overlapping subnets"_s, [](Document &d) { set(d, u"AppB"_s, u"cidr"_s, u"10.0.10.128/25"_s); },
              u"AppB"_s, u"cidr"_s, u"overlaps AppA (10.0.10.0/24)"_s,
              // The same block in another VPC is fine (VPCs may even overlap each other).
              [](Document &d) {
                  addVpc2(d, "10.0.0.0/16");
                  add(d, u"Az2"_s, "availability-zone", u"Vpc2"_s, R"({"zone": "us-east-1a"})");
                  add(d, u"Twin"_s, "subnet", u"Az2"_s, R"({"cidr": "10.0.10.0/24"})");
              }});

    // ---- routing
    c.append(cell({u"IPv4 route to an egress-only internet gateway"_s,
                   [](Document &d) {
                       set(d, u"Vpc"_s, u"ipv6Block"_s, u"amazon-provided"_s);
                       add(d, u"Eigw"_s, "egress-only-internet-gateway", u"Vpc"_s, "{}");
                       setJson(d, u"PublicRt"_s, u"routes"_s,
                               R"([{"destination": "0.0.0.0/0", "target": "Igw"}, {"destination": "192.168.0.0/16", "target": "Eigw"}])");
                   },
                   u"PublicRt"_s, u"routes"_s, u"which carries IPv6 only"_s,
                   [](Document &d) {
                       set(d, u"Vpc"_s, u"ipv6Block"_s, u"amazon-provided"_s);
                       add(d, u"Eigw"_s, "egress-only-internet-gateway", u"Vpc"_s, "{}");
                       setJson(d, u"PublicRt"_s, u"routes"_s,
                               R"([{"destination": "0.0.0.0/0", "target": "Igw"}, {"destination": "::/0", "target": "Eigw"}])");
                   }},
                  1, u"destination"_s));
    c.append(cell({u"IPv6 route to a NAT gateway"_s,
                   [](Document &d) {
                       setJson(d, u"PublicRt"_s, u"routes"_s,
                               R"([{"destination": "0.0.0.0/0", "target": "Igw"}, {"destination": "::/0", "target": "Nat"}])");
                   },
                   u"PublicRt"_s, u"routes"_s, u"use an egress-only internet gateway"_s,
                   [](Document &d) {
                       set(d, u"Vpc"_s, u"ipv6Block"_s, u"amazon-provided"_s);
                       setJson(d, u"PublicRt"_s, u"routes"_s,
                               R"([{"destination": "0.0.0.0/0", "target": "Igw"}, {"destination": "::/0", "target": "Igw"}])");
                   }},
                  1, u"destination"_s));
    c.append({u"second egress-only internet gateway"_s,
              [](Document &d) {
                  add(d, u"Eigw"_s, "egress-only-internet-gateway", u"Vpc"_s, "{}");
                  add(d, u"Eigw2"_s, "egress-only-internet-gateway", u"Vpc"_s, "{}");
              },
              u"Eigw2"_s, QString(), u"one egress-only internet gateway, and Eigw is already attached"_s,
              [](Document &d) {
                  set(d, u"Vpc"_s, u"ipv6Block"_s, u"amazon-provided"_s);
                  add(d, u"Eigw"_s, "egress-only-internet-gateway", u"Vpc"_s, "{}");
              }});

    // ---- IPv6 (issue 14): AWS refuses IPv6 in a VPC without an IPv6 block; blocks are /56 and /64.
    auto ipv6Vpc = [](Document &d) { set(d, u"Vpc"_s, u"ipv6Block"_s, u"amazon-provided"_s); };
    c.append(cell({u"IPv6 route in a VPC without IPv6"_s,
                   [](Document &d) {
                       setJson(d, u"PublicRt"_s, u"routes"_s,
                               R"([{"destination": "0.0.0.0/0", "target": "Igw"}, {"destination": "::/0", "target": "Igw"}])");
                   },
                   u"PublicRt"_s, u"routes"_s, u"IPv6 route for ::/0 in VPC Vpc, which has no IPv6 block"_s,
                   [ipv6Vpc](Document &d) {
                       ipv6Vpc(d);
                       setJson(d, u"PublicRt"_s, u"routes"_s,
                               R"([{"destination": "0.0.0.0/0", "target": "Igw"}, {"destination": "::/0", "target": "Igw"}])");
                   }},
                  1, u"destination"_s));
    c.append({u"egress-only internet gateway in a VPC without IPv6"_s,
              [](Document &d) { add(d, u"Eigw"_s, "egress-only-internet-gateway", u"Vpc"_s, "{}"); },
              u"Eigw"_s, u"parent"_s, u"egress-only internet gateway in VPC Vpc, which has no IPv6 block"_s,
              [ipv6Vpc](Document &d) {
                  ipv6Vpc(d);
                  add(d, u"Eigw"_s, "egress-only-internet-gateway", u"Vpc"_s, "{}");
              }});
    c.append({u"subnet IPv6 block in a VPC without IPv6"_s,
              [](Document &d) { set(d, u"AppA"_s, u"ipv6Block"_s, u"vpc:1"_s); },
              u"AppA"_s, u"ipv6Block"_s, u"subnet has an IPv6 block but VPC Vpc has none"_s,
              [ipv6Vpc](Document &d) {
                  ipv6Vpc(d);
                  set(d, u"AppA"_s, u"ipv6Block"_s, u"vpc:1"_s);
              }});
    c.append({u"VPC IPv6 block that is not one"_s,
              [](Document &d) { set(d, u"Vpc"_s, u"ipv6Block"_s, u"amazon"_s); },
              u"Vpc"_s, u"ipv6Block"_s, u"IPv6 block \"amazon\" is not valid (not \"amazon-provided\" or an IPv6 CIDR block)"_s, ipv6Vpc});
    c.append({u"subnet IPv6 slice out of range"_s,
              [ipv6Vpc](Document &d) {
                  ipv6Vpc(d);
                  set(d, u"AppA"_s, u"ipv6Block"_s, u"vpc:256"_s);
              },
              u"AppA"_s, u"ipv6Block"_s, u"IPv6 block \"vpc:256\" is not valid (the /64 number after \"vpc:\" must be 0 to 255)"_s,
              [ipv6Vpc](Document &d) {
                  ipv6Vpc(d);
                  set(d, u"AppA"_s, u"ipv6Block"_s, u"vpc:255"_s);
              }});
    c.append({u"VPC IPv6 block template id with a dash"_s,
              [ipv6Vpc](Document &d) {
                  ipv6Vpc(d);
                  set(d, u"Vpc"_s, u"ipv6BlockId"_s, u"vpc-ipv6"_s);
              },
              u"Vpc"_s, u"ipv6BlockId"_s, u"IPv6 block's template id \"vpc-ipv6\" must be letters and digits"_s,
              [ipv6Vpc](Document &d) {
                  ipv6Vpc(d);
                  set(d, u"Vpc"_s, u"ipv6BlockId"_s, u"VpcIpv6"_s);
              }});
    c.append({u"VPC IPv6 block that is not a /56"_s,
              [](Document &d) { set(d, u"Vpc"_s, u"ipv6Block"_s, u"2600:1f18:aaaa:bb00::/48"_s); },
              u"Vpc"_s, u"ipv6Block"_s, u"VPC IPv6 block 2600:1f18:aaaa:bb00::/48 must be a /56"_s,
              [](Document &d) { set(d, u"Vpc"_s, u"ipv6Block"_s, u"2600:1f18:aaaa:bb00::/56"_s); }});
    c.append({u"VPC IPv6 block with host bits"_s,
              [](Document &d) { set(d, u"Vpc"_s, u"ipv6Block"_s, u"2600:1f18:aaaa:bb01::/56"_s); },
              u"Vpc"_s, u"ipv6Block"_s, u"did you mean 2600:1f18:aaaa:bb00::/56?"_s,
              [](Document &d) { set(d, u"Vpc"_s, u"ipv6Block"_s, u"2600:1f18:aaaa:bb00::/56"_s); }});
    c.append({u"subnet IPv6 block that is not a /64"_s,
              [](Document &d) {
                  set(d, u"Vpc"_s, u"ipv6Block"_s, u"2600:1f18:aaaa:bb00::/56"_s);
                  set(d, u"AppA"_s, u"ipv6Block"_s, u"2600:1f18:aaaa:bb10::/60"_s);
              },
              u"AppA"_s, u"ipv6Block"_s, u"subnet IPv6 block 2600:1f18:aaaa:bb10::/60 must be a /64"_s,
              [](Document &d) {
                  set(d, u"Vpc"_s, u"ipv6Block"_s, u"2600:1f18:aaaa:bb00::/56"_s);
                  set(d, u"AppA"_s, u"ipv6Block"_s, u"2600:1f18:aaaa:bb10::/64"_s);
              }});
    c.append({u"subnet IPv6 block outside the VPC's"_s,
              [](Document &d) {
                  set(d, u"Vpc"_s, u"ipv6Block"_s, u"2600:1f18:aaaa:bb00::/56"_s);
                  set(d, u"AppA"_s, u"ipv6Block"_s, u"2600:1f18:aaaa:cc10::/64"_s);
              },
              u"AppA"_s, u"ipv6Block"_s, u"subnet IPv6 block 2600:1f18:aaaa:cc10::/64 is outside the VPC's 2600:1f18:aaaa:bb00::/56 (Vpc)"_s,
              [](Document &d) {
                  set(d, u"Vpc"_s, u"ipv6Block"_s, u"2600:1f18:aaaa:bb00::/56"_s);
                  set(d, u"AppA"_s, u"ipv6Block"_s, u"2600:1f18:aaaa:bbff::/64"_s);
              }});
    c.append(warning({u"subnet IPv6 literal in an Amazon-provided VPC block"_s,
                      [ipv6Vpc](Document &d) {
                          ipv6Vpc(d);
                          set(d, u"AppA"_s, u"ipv6Block"_s, u"2600:1f18:aaaa:bb10::/64"_s);
                      },
                      u"AppA"_s, u"ipv6Block"_s, u"cannot be checked against VPC Vpc's Amazon-provided /56"_s,
                      [ipv6Vpc](Document &d) {
                          ipv6Vpc(d);
                          set(d, u"AppA"_s, u"ipv6Block"_s, u"vpc:16"_s);
                      }}));
    c.append({u"two subnets with the same IPv6 /64"_s,
              [ipv6Vpc](Document &d) {
                  ipv6Vpc(d);
                  set(d, u"AppA"_s, u"ipv6Block"_s, u"vpc:1"_s);
                  set(d, u"AppB"_s, u"ipv6Block"_s, u"vpc:1"_s);
              },
              u"AppA"_s, u"ipv6Block"_s, u"IPv6 block vpc:1 is also subnet AppB's"_s,
              [ipv6Vpc](Document &d) {
                  ipv6Vpc(d);
                  set(d, u"AppA"_s, u"ipv6Block"_s, u"vpc:1"_s);
                  set(d, u"AppB"_s, u"ipv6Block"_s, u"vpc:2"_s);
              }});
    c.append({u"auto-assigned IPv6 without a block"_s,
              [](Document &d) { set(d, u"AppA"_s, u"assignIpv6OnCreation"_s, true); },
              u"AppA"_s, u"assignIpv6OnCreation"_s, u"auto-assigning IPv6 addresses needs an IPv6 block on the subnet"_s,
              [ipv6Vpc](Document &d) {
                  ipv6Vpc(d);
                  set(d, u"AppA"_s, u"ipv6Block"_s, u"vpc:0"_s);
                  set(d, u"AppA"_s, u"assignIpv6OnCreation"_s, true);
              }});
    c.append(cell({u"two routes for one destination"_s,
                   [](Document &d) {
                       setJson(d, u"PublicRt"_s, u"routes"_s,
                               R"([{"destination": "0.0.0.0/0", "target": "Igw"}, {"destination": "0.0.0.0/0", "target": "Nat"}])");
                   },
                   u"PublicRt"_s, u"routes"_s, u"two routes for 0.0.0.0/0"_s,
                   [](Document &d) {
                       setJson(d, u"PublicRt"_s, u"routes"_s,
                               R"([{"destination": "0.0.0.0/0", "target": "Igw"}, {"destination": "192.168.0.0/16", "target": "Nat"}])");
                   }},
                  1, u"destination"_s));
    c.append(cell({u"route over the local route"_s,
                   [](Document &d) {
                       setJson(d, u"PrivateRt"_s, u"routes"_s,
                               R"([{"destination": "0.0.0.0/0", "target": "Nat"}, {"destination": "10.0.0.0/16", "target": "Admin"}])");
                   },
                   u"PrivateRt"_s, u"routes"_s, u"conflicts with the local route"_s,
                   [](Document &d) {
                       setJson(d, u"PrivateRt"_s, u"routes"_s,
                               R"([{"destination": "0.0.0.0/0", "target": "Nat"}, {"destination": "10.1.0.0/16", "target": "Admin"}])");
                   }},
                  1, u"destination"_s));
    c.append({u"second main route table"_s, [](Document &d) { set(d, u"PublicRt"_s, u"main"_s, true); },
              u"PrivateRt"_s, QString(), u"one main route table, and PublicRt is already it"_s,
              [](Document &d) {
                  set(d, u"PublicRt"_s, u"main"_s, true);
                  set(d, u"PrivateRt"_s, u"main"_s, false);
              }});
    c.append({u"second internet gateway"_s, [](Document &d) { add(d, u"Igw2"_s, "internet-gateway", u"Vpc"_s); },
              u"Igw2"_s, QString(), u"one internet gateway, and Igw is already attached"_s,
              [](Document &d) {
                  addVpc2(d);
                  add(d, u"Igw2"_s, "internet-gateway", u"Vpc2"_s);
              }});

    // ---- network ACLs
    c.append(cell({u"acl rule number twice"_s,
                   [](Document &d) {
                       setJson(d, u"Acl"_s, u"inbound"_s,
                               R"([{"rule": 100, "protocol": "all", "action": "allow"}, {"rule": 100, "protocol": "tcp", "fromPort": 22, "toPort": 22, "action": "deny"}])");
                   },
                   u"Acl"_s, u"inbound"_s, u"rule number 100 is used twice"_s,
                   [](Document &d) {
                       setJson(d, u"Acl"_s, u"inbound"_s,
                               R"([{"rule": 100, "protocol": "all", "action": "allow"}, {"rule": 90, "protocol": "tcp", "fromPort": 22, "toPort": 22, "action": "deny"}])");
                   }},
                  1, u"rule"_s));
    c.append(cell({u"acl ports backwards"_s,
                   [](Document &d) { setJson(d, u"Acl"_s, u"outbound"_s, R"([{"rule": 100, "protocol": "tcp", "fromPort": 90, "toPort": 80}])"); },
                   u"Acl"_s, u"outbound"_s, u"port range 90-80 runs backwards"_s,
                   [](Document &d) { setJson(d, u"Acl"_s, u"outbound"_s, R"([{"rule": 100, "protocol": "tcp", "fromPort": 80, "toPort": 90}])"); }},
                  0, u"fromPort"_s));
    c.append(warning({u"acl over the rule quota"_s, [](Document &d) { set(d, u"Acl"_s, u"inbound"_s, manyRules(21, true)); },
                      u"Acl"_s, u"inbound"_s, u"21 rules; the default quota is 20"_s,
                      [](Document &d) { set(d, u"Acl"_s, u"inbound"_s, manyRules(20, true)); }}));
    c.append({u"second default acl"_s,
              [](Document &d) {
                  set(d, u"Acl"_s, u"isDefault"_s, true);
                  add(d, u"Acl2"_s, "network-acl", u"Vpc"_s, R"({"isDefault": true})");
              },
              u"Acl2"_s, QString(), u"one default network ACL, and Acl is already it"_s,
              [](Document &d) {
                  set(d, u"Acl"_s, u"isDefault"_s, true);
                  add(d, u"Acl2"_s, "network-acl", u"Vpc"_s, R"({"isDefault": false})");
              }});

    // ---- security groups
    c.append({u"group over the rule quota"_s, [](Document &d) { set(d, u"WebSg"_s, u"inbound"_s, manyRules(61, false)); },
              u"WebSg"_s, u"inbound"_s, u"61 rules; a security group allows at most 60"_s,
              [](Document &d) { set(d, u"WebSg"_s, u"inbound"_s, manyRules(60, false)); }});
    c.append(cell({u"group rule ports backwards"_s,
                   [](Document &d) { setJson(d, u"LbSg"_s, u"inbound"_s, R"([{"protocol": "tcp", "fromPort": 443, "toPort": 80, "cidr": "0.0.0.0/0"}])"); },
                   u"LbSg"_s, u"inbound"_s, u"port range 443-80 runs backwards"_s,
                   [](Document &d) { setJson(d, u"LbSg"_s, u"inbound"_s, R"([{"protocol": "tcp", "fromPort": 80, "toPort": 443, "cidr": "0.0.0.0/0"}])"); }},
                  0, u"fromPort"_s));
    c.append(cell({u"group rule with cidr and group"_s,
                   [](Document &d) {
                       setJson(d, u"DbSg"_s, u"inbound"_s,
                               R"([{"protocol": "tcp", "fromPort": 3306, "toPort": 3306, "cidr": "10.0.0.0/16", "group": "WebSg"}])");
                   },
                   u"DbSg"_s, u"inbound"_s, u"one of a CIDR block, a security group or a prefix list, not several"_s,
                   [](Document &d) {
                       setJson(d, u"DbSg"_s, u"inbound"_s,
                               R"([{"protocol": "tcp", "fromPort": 3306, "toPort": 3306, "cidr": "10.0.0.0/16"},
                                   {"protocol": "tcp", "fromPort": 3306, "toPort": 3306, "group": "WebSg"}])");
                   }},
                  0, u"group"_s));
    c.append(cell({u"group rule with a bad prefix list"_s,
                   [](Document &d) {
                       setJson(d, u"LbSg"_s, u"inbound"_s, R"([{"protocol": "tcp", "fromPort": 443, "toPort": 443, "prefixList": "pl-xyz"}])");
                   },
                   u"LbSg"_s, u"inbound"_s, u"pl-xyz is not a prefix list id"_s,
                   [](Document &d) {
                       // CloudFront's origin-facing list and an IPv6 range are both fine.
                       setJson(d, u"LbSg"_s, u"inbound"_s,
                               R"([{"protocol": "tcp", "fromPort": 443, "toPort": 443, "prefixList": "pl-0a25c3463226fcc61"},
                                   {"protocol": "tcp", "fromPort": 443, "toPort": 443, "cidr": "::/0"}])");
                   }},
                  0, u"prefixList"_s));
    c.append(cell({u"group rule with a bad IPv6 block"_s,
                   [](Document &d) { setJson(d, u"LbSg"_s, u"inbound"_s, R"([{"protocol": "tcp", "fromPort": 443, "toPort": 443, "cidr": "2001:db8::/129"}])"); },
                   u"LbSg"_s, u"inbound"_s, u"prefix length must be 0 to 128"_s,
                   [](Document &d) { setJson(d, u"LbSg"_s, u"inbound"_s, R"([{"protocol": "tcp", "fromPort": 443, "toPort": 443, "cidr": "2001:db8::/32"}])"); }},
                  0, u"cidr"_s));
    c.append(cell({u"inbound rule without source"_s,
                   [](Document &d) { setJson(d, u"DbSg"_s, u"inbound"_s, R"([{"protocol": "tcp", "fromPort": 3306, "toPort": 3306}])"); },
                   u"DbSg"_s, u"inbound"_s, u"the rule has no source"_s,
                   [](Document &d) { setJson(d, u"DbSg"_s, u"inbound"_s, R"([{"protocol": "all", "group": "DbSg"}])"); }},
                  0, u"cidr"_s));
    c.append(cell({u"outbound rule without destination"_s,
                   [](Document &d) { setJson(d, u"DbSg"_s, u"outbound"_s, R"([{"protocol": "tcp", "fromPort": 443, "toPort": 443}])"); },
                   u"DbSg"_s, u"outbound"_s, u"the rule has no destination"_s,
                   [](Document &d) { setJson(d, u"DbSg"_s, u"outbound"_s, R"([{"protocol": "tcp", "fromPort": 443, "toPort": 443, "cidr": "0.0.0.0/0"}])"); }},
                  0, u"cidr"_s));

    // ---- five security groups per network interface (each kind of holder)
    for (const auto &[holder, key] : {std::pair{u"Admin"_s, u"securityGroups"_s}, std::pair{u"WebLt"_s, u"securityGroups"_s},
                                      std::pair{u"Lb"_s, u"securityGroups"_s}, std::pair{u"Database"_s, u"securityGroups"_s},
                                      std::pair{u"Aurora"_s, u"securityGroups"_s}, std::pair{u"Cache"_s, u"securityGroups"_s}}) {
        const QString h = holder, k = key;
        c.append(warning({u"six groups on "_s + h,
                          [h, k](Document &d) {
                              addGroups(d);
                              setJson(d, h, k, sixGroups);
                          },
                          h, k, u"6 security groups; a network interface takes 5"_s,
                          [h, k](Document &d) {
                              addGroups(d);
                              setJson(d, h, k, fiveGroups);
                          }}));
    }

    // ---- load balancers
    c.append({u"two subnets in one zone"_s,
              [](Document &d) { set(d, u"Lb"_s, u"subnets"_s, QStringList{u"PublicA"_s, u"AppA"_s, u"PublicB"_s}); },
              u"Lb"_s, u"subnets"_s, u"PublicA and AppA are both in us-east-1a"_s,
              [](Document &d) { set(d, u"Lb"_s, u"subnets"_s, QStringList{u"AppA"_s, u"PublicB"_s}); }});
    c.append({u"alb in one zone"_s, [](Document &d) { set(d, u"Lb"_s, u"subnets"_s, QStringList{u"PublicA"_s}); },
              u"Lb"_s, u"subnets"_s, u"at least two Availability Zones (it has 1)"_s,
              [](Document &d) { set(d, u"Lb"_s, u"subnets"_s, QStringList{u"PublicA"_s, u"AppB"_s}); }});
    c.append({u"nlb without subnets"_s, [](Document &d) { addNlb(d, "[]", R"([{"protocol": "TCP", "port": 80, "targetGroup": "TcpTg"}])"); },
              u"Nlb"_s, u"subnets"_s, u"a load balancer needs at least one subnet"_s,
              [](Document &d) { addNlb(d, R"(["PublicA"])", R"([{"protocol": "TCP", "port": 80, "targetGroup": "TcpTg"}])"); }});
    c.append(warning({u"no listeners"_s, [](Document &d) { set(d, u"Lb"_s, u"listeners"_s, QVariantList()); },
                      u"Lb"_s, u"listeners"_s, u"no listeners"_s,
                      [](Document &d) { setJson(d, u"Lb"_s, u"listeners"_s, R"([{"protocol": "HTTP", "port": 8080, "targetGroup": "WebTg"}])"); }}));
    c.append(cell({u"alb with a tcp listener"_s,
                   [](Document &d) { setJson(d, u"Lb"_s, u"listeners"_s, R"([{"protocol": "TCP", "port": 80, "targetGroup": "WebTg"}])"); },
                   u"Lb"_s, u"listeners"_s, u"an Application Load Balancer takes no TCP listeners"_s,
                   [](Document &d) { setJson(d, u"Lb"_s, u"listeners"_s, R"([{"protocol": "HTTP", "port": 81, "targetGroup": "WebTg"}])"); }},
                  0, u"protocol"_s));
    c.append(cell({u"nlb with an http listener"_s,
                   [](Document &d) { addNlb(d, R"(["PublicA"])", R"([{"protocol": "HTTP", "port": 80, "targetGroup": "TcpTg"}])"); },
                   u"Nlb"_s, u"listeners"_s, u"a Network Load Balancer takes no HTTP listeners"_s,
                   [](Document &d) { addNlb(d, R"(["PublicA"])", R"([{"protocol": "TCP_UDP", "port": 80, "targetGroup": "TcpTg"}])"); }},
                  0, u"protocol"_s));
    // Listener rules (issue 14).
    const auto rule = [](const char *rows) { return [rows](Document &d) { setJson(d, u"Lb"_s, u"rules"_s, rows); }; };
    const auto fiveGroups = [](Document &d) {
        for (int i = 1; i <= 5; ++i)
            add(d, u"Tg"_s + QString::number(i), "target-group", u"Vpc"_s, R"({"protocol": "HTTP", "port": 80})");
    };
    c.append(cell({u"rule without listener"_s, rule(R"([{"listenerPort": 81, "priority": 5, "paths": "/a/x", "targetGroup": "WebTg"}])"),
                   u"Lb"_s, u"rules"_s, u"rule 5 is for port 81, which has no listener"_s,
                   rule(R"([{"listenerPort": 80, "priority": 5, "paths": "/a/x", "targetGroup": "WebTg"}])")},
                  0, u"listenerPort"_s));
    c.append(cell({u"rule without condition"_s, rule(R"([{"priority": 5, "targetGroup": "WebTg"}])"),
                   u"Lb"_s, u"rules"_s, u"rule 5 on port 80 has no condition"_s,
                   rule(R"([{"priority": 5, "hosts": "a.example.com", "targetGroup": "WebTg"}])")},
                  0, u"paths"_s));
    c.append(cell({u"rule with six paths"_s, rule(R"([{"priority": 5, "paths": "/1,/2,/3,/4,/5,/6", "targetGroup": "WebTg"}])"),
                   u"Lb"_s, u"rules"_s, u"rule 5 on port 80 has more than 5 values in a condition"_s,
                   rule(R"([{"priority": 5, "paths": "/1,/2,/3,/4,/5", "targetGroup": "WebTg"}])")},
                  0, u"paths"_s));
    c.append(cell({u"rule forwarding nowhere"_s, rule(R"([{"priority": 5, "paths": "/a/x"}])"),
                   u"Lb"_s, u"rules"_s, u"rule 5 on port 80 forwards to no target group"_s,
                   rule(R"([{"priority": 5, "paths": "/a/x", "targetGroup": "WebTg"}])")},
                  0, u"targetGroup"_s));
    c.append(cell({u"rule to six target groups"_s,
                   [fiveGroups](Document &d) {
                       fiveGroups(d);
                       setJson(d, u"Lb"_s, u"rules"_s,
                               R"([{"priority": 5, "paths": "/a/x", "targetGroup": "WebTg"}, {"priority": 5, "targetGroup": "Tg1"},)" R"({"priority": 5, "targetGroup": "Tg2"}, {"priority": 5, "targetGroup": "Tg3"},)" R"({"priority": 5, "targetGroup": "Tg4"}, {"priority": 5, "targetGroup": "Tg5"}])");
                   },
                   u"Lb"_s, u"rules"_s, u"rule 5 on port 80 forwards to more than 5 target groups"_s,
                   [fiveGroups](Document &d) {
                       fiveGroups(d);
                       setJson(d, u"Lb"_s, u"rules"_s,
                               R"([{"priority": 5, "paths": "/a/x", "targetGroup": "WebTg"}, {"priority": 5, "targetGroup": "Tg1"},)" R"({"priority": 5, "targetGroup": "Tg2"}, {"priority": 5, "targetGroup": "Tg3"},)" R"({"priority": 5, "targetGroup": "Tg4"}, {"priority": 6, "paths": "/b/x", "targetGroup": "Tg5"}])");
                   }},
                  5, u"targetGroup"_s));
    c.append(cell({u"rule to one target group twice"_s,
                   rule(R"([{"priority": 5, "paths": "/a/x", "targetGroup": "WebTg"}, {"priority": 5, "targetGroup": "WebTg"}])"),
                   u"Lb"_s, u"rules"_s, u"rule 5 on port 80 forwards to WebTg twice"_s,
                   rule(R"([{"priority": 5, "paths": "/a/x", "targetGroup": "WebTg"}, {"priority": 6, "paths": "/b/x", "targetGroup": "WebTg"}])")},
                  1, u"targetGroup"_s));
    c.append(cell({u"rows of a rule disagree"_s,
                   [fiveGroups](Document &d) {
                       fiveGroups(d);
                       setJson(d, u"Lb"_s, u"rules"_s,
                               R"([{"priority": 5, "paths": "/a/x", "targetGroup": "WebTg"}, {"priority": 5, "paths": "/b/x", "targetGroup": "Tg1"}])");
                   },
                   u"Lb"_s, u"rules"_s, u"rows of rule 5 on port 80 give different conditions"_s,
                   [fiveGroups](Document &d) {
                       fiveGroups(d);
                       setJson(d, u"Lb"_s, u"rules"_s,
                               R"([{"priority": 5, "paths": "/a/x", "targetGroup": "WebTg"}, {"priority": 5, "paths": "/a/x", "targetGroup": "Tg1"}])");
                   }},
                  1, u"paths"_s));
    c.append(warning({u"rule shares above 100"_s,
                      rule(R"([{"priority": 5, "paths": "/a/x", "targetGroup": "WebTg", "share": 70}, {"priority": 6, "paths": "/b/x", "targetGroup": "WebTg", "share": 40}])"),
                      u"Lb"_s, u"rules"_s, u"the rules on port 80 take 110% of its traffic"_s,
                      rule(R"([{"priority": 5, "paths": "/a/x", "targetGroup": "WebTg", "share": 60}, {"priority": 6, "paths": "/b/x", "targetGroup": "WebTg", "share": 40}])")}));
    c.append(cell({u"two listeners on one port"_s,
                   [](Document &d) {
                       setJson(d, u"Lb"_s, u"listeners"_s,
                               R"([{"protocol": "HTTP", "port": 80, "targetGroup": "WebTg"}, {"protocol": "HTTP", "port": 80, "targetGroup": "WebTg"}])");
                   },
                   u"Lb"_s, u"listeners"_s, u"two listeners on port 80"_s,
                   [](Document &d) {
                       setJson(d, u"Lb"_s, u"listeners"_s,
                               R"([{"protocol": "HTTP", "port": 80, "targetGroup": "WebTg"}, {"protocol": "HTTP", "port": 8080, "targetGroup": "WebTg"}])");
                   }},
                  1, u"port"_s));
    c.append(cell({u"https without certificate"_s,
                   [](Document &d) { setJson(d, u"Lb"_s, u"listeners"_s, R"([{"protocol": "HTTPS", "port": 443, "targetGroup": "WebTg"}])"); },
                   u"Lb"_s, u"listeners"_s, u"HTTPS listeners need a certificate"_s,
                   [](Document &d) {
                       setJson(d, u"Lb"_s, u"listeners"_s,
                               R"([{"protocol": "HTTPS", "port": 443, "targetGroup": "WebTg", "certificate": "arn:aws:acm:us-east-1:123456789012:certificate/abc"}])");
                   }},
                  0, u"certificate"_s));
    c.append(cell({u"classic listener to a target group"_s,
                   [](Document &d) { addClb(d, R"([{"protocol": "HTTP", "port": 80, "instancePort": 80, "targetGroup": "WebTg"}])"); },
                   u"Clb"_s, u"listeners"_s, u"a Classic Load Balancer sends to instances"_s,
                   [](Document &d) { addClb(d, R"([{"protocol": "TCP", "port": 80, "instanceProtocol": "TCP", "instancePort": 80}])"); }},
                  0, u"targetGroup"_s));
    c.append(cell(warning({u"listener to no target group"_s,
                           [](Document &d) { setJson(d, u"Lb"_s, u"listeners"_s, R"([{"protocol": "HTTP", "port": 80}])"); },
                           u"Lb"_s, u"listeners"_s, u"listener on port 80 forwards to no target group"_s,
                           [](Document &d) { setJson(d, u"Lb"_s, u"listeners"_s, R"([{"protocol": "HTTP", "port": 8000, "targetGroup": "WebTg"}])"); }}),
                  0, u"targetGroup"_s));
    c.append(cell({u"alb to a tcp target group"_s,
                   [](Document &d) {
                       add(d, u"TcpTg"_s, "target-group", u"Vpc"_s, R"({"protocol": "TCP", "port": 80})");
                       setJson(d, u"Lb"_s, u"listeners"_s, R"([{"protocol": "HTTP", "port": 80, "targetGroup": "TcpTg"}])");
                   },
                   u"Lb"_s, u"listeners"_s, u"target group TcpTg uses TCP, which an Application Load Balancer cannot forward to"_s,
                   [](Document &d) {
                       add(d, u"TcpTg"_s, "target-group", u"Vpc"_s, R"({"protocol": "HTTPS", "port": 443})");
                       setJson(d, u"Lb"_s, u"listeners"_s, R"([{"protocol": "HTTP", "port": 80, "targetGroup": "TcpTg"}])");
                   }},
                  0, u"targetGroup"_s));
    c.append(cell({u"nlb to an http target group"_s,
                   [](Document &d) { addNlb(d, R"(["PublicA"])", R"([{"protocol": "TCP", "port": 80, "targetGroup": "WebTg"}])"); },
                   u"Nlb"_s, u"listeners"_s, u"uses HTTP, which a Network Load Balancer cannot forward to"_s,
                   [](Document &d) { addNlb(d, R"(["PublicA", "PublicB"])", R"([{"protocol": "TCP", "port": 80, "targetGroup": "TcpTg"}])"); }},
                  0, u"targetGroup"_s));
    c.append({u"classic timeout not below interval"_s,
              [](Document &d) {
                  addClb(d);
                  set(d, u"Clb"_s, u"healthCheckTimeout"_s, 30);
              },
              u"Clb"_s, u"healthCheckTimeout"_s, u"the health-check timeout must be shorter than the interval"_s,
              [](Document &d) {
                  addClb(d);
                  set(d, u"Clb"_s, u"healthCheckTimeout"_s, 29);
              }});

    // ---- target groups
    c.append({u"target group timeout not below interval"_s, [](Document &d) { set(d, u"WebTg"_s, u"healthCheckTimeout"_s, 30); },
              u"WebTg"_s, u"healthCheckTimeout"_s, u"must be shorter than the interval"_s,
              [](Document &d) { set(d, u"WebTg"_s, u"healthCheckTimeout"_s, 29); }});
    for (const QString &port : {u"abc"_s, u"0"_s, u"65536"_s, u"-80"_s, u"+80"_s, u"80 "_s, u"8O"_s, QString()}) {
        c.append({u"health-check port \""_s + port + u'"',
                  [port](Document &d) { set(d, u"WebTg"_s, u"healthCheckPort"_s, port); },
                  u"WebTg"_s, u"healthCheckPort"_s, u"must be \"traffic-port\" or 1 to 65535"_s,
                  [](Document &d) { set(d, u"WebTg"_s, u"healthCheckPort"_s, u"65535"_s); }});
    }
    c.append({u"health-check path without slash"_s, [](Document &d) { set(d, u"WebTg"_s, u"healthCheckPath"_s, u"health"_s); },
              u"WebTg"_s, u"healthCheckPath"_s, u"must start with /"_s,
              // A TCP check has no path to check.
              [](Document &d) {
                  set(d, u"WebTg"_s, u"healthCheckPath"_s, u"health"_s);
                  set(d, u"WebTg"_s, u"healthCheckProtocol"_s, u"TCP"_s);
              }});
    c.append({u"success codes malformed"_s, [](Document &d) { set(d, u"WebTg"_s, u"matcher"_s, u"2xx"_s); },
              u"WebTg"_s, u"matcher"_s, u"success codes look like"_s,
              [](Document &d) { set(d, u"WebTg"_s, u"matcher"_s, u"200-299,302"_s); }});

    // ---- Auto Scaling
    c.append({u"minimum above maximum"_s, [](Document &d) { set(d, u"WebAsg"_s, u"minSize"_s, 5); },
              u"WebAsg"_s, u"minSize"_s, u"minimum capacity 5 is above the maximum 4"_s,
              [](Document &d) { set(d, u"WebAsg"_s, u"minSize"_s, 4); }});
    c.append({u"desired above maximum"_s, [](Document &d) { set(d, u"WebAsg"_s, u"desiredCapacity"_s, 9); },
              u"WebAsg"_s, u"desiredCapacity"_s, u"desired capacity 9 is outside [minimum 2, maximum 4]"_s,
              [](Document &d) { set(d, u"WebAsg"_s, u"desiredCapacity"_s, 4); }});
    c.append({u"desired below minimum"_s, [](Document &d) { set(d, u"WebAsg"_s, u"desiredCapacity"_s, 1); },
              u"WebAsg"_s, u"desiredCapacity"_s, u"desired capacity 1 is outside"_s,
              [](Document &d) { set(d, u"WebAsg"_s, u"desiredCapacity"_s, 2); }});
    c.append({u"asg attached to an alb directly"_s, [](Document &d) { set(d, u"WebAsg"_s, u"loadBalancers"_s, QStringList{u"Lb"_s}); },
              u"WebAsg"_s, u"loadBalancers"_s, u"Lb is not a Classic Load Balancer"_s,
              [](Document &d) {
                  addClb(d);
                  set(d, u"WebAsg"_s, u"loadBalancers"_s, QStringList{u"Clb"_s});
              }});
    c.append(warning({u"elb checks without a load balancer"_s, [](Document &d) { set(d, u"WebAsg"_s, u"targetGroups"_s, QStringList()); },
                      u"WebAsg"_s, u"healthCheckType"_s, u"ELB health checks without a target group"_s,
                      [](Document &d) {
                          set(d, u"WebAsg"_s, u"targetGroups"_s, QStringList());
                          set(d, u"WebAsg"_s, u"healthCheckType"_s, u"EC2"_s);
                      }}));
    c.append(cell({u"two policies with one name"_s,
                   [](Document &d) {
                       setJson(d, u"WebAsg"_s, u"scalingPolicies"_s, R"([{"name": "cpu", "targetValue": 50}, {"name": "cpu", "targetValue": 60}])");
                   },
                   u"WebAsg"_s, u"scalingPolicies"_s, u"two policies named \"cpu\""_s,
                   [](Document &d) {
                       setJson(d, u"WebAsg"_s, u"scalingPolicies"_s, R"([{"name": "cpu", "targetValue": 50}, {"name": "cpu2", "targetValue": 60}])");
                   }},
                  1, u"name"_s));
    c.append(cell({u"requests per target without a target group"_s,
                   [](Document &d) {
                       set(d, u"WebAsg"_s, u"targetGroups"_s, QStringList());
                       set(d, u"WebAsg"_s, u"healthCheckType"_s, u"EC2"_s);
                       setJson(d, u"WebAsg"_s, u"scalingPolicies"_s, R"([{"name": "req", "metric": "ALBRequestCountPerTarget", "targetValue": 1000}])");
                   },
                   u"WebAsg"_s, u"scalingPolicies"_s, u"tracking requests per target needs a target group"_s,
                   [](Document &d) {
                       setJson(d, u"WebAsg"_s, u"scalingPolicies"_s, R"([{"name": "req", "metric": "ALBRequestCountPerTarget", "targetValue": 1000}])");
                   }},
                  0, u"metric"_s));
    c.append(cell({u"cpu target above 100"_s,
                   [](Document &d) { setJson(d, u"WebAsg"_s, u"scalingPolicies"_s, R"([{"name": "cpu", "metric": "ASGAverageCPUUtilization", "targetValue": 150}])"); },
                   u"WebAsg"_s, u"scalingPolicies"_s, u"a CPU target is a percentage"_s,
                   [](Document &d) { setJson(d, u"WebAsg"_s, u"scalingPolicies"_s, R"([{"name": "cpu", "metric": "ASGAverageCPUUtilization", "targetValue": 100}])"); }},
                  0, u"targetValue"_s));
    c.append(cell({u"more datapoints than periods"_s,
                   [](Document &d) {
                       setJson(d, u"WebAsg"_s, u"scalingPolicies"_s,
                               R"([{"name": "step", "policyType": "StepScaling", "evaluationPeriods": 3, "datapointsToAlarm": 5}])");
                   },
                   u"WebAsg"_s, u"scalingPolicies"_s, u"datapoints to alarm cannot exceed the evaluation periods"_s,
                   [](Document &d) {
                       setJson(d, u"WebAsg"_s, u"scalingPolicies"_s,
                               R"([{"name": "step", "policyType": "SimpleScaling", "evaluationPeriods": 3, "datapointsToAlarm": 3}])");
                   }},
                  0, u"datapointsToAlarm"_s));
    c.append(cell({u"step scaling steps out of order"_s,
                   [](Document &d) {
                       setJson(d, u"WebAsg"_s, u"scalingPolicies"_s,
                               R"([{"name": "step", "policyType": "StepScaling", "steps": [{"lowerBound": 20, "scalingAdjustment": 2}, {"lowerBound": 0, "upperBound": 20, "scalingAdjustment": 1}]}])");
                   },
                   u"WebAsg"_s, u"scalingPolicies"_s, u"step 1 ends at +\u221E but step 2 starts at 0: list the steps in order"_s,
                   [](Document &d) {
                       setJson(d, u"WebAsg"_s, u"scalingPolicies"_s,
                               R"([{"name": "step", "policyType": "StepScaling", "steps": [{"lowerBound": 0, "upperBound": 20, "scalingAdjustment": 1}, {"lowerBound": 20, "scalingAdjustment": 2}]}])");
                   }},
                  0, u"steps"_s));
    c.append(cell({u"overlapping step scaling steps"_s,
                   [](Document &d) {
                       setJson(d, u"WebAsg"_s, u"scalingPolicies"_s,
                               R"([{"name": "step", "policyType": "StepScaling", "steps": [{"lowerBound": 0, "upperBound": 30, "scalingAdjustment": 1}, {"lowerBound": 20, "scalingAdjustment": 2}]}])");
                   },
                   u"WebAsg"_s, u"scalingPolicies"_s, u"step 1 ends at 30 but step 2 starts at 20"_s,
                   [](Document &d) {
                       setJson(d, u"WebAsg"_s, u"scalingPolicies"_s,
                               R"([{"name": "step", "policyType": "StepScaling", "steps": [{"lowerBound": 0, "upperBound": 30, "scalingAdjustment": 1}, {"lowerBound": 30, "scalingAdjustment": 2}]}])");
                   }},
                  0, u"steps"_s));
    c.append(cell({u"last step with an upper bound"_s,
                   [](Document &d) {
                       setJson(d, u"WebAsg"_s, u"scalingPolicies"_s,
                               R"([{"name": "step", "policyType": "StepScaling", "steps": [{"lowerBound": 0, "upperBound": 30, "scalingAdjustment": 1}]}])");
                   },
                   u"WebAsg"_s, u"scalingPolicies"_s, u"the last step ends at 30, so a larger breach has no step"_s,
                   [](Document &d) {
                       setJson(d, u"WebAsg"_s, u"scalingPolicies"_s,
                               R"([{"name": "step", "policyType": "StepScaling", "steps": [{"lowerBound": 0, "scalingAdjustment": 1}]}])");
                   }},
                  0, u"steps"_s));
    c.append(cell({u"step without bounds among others"_s,
                   [](Document &d) {
                       setJson(d, u"WebAsg"_s, u"scalingPolicies"_s,
                               R"([{"name": "step", "policyType": "StepScaling", "steps": [{"scalingAdjustment": 1}, {"lowerBound": 20, "scalingAdjustment": 2}]}])");
                   },
                   u"WebAsg"_s, u"scalingPolicies"_s, u"step 1 has neither bound"_s,
                   [](Document &d) {
                       setJson(d, u"WebAsg"_s, u"scalingPolicies"_s,
                               R"([{"name": "step", "policyType": "StepScaling", "steps": [{"upperBound": 20, "scalingAdjustment": 1}, {"lowerBound": 20, "scalingAdjustment": 2}]}])");
                   }},
                  0, u"steps"_s));
    c.append(cell({u"empty step band"_s,
                   [](Document &d) {
                       setJson(d, u"WebAsg"_s, u"scalingPolicies"_s,
                               R"([{"name": "step", "policyType": "StepScaling", "steps": [{"lowerBound": 20, "upperBound": 20, "scalingAdjustment": 1}, {"lowerBound": 20, "scalingAdjustment": 2}]}])");
                   },
                   u"WebAsg"_s, u"scalingPolicies"_s, u"step 1: the lower bound 20 is not below the upper bound 20"_s,
                   [](Document &d) {
                       setJson(d, u"WebAsg"_s, u"scalingPolicies"_s,
                               R"([{"name": "step", "policyType": "StepScaling", "steps": [{"lowerBound": 0, "upperBound": 20, "scalingAdjustment": 1}, {"lowerBound": 20, "scalingAdjustment": 2}]}])");
                   }},
                  0, u"steps"_s));
    c.append(cell({u"first step below the threshold"_s,
                   [](Document &d) {
                       setJson(d, u"WebAsg"_s, u"scalingPolicies"_s,
                               R"([{"name": "step", "policyType": "StepScaling", "steps": [{"lowerBound": -10, "scalingAdjustment": 1}]}])");
                   },
                   u"WebAsg"_s, u"scalingPolicies"_s, u"the first step starts below the threshold, at -10"_s,
                   [](Document &d) {
                       setJson(d, u"WebAsg"_s, u"scalingPolicies"_s,
                               R"([{"name": "step", "policyType": "StepScaling", "steps": [{"scalingAdjustment": 1}]}])");
                   }},
                  0, u"steps"_s));
    c.append({u"launch template with a group of another vpc"_s,
              [](Document &d) {
                  addVpc2(d);
                  set(d, u"WebLt"_s, u"securityGroups"_s, QStringList{u"Sg2"_s});
              },
              u"WebAsg"_s, u"launchTemplate"_s, u"launch template WebLt uses security group Sg2 from another VPC"_s,
              [](Document &d) {
                  addVpc2(d);
                  set(d, u"WebLt"_s, u"securityGroups"_s, QStringList{u"WebSg"_s, u"CacheSg"_s});
              }});

    // ---- RDS and Aurora
    c.append({u"replica of another engine"_s,
              [](Document &d) { add(d, u"Replica"_s, "rds-instance", u"Vpc"_s, R"({"engine": "postgres", "sourceDb": "Database"})"); },
              u"Replica"_s, u"engine"_s, u"runs the engine of its source (mysql), not postgres"_s,
              [](Document &d) { add(d, u"Replica"_s, "rds-instance", u"Vpc"_s, R"({"engine": "mysql", "sourceDb": "Database"})"); }});
    c.append({u"replica of a source without backups"_s,
              [](Document &d) {
                  set(d, u"Database"_s, u"backupRetention"_s, 0);
                  addReplicas(d, 1);
              },
              u"Replica1"_s, u"sourceDb"_s, u"has backups disabled"_s,
              [](Document &d) {
                  set(d, u"Database"_s, u"backupRetention"_s, 1);
                  addReplicas(d, 1);
              }});
    c.append({u"sixteen read replicas"_s, [](Document &d) { addReplicas(d, 16); },
              u"Replica16"_s, u"sourceDb"_s, u"already has 15 read replicas"_s,
              [](Document &d) { addReplicas(d, 15); }});
    c.append({u"db subnet group in one zone"_s, [](Document &d) { set(d, u"Database"_s, u"subnets"_s, QStringList{u"DataA"_s}); },
              u"Database"_s, u"subnets"_s, u"must cover at least two Availability Zones"_s,
              [](Document &d) { set(d, u"Database"_s, u"subnets"_s, QStringList{u"DataA"_s, u"AppB"_s}); }});
    c.append({u"sql server express multi-az"_s, [](Document &d) { set(d, u"Database"_s, u"engine"_s, u"sqlserver-ex"_s); },
              u"Database"_s, u"multiAz"_s, u"SQL Server Express does not support Multi-AZ"_s,
              [](Document &d) {
                  set(d, u"Database"_s, u"engine"_s, u"sqlserver-ex"_s);
                  set(d, u"Database"_s, u"multiAz"_s, false);
              }});
    c.append({u"preferred zone outside the group"_s, [](Document &d) { set(d, u"Database"_s, u"availabilityZone"_s, u"us-east-1c"_s); },
              u"Database"_s, u"availabilityZone"_s, u"us-east-1c is not a zone of the DB subnet group"_s,
              [](Document &d) { set(d, u"Database"_s, u"availabilityZone"_s, u"us-east-1b"_s); }});
    c.append({u"aurora in one zone"_s, [](Document &d) { set(d, u"Aurora"_s, u"subnets"_s, QStringList{u"DataA"_s}); },
              u"Aurora"_s, u"subnets"_s, u"must cover at least two Availability Zones"_s,
              [](Document &d) { set(d, u"Aurora"_s, u"subnets"_s, QStringList{u"DataA"_s, u"DataB"_s, u"AppA"_s}); }});

    // ---- ElastiCache
    c.append({u"failover without replicas"_s, [](Document &d) { set(d, u"Cache"_s, u"replicasPerShard"_s, 0); },
              u"Cache"_s, u"automaticFailover"_s, u"automatic failover needs at least one replica"_s,
              [](Document &d) {
                  set(d, u"Cache"_s, u"replicasPerShard"_s, 0);
                  set(d, u"Cache"_s, u"automaticFailover"_s, false);
                  set(d, u"Cache"_s, u"multiAz"_s, false);
              }});
    c.append({u"multi-az without failover"_s, [](Document &d) { set(d, u"Cache"_s, u"automaticFailover"_s, false); },
              u"Cache"_s, u"multiAz"_s, u"Multi-AZ needs automatic failover"_s,
              [](Document &d) {
                  set(d, u"Cache"_s, u"automaticFailover"_s, false);
                  set(d, u"Cache"_s, u"multiAz"_s, false);
              }});
    c.append({u"multi-az cache in one zone"_s, [](Document &d) { set(d, u"Cache"_s, u"subnets"_s, QStringList{u"DataA"_s}); },
              u"Cache"_s, u"subnets"_s, u"in at least two Availability Zones"_s,
              [](Document &d) {
                  set(d, u"Cache"_s, u"subnets"_s, QStringList{u"DataA"_s});
                  set(d, u"Cache"_s, u"multiAz"_s, false);
              }});
    c.append({u"cluster mode without failover"_s,
              [](Document &d) {
                  set(d, u"Cache"_s, u"shards"_s, 2);
                  set(d, u"Cache"_s, u"automaticFailover"_s, false);
                  set(d, u"Cache"_s, u"multiAz"_s, false);
              },
              u"Cache"_s, u"automaticFailover"_s, u"cluster mode (more than one shard) needs automatic failover"_s,
              // Memcached has no failover, replicas or shards to get wrong.
              [](Document &d) {
                  set(d, u"Cache"_s, u"engine"_s, u"memcached"_s);
                  set(d, u"Cache"_s, u"shards"_s, 2);
                  set(d, u"Cache"_s, u"automaticFailover"_s, false);
                  set(d, u"Cache"_s, u"replicasPerShard"_s, 0);
              }});

    // ---- Route 53
    c.append({u"dns name with an underscore"_s, [](Document &d) { set(d, u"Record"_s, u"recordName"_s, u"bad_name.example.com"_s); },
              u"Record"_s, u"recordName"_s, u"is not a valid DNS name"_s,
              [](Document &d) { set(d, u"Record"_s, u"recordName"_s, u"*.example.com"_s); }});
    c.append({u"dns name too long"_s, [](Document &d) { set(d, u"Record"_s, u"recordName"_s, dnsName(128)); },
              u"Record"_s, u"recordName"_s, u"is not a valid DNS name"_s,
              [](Document &d) { set(d, u"Record"_s, u"recordName"_s, dnsName(127)); }});
    c.append({u"dns label too long"_s, [](Document &d) { set(d, u"Record"_s, u"recordName"_s, dnsName(2, 64)); },
              u"Record"_s, u"recordName"_s, u"is not a valid DNS name"_s,
              [](Document &d) { set(d, u"Record"_s, u"recordName"_s, dnsName(2, 63)); }});
    c.append({u"alias without target"_s, [](Document &d) { set(d, u"Record"_s, u"target"_s, QString()); },
              u"Record"_s, u"target"_s, u"an alias record needs a target"_s,
              [](Document &d) { set(d, u"Record"_s, u"recordType"_s, u"AAAA"_s); }});
    c.append({u"alias to an instance"_s, [](Document &d) { set(d, u"Record"_s, u"target"_s, u"Admin"_s); },
              u"Record"_s, u"target"_s, u"point at Admin with a plain A record"_s,
              [](Document &d) {
                  set(d, u"Record"_s, u"target"_s, u"Admin"_s);
                  set(d, u"Record"_s, u"alias"_s, false);
              }});
    c.append(warning({u"plain record to nothing"_s,
                      [](Document &d) {
                          set(d, u"Record"_s, u"alias"_s, false);
                          set(d, u"Record"_s, u"target"_s, QString());
                      },
                      u"Record"_s, u"target"_s, u"the record points at nothing in the design"_s,
                      [](Document &d) {
                          set(d, u"Record"_s, u"alias"_s, false);
                          set(d, u"Record"_s, u"target"_s, u"NatEip"_s);
                      }}));
    c.append({u"plain A record to a load balancer"_s, [](Document &d) { set(d, u"Record"_s, u"alias"_s, false); },
              u"Record"_s, u"alias"_s, u"a load balancer has no fixed address"_s,
              [](Document &d) {
                  set(d, u"Record"_s, u"alias"_s, false);
                  set(d, u"Record"_s, u"recordType"_s, u"CNAME"_s);
              }});

    // ---- NAT gateways and Elastic IPs
    c.append({u"elastic ip on a private nat"_s, [](Document &d) { set(d, u"Nat"_s, u"connectivity"_s, u"private"_s); },
              u"NatEip"_s, u"associatedWith"_s, u"a private NAT gateway takes no Elastic IP"_s,
              [](Document &d) {
                  set(d, u"Nat"_s, u"connectivity"_s, u"private"_s);
                  del(d, u"NatEip"_s);
              }});
    c.append({u"public nat without elastic ip"_s, [](Document &d) { del(d, u"NatEip"_s); },
              u"Nat"_s, QString(), u"a public NAT gateway needs an Elastic IP"_s,
              [](Document &d) {
                  add(d, u"NatB"_s, "nat-gateway", u"PublicB"_s);
                  add(d, u"NatBEip"_s, "elastic-ip", {}, R"({"associatedWith": "NatB"})");
              }});
    c.append({u"two elastic ips on one nat"_s, [](Document &d) { add(d, u"Eip2"_s, "elastic-ip", {}, R"({"associatedWith": "Nat"})"); },
              u"Eip2"_s, u"associatedWith"_s, u"Nat already has Elastic IP NatEip"_s,
              [](Document &d) { add(d, u"Eip2"_s, "elastic-ip", {}, R"({"associatedWith": "Admin"})"); }});

    // ---- zone boxes
    c.append({u"two boxes for one zone"_s, [](Document &d) { set(d, u"AzB"_s, u"zone"_s, u"us-east-1a"_s); },
              u"AzB"_s, QString(), u"already has a box for this Availability Zone: AzA"_s,
              [](Document &d) {
                  addVpc2(d);
                  add(d, u"Az2"_s, "availability-zone", u"Vpc2"_s, R"({"zone": "us-east-1a"})");
              }});
    return c;
}

const QList<Case> &cases()
{
    static const QList<Case> all = buildCases();
    return all;
}

QString dump(const QList<Diagnostic> &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(u"  "_s + d.format() + u" [row "_s + QString::number(d.row) + u" column "_s + d.column + u']');
    return lines.join(u'\n');
}

/// The base design with `mutation` applied.
std::unique_ptr<Document> design(const Mutation &mutation)
{
    auto doc = test::loadDesign(test::baseDesignJson());
    if (doc && mutation)
        mutation(*doc);
    return doc;
}

/// Message templates of the validator's sources: ValidatorMsg::tr("...") and
/// QT_TRANSLATE_NOOP("skydraft::Validator", "..."), adjacent literals joined.
QStringList messageTemplates()
{
    QStringList out;
    static const QRegularExpression call(
        uR"re((?:\btr|QT_TRANSLATE_NOOP\(\s*"skydraft::Validator"\s*,)\(?\s*((?:"(?:[^"\\]|\\.)*"\s*)+))re"_s);
    static const QRegularExpression literal(uR"re("((?:[^"\\]|\\.)*)")re"_s);
    for (const char *file : {"model/validator.cpp", "model/validatorrules.cpp"}) {
        QFile f(QStringLiteral(SKYDRAFT_SOURCE_DIR) + u'/' + QLatin1StringView(file));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", file);
        const QString source = QString::fromUtf8(f.readAll());
        for (auto m = call.globalMatch(source); m.hasNext();) {
            QString text;
            for (auto l = literal.globalMatch(m.next().captured(1)); l.hasNext();)
                text += l.next().captured(1);
            text.replace(u"\\\""_s, u"\""_s);
            text.replace(u"\\\\"_s, u"\\"_s);
            out.append(text);
        }
    }
    return out;
}

/// True when `message` could have come from `templ`: its fixed parts appear in order.
bool matches(const QString &templ, const QString &message)
{
    static const QRegularExpression placeholder(u"%(\\d+|n)"_s);
    qsizetype from = 0;
    for (const QString &part : templ.split(placeholder)) {
        if (part.isEmpty())
            continue;
        const qsizetype at = message.indexOf(part, from);
        if (at < 0)
            return false;
        from = at + part.size();
    }
    return true;
}

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseIsClean();
    void rules_data();
    void rules();
    void everyMessageHasARow();
    void generatedIds();
    void orderAndFormat();
    void warningsAreNotErrors();
    void placementError_data();
    void placementError();
    void samples();
};

void TestValidator::baseIsClean()
{
    auto doc = design({});
    QVERIFY(doc);
    const QList<Diagnostic> diagnostics = Validator::validate(*doc);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(dump(diagnostics)));
}

void TestValidator::rules_data()
{
    QTest::addColumn<Mutation>("bad");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("property");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("message");
    QTest::addColumn<Mutation>("good");
    for (const Case &c : cases())
        QTest::newRow(qPrintable(c.name)) << c.bad << c.id << c.property << c.row << c.column << c.severity << c.message << c.good;
}

void TestValidator::rules()
{
    QFETCH(Mutation, bad);
    QFETCH(QString, id);
    QFETCH(QString, property);
    QFETCH(int, row);
    QFETCH(QString, column);
    QFETCH(Severity, severity);
    QFETCH(QString, message);
    QFETCH(Mutation, good);

    auto broken = design(bad);
    QVERIFY(broken);
    const QList<Diagnostic> found = Validator::validate(*broken);
    const auto hit = std::find_if(found.cbegin(), found.cend(), [&](const Diagnostic &d) {
        return d.resourceId == id && d.property == property && d.row == row && d.column == column && d.severity == severity
               && d.message.contains(message);
    });
    QVERIFY2(hit != found.cend(),
             qPrintable(u"expected %1 %2.%3[%4].%5: ...%6...; got:\n%7"_s.arg(severityName(severity), id, property)
                            .arg(row)
                            .arg(column, message, dump(found))));
    if (severity == Severity::Error)
        QVERIFY(hasErrors(found));
    // Messages are one line and name no internals.
    QVERIFY(!hit->message.contains(u'\n'));
    QVERIFY(!hit->message.contains(u"%1"_s));

    auto fine = design(good);
    QVERIFY(fine);
    const QList<Diagnostic> none = Validator::validate(*fine);
    QVERIFY2(none.isEmpty(), qPrintable(u"the no-error counterpart reports:\n"_s + dump(none)));
}

void TestValidator::everyMessageHasARow()
{
    // Every message the validator can produce is produced by some row above.
    QStringList produced;
    for (const Case &c : cases()) {
        auto doc = design(c.bad);
        QVERIFY(doc);
        for (const Diagnostic &d : Validator::validate(*doc))
            produced.append(d.message);
    }
    const QStringList templates = messageTemplates();
    QVERIFY2(templates.size() >= 60, qPrintable(u"only %1 messages found in the sources"_s.arg(templates.size())));
    QStringList missing;
    for (const QString &t : templates) {
        if (t.trimmed().size() < 5) // separators such as " or "
            continue;
        if (std::none_of(produced.cbegin(), produced.cend(), [&](const QString &m) { return matches(t, m); }))
            missing.append(t);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"messages without a test row:\n  "_s + missing.join(u"\n  "_s)));
}

void TestValidator::generatedIds()
{
    QVERIFY(Validator::isValidId(u"A"_s));
    QVERIFY(Validator::isValidId(u"WebServerGroup2"_s));
    QVERIFY(Validator::isValidId(QString(255, u'a')));
    QVERIFY(!Validator::isValidId(QString(256, u'a')));
    QVERIFY(!Validator::isValidId(QString()));
    QVERIFY(!Validator::isValidId(u"web_server"_s));
    QVERIFY(!Validator::isValidId(u"Web Server"_s));
    QVERIFY(!Validator::isValidId(u"Wéb"_s));
    QVERIFY(!Validator::isValidId(u"9lives"_s));
}

void TestValidator::orderAndFormat()
{
    // Diagnostics come in document order, whatever rule found them.
    auto doc = design([](Document &d) {
        set(d, u"Record"_s, u"recordName"_s, u"bad_name"_s); // last resource
        set(d, u"Vpc"_s, u"cidr"_s, u"10.0.0.0/8"_s);        // second resource
        del(d, u"NatEip"_s);                                 // a design rule, on Nat
    });
    QVERIFY(doc);
    const QList<Diagnostic> found = Validator::validate(*doc);
    QVERIFY2(found.size() >= 3, qPrintable(dump(found)));
    int last = -1;
    for (const Diagnostic &d : found) {
        const int index = doc->indexOf(d.resourceId);
        QVERIFY2(index >= last, qPrintable(dump(found)));
        last = index;
    }
    QCOMPARE(found.first().resourceId, u"Vpc"_s);
    QCOMPARE(found.last().resourceId, u"Record"_s);
    QVERIFY2(found.first().format().startsWith(u"Vpc.cidr: "_s), qPrintable(found.first().format()));
    // Table cells are named in the one-line form too.
    auto acl = design([](Document &d) { setJson(d, u"Acl"_s, u"outbound"_s, R"([{"rule": 100}, {"rule": 100}])"); });
    const QList<Diagnostic> aclFound = Validator::validate(*acl);
    QCOMPARE(aclFound.size(), 1);
    QCOMPARE(aclFound.first().format().left(22), u"Acl.outbound[1].rule: "_s);
}

void TestValidator::warningsAreNotErrors()
{
    auto doc = design([](Document &d) { set(d, u"Admin"_s, u"securityGroups"_s, QStringList{u"WebSg"_s, u"WebSg"_s}); });
    const QList<Diagnostic> found = Validator::validate(*doc);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().severity, Severity::Warning);
    QVERIFY(!hasErrors(found));
    QVERIFY(found.first().format().contains(u"warning: "_s));
}

void TestValidator::placementError_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("vpc top") << u"vpc"_s << QString() << true;
    QTest::newRow("zone in vpc") << u"availability-zone"_s << u"Vpc"_s << true;
    QTest::newRow("zone top") << u"availability-zone"_s << QString() << false;
    QTest::newRow("subnet in zone") << u"subnet"_s << u"AzA"_s << true;
    QTest::newRow("subnet in vpc") << u"subnet"_s << u"Vpc"_s << false;
    QTest::newRow("instance in subnet") << u"ec2-instance"_s << u"AppA"_s << true;
    QTest::newRow("instance in asg") << u"ec2-instance"_s << u"WebAsg"_s << false;
    QTest::newRow("nat in subnet") << u"nat-gateway"_s << u"PublicA"_s << true;
    QTest::newRow("nat in vpc") << u"nat-gateway"_s << u"Vpc"_s << false;
    QTest::newRow("rds in vpc") << u"rds-instance"_s << u"Vpc"_s << true;
    QTest::newRow("rds in subnet") << u"rds-instance"_s << u"DataA"_s << false;
    QTest::newRow("asg in vpc") << u"auto-scaling-group"_s << u"Vpc"_s << true;
    QTest::newRow("asg in subnet") << u"auto-scaling-group"_s << u"AppA"_s << false;
    QTest::newRow("eip top") << u"elastic-ip"_s << QString() << true;
    QTest::newRow("eip in subnet") << u"elastic-ip"_s << u"PublicA"_s << false;
    QTest::newRow("internet in vpc") << u"internet"_s << u"Vpc"_s << false;
    QTest::newRow("unknown parent") << u"ec2-instance"_s << u"Ghost"_s << false;
}

void TestValidator::placementError()
{
    QFETCH(QString, type);
    QFETCH(QString, parent);
    QFETCH(bool, allowed);
    auto doc = design({});
    const QString why = Validator::placementError(*doc, *typeFromKey(type), parent);
    QCOMPARE(why.isEmpty(), allowed);
}

void TestValidator::samples()
{
    // The built-in sample architectures are compiled in; each loads and validates clean.
    const QStringList names = QDir(u":/samples"_s).entryList({u"*.skydraft"_s}, QDir::Files, QDir::Name);
    QVERIFY2(names.size() >= 4, qPrintable(u"%1 samples: %2"_s.arg(names.size()).arg(names.join(u", "_s))));
    for (const QString &name : names) {
        QFile f(u":/samples/"_s + name);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(name));
        const LoadResult loaded = NativeFile::parse(f.readAll(), name);
        QVERIFY2(loaded.ok(), qPrintable(name + u": "_s + (loaded.errors.isEmpty() ? QString() : loaded.errors.first().format())));
        QList<Diagnostic> found = Validator::validate(*loaded.document);
        for (Diagnostic &d : found)
            loaded.locate(d);
        QVERIFY2(found.isEmpty(), qPrintable(name + u":\n"_s + dump(found)));
        QVERIFY2(!loaded.document->title().isEmpty(), qPrintable(name + u" has no title"_s));
        QVERIFY2(loaded.document->count() >= 3, qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
