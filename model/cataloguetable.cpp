// The catalogue's data: every resource type with its properties and AWS defaults.
// Defaults follow ../shared/design/aws-behavior.md. Where the AWS console and the API
// (CloudFormation) disagree, the catalogue takes the console's value, because that is what
// a learner sees when creating the resource by hand (health-check grace 300 s, backup
// retention 7 days, cross-zone on for a classic load balancer, Redis with replicas and
// Multi-AZ). An importer applies the API's defaults to what a template leaves unset.

#include "catalogue.h"

using namespace Qt::StringLiterals;

namespace skydraft {

namespace {

// Small builders so the tables below read like the AWS documentation.
struct P : PropertySpec {
    P &when(const char *k, QStringList values)
    {
        whenKey = QString::fromLatin1(k);
        whenValues = std::move(values);
        return *this;
    }
    P &dyn(QVariant (*fn)(const Resource &))
    {
        dynamicDefault = fn;
        return *this;
    }
    P &req()
    {
        required = true;
        return *this;
    }
    P &hint(const char *text)
    {
        help = text;
        return *this;
    }
};

P make(const char *key, const char *label, ValueKind kind, QVariant def = {})
{
    P p;
    p.key = QString::fromLatin1(key);
    p.label = label;
    p.kind = kind;
    p.defaultValue = std::move(def);
    return p;
}
P str(const char *key, const char *label, const QString &def = {})
{
    return make(key, label, ValueKind::String, def);
}
P num(const char *key, const char *label, qint64 def, qint64 min, qint64 max)
{
    P p = make(key, label, ValueKind::Integer, def);
    p.minimum = min;
    p.maximum = max;
    return p;
}
P flag(const char *key, const char *label, bool def)
{
    return make(key, label, ValueKind::Boolean, def);
}
P choice(const char *key, const char *label, QStringList choices, const QString &def = {})
{
    P p = make(key, label, ValueKind::Enum, def.isEmpty() ? choices.value(0) : def);
    p.choices = std::move(choices);
    return p;
}
P cidr(const char *key, const char *label, const QString &def = {})
{
    return make(key, label, ValueKind::Cidr, def);
}
/// A block of either family (IpBlock): a route's destination, an ACL entry, a rule's peer.
P cidrAny(const char *key, const char *label, const QString &def = {})
{
    P p = make(key, label, ValueKind::Cidr, def);
    p.ipv6 = true;
    return p;
}
P ref(const char *key, const char *label, QList<ResourceType> targets)
{
    P p = make(key, label, ValueKind::Reference, QString());
    p.targets = std::move(targets);
    return p;
}
P refs(const char *key, const char *label, QList<ResourceType> targets)
{
    P p = make(key, label, ValueKind::ReferenceList, QStringList());
    p.targets = std::move(targets);
    return p;
}
P table(const char *key, const char *label, std::vector<PropertySpec> columns, QVariantList def = {})
{
    P p = make(key, label, ValueKind::Table, def);
    p.columns = std::move(columns);
    return p;
}

QVariantMap row(std::initializer_list<std::pair<const char *, QVariant>> cells)
{
    QVariantMap m;
    for (const auto &[k, v] : cells)
        m.insert(QString::fromLatin1(k), v);
    return m;
}

/// A step scaling policy's StepAdjustments: bands of the breach (metric - alarm threshold),
/// each with its own adjustment; an empty bound is open-ended. None: one band from the
/// threshold on, with the policy's own adjustment.
P stepAdjustments()
{
    P lower = num("lowerBound", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Lower bound"), 0, -1000000, 1000000)
                  .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "Metric minus the alarm threshold where the step starts; empty: no lower bound."));
    lower.defaultValue = QVariant();
    P upper = num("upperBound", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Upper bound"), 0, -1000000, 1000000)
                  .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "Metric minus the alarm threshold where the step ends; empty: no upper bound."));
    upper.defaultValue = QVariant();
    return table("steps", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Step adjustments"),
                 {std::move(lower), std::move(upper),
                  num("scalingAdjustment", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Adjustment"), 1, -10000, 10000)})
        .when("policyType", {u"StepScaling"_s})
        .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "Bands of the breach (metric minus the alarm threshold), sorted, without gaps or overlaps; the band holding the breach applies. Empty: one step from the threshold on with the policy's adjustment."));
}

const QStringList kProtocols = {u"tcp"_s, u"udp"_s, u"icmp"_s, u"all"_s};
const QStringList kLbKinds = {u"application"_s, u"network"_s, u"classic"_s};
const QStringList kLbListenerProtocols = {u"HTTP"_s, u"HTTPS"_s, u"TCP"_s, u"TLS"_s,
                                          u"UDP"_s, u"TCP_UDP"_s, u"SSL"_s};
const QStringList kTgProtocols = {u"HTTP"_s, u"HTTPS"_s, u"TCP"_s, u"TLS"_s, u"UDP"_s, u"TCP_UDP"_s};
const QStringList kInstanceTypes = {
    u"t2.nano"_s, u"t2.micro"_s, u"t2.small"_s, u"t2.medium"_s, u"t2.large"_s,
    u"t3.nano"_s, u"t3.micro"_s, u"t3.small"_s, u"t3.medium"_s, u"t3.large"_s, u"t3.xlarge"_s,
    u"m5.large"_s, u"m5.xlarge"_s, u"m5.2xlarge"_s, u"c5.large"_s, u"c5.xlarge"_s,
    u"c5.2xlarge"_s, u"r5.large"_s, u"r5.xlarge"_s};
const QStringList kPublicIp = {u"subnet-default"_s, u"yes"_s, u"no"_s};
const QString kDefaultImage = u"resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"_s;

/// Marks a VPC, subnet or security group that is defined outside the design (an imported
/// template's parameter or imported value): the checker treats what it holds as unknown.
P externalFlag()
{
    return flag("external", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Defined outside the design"), false)
        .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "A placeholder for something that exists elsewhere (a template parameter or an imported value): its contents are unknown, so the checker makes no claims about it."));
}

/// Where a resource that exists outside the design comes from, so that an export refers to it
/// rather than creating it: "parameter NAME TYPE [INDEX]", "import NAME", "import-item INDEX
/// NAME" (an item of a comma-separated import), "literal ID", or "default" (the account's
/// default VPC and its default subnets). Empty: the design creates it.
P externalSourceText()
{
    return str("externalSource", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Comes from"))
        .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "How an imported template took this resource from outside (a parameter, an imported value, or the account's default VPC): exports refer to it the same way and never create it."));
}

bool isHttp(const QString &protocol) { return protocol == u"HTTP"_s || protocol == u"HTTPS"_s; }

std::vector<PropertySpec> securityGroupRuleColumns()
{
    return {
        choice("protocol", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Protocol"), kProtocols),
        num("fromPort", QT_TRANSLATE_NOOP("skydraft::Catalogue", "From port"), 0, 0, 65535),
        num("toPort", QT_TRANSLATE_NOOP("skydraft::Catalogue", "To port"), 65535, 0, 65535),
        cidrAny("cidr", QT_TRANSLATE_NOOP("skydraft::Catalogue", "CIDR"))
            .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "Source (inbound) or destination (outbound) IPv4 or IPv6 CIDR block (::/0 is the whole IPv6 internet); leave empty when a group or prefix list is given.")),
        ref("group", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Security group"), {ResourceType::SecurityGroup})
            .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "Admits the private addresses of every resource carrying this group.")),
        str("prefixList", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Prefix list"))
            .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "A managed prefix list id (pl-0a25c3463226fcc61): a named set of address ranges outside the design, such as CloudFront's origin-facing addresses.")),
        str("description", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Description")),
    };
}

std::vector<PropertySpec> aclEntryColumns()
{
    return {
        num("rule", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Rule number"), 100, 1, 32766),
        choice("protocol", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Protocol"), kProtocols, u"all"_s),
        num("fromPort", QT_TRANSLATE_NOOP("skydraft::Catalogue", "From port"), 0, 0, 65535),
        num("toPort", QT_TRANSLATE_NOOP("skydraft::Catalogue", "To port"), 65535, 0, 65535),
        cidrAny("cidr", QT_TRANSLATE_NOOP("skydraft::Catalogue", "CIDR"), u"0.0.0.0/0"_s)
            .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "An IPv4 or IPv6 block; an IPv6 entry (::/0) applies to IPv6 traffic only.")),
        choice("action", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Action"), {u"allow"_s, u"deny"_s}),
    };
}

QVariant defaultAclRules(const Resource &r)
{
    // The VPC's default ACL allows everything (rule 100); a new custom ACL denies everything.
    if (!r.boolean(u"isDefault"_s))
        return QVariantList();
    return QVariantList{row({{"rule", 100}, {"protocol", u"all"_s}, {"fromPort", 0},
                             {"toPort", 65535}, {"cidr", u"0.0.0.0/0"_s}, {"action", u"allow"_s}})};
}

QVariant lbListeners(const Resource &r)
{
    const QString kind = r.string(u"kind"_s);
    if (kind == u"network"_s)
        return QVariantList{row({{"protocol", u"TCP"_s}, {"port", 80}})};
    if (kind == u"classic"_s)
        return QVariantList{row({{"protocol", u"HTTP"_s}, {"port", 80},
                                 {"instanceProtocol", u"HTTP"_s}, {"instancePort", 80}})};
    return QVariantList{row({{"protocol", u"HTTP"_s}, {"port", 80}})};
}

} // namespace

std::vector<TypeSpec> buildCatalogueTable()
{
    using T = ResourceType;
    std::vector<TypeSpec> c;

    c.push_back({T::Internet, {}, {}, true, false, u"Internet"_s});

    c.push_back({T::Route53Record,
                 {
                     str("recordName", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Record name"), u"www.example.com"_s).req(),
                     choice("recordType", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Record type"), {u"A"_s, u"AAAA"_s, u"CNAME"_s}),
                     flag("alias", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Alias"), true)
                         .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "An alias follows the AWS resource's addresses and uses its TTL.")),
                     ref("target", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Target"), {T::LoadBalancer, T::ElasticIp, T::Ec2Instance}),
                     num("ttl", QT_TRANSLATE_NOOP("skydraft::Catalogue", "TTL (s)"), 300, 0, 2147483647).dyn([](const Resource &r) {
                         // An alias to a load balancer uses the load balancer's TTL of 60 s.
                         return QVariant(r.boolean(u"alias"_s) ? 60 : 300);
                     }).when("alias", {u"false"_s}).hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "An alias record has no TTL of its own: it uses its target's (60 s for a load balancer).")),
                     choice("routingPolicy", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Routing policy"),
                            {u"simple"_s, u"failover"_s, u"weighted"_s, u"latency"_s}),
                     choice("failoverRole", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Failover role"), {u"primary"_s, u"secondary"_s})
                         .when("routingPolicy", {u"failover"_s}),
                     num("weight", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Weight"), 1, 0, 255).when("routingPolicy", {u"weighted"_s}),
                     flag("evaluateTargetHealth", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Evaluate target health"), true),
                 },
                 {},
                 true,
                 false,
                 u"Record"_s});

    c.push_back({T::Vpc,
                 {
                     cidr("cidr", QT_TRANSLATE_NOOP("skydraft::Catalogue", "IPv4 CIDR"), u"10.0.0.0/16"_s).req(),
                     flag("enableDnsSupport", QT_TRANSLATE_NOOP("skydraft::Catalogue", "DNS resolution"), true),
                     flag("enableDnsHostnames", QT_TRANSLATE_NOOP("skydraft::Catalogue", "DNS hostnames"), false),
                     choice("instanceTenancy", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Tenancy"), {u"default"_s, u"dedicated"_s}),
                     // IPv6 (VPC/vpc-ip-addressing.md): a /56 from Amazon's pool, or one of
                     // your own; subnets take /64s of it. Without one, nothing in the VPC
                     // has IPv6 (routes, egress-only gateways and subnet blocks are refused).
                     str("ipv6Block", QT_TRANSLATE_NOOP("skydraft::Catalogue", "IPv6 block"))
                         .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "Empty: IPv4 only. \"amazon-provided\": a /56 from Amazon's pool (AmazonProvidedIpv6CidrBlock). Or an IPv6 /56 of your own, such as 2600:1f18:aaaa:bb00::/56.")),
                     str("ipv6BlockId", QT_TRANSLATE_NOOP("skydraft::Catalogue", "IPv6 block's template id"))
                         .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "The logical id of the AWS::EC2::VPCCidrBlock that gives the VPC its IPv6 block in CloudFormation, kept from an imported template; empty: the VPC's id followed by Ipv6CidrBlock.")),
                     externalFlag(),
                     externalSourceText(),
                 },
                 {},
                 true,
                 true,
                 u"Vpc"_s});

    c.push_back({T::AvailabilityZone,
                 {str("zone", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Zone name"), u"us-east-1a"_s).req()},
                 {T::Vpc},
                 false,
                 true,
                 u"Az"_s});

    c.push_back({T::Subnet,
                 {
                     cidr("cidr", QT_TRANSLATE_NOOP("skydraft::Catalogue", "IPv4 CIDR"), u"10.0.0.0/24"_s).req(),
                     flag("mapPublicIpOnLaunch", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Auto-assign public IPv4"), false)
                         .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "Off on non-default subnets; an instance can override it at launch.")),
                     str("ipv6Block", QT_TRANSLATE_NOOP("skydraft::Catalogue", "IPv6 block"))
                         .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "Empty: IPv4 only. \"vpc:N\": the N-th /64 (0 to 255) of the VPC's IPv6 block, as a template cuts it with !Cidr. Or an IPv6 /64 within the VPC's block, such as 2600:1f18:aaaa:bb01::/64. The VPC needs an IPv6 block.")),
                     flag("assignIpv6OnCreation", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Auto-assign IPv6 address"), false)
                         .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "Instances launched here get an IPv6 address from the subnet's block (AssignIpv6AddressOnCreation); needs an IPv6 block.")),
                     ref("routeTable", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Route table"), {T::RouteTable})
                         .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "Empty: the VPC's main route table.")),
                     ref("networkAcl", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Network ACL"), {T::NetworkAcl})
                         .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "Empty: the VPC's default network ACL, which allows everything.")),
                     externalFlag(),
                     externalSourceText(),
                 },
                 {T::AvailabilityZone},
                 false,
                 true,
                 u"Subnet"_s});

    c.push_back({T::InternetGateway, {}, {T::Vpc}, false, false, u"Igw"_s});

    // Outbound-only IPv6 (VPC/egress-only-internet-gateway.md): instances reach the IPv6
    // internet through it, nothing on the internet can open a connection to them.
    c.push_back({T::EgressOnlyInternetGateway, {}, {T::Vpc}, false, false, u"Eigw"_s});

    c.push_back({T::NatGateway,
                 {choice("connectivity", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Connectivity"), {u"public"_s, u"private"_s})},
                 {T::Subnet},
                 false,
                 false,
                 u"NatGateway"_s});

    c.push_back({T::ElasticIp,
                 {ref("associatedWith", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Associated with"), {T::Ec2Instance, T::NatGateway})},
                 {},
                 true,
                 false,
                 u"Eip"_s});

    c.push_back({T::RouteTable,
                 {
                     flag("main", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Main route table"), false),
                     table("routes", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Routes"),
                           {cidrAny("destination", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Destination"), u"0.0.0.0/0"_s).req()
                                .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "An IPv4 or IPv6 block: ::/0 sends the IPv6 internet to an internet gateway or an egress-only internet gateway.")),
                            ref("target", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Target"),
                                {T::InternetGateway, T::EgressOnlyInternetGateway, T::NatGateway, T::Ec2Instance})
                                .req()})
                         .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "The local route for the VPC CIDR is always present.")),
                 },
                 {T::Vpc},
                 false,
                 false,
                 u"RouteTable"_s});

    c.push_back({T::NetworkAcl,
                 {
                     flag("isDefault", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Default ACL"), false),
                     table("inbound", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Inbound rules"), aclEntryColumns()).dyn(defaultAclRules),
                     table("outbound", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Outbound rules"), aclEntryColumns()).dyn(defaultAclRules),
                 },
                 {T::Vpc},
                 false,
                 false,
                 u"Acl"_s});

    c.push_back({T::SecurityGroup,
                 {
                     str("description", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Description"), u"Managed by SkyDraft"_s),
                     table("inbound", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Inbound rules"), securityGroupRuleColumns())
                         .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "A new group admits nothing inbound.")),
                     table("outbound", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Outbound rules"), securityGroupRuleColumns(),
                           QVariantList{row({{"protocol", u"all"_s}, {"fromPort", 0},
                                             {"toPort", 65535}, {"cidr", u"0.0.0.0/0"_s}})})
                         .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "A new group allows all outbound traffic.")),
                     externalFlag(),
                     externalSourceText(),
                 },
                 {T::Vpc},
                 false,
                 false,
                 u"Sg"_s});

    c.push_back({T::LoadBalancer,
                 {
                     choice("kind", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Type"), kLbKinds),
                     choice("scheme", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Scheme"), {u"internet-facing"_s, u"internal"_s}),
                     refs("subnets", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Subnets"), {T::Subnet})
                         .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "One load-balancer node per subnet's AZ; an ALB needs two AZs.")),
                     refs("securityGroups", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Security groups"), {T::SecurityGroup}),
                     table("listeners", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Listeners"),
                           {choice("protocol", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Protocol"), kLbListenerProtocols),
                            num("port", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Port"), 80, 1, 65535),
                            ref("targetGroup", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Target group"), {T::TargetGroup}),
                            choice("instanceProtocol", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Instance protocol"),
                                   {u"HTTP"_s, u"HTTPS"_s, u"TCP"_s, u"SSL"_s}),
                            num("instancePort", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Instance port"), 80, 1, 65535),
                            str("certificate", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Certificate ARN")),
                            str("name", QT_TRANSLATE_NOOP("skydraft::Catalogue", "CloudFormation id"))
                                .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "Logical id of the listener in an exported template (kept from an imported one); empty: made from the load balancer's."))})
                         .dyn(lbListeners),
                     // Listener rules are rows of the load balancer, like its listeners: rows with
                     // the same listener port and priority are one rule, forwarding to each row's
                     // target group with the row's weight (a weighted forward). README: Listener rules.
                     table("rules", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Listener rules"),
                           {num("listenerPort", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Listener port"), 80, 1, 65535),
                            num("priority", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Priority"), 1, 1, 50000).req(),
                            str("paths", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Path patterns"))
                                .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "Comma-separated path patterns (/api/*, /img/*); empty: any path.")),
                            str("hosts", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Host headers"))
                                .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "Comma-separated host names (api.example.com, *.example.com); empty: any host.")),
                            ref("targetGroup", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Target group"), {T::TargetGroup}),
                            num("weight", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Weight"), 1, 0, 999)
                                .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "Share of the rule's requests this target group gets, relative to the other rows of the same rule.")),
                            num("share", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Traffic share (%)"), 0, 0, 100)
                                .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "For the simulator, which has no request paths: the listener's requests this rule matches. 0: an equal share of what the other rules leave, with the default action.")),
                            str("name", QT_TRANSLATE_NOOP("skydraft::Catalogue", "CloudFormation id"))
                                .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "Logical id of the rule in an exported template (kept from an imported one); empty: made from the load balancer's."))})
                         .when("kind", {u"application"_s})
                         .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "Evaluated by priority, lowest first, before the listener's default action. Rows with the same listener port and priority are one rule forwarding to several target groups by weight.")),
                     flag("crossZone", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Cross-zone load balancing"), true)
                         .dyn([](const Resource &r) {
                             // ALB: always on. NLB: off. CLB: on in the console (off via API).
                             return QVariant(r.string(u"kind"_s) != u"network"_s);
                         }),
                     num("idleTimeout", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Idle timeout (s)"), 60, 1, 4000)
                         .when("kind", {u"application"_s, u"classic"_s}),
                     // A classic load balancer checks and drains instances itself.
                     refs("instances", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Instances"), {T::Ec2Instance}).when("kind", {u"classic"_s}),
                     choice("healthCheckProtocol", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Health check protocol"),
                            {u"HTTP"_s, u"HTTPS"_s, u"TCP"_s, u"SSL"_s})
                         .when("kind", {u"classic"_s}),
                     num("healthCheckPort", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Health check port"), 80, 1, 65535).when("kind", {u"classic"_s}),
                     str("healthCheckPath", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Health check path"), u"/index.html"_s)
                         .when("kind", {u"classic"_s}),
                     num("healthCheckInterval", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Health check interval (s)"), 30, 5, 300)
                         .when("kind", {u"classic"_s}),
                     num("healthCheckTimeout", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Health check timeout (s)"), 5, 2, 60)
                         .when("kind", {u"classic"_s}),
                     num("healthyThreshold", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Healthy threshold"), 10, 2, 10).when("kind", {u"classic"_s}),
                     num("unhealthyThreshold", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Unhealthy threshold"), 2, 2, 10)
                         .when("kind", {u"classic"_s}),
                     flag("stickiness", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Sticky sessions (AWSELB cookie)"), false)
                         .when("kind", {u"classic"_s}),
                     num("stickinessDuration", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Cookie duration (s, 0: browser session)"), 0, 0, 604800)
                         .when("kind", {u"classic"_s}),
                     flag("connectionDraining", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Connection draining"), true).when("kind", {u"classic"_s}),
                     num("drainingTimeout", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Draining timeout (s)"), 300, 1, 3600)
                         .when("kind", {u"classic"_s}),
                 },
                 {T::Vpc},
                 false,
                 false,
                 u"LoadBalancer"_s});

    c.push_back({T::TargetGroup,
                 {
                     choice("protocol", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Protocol"), kTgProtocols),
                     num("port", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Port"), 80, 1, 65535),
                     choice("targetType", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Target type"), {u"instance"_s, u"ip"_s}),
                     choice("algorithm", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Algorithm"), {u"round_robin"_s, u"least_outstanding_requests"_s})
                         .when("protocol", {u"HTTP"_s, u"HTTPS"_s}),
                     // load_balancing.cross_zone.enabled: the load balancer's setting (always
                     // on for an ALB), or on or off for this group alone.
                     choice("crossZone", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Cross-zone load balancing"),
                            {u"use_load_balancer_configuration"_s, u"true"_s, u"false"_s}),
                     choice("healthCheckProtocol", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Health check protocol"),
                            {u"HTTP"_s, u"HTTPS"_s, u"TCP"_s})
                         .dyn([](const Resource &r) {
                             const QString p = r.string(u"protocol"_s);
                             return QVariant(isHttp(p) ? p : u"TCP"_s);
                         }),
                     str("healthCheckPort", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Health check port"), u"traffic-port"_s)
                         .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "\"traffic-port\" or a port number.")),
                     str("healthCheckPath", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Health check path"), u"/"_s)
                         .when("healthCheckProtocol", {u"HTTP"_s, u"HTTPS"_s}),
                     num("healthCheckInterval", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Health check interval (s)"), 30, 5, 300),
                     // The ALB guide says 5 s, the CloudFormation reference 6 s for HTTP:
                     // the guide wins. TCP checks (NLB) wait 10 s.
                     num("healthCheckTimeout", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Health check timeout (s)"), 5, 2, 120)
                         .dyn([](const Resource &r) {
                             return QVariant(isHttp(r.string(u"healthCheckProtocol"_s)) ? 5 : 10);
                         }),
                     num("healthyThreshold", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Healthy threshold"), 5, 2, 10),
                     num("unhealthyThreshold", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Unhealthy threshold"), 2, 2, 10),
                     str("matcher", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Success codes"), u"200"_s)
                         .when("healthCheckProtocol", {u"HTTP"_s, u"HTTPS"_s}),
                     num("deregistrationDelay", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Deregistration delay (s)"), 300, 0, 3600),
                     flag("stickiness", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Sticky sessions"), false),
                     choice("stickinessType", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Stickiness type"),
                            {u"lb_cookie"_s, u"app_cookie"_s, u"source_ip"_s})
                         .dyn([](const Resource &r) {
                             return QVariant(isHttp(r.string(u"protocol"_s)) ? u"lb_cookie"_s : u"source_ip"_s);
                         }),
                     num("stickinessDuration", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Stickiness duration (s)"), 86400, 1, 604800)
                         .when("stickinessType", {u"lb_cookie"_s, u"app_cookie"_s}),
                     refs("targets", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Registered targets"), {T::Ec2Instance}),
                 },
                 {T::Vpc},
                 false,
                 false,
                 u"TargetGroup"_s});

    c.push_back({T::LaunchTemplate,
                 {
                     str("imageId", QT_TRANSLATE_NOOP("skydraft::Catalogue", "AMI"), kDefaultImage),
                     choice("instanceType", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Instance type"), kInstanceTypes, u"t3.micro"_s),
                     refs("securityGroups", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Security groups"), {T::SecurityGroup}),
                     str("keyName", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Key pair")),
                     choice("associatePublicIp", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Public IPv4"), kPublicIp),
                     str("userData", QT_TRANSLATE_NOOP("skydraft::Catalogue", "User data")),
                 },
                 {},
                 true,
                 false,
                 u"LaunchTemplate"_s});

    c.push_back({T::AutoScalingGroup,
                 {
                     num("minSize", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Minimum capacity"), 1, 0, 10000),
                     num("maxSize", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Maximum capacity"), 1, 0, 10000),
                     num("desiredCapacity", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Desired capacity"), 1, 0, 10000)
                         .dyn([](const Resource &r) { return QVariant(r.integer(u"minSize"_s)); })
                         .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "Defaults to the minimum.")),
                     refs("subnets", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Subnets"), {T::Subnet}).req(),
                     ref("launchTemplate", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Launch template"), {T::LaunchTemplate}).req(),
                     refs("targetGroups", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Target groups"), {T::TargetGroup}),
                     refs("loadBalancers", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Classic Load Balancers"), {T::LoadBalancer}),
                     choice("healthCheckType", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Health check type"), {u"EC2"_s, u"ELB"_s}),
                     num("healthCheckGracePeriod", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Health check grace period (s)"), 300, 0, 86400),
                     num("defaultCooldown", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Default cooldown (s)"), 300, 0, 86400),
                     num("instanceWarmup", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Instance warm-up (s)"), 300, 0, 86400),
                     choice("terminationPolicy", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Termination policy"),
                            {u"Default"_s, u"OldestInstance"_s, u"NewestInstance"_s,
                             u"OldestLaunchTemplate"_s, u"ClosestToNextInstanceHour"_s}),
                     num("externalCallPercent", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Requests calling the internet (%)"), 0, 0, 100)
                         .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "Share of the application's requests that call something outside the VPC (a payment API...). The simulator fails them when the subnet's route to the internet is lost (its NAT gateway failed or in a lost zone).")),
                     choice("sessionStore", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Sessions kept in"),
                            {u"instance-memory"_s, u"cache"_s, u"database"_s}, u"instance-memory"_s)
                         .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "Where the application keeps user sessions. In instance memory they are lost with the instance (the simulator counts sessions_lost); in a cache, with the cache's data; in a database, kept.")),
                     table("scalingPolicies", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Scaling policies"),
                           {str("name", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Name")).req(),
                            choice("policyType", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Policy type"),
                                   {u"TargetTrackingScaling"_s, u"StepScaling"_s, u"SimpleScaling"_s}),
                            choice("metric", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Metric"),
                                   {u"ASGAverageCPUUtilization"_s, u"ALBRequestCountPerTarget"_s,
                                    u"ASGAverageNetworkIn"_s, u"ASGAverageNetworkOut"_s}),
                            num("targetValue", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Target value"), 50, 1, 1000000),
                            choice("adjustmentType", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Adjustment type"),
                                   {u"ChangeInCapacity"_s, u"ExactCapacity"_s, u"PercentChangeInCapacity"_s}),
                            num("scalingAdjustment", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Adjustment"), 1, -10000, 10000),
                            stepAdjustments(),
                            num("threshold", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Alarm threshold"), 70, 0, 1000000),
                            choice("comparison", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Comparison"),
                                   {u"GreaterThanOrEqualToThreshold"_s, u"GreaterThanThreshold"_s,
                                    u"LessThanThreshold"_s, u"LessThanOrEqualToThreshold"_s}),
                            num("period", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Period (s)"), 60, 10, 86400),
                            num("evaluationPeriods", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Evaluation periods"), 3, 1, 100),
                            num("datapointsToAlarm", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Datapoints to alarm"), 3, 1, 100),
                            num("cooldown", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Cooldown (s)"), 300, 0, 86400),
                            flag("disableScaleIn", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Disable scale-in"), false)}),
                 },
                 {T::Vpc},
                 false,
                 true,
                 u"Asg"_s});

    c.push_back({T::Ec2Instance,
                 {
                     str("imageId", QT_TRANSLATE_NOOP("skydraft::Catalogue", "AMI"), kDefaultImage),
                     choice("instanceType", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Instance type"), kInstanceTypes, u"t3.micro"_s),
                     refs("securityGroups", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Security groups"), {T::SecurityGroup})
                         .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "Empty: the VPC's default group.")),
                     str("keyName", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Key pair")),
                     choice("associatePublicIp", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Public IPv4"), kPublicIp)
                         .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "\"subnet-default\" follows the subnet's auto-assign setting.")),
                     ref("launchTemplate", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Launch template"), {T::LaunchTemplate}),
                     num("externalCallPercent", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Requests calling the internet (%)"), 0, 0, 100)
                         .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "Share of the application's requests that call something outside the VPC (a payment API...). The simulator fails them when the subnet's route to the internet is lost (its NAT gateway failed or in a lost zone).")),
                     choice("sessionStore", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Sessions kept in"),
                            {u"instance-memory"_s, u"cache"_s, u"database"_s}, u"instance-memory"_s)
                         .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "Where the application keeps user sessions. In instance memory they are lost with the instance (the simulator counts sessions_lost); in a cache, with the cache's data; in a database, kept.")),
                 },
                 {T::Subnet},
                 false,
                 false,
                 u"Instance"_s});

    c.push_back({T::RdsInstance,
                 {
                     choice("engine", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Engine"),
                            {u"mysql"_s, u"postgres"_s, u"mariadb"_s, u"oracle-se2"_s, u"sqlserver-ex"_s}),
                     str("engineVersion", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Engine version")),
                     str("instanceClass", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Instance class"), u"db.t3.micro"_s),
                     num("allocatedStorage", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Storage (GiB)"), 20, 20, 65536),
                     flag("multiAz", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Multi-AZ standby"), false),
                     flag("publiclyAccessible", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Publicly accessible"), false),
                     refs("subnets", QT_TRANSLATE_NOOP("skydraft::Catalogue", "DB subnet group"), {T::Subnet})
                         .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "A DB subnet group must cover at least two AZs.")),
                     refs("securityGroups", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Security groups"), {T::SecurityGroup}),
                     num("port", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Port"), 3306, 1150, 65535).dyn([](const Resource &r) {
                         const QString e = r.string(u"engine"_s);
                         if (e == u"postgres"_s)
                             return QVariant(5432);
                         if (e.startsWith(u"oracle"_s))
                             return QVariant(1521);
                         if (e.startsWith(u"sqlserver"_s))
                             return QVariant(1433);
                         return QVariant(3306);
                     }),
                     num("backupRetention", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Backup retention (days)"), 7, 0, 35),
                     ref("sourceDb", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Replica of"), {T::RdsInstance})
                         .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "Set to make this instance an asynchronous read replica.")),
                     flag("repointOnPromotion", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Application follows a promotion"), false)
                         .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "For a read replica: a promotion makes a stand-alone instance with its own endpoint. On: the application is pointed at it when the promotion ends (a DNS name or configuration you switch). Off: writes keep going to the old primary until the application is repointed.")),
                     str("availabilityZone", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Preferred AZ"))
                         .hint(QT_TRANSLATE_NOOP("skydraft::Catalogue", "Zone name of the primary; empty lets AWS choose.")),
                 },
                 {T::Vpc},
                 false,
                 false,
                 u"Database"_s});

    c.push_back({T::AuroraCluster,
                 {
                     choice("engine", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Engine"), {u"aurora-mysql"_s, u"aurora-postgresql"_s}),
                     str("instanceClass", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Instance class"), u"db.r6g.large"_s),
                     num("replicas", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Aurora replicas"), 1, 0, 15),
                     refs("subnets", QT_TRANSLATE_NOOP("skydraft::Catalogue", "DB subnet group"), {T::Subnet}),
                     refs("securityGroups", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Security groups"), {T::SecurityGroup}),
                     num("port", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Port"), 3306, 1150, 65535).dyn([](const Resource &r) {
                         return QVariant(r.string(u"engine"_s) == u"aurora-postgresql"_s ? 5432 : 3306);
                     }),
                     num("backupRetention", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Backup retention (days)"), 7, 1, 35),
                     flag("publiclyAccessible", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Publicly accessible"), false),
                 },
                 {T::Vpc},
                 false,
                 false,
                 u"AuroraCluster"_s});

    c.push_back({T::ElastiCache,
                 {
                     choice("engine", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Engine"), {u"redis"_s, u"memcached"_s}),
                     str("nodeType", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Node type"), u"cache.t3.micro"_s),
                     num("shards", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Shards"), 1, 1, 500).when("engine", {u"redis"_s}),
                     num("replicasPerShard", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Replicas per shard"), 2, 0, 5).when("engine", {u"redis"_s}),
                     flag("automaticFailover", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Automatic failover"), true).when("engine", {u"redis"_s}),
                     flag("multiAz", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Multi-AZ"), true).when("engine", {u"redis"_s}),
                     num("numNodes", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Nodes"), 1, 1, 60).when("engine", {u"memcached"_s}),
                     refs("subnets", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Cache subnet group"), {T::Subnet}),
                     refs("securityGroups", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Security groups"), {T::SecurityGroup}),
                     num("port", QT_TRANSLATE_NOOP("skydraft::Catalogue", "Port"), 6379, 1, 65535).dyn([](const Resource &r) {
                         return QVariant(r.string(u"engine"_s) == u"memcached"_s ? 11211 : 6379);
                     }),
                 },
                 {T::Vpc},
                 false,
                 false,
                 u"Cache"_s});

    return c;
}

} // namespace skydraft
