// Load balancing and compute: classic and v2 load balancers with their listeners, target
// groups, launch templates and configurations, instances, Auto Scaling groups with their
// scaling policies and the CloudWatch alarms that drive them.

#include "cfnimporter.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace skydraft::cfn {

namespace {

using T = ResourceType;

/// Default subnets of the zones listed (AvailabilityZones), or of the first `count` zones.
QStringList defaultSubnets(Importer &im, const Node *zones, int count)
{
    QStringList out;
    for (const Node &z : Importer::items(zones))
        if (z.isScalar() && zonesOf(im.resolver.region()).contains(z.text))
            out.append(im.defaultSubnet(z.text));
    for (const QString &z : zonesOf(im.resolver.region()).mid(0, count))
        if (out.size() < count)
            out.append(im.defaultSubnet(z));
    out.removeDuplicates();
    return out;
}

QVariant textOr(const Node *n, const QVariant &fallback = {})
{
    const auto t = Importer::text(n);
    return t ? QVariant(*t) : fallback;
}

/// A certificate ARN, or the name of the parameter or import that gives it.
QVariant certificateOf(const Node *n)
{
    if (!n || n->isNull())
        return {};
    // A parameter without a value keeps its name, an import "import:NAME": an export makes
    // them a parameter and an import again, never a default value.
    if (n->kind == Node::Kind::External && n->attribute == u"import"_s)
        return QString(u"import:"_s + n->text);
    return n->text.isEmpty() ? u"certificate"_s : n->text;
}

QVariant intOr(const Node *n)
{
    const auto v = Importer::integer(n);
    return v ? QVariant(*v) : QVariant();
}

/// "HTTP:80/index.html" -> protocol, port, path.
void classicHealthCheck(Importer &im, Resource &r, const Node &check)
{
    if (const auto target = Importer::text(check.get(u"Target"))) {
        const QString protocol = target->section(u':', 0, 0);
        const QString rest = target->section(u':', 1);
        const qsizetype slash = rest.indexOf(u'/');
        im.put(r, u"healthCheckProtocol"_s, protocol, check);
        im.put(r, u"healthCheckPort"_s, slash < 0 ? rest : rest.left(slash), check);
        if (slash >= 0)
            im.put(r, u"healthCheckPath"_s, rest.mid(slash), check);
    }
    im.put(r, u"healthCheckInterval"_s, check.get(u"Interval"));
    im.put(r, u"healthCheckTimeout"_s, check.get(u"Timeout"));
    im.put(r, u"healthyThreshold"_s, check.get(u"HealthyThreshold"));
    im.put(r, u"unhealthyThreshold"_s, check.get(u"UnhealthyThreshold"));
}

/// Attributes of a load balancer or target group: [{Key, Value}] -> value of `key`.
const Node *attribute(const Node &props, const char *list, const char *key)
{
    for (const Node &a : Importer::items(props.get(QString::fromLatin1(list))))
        if (Importer::text(a.get(u"Key")) == QString::fromLatin1(key))
            return a.get(u"Value");
    return nullptr;
}

void mapClassic(Importer &im, Source &s)
{
    QStringList subnets = im.subnetsFor(s.props.get(u"Subnets"));
    if (subnets.isEmpty())
        subnets = defaultSubnets(im, s.props.get(u"AvailabilityZones"), 1);
    Resource *r = im.make(s.id, T::LoadBalancer, im.vpcOfMade(subnets.first()));
    r->properties.insert(u"kind"_s, u"classic"_s);
    r->properties.insert(u"subnets"_s, subnets);
    im.put(*r, u"scheme"_s, s.props.get(u"Scheme"));
    r->properties.insert(u"securityGroups"_s, im.groupsFor(s.props.get(u"SecurityGroups"), r->parent));
    r->properties.insert(u"listeners"_s, QVariantList());
    for (const Node &l : Importer::items(s.props.get(u"Listeners"))) {
        const QVariant protocol = textOr(l.get(u"Protocol"), u"HTTP"_s).toString().toUpper();
        im.appendRow(*r, u"listeners"_s,
                     {{u"protocol"_s, protocol}, {u"port"_s, intOr(l.get(u"LoadBalancerPort"))},
                      {u"instanceProtocol"_s, textOr(l.get(u"InstanceProtocol"), protocol).toString().toUpper()},
                      {u"instancePort"_s, intOr(l.get(u"InstancePort"))}, {u"certificate"_s, certificateOf(l.get(u"SSLCertificateId"))}},
                     l.line ? l : s.at);
    }
    if (const Node *check = s.props.get(u"HealthCheck"))
        classicHealthCheck(im, *r, *check);
    r->properties.insert(u"instances"_s, Importer::refIds(s.props.get(u"Instances")));
    // The API's defaults where the template is silent: cross-zone and draining off.
    r->properties.insert(u"crossZone"_s, Importer::flag(s.props.get(u"CrossZone")).value_or(false));
    const Node *draining = s.props.get(u"ConnectionDrainingPolicy");
    r->properties.insert(u"connectionDraining"_s, draining && Importer::flag(draining->get(u"Enabled")).value_or(false));
    if (draining)
        im.put(*r, u"drainingTimeout"_s, draining->get(u"Timeout"));
    im.put(*r, u"idleTimeout"_s, s.props.path({u"ConnectionSettings", u"IdleTimeout"}));
    const QList<Node> cookies = Importer::items(s.props.get(u"LBCookieStickinessPolicy"));
    if (!cookies.isEmpty()) {
        r->properties.insert(u"stickiness"_s, true);
        im.put(*r, u"stickinessDuration"_s, cookies.first().get(u"CookieExpirationPeriod"));
    }
}

void mapV2(Importer &im, Source &s)
{
    const QString kind = Importer::text(s.props.get(u"Type")).value_or(u"application"_s);
    if (kind != u"application"_s && kind != u"network"_s) {
        im.notDrawn(s, ImportMsg::tr("only application and network load balancers are drawn"));
        return;
    }
    Node subnetList = s.props.get(u"Subnets") ? *s.props.get(u"Subnets") : Node();
    subnetList.kind = Node::Kind::List;
    for (const Node &m : Importer::items(s.props.get(u"SubnetMappings"))) {
        if (const Node *subnet = m.get(u"SubnetId"))
            subnetList.items.append(*subnet);
        if (const QString eip = Importer::refId(m.get(u"AllocationId")); !eip.isEmpty())
            im.report.note(m, ImportMsg::tr("%1: Elastic IP %2 is drawn apart from the load balancer").arg(s.id, eip));
    }
    QStringList subnets = im.subnetsFor(&subnetList);
    if (subnets.isEmpty())
        subnets = defaultSubnets(im, nullptr, 2);
    Resource *r = im.make(s.id, T::LoadBalancer, im.vpcOfMade(subnets.first()));
    Importer::nameFromTags(*r, s.props);
    r->properties.insert(u"kind"_s, kind);
    r->properties.insert(u"subnets"_s, subnets);
    im.put(*r, u"scheme"_s, s.props.get(u"Scheme"));
    r->properties.insert(u"securityGroups"_s, im.groupsFor(s.props.get(u"SecurityGroups"), r->parent));
    r->properties.insert(u"listeners"_s, QVariantList()); // AWS::ElasticLoadBalancingV2::Listener adds them
    if (kind == u"application"_s)
        im.put(*r, u"idleTimeout"_s, attribute(s.props, "LoadBalancerAttributes", "idle_timeout.timeout_seconds"));
    else
        im.put(*r, u"crossZone"_s, attribute(s.props, "LoadBalancerAttributes", "load_balancing.cross_zone.enabled"));
}

void mapTargetGroup(Importer &im, Source &s)
{
    const QString targetType = Importer::text(s.props.get(u"TargetType")).value_or(u"instance"_s);
    if (targetType != u"instance"_s && targetType != u"ip"_s) {
        im.notDrawn(s, ImportMsg::tr("only instance and IP targets are drawn"));
        return;
    }
    const QString vpc = im.vpcFor(s.props.get(u"VpcId"));
    Resource *r = im.make(s.id, T::TargetGroup, vpc);
    Importer::nameFromTags(*r, s.props);
    im.put(*r, u"targetType"_s, targetType, s.at);
    im.put(*r, u"protocol"_s, s.props.get(u"Protocol"));
    im.put(*r, u"port"_s, s.props.get(u"Port"));
    im.put(*r, u"healthCheckProtocol"_s, s.props.get(u"HealthCheckProtocol"));
    im.put(*r, u"healthCheckPort"_s, s.props.get(u"HealthCheckPort"));
    im.put(*r, u"healthCheckPath"_s, s.props.get(u"HealthCheckPath"));
    im.put(*r, u"healthCheckInterval"_s, s.props.get(u"HealthCheckIntervalSeconds"));
    im.put(*r, u"healthCheckTimeout"_s, s.props.get(u"HealthCheckTimeoutSeconds"));
    im.put(*r, u"healthyThreshold"_s, s.props.get(u"HealthyThresholdCount"));
    im.put(*r, u"unhealthyThreshold"_s, s.props.get(u"UnhealthyThresholdCount"));
    im.put(*r, u"matcher"_s, s.props.path({u"Matcher", u"HttpCode"}));
    im.put(*r, u"deregistrationDelay"_s, attribute(s.props, "TargetGroupAttributes", "deregistration_delay.timeout_seconds"));
    im.put(*r, u"crossZone"_s, attribute(s.props, "TargetGroupAttributes", "load_balancing.cross_zone.enabled"));
    im.put(*r, u"stickiness"_s, attribute(s.props, "TargetGroupAttributes", "stickiness.enabled"));
    im.put(*r, u"stickinessType"_s, attribute(s.props, "TargetGroupAttributes", "stickiness.type"));
    im.put(*r, u"stickinessDuration"_s, attribute(s.props, "TargetGroupAttributes", "stickiness.lb_cookie.duration_seconds"));
    QStringList targets;
    for (const Node &t : Importer::items(s.props.get(u"Targets")))
        if (const QString id = Importer::refId(t.get(u"Id")); !id.isEmpty())
            targets.append(id);
    if (!targets.isEmpty())
        r->properties.insert(u"targets"_s, targets);
}

void mapListener(Importer &im, Source &s)
{
    Resource *lb = im.made(Importer::refId(s.props.get(u"LoadBalancerArn")));
    if (!lb || lb->type != T::LoadBalancer) {
        im.notDrawn(s, ImportMsg::tr("its load balancer is not in the design"));
        return;
    }
    QVariant targetGroup;
    for (const Node &action : Importer::items(s.props.get(u"DefaultActions"))) {
        QString tg = Importer::refId(action.get(u"TargetGroupArn"));
        for (const Node &g : Importer::items(action.path({u"ForwardConfig", u"TargetGroups"})))
            if (tg.isEmpty())
                tg = Importer::refId(g.get(u"TargetGroupArn"));
        if (!tg.isEmpty() && !targetGroup.isValid())
            targetGroup = tg;
    }
    QVariant certificate;
    const QList<Node> certificates = Importer::items(s.props.get(u"Certificates"));
    if (!certificates.isEmpty())
        certificate = certificateOf(certificates.first().get(u"CertificateArn"));
    const QString fallback = lb->string(u"kind"_s) == u"network"_s ? u"TCP"_s : u"HTTP"_s;
    if (im.appendRow(*lb, u"listeners"_s,
                     {{u"protocol"_s, textOr(s.props.get(u"Protocol"), fallback)}, {u"port"_s, intOr(s.props.get(u"Port"))},
                      {u"targetGroup"_s, targetGroup}, {u"certificate"_s, certificate}, {u"name"_s, s.id}},
                     s.at)) {
        im.foldedInto(s);
        im.listenerPorts.insert(s.id, {lb->id, lb->rows(u"listeners"_s).last().toMap().value(u"port"_s, 80).toLongLong()});
    } else {
        im.notDrawn(s, ImportMsg::tr("the listener cannot be drawn"));
    }
}

/// The values of a rule condition: `Values`, or those of its `PathPatternConfig` /
/// `HostHeaderConfig`.
QStringList conditionValues(const Node &condition, const QString &config)
{
    QStringList out;
    for (const Node *list : {condition.get(u"Values"), condition.path({config, u"Values"})})
        for (const Node &v : Importer::items(list))
            if (const auto t = Importer::text(&v); t && !out.contains(*t))
                out.append(*t);
    return out;
}

/// An ALB listener rule becomes rows of its load balancer's `rules`: one per target group it
/// forwards to. What the design cannot hold (other conditions or actions, a listener or target
/// group outside the design) keeps the rule as it was written (not drawn).
void mapListenerRule(Importer &im, Source &s, QHash<std::pair<QString, qint64>, QString> &priorities)
{
    const Node *listenerArn = s.props.get(u"ListenerArn");
    const QString listener = Importer::refId(listenerArn);
    const auto found = im.listenerPorts.constFind(listener);
    if (found == im.listenerPorts.constEnd()) {
        im.notDrawn(s, ImportMsg::tr("its listener is not in the design"));
        return;
    }
    Resource *lb = im.made(found->first);
    if (!lb || lb->string(u"kind"_s) != u"application"_s) {
        im.notDrawn(s, ImportMsg::tr("only the rules of application load balancers are drawn"));
        return;
    }
    const Node *priorityNode = s.props.get(u"Priority");
    const std::optional<qint64> priority = Importer::integer(priorityNode);
    if (!priority || *priority < 1 || *priority > 50000) {
        im.report.error(priorityNode ? *priorityNode : s.at,
                        ImportMsg::tr("%1: the listener rule needs a priority from 1 to 50000").arg(s.id));
        im.foldedInto(s);
        return;
    }
    QStringList paths, hosts;
    for (const Node &c : Importer::items(s.props.get(u"Conditions"))) {
        const QString field = Importer::text(c.get(u"Field")).value_or(QString());
        if (field == u"path-pattern"_s) {
            paths += conditionValues(c, u"PathPatternConfig"_s);
        } else if (field == u"host-header"_s) {
            hosts += conditionValues(c, u"HostHeaderConfig"_s);
        } else {
            im.notDrawn(s, ImportMsg::tr("only path-pattern and host-header conditions are drawn, not %1").arg(field));
            return;
        }
    }
    const QList<Node> actions = Importer::items(s.props.get(u"Actions"));
    if (actions.size() != 1 || Importer::text(actions.first().get(u"Type")).value_or(QString()) != u"forward"_s) {
        im.notDrawn(s, ImportMsg::tr("only rules whose one action is forward are drawn"));
        return;
    }
    const Node &action = actions.first();
    QList<std::pair<QString, QVariant>> forwards; // target group, weight (invalid: unset)
    QList<Node> where;
    const QList<Node> tuples = Importer::items(action.path({u"ForwardConfig", u"TargetGroups"}));
    if (tuples.isEmpty()) {
        if (const Node *arn = action.get(u"TargetGroupArn")) {
            forwards.append({Importer::refId(arn), QVariant()});
            where.append(*arn);
        }
    }
    for (const Node &t : tuples) {
        const std::optional<qint64> weight = Importer::integer(t.get(u"Weight"));
        forwards.append({Importer::refId(t.get(u"TargetGroupArn")), weight ? QVariant(*weight) : QVariant()});
        where.append(t.get(u"TargetGroupArn") ? *t.get(u"TargetGroupArn") : t);
    }
    if (forwards.isEmpty()) {
        im.report.error(action, ImportMsg::tr("%1: the forward action names no target group").arg(s.id));
        im.foldedInto(s);
        return;
    }
    for (int i = 0; i < forwards.size(); ++i) {
        const QString tg = forwards[i].first;
        if (tg.isEmpty()) {
            im.notDrawn(s, ImportMsg::tr("it forwards to a target group outside the template"));
            return;
        }
        const Resource *made = im.made(tg);
        if (!made && im.sources.contains(tg) && im.sources[tg].type == u"AWS::ElasticLoadBalancingV2::TargetGroup"_s) {
            im.notDrawn(s, ImportMsg::tr("its target group %1 is not drawn").arg(tg));
            return;
        }
        if (!made || made->type != ResourceType::TargetGroup) {
            im.report.error(where[i], ImportMsg::tr("%1: forwards to %2, which is not a target group").arg(s.id, tg));
            im.foldedInto(s);
            return;
        }
    }
    const std::pair<QString, qint64> key{listener, *priority};
    if (const auto other = priorities.constFind(key); other != priorities.constEnd()) {
        im.report.error(*priorityNode, ImportMsg::tr("%1: priority %2 is already taken by %3 on listener %4")
                                           .arg(s.id)
                                           .arg(*priority)
                                           .arg(*other, listener));
        im.foldedInto(s);
        return;
    }
    priorities.insert(key, s.id);
    // Rows of one rule repeat its conditions, so that each reads alone.
    const QVariantList before = lb->rows(u"rules"_s);
    for (const auto &[tg, weight] : forwards) {
        if (!im.appendRow(*lb, u"rules"_s,
                          {{u"listenerPort"_s, found->second}, {u"priority"_s, *priority},
                           {u"paths"_s, paths.isEmpty() ? QVariant() : QVariant(paths.join(u","_s))},
                           {u"hosts"_s, hosts.isEmpty() ? QVariant() : QVariant(hosts.join(u","_s))},
                           {u"targetGroup"_s, tg}, {u"weight"_s, weight}, {u"name"_s, s.id}},
                          s.at)) {
            lb->properties.insert(u"rules"_s, before);
            im.notDrawn(s, ImportMsg::tr("the rule cannot be drawn"));
            return;
        }
    }
    im.foldedInto(s);
}

/// What launch templates and configurations, and instances, share.
void mapLaunchData(Importer &im, Resource &r, const Node &data)
{
    im.put(r, u"imageId"_s, data.get(u"ImageId"));
    im.put(r, u"instanceType"_s, data.get(u"InstanceType"));
    im.put(r, u"keyName"_s, data.get(u"KeyName"));
    const QList<Node> interfaces = Importer::items(data.get(u"NetworkInterfaces"));
    const Node *nic = interfaces.isEmpty() ? nullptr : &interfaces.first();
    QStringList groups;
    for (const char *key : {"SecurityGroupIds", "SecurityGroups"})
        groups += im.groupsFor(data.get(QString::fromLatin1(key)), im.vpcOfMade(r.id));
    if (nic) {
        groups += im.groupsFor(nic->get(u"Groups"), im.vpcOfMade(r.id));
        groups += im.groupsFor(nic->get(u"GroupSet"), im.vpcOfMade(r.id));
    }
    groups.removeDuplicates();
    if (!groups.isEmpty())
        r.properties.insert(u"securityGroups"_s, groups);
    const Node *publicIp = nic ? nic->get(u"AssociatePublicIpAddress") : data.get(u"AssociatePublicIpAddress");
    if (const auto on = Importer::flag(publicIp))
        r.properties.insert(u"associatePublicIp"_s, *on ? u"yes"_s : u"no"_s);
    if (r.type == T::LaunchTemplate)
        if (const auto userData = Importer::text(data.get(u"UserData")))
            r.properties.insert(u"userData"_s, *userData);
}

QString launchTemplateOf(const Node &props)
{
    for (const Node *n : {props.path({u"LaunchTemplate", u"LaunchTemplateId"}), props.path({u"LaunchTemplate", u"LaunchTemplateName"}),
                          props.get(u"LaunchConfigurationName"),
                          props.path({u"MixedInstancesPolicy", u"LaunchTemplate", u"LaunchTemplateSpecification", u"LaunchTemplateId"})})
        if (!Importer::refId(n).isEmpty())
            return Importer::refId(n);
    return {};
}

/// The template's `AWS::EC2::NetworkInterface` an instance's first interface names, if any.
Source *interfaceResource(Importer &im, const QList<Node> &interfaces)
{
    if (interfaces.isEmpty())
        return nullptr;
    const auto it = im.sources.find(Importer::refId(interfaces.first().get(u"NetworkInterfaceId")));
    return it != im.sources.end() && it->type == u"AWS::EC2::NetworkInterface"_s ? &*it : nullptr;
}

void mapInstance(Importer &im, Source &s)
{
    const Node *subnetNode = s.props.get(u"SubnetId");
    const QList<Node> interfaces = Importer::items(s.props.get(u"NetworkInterfaces"));
    // An interface declared as a resource of its own carries the subnet and security groups:
    // it is folded into the instance (written back inline).
    Source *eni = interfaceResource(im, interfaces);
    if (!subnetNode && eni)
        subnetNode = eni->props.get(u"SubnetId");
    if (!subnetNode && !interfaces.isEmpty())
        subnetNode = interfaces.first().get(u"SubnetId");
    QString subnet = subnetNode ? im.subnetFor(*subnetNode) : QString();
    if (subnet.isEmpty()) {
        const auto zone = Importer::text(s.props.get(u"AvailabilityZone"));
        subnet = im.defaultSubnet(zone && zonesOf(im.resolver.region()).contains(*zone) ? *zone : zonesOf(im.resolver.region()).first());
    }
    Resource *r = im.make(s.id, T::Ec2Instance, subnet);
    Importer::nameFromTags(*r, s.props);
    mapLaunchData(im, *r, s.props);
    if (eni) {
        QStringList groups = r->references(u"securityGroups"_s);
        groups += im.groupsFor(eni->props.get(u"GroupSet"), im.vpcOfMade(r->id));
        groups.removeDuplicates();
        if (!groups.isEmpty())
            r->properties.insert(u"securityGroups"_s, groups);
        im.foldedInto(*eni);
    }
    if (const QString lt = launchTemplateOf(s.props); !lt.isEmpty())
        r->properties.insert(u"launchTemplate"_s, lt);
}

/// CloudWatch metric of an alarm -> the catalogue's policy metric.
QVariant policyMetric(const QString &metric)
{
    if (metric == u"CPUUtilization"_s)
        return u"ASGAverageCPUUtilization"_s;
    if (metric == u"NetworkIn"_s || metric == u"NetworkOut"_s)
        return QString(u"ASGAverage"_s + metric);
    if (metric == u"RequestCountPerTarget"_s)
        return u"ALBRequestCountPerTarget"_s;
    return {};
}

void mapScalingPolicy(Importer &im, Source &s, const QList<Source *> &alarms)
{
    Resource *asg = im.made(Importer::refId(s.props.get(u"AutoScalingGroupName")));
    if (!asg || asg->type != T::AutoScalingGroup) {
        im.notDrawn(s, ImportMsg::tr("its Auto Scaling group is not in the design"));
        return;
    }
    const QString type = Importer::text(s.props.get(u"PolicyType")).value_or(u"SimpleScaling"_s);
    QList<std::pair<QString, QVariant>> cells = {
        {u"name"_s, s.id},
        {u"policyType"_s, type},
        {u"adjustmentType"_s, textOr(s.props.get(u"AdjustmentType"))},
        {u"cooldown"_s, intOr(s.props.get(u"Cooldown"))},
    };
    QVariant adjustment = intOr(s.props.get(u"ScalingAdjustment"));
    const QList<Node> steps = Importer::items(s.props.get(u"StepAdjustments"));
    if (!adjustment.isValid() && !steps.isEmpty())
        adjustment = intOr(steps.first().get(u"ScalingAdjustment"));
    cells.append({u"scalingAdjustment"_s, adjustment});
    if (type == u"StepScaling"_s && !steps.isEmpty()) {
        // Bounds are whole numbers here: a fractional one is rounded (and said so).
        const auto bound = [&](const Node &step, const char16_t *key) -> QVariant {
            const Node *n = step.get(key);
            if (!n || n->isNull())
                return {};
            bool ok = false;
            const double v = n->text.trimmed().toDouble(&ok);
            if (!n->isScalar() || !ok || !std::isfinite(v))
                return {};
            if (v != std::round(v))
                im.report.note(s.at, ImportMsg::tr("%1: step bound %2 rounded to %3").arg(s.id, n->text).arg(std::llround(v)));
            return QVariant(qint64(std::llround(v)));
        };
        QVariantList rows;
        for (const Node &step : steps) {
            QVariantMap row;
            if (const QVariant lower = bound(step, u"MetricIntervalLowerBound"); lower.isValid())
                row.insert(u"lowerBound"_s, lower);
            if (const QVariant upper = bound(step, u"MetricIntervalUpperBound"); upper.isValid())
                row.insert(u"upperBound"_s, upper);
            if (const QVariant a = intOr(step.get(u"ScalingAdjustment")); a.isValid())
                row.insert(u"scalingAdjustment"_s, a);
            rows.append(row);
        }
        cells.append({u"steps"_s, rows});
    }
    if (const Node *tracking = s.props.get(u"TargetTrackingConfiguration")) {
        cells.append({u"metric"_s, textOr(tracking->path({u"PredefinedMetricSpecification", u"PredefinedMetricType"}))});
        cells.append({u"targetValue"_s, intOr(tracking->get(u"TargetValue"))});
        cells.append({u"disableScaleIn"_s, textOr(tracking->get(u"DisableScaleIn"))});
    }
    // The alarm whose actions name this policy gives its threshold and periods.
    for (Source *alarm : alarms) {
        const QList<Node> actions = Importer::items(alarm->props.get(u"AlarmActions"));
        if (std::none_of(actions.begin(), actions.end(), [&](const Node &a) { return Importer::refId(&a) == s.id; }))
            continue;
        cells.append({u"metric"_s, policyMetric(Importer::text(alarm->props.get(u"MetricName")).value_or(QString()))});
        cells.append({u"threshold"_s, intOr(alarm->props.get(u"Threshold"))});
        cells.append({u"comparison"_s, textOr(alarm->props.get(u"ComparisonOperator"))});
        cells.append({u"period"_s, intOr(alarm->props.get(u"Period"))});
        cells.append({u"evaluationPeriods"_s, intOr(alarm->props.get(u"EvaluationPeriods"))});
        // Without DatapointsToAlarm, CloudWatch needs every evaluation period to breach.
        const QVariant periods = intOr(alarm->props.get(u"EvaluationPeriods"));
        const QVariant datapoints = intOr(alarm->props.get(u"DatapointsToAlarm"));
        cells.append({u"datapointsToAlarm"_s, datapoints.isValid() ? datapoints : periods});
        im.foldedInto(*alarm);
        break;
    }
    if (const Node *warmup = s.props.get(u"EstimatedInstanceWarmup"))
        im.put(*asg, u"instanceWarmup"_s, warmup);
    if (im.appendRow(*asg, u"scalingPolicies"_s, cells, s.at))
        im.foldedInto(s);
    else
        im.notDrawn(s, ImportMsg::tr("the policy cannot be drawn"));
}

} // namespace

void mapLoadBalancing(Importer &im)
{
    for (Source *s : im.ofType(u"AWS::ElasticLoadBalancing::LoadBalancer"_s))
        mapClassic(im, *s);
    for (Source *s : im.ofType(u"AWS::ElasticLoadBalancingV2::LoadBalancer"_s))
        mapV2(im, *s);
    for (Source *s : im.ofType(u"AWS::ElasticLoadBalancingV2::TargetGroup"_s))
        mapTargetGroup(im, *s);
    for (Source *s : im.ofType(u"AWS::ElasticLoadBalancingV2::Listener"_s))
        mapListener(im, *s);
    QHash<std::pair<QString, qint64>, QString> priorities; // (listener, priority) -> rule
    for (Source *s : im.ofType(u"AWS::ElasticLoadBalancingV2::ListenerRule"_s))
        mapListenerRule(im, *s, priorities);
}

void mapCompute(Importer &im)
{
    for (Source *s : im.ofType(u"AWS::EC2::LaunchTemplate"_s)) {
        Resource *r = im.make(s->id, T::LaunchTemplate);
        mapLaunchData(im, *r, s->props.get(u"LaunchTemplateData") ? *s->props.get(u"LaunchTemplateData") : Node());
    }
    for (Source *s : im.ofType(u"AWS::AutoScaling::LaunchConfiguration"_s))
        mapLaunchData(im, *im.make(s->id, T::LaunchTemplate), s->props);
    for (Source *s : im.ofType(u"AWS::EC2::Instance"_s))
        mapInstance(im, *s);

    for (Source *s : im.ofType(u"AWS::AutoScaling::AutoScalingGroup"_s)) {
        QStringList subnets = im.subnetsFor(s->props.get(u"VPCZoneIdentifier"));
        if (subnets.isEmpty())
            subnets = defaultSubnets(im, s->props.get(u"AvailabilityZones"), 1);
        Resource *r = im.make(s->id, T::AutoScalingGroup, im.vpcOfMade(subnets.first()));
        Importer::nameFromTags(*r, s->props);
        r->properties.insert(u"subnets"_s, subnets);
        im.put(*r, u"minSize"_s, s->props.get(u"MinSize"));
        im.put(*r, u"maxSize"_s, s->props.get(u"MaxSize"));
        im.put(*r, u"desiredCapacity"_s, s->props.get(u"DesiredCapacity"));
        if (const QString lt = launchTemplateOf(s->props); !lt.isEmpty())
            r->properties.insert(u"launchTemplate"_s, lt);
        if (const QStringList groups = Importer::refIds(s->props.get(u"TargetGroupARNs")); !groups.isEmpty())
            r->properties.insert(u"targetGroups"_s, groups);
        if (const QStringList lbs = Importer::refIds(s->props.get(u"LoadBalancerNames")); !lbs.isEmpty())
            r->properties.insert(u"loadBalancers"_s, lbs);
        im.put(*r, u"healthCheckType"_s, s->props.get(u"HealthCheckType"));
        // The API's default grace period is 0 s (the console's 300 s is the catalogue's).
        r->properties.insert(u"healthCheckGracePeriod"_s, qint64(0));
        im.put(*r, u"healthCheckGracePeriod"_s, s->props.get(u"HealthCheckGracePeriod"));
        im.put(*r, u"defaultCooldown"_s, s->props.get(u"Cooldown"));
        const QList<Node> policies = Importer::items(s->props.get(u"TerminationPolicies"));
        if (!policies.isEmpty())
            im.put(*r, u"terminationPolicy"_s, &policies.first());
    }
    const QList<Source *> alarms = im.ofType(u"AWS::CloudWatch::Alarm"_s);
    for (Source *s : im.ofType(u"AWS::AutoScaling::ScalingPolicy"_s))
        mapScalingPolicy(im, *s, alarms);
    for (Source *s : alarms)
        if (!s->used)
            im.notDrawn(*s, ImportMsg::tr("only alarms that drive a scaling policy are drawn (on the policy)"));
}

} // namespace skydraft::cfn
