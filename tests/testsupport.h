#pragma once

// Helpers shared by the tests (header-only: each test is one translation unit).

#include "model/catalogue.h"
#include "model/document.h"
#include "model/nativefile.h"

#include <QTest>

#include <memory>

namespace skydraft::test {

/// A small but complete design that validates with no diagnostics at all: a VPC in two zones
/// with public, application and data subnets, an internet gateway, a NAT gateway with its
/// Elastic IP, route tables, a network ACL, security groups referencing each other, an ALB with
/// a target group, a launch template and an Auto Scaling group, an instance, RDS, Aurora,
/// ElastiCache and a Route 53 alias.
inline QByteArray baseDesignJson()
{
    return R"({
  "format": "skydraft",
  "version": 1,
  "title": "Test shop",
  "region": "us-east-1",
  "resources": [
    {"id": "Internet", "type": "internet"},
    {"id": "Vpc", "type": "vpc", "properties": {"cidr": "10.0.0.0/16"}},
    {"id": "AzA", "type": "availability-zone", "parent": "Vpc", "properties": {"zone": "us-east-1a"}},
    {"id": "AzB", "type": "availability-zone", "parent": "Vpc", "properties": {"zone": "us-east-1b"}},
    {"id": "PublicA", "type": "subnet", "parent": "AzA",
     "properties": {"cidr": "10.0.0.0/24", "mapPublicIpOnLaunch": true, "routeTable": "PublicRt", "networkAcl": "Acl"}},
    {"id": "PublicB", "type": "subnet", "parent": "AzB",
     "properties": {"cidr": "10.0.1.0/24", "mapPublicIpOnLaunch": true, "routeTable": "PublicRt", "networkAcl": "Acl"}},
    {"id": "AppA", "type": "subnet", "parent": "AzA", "properties": {"cidr": "10.0.10.0/24", "routeTable": "PrivateRt"}},
    {"id": "AppB", "type": "subnet", "parent": "AzB", "properties": {"cidr": "10.0.11.0/24", "routeTable": "PrivateRt"}},
    {"id": "DataA", "type": "subnet", "parent": "AzA", "properties": {"cidr": "10.0.20.0/24"}},
    {"id": "DataB", "type": "subnet", "parent": "AzB", "properties": {"cidr": "10.0.21.0/24"}},
    {"id": "Igw", "type": "internet-gateway", "parent": "Vpc"},
    {"id": "Nat", "type": "nat-gateway", "parent": "PublicA"},
    {"id": "NatEip", "type": "elastic-ip", "properties": {"associatedWith": "Nat"}},
    {"id": "PublicRt", "type": "route-table", "parent": "Vpc",
     "properties": {"routes": [{"destination": "0.0.0.0/0", "target": "Igw"}]}},
    {"id": "PrivateRt", "type": "route-table", "parent": "Vpc",
     "properties": {"main": true, "routes": [{"destination": "0.0.0.0/0", "target": "Nat"}]}},
    {"id": "Acl", "type": "network-acl", "parent": "Vpc",
     "properties": {"inbound": [{"rule": 100, "protocol": "all", "cidr": "0.0.0.0/0", "action": "allow"}],
                    "outbound": [{"rule": 100, "protocol": "all", "cidr": "0.0.0.0/0", "action": "allow"}]}},
    {"id": "LbSg", "type": "security-group", "parent": "Vpc",
     "properties": {"inbound": [{"protocol": "tcp", "fromPort": 80, "toPort": 80, "cidr": "0.0.0.0/0"}]}},
    {"id": "WebSg", "type": "security-group", "parent": "Vpc",
     "properties": {"inbound": [{"protocol": "tcp", "fromPort": 80, "toPort": 80, "group": "LbSg"},
                                {"protocol": "tcp", "fromPort": 22, "toPort": 22, "cidr": "10.0.0.0/16"}]}},
    {"id": "DbSg", "type": "security-group", "parent": "Vpc",
     "properties": {"inbound": [{"protocol": "tcp", "fromPort": 3306, "toPort": 3306, "group": "WebSg"}]}},
    {"id": "CacheSg", "type": "security-group", "parent": "Vpc",
     "properties": {"inbound": [{"protocol": "tcp", "fromPort": 6379, "toPort": 6379, "group": "WebSg"}]}},
    {"id": "Lb", "type": "load-balancer", "parent": "Vpc",
     "properties": {"kind": "application", "subnets": ["PublicA", "PublicB"], "securityGroups": ["LbSg"],
                    "listeners": [{"protocol": "HTTP", "port": 80, "targetGroup": "WebTg"}]}},
    {"id": "WebTg", "type": "target-group", "parent": "Vpc", "properties": {"protocol": "HTTP", "port": 80, "targets": ["Admin"]}},
    {"id": "WebLt", "type": "launch-template", "properties": {"securityGroups": ["WebSg"]}},
    {"id": "WebAsg", "type": "auto-scaling-group", "parent": "Vpc",
     "properties": {"minSize": 2, "maxSize": 4, "subnets": ["AppA", "AppB"], "launchTemplate": "WebLt",
                    "targetGroups": ["WebTg"], "healthCheckType": "ELB",
                    "scalingPolicies": [{"name": "cpu", "metric": "ASGAverageCPUUtilization", "targetValue": 50}]}},
    {"id": "Admin", "type": "ec2-instance", "parent": "AppA", "properties": {"securityGroups": ["WebSg"]}},
    {"id": "Database", "type": "rds-instance", "parent": "Vpc",
     "properties": {"engine": "mysql", "multiAz": true, "subnets": ["DataA", "DataB"], "securityGroups": ["DbSg"]}},
    {"id": "Aurora", "type": "aurora-cluster", "parent": "Vpc", "properties": {"subnets": ["DataA", "DataB"], "securityGroups": ["DbSg"]}},
    {"id": "Cache", "type": "elasticache", "parent": "Vpc", "properties": {"subnets": ["DataA", "DataB"], "securityGroups": ["CacheSg"]}},
    {"id": "Record", "type": "route53-record", "properties": {"recordName": "www.example.com", "target": "Lb"}}
  ],
  "layout": {
    "Internet": {"x": 400, "y": 0, "width": 104, "height": 80},
    "Vpc": {"x": 0, "y": 120, "width": 900, "height": 700},
    "AzA": {"x": 16, "y": 150, "width": 400, "height": 420},
    "Admin": {"x": 16, "y": 28, "width": 104, "height": 80}
  }
}
)";
}

/// Parses `json`; fails the calling test (returns null) when it does not load.
inline std::unique_ptr<Document> loadDesign(const QByteArray &json, const QString &name = QStringLiteral("test.skydraft"))
{
    LoadResult r = NativeFile::parse(json, name);
    if (!r.ok()) {
        for (const Diagnostic &d : std::as_const(r.errors))
            qWarning("%s", qPrintable(d.format()));
        return nullptr;
    }
    return std::move(r.document);
}

/// A value in the form the catalogue stores it (qint64, QStringList, row maps).
inline QVariant stored(ResourceType type, const QString &key, const QVariant &value)
{
    const PropertySpec *spec = Catalogue::property(type, key);
    Q_ASSERT_X(spec, "stored", qPrintable(key));
    return Catalogue::normalized(*spec, value);
}

/// Sets a property in storage form; `value` may be plain ints and lists.
inline bool setStored(Document &doc, const QString &id, const QString &key, const QVariant &value)
{
    const Resource *r = doc.find(id);
    return r && doc.setProperty(id, key, stored(r->type, key, value));
}

inline Resource makeResource(const QString &id, ResourceType type, const QString &parent = {},
                             const QVariantMap &props = {})
{
    Resource r;
    r.id = id;
    r.type = type;
    r.parent = parent;
    for (auto it = props.cbegin(); it != props.cend(); ++it)
        r.properties.insert(it.key(), stored(type, it.key(), it.value()));
    return r;
}

inline QVariantMap row(std::initializer_list<std::pair<QString, QVariant>> cells)
{
    QVariantMap m;
    for (const auto &[k, v] : cells)
        m.insert(k, v);
    return m;
}

/// Line and column (1-based, in characters: Unicode code points) of the first occurrence of `needle` in `text`,
/// counted independently of the model's own position code.
inline std::pair<int, int> lineColOf(const QByteArray &text, const QByteArray &needle, qsizetype from = 0)
{
    const qsizetype at = text.indexOf(needle, from);
    if (at < 0)
        return {0, 0};
    const QByteArray head = text.left(at);
    const int line = int(head.count('\n')) + 1;
    const qsizetype lineStart = head.lastIndexOf('\n') + 1;
    const int col = int(QString::fromUtf8(head.mid(lineStart)).toUcs4().size()) + 1; // code points
    return {line, col};
}

} // namespace skydraft::test
