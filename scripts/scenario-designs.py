#!/usr/bin/env python3
"""Writes study mode's start and solution designs (resources/scenarios/*.skydraft) and drills
(resources/scenarios/drills/) from the built-in samples: each is a sample with the change the
scenario teaches taken out (start) or put in (solution). Run from the repository root."""
import copy, json, os

S = 'resources/samples/'
OUT = 'resources/scenarios/'

def load(name):
    return json.load(open(S + name + '.skydraft'))

def res(d, rid):
    return next(r for r in d['resources'] if r['id'] == rid)

def props(d, rid):
    return res(d, rid).setdefault('properties', {})

def remove(d, *ids):
    d['resources'] = [r for r in d['resources'] if r['id'] not in ids]
    d.pop('layout', None)

def add(d, r, after=None):
    if after is None:
        d['resources'].append(r)
    else:
        i = [x['id'] for x in d['resources']].index(after)
        d['resources'].insert(i + 1, r)
    d.pop('layout', None)

def save(d, name, title):
    d['title'] = title
    with open(OUT + name + '.skydraft', 'w') as f:
        json.dump(d, f, indent=2, ensure_ascii=False)
        f.write('\n')

def drill(name, body):
    with open(OUT + 'drills/' + name + '.json', 'w') as f:
        json.dump(body, f, indent=2, ensure_ascii=False)
        f.write('\n')

# 1. WhatIsTheTime.com: one instance -> load balancer + Auto Scaling group over two zones.
web = load('three-tier')
remove(web, 'Database', 'DatabaseSecurityGroup', 'DataSubnetA', 'DataSubnetB')
save(web, 'whatisthetime.solution', 'WhatIsTheTime.com: a stateless web tier in two zones')
drill('whatisthetime-instance-loss', {
    'name': 'A web server stops answering',
    'description': 'One of the web servers hangs at 60 s; the rest must carry the traffic while it is replaced.',
    'duration': 600, 'seed': 7, 'traffic': {'rps': 60},
    'events': [{'at': 60, 'do': 'fail', 'target': 'WebServerGroup-1', 'mode': 'hang'}],
    'expect': [{'metric': 'healthy_targets', 'target': 'WebTargetGroup', 'at': 500, 'min': 2},
               {'metric': 'error_rate', 'from': 180, 'to': 599, 'max': 0.01}]})

# 2. Public and private subnets: a NAT gateway per zone, routes for the private subnets.
d = load('three-tier')
remove(d, 'NatGatewayB', 'NatIpB')
props(d, 'PrivateRouteTableA')['routes'] = []
props(d, 'PrivateRouteTableB')['routes'] = [{'destination': '0.0.0.0/0', 'target': 'NatGatewayA'}]
save(d, 'subnets-nat.start', 'Private subnets without a way out')

# 3. Security groups vs network ACLs.
def with_acl(d, outbound):
    add(d, {'id': 'AppNetworkAcl', 'type': 'network-acl', 'name': 'App subnets ACL', 'parent': 'Vpc',
            'properties': {
                'inbound': [{'rule': 100, 'protocol': 'tcp', 'fromPort': 80, 'toPort': 80, 'cidr': '10.0.0.0/16', 'action': 'allow'},
                            {'rule': 110, 'protocol': 'tcp', 'fromPort': 1024, 'toPort': 65535, 'cidr': '0.0.0.0/0', 'action': 'allow'}],
                'outbound': outbound}}, after='PrivateRouteTableB')
    for s in ('AppSubnetA', 'AppSubnetB'):
        props(d, s)['networkAcl'] = 'AppNetworkAcl'
d = load('three-tier')
with_acl(d, [{'rule': 100, 'protocol': 'tcp', 'fromPort': 80, 'toPort': 80, 'cidr': '0.0.0.0/0', 'action': 'allow'},
             {'rule': 110, 'protocol': 'tcp', 'fromPort': 443, 'toPort': 443, 'cidr': '0.0.0.0/0', 'action': 'allow'},
             {'rule': 120, 'protocol': 'tcp', 'fromPort': 3306, 'toPort': 3306, 'cidr': '10.0.0.0/16', 'action': 'allow'}])
props(d, 'DatabaseSecurityGroup')['inbound'] = [{'protocol': 'tcp', 'fromPort': 3306, 'toPort': 3306, 'cidr': '10.0.0.0/16', 'description': 'MySQL from the VPC'}]
save(d, 'sg-vs-nacl.start', 'A network ACL that forgets the return traffic')
d = load('three-tier')
with_acl(d, [{'rule': 100, 'protocol': 'tcp', 'fromPort': 80, 'toPort': 80, 'cidr': '0.0.0.0/0', 'action': 'allow'},
             {'rule': 110, 'protocol': 'tcp', 'fromPort': 443, 'toPort': 443, 'cidr': '0.0.0.0/0', 'action': 'allow'},
             {'rule': 120, 'protocol': 'tcp', 'fromPort': 3306, 'toPort': 3306, 'cidr': '10.0.0.0/16', 'action': 'allow'},
             {'rule': 130, 'protocol': 'tcp', 'fromPort': 1024, 'toPort': 65535, 'cidr': '0.0.0.0/0', 'action': 'allow'}])
save(d, 'sg-vs-nacl.solution', 'Stateless ACL with return ports, stateful groups by reference')

# 4. Bastion host.
def with_bastion(d, bastion_in, web_ssh):
    add(d, {'id': 'BastionSecurityGroup', 'type': 'security-group', 'name': 'Bastion group', 'parent': 'Vpc',
            'properties': {'description': 'Bastion: SSH from the office', 'inbound': bastion_in}}, after='DatabaseSecurityGroup')
    add(d, {'id': 'Bastion', 'type': 'ec2-instance', 'name': 'Bastion host', 'parent': 'PublicSubnetA',
            'properties': {'securityGroups': ['BastionSecurityGroup'], 'keyName': 'admin-key', 'associatePublicIp': 'yes'}})
    props(d, 'WebSecurityGroup')['inbound'].append(web_ssh)
d = load('three-tier')
with_bastion(d, [{'protocol': 'tcp', 'fromPort': 22, 'toPort': 22, 'cidr': '0.0.0.0/0', 'description': 'SSH from anywhere'}],
             {'protocol': 'tcp', 'fromPort': 22, 'toPort': 22, 'cidr': '0.0.0.0/0', 'description': 'SSH from anywhere'})
save(d, 'bastion.start', 'SSH open to the world')
d = load('three-tier')
with_bastion(d, [{'protocol': 'tcp', 'fromPort': 22, 'toPort': 22, 'cidr': '203.0.113.10/32', 'description': 'SSH from the office'}],
             {'protocol': 'tcp', 'fromPort': 22, 'toPort': 22, 'group': 'BastionSecurityGroup', 'description': 'SSH from the bastion'})
save(d, 'bastion.solution', 'SSH through one bastion host')

# 5. Health checks: EC2 health checks do not see a hung application.
d = load('three-tier')
props(d, 'WebServerGroup')['healthCheckType'] = 'EC2'
save(d, 'health-checks.start', 'Auto Scaling trusts EC2 status checks only')
drill('health-checks-hang', {
    'name': 'The application hangs',
    'description': 'A web server keeps running but its application stops answering at 60 s.',
    'duration': 600, 'seed': 7, 'traffic': {'rps': 60},
    'events': [{'at': 60, 'do': 'fail', 'target': 'WebServerGroup-1', 'mode': 'hang'}],
    'expect': [{'metric': 'healthy_targets', 'target': 'WebTargetGroup', 'at': 540, 'min': 2}]})

# 6. Cross-zone load balancing: a network load balancer in one zone, targets in two.
def nlb(d, subnets, cross):
    lb = props(d, 'WebLoadBalancer')
    lb['kind'] = 'network'
    lb['subnets'] = subnets
    lb['listeners'] = [{'protocol': 'TCP', 'port': 80, 'targetGroup': 'WebTargetGroup'}]
    if cross is not None:
        lb['crossZone'] = cross
    props(d, 'WebTargetGroup')['protocol'] = 'TCP'
d = load('three-tier')
nlb(d, ['PublicSubnetA'], None)
save(d, 'cross-zone.start', 'A network load balancer in one zone')
d = load('three-tier')
nlb(d, ['PublicSubnetA', 'PublicSubnetB'], None)
save(d, 'cross-zone.solution', 'A network load balancer with a node in each zone')

# 7. Deregistration delay during scale-in.
d = load('three-tier')
props(d, 'WebTargetGroup')['deregistrationDelay'] = 0
props(d, 'WebServerGroup')['desiredCapacity'] = 4
save(d, 'draining.start', 'Targets cut off the moment they leave')
d = load('three-tier')
props(d, 'WebTargetGroup')['deregistrationDelay'] = 30
props(d, 'WebServerGroup')['desiredCapacity'] = 4
save(d, 'draining.solution', 'Thirty seconds of draining before a target leaves')
drill('draining-scale-in', {
    'name': 'Scale in from four to two',
    'description': 'The group is set from four instances to two at 120 s while requests are in flight.',
    'duration': 400, 'seed': 7, 'traffic': {'rps': 60},
    'events': [{'at': 120, 'do': 'set-desired', 'target': 'WebServerGroup', 'value': 2}],
    'expect': [{'metric': 'errors', 'from': 0, 'to': 399, 'max': 0}]})

# 8. Scaling policies under a spike.
d = load('three-tier')
props(d, 'WebServerGroup')['scalingPolicies'] = []
props(d, 'WebServerGroup')['maxSize'] = 2
save(d, 'scaling.start', 'A fixed fleet of two')
drill('scaling-spike', {
    'name': 'A spike triples the traffic',
    'description': 'Traffic goes from 90 to 270 requests/s at 300 s for half an hour.',
    'duration': 1500, 'seed': 7,
    'traffic': {'rps': 90, 'shape': 'spike', 'peak': 270, 'start': 300, 'length': 1200},
    'expect': [{'metric': 'desired', 'target': 'WebServerGroup', 'at': 900, 'min': 3},
               {'metric': 'error_rate', 'from': 900, 'to': 1499, 'max': 0.01}]})

# 9. MyClothes.com: sessions out of the web servers.
d = load('stateful-shop')
remove(d, 'SessionCache', 'CacheSecurityGroup')
props(d, 'WebTargetGroup')['stickiness'] = True
save(d, 'myclothes.start', 'MyClothes.com with carts kept on the web servers')

# 10. RDS Multi-AZ and read replicas.
d = load('three-tier')
props(d, 'Database')['multiAz'] = False
save(d, 'rds-multi-az.start', 'One database in one zone')
d = load('three-tier')
add(d, {'id': 'DatabaseReplica', 'type': 'rds-instance', 'name': 'Read replica', 'parent': 'Vpc',
        'properties': {'engine': 'mysql', 'securityGroups': ['DatabaseSecurityGroup'], 'sourceDb': 'Database'}}, after='Database')
save(d, 'rds-multi-az.solution', 'Multi-AZ for failover, a replica for reads')

# 11. MyWordPress.com: Aurora with a replica.
d = load('wordpress-aurora')
props(d, 'WordPressDatabase')['replicas'] = 0
save(d, 'mywordpress.start', 'MyWordPress.com on an Aurora cluster without replicas')

# 12. ElastiCache Redis with a replica vs Memcached.
d = load('stateful-shop')
c = props(d, 'SessionCache')
c['replicasPerShard'] = 0
c['automaticFailover'] = False
c['multiAz'] = False
save(d, 'elasticache.start', 'A session cache with one node')

# 13. Deployments: a rolling deployment under load.
d = load('three-tier')
props(d, 'WebServerGroup')['scalingPolicies'] = []
save(d, 'deployments.start', 'Two web servers, deployed one at a time')
d = load('three-tier')
props(d, 'WebServerGroup')['scalingPolicies'] = []
props(d, 'WebServerGroup')['minSize'] = 3
props(d, 'WebServerGroup')['desiredCapacity'] = 3
save(d, 'deployments.solution', 'Three web servers: one batch out still leaves enough')
drill('deployments-rolling', {
    'name': 'A rolling deployment at 150 requests/s',
    'description': 'A new version is rolled out one instance at a time at 120 s.',
    'duration': 600, 'seed': 7, 'traffic': {'rps': 150},
    'events': [{'at': 120, 'do': 'deploy', 'target': 'WebServerGroup', 'strategy': 'rolling', 'batchSize': 1}],
    'expect': [{'metric': 'error_rate', 'max': 0.01}]})

# 14. Route 53: failover from the load balancer to a static "sorry" server.
d = load('three-tier')
props(d, 'WebRecord').update({'routingPolicy': 'failover', 'failoverRole': 'primary'})
add(d, {'id': 'SorryRecord', 'type': 'route53-record', 'name': 'www.example.com (secondary)',
        'properties': {'recordName': 'www.example.com', 'alias': False, 'target': 'SorryServerIp',
                       'routingPolicy': 'failover', 'failoverRole': 'secondary', 'ttl': 60}}, after='WebRecord')
add(d, {'id': 'SorrySecurityGroup', 'type': 'security-group', 'name': 'Maintenance page group', 'parent': 'Vpc',
        'properties': {'description': 'Maintenance page: HTTP from anywhere',
                       'inbound': [{'protocol': 'tcp', 'fromPort': 80, 'toPort': 80, 'cidr': '0.0.0.0/0', 'description': 'HTTP from anywhere'}]}},
    after='DatabaseSecurityGroup')
add(d, {'id': 'SorryServer', 'type': 'ec2-instance', 'name': 'Maintenance page', 'parent': 'PublicSubnetB',
        'properties': {'securityGroups': ['SorrySecurityGroup']}})
add(d, {'id': 'SorryServerIp', 'type': 'elastic-ip', 'name': 'Maintenance page address',
        'properties': {'associatedWith': 'SorryServer'}})
save(d, 'route53-failover.solution', 'Failover routing to a maintenance page')
