#pragma once

// The IPv6 blocks of VPCs and subnets as the catalogue holds them (property "ipv6Block"):
// shared by the validator, the checker, the import and the exports.

#include "cidr.h"

#include <QString>

namespace skydraft {

/// What a VPC's "ipv6Block" says: none, a /56 from Amazon's pool, or a block of its own.
struct VpcIpv6 {
    enum class Kind { None, AmazonProvided, Explicit, Bad };
    Kind kind = Kind::None;
    Cidr6 block;   ///< Explicit
    QString error; ///< Bad: a short reason
    bool any() const { return kind != Kind::None; }
};

/// What a subnet's "ipv6Block" says: none, the N-th /64 of its VPC's block ("vpc:N"), or a
/// block of its own.
struct SubnetIpv6 {
    enum class Kind { None, FromVpc, Explicit, Bad };
    Kind kind = Kind::None;
    int index = -1; ///< FromVpc: 0 to 255
    Cidr6 block;    ///< Explicit
    QString error;  ///< Bad: a short reason
    bool any() const { return kind != Kind::None; }
};

/// "amazon-provided": the VPC value for AmazonProvidedIpv6CidrBlock.
inline const QString kAmazonProvidedIpv6 = QStringLiteral("amazon-provided");
/// "vpc:": a subnet value's prefix for the N-th /64 of its VPC's block.
inline const QString kFromVpcIpv6 = QStringLiteral("vpc:");

VpcIpv6 vpcIpv6(const QString &text);
SubnetIpv6 subnetIpv6(const QString &text);
/// "vpc:N".
inline QString fromVpcIpv6(int index) { return kFromVpcIpv6 + QString::number(index); }

} // namespace skydraft
