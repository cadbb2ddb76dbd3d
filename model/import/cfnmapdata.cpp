// Data and DNS: RDS instances and Aurora clusters (with their DB subnet groups), ElastiCache
// clusters and replication groups (with their cache subnet groups), Route 53 records.

#include "cfnimporter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace skydraft::cfn {

namespace {

using T = ResourceType;

/// The subnets of a DB or cache subnet group named by `ref` (the group is folded in).
QStringList subnetGroup(Importer &im, const Node *ref, const char *type)
{
    const QString id = Importer::refId(ref);
    if (id.isEmpty()) {
        if (!ref || ref->kind != Node::Kind::External)
            return {};
        // A group defined elsewhere: placeholders for its subnets, two of them.
        Node placeholders;
        placeholders.kind = Node::Kind::List;
        for (int i = 1; i <= 2; ++i) {
            placeholders.items.append(Node::external(ref->text + QString::number(i), ref->attribute));
            placeholders.items.last().line = ref->line;
            placeholders.items.last().col = ref->col;
        }
        return im.subnetsFor(&placeholders);
    }
    if (!im.sources.contains(id) || im.sources[id].type != QString::fromLatin1(type))
        return {};
    Source &group = im.sources[id];
    im.foldedInto(group);
    return im.subnetsFor(group.props.get(u"SubnetIds"));
}

/// A data resource goes into the VPC of its subnets, or the default VPC's first two zones.
QString placeData(Importer &im, QStringList &subnets)
{
    if (subnets.isEmpty())
        for (const QString &zone : zonesOf(im.resolver.region()).mid(0, 2))
            subnets.append(im.defaultSubnet(zone));
    return im.vpcOfMade(subnets.first());
}

void mapDbInstance(Importer &im, Source &s)
{
    const QString source = Importer::refId(s.props.get(u"SourceDBInstanceIdentifier"));
    QStringList subnets = subnetGroup(im, s.props.get(u"DBSubnetGroupName"), "AWS::RDS::DBSubnetGroup");
    if (subnets.isEmpty() && im.made(source)) // a replica goes into its source's subnet group
        subnets = im.made(source)->references(u"subnets"_s);
    const QString vpc = placeData(im, subnets);
    Resource *r = im.make(s.id, T::RdsInstance, vpc);
    Importer::nameFromTags(*r, s.props);
    r->properties.insert(u"subnets"_s, subnets);
    if (const Resource *src = im.made(source)) {
        r->properties.insert(u"sourceDb"_s, source);
        r->properties.insert(u"engine"_s, src->string(u"engine"_s));
    }
    if (const auto engine = Importer::text(s.props.get(u"Engine")))
        im.put(*r, u"engine"_s, engine->toLower(), *s.props.get(u"Engine"));
    im.put(*r, u"engineVersion"_s, s.props.get(u"EngineVersion"));
    im.put(*r, u"instanceClass"_s, s.props.get(u"DBInstanceClass"));
    im.put(*r, u"allocatedStorage"_s, s.props.get(u"AllocatedStorage"));
    im.put(*r, u"multiAz"_s, s.props.get(u"MultiAZ"));
    im.put(*r, u"publiclyAccessible"_s, s.props.get(u"PubliclyAccessible"));
    im.put(*r, u"port"_s, s.props.get(u"Port"));
    im.put(*r, u"availabilityZone"_s, s.props.get(u"AvailabilityZone"));
    if (source.isEmpty()) { // the API keeps one day of backups unless told otherwise
        r->properties.insert(u"backupRetention"_s, qint64(1));
        im.put(*r, u"backupRetention"_s, s.props.get(u"BackupRetentionPeriod"));
    }
    r->properties.insert(u"securityGroups"_s, im.groupsFor(s.props.get(u"VPCSecurityGroups"), vpc));
    if (s.props.get(u"DBSecurityGroups"))
        im.report.note(s.at, ImportMsg::tr("%1: DB security groups (EC2-Classic) are not drawn").arg(s.id));
}

void mapDbCluster(Importer &im, Source &s, const QList<Source *> &members)
{
    QStringList subnets = subnetGroup(im, s.props.get(u"DBSubnetGroupName"), "AWS::RDS::DBSubnetGroup");
    const QString vpc = placeData(im, subnets);
    Resource *r = im.make(s.id, T::AuroraCluster, vpc);
    Importer::nameFromTags(*r, s.props);
    r->properties.insert(u"subnets"_s, subnets);
    QString engine = Importer::text(s.props.get(u"Engine")).value_or(u"aurora-mysql"_s).toLower();
    if (engine == u"aurora"_s)
        engine = u"aurora-mysql"_s;
    im.put(*r, u"engine"_s, engine, s.at);
    im.put(*r, u"port"_s, s.props.get(u"Port"));
    r->properties.insert(u"backupRetention"_s, qint64(1));
    im.put(*r, u"backupRetention"_s, s.props.get(u"BackupRetentionPeriod"));
    r->properties.insert(u"securityGroups"_s, im.groupsFor(s.props.get(u"VpcSecurityGroupIds"), vpc));
    // Member DB instances are the writer and its replicas.
    int count = 0;
    for (Source *m : members) {
        if (Importer::refId(m->props.get(u"DBClusterIdentifier")) != s.id)
            continue;
        if (count++ == 0)
            im.put(*r, u"instanceClass"_s, m->props.get(u"DBInstanceClass"));
        im.foldedInto(*m);
        im.report.note(m->at, ImportMsg::tr("%1 is an instance of cluster %2: drawn as part of it").arg(m->id, s.id));
    }
    r->properties.insert(u"replicas"_s, qint64(std::max(0, count - 1)));
}

void mapCache(Importer &im, Source &s, bool replicationGroup)
{
    QStringList subnets = subnetGroup(im, s.props.get(u"CacheSubnetGroupName"), "AWS::ElastiCache::SubnetGroup");
    const QString vpc = placeData(im, subnets);
    Resource *r = im.make(s.id, T::ElastiCache, vpc);
    Importer::nameFromTags(*r, s.props);
    r->properties.insert(u"subnets"_s, subnets);
    const QString engine = Importer::text(s.props.get(u"Engine")).value_or(u"redis"_s).toLower();
    im.put(*r, u"engine"_s, engine == u"valkey"_s ? u"redis"_s : engine, s.at);
    im.put(*r, u"nodeType"_s, s.props.get(u"CacheNodeType"));
    im.put(*r, u"port"_s, s.props.get(u"Port"));
    QStringList groups = im.groupsFor(s.props.get(u"VpcSecurityGroupIds"), vpc);
    groups += im.groupsFor(s.props.get(u"SecurityGroupIds"), vpc);
    r->properties.insert(u"securityGroups"_s, groups);
    if (r->string(u"engine"_s) == u"memcached"_s) {
        im.put(*r, u"numNodes"_s, s.props.get(u"NumCacheNodes"));
        return;
    }
    // Redis: the API's defaults are one shard, no replica, no failover, no Multi-AZ.
    r->properties.insert(u"replicasPerShard"_s, qint64(0));
    r->properties.insert(u"automaticFailover"_s, false);
    r->properties.insert(u"multiAz"_s, false);
    if (!replicationGroup)
        return;
    im.put(*r, u"shards"_s, s.props.get(u"NumNodeGroups"));
    if (const auto clusters = Importer::integer(s.props.get(u"NumCacheClusters")))
        im.put(*r, u"replicasPerShard"_s, *clusters - 1, *s.props.get(u"NumCacheClusters"));
    im.put(*r, u"replicasPerShard"_s, s.props.get(u"ReplicasPerNodeGroup"));
    im.put(*r, u"automaticFailover"_s, s.props.get(u"AutomaticFailoverEnabled"));
    im.put(*r, u"multiAz"_s, s.props.get(u"MultiAZEnabled"));
}

void mapRecord(Importer &im, Source &s, const Node &props, const QString &id)
{
    static const QRegularExpression dns(u"^(\\*\\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?$"_s);
    const QString type = Importer::text(props.get(u"Type")).value_or(QString());
    // A record set that is not drawn is kept as it was written (a member of a record set group
    // stays with its group).
    if (type != u"A"_s && type != u"AAAA"_s && type != u"CNAME"_s) {
        if (id == s.id)
            im.notDrawn(s, ImportMsg::tr("a %1 record is not drawn (only A, AAAA and CNAME)").arg(type));
        else
            im.report.note(s.at, ImportMsg::tr("%1: a %2 record is not drawn (only A, AAAA and CNAME)").arg(id, type));
        return;
    }
    QString target;
    const Node *alias = props.get(u"AliasTarget");
    if (alias)
        target = Importer::refId(alias->get(u"DNSName"));
    for (const Node &value : Importer::items(props.get(u"ResourceRecords")))
        if (target.isEmpty())
            target = Importer::refId(&value);
    const Resource *t = im.made(target);
    if (alias && (!t || t->type != T::LoadBalancer)) {
        if (id == s.id)
            im.notDrawn(s, ImportMsg::tr("an alias to something other than a load balancer of the template is not drawn"));
        else
            im.report.note(s.at, ImportMsg::tr("%1: an alias to something other than a load balancer of the template is not drawn").arg(id));
        return;
    }
    Resource *r = im.make(id, T::Route53Record);
    if (!r)
        return;
    r->properties.insert(u"recordType"_s, type);
    r->properties.insert(u"alias"_s, alias != nullptr);
    if (t)
        r->properties.insert(u"target"_s, target);
    const auto name = Importer::text(props.get(u"Name"));
    if (name && dns.match(*name).hasMatch())
        r->properties.insert(u"recordName"_s, *name);
    else
        im.report.note(s.at, ImportMsg::tr("%1: the record name is not known offline; %2 stands for it")
                                 .arg(id, r->string(u"recordName"_s)));
    if (alias)
        im.put(*r, u"evaluateTargetHealth"_s, alias->get(u"EvaluateTargetHealth"));
    im.put(*r, u"ttl"_s, props.get(u"TTL"));
    if (const auto role = Importer::text(props.get(u"Failover"))) {
        r->properties.insert(u"routingPolicy"_s, u"failover"_s);
        im.put(*r, u"failoverRole"_s, role->toLower(), s.at);
    } else if (props.get(u"Weight")) {
        r->properties.insert(u"routingPolicy"_s, u"weighted"_s);
        im.put(*r, u"weight"_s, props.get(u"Weight"));
    } else if (props.get(u"Region")) {
        r->properties.insert(u"routingPolicy"_s, u"latency"_s);
    }
}

} // namespace

void mapData(Importer &im)
{
    const QList<Source *> instances = im.ofType(u"AWS::RDS::DBInstance"_s);
    for (Source *s : im.ofType(u"AWS::RDS::DBCluster"_s))
        mapDbCluster(im, *s, instances);
    // Sources before replicas: a replica takes its source's engine and subnets.
    for (const bool replicas : {false, true})
        for (Source *s : instances)
            if (!s->used && replicas == !Importer::refId(s->props.get(u"SourceDBInstanceIdentifier")).isEmpty())
                mapDbInstance(im, *s);
    for (Source *s : im.ofType(u"AWS::ElastiCache::CacheCluster"_s))
        mapCache(im, *s, false);
    for (Source *s : im.ofType(u"AWS::ElastiCache::ReplicationGroup"_s))
        mapCache(im, *s, true);
    for (Source *s : im.ofType(u"AWS::Route53::RecordSet"_s)) {
        mapRecord(im, *s, s->props, s->id);
        im.foldedInto(*s);
    }
    for (Source *s : im.ofType(u"AWS::Route53::RecordSetGroup"_s)) {
        const QList<Node> records = Importer::items(s->props.get(u"RecordSets"));
        for (int i = 0; i < records.size(); ++i)
            mapRecord(im, *s, records[i], im.freshId(s->id + QString::number(i + 1)));
        im.foldedInto(*s);
    }
    // Subnet groups nobody uses are still worth a line.
    for (const char *type : {"AWS::RDS::DBSubnetGroup", "AWS::ElastiCache::SubnetGroup"})
        for (Source *s : im.ofType(QString::fromLatin1(type)))
            if (!s->used)
                im.notDrawn(*s, ImportMsg::tr("no database or cache uses it"));
}

} // namespace skydraft::cfn
