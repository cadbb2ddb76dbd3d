// CloudFormation mapping of the data tier: RDS DB instances and their read replicas,
// Aurora clusters with their instances, ElastiCache replication groups and clusters.

#include "cfncontext.h"

using namespace Qt::StringLiterals;

namespace skydraft::exchange {

namespace {

using T = ResourceType;

/// A DB or cache subnet group for the resource's subnets; returns its logical id.
QString addSubnetGroup(CfnContext &c, const Resource &r, bool cache)
{
    const QStringList subnets = r.references(u"subnets"_s);
    if (subnets.isEmpty())
        return {};
    const QString id = c.foldedId(u"subnet-group:"_s + r.id, c.id(r.id) + u"SubnetGroup"_s);
    // By id, not display name: renaming the database for people leaves its subnet group alone.
    const QString description = u"Subnets of "_s + r.id;
    Value p = Value::map();
    if (cache) {
        p[u"Description"_s] = description;
        p[u"SubnetIds"_s] = c.refs(subnets);
        c.add(id, u"AWS::ElastiCache::SubnetGroup"_s, std::move(p));
    } else {
        p[u"DBSubnetGroupDescription"_s] = description;
        p[u"SubnetIds"_s] = c.refs(subnets);
        c.add(id, u"AWS::RDS::DBSubnetGroup"_s, std::move(p));
    }
    return id;
}

void addCredentials(CfnContext &c, const Resource &r, Value &p)
{
    p[u"MasterUsername"_s] = c.stringParameter(u"DbMasterUsername"_s, u"Master user name of the databases"_s, u"dbadmin"_s);
    p[u"MasterUserPassword"_s] = c.passwordParameter(r.id);
}

void mapDbInstances(CfnContext &c)
{
    for (const Resource *r : c.facts.ofType(T::RdsInstance)) {
        Value p = Value::map();
        const QString source = r->string(u"sourceDb"_s);
        const bool replica = c.doc.contains(source);
        if (replica)
            p[u"SourceDBInstanceIdentifier"_s] = c.ref(source);
        p[u"Engine"_s] = r->string(u"engine"_s);
        if (!r->string(u"engineVersion"_s).isEmpty())
            p[u"EngineVersion"_s] = r->string(u"engineVersion"_s);
        p[u"DBInstanceClass"_s] = r->string(u"instanceClass"_s);
        if (!replica) {
            p[u"AllocatedStorage"_s] = QString::number(r->integer(u"allocatedStorage"_s));
            addCredentials(c, *r, p);
            const QString group = addSubnetGroup(c, *r, false);
            if (!group.isEmpty())
                p[u"DBSubnetGroupName"_s] = CfnContext::refLogical(group);
            // 7 days in the console, 1 through the API: always written.
            p[u"BackupRetentionPeriod"_s] = r->integer(u"backupRetention"_s);
        } else if (CfnContext::differs(*r, u"backupRetention"_s)) {
            p[u"BackupRetentionPeriod"_s] = r->integer(u"backupRetention"_s);
        }
        p.setIfAny(u"VPCSecurityGroups"_s, c.refs(r->references(u"securityGroups"_s)));
        if (r->boolean(u"multiAz"_s))
            p[u"MultiAZ"_s] = true;
        else if (!r->string(u"availabilityZone"_s).isEmpty())
            p[u"AvailabilityZone"_s] = r->string(u"availabilityZone"_s);
        if (r->boolean(u"publiclyAccessible"_s))
            p[u"PubliclyAccessible"_s] = true;
        if (CfnContext::differs(*r, u"port"_s))
            p[u"Port"_s] = QString::number(r->integer(u"port"_s));
        p.setIfAny(u"Tags"_s, c.nameTags(*r));
        c.add(c.id(r->id), u"AWS::RDS::DBInstance"_s, std::move(p));
    }
}

void mapAurora(CfnContext &c)
{
    for (const Resource *r : c.facts.ofType(T::AuroraCluster)) {
        Value p = Value::map();
        const QString engine = r->string(u"engine"_s);
        p[u"Engine"_s] = engine;
        addCredentials(c, *r, p);
        const QString group = addSubnetGroup(c, *r, false);
        if (!group.isEmpty())
            p[u"DBSubnetGroupName"_s] = CfnContext::refLogical(group);
        p.setIfAny(u"VpcSecurityGroupIds"_s, c.refs(r->references(u"securityGroups"_s)));
        p[u"BackupRetentionPeriod"_s] = r->integer(u"backupRetention"_s);
        if (CfnContext::differs(*r, u"port"_s))
            p[u"Port"_s] = r->integer(u"port"_s);
        p.setIfAny(u"Tags"_s, c.nameTags(*r));
        c.add(c.id(r->id), u"AWS::RDS::DBCluster"_s, std::move(p));
        // The writer and its replicas are DB instances in the cluster.
        const qint64 instances = 1 + r->integer(u"replicas"_s);
        for (qint64 i = 1; i <= instances; ++i) {
            Value ip = Value::map();
            ip[u"DBClusterIdentifier"_s] = c.ref(r->id);
            ip[u"Engine"_s] = engine;
            ip[u"DBInstanceClass"_s] = r->string(u"instanceClass"_s);
            if (!group.isEmpty())
                ip[u"DBSubnetGroupName"_s] = CfnContext::refLogical(group);
            if (r->boolean(u"publiclyAccessible"_s))
                ip[u"PubliclyAccessible"_s] = true;
            c.add(c.foldedId(u"cluster-instance:"_s + r->id + u':' + QString::number(i), c.id(r->id) + u"Instance"_s + QString::number(i)),
                  u"AWS::RDS::DBInstance"_s, std::move(ip));
        }
    }
}

void mapCaches(CfnContext &c)
{
    for (const Resource *r : c.facts.ofType(T::ElastiCache)) {
        const QString group = addSubnetGroup(c, *r, true);
        Value p = Value::map();
        const bool memcached = r->string(u"engine"_s) == u"memcached"_s;
        if (memcached) {
            p[u"Engine"_s] = u"memcached"_s;
            p[u"CacheNodeType"_s] = r->string(u"nodeType"_s);
            p[u"NumCacheNodes"_s] = r->integer(u"numNodes"_s);
            if (r->integer(u"numNodes"_s) > 1 && c.doc.zonesOf(r->id).size() > 1)
                p[u"AZMode"_s] = u"cross-az"_s;
            if (!group.isEmpty())
                p[u"CacheSubnetGroupName"_s] = CfnContext::refLogical(group);
            p.setIfAny(u"VpcSecurityGroupIds"_s, c.refs(r->references(u"securityGroups"_s)));
        } else {
            p[u"ReplicationGroupDescription"_s] = r->displayName();
            p[u"Engine"_s] = u"redis"_s;
            p[u"CacheNodeType"_s] = r->string(u"nodeType"_s);
            const qint64 shards = r->integer(u"shards"_s);
            const qint64 replicas = r->integer(u"replicasPerShard"_s);
            if (shards > 1) {
                p[u"NumNodeGroups"_s] = shards;
                p[u"ReplicasPerNodeGroup"_s] = replicas;
                p[u"CacheParameterGroupName"_s] = u"default.redis7.cluster.on"_s;
            } else {
                p[u"NumCacheClusters"_s] = 1 + replicas;
            }
            // Failover and Multi-AZ need a replica to fail over to.
            const bool failover = r->boolean(u"automaticFailover"_s) && replicas > 0;
            if (failover != r->boolean(u"automaticFailover"_s))
                c.notes.append(CfnMsg::tr("%1: automatic failover needs a replica; exported without it").arg(r->id));
            p[u"AutomaticFailoverEnabled"_s] = failover;
            p[u"MultiAZEnabled"_s] = failover && r->boolean(u"multiAz"_s);
            if (!group.isEmpty())
                p[u"CacheSubnetGroupName"_s] = CfnContext::refLogical(group);
            p.setIfAny(u"SecurityGroupIds"_s, c.refs(r->references(u"securityGroups"_s)));
        }
        if (CfnContext::differs(*r, u"port"_s))
            p[u"Port"_s] = r->integer(u"port"_s);
        p.setIfAny(u"Tags"_s, c.nameTags(*r));
        c.add(c.id(r->id), memcached ? u"AWS::ElastiCache::CacheCluster"_s : u"AWS::ElastiCache::ReplicationGroup"_s, std::move(p));
    }
}

} // namespace

void mapData(CfnContext &c)
{
    mapDbInstances(c);
    mapAurora(c);
    mapCaches(c);
}

} // namespace skydraft::exchange
