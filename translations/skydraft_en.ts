<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open design</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::Catalogue</name>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source (inbound) or destination (outbound) CIDR block; leave empty when a group is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admits the private addresses of every resource carrying this group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alias follows the AWS resource&apos;s addresses and uses its TTL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alias record has no TTL of its own: it uses its target&apos;s (60 s for a load balancer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate target health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 CIDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS hostnames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-assign public IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the VPC&apos;s main route table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network ACL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the VPC&apos;s default network ACL, which allows everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associated with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main route table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local route for the VPC CIDR is always present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default ACL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new group admits nothing inbound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new group allows all outbound traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One load-balancer node per subnet&apos;s AZ; an ALB needs two AZs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-zone load balancing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle timeout (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check interval (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check timeout (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhealthy threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticky sessions (AWSELB cookie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie duration (s, 0: browser session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection draining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draining timeout (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;traffic-port&quot; or a port number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deregistration delay (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticky sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stickiness type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stickiness duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults to the minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check grace period (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default cooldown (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance warm-up (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termination policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datapoints to alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooldown (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable scale-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the VPC&apos;s default group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;subnet-default&quot; follows the subnet&apos;s auto-assign setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage (GiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-AZ standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publicly accessible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB subnet group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DB subnet group must cover at least two AZs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup retention (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to make this instance an asynchronous read replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred AZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone name of the primary; empty lets AWS choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aurora replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas per shard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-AZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache subnet group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off on non-default subnets; an instance can override it at launch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic Load Balancers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::Checker</name>
    <message>
        <source>the internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elastic IP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a public IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no public IPv4 address or Elastic IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instances get public IPv4 addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s instances get no public IPv4 address in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internet-facing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an internal load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publicly accessible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not publicly accessible (PubliclyAccessible is false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Elastic IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 never has a public address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH or RDP open to the whole internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit tcp/22 and tcp/3389 only from an admin range, or use Session Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database or cache reachable from the internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep data stores in private subnets, not publicly accessible, admitting only the app tier&apos;s group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application Load Balancer in fewer than two Availability Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the load balancer a subnet in a second Availability Zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier in one Availability Zone only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread the tier over at least two Availability Zones so that losing one zone does not take it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-AZ database behind a multi-AZ web tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on Multi-AZ: the web tier survives a zone loss, the database would not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer cannot reach its targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the targets&apos; security group admit the load balancer&apos;s group on the traffic and health-check ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances with no route to the internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route 0.0.0.0/0 to a NAT gateway in a public subnet of the same AZ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT gateway in a private subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the NAT gateway in a public subnet (one that routes to the internet gateway).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet-facing load balancer in private subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an internet-facing load balancer public subnets, or make it internal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlapping subnet CIDR blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each subnet its own block inside the VPC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet outside its VPC&apos;s CIDR block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a subnet block inside the VPC&apos;s block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security group attached to nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach it to a resource or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto Scaling desired capacity outside [min, max]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep min &lt;= desired &lt;= max.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network ACL blocks return traffic on ephemeral ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACLs are stateless: allow tcp 1024-65535 for the replies in both directions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the property as the message says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: inbound rule %2 admits %3 from 0.0.0.0/0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot health-check %2 on tcp/%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot reach %2 on tcp/%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no route to the internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT gateway %1 is not in a subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT gateway %1 sits in %2, which has no route to an internet gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 launches instances in %2 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Aurora replica: a failure recreates the writer, which takes minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not Multi-AZ: losing its zone loses the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps all its nodes in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is attached to nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reachable from the internet on tcp/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is single-AZ while %2 spans %3 zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is internet-facing but %2 has no route to an internet gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sits in %2, which has no route to an internet gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot reach the internet (for updates and AWS APIs): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no security group: nothing is filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default security group of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 allows all outbound traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 admits its own members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: inbound rule %2 allows %3 from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: outbound rule %2 allows %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no inbound rule allows %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no outbound rule allows %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the VPC&apos;s default network ACL, which allows all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rule %2 denies %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rule %2 allows %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no rule allows %2, so the final * rule denies it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both ends are the internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clients on the internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; an internet gateway admits traffic only to public addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no internet gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwards to the public address of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replies from %1 to the internet go to %2, not to internet gateway %3, so the connection never completes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no route to the internet for the replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translates %1&apos;s address to its public one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in a subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translates the source to its Elastic IP (outbound only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the internet route goes to %1; forwarding through an instance is not modelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are in different VPCs with no peering between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local route: %1 is inside the VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no listeners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no listener for %2 (listeners: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listener %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no node in %2, so %3 there gets no traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-zone load balancing is off and %1 has no node in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not placed in any subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends to %2 on port %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwards to %1 on port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolves to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no network interface in any subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolves to nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listener %1:%2 of %3 forwards to no target group, so nothing reaches %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no port given: any port that the rules allow counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2 on %3: reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2 on %3: NOT reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  assumed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design that AWS would refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private subnets in %1 zones go out through NAT gateways in %2 only: losing that zone cuts them all off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on %2) admits only its own members, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return traffic %1 from %2 on ports %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return traffic %1 to %2 on ports %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::Cidr</name>
    <message>
        <source>missing the /prefix length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an IPv4 address before the /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix length must be 0 to 32</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::DiagramScene</name>
    <message numerus="yes">
        <source>%1 +%n replica(s)</source>
        <translation>
            <numerusform>%1 +%n replica</numerusform>
            <numerusform>%1 +%n replicas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inbound rule(s)</source>
        <translation>
            <numerusform>%n inbound rule</numerusform>
            <numerusform>%n inbound rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n route</numerusform>
            <numerusform>%n routes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  (desired %2, %3-%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Multi-AZ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::Editor</name>
    <message>
        <source>&quot;%1&quot; is not a valid id: use letters and digits, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no resource &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no property &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change id %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be placed inside itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n resource(s)</source>
        <translation>
            <numerusform>Delete %n resource</numerusform>
            <numerusform>Delete %n resources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skydraft::MainWindow</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SkyDraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sample, read-only) — SkyDraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — SkyDraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SkyDraft designs (*.skydraft);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SkyDraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;SkyDraft %1&lt;/h3&gt;&lt;p&gt;Design AWS architectures, prove what can reach what, and rehearse failures.&lt;/p&gt;&lt;p&gt;MIT License.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: AWS would accept this design, and the checker found nothing to warn about.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::NativeFile</name>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable design: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an array of ids, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an array of rows, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row of %1 must be an object, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in a row of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layout entry needs &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a SkyDraft design: the top level must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a SkyDraft design: &quot;format&quot;: &quot;skydraft&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this design was written by a newer SkyDraft (file version %1; this build reads up to %2): update SkyDraft to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown file version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;resources&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resource must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resource needs an &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (also resource %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource &quot;%1&quot; needs a &quot;type&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown resource type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;properties&quot; must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource type %1 has no property &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent &quot;%1&quot; is not a resource of this design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resource cannot contain itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>containment loops back to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;layout&quot; must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layout for &quot;%1&quot;, which is not a resource of this design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a layout entry must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width and height must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::Types</name>
    <message>
        <source>Internet clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route 53 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elastic IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network ACL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto Scaling group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC2 instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDS DB instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aurora cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ElastiCache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::Validator</name>
    <message>
        <source>there is no resource &quot;%1&quot; to contain it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can only be placed inside: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a valid CIDR block (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to the resource itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to %2, which is not in the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to %2, which is in another VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists %2 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1 must be letters and digits, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 block %2 must have a prefix length between /16 and /28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has host bits set; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a zone name like us-east-1a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone %1 is not in the design&apos;s region %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnet block %1 is outside the VPC&apos;s %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two routes for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route for %1 conflicts with the local route of the VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule number %1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port range %1-%2 runs backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rules; the default quota is 20 per direction</source>
        <translation>
            <numerusform>%n rule; the default quota is 20 per direction</numerusform>
            <numerusform>%n rules; the default quota is 20 per direction</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rules; a security group allows at most 60 per direction</source>
        <translation>
            <numerusform>%n rule; a security group allows at most 60 per direction</numerusform>
            <numerusform>%n rules; a security group allows at most 60 per direction</numerusform>
        </translation>
    </message>
    <message>
        <source>a rule takes either a CIDR block or a security group, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule has no source: give a CIDR block or a security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule has no destination: give a CIDR block or a security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n security groups; a network interface takes 5 unless the quota is raised (up to 16)</source>
        <translation>
            <numerusform>%n security group; a network interface takes 5 unless the quota is raised (up to 16)</numerusform>
            <numerusform>%n security groups; a network interface takes 5 unless the quota is raised (up to 16)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 are both in %3; a load balancer takes one subnet per Availability Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a load balancer needs at least one subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no listeners: the load balancer accepts no traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two listeners on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 listeners need a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listener on port %1 forwards to no target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the health-check timeout must be shorter than the interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health-check port must be &quot;traffic-port&quot; or 1 to 65535, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the health-check path must start with /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success codes look like 200, 200,302 or 200-299</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum capacity %1 is above the maximum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desired capacity %1 is outside [minimum %2, maximum %3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELB health checks without a target group or load balancer: only EC2 status counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two policies named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CPU target is a percentage, 1 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datapoints to alarm cannot exceed the evaluation periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>launch template %1 uses security group %2 from another VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a read replica runs the engine of its source (%1), not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has backups disabled (retention 0); a read replica needs them on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DB subnet group must cover at least two Availability Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL Server Express does not support Multi-AZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a zone of the DB subnet group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic failover needs at least one replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-AZ needs automatic failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-AZ needs a cache subnet group in at least two Availability Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster mode (more than one shard) needs automatic failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid DNS name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alias record needs a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alias points at an AWS resource such as a load balancer; point at %1 with a plain A record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record points at nothing in the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a load balancer has no fixed address: use an alias (or a CNAME) record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a private NAT gateway takes no Elastic IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnet block %1 overlaps %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a VPC takes one internet gateway, and %1 is already attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a VPC has one main route table, and %1 is already it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a VPC has one default network ACL, and %1 is already it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has Elastic IP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a public NAT gateway needs an Elastic IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has 15 read replicas, the most RDS allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be placed inside %2; it belongs outside every container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must refer to a resource of type %2; %3 is of type %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Application Load Balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Network Load Balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Classic Load Balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a private range (RFC 1918 or RFC 6598); AWS allows it, but the public addresses inside it will be unreachable from this VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>an Application Load Balancer needs subnets in at least two Availability Zones (it has %n)</source>
        <translation>
            <numerusform>an Application Load Balancer needs subnets in at least two Availability Zones (it has %n)</numerusform>
            <numerusform>an Application Load Balancer needs subnets in at least two Availability Zones (it has %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 takes no %2 listeners (use %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Classic Load Balancer sends to instances, not to target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target group %1 uses %2, which %3 cannot forward to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Classic Load Balancer: attach its target group instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracking requests per target needs a target group attached to the Auto Scaling group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VPC already has a box for this Availability Zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::cli</name>
    <message>
        <source>usage: skydraft validate FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:1:1: this is a CloudFormation template; this build of SkyDraft reads SkyDraft designs only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see skydraft --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: valid (%n resource(s))</source>
        <translation>
            <numerusform>%1: valid (%n resource)</numerusform>
            <numerusform>%1: valid (%n resources)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: valid (%n resource(s), %2)</source>
        <translation>
            <numerusform>%1: valid (%n resource, %2)</numerusform>
            <numerusform>%1: valid (%n resources, %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no FILE given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text, json or sarif, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text or json, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--protocol must be tcp, udp or icmp, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be 0 to 65535, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown id &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown id &quot;%2&quot;; did you mean %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  skydraft [FILE]                 open the designer; with no FILE, the built-in sample
  skydraft validate FILE          check that FILE is a readable, valid design
                                  exit 0 valid, 2 unreadable or invalid (errors on stderr)
  skydraft check FILE [--format text|json|sarif]
                                  lint the design; exit 0 no error finding, 1 some, 2 bad input
  skydraft reach FILE --from A --to B [--protocol tcp|udp|icmp] [--port N] [--format text|json]
                                  can A reach B? the path, or the rule that blocks it;
                                  exit 0 reachable, 1 not, 2 bad input or unknown id
                                  (&quot;internet&quot; names the public internet)
  skydraft --help                 show this help
  skydraft --version              show the version

Errors are one line each: FILE:LINE:COL: message.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
</TS>
