#!/usr/bin/env python3
"""Trims the CloudFormation resource specification to the types SkyDraft exports.

The full specification (spec/specification.json of the npm package @aws-cdk/cfnspec,
Apache-2.0) is 10+ MB; the export tests need only the resource types the exporter writes
and the property types they use. The output is deterministic (sorted keys, fixed indent),
so a refresh shows as a readable diff.

Refresh:
    cd /tmp && npm pack @aws-cdk/cfnspec && tar xzf aws-cdk-cfnspec-*.tgz
    python3 scripts/trim-cfnspec.py /tmp/package tests/data/cfnspec
"""
import json
import shutil
import sys
from pathlib import Path

# Every resource type the CloudFormation exporter (model/export/cloudformation*.cpp) writes,
# and those it writes back as an imported template wrote them (cfnaswritten.cpp).
RESOURCE_TYPES = [
    "AWS::AutoScaling::AutoScalingGroup",
    "AWS::AutoScaling::LaunchConfiguration",
    "AWS::AutoScaling::ScalingPolicy",
    "AWS::CloudWatch::Alarm",
    "AWS::EC2::EIP",
    "AWS::EC2::EIPAssociation",
    "AWS::EC2::EgressOnlyInternetGateway",
    "AWS::EC2::Instance",
    "AWS::EC2::InternetGateway",
    "AWS::EC2::LaunchTemplate",
    "AWS::EC2::NatGateway",
    "AWS::EC2::NetworkAcl",
    "AWS::EC2::NetworkAclEntry",
    "AWS::EC2::NetworkInterface",
    "AWS::EC2::Route",
    "AWS::EC2::RouteTable",
    "AWS::EC2::SecurityGroup",
    "AWS::EC2::SecurityGroupEgress",
    "AWS::EC2::SecurityGroupIngress",
    "AWS::EC2::Subnet",
    "AWS::EC2::SubnetNetworkAclAssociation",
    "AWS::EC2::SubnetRouteTableAssociation",
    "AWS::EC2::VPC",
    "AWS::EC2::VPCCidrBlock",
    "AWS::EC2::VPCGatewayAttachment",
    "AWS::ElastiCache::CacheCluster",
    "AWS::ElastiCache::ReplicationGroup",
    "AWS::ElastiCache::SubnetGroup",
    "AWS::ElasticLoadBalancing::LoadBalancer",
    "AWS::ElasticLoadBalancingV2::Listener",
    "AWS::ElasticLoadBalancingV2::ListenerRule",
    "AWS::ElasticLoadBalancingV2::LoadBalancer",
    "AWS::ElasticLoadBalancingV2::TargetGroup",
    "AWS::RDS::DBCluster",
    "AWS::RDS::DBInstance",
    "AWS::RDS::DBSubnetGroup",
    "AWS::Route53::RecordSet",
]


def referenced_types(owner, definition):
    """Property type names ("AWS::EC2::Instance.NetworkInterface") a definition uses."""
    prefix = owner.split(".")[0]
    out = set()
    for prop in definition.get("Properties", {}).values():
        for key in ("Type", "ItemType"):
            name = prop.get(key)
            if name and name not in ("List", "Map"):
                out.add(name if name == "Tag" else prefix + "." + name)
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: trim-cfnspec.py PACKAGE_DIR OUT_DIR")
    package, out_dir = Path(sys.argv[1]), Path(sys.argv[2])
    spec = json.loads((package / "spec" / "specification.json").read_text(encoding="utf-8"))
    resources = {name: spec["ResourceTypes"][name] for name in RESOURCE_TYPES}
    property_types = {}
    pending = set()
    for name, definition in resources.items():
        pending |= referenced_types(name, definition)
    while pending:
        name = pending.pop()
        if name in property_types:
            continue
        definition = spec["PropertyTypes"][name]
        property_types[name] = definition
        pending |= referenced_types(name, definition) - property_types.keys()
    trimmed = {
        "PropertyTypes": property_types,
        "ResourceSpecificationVersion": spec["ResourceSpecificationVersion"],
        "ResourceTypes": resources,
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    text = json.dumps(trimmed, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    (out_dir / "specification-trimmed.json").write_text(text, encoding="utf-8")
    for name in ("LICENSE", "NOTICE"):
        shutil.copyfile(package / name, out_dir / name)
    version = json.loads((package / "package.json").read_text(encoding="utf-8"))["version"]
    (out_dir / "SOURCE.md").write_text(
        "Trimmed from spec/specification.json of the npm package @aws-cdk/cfnspec "
        f"{version} (Apache-2.0, see LICENSE and NOTICE) by scripts/trim-cfnspec.py.\n",
        encoding="utf-8")


if __name__ == "__main__":
    main()
