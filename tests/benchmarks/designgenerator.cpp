#include "designgenerator.h"

#include "model/catalogue.h"
#include "model/cidr.h"
#include "model/layout.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace skydraft::bench {

namespace {

constexpr int maxVpcs = 256;            // 10.0.0.0/16 ... 10.255.0.0/16
constexpr int instancesPerSubnetCap = 40; // in target mode, before more VPCs are added
constexpr int tierGroups = 5;           // LbSg, WebSg, AppSg, DbSg, CacheSg

/// The counts a set of options leads to, shared by generateDesign() and resourceCount().
struct Plan {
    GeneratorOptions o;
    int appSubnetsPerZone = 1;
    int fixedPerVpc = 0;
    QList<int> instances; // per application subnet, in generation order

    explicit Plan(const GeneratorOptions &options)
        : o(options)
    {
        o.zonesPerVpc = std::clamp(o.zonesPerVpc, 1, 6);
        o.subnetsPerZone = std::clamp(o.subnetsPerZone, 1, 16);
        o.vpcs = std::clamp(o.vpcs, 1, maxVpcs);
        o.instancesPerSubnet = std::max(0, o.instancesPerSubnet);
        o.securityGroupsPerVpc = std::max(tierGroups, o.securityGroupsPerVpc);
        appSubnetsPerZone = o.subnetsPerZone >= 3 ? o.subnetsPerZone - 2 : 1;

        const int z = o.zonesPerVpc;
        fixedPerVpc = 1                                   // VPC
                      + z                                 // zones
                      + z * o.subnetsPerZone              // subnets
                      + 2                                 // internet gateway, egress-only internet gateway
                      + 2 * z                             // NAT gateways and their Elastic IPs
                      + 1 + (o.subnetsPerZone >= 2 ? z : 0) // route tables
                      + 3                                 // network ACLs
                      + o.securityGroupsPerVpc            //
                      + 4                                 // LB, target group, launch template, ASG
                      + (hasDatabases() ? 4 : 0)          // RDS + replica, Aurora, ElastiCache
                      + 1;                                // Route 53 record

        const int appPerVpc = z * appSubnetsPerZone;
        if (o.targetResources > 0) {
            const int budget = fixedPerVpc + appPerVpc * instancesPerSubnetCap;
            const int needed = (o.targetResources - 1 + budget - 1) / budget;
            o.vpcs = std::clamp(std::max(o.vpcs, needed), 1, maxVpcs);
            const int total = std::max(0, o.targetResources - 1 - o.vpcs * fixedPerVpc);
            const int slots = o.vpcs * appPerVpc;
            for (int i = 0; i < slots; ++i)
                instances.append(total / slots + (i < total % slots ? 1 : 0));
        } else {
            instances = QList<int>(o.vpcs * appPerVpc, o.instancesPerSubnet);
        }
    }

    bool hasDatabases() const { return o.databases && o.zonesPerVpc >= 2; }

    int count() const
    {
        int n = 1 + o.vpcs * fixedPerVpc;
        for (int i : instances)
            n += i;
        return n;
    }
};

QVariantMap rule(const char *protocol, int from, int to, const QString &cidr, const QString &group = {})
{
    QVariantMap m{{u"protocol"_s, QString::fromLatin1(protocol)},
                  {u"fromPort"_s, qint64(from)},
                  {u"toPort"_s, qint64(to)}};
    if (!cidr.isEmpty())
        m.insert(u"cidr"_s, cidr);
    if (!group.isEmpty())
        m.insert(u"group"_s, group);
    return m;
}

QVariantMap aclRule(int number, const char *protocol, int from, int to, const QString &cidr,
                    const char *action = "allow")
{
    return {{u"rule"_s, qint64(number)},        {u"protocol"_s, QString::fromLatin1(protocol)},
            {u"fromPort"_s, qint64(from)},      {u"toPort"_s, qint64(to)},
            {u"cidr"_s, cidr},                  {u"action"_s, QString::fromLatin1(action)}};
}

class Builder
{
public:
    explicit Builder(const Plan &plan)
        : m_plan(plan)
        , m_o(plan.o)
        , m_doc(std::make_unique<Document>())
    {
    }

    std::unique_ptr<Document> run()
    {
        m_doc->setTitle(u"Generated design"_s);
        m_doc->setDescription(u"%1 VPCs x %2 zones x %3 subnets; %4 resources"_s.arg(m_o.vpcs)
                                  .arg(m_o.zonesPerVpc)
                                  .arg(m_o.subnetsPerZone)
                                  .arg(m_plan.count()));
        m_doc->setRegion(m_o.region);
        add(u"Internet"_s, ResourceType::Internet, {}, {{u"name"_s, u"Internet users"_s}});
        for (int v = 0; v < m_o.vpcs; ++v)
            vpc(v);
        if (m_o.layout) {
            const QHash<QString, QRectF> rects = Layout::compute(*m_doc);
            for (const QString &id : m_doc->ids())
                if (const auto it = rects.constFind(id); it != rects.constEnd())
                    m_doc->setGeometry(id, *it);
        }
        return std::move(m_doc);
    }

private:
    /// Adds a resource; `props` may carry "name". Values are stored as the catalogue stores them.
    void add(const QString &id, ResourceType type, const QString &parent, const QVariantMap &props)
    {
        Resource r;
        r.id = id;
        r.type = type;
        r.parent = parent;
        for (auto it = props.cbegin(); it != props.cend(); ++it) {
            if (it.key() == u"name"_s) {
                r.name = it.value().toString();
                continue;
            }
            const PropertySpec *spec = Catalogue::property(type, it.key());
            Q_ASSERT_X(spec, "generateDesign", qPrintable(it.key()));
            r.properties.insert(it.key(), Catalogue::normalized(*spec, it.value()));
        }
        m_doc->insert(r);
    }

    static QString letter(int zone) { return QString(QChar(u'A' + zone)); }

    void vpc(int v)
    {
        const int z = m_o.zonesPerVpc;
        const int spz = m_o.subnetsPerZone;
        const QString p = u"Vpc"_s + QString::number(v + 1);
        const Cidr block{quint32(10u << 24 | quint32(v) << 16), 16};
        const QString cidr = block.toString();
        auto subnetCidr = [&](int zone, int j) {
            return Cidr{block.address | quint32(zone * 16 + j) << 8, 24}.toString();
        };

        add(p, ResourceType::Vpc, {},
            {{u"name"_s, u"VPC %1"_s.arg(v + 1)}, {u"cidr"_s, cidr}, {u"enableDnsHostnames"_s, true},
             {u"ipv6Block"_s, u"amazon-provided"_s}}); // for the ::/0 routes and the egress-only gateway
        add(p + u"Igw"_s, ResourceType::InternetGateway, p, {});
        add(p + u"Eigw"_s, ResourceType::EgressOnlyInternetGateway, p, {});

        // Security groups: the tiers admit each other, extra groups chain to the previous one.
        const QString lbSg = p + u"LbSg"_s, webSg = p + u"WebSg"_s, appSg = p + u"AppSg"_s;
        const QString dbSg = p + u"DbSg"_s, cacheSg = p + u"CacheSg"_s;
        add(lbSg, ResourceType::SecurityGroup, p,
            {{u"description"_s, u"Load balancer"_s},
             {u"inbound"_s, QVariantList{rule("tcp", 80, 80, u"0.0.0.0/0"_s), rule("tcp", 443, 443, u"0.0.0.0/0"_s)}}});
        add(webSg, ResourceType::SecurityGroup, p,
            {{u"description"_s, u"Web servers"_s},
             {u"inbound"_s, QVariantList{rule("tcp", 80, 80, {}, lbSg), rule("tcp", 22, 22, cidr),
                                         rule("all", 0, 65535, {}, webSg)}}});
        add(appSg, ResourceType::SecurityGroup, p,
            {{u"description"_s, u"Application servers"_s},
             {u"inbound"_s, QVariantList{rule("tcp", 8080, 8080, {}, webSg), rule("tcp", 22, 22, cidr)}}});
        add(dbSg, ResourceType::SecurityGroup, p,
            {{u"description"_s, u"Databases"_s},
             {u"inbound"_s, QVariantList{rule("tcp", 3306, 3306, {}, webSg), rule("tcp", 3306, 3306, {}, appSg)}},
             {u"outbound"_s, QVariantList{rule("tcp", 1024, 65535, cidr)}}});
        add(cacheSg, ResourceType::SecurityGroup, p,
            {{u"description"_s, u"Caches"_s},
             {u"inbound"_s, QVariantList{rule("tcp", 6379, 6379, {}, webSg), rule("tcp", 6379, 6379, {}, appSg)}}});
        QString previous = appSg;
        for (int k = tierGroups + 1; k <= m_o.securityGroupsPerVpc; ++k) {
            const QString sg = p + u"Sg"_s + QString::number(k);
            add(sg, ResourceType::SecurityGroup, p,
                {{u"description"_s, u"Service %1"_s.arg(k)},
                 {u"inbound"_s, QVariantList{rule("tcp", 443, 443, {}, previous), rule("udp", 53, 53, cidr),
                                             rule("icmp", 0, 65535, cidr)}},
                 {u"outbound"_s, QVariantList{rule("tcp", 443, 443, {}, previous), rule("all", 0, 65535, u"0.0.0.0/0"_s)}}});
            previous = sg;
        }

        // Routing and ACLs.
        add(p + u"PublicRt"_s, ResourceType::RouteTable, p,
            {{u"routes"_s, QVariantList{QVariantMap{{u"destination"_s, u"0.0.0.0/0"_s}, {u"target"_s, QString(p + u"Igw"_s)}},
                                        QVariantMap{{u"destination"_s, u"::/0"_s}, {u"target"_s, QString(p + u"Igw"_s)}}}}});
        if (spz >= 2)
            for (int zone = 0; zone < z; ++zone)
                add(p + u"PrivateRt"_s + letter(zone), ResourceType::RouteTable, p,
                    {{u"routes"_s, QVariantList{QVariantMap{{u"destination"_s, u"0.0.0.0/0"_s},
                                                            {u"target"_s, QString(p + u"Nat"_s + letter(zone))}},
                                                QVariantMap{{u"destination"_s, u"::/0"_s}, {u"target"_s, QString(p + u"Eigw"_s)}}}}});
        add(p + u"PublicAcl"_s, ResourceType::NetworkAcl, p,
            {{u"inbound"_s, QVariantList{aclRule(100, "tcp", 80, 80, u"0.0.0.0/0"_s), aclRule(110, "tcp", 443, 443, u"0.0.0.0/0"_s),
                                         aclRule(120, "tcp", 1024, 65535, u"0.0.0.0/0"_s), aclRule(130, "all", 0, 65535, cidr),
                                         aclRule(140, "tcp", 22, 22, u"0.0.0.0/0"_s, "deny")}},
             {u"outbound"_s, QVariantList{aclRule(100, "all", 0, 65535, u"0.0.0.0/0"_s)}}});
        add(p + u"AppAcl"_s, ResourceType::NetworkAcl, p,
            {{u"inbound"_s, QVariantList{aclRule(100, "all", 0, 65535, cidr), aclRule(110, "tcp", 1024, 65535, u"0.0.0.0/0"_s)}},
             {u"outbound"_s, QVariantList{aclRule(100, "all", 0, 65535, u"0.0.0.0/0"_s)}}});
        add(p + u"DataAcl"_s, ResourceType::NetworkAcl, p,
            {{u"inbound"_s, QVariantList{aclRule(100, "tcp", 3306, 3306, cidr), aclRule(110, "tcp", 6379, 6379, cidr)}},
             {u"outbound"_s, QVariantList{aclRule(100, "tcp", 1024, 65535, cidr)}}});

        // Zones and subnets.
        QStringList publicSubnets, firstAppSubnets, dataSubnets, instances;
        QString firstZone;
        for (int zone = 0; zone < z; ++zone) {
            const QString L = letter(zone);
            const QString az = p + u"Az"_s + L;
            const QString zoneName = m_o.region + QChar(u'a' + zone);
            if (firstZone.isEmpty())
                firstZone = zoneName;
            add(az, ResourceType::AvailabilityZone, p, {{u"zone"_s, zoneName}});
            QStringList appSubnets;
            for (int j = 0; j < spz; ++j) {
                QString id;
                QString rt = p + u"PrivateRt"_s + L;
                QString acl = p + u"AppAcl"_s;
                if (j == 0) {
                    id = p + u"Public"_s + L;
                    rt = p + u"PublicRt"_s;
                    acl = p + u"PublicAcl"_s;
                } else if (spz >= 3 && j == spz - 1) {
                    id = p + u"Data"_s + L;
                    acl = p + u"DataAcl"_s;
                } else {
                    id = p + u"App"_s + L + QString::number(j);
                }
                add(id, ResourceType::Subnet, az,
                    {{u"cidr"_s, subnetCidr(zone, j)}, {u"mapPublicIpOnLaunch"_s, j == 0}, {u"routeTable"_s, rt},
                     {u"networkAcl"_s, acl}, {u"ipv6Block"_s, u"vpc:%1"_s.arg(zone * 16 + j)}});
                if (j == 0) {
                    publicSubnets.append(id);
                    add(p + u"Nat"_s + L, ResourceType::NatGateway, id, {});
                } else if (spz >= 3 && j == spz - 1) {
                    dataSubnets.append(id);
                } else {
                    appSubnets.append(id);
                }
            }
            if (appSubnets.isEmpty()) // one subnet per zone: everything in the public one
                appSubnets.append(publicSubnets.last());
            if (dataSubnets.size() <= zone)
                dataSubnets.append(appSubnets.first());
            firstAppSubnets.append(appSubnets.first());
            for (int k = 0; k < appSubnets.size(); ++k) {
                const QString &subnet = appSubnets[k];
                const int n = m_plan.instances.value(m_slot++);
                const bool web = k == 0;
                for (int i = 1; i <= n; ++i) {
                    const QString id = subnet + (web ? u"Web"_s : u"App"_s) + QString::number(i);
                    add(id, ResourceType::Ec2Instance, subnet,
                        {{u"instanceType"_s, i % 3 == 0 ? u"m5.large"_s : u"t3.small"_s},
                         {u"securityGroups"_s, QStringList{web ? webSg : appSg}},
                         {u"keyName"_s, u"ops"_s},
                         {u"associatePublicIp"_s, u"no"_s}});
                    if (web)
                        instances.append(id);
                }
            }
        }

        // Load balancing and Auto Scaling.
        const bool alb = z >= 2;
        const QString tg = p + u"WebTg"_s, lb = p + u"Lb"_s, lt = p + u"WebLt"_s;
        QVariantMap tgProps{{u"protocol"_s, alb ? u"HTTP"_s : u"TCP"_s},
                            {u"port"_s, 80},
                            {u"deregistrationDelay"_s, 30},
                            {u"targets"_s, instances}};
        if (alb)
            tgProps.insert(u"healthCheckPath"_s, u"/health"_s);
        add(tg, ResourceType::TargetGroup, p, tgProps);
        QVariantList listeners{QVariantMap{{u"protocol"_s, alb ? u"HTTP"_s : u"TCP"_s}, {u"port"_s, 80}, {u"targetGroup"_s, tg}}};
        if (alb)
            listeners.append(QVariantMap{{u"protocol"_s, u"HTTPS"_s},
                                         {u"port"_s, 443},
                                         {u"targetGroup"_s, tg},
                                         {u"certificate"_s, u"arn:aws:acm:%1:123456789012:certificate/%2"_s.arg(m_o.region, p.toLower())}});
        add(lb, ResourceType::LoadBalancer, p,
            {{u"kind"_s, alb ? u"application"_s : u"network"_s},
             {u"subnets"_s, publicSubnets},
             {u"securityGroups"_s, QStringList{lbSg}},
             {u"listeners"_s, listeners}});
        add(lt, ResourceType::LaunchTemplate, {},
            {{u"instanceType"_s, u"t3.small"_s}, {u"securityGroups"_s, QStringList{webSg}}, {u"keyName"_s, u"ops"_s}});
        QVariantList policies{QVariantMap{{u"name"_s, u"cpu50"_s},
                                          {u"policyType"_s, u"TargetTrackingScaling"_s},
                                          {u"metric"_s, u"ASGAverageCPUUtilization"_s},
                                          {u"targetValue"_s, 50}}};
        if (alb)
            policies.append(QVariantMap{{u"name"_s, u"requests"_s},
                                        {u"policyType"_s, u"TargetTrackingScaling"_s},
                                        {u"metric"_s, u"ALBRequestCountPerTarget"_s},
                                        {u"targetValue"_s, 1000}});
        add(p + u"WebAsg"_s, ResourceType::AutoScalingGroup, p,
            {{u"minSize"_s, z},
             {u"maxSize"_s, 3 * z},
             {u"subnets"_s, firstAppSubnets},
             {u"launchTemplate"_s, lt},
             {u"targetGroups"_s, QStringList{tg}},
             {u"healthCheckType"_s, u"ELB"_s},
             {u"scalingPolicies"_s, policies}});

        if (m_plan.hasDatabases()) {
            add(p + u"Database"_s, ResourceType::RdsInstance, p,
                {{u"engine"_s, u"mysql"_s},
                 {u"multiAz"_s, true},
                 {u"subnets"_s, dataSubnets},
                 {u"securityGroups"_s, QStringList{dbSg}},
                 {u"availabilityZone"_s, firstZone}});
            add(p + u"DatabaseReplica"_s, ResourceType::RdsInstance, p,
                {{u"engine"_s, u"mysql"_s}, {u"sourceDb"_s, QString(p + u"Database"_s)}, {u"securityGroups"_s, QStringList{dbSg}}});
            add(p + u"Aurora"_s, ResourceType::AuroraCluster, p,
                {{u"replicas"_s, 2}, {u"subnets"_s, dataSubnets}, {u"securityGroups"_s, QStringList{dbSg}}});
            add(p + u"Cache"_s, ResourceType::ElastiCache, p,
                {{u"replicasPerShard"_s, 1}, {u"subnets"_s, dataSubnets}, {u"securityGroups"_s, QStringList{cacheSg}}});
        }

        for (int zone = 0; zone < z; ++zone)
            add(p + u"Nat"_s + letter(zone) + u"Eip"_s, ResourceType::ElasticIp, {},
                {{u"associatedWith"_s, QString(p + u"Nat"_s + letter(zone))}});
        add(p + u"Record"_s, ResourceType::Route53Record, {},
            {{u"recordName"_s, u"app%1.example.com"_s.arg(v + 1)}, {u"alias"_s, true}, {u"target"_s, lb}});
    }

    const Plan &m_plan;
    const GeneratorOptions &m_o;
    std::unique_ptr<Document> m_doc;
    int m_slot = 0;
};

} // namespace

std::unique_ptr<Document> generateDesign(const GeneratorOptions &options)
{
    const Plan plan(options);
    return Builder(plan).run();
}

int resourceCount(const GeneratorOptions &options) { return Plan(options).count(); }

} // namespace skydraft::bench
