#pragma once

// Designs for the export tests (header-only, like testsupport.h).

#include "../testsupport.h"

namespace skydraft::test {

/// A design with what the samples lack: a classic and a network load balancer, step and
/// simple scaling, memcached and sharded Redis, records of every routing policy, groups
/// that name each other (and themselves), and names YAML would misread unquoted.
inline std::unique_ptr<Document> varietyDesign()
{
    using namespace Qt::StringLiterals;
    auto doc = loadDesign(baseDesignJson());
    if (!doc)
        return nullptr;
    using T = ResourceType;
    auto add = [&](const QString &id, T type, const QString &parent, const QVariantMap &props, const QString &name = {}) {
        Resource r = makeResource(id, type, parent, props);
        r.name = name;
        doc->insert(r);
    };
    add(u"Classic"_s, T::LoadBalancer, u"Vpc"_s,
        {{u"kind"_s, u"classic"_s}, {u"subnets"_s, QStringList{u"PublicA"_s, u"PublicB"_s}}, {u"securityGroups"_s, QStringList{u"LbSg"_s}},
         {u"instances"_s, QStringList{u"Admin"_s}}, {u"stickiness"_s, true}, {u"stickinessDuration"_s, 600}, {u"idleTimeout"_s, 120},
         {u"listeners"_s, QVariantList{row({{u"protocol"_s, u"HTTP"_s}, {u"port"_s, 80}, {u"instanceProtocol"_s, u"HTTP"_s}, {u"instancePort"_s, 8080}}),
                                        row({{u"protocol"_s, u"HTTPS"_s}, {u"port"_s, 443}, {u"instanceProtocol"_s, u"HTTP"_s}, {u"instancePort"_s, 8080},
                                            {u"certificate"_s, u"arn:aws:acm:us-east-1:111122223333:certificate/classic"_s}})}}},
        u"yes"_s);
    add(u"TcpTg"_s, T::TargetGroup, u"Vpc"_s, {{u"protocol"_s, u"TCP"_s}, {u"port"_s, 443}, {u"targetType"_s, u"ip"_s}, {u"deregistrationDelay"_s, 30}}, u"123"_s);
    add(u"Nlb"_s, T::LoadBalancer, u"Vpc"_s,
        {{u"kind"_s, u"network"_s}, {u"scheme"_s, u"internal"_s}, {u"subnets"_s, QStringList{u"AppA"_s, u"AppB"_s}}, {u"crossZone"_s, true},
         {u"listeners"_s, QVariantList{row({{u"protocol"_s, u"TLS"_s}, {u"port"_s, 443}, {u"targetGroup"_s, u"TcpTg"_s},
                                            {u"certificate"_s, u"arn:aws:acm:us-east-1:111122223333:certificate/nlb"_s}})}}},
        u"a: b #c"_s);
    add(u"BatchAsg"_s, T::AutoScalingGroup, u"Vpc"_s,
        {{u"minSize"_s, 1}, {u"maxSize"_s, 3}, {u"subnets"_s, QStringList{u"AppA"_s, u"AppB"_s}}, {u"launchTemplate"_s, u"WebLt"_s},
         {u"loadBalancers"_s, QStringList{u"Classic"_s}}, {u"defaultCooldown"_s, 120}, {u"terminationPolicy"_s, u"OldestInstance"_s},
         {u"scalingPolicies"_s, QVariantList{row({{u"name"_s, u"step out"_s}, {u"policyType"_s, u"StepScaling"_s}, {u"scalingAdjustment"_s, 2}}),
                                             row({{u"name"_s, u"simple in"_s}, {u"policyType"_s, u"SimpleScaling"_s}, {u"scalingAdjustment"_s, -1},
                                                        {u"comparison"_s, u"LessThanThreshold"_s}, {u"threshold"_s, 20}})}}},
        u"true"_s);
    add(u"Memcached"_s, T::ElastiCache, u"Vpc"_s,
        {{u"engine"_s, u"memcached"_s}, {u"numNodes"_s, 3}, {u"subnets"_s, QStringList{u"DataA"_s, u"DataB"_s}}, {u"port"_s, 11212}});
    add(u"Sharded"_s, T::ElastiCache, u"Vpc"_s, {{u"shards"_s, 3}, {u"replicasPerShard"_s, 1}, {u"subnets"_s, QStringList{u"DataA"_s, u"DataB"_s}}});
    add(u"Replica"_s, T::RdsInstance, u"Vpc"_s, {{u"sourceDb"_s, u"Database"_s}, {u"instanceClass"_s, u"db.t3.small"_s}});
    add(u"AdminIp"_s, T::ElasticIp, QString(), {{u"associatedWith"_s, u"Admin"_s}});
    add(u"Primary"_s, T::Route53Record, QString(),
        {{u"recordName"_s, u"app.example.com"_s}, {u"target"_s, u"Classic"_s}, {u"routingPolicy"_s, u"failover"_s}, {u"failoverRole"_s, u"primary"_s}});
    add(u"Weighted"_s, T::Route53Record, QString(),
        {{u"recordName"_s, u"api.example.com"_s}, {u"alias"_s, false}, {u"target"_s, u"AdminIp"_s}, {u"routingPolicy"_s, u"weighted"_s}, {u"weight"_s, 10}});
    add(u"Latency"_s, T::Route53Record, QString(),
        {{u"recordName"_s, u"eu.example.com"_s}, {u"recordType"_s, u"CNAME"_s}, {u"alias"_s, false}, {u"target"_s, u"Nlb"_s}, {u"routingPolicy"_s, u"latency"_s}});
    // WebSg admits LbSg; LbSg now admits WebSg and itself: a cycle and a self-reference.
    setStored(*doc, u"LbSg"_s, u"inbound"_s,
                    QVariantList{row({{u"protocol"_s, u"tcp"_s}, {u"fromPort"_s, 80}, {u"toPort"_s, 80}, {u"cidr"_s, u"0.0.0.0/0"_s}}),
                                 row({{u"protocol"_s, u"tcp"_s}, {u"fromPort"_s, 9000}, {u"toPort"_s, 9000}, {u"group"_s, u"WebSg"_s}}),
                                 row({{u"protocol"_s, u"all"_s}, {u"group"_s, u"LbSg"_s}, {u"description"_s, u"yes"_s}})});
    setStored(*doc, u"DbSg"_s, u"outbound"_s, QVariantList{});
    setStored(*doc, u"Vpc"_s, u"enableDnsHostnames"_s, true);
    setStored(*doc, u"WebTg"_s, u"healthCheckPath"_s, u"/health"_s);
    setStored(*doc, u"WebTg"_s, u"stickiness"_s, true);
    setStored(*doc, u"Database"_s, u"allocatedStorage"_s, 100);
    setStored(*doc, u"WebLt"_s, u"userData"_s, u"#!/bin/sh\necho 'hi: there'\n"_s);
    setStored(*doc, u"WebLt"_s, u"associatePublicIp"_s, u"no"_s);
    setStored(*doc, u"WebLt"_s, u"keyName"_s, u"ops"_s);
    return doc;
}

} // namespace skydraft::test
