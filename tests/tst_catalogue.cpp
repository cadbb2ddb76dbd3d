// The resource catalogue: every type has a spec, every default is valid for its own property
// (including the defaults that follow other properties), and the defaults are AWS's numbers
// from ../shared/design/aws-behavior.md.

#include "model/catalogue.h"
#include "model/cidr.h"
#include "model/validator.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace skydraft;

Q_DECLARE_METATYPE(skydraft::ResourceType)

namespace {

Resource make(ResourceType type, const QVariantMap &props = {})
{
    Resource r;
    r.id = u"R"_s;
    r.type = type;
    for (auto it = props.cbegin(); it != props.cend(); ++it) {
        const PropertySpec *spec = Catalogue::property(type, it.key());
        Q_ASSERT(spec);
        r.properties.insert(it.key(), Catalogue::normalized(*spec, it.value()));
    }
    return r;
}

/// Why `value` is not valid for `spec` by its own kind and limits, or empty.
QString problem(const PropertySpec &spec, const QVariant &value)
{
    switch (spec.kind) {
    case ValueKind::String:
        if (value.typeId() != QMetaType::QString)
            return u"not a string"_s;
        if (spec.required && value.toString().trimmed().isEmpty())
            return u"required but empty"_s;
        return {};
    case ValueKind::Integer: {
        bool ok = false;
        const qint64 v = value.toLongLong(&ok);
        if (!ok)
            return u"not an integer"_s;
        if (v < spec.minimum || v > spec.maximum)
            return u"%1 outside [%2, %3]"_s.arg(v).arg(spec.minimum).arg(spec.maximum);
        return {};
    }
    case ValueKind::Boolean:
        return value.typeId() == QMetaType::Bool ? QString() : u"not a boolean"_s;
    case ValueKind::Enum:
        return spec.choices.contains(value.toString()) ? QString()
                                                       : u"\"%1\" not in the choices"_s.arg(value.toString());
    case ValueKind::Cidr:
        if (value.toString().isEmpty())
            return spec.required ? u"required but empty"_s : QString();
        return Cidr::parse(value.toString()) ? QString() : u"\"%1\" is no CIDR"_s.arg(value.toString());
    case ValueKind::Reference:
        // A default can refer to nothing: there is no resource to name.
        return value.toString().isEmpty() ? QString() : u"a default reference"_s;
    case ValueKind::ReferenceList:
        return value.toStringList().isEmpty() ? QString() : u"a default reference list"_s;
    case ValueKind::Table: {
        const QVariantList rows = value.toList();
        for (int i = 0; i < rows.size(); ++i) {
            const QVariantMap row = rows[i].toMap();
            for (auto it = row.cbegin(); it != row.cend(); ++it)
                if (!spec.column(it.key()))
                    return u"row %1 has an unknown column %2"_s.arg(i).arg(it.key());
            for (const PropertySpec &col : spec.columns) {
                const QVariant cell = row.contains(col.key) ? row.value(col.key) : col.defaultValue;
                if (const QString why = problem(col, cell); !why.isEmpty())
                    return u"row %1 column %2: %3"_s.arg(i).arg(col.key, why);
            }
        }
        return {};
    }
    }
    return u"unknown kind"_s;
}

/// Checks every default of `r` (dynamic ones included) against its own spec.
void checkAllDefaults(const Resource &r, const QString &context)
{
    for (const PropertySpec &spec : Catalogue::spec(r.type).properties) {
        if (r.isSet(spec.key))
            continue;
        const QVariant value = r.value(spec.key);
        QVERIFY2(value.isValid(), qPrintable(context + u": no default for "_s + spec.key));
        const QString why = problem(spec, value);
        QVERIFY2(why.isEmpty(), qPrintable(context + u": default of "_s + spec.key + u": "_s + why));
        // The default is already in storage form: normalising changes nothing.
        QCOMPARE(Catalogue::normalized(spec, value), Catalogue::normalized(spec, Catalogue::normalized(spec, value)));
    }
}

QVariantMap row(std::initializer_list<std::pair<QString, QVariant>> cells)
{
    QVariantMap m;
    for (const auto &[k, v] : cells)
        m.insert(k, v);
    return m;
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTypeHasSpec();
    void typeKeys();
    void specShape_data();
    void specShape();
    void defaultsValid_data();
    void defaultsValid();
    void defaultsValidForEveryChoice_data();
    void defaultsValidForEveryChoice();
    void dynamicDefaults_data();
    void dynamicDefaults();
    void awsNumbers_data();
    void awsNumbers();
    void ranges_data();
    void ranges();
    void securityGroupDefaults();
    void networkAclDefaults();
    void loadBalancerListenersPerKind_data();
    void loadBalancerListenersPerKind();
    void appliesTo();
    void normalized();
    void unknownProperty();
    void placementRules_data();
    void placementRules();
};

void TestCatalogue::everyTypeHasSpec()
{
    const QList<ResourceType> all = allResourceTypes();
    QCOMPARE(all.size(), resourceTypeCount);
    for (int i = 0; i < resourceTypeCount; ++i) {
        const auto type = ResourceType(i);
        QCOMPARE(all[i], type);
        QCOMPARE(Catalogue::spec(type).type, type);
    }
}

void TestCatalogue::typeKeys()
{
    QSet<QString> keys;
    static const QRegularExpression keyRe(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    for (ResourceType t : allResourceTypes()) {
        const QString key = typeKey(t);
        QVERIFY2(keyRe.match(key).hasMatch(), qPrintable(key));
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys.insert(key);
        QCOMPARE(typeFromKey(key), std::optional<ResourceType>(t));
        QVERIFY(!typeLabel(t).isEmpty());
    }
    QCOMPARE(typeFromKey(u"auto-scaling-group"_s), std::optional<ResourceType>(ResourceType::AutoScalingGroup));
    QVERIFY(!typeFromKey(u"AutoScalingGroup"_s));
    QVERIFY(!typeFromKey(QString()));
    QVERIFY(!typeFromKey(u"lambda-function"_s));
}

void TestCatalogue::specShape_data()
{
    QTest::addColumn<ResourceType>("type");
    for (ResourceType t : allResourceTypes())
        QTest::newRow(qPrintable(typeKey(t))) << t;
}

void TestCatalogue::specShape()
{
    QFETCH(ResourceType, type);
    const TypeSpec &spec = Catalogue::spec(type);
    // Somewhere to put it.
    QVERIFY(spec.topLevel || !spec.parents.isEmpty());
    // Generated ids (prefix + number) must be valid ids.
    QVERIFY(Validator::isValidId(spec.idPrefix + u'1'));
    QSet<QString> keys;
    for (const PropertySpec &p : spec.properties) {
        QVERIFY2(!p.key.isEmpty(), "empty key");
        QVERIFY2(!keys.contains(p.key), qPrintable(u"duplicate property "_s + p.key));
        keys.insert(p.key);
        QVERIFY2(p.label && *p.label, qPrintable(p.key + u" has no label"_s));
        QVERIFY(!p.translatedLabel().isEmpty());
        QCOMPARE(Catalogue::property(type, p.key), &p);
        QCOMPARE(spec.property(p.key), &p);
        switch (p.kind) {
        case ValueKind::Enum:
            QVERIFY2(!p.choices.isEmpty(), qPrintable(p.key));
            QCOMPARE(QSet<QString>(p.choices.begin(), p.choices.end()).size(), p.choices.size());
            break;
        case ValueKind::Integer:
            QVERIFY2(p.minimum <= p.maximum, qPrintable(p.key));
            break;
        case ValueKind::Reference:
        case ValueKind::ReferenceList:
            QVERIFY2(!p.targets.isEmpty(), qPrintable(p.key));
            break;
        case ValueKind::Table: {
            QVERIFY2(!p.columns.empty(), qPrintable(p.key));
            QSet<QString> columns;
            for (const PropertySpec &c : p.columns) {
                QVERIFY(!columns.contains(c.key));
                columns.insert(c.key);
                QCOMPARE(p.column(c.key), &c);
                // One level of nesting at most (a step scaling policy's steps), with no
                // references inside: reference tracking looks at a table's own columns only.
                for (const PropertySpec &inner : c.columns) {
                    QVERIFY(inner.kind != ValueKind::Table);
                    QVERIFY(inner.kind != ValueKind::Reference && inner.kind != ValueKind::ReferenceList);
                    QVERIFY2(inner.label && *inner.label, qPrintable(c.key + u'.' + inner.key));
                }
                QVERIFY2(c.label && *c.label, qPrintable(p.key + u'.' + c.key));
            }
            QVERIFY(!p.column(u"nonsense"_s));
            break;
        }
        default:
            break;
        }
        // A conditional property depends on a property of the same resource.
        if (!p.whenKey.isEmpty()) {
            QVERIFY2(spec.property(p.whenKey), qPrintable(p.key + u" depends on unknown "_s + p.whenKey));
            QVERIFY(!p.whenValues.isEmpty());
        }
    }
    // The parents are containers.
    for (ResourceType parent : spec.parents)
        QVERIFY2(Catalogue::spec(parent).container, qPrintable(typeKey(parent)));
}

void TestCatalogue::defaultsValid_data() { specShape_data(); }

void TestCatalogue::defaultsValid()
{
    QFETCH(ResourceType, type);
    checkAllDefaults(make(type), typeKey(type));
}

void TestCatalogue::defaultsValidForEveryChoice_data()
{
    // Dynamic defaults depend on other properties (a target group's protocol, a load
    // balancer's kind, an engine, a flag): for every enum choice and both values of every flag,
    // every remaining default must still be valid.
    QTest::addColumn<ResourceType>("type");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    for (ResourceType t : allResourceTypes()) {
        for (const PropertySpec &p : Catalogue::spec(t).properties) {
            QVariantList values;
            if (p.kind == ValueKind::Enum)
                for (const QString &c : p.choices)
                    values.append(c);
            else if (p.kind == ValueKind::Boolean)
                values = {true, false};
            else if (p.kind == ValueKind::Integer)
                values = {p.minimum, p.maximum};
            for (const QVariant &v : std::as_const(values))
                QTest::addRow("%s.%s=%s", qPrintable(typeKey(t)), qPrintable(p.key), qPrintable(v.toString()))
                    << t << p.key << v;
        }
    }
}

void TestCatalogue::defaultsValidForEveryChoice()
{
    QFETCH(ResourceType, type);
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    checkAllDefaults(make(type, {{key, value}}), typeKey(type) + u'.' + key + u'=' + value.toString());
}

void TestCatalogue::dynamicDefaults_data()
{
    QTest::addColumn<ResourceType>("type");
    QTest::addColumn<QVariantMap>("set");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("expected");

    using T = ResourceType;
    // Target group health checks: 5 s timeout for HTTP(S) (the ALB guide), 10 s for TCP (NLB).
    QTest::newRow("tg default timeout") << T::TargetGroup << QVariantMap{} << u"healthCheckTimeout"_s << QVariant(5);
    QTest::newRow("tg HTTP timeout") << T::TargetGroup << QVariantMap{{u"protocol"_s, u"HTTP"_s}} << u"healthCheckTimeout"_s << QVariant(5);
    QTest::newRow("tg HTTPS timeout") << T::TargetGroup << QVariantMap{{u"protocol"_s, u"HTTPS"_s}} << u"healthCheckTimeout"_s << QVariant(5);
    QTest::newRow("tg TCP timeout") << T::TargetGroup << QVariantMap{{u"protocol"_s, u"TCP"_s}} << u"healthCheckTimeout"_s << QVariant(10);
    QTest::newRow("tg TLS timeout") << T::TargetGroup << QVariantMap{{u"protocol"_s, u"TLS"_s}} << u"healthCheckTimeout"_s << QVariant(10);
    QTest::newRow("tg UDP timeout") << T::TargetGroup << QVariantMap{{u"protocol"_s, u"UDP"_s}} << u"healthCheckTimeout"_s << QVariant(10);
    QTest::newRow("tg HTTP with TCP check") << T::TargetGroup
                                            << QVariantMap{{u"protocol"_s, u"HTTP"_s}, {u"healthCheckProtocol"_s, u"TCP"_s}}
                                            << u"healthCheckTimeout"_s << QVariant(10);
    QTest::newRow("tg TCP with HTTP check") << T::TargetGroup
                                            << QVariantMap{{u"protocol"_s, u"TCP"_s}, {u"healthCheckProtocol"_s, u"HTTP"_s}}
                                            << u"healthCheckTimeout"_s << QVariant(5);
    QTest::newRow("tg HTTP check protocol") << T::TargetGroup << QVariantMap{{u"protocol"_s, u"HTTP"_s}} << u"healthCheckProtocol"_s << QVariant(u"HTTP"_s);
    QTest::newRow("tg HTTPS check protocol") << T::TargetGroup << QVariantMap{{u"protocol"_s, u"HTTPS"_s}} << u"healthCheckProtocol"_s << QVariant(u"HTTPS"_s);
    QTest::newRow("tg TCP check protocol") << T::TargetGroup << QVariantMap{{u"protocol"_s, u"TCP"_s}} << u"healthCheckProtocol"_s << QVariant(u"TCP"_s);
    QTest::newRow("tg UDP check protocol") << T::TargetGroup << QVariantMap{{u"protocol"_s, u"UDP"_s}} << u"healthCheckProtocol"_s << QVariant(u"TCP"_s);
    QTest::newRow("tg HTTP stickiness") << T::TargetGroup << QVariantMap{{u"protocol"_s, u"HTTP"_s}} << u"stickinessType"_s << QVariant(u"lb_cookie"_s);
    QTest::newRow("tg TCP stickiness") << T::TargetGroup << QVariantMap{{u"protocol"_s, u"TCP"_s}} << u"stickinessType"_s << QVariant(u"source_ip"_s);

    // Cross-zone load balancing: ALB on, NLB off, CLB on (the console's choice).
    QTest::newRow("lb default crossZone") << T::LoadBalancer << QVariantMap{} << u"crossZone"_s << QVariant(true);
    QTest::newRow("alb crossZone") << T::LoadBalancer << QVariantMap{{u"kind"_s, u"application"_s}} << u"crossZone"_s << QVariant(true);
    QTest::newRow("nlb crossZone") << T::LoadBalancer << QVariantMap{{u"kind"_s, u"network"_s}} << u"crossZone"_s << QVariant(false);
    QTest::newRow("clb crossZone") << T::LoadBalancer << QVariantMap{{u"kind"_s, u"classic"_s}} << u"crossZone"_s << QVariant(true);

    // RDS port per engine.
    QTest::newRow("rds default port") << T::RdsInstance << QVariantMap{} << u"port"_s << QVariant(3306);
    QTest::newRow("rds mysql") << T::RdsInstance << QVariantMap{{u"engine"_s, u"mysql"_s}} << u"port"_s << QVariant(3306);
    QTest::newRow("rds mariadb") << T::RdsInstance << QVariantMap{{u"engine"_s, u"mariadb"_s}} << u"port"_s << QVariant(3306);
    QTest::newRow("rds postgres") << T::RdsInstance << QVariantMap{{u"engine"_s, u"postgres"_s}} << u"port"_s << QVariant(5432);
    QTest::newRow("rds oracle") << T::RdsInstance << QVariantMap{{u"engine"_s, u"oracle-se2"_s}} << u"port"_s << QVariant(1521);
    QTest::newRow("rds sqlserver") << T::RdsInstance << QVariantMap{{u"engine"_s, u"sqlserver-ex"_s}} << u"port"_s << QVariant(1433);
    QTest::newRow("aurora mysql") << T::AuroraCluster << QVariantMap{{u"engine"_s, u"aurora-mysql"_s}} << u"port"_s << QVariant(3306);
    QTest::newRow("aurora postgresql") << T::AuroraCluster << QVariantMap{{u"engine"_s, u"aurora-postgresql"_s}} << u"port"_s << QVariant(5432);
    QTest::newRow("redis port") << T::ElastiCache << QVariantMap{{u"engine"_s, u"redis"_s}} << u"port"_s << QVariant(6379);
    QTest::newRow("memcached port") << T::ElastiCache << QVariantMap{{u"engine"_s, u"memcached"_s}} << u"port"_s << QVariant(11211);

    // Auto Scaling: desired follows the minimum.
    QTest::newRow("asg desired default") << T::AutoScalingGroup << QVariantMap{} << u"desiredCapacity"_s << QVariant(1);
    QTest::newRow("asg desired = min 3") << T::AutoScalingGroup << QVariantMap{{u"minSize"_s, 3}, {u"maxSize"_s, 9}}
                                         << u"desiredCapacity"_s << QVariant(3);
    QTest::newRow("asg desired = min 0") << T::AutoScalingGroup << QVariantMap{{u"minSize"_s, 0}} << u"desiredCapacity"_s << QVariant(0);
    QTest::newRow("asg explicit desired") << T::AutoScalingGroup << QVariantMap{{u"minSize"_s, 1}, {u"desiredCapacity"_s, 4}}
                                          << u"desiredCapacity"_s << QVariant(4);

    // Route 53: an alias takes the load balancer's TTL of 60 s.
    QTest::newRow("r53 default ttl") << T::Route53Record << QVariantMap{} << u"ttl"_s << QVariant(60);
    QTest::newRow("r53 alias ttl") << T::Route53Record << QVariantMap{{u"alias"_s, true}} << u"ttl"_s << QVariant(60);
    QTest::newRow("r53 plain ttl") << T::Route53Record << QVariantMap{{u"alias"_s, false}} << u"ttl"_s << QVariant(300);

    // Network ACL rules: custom empty, default allow-all.
    QTest::newRow("custom acl inbound") << T::NetworkAcl << QVariantMap{} << u"inbound"_s << QVariant(QVariantList());
    QTest::newRow("custom acl outbound") << T::NetworkAcl << QVariantMap{{u"isDefault"_s, false}} << u"outbound"_s << QVariant(QVariantList());
}

void TestCatalogue::dynamicDefaults()
{
    QFETCH(ResourceType, type);
    QFETCH(QVariantMap, set);
    QFETCH(QString, key);
    QFETCH(QVariant, expected);
    const Resource r = make(type, set);
    const QVariant actual = r.value(key);
    const PropertySpec *spec = Catalogue::property(type, key);
    QVERIFY(spec);
    QCOMPARE(Catalogue::normalized(*spec, actual), Catalogue::normalized(*spec, expected));
    QCOMPARE(r.isSet(key), set.contains(key));
}

void TestCatalogue::awsNumbers_data()
{
    QTest::addColumn<ResourceType>("type");
    QTest::addColumn<QVariantMap>("set");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("expected");
    using T = ResourceType;
    const QVariantMap alb{{u"kind"_s, u"application"_s}};
    const QVariantMap clb{{u"kind"_s, u"classic"_s}};
    const QVariantMap none;

    // ALB target group health check: HTTP /, 30 s, 5 s, healthy 5, unhealthy 2, success 200.
    QTest::newRow("tg interval") << T::TargetGroup << none << u"healthCheckInterval"_s << QVariant(30);
    QTest::newRow("tg timeout") << T::TargetGroup << none << u"healthCheckTimeout"_s << QVariant(5);
    QTest::newRow("tg healthy") << T::TargetGroup << none << u"healthyThreshold"_s << QVariant(5);
    QTest::newRow("tg unhealthy") << T::TargetGroup << none << u"unhealthyThreshold"_s << QVariant(2);
    QTest::newRow("tg path") << T::TargetGroup << none << u"healthCheckPath"_s << QVariant(u"/"_s);
    QTest::newRow("tg matcher") << T::TargetGroup << none << u"matcher"_s << QVariant(u"200"_s);
    QTest::newRow("tg protocol") << T::TargetGroup << none << u"protocol"_s << QVariant(u"HTTP"_s);
    QTest::newRow("tg check protocol") << T::TargetGroup << none << u"healthCheckProtocol"_s << QVariant(u"HTTP"_s);
    QTest::newRow("tg check port") << T::TargetGroup << none << u"healthCheckPort"_s << QVariant(u"traffic-port"_s);
    QTest::newRow("tg deregistration") << T::TargetGroup << none << u"deregistrationDelay"_s << QVariant(300);
    QTest::newRow("tg stickiness off") << T::TargetGroup << none << u"stickiness"_s << QVariant(false);
    QTest::newRow("tg cookie 1 day") << T::TargetGroup << none << u"stickinessDuration"_s << QVariant(86400);
    QTest::newRow("tg round robin") << T::TargetGroup << none << u"algorithm"_s << QVariant(u"round_robin"_s);
    // NLB (TCP target group): 30 s, healthy 5, unhealthy 2.
    QTest::newRow("nlb tg interval") << T::TargetGroup << QVariantMap{{u"protocol"_s, u"TCP"_s}} << u"healthCheckInterval"_s << QVariant(30);
    QTest::newRow("nlb tg healthy") << T::TargetGroup << QVariantMap{{u"protocol"_s, u"TCP"_s}} << u"healthyThreshold"_s << QVariant(5);
    QTest::newRow("nlb tg unhealthy") << T::TargetGroup << QVariantMap{{u"protocol"_s, u"TCP"_s}} << u"unhealthyThreshold"_s << QVariant(2);

    // Classic load balancer: /index.html, 30 s, 5 s, healthy 10, unhealthy 2; draining 300 s.
    QTest::newRow("clb interval") << T::LoadBalancer << clb << u"healthCheckInterval"_s << QVariant(30);
    QTest::newRow("clb timeout") << T::LoadBalancer << clb << u"healthCheckTimeout"_s << QVariant(5);
    QTest::newRow("clb healthy") << T::LoadBalancer << clb << u"healthyThreshold"_s << QVariant(10);
    QTest::newRow("clb unhealthy") << T::LoadBalancer << clb << u"unhealthyThreshold"_s << QVariant(2);
    QTest::newRow("clb path") << T::LoadBalancer << clb << u"healthCheckPath"_s << QVariant(u"/index.html"_s);
    QTest::newRow("clb draining on") << T::LoadBalancer << clb << u"connectionDraining"_s << QVariant(true);
    QTest::newRow("clb draining") << T::LoadBalancer << clb << u"drainingTimeout"_s << QVariant(300);
    QTest::newRow("clb idle") << T::LoadBalancer << clb << u"idleTimeout"_s << QVariant(60);
    QTest::newRow("alb idle") << T::LoadBalancer << alb << u"idleTimeout"_s << QVariant(60);
    QTest::newRow("lb default kind") << T::LoadBalancer << none << u"kind"_s << QVariant(u"application"_s);
    QTest::newRow("lb default scheme") << T::LoadBalancer << none << u"scheme"_s << QVariant(u"internet-facing"_s);

    // Auto Scaling: cooldown 300 s, grace 300 s (console), EC2 checks, Default termination.
    QTest::newRow("asg cooldown") << T::AutoScalingGroup << none << u"defaultCooldown"_s << QVariant(300);
    QTest::newRow("asg grace") << T::AutoScalingGroup << none << u"healthCheckGracePeriod"_s << QVariant(300);
    QTest::newRow("asg warmup") << T::AutoScalingGroup << none << u"instanceWarmup"_s << QVariant(300);
    QTest::newRow("asg check type") << T::AutoScalingGroup << none << u"healthCheckType"_s << QVariant(u"EC2"_s);
    QTest::newRow("asg termination") << T::AutoScalingGroup << none << u"terminationPolicy"_s << QVariant(u"Default"_s);
    QTest::newRow("asg min") << T::AutoScalingGroup << none << u"minSize"_s << QVariant(1);
    QTest::newRow("asg max") << T::AutoScalingGroup << none << u"maxSize"_s << QVariant(1);

    // Subnets do not give public addresses unless asked (non-default subnets).
    QTest::newRow("subnet no public ip") << T::Subnet << none << u"mapPublicIpOnLaunch"_s << QVariant(false);
    QTest::newRow("subnet main route table") << T::Subnet << none << u"routeTable"_s << QVariant(QString());
    QTest::newRow("subnet default acl") << T::Subnet << none << u"networkAcl"_s << QVariant(QString());
    QTest::newRow("instance follows subnet") << T::Ec2Instance << none << u"associatePublicIp"_s << QVariant(u"subnet-default"_s);
    QTest::newRow("instance default group") << T::Ec2Instance << none << u"securityGroups"_s << QVariant(QStringList());
    QTest::newRow("vpc cidr") << T::Vpc << none << u"cidr"_s << QVariant(u"10.0.0.0/16"_s);
    QTest::newRow("vpc dns") << T::Vpc << none << u"enableDnsSupport"_s << QVariant(true);
    QTest::newRow("nat public") << T::NatGateway << none << u"connectivity"_s << QVariant(u"public"_s);

    // RDS: single-AZ, private, backups 7 days (console), 20 GiB.
    QTest::newRow("rds single az") << T::RdsInstance << none << u"multiAz"_s << QVariant(false);
    QTest::newRow("rds private") << T::RdsInstance << none << u"publiclyAccessible"_s << QVariant(false);
    QTest::newRow("rds backups") << T::RdsInstance << none << u"backupRetention"_s << QVariant(7);
    QTest::newRow("rds storage") << T::RdsInstance << none << u"allocatedStorage"_s << QVariant(20);
    QTest::newRow("rds not a replica") << T::RdsInstance << none << u"sourceDb"_s << QVariant(QString());
    QTest::newRow("aurora replica") << T::AuroraCluster << none << u"replicas"_s << QVariant(1);
    QTest::newRow("redis failover") << T::ElastiCache << none << u"automaticFailover"_s << QVariant(true);
    QTest::newRow("redis multi-az") << T::ElastiCache << none << u"multiAz"_s << QVariant(true);

    // Scaling policy and alarm defaults.
    QTest::newRow("r53 health eval") << T::Route53Record << none << u"evaluateTargetHealth"_s << QVariant(true);
    QTest::newRow("r53 simple") << T::Route53Record << none << u"routingPolicy"_s << QVariant(u"simple"_s);
}

void TestCatalogue::awsNumbers() { dynamicDefaults(); }

void TestCatalogue::ranges_data()
{
    QTest::addColumn<ResourceType>("type");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("column");
    QTest::addColumn<qint64>("minimum");
    QTest::addColumn<qint64>("maximum");
    using T = ResourceType;
    QTest::newRow("tg deregistration 0-3600") << T::TargetGroup << u"deregistrationDelay"_s << QString() << qint64(0) << qint64(3600);
    QTest::newRow("clb draining 1-3600") << T::LoadBalancer << u"drainingTimeout"_s << QString() << qint64(1) << qint64(3600);
    QTest::newRow("rds backups 0-35") << T::RdsInstance << u"backupRetention"_s << QString() << qint64(0) << qint64(35);
    QTest::newRow("aurora backups 1-35") << T::AuroraCluster << u"backupRetention"_s << QString() << qint64(1) << qint64(35);
    QTest::newRow("aurora replicas 0-15") << T::AuroraCluster << u"replicas"_s << QString() << qint64(0) << qint64(15);
    QTest::newRow("redis replicas 0-5") << T::ElastiCache << u"replicasPerShard"_s << QString() << qint64(0) << qint64(5);
    QTest::newRow("acl rule numbers 1-32766") << T::NetworkAcl << u"inbound"_s << u"rule"_s << qint64(1) << qint64(32766);
    QTest::newRow("acl outbound numbers") << T::NetworkAcl << u"outbound"_s << u"rule"_s << qint64(1) << qint64(32766);
    QTest::newRow("sg ports") << T::SecurityGroup << u"inbound"_s << u"toPort"_s << qint64(0) << qint64(65535);
    QTest::newRow("listener ports") << T::LoadBalancer << u"listeners"_s << u"port"_s << qint64(1) << qint64(65535);
    QTest::newRow("tg ports") << T::TargetGroup << u"port"_s << QString() << qint64(1) << qint64(65535);
    QTest::newRow("r53 weight") << T::Route53Record << u"weight"_s << QString() << qint64(0) << qint64(255);
}

void TestCatalogue::ranges()
{
    QFETCH(ResourceType, type);
    QFETCH(QString, key);
    QFETCH(QString, column);
    QFETCH(qint64, minimum);
    QFETCH(qint64, maximum);
    const PropertySpec *spec = Catalogue::property(type, key);
    QVERIFY(spec);
    if (!column.isEmpty())
        spec = spec->column(column);
    QVERIFY(spec);
    QCOMPARE(spec->kind, ValueKind::Integer);
    QCOMPARE(spec->minimum, minimum);
    QCOMPARE(spec->maximum, maximum);
}

void TestCatalogue::securityGroupDefaults()
{
    // A new group: no inbound rules, one outbound rule allowing everything.
    const Resource sg = make(ResourceType::SecurityGroup);
    QVERIFY(sg.rows(u"inbound"_s).isEmpty());
    const QVariantList outbound = sg.rows(u"outbound"_s);
    QCOMPARE(outbound.size(), 1);
    const QVariantMap rule = outbound.first().toMap();
    QCOMPARE(rule.value(u"protocol"_s).toString(), u"all"_s);
    QCOMPARE(rule.value(u"fromPort"_s).toLongLong(), 0);
    QCOMPARE(rule.value(u"toPort"_s).toLongLong(), 65535);
    QCOMPARE(rule.value(u"cidr"_s).toString(), u"0.0.0.0/0"_s);
    QVERIFY(rule.value(u"group"_s).toString().isEmpty());
    // A rule's own column defaults: tcp over all ports, no source until one is given.
    const PropertySpec *inbound = Catalogue::property(ResourceType::SecurityGroup, u"inbound"_s);
    QCOMPARE(inbound->column(u"protocol"_s)->defaultValue.toString(), u"tcp"_s);
    QCOMPARE(inbound->column(u"fromPort"_s)->defaultValue.toLongLong(), 0);
    QCOMPARE(inbound->column(u"toPort"_s)->defaultValue.toLongLong(), 65535);
    QVERIFY(inbound->column(u"cidr"_s)->defaultValue.toString().isEmpty());
    QCOMPARE(inbound->column(u"group"_s)->targets, QList<ResourceType>{ResourceType::SecurityGroup});
    QVERIFY(inbound->column(u"protocol"_s)->choices.contains(u"icmp"_s));
    QVERIFY(inbound->column(u"protocol"_s)->choices.contains(u"all"_s));
}

void TestCatalogue::networkAclDefaults()
{
    // A custom ACL denies everything until rules are added: no rules at all.
    const Resource custom = make(ResourceType::NetworkAcl);
    QCOMPARE(custom.boolean(u"isDefault"_s), false);
    QVERIFY(custom.rows(u"inbound"_s).isEmpty());
    QVERIFY(custom.rows(u"outbound"_s).isEmpty());

    // The VPC's default ACL allows everything in and out with rule 100.
    const Resource def = make(ResourceType::NetworkAcl, {{u"isDefault"_s, true}});
    for (const QString &direction : {u"inbound"_s, u"outbound"_s}) {
        const QVariantList rules = def.rows(direction);
        QCOMPARE(rules.size(), 1);
        const QVariantMap r = rules.first().toMap();
        QCOMPARE(r.value(u"rule"_s).toLongLong(), 100);
        QCOMPARE(r.value(u"action"_s).toString(), u"allow"_s);
        QCOMPARE(r.value(u"protocol"_s).toString(), u"all"_s);
        QCOMPARE(r.value(u"cidr"_s).toString(), u"0.0.0.0/0"_s);
        QCOMPARE(r.value(u"fromPort"_s).toLongLong(), 0);
        QCOMPARE(r.value(u"toPort"_s).toLongLong(), 65535);
    }
    // A new row in an ACL: rule 100, all protocols, anywhere, allow.
    const PropertySpec *inbound = Catalogue::property(ResourceType::NetworkAcl, u"inbound"_s);
    QCOMPARE(inbound->column(u"rule"_s)->defaultValue.toLongLong(), 100);
    QCOMPARE(inbound->column(u"protocol"_s)->defaultValue.toString(), u"all"_s);
    QCOMPARE(inbound->column(u"cidr"_s)->defaultValue.toString(), u"0.0.0.0/0"_s);
    QCOMPARE(inbound->column(u"action"_s)->choices, (QStringList{u"allow"_s, u"deny"_s}));
}

void TestCatalogue::loadBalancerListenersPerKind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<bool>("instancePort");
    QTest::newRow("application") << u"application"_s << u"HTTP"_s << false;
    QTest::newRow("network") << u"network"_s << u"TCP"_s << false;
    QTest::newRow("classic") << u"classic"_s << u"HTTP"_s << true;
}

void TestCatalogue::loadBalancerListenersPerKind()
{
    QFETCH(QString, kind);
    QFETCH(QString, protocol);
    QFETCH(bool, instancePort);
    const Resource lb = make(ResourceType::LoadBalancer, {{u"kind"_s, kind}});
    const QVariantList listeners = lb.rows(u"listeners"_s);
    QCOMPARE(listeners.size(), 1);
    const QVariantMap l = listeners.first().toMap();
    QCOMPARE(l.value(u"protocol"_s).toString(), protocol);
    QCOMPARE(l.value(u"port"_s).toLongLong(), 80);
    QCOMPARE(l.contains(u"instancePort"_s), instancePort);
}

void TestCatalogue::appliesTo()
{
    // Classic-only settings do not apply to an ALB; they do to a CLB.
    const Resource alb = make(ResourceType::LoadBalancer, {{u"kind"_s, u"application"_s}});
    const Resource nlb = make(ResourceType::LoadBalancer, {{u"kind"_s, u"network"_s}});
    const Resource clb = make(ResourceType::LoadBalancer, {{u"kind"_s, u"classic"_s}});
    const PropertySpec *draining = Catalogue::property(ResourceType::LoadBalancer, u"drainingTimeout"_s);
    const PropertySpec *idle = Catalogue::property(ResourceType::LoadBalancer, u"idleTimeout"_s);
    const PropertySpec *subnets = Catalogue::property(ResourceType::LoadBalancer, u"subnets"_s);
    QVERIFY(!draining->appliesTo(alb));
    QVERIFY(!draining->appliesTo(nlb));
    QVERIFY(draining->appliesTo(clb));
    QVERIFY(idle->appliesTo(alb));
    QVERIFY(!idle->appliesTo(nlb));
    QVERIFY(subnets->appliesTo(alb) && subnets->appliesTo(nlb) && subnets->appliesTo(clb));
    // Conditions follow dynamic defaults: a TCP target group has no path to check.
    const PropertySpec *path = Catalogue::property(ResourceType::TargetGroup, u"healthCheckPath"_s);
    QVERIFY(path->appliesTo(make(ResourceType::TargetGroup)));
    QVERIFY(!path->appliesTo(make(ResourceType::TargetGroup, {{u"protocol"_s, u"TCP"_s}})));
    QVERIFY(path->appliesTo(make(ResourceType::TargetGroup, {{u"protocol"_s, u"TCP"_s}, {u"healthCheckProtocol"_s, u"HTTP"_s}})));
    // Redis-only and memcached-only settings.
    const PropertySpec *replicas = Catalogue::property(ResourceType::ElastiCache, u"replicasPerShard"_s);
    const PropertySpec *nodes = Catalogue::property(ResourceType::ElastiCache, u"numNodes"_s);
    const Resource memcached = make(ResourceType::ElastiCache, {{u"engine"_s, u"memcached"_s}});
    QVERIFY(replicas->appliesTo(make(ResourceType::ElastiCache)));
    QVERIFY(!replicas->appliesTo(memcached));
    QVERIFY(nodes->appliesTo(memcached));
}

void TestCatalogue::normalized()
{
    const PropertySpec *port = Catalogue::property(ResourceType::TargetGroup, u"port"_s);
    QCOMPARE(Catalogue::normalized(*port, QVariant(8080)).typeId(), QMetaType::LongLong);
    QCOMPARE(Catalogue::normalized(*port, QVariant(u"8080"_s)).toLongLong(), 8080);
    QCOMPARE(Catalogue::normalized(*port, QVariant(8080.0)).toLongLong(), 8080);
    const PropertySpec *flag = Catalogue::property(ResourceType::TargetGroup, u"stickiness"_s);
    QCOMPARE(Catalogue::normalized(*flag, QVariant(1)), QVariant(true));
    QCOMPARE(Catalogue::normalized(*flag, QVariant(1)).typeId(), QMetaType::Bool);
    const PropertySpec *targets = Catalogue::property(ResourceType::TargetGroup, u"targets"_s);
    const QVariant list = Catalogue::normalized(*targets, QVariantList{u"A"_s, u"B"_s});
    QCOMPARE(list.typeId(), QMetaType::QStringList);
    QCOMPARE(list.toStringList(), (QStringList{u"A"_s, u"B"_s}));
    const PropertySpec *protocol = Catalogue::property(ResourceType::TargetGroup, u"protocol"_s);
    QCOMPARE(Catalogue::normalized(*protocol, QVariant(u"TCP"_s)).typeId(), QMetaType::QString);

    // Tables: every known cell in storage form; unknown cells kept as they were.
    const PropertySpec *inbound = Catalogue::property(ResourceType::SecurityGroup, u"inbound"_s);
    const QVariant rows = Catalogue::normalized(
        *inbound, QVariantList{row({{u"protocol"_s, u"tcp"_s}, {u"fromPort"_s, 22}, {u"toPort"_s, 22.0}, {u"x"_s, 1}})});
    const QVariantMap cells = rows.toList().first().toMap();
    QCOMPARE(cells.value(u"fromPort"_s).typeId(), QMetaType::LongLong);
    QCOMPARE(cells.value(u"toPort"_s).typeId(), QMetaType::LongLong);
    QCOMPARE(cells.value(u"toPort"_s).toLongLong(), 22);
    QCOMPARE(cells.value(u"protocol"_s).toString(), u"tcp"_s);
    QCOMPARE(cells.value(u"x"_s), QVariant(1));
    // Idempotent.
    QCOMPARE(Catalogue::normalized(*inbound, rows), rows);
}

void TestCatalogue::unknownProperty()
{
    QVERIFY(!Catalogue::property(ResourceType::Vpc, u"nonsense"_s));
    QVERIFY(!Catalogue::property(ResourceType::Internet, u"cidr"_s));
    const Resource vpc = make(ResourceType::Vpc);
    QVERIFY(!vpc.value(u"nonsense"_s).isValid());
    QVERIFY(Catalogue::spec(ResourceType::Internet).properties.empty());
}

void TestCatalogue::placementRules_data()
{
    QTest::addColumn<ResourceType>("type");
    QTest::addColumn<QList<ResourceType>>("parents");
    QTest::addColumn<bool>("topLevel");
    QTest::addColumn<bool>("container");
    using T = ResourceType;
    using L = QList<ResourceType>;
    // VPC > Availability Zone > Subnet > resources; an ASG spans subnets from the VPC.
    QTest::newRow("internet") << T::Internet << L{} << true << false;
    QTest::newRow("route53") << T::Route53Record << L{} << true << false;
    QTest::newRow("vpc") << T::Vpc << L{} << true << true;
    QTest::newRow("az") << T::AvailabilityZone << L{T::Vpc} << false << true;
    QTest::newRow("subnet") << T::Subnet << L{T::AvailabilityZone} << false << true;
    QTest::newRow("igw") << T::InternetGateway << L{T::Vpc} << false << false;
    QTest::newRow("nat") << T::NatGateway << L{T::Subnet} << false << false;
    QTest::newRow("eip") << T::ElasticIp << L{} << true << false;
    QTest::newRow("route table") << T::RouteTable << L{T::Vpc} << false << false;
    QTest::newRow("acl") << T::NetworkAcl << L{T::Vpc} << false << false;
    QTest::newRow("sg") << T::SecurityGroup << L{T::Vpc} << false << false;
    QTest::newRow("lb") << T::LoadBalancer << L{T::Vpc} << false << false;
    QTest::newRow("tg") << T::TargetGroup << L{T::Vpc} << false << false;
    QTest::newRow("launch template") << T::LaunchTemplate << L{} << true << false;
    QTest::newRow("asg") << T::AutoScalingGroup << L{T::Vpc} << false << true;
    QTest::newRow("ec2") << T::Ec2Instance << L{T::Subnet} << false << false;
    QTest::newRow("rds") << T::RdsInstance << L{T::Vpc} << false << false;
    QTest::newRow("aurora") << T::AuroraCluster << L{T::Vpc} << false << false;
    QTest::newRow("elasticache") << T::ElastiCache << L{T::Vpc} << false << false;
}

void TestCatalogue::placementRules()
{
    QFETCH(ResourceType, type);
    QFETCH(QList<ResourceType>, parents);
    QFETCH(bool, topLevel);
    QFETCH(bool, container);
    const TypeSpec &spec = Catalogue::spec(type);
    QCOMPARE(spec.parents, parents);
    QCOMPARE(spec.topLevel, topLevel);
    QCOMPARE(spec.container, container);
    QCOMPARE(spec.allowsParent(std::nullopt), topLevel);
    for (ResourceType p : allResourceTypes())
        QCOMPARE(spec.allowsParent(p), parents.contains(p));
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
