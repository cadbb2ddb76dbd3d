// Terraform export of the data tier (RDS, Aurora, ElastiCache) and Route 53 records.

#include "exportrules.h"
#include "tfcontext.h"

using namespace Qt::StringLiterals;

namespace skydraft::exchange {

namespace {

using T = ResourceType;
using H = HclBody;

/// A DB or cache subnet group for the resource's subnets; returns its name expression.
QString subnetGroup(TfContext &c, const Resource &r, bool cache)
{
    const QStringList subnets = r.references(u"subnets"_s);
    if (subnets.isEmpty())
        return {};
    const QString id = c.derived(c.name(r.id) + u"SubnetGroup"_s);
    const QString type = cache ? u"aws_elasticache_subnet_group"_s : u"aws_db_subnet_group"_s;
    HclBody &b = c.resource(type, id);
    // Subnet group names are lower case.
    b.set(u"name"_s, H::string(snakeCase(id).replace(u'_', u'-')));
    b.set(u"description"_s, H::string(u"Subnets of "_s + r.id)); // not the display name: see cfndata.cpp
    b.set(u"subnet_ids"_s, c.refs(subnets));
    return type + u'.' + id + u".name"_s;
}

void credentials(TfContext &c, const Resource &r, HclBody &b, bool cluster)
{
    b.set(cluster ? u"master_username"_s : u"username"_s,
          c.stringVariable(u"db_master_username"_s, u"Master user name of the databases"_s, u"dbadmin"_s));
    b.set(cluster ? u"master_password"_s : u"password"_s, c.passwordVariable(r.id));
}

void writeDbInstances(TfContext &c)
{
    for (const Resource *r : c.facts.ofType(T::RdsInstance)) {
        const QString source = r->string(u"sourceDb"_s);
        const bool replica = c.doc.contains(source);
        const QString group = replica ? QString() : subnetGroup(c, *r, false);
        HclBody &b = c.resource(u"aws_db_instance"_s, c.name(r->id));
        if (replica)
            b.set(u"replicate_source_db"_s, c.ref(source, u"identifier"_s));
        b.set(u"engine"_s, H::string(r->string(u"engine"_s)));
        if (!r->string(u"engineVersion"_s).isEmpty())
            b.set(u"engine_version"_s, H::string(r->string(u"engineVersion"_s)));
        b.set(u"instance_class"_s, H::string(r->string(u"instanceClass"_s)));
        if (!replica) {
            b.set(u"allocated_storage"_s, H::number(r->integer(u"allocatedStorage"_s)));
            credentials(c, *r, b, false);
            if (!group.isEmpty())
                b.set(u"db_subnet_group_name"_s, group);
        }
        b.set(u"backup_retention_period"_s, H::number(r->integer(u"backupRetention"_s)));
        b.setIfAny(u"vpc_security_group_ids"_s, c.refs(r->references(u"securityGroups"_s)));
        b.set(u"multi_az"_s, H::boolean(r->boolean(u"multiAz"_s)));
        if (!r->boolean(u"multiAz"_s) && !r->string(u"availabilityZone"_s).isEmpty())
            b.set(u"availability_zone"_s, H::string(r->string(u"availabilityZone"_s)));
        b.set(u"publicly_accessible"_s, H::boolean(r->boolean(u"publiclyAccessible"_s)));
        b.set(u"port"_s, H::number(r->integer(u"port"_s)));
        b.set(u"skip_final_snapshot"_s, u"true"_s);
        c.nameTags(b, *r);
    }
}

void writeAurora(TfContext &c)
{
    for (const Resource *r : c.facts.ofType(T::AuroraCluster)) {
        const QString group = subnetGroup(c, *r, false);
        HclBody &b = c.resource(u"aws_rds_cluster"_s, c.name(r->id));
        b.set(u"engine"_s, H::string(r->string(u"engine"_s)));
        credentials(c, *r, b, true);
        if (!group.isEmpty())
            b.set(u"db_subnet_group_name"_s, group);
        b.setIfAny(u"vpc_security_group_ids"_s, c.refs(r->references(u"securityGroups"_s)));
        b.set(u"port"_s, H::number(r->integer(u"port"_s)));
        b.set(u"backup_retention_period"_s, H::number(r->integer(u"backupRetention"_s)));
        b.set(u"skip_final_snapshot"_s, u"true"_s);
        c.nameTags(b, *r);
        const qint64 instances = 1 + r->integer(u"replicas"_s);
        for (qint64 i = 1; i <= instances; ++i) {
            HclBody &ib = c.resource(u"aws_rds_cluster_instance"_s, c.derived(c.name(r->id) + u"Instance"_s + QString::number(i)));
            ib.set(u"cluster_identifier"_s, c.ref(r->id));
            ib.set(u"engine"_s, c.ref(r->id, u"engine"_s));
            ib.set(u"instance_class"_s, H::string(r->string(u"instanceClass"_s)));
            ib.set(u"publicly_accessible"_s, H::boolean(r->boolean(u"publiclyAccessible"_s)));
        }
    }
}

void writeCaches(TfContext &c)
{
    for (const Resource *r : c.facts.ofType(T::ElastiCache)) {
        const QString group = subnetGroup(c, *r, true);
        const bool memcached = r->string(u"engine"_s) == u"memcached"_s;
        const QString clusterId = snakeCase(c.name(r->id)).replace(u'_', u'-').left(40);
        HclBody &b = c.resource(memcached ? u"aws_elasticache_cluster"_s : u"aws_elasticache_replication_group"_s, c.name(r->id));
        if (memcached) {
            b.set(u"cluster_id"_s, H::string(clusterId));
            b.set(u"engine"_s, H::string(u"memcached"_s));
            b.set(u"node_type"_s, H::string(r->string(u"nodeType"_s)));
            b.set(u"num_cache_nodes"_s, H::number(r->integer(u"numNodes"_s)));
            if (r->integer(u"numNodes"_s) > 1 && c.doc.zonesOf(r->id).size() > 1)
                b.set(u"az_mode"_s, H::string(u"cross-az"_s));
        } else {
            const qint64 shards = r->integer(u"shards"_s);
            const qint64 replicas = r->integer(u"replicasPerShard"_s);
            const bool failover = r->boolean(u"automaticFailover"_s) && replicas > 0;
            b.set(u"replication_group_id"_s, H::string(clusterId));
            b.set(u"description"_s, H::string(r->displayName()));
            b.set(u"engine"_s, H::string(u"redis"_s));
            b.set(u"node_type"_s, H::string(r->string(u"nodeType"_s)));
            if (shards > 1) {
                b.set(u"num_node_groups"_s, H::number(shards));
                b.set(u"replicas_per_node_group"_s, H::number(replicas));
                b.set(u"parameter_group_name"_s, H::string(u"default.redis7.cluster.on"_s));
            } else {
                b.set(u"num_cache_clusters"_s, H::number(1 + replicas));
            }
            b.set(u"automatic_failover_enabled"_s, H::boolean(failover));
            b.set(u"multi_az_enabled"_s, H::boolean(failover && r->boolean(u"multiAz"_s)));
        }
        if (!group.isEmpty())
            b.set(u"subnet_group_name"_s, group);
        b.setIfAny(u"security_group_ids"_s, c.refs(r->references(u"securityGroups"_s)));
        b.set(u"port"_s, H::number(r->integer(u"port"_s)));
        c.nameTags(b, *r);
    }
}

void writeRecords(TfContext &c)
{
    for (const Resource *r : c.facts.ofType(T::Route53Record)) {
        const Resource *target = c.doc.find(r->string(u"target"_s));
        if (!target) {
            c.notes.append(TfMsg::tr("%1: a record without a target has no value; not exported").arg(r->id));
            continue;
        }
        const QString recordName = r->string(u"recordName"_s);
        HclBody &b = c.resource(u"aws_route53_record"_s, c.name(r->id));
        b.set(u"zone_id"_s, c.hostedZone(rules::zoneOfRecord(recordName)));
        b.set(u"name"_s, H::string(recordName));
        const bool toLb = target->type == T::LoadBalancer;
        QString type = r->string(u"recordType"_s);
        const QString policy = r->string(u"routingPolicy"_s);
        if (policy != u"simple"_s)
            b.set(u"set_identifier"_s, H::string(c.name(r->id)));
        if (r->boolean(u"alias"_s) && toLb) {
            b.set(u"type"_s, H::string(type));
            b.block(u"alias"_s)
                .set(u"name"_s, c.ref(target->id, u"dns_name"_s))
                .set(u"zone_id"_s, c.ref(target->id, u"zone_id"_s))
                .set(u"evaluate_target_health"_s, H::boolean(r->boolean(u"evaluateTargetHealth"_s)));
        } else {
            QString value;
            if (toLb) {
                value = c.ref(target->id, u"dns_name"_s);
                type = u"CNAME"_s;
            } else {
                value = c.ref(target->id, u"public_ip"_s);
            }
            b.set(u"type"_s, H::string(type));
            b.set(u"ttl"_s, H::number(r->integer(u"ttl"_s)));
            b.set(u"records"_s, H::list({value}));
        }
        if (policy == u"failover"_s)
            b.block(u"failover_routing_policy"_s).set(u"type"_s, H::string(r->string(u"failoverRole"_s).toUpper()));
        else if (policy == u"weighted"_s)
            b.block(u"weighted_routing_policy"_s).set(u"weight"_s, H::number(r->integer(u"weight"_s)));
        else if (policy == u"latency"_s)
            b.block(u"latency_routing_policy"_s).set(u"region"_s, u"var.region"_s);
    }
}

} // namespace

void writeData(TfContext &c)
{
    writeDbInstances(c);
    writeAurora(c);
    writeCaches(c);
    writeRecords(c);
}

} // namespace skydraft::exchange
