#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace skydraft {

/// Every kind of resource a design can hold (the catalogue of product.md).
enum class ResourceType {
    Internet,
    Route53Record,
    Vpc,
    AvailabilityZone,
    Subnet,
    InternetGateway,
    EgressOnlyInternetGateway,
    NatGateway,
    ElasticIp,
    RouteTable,
    NetworkAcl,
    SecurityGroup,
    LoadBalancer,
    TargetGroup,
    LaunchTemplate,
    AutoScalingGroup,
    Ec2Instance,
    RdsInstance,
    AuroraCluster,
    ElastiCache,
};

/// Palette and colour families.
enum class Category { Networking, Compute, Database, Security, Clients };

constexpr int resourceTypeCount = int(ResourceType::ElastiCache) + 1;

/// The stable name used in files and on the command line ("auto-scaling-group").
QString typeKey(ResourceType type);
std::optional<ResourceType> typeFromKey(const QString &key);
/// A translated, human name ("Auto Scaling group").
QString typeLabel(ResourceType type);
Category typeCategory(ResourceType type);
/// All types, in catalogue order.
QList<ResourceType> allResourceTypes();

} // namespace skydraft
