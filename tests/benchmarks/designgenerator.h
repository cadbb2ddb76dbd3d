#pragma once

#include "model/document.h"

#include <memory>

namespace skydraft::bench {

/// The shape of a generated design.
///
/// Each VPC gets `zonesPerVpc` Availability Zones, each holding `subnetsPerZone` subnets in
/// tiers (public, then application, then data), a NAT gateway with its Elastic IP per zone, route
/// tables and network ACLs per tier, a chain of security groups that reference each other, an
/// Application Load Balancer (a Network Load Balancer with a single zone) with its target group,
/// a launch template and an Auto Scaling group over the application subnets, EC2 instances in
/// the application subnets, and (with two zones or more) an RDS instance with a read replica,
/// an Aurora cluster and an ElastiCache replication group. One Internet node and one Route 53
/// alias record per VPC sit at the top level.
struct GeneratorOptions {
    int vpcs = 2;
    int zonesPerVpc = 2;        ///< 1 to 6 (the region's zones a-f)
    int subnetsPerZone = 3;     ///< 1 to 16: public, application..., data
    int instancesPerSubnet = 2; ///< in each application subnet
    int securityGroupsPerVpc = 6; ///< at least the 5 tier groups; extra ones chain to the previous
    bool databases = true;      ///< RDS (primary and replica), Aurora, ElastiCache per VPC
    bool layout = true;         ///< give every resource geometry (Layout::compute)
    QString region = QStringLiteral("us-east-1");
    /// When > 0: the design has exactly this many resources (as long as that is at least the
    /// design without instances). VPCs are added (up to 256) so that no application subnet holds
    /// more than about 40 instances; the instances are spread over the subnets round robin.
    int targetResources = 0;
};

/// A deterministic, valid design (Validator::validate reports nothing) with readable ids
/// ("Vpc3", "Vpc3AzB", "Vpc3AppB1", "Vpc3AppB1Web7", "Vpc3WebSg").
std::unique_ptr<Document> generateDesign(const GeneratorOptions &options = {});

/// How many resources generateDesign(options) makes, without building it.
int resourceCount(const GeneratorOptions &options);

} // namespace skydraft::bench
