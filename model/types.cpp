#include "types.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace skydraft {

namespace {
struct TypeInfo {
    ResourceType type;
    const char *key;
    const char *label;
    Category category;
};

// Labels go through QCoreApplication::translate at use, so lupdate needs the context.
constexpr TypeInfo kTypes[] = {
    {ResourceType::Internet, "internet", QT_TRANSLATE_NOOP("skydraft::Types", "Internet clients"), Category::Clients},
    {ResourceType::Route53Record, "route53-record", QT_TRANSLATE_NOOP("skydraft::Types", "Route 53 record"), Category::Networking},
    {ResourceType::Vpc, "vpc", QT_TRANSLATE_NOOP("skydraft::Types", "VPC"), Category::Networking},
    {ResourceType::AvailabilityZone, "availability-zone", QT_TRANSLATE_NOOP("skydraft::Types", "Availability Zone"), Category::Networking},
    {ResourceType::Subnet, "subnet", QT_TRANSLATE_NOOP("skydraft::Types", "Subnet"), Category::Networking},
    {ResourceType::InternetGateway, "internet-gateway", QT_TRANSLATE_NOOP("skydraft::Types", "Internet gateway"), Category::Networking},
    {ResourceType::EgressOnlyInternetGateway, "egress-only-internet-gateway", QT_TRANSLATE_NOOP("skydraft::Types", "Egress-only internet gateway"), Category::Networking},
    {ResourceType::NatGateway, "nat-gateway", QT_TRANSLATE_NOOP("skydraft::Types", "NAT gateway"), Category::Networking},
    {ResourceType::ElasticIp, "elastic-ip", QT_TRANSLATE_NOOP("skydraft::Types", "Elastic IP"), Category::Networking},
    {ResourceType::RouteTable, "route-table", QT_TRANSLATE_NOOP("skydraft::Types", "Route table"), Category::Networking},
    {ResourceType::NetworkAcl, "network-acl", QT_TRANSLATE_NOOP("skydraft::Types", "Network ACL"), Category::Security},
    {ResourceType::SecurityGroup, "security-group", QT_TRANSLATE_NOOP("skydraft::Types", "Security group"), Category::Security},
    {ResourceType::LoadBalancer, "load-balancer", QT_TRANSLATE_NOOP("skydraft::Types", "Load balancer"), Category::Networking},
    {ResourceType::TargetGroup, "target-group", QT_TRANSLATE_NOOP("skydraft::Types", "Target group"), Category::Networking},
    {ResourceType::LaunchTemplate, "launch-template", QT_TRANSLATE_NOOP("skydraft::Types", "Launch template"), Category::Compute},
    {ResourceType::AutoScalingGroup, "auto-scaling-group", QT_TRANSLATE_NOOP("skydraft::Types", "Auto Scaling group"), Category::Compute},
    {ResourceType::Ec2Instance, "ec2-instance", QT_TRANSLATE_NOOP("skydraft::Types", "EC2 instance"), Category::Compute},
    {ResourceType::RdsInstance, "rds-instance", QT_TRANSLATE_NOOP("skydraft::Types", "RDS DB instance"), Category::Database},
    {ResourceType::AuroraCluster, "aurora-cluster", QT_TRANSLATE_NOOP("skydraft::Types", "Aurora cluster"), Category::Database},
    {ResourceType::ElastiCache, "elasticache", QT_TRANSLATE_NOOP("skydraft::Types", "ElastiCache"), Category::Database},
};
static_assert(std::size(kTypes) == resourceTypeCount);

const TypeInfo &info(ResourceType type) { return kTypes[int(type)]; }
} // namespace

QString typeKey(ResourceType type) { return QString::fromLatin1(info(type).key); }

std::optional<ResourceType> typeFromKey(const QString &key)
{
    for (const auto &t : kTypes)
        if (key == QLatin1StringView(t.key))
            return t.type;
    return std::nullopt;
}

QString typeLabel(ResourceType type)
{
    return QCoreApplication::translate("skydraft::Types", info(type).label);
}

Category typeCategory(ResourceType type) { return info(type).category; }

QList<ResourceType> allResourceTypes()
{
    QList<ResourceType> all;
    for (const auto &t : kTypes)
        all.append(t.type);
    return all;
}

} // namespace skydraft
