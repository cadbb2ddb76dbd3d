<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a drill is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown traffic shape &quot;%1&quot;; expected constant, ramp, spike or diurnal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event is an object {&quot;at&quot;, &quot;do&quot;, &quot;target&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event needs &quot;at&quot; (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a &quot;target&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a &quot;value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown strategy &quot;%1&quot;; expected rolling, blue-green or canary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown mode &quot;%1&quot;; expected crash or hang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;healthy&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;events&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an expectation needs &quot;min&quot; or &quot;max&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric &quot;%1&quot; needs a &quot;target&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;expect&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown target &quot;%1&quot;: not an id of the design, a zone, or a group&apos;s instance (Group-N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown target &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only &quot;set-rps&quot; takes a traffic &quot;shape&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: raw control character U+%1 (write it escaped, as \u%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only &quot;deploy&quot; takes an &quot;errorRate&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillMsg</name>
    <message>
        <source>&quot;%1&quot; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be between %2 and %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open design</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::Appearance</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::CanvasView</name>
    <message>
        <source>Click on the canvas to place a %1 (Esc cancels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag from one resource to another to connect them (Esc ends).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot place a %1 here: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place a %1 on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place a %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot go here: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release to move %1 out of its container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release to move %1 into %2</source>
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
    <message>
        <source>Defined outside the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A placeholder for something that exists elsewhere (a template parameter or an imported value): its contents are unknown, so the checker makes no claims about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions kept in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the application keeps user sessions. In instance memory they are lost with the instance (the simulator counts sessions_lost); in a cache, with the cache&apos;s data; in a database, kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How an imported template took this resource from outside (a parameter, an imported value, or the account&apos;s default VPC): exports refer to it the same way and never create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests calling the internet (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the application&apos;s requests that call something outside the VPC (a payment API...). The simulator fails them when the subnet&apos;s route to the internet is lost (its NAT gateway failed or in a lost zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application follows a promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a read replica: a promotion makes a stand-alone instance with its own endpoint. On: the application is pointed at it when the promotion ends (a DNS name or configuration you switch). Off: writes keep going to the old primary until the application is repointed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric minus the alarm threshold where the step starts; empty: no lower bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric minus the alarm threshold where the step ends; empty: no upper bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands of the breach (metric minus the alarm threshold), sorted, without gaps or overlaps; the band holding the breach applies. Empty: one step from the threshold on with the policy&apos;s adjustment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated path patterns (/api/*, /img/*); empty: any path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated host names (api.example.com, *.example.com); empty: any host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the rule&apos;s requests this target group gets, relative to the other rows of the same rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the simulator, which has no request paths: the listener&apos;s requests this rule matches. 0: an equal share of what the other rules leave, with the default action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudFormation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical id of the rule in an exported template (kept from an imported one); empty: made from the load balancer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated by priority, lowest first, before the listener&apos;s default action. Rows with the same listener port and priority are one rule forwarding to several target groups by weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source (inbound) or destination (outbound) IPv4 or IPv6 CIDR block (::/0 is the whole IPv6 internet); leave empty when a group or prefix list is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A managed prefix list id (pl-0a25c3463226fcc61): a named set of address ranges outside the design, such as CloudFront&apos;s origin-facing addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPv4 or IPv6 block; an IPv6 entry (::/0) applies to IPv6 traffic only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPv4 or IPv6 block: ::/0 sends the IPv6 internet to an internet gateway or an egress-only internet gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: IPv4 only. &quot;amazon-provided&quot;: a /56 from Amazon&apos;s pool (AmazonProvidedIpv6CidrBlock). Or an IPv6 /56 of your own, such as 2600:1f18:aaaa:bb00::/56.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 block&apos;s template id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logical id of the AWS::EC2::VPCCidrBlock that gives the VPC its IPv6 block in CloudFormation, kept from an imported template; empty: the VPC&apos;s id followed by Ipv6CidrBlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: IPv4 only. &quot;vpc:N&quot;: the N-th /64 (0 to 255) of the VPC&apos;s IPv6 block, as a template cuts it with !Cidr. Or an IPv6 /64 within the VPC&apos;s block, such as 2600:1f18:aaaa:bb01::/64. The VPC needs an IPv6 block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-assign IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances launched here get an IPv6 address from the subnet&apos;s block (AssignIpv6AddressOnCreation); needs an IPv6 block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical id of the listener in an exported template (kept from an imported one); empty: made from the load balancer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::ChartsPanel</name>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication and writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s / writes/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replica lag (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write errors/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operations/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 s: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SkyDraft simulation charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all zones</source>
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
    <message>
        <source>%1 depends on something defined outside the design (a template parameter or import): its rules and routes are unknown, so this answer may not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 is a Network Load Balancer: it keeps the client&apos;s address, so %3&apos;s security groups must admit the clients, not the load balancer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  alternatively: %1 %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is defined outside the design: its rules are unknown, taken to allow %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is defined outside the design: its rules are unknown, taken to allow %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no security group in the default VPC, so AWS gave it its default_elb group: all outbound traffic allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no security group in the default VPC, so AWS gave it its default_elb group: open to everyone on its listener ports (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has AWS&apos;s default_elb group, open only on its listener ports (%2), not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are in different VPCs with no peering: over the internet to %2&apos;s public address (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is defined outside the design: taken to have an internet gateway, which forwards to the public address of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is defined outside the design: its route to the internet is taken to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listener %1 rule %2 %3 forwards to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: inbound rule %2 admits %3 from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rule %2 names prefix list %3, a named range of addresses outside the design, not the internet at large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (over IPv6: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (over IPv6; over IPv4: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the internet over IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends %2 to egress-only internet gateway %3, which lets no connection in from the internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no IPv6 route to an internet gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not taken to have an IPv6 address (only instances and load balancers are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwards IPv6 to %1, taken to have an IPv6 address: %2 routes %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no IPv6 route to the internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IPv6 internet route goes to %1; only internet gateways and egress-only internet gateways are modelled for IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carries %1&apos;s IPv6 address to the internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carries IPv6 out to the internet and only the replies back (outbound only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the IPv6 block %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an IPv6 block from the VPC&apos;s Amazon-provided /56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an IPv6 block from the VPC&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no IPv6 block (VPC %2 has one), so nothing in it has an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwards IPv6 to %1 (%2): %3 routes %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carries %1&apos;s IPv6 address to the internet (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; it reaches the internet over IPv6 only, through %2 (an AWS API or a package mirror without IPv6 needs a NAT gateway)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::Choice</name>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dedicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internet-facing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round_robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>least_outstanding_requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use_load_balancer_configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb_cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app_cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source_ip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnet-default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance-memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TargetTrackingScaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StepScaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SimpleScaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChangeInCapacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExactCapacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PercentChangeInCapacity</source>
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
    <message>
        <source>not an IPv6 address before the /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix length must be 0 to 128</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::CloudFormation</name>
    <message>
        <source>unknown tag %1: its value is left unresolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid template syntax: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template is a map with a Resources section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref to %1, which is neither a parameter nor a resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter %1 has no value: the zones of %2 are assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter %1 has no default and no --param value: what depends on it is not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fn::If takes a condition name and two values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fn::Equals takes two values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fn::GetAtt of %1, which is not a resource of the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fn::Sub takes a string, or a string and a map of variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fn::Sub uses ${%1}, which is neither a parameter nor a resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fn::Join takes a delimiter and a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fn::Select takes an index and a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fn::Select index %1 is outside the list of %n value(s)</source>
        <translation>
            <numerusform>Fn::Select index %1 is outside the list of %n value</numerusform>
            <numerusform>Fn::Select index %1 is outside the list of %n values</numerusform>
        </translation>
    </message>
    <message>
        <source>Fn::Cidr takes a block, a count and the host bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fn::Cidr: %1 is not an IPv4 CIDR block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fn::Cidr cannot cut %1 block(s) of %2 host bits from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fn::FindInMap takes a mapping and two keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fn::FindInMap: mapping %1 has no %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fn::Split takes a delimiter and a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition %1 is not defined in Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition %1 depends on itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template has no Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource %1 has no Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) skipped: its condition %3 is false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SkyDraft&apos;s catalogue has no such resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 is %4; the default is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, defined outside the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value known only once deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is %3; the default is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is %3; the default is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a row of %2 is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resources without a VPC go into the account&apos;s default VPC %1 (172.31.0.0/16, a public /20 subnet per zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default subnet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defined outside the template; its rules are unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC outside the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a placeholder VPC for the subnets and groups the template takes from outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a placeholder %2 for %3 (%4), assumed in %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a placeholder %2 for %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its VPC is not in the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) not drawn: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 refers to %3, which is not drawn; the reference is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no Availability Zone of %2 given; placed in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the VPC&apos;s IPv4 CidrBlock cannot be worked out offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the subnet&apos;s IPv4 CidrBlock cannot be worked out offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only internet gateways are drawn, not VPN gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is attached to no VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only associations of a template&apos;s Elastic IP with an instance are drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its subnet is not in the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its route table is not in the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a route for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its network ACL is not in the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its subnet or its table is not in the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules for protocol %1 are not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the source group of %2 is drawn as the VPC&apos;s block %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule does not fit the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a rule is not drawn: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its security group is not in the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only application and network load balancers are drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Elastic IP %2 is drawn apart from the load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only instance and IP targets are drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its load balancer is not in the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the listener cannot be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its Auto Scaling group is not in the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy cannot be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only alarms that drive a scaling policy are drawn (on the policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: DB security groups (EC2-Classic) are not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an instance of cluster %2: drawn as part of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a %2 record is not drawn (only A, AAAA and CNAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an alias to something other than a load balancer of the template is not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the record name is not known offline; %2 stands for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database or cache uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template expands to more than %L1 values (YAML aliases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template expands to more than %1 MiB of text (YAML aliases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid template syntax: raw control character U+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fn::Select index %1 is not a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logical id %1 is used by two resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is out of range for protocol %3 (%4 to %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is below %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fn::FindInMap: key %1 is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource %1: %2 is not CloudFormation (another tool&apos;s tag); process the template with that tool first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: step bound %2 rounded to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its listener is not in the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the rules of application load balancers are drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the listener rule needs a priority from 1 to 50000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only path-pattern and host-header conditions are drawn, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only rules whose one action is forward are drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the forward action names no target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it forwards to a target group outside the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its target group %1 is not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: forwards to %2, which is not a target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: priority %2 is already taken by %3 on listener %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule cannot be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only routes to a CIDR block (IPv4 or IPv6) are drawn, not to a prefix list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only routes to an internet gateway, an egress-only internet gateway, a NAT gateway or an instance are drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only entries with a CIDR block for TCP, UDP, ICMP or all traffic are drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its source or destination cannot be worked out offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its Ipv6CidrBlock is not a literal block or the N-th /64 of its VPC&apos;s block; CloudFormation export gives it back as written, but it is not drawn and is lost if the subnet is renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its VPC is not one of the template&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an Amazon-provided IPv6 block or an IPv6 block given as a literal is drawn (as the VPC&apos;s IPv6 block); a secondary IPv4 block or a block from a pool is kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an IPv6 block already (%2); a second one is kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 record is not drawn (only A, AAAA and CNAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alias to something other than a load balancer of the template is not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource %1: its Type %2 is not CloudFormation (another tool&apos;s tag); process the template with that tool first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a loop of the AWS::LanguageExtensions transform, which SkyDraft does not expand; import the processed template (aws cloudformation get-template --template-stage Processed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::CloudFormationExport</name>
    <message>
        <source>%1: a record without a target has no value; not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an alias can only name an AWS resource such as a load balancer; exported as a plain record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a plain record naming a load balancer must be a CNAME; exported as one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an Auto Scaling group needs a launch template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a network load balancer&apos;s listener on port %2 has no target group; not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: automatic failover needs a replica; exported without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an internet gateway outside a VPC is exported unattached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a subnet outside a VPC is not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a NAT gateway outside a subnet is not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a public NAT gateway needs an Elastic IP; the template adds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the rules of a VPC&apos;s default network ACL cannot be set by a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: AWS accepts only letters, digits, spaces and ._-:/()#,@[]+=&amp;;{}!$* in a description (255 at most); the others are written as &quot;-&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: policy %2 counts requests per target, but no load balancer forwards to the group&apos;s target groups; not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: policy %2 has no metric to alarm on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (kept from the imported template) refers to %2, which is not in the design any more: fix it before deploying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (kept from the imported template): DependsOn %2, which is not in the design any more, is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output %1 (kept from the imported template) refers to %2, which is not in the design any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rule %2 on port %3 has no listener or no target group; not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the IPv6 block %2 needs the pool it comes from (Ipv6Pool or Ipv6IpamPoolId) added to %3 before deploying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its IPv6 block (%2) is cut from the block of VPC %3, which is outside the stack: give the subnet an explicit IPv6 /64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the listener on port %2 now forwards to %3: its imported default actions are replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not as the imported template wrote it (it names what this export does not write under that id): written from the design, or left out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::Connections</name>
    <message>
        <source>%1 is already connected to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no security group: give it one first, so %2 can admit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no security group: give it one first, to hold the rule that admits %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no security group &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already admits %2 on port %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow %1 to reach %2 on port %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already forwards to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no resource &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resource cannot be connected to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A classic load balancer has no target groups: connect it to instances or an Auto Scaling group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associate %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is itself a read replica; replicate from its source instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 a read replica of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 cannot be connected to a %2. Connections follow the traffic: Route 53 → load balancer → target group → Auto Scaling group or instances → database or cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are in different VPCs: a rule of %1 cannot admit %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2 and %3 in %4: AWS only connects them within one VPC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::DiagramExport</name>
    <message>
        <source>nothing is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design is empty: there is nothing to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale must be more than 0 and at most 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image would be %1 x %2 pixels: choose a smaller scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory for a %1 x %2 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot encode the PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS architecture drawn by SkyDraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot start the SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot start the PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
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
    <message>
        <source>%1 · id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>(desired %1, %2-%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-AZ standby of %1: AWS keeps it in sync in this zone and fails over to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standby of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::DocumentSession</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::DrawIoExport</name>
    <message numerus="yes">
        <source>%n resource(s) kept from the imported CloudFormation template (%1) are not drawn</source>
        <translation>
            <numerusform>%n resource kept from the imported CloudFormation template (%1) is not drawn</numerusform>
            <numerusform>%n resources kept from the imported CloudFormation template (%1) are not drawn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skydraft::DrillReport</name>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation without a drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <comment>the report&apos;s language: a BCP 47 code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill report: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill sets no expectations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every expectation held (%n of %n).</source>
        <translation>
            <numerusform>Every expectation held (%n of %n).</numerusform>
            <numerusform>Every expectation held (%n of %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 expectations failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was not finished: %1 s of %2 s simulated. The verdict and the figures cover the seconds simulated so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashed vertical lines mark the events of the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto Scaling group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design cannot be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by SkyDraft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lay out the PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a report is .html, .htm or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::EditingSession</name>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can it reach?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Left Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Top Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Centres Vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Middles Horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Ports and CIDRs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the inbound rules of the security groups on what they protect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag from one resource to another to connect them (Route 53 → load balancer → target group → instances → database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rrange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grow containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot go there: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n resource(s)</source>
        <translation>
            <numerusform>Move %n resource</numerusform>
            <numerusform>Move %n resources</numerusform>
        </translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 out of its container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n resource(s).</source>
        <translation>
            <numerusform>Copied %n resource.</numerusform>
            <numerusform>Copied %n resources.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n resource(s).</source>
        <translation>
            <numerusform>Pasted %n resource.</numerusform>
            <numerusform>Pasted %n resources.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n resource(s) and what they held.</source>
        <translation>
            <numerusform>Deleted %n resource and what it held.</numerusform>
            <numerusform>Deleted %n resources and what they held.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n resource(s)</source>
        <translation>
            <numerusform>Nudge %n resource</numerusform>
            <numerusform>Nudge %n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n resource(s)</source>
        <translation>
            <numerusform>Align %n resource</numerusform>
            <numerusform>Align %n resources</numerusform>
        </translation>
    </message>
    <message>
        <source>Can It &amp;Reach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Duplicated %n resource(s).</source>
        <translation>
            <numerusform>Duplicated %n resource.</numerusform>
            <numerusform>Duplicated %n resources.</numerusform>
        </translation>
    </message>
    <message>
        <source>Can It Reach… &amp;From Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can It Reach… &amp;Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n resource(s); left out references to what this design does not have: %1.</source>
        <translation>
            <numerusform>Pasted %n resource; left out references to what this design does not have: %1.</numerusform>
            <numerusform>Pasted %n resources; left out references to what this design does not have: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing connected: release the connection from %1 on the resource it goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Right Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Bottom Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Resource…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resource matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n resource(s)</source>
        <translation>
            <numerusform>Distribute %n resource</numerusform>
            <numerusform>Distribute %n resources</numerusform>
        </translation>
    </message>
    <message>
        <source>Make Pu&amp;blic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route 0.0.0.0/0 to the VPC&apos;s internet gateway (adding the gateway and a route table when there are none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is public: it routes 0.0.0.0/0 to the internet gateway through %2.</source>
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
    <message numerus="yes">
        <source>Change %1 of %n resource(s)</source>
        <translation>
            <numerusform>Change %1 of %n resource</numerusform>
            <numerusform>Change %1 of %n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rename %n resource(s)</source>
        <translation>
            <numerusform>Rename %n resource</numerusform>
            <numerusform>Rename %n resources</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no subnet &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in a VPC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already public: it routes the internet to an internet gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is taken by the imported template (a resource, parameter or folded-in resource of its own).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::ExportDialog</name>
    <message>
        <source>Only the &amp;selected items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG only: 2 gives twice the pixels in each direction (sharp on high-DPI screens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::FileWrite</name>
    <message>
        <source>the write did not complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::FindBox</name>
    <message>
        <source>Find resource (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a resource on the canvas by its id, name or type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::GettingStartedDialog</name>
    <message>
        <source>Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Getting started with SkyDraft&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Draw.&lt;/b&gt; Drag a VPC from Resources onto the canvas, then Availability Zones and subnets into it, then load balancers, Auto Scaling groups, instances and databases into the subnets. Drop a resource on a container&apos;s body to put it inside.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Connect.&lt;/b&gt; Drag from the small handle of a resource to another: a load balancer to a target group, a target group to an Auto Scaling group. The status bar says why a connection is refused.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Edit.&lt;/b&gt; Select a resource and change it in the Inspector: subnets, security-group rules, listeners, scaling policies. Every edit can be undone (Ctrl+Z).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Check.&lt;/b&gt; The Problems list updates as you draw. &quot;Can it reach?&quot; answers whether one resource reaches another on a port, and which rule blocks it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Simulate.&lt;/b&gt; Press F5 to run traffic through the design: requests on the canvas, CPU and capacity in the charts. Right-click a resource to break it, or choose a drill.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Study.&lt;/b&gt; Help &amp;gt; Study follows the study path, with example architectures to build and drills to pass.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Share.&lt;/b&gt; File &amp;gt; Export writes PNG, SVG or PDF diagrams, CloudFormation, Terraform or draw.io; File &amp;gt; Open reads CloudFormation templates.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::ImportReport</name>
    <message>
        <source>Open a CloudFormation template to see what its import left out or assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was imported whole: nothing left out, nothing assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n note(s) on what the import left out or assumed. Click a note to show its resource.</source>
        <translation>
            <numerusform>%1: %n note on what the import left out or assumed. Click a note to show its resource.</numerusform>
            <numerusform>%1: %n notes on what the import left out or assumed. Click a note to show its resource.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(click to show %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::Inspector</name>
    <message>
        <source>Select a resource on the canvas to see and edit its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An id is letters and digits, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change id %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the resource into another container to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 CIDR block (%2); write it like 10.0.0.0/16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has host bits set: the block starts at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resources: %1</source>
        <translation>
            <numerusform>%n resource: %1</numerusform>
            <numerusform>%n resources: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rename %n resource(s)</source>
        <translation>
            <numerusform>Rename %n resource</numerusform>
            <numerusform>Rename %n resources</numerusform>
        </translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the ids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a choice for every selected resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change %1 of %n resource(s)</source>
        <translation>
            <numerusform>Change %1 of %n resource</numerusform>
            <numerusform>Change %1 of %n resources</numerusform>
        </translation>
    </message>
    <message>
        <source>default differs between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not a valid choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs between the selected resources: select one of them to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 CIDR block (%2); write it like 10.0.0.0/16 or ::/0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::Language</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::LiveFindings</name>
    <message>
        <source>No problems: AWS would accept this design, and the checker found nothing to warn about.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::MainWindow</name>
    <message>
        <source>Problems</source>
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
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — SkyDraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Diagram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designs and templates (*.skydraft *.json *.yaml *.yml *.template);;SkyDraft designs (*.skydraft);;CloudFormation templates (*.json *.yaml *.yml *.template);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; before closing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Design As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SkyDraft designs (*.skydraft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recover design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more error(s)</source>
        <translation>
            <numerusform>… and %n more error</numerusform>
            <numerusform>… and %n more errors</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom (Ctrl+wheel; Ctrl+0 fits, Ctrl+1 is 100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Design To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CloudFormation Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terraform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;draw.io Diagram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terraform (*.tf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw.io diagrams (*.drawio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudFormation templates (*.yaml *.yml *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export design</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n note(s): what the format cannot carry)</source>
        <translation>
            <numerusform>Exported %1 (%n note: what the format cannot carry)</numerusform>
            <numerusform>Exported %1 (%n notes: what the format cannot carry)</numerusform>
        </translation>
    </message>
    <message>
        <source>SkyDraft did not close normally. Open the unsaved changes to &quot;%1&quot; from %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard deletes them for good; Ignore keeps them for the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n resource(s) from %1; the Import Report lists what was left out or assumed.</source>
        <translation>
            <numerusform>Imported %n resource from %1; the Import Report lists what was left out or assumed.</numerusform>
            <numerusform>Imported %n resources from %1; the Import Report lists what was left out or assumed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import of %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n resource(s) from %1.</source>
        <translation>
            <numerusform>Imported %n resource from %1.</numerusform>
            <numerusform>Imported %n resources from %1.</numerusform>
        </translation>
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
    <message>
        <source>&quot;cloudformation&quot; must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::Palette</name>
    <message>
        <source>Clients and DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter resources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — drag onto the canvas, or click here and then on the canvas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::ParametersDialog</name>
    <message>
        <source>Template Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes these parameters. Each starts at the template&apos;s default; one left empty is assumed, and the import report says how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language or appearance applies when SkyDraft restarts. Exported diagrams are always light.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::ReachTool</name>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the resource selected on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol / port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable: %1 can reach %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reachable: %1 cannot reach %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in the design.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::ReferenceScope</name>
    <message>
        <source>not in the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resource itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resource of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in another VPC: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::ResourceClipboard</name>
    <message>
        <source>The clipboard holds no SkyDraft resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n resource(s)</source>
        <translation>
            <numerusform>Paste %n resource</numerusform>
            <numerusform>Paste %n resources</numerusform>
        </translation>
    </message>
    <message>
        <source>Not pasted: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grow containers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::RuleTableEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a choice for every selected resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of row %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::ScenarioListDialog</name>
    <message>
        <source>Beginner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved, %1 of %2 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided scenarios for the AWS Solutions Architect exam: each starts from a design with something to fix, graded live by the checker and the simulator. %1 of %2 solved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::ScenarioPanel</name>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the scenario&apos;s drill in the live simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the reference design, read-only, in its own window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every goal is met. Why it works:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 goals met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(wrong)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::SimulationOverlay</name>
    <message>
        <source>booting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failing over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promoting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in service / %2 desired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n healthy</source>
        <translation>
            <numerusform>%n healthy</numerusform>
            <numerusform>%n healthy</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 healthy · %2 unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary %1 · standby %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated at %1 s: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests/s, %2 failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in service, desired %2, CPU %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 (%2): %3, CPU %4 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby (or replica) in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  node in %1: up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  node in %1: down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU %1 %, latency %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::SimulationPanel</name>
    <message>
        <source>Play / pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step one second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run to the next event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated seconds per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as fast as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to go to any second of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diurnal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the traffic now (recorded as a set-rps event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a drill file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Drill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what this run did as a drill file that replays it exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an event to go to its second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event left in this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About to happen — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drill (constant traffic, 1 hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 s: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests %1, errors %2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: PASS — every expectation held</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Verdict: FAIL — %n expectation(s) failed</source>
        <translation>
            <numerusform>Verdict: FAIL — %n expectation failed</numerusform>
            <numerusform>Verdict: FAIL — %n expectations failed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 expectations decided</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::SimulationRoom</name>
    <message>
        <source>Simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulating — Stop (Esc) to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drills (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run traffic through the design and rehearse failures (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top Simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the simulation and edit the design again (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;Drill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drill.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drills (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charts.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Simulated &amp;Series (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;mulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design is read-only while it is simulated: Stop (Esc) to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulating: Space plays and pauses, right-click a resource to break it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation stopped: the design is editable again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 s: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail Instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang the Application on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail Database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot %1 with Failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote Read Replica %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail Cache %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail an Instance of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Desired Capacity of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances %1 should run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling, Bad Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue/Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue/Green, Bad Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canary (10 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canary (10 %), Bad Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll Back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover This Availability Zone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail This Availability Zone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Drill &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Drill Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drill-report.html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No simulation is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point the Application at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail NAT Gateway %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::SimulationSession</name>
    <message>
        <source>At %1 s: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hang the application on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recover %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail Availability Zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recover Availability Zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reboot %1 with failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promote read replica %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traffic: %1 requests/s, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traffic: %1 requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the desired capacity of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deployment to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deployment of a bad version to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roll back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point the application at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::StudyRoom</name>
    <message>
        <source>Solution: %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Study...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided certification scenarios, graded as you edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scenario &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open design has unsaved changes. Discard them and start the scenario?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario&apos;s start design does not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario solved: every goal is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill passed: every expectation held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the Drill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::TerraformExport</name>
    <message>
        <source>%1: a subnet outside a VPC is not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a public NAT gateway needs an Elastic IP; the configuration adds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: policy %2 counts requests per target, but no load balancer forwards to the group&apos;s target groups; not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a network load balancer&apos;s listener on port %2 has no target group; not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a record without a target has no value; not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) kept from the imported CloudFormation template (%1) are not written: only the CloudFormation export carries them</source>
        <translation>
            <numerusform>%n resource kept from the imported CloudFormation template (%1) is not written: only the CloudFormation export carries it</numerusform>
            <numerusform>%n resources kept from the imported CloudFormation template (%1) are not written: only the CloudFormation export carries them</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: rule %2 on port %3 has no listener or no target group; not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the IPv6 block %2 needs the pool it comes from (ipv6_ipam_pool_id) added before applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its IPv6 block (%2) is cut from the block of VPC %3, which is outside the configuration: not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is a template expression, not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its IPv6 block is a CloudFormation expression (%2) Terraform export cannot carry; not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: prefix list %2 was looked up in the imported template (by region, say); written as that id, which holds in the import&apos;s region only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the listener on port %2 keeps its imported default actions in CloudFormation only; Terraform gets %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a forward to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 503 fixed response</source>
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
    <message>
        <source>Egress-only internet gateway</source>
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
    <message>
        <source>step %1 has neither bound: only a single step may cover every breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: the lower bound %2 is not below the upper bound %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 ends at %2 but step %3 starts at %4: list the steps in order, each starting where the previous one ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first step starts below the threshold, at %1: leave its lower bound empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last step ends at %1, so a larger breach has no step: leave its upper bound empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 is for port %2, which has no listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 on port %2 has no condition: give path patterns or host headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 on port %2 has more than 5 values in a condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 on port %2 forwards to no target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 on port %2 forwards to more than 5 target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 on port %2 forwards to %3 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of rule %1 on port %2 give different conditions (same port and priority make one rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rules on port %1 take %2% of its traffic; the simulator scales them down to 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route for %1 goes to egress-only internet gateway %2, which carries IPv6 only: give an IPv6 destination such as ::/0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route for %1 goes to NAT gateway %2; for IPv6 without inbound connections use an egress-only internet gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule takes one of a CIDR block, a security group or a prefix list, not several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a prefix list id (pl- and 8 or 17 hexadecimal digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a VPC takes one egress-only internet gateway, and %1 is already attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not &quot;%1&quot; or an IPv6 CIDR block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the /64 number after &quot;%1&quot; must be 0 to 255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not &quot;%1N&quot; or an IPv6 CIDR block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 block %1 is not valid (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC IPv6 block %1 must be a /56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto-assigning IPv6 addresses needs an IPv6 block on the subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnet has an IPv6 block but VPC %1 has none: give the VPC an IPv6 block first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnet IPv6 block %1 must be a /64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnet IPv6 block %1 is outside the VPC&apos;s %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnet IPv6 block %1 cannot be checked against VPC %2&apos;s Amazon-provided /56, which is known only once deployed: AWS refuses it unless it falls inside; %3N (the N-th /64 of the VPC&apos;s block) always does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 block %1 is also subnet %2&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 route for %1 in VPC %2, which has no IPv6 block: give the VPC an IPv6 block (amazon-provided) or remove the route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>egress-only internet gateway in VPC %1, which has no IPv6 block: give the VPC an IPv6 block (amazon-provided) first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 block&apos;s template id %1 must be letters and digits, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::cli</name>
    <message>
        <source>%1: no such file</source>
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
    <message>
        <source>option --%1 given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must be png, svg or pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output file given (-o OUT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale must be a number more than 0 and at most 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--param takes Name=Value, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region must be a region name like us-east-1, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o OUT.skydraft is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n resource(s) written to %2</source>
        <translation>
            <numerusform>%1: %n resource written to %2</numerusform>
            <numerusform>%1: %n resources written to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: laid out %n resource(s) into %2</source>
        <translation>
            <numerusform>%1: laid out %n resource into %2</numerusform>
            <numerusform>%1: laid out %n resources into %2</numerusform>
        </translation>
    </message>
    <message>
        <source>--to and -o are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must be png, svg, pdf, drawio, cloudformation or terraform, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: wrote %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the drill: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory while running %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error while running %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scenario &quot;%1&quot;; see skydraft learn list (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be en or ko, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scenario ID given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 goals met for %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learn needs list, show or check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown learn command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report must name a .html, .htm or .pdf file, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the drill: larger than %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design is empty: there is nothing to export or simulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
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
  skydraft import TEMPLATE [--param Name=Value]... [--region R] -o OUT.skydraft
                                  read a CloudFormation template (JSON or YAML) into a design;
                                  what is not drawn is listed on stderr; exit 0, 2 bad input
  skydraft layout FILE -o OUT.skydraft
                                  lay the design out again (every position recomputed)
  skydraft export FILE --to drawio|cloudformation|terraform|png|svg|pdf -o OUT [--scale S]
                                  write the design for another tool: CloudFormation YAML for
                                  .yaml/.yml, else JSON; Terraform as a module when OUT is a folder;
                                  PNG scaled by S (default 1), no display needed;
                                  exit 0 written, 2 bad input (OUT left untouched)
  skydraft simulate FILE [--drill DRILL.json] [--duration S] [--seed N] [--rps R]
                         [--csv OUT.csv] [--format text|json] [--report REPORT.html] [--entry ID]
                                  run traffic and a drill through the design; --report writes
                                  the drill report (charts, timeline, verdicts), no display needed;
                                  --entry: where the traffic enters (a record, a load balancer, a
                                  public instance); exit 0 every expectation held, 1 one failed,
                                  2 bad input, no entry point or unwritable report
  skydraft learn list [--format text|json]
  skydraft learn show ID [--lang en|ko]
  skydraft learn check ID FILE [--format text|json]
                                  study mode: the scenarios, one in full, or a design graded
                                  against a scenario&apos;s goals; exit 0 every goal met, 1 some
                                  unmet, 2 bad input
  skydraft --help                 show this help
  skydraft --version              show the version

FILE may be a SkyDraft design or a CloudFormation template; validate, check and reach
take --param Name=Value and --region R for templates too.
Errors are one line each: FILE:LINE:COL: message.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --entry: no resource %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --entry: %2 cannot take traffic from the internet (a Route 53 record, an internet-facing load balancer or an instance with a public address can)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no entry point: traffic from the internet has nowhere to go (no Route 53 record that points somewhere, no internet-facing load balancer, no instance with a public address); --entry ID chooses one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --entry: %2 cannot take traffic from the internet (an internal load balancer, a record that points nowhere, an instance without a public address)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::learn</name>
    <message>
        <source>%1: %2 is &quot;%3&quot;, not &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is %3, below %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is %3, above %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no row of %2 with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 in the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no resource &quot;%1&quot; in the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2 is not in the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can still reach %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot reach %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checker does not report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drill did not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: actual %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object with &quot;en&quot; and &quot;ko&quot; texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a non-empty &quot;%2&quot; text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;empty&quot; or an object with one of &quot;sample&quot;, &quot;file&quot;, &quot;design&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;design&quot; must be a design object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inline design does not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no built-in sample &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;has&quot; must be an object of row cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition needs &quot;equals&quot;, &quot;min&quot;, &quot;max&quot; or &quot;has&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an option must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a question needs at least two options and one correct answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a goal must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown goal kind &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;protocol&quot; must be tcp, udp or icmp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resource goal names a &quot;type&quot; or an &quot;id&quot;, one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown resource type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scenario must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lowercase letters, digits and dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;level&quot; must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scenario needs at least one goal graded on the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skydraft::sim::Simulation</name>
    <message>
        <source>launched in %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC2 status check failed; replacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unhealthy by the load balancer&apos;s health check; replacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale-in: desired capacity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zones hold %1 and %2 instances; rebalancing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 above the target %4 for 3 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 at %3, target %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 breached %4 in %5 of %6 periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric below the target for 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desired %1 -&gt; %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connections wanted, limit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary now in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now a stand-alone primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standby in %1 takes over; writes fail until the endpoint moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebooting without a standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Multi-AZ standby: down until recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Aurora replica is promoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no replica: the primary is recreated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a replica is promoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 nodes left; the lost keys miss and hit the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promotion takes about %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the load balancer cannot reach the group on the target port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the load balancer cannot reach the instance on the target port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internet traffic cannot reach the load balancer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booted in %1 s; waits for the switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booted in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>healthy in %1 after %n passed check(s)</source>
        <translation>
            <numerusform>healthy in %1 after %n passed check</numerusform>
            <numerusform>healthy in %1 after %n passed checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unhealthy in %1 after %n failed check(s)</source>
        <translation>
            <numerusform>unhealthy in %1 after %n failed check</numerusform>
            <numerusform>unhealthy in %1 after %n failed checks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desired %1 -&gt; %2 (set by the drill)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebooting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answering again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) lost</source>
        <translation>
            <numerusform>%n instance lost</numerusform>
            <numerusform>%n instances lost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n load-balancer node(s) lost</source>
        <translation>
            <numerusform>%n load-balancer node lost</numerusform>
            <numerusform>%n load-balancer nodes lost</numerusform>
        </translation>
    </message>
    <message>
        <source>NAT gateways down: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zone is back; groups rebalance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deployment is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deployment of version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to roll back to: no old group kept by a blue/green deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n old instance(s) serve again</source>
        <translation>
            <numerusform>%n old instance serves again</numerusform>
            <numerusform>%n old instances serve again</numerusform>
        </translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the green group never passed its health checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>switched to the green group; %n old instance(s) kept for rollback</source>
        <translation>
            <numerusform>switched to the green group; %n old instance kept for rollback</numerusform>
            <numerusform>switched to the green group; %n old instances kept for rollback</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of the traffic goes to the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the canary never passed its health checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every instance runs version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instances of the new version failed their health checks and were replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new version never passed its health checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: simulated %2 s (seed %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests %1, errors %2 (error rate %3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency p50 %1 ms, p95 %2 ms, p99 %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expectations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every expectation held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an expectation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route 53 answers with this record again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route 53 health check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests/s, %2 shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) kept in its memory lost: %1</source>
        <translation>
            <numerusform>%n session kept in its memory lost: %1</numerusform>
            <numerusform>%n sessions kept in its memory lost: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) kept in the cache lost with its data</source>
        <translation>
            <numerusform>%n session kept in the cache lost with its data</numerusform>
            <numerusform>%n sessions kept in the cache lost with its data</numerusform>
        </translation>
    </message>
    <message>
        <source>EC2 status check failed (already being replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC2 status check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deregistered; its users move to another target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unhealthy; its users move to another target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 request(s) still in flight when the deregistration delay (%2 s) of %3 ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now a stand-alone primary with its own endpoint; the application still writes to %1 until it is repointed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new empty node in %1; %2 of %3 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new empty node in %1; it refills from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no replica: the shard&apos;s data is lost; reads fall through to the database; the node is replaced in about %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application points here; writes fail until the promotion ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a read replica takes no writes: promote it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;repoint&quot; applies to a promoted read replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application now writes here instead of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internet egress lost for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internet egress back for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defined outside the design, taken to work (routes to the internet, security groups letting the traffic through): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no path from the internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internet traffic cannot reach the instance on tcp/80: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no listener forwards to a target group: every request fails (503)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target is registered (none in the design; targets added outside it, such as ECS tasks, are not known): its connections fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target is registered (none in the design; targets added outside it, such as ECS tasks, are not known): its requests fail (503)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 at %3, step %4 of %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
