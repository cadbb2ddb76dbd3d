// Terraform export of compute and load balancing: launch templates, instances, Auto
// Scaling groups with their policies and alarms, target groups, load balancers, listeners.

#include "exportrules.h"
#include "tfcontext.h"

#include "model/listenerrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace skydraft::exchange {

namespace {

/// What an imported template gave the listener of logical id `id` beyond its row
/// (cloudformation.Listeners), or an empty object.
QJsonObject keptListener(const TfContext &c, const QString &id)
{
    if (id.isEmpty())
        return {};
    const QByteArray kept = c.doc.passThrough();
    return kept.isEmpty() ? QJsonObject()
                          : QJsonDocument::fromJson(kept).object().value(u"Listeners"_s).toObject().value(id).toObject();
}


using T = ResourceType;
using H = HclBody;

bool decidesPublicIp(const Resource &r)
{
    return r.string(u"associatePublicIp"_s) != u"subnet-default"_s;
}

void writeLaunchTemplates(TfContext &c)
{
    for (const Resource *r : c.facts.ofType(T::LaunchTemplate)) {
        HclBody &b = c.resource(u"aws_launch_template"_s, c.name(r->id));
        b.set(u"image_id"_s, c.imageVariable(r->string(u"imageId"_s)));
        b.set(u"instance_type"_s, H::string(r->string(u"instanceType"_s)));
        if (!r->string(u"keyName"_s).isEmpty())
            b.set(u"key_name"_s, c.keyVariable(r->string(u"keyName"_s)));
        const QString groups = c.refs(r->references(u"securityGroups"_s));
        c.nameTags(b, *r);
        if (!r->string(u"userData"_s).isEmpty())
            b.set(u"user_data"_s, u"base64encode("_s + H::string(r->string(u"userData"_s)) + u')');
        if (decidesPublicIp(*r)) {
            HclBody &nic = b.block(u"network_interfaces"_s);
            nic.set(u"device_index"_s, u"0"_s);
            nic.set(u"associate_public_ip_address"_s, H::boolean(r->string(u"associatePublicIp"_s) == u"yes"_s));
            nic.setIfAny(u"security_groups"_s, groups);
        } else {
            b.setIfAny(u"vpc_security_group_ids"_s, groups);
        }
    }
}

void writeInstances(TfContext &c)
{
    for (const Resource *r : c.facts.ofType(T::Ec2Instance)) {
        HclBody &b = c.resource(u"aws_instance"_s, c.name(r->id));
        const QString lt = r->string(u"launchTemplate"_s);
        const bool fromTemplate = c.doc.contains(lt);
        if (!fromTemplate || r->isSet(u"imageId"_s))
            b.set(u"ami"_s, c.imageVariable(r->string(u"imageId"_s)));
        if (!fromTemplate || r->isSet(u"instanceType"_s))
            b.set(u"instance_type"_s, H::string(r->string(u"instanceType"_s)));
        const QString subnet = c.doc.ancestorOfType(r->id, T::Subnet);
        if (!subnet.isEmpty())
            b.set(u"subnet_id"_s, c.ref(subnet));
        b.setIfAny(u"vpc_security_group_ids"_s, c.refs(r->references(u"securityGroups"_s)));
        if (!r->string(u"keyName"_s).isEmpty())
            b.set(u"key_name"_s, c.keyVariable(r->string(u"keyName"_s)));
        if (decidesPublicIp(*r))
            b.set(u"associate_public_ip_address"_s, H::boolean(r->string(u"associatePublicIp"_s) == u"yes"_s));
        c.nameTags(b, *r);
        if (fromTemplate)
            b.block(u"launch_template"_s).set(u"id"_s, c.ref(lt)).set(u"version"_s, H::string(u"$Latest"_s));
    }
}

void writePolicies(TfContext &c, const Resource &asg)
{
    const QVariantList policies = asg.rows(u"scalingPolicies"_s);
    for (int i = 0; i < policies.size(); ++i) {
        const QVariantMap p = policies[i].toMap();
        const QString name = p.value(u"name"_s).toString();
        const QString type = p.value(u"policyType"_s, u"TargetTrackingScaling"_s).toString();
        const QString metric = p.value(u"metric"_s, u"ASGAverageCPUUtilization"_s).toString();
        const QString id = c.derived(c.name(asg.id) + (alphanumeric(name).isEmpty() ? u"Policy"_s + QString::number(i + 1) : alphanumeric(name)));
        QString label;
        if (metric == u"ALBRequestCountPerTarget"_s) {
            for (const QString &tg : asg.references(u"targetGroups"_s)) {
                const QString lb = c.facts.balancerForwardingTo(tg);
                if (!lb.isEmpty() && label.isEmpty())
                    label = u"\"${"_s + c.ref(lb, u"arn_suffix"_s) + u"}/${"_s + c.ref(tg, u"arn_suffix"_s) + u"}\""_s;
            }
            if (label.isEmpty()) {
                c.notes.append(TfMsg::tr("%1: policy %2 counts requests per target, but no load balancer forwards to the group's target groups; not exported")
                                   .arg(asg.id, name));
                continue;
            }
        }
        HclBody &b = c.resource(u"aws_autoscaling_policy"_s, id);
        b.set(u"name"_s, H::string(name.isEmpty() ? id : name));
        b.set(u"autoscaling_group_name"_s, c.ref(asg.id, u"name"_s));
        b.set(u"policy_type"_s, H::string(type));
        if (type == u"TargetTrackingScaling"_s) {
            HclBody &t = b.block(u"target_tracking_configuration"_s);
            t.set(u"target_value"_s, H::number(p.value(u"targetValue"_s, 50).toLongLong()));
            if (p.value(u"disableScaleIn"_s).toBool())
                t.set(u"disable_scale_in"_s, u"true"_s);
            HclBody &m = t.block(u"predefined_metric_specification"_s);
            m.set(u"predefined_metric_type"_s, H::string(metric));
            if (!label.isEmpty())
                m.set(u"resource_label"_s, label);
            continue;
        }
        const qint64 adjustment = p.value(u"scalingAdjustment"_s, 1).toLongLong();
        b.set(u"adjustment_type"_s, H::string(p.value(u"adjustmentType"_s, u"ChangeInCapacity"_s).toString()));
        if (type == u"StepScaling"_s) {
            const QVariantList steps = p.value(u"steps"_s).toList();
            if (steps.isEmpty()) {
                const bool below = p.value(u"comparison"_s).toString().startsWith(u"Less"_s);
                b.block(u"step_adjustment"_s)
                    .set(u"scaling_adjustment"_s, H::number(adjustment))
                    .set(below ? u"metric_interval_upper_bound"_s : u"metric_interval_lower_bound"_s, u"0"_s);
            }
            for (const QVariant &v : steps) {
                const QVariantMap cells = v.toMap();
                HclBody &step = b.block(u"step_adjustment"_s);
                step.set(u"scaling_adjustment"_s, H::number(cells.value(u"scalingAdjustment"_s, 1).toLongLong()));
                if (cells.contains(u"lowerBound"_s))
                    step.set(u"metric_interval_lower_bound"_s, H::number(cells.value(u"lowerBound"_s).toLongLong()));
                if (cells.contains(u"upperBound"_s))
                    step.set(u"metric_interval_upper_bound"_s, H::number(cells.value(u"upperBound"_s).toLongLong()));
            }
        } else {
            b.set(u"scaling_adjustment"_s, H::number(adjustment));
            b.set(u"cooldown"_s, H::number(p.value(u"cooldown"_s, 300).toLongLong()));
        }
        const rules::AlarmMetric am = rules::alarmMetric(metric);
        HclBody &a = c.resource(u"aws_cloudwatch_metric_alarm"_s, c.derived(id + u"Alarm"_s));
        a.set(u"alarm_name"_s, u"\"${"_s + c.ref(asg.id, u"name"_s) + u"}-"_s + id + u'"');
        a.set(u"namespace"_s, H::string(am.nameSpace));
        a.set(u"metric_name"_s, H::string(am.name));
        a.set(u"statistic"_s, H::string(am.statistic));
        a.set(u"period"_s, H::number(p.value(u"period"_s, 60).toLongLong()));
        a.set(u"evaluation_periods"_s, H::number(p.value(u"evaluationPeriods"_s, 3).toLongLong()));
        a.set(u"datapoints_to_alarm"_s, H::number(p.value(u"datapointsToAlarm"_s, 3).toLongLong()));
        a.set(u"threshold"_s, H::number(p.value(u"threshold"_s, 70).toLongLong()));
        a.set(u"comparison_operator"_s, H::string(p.value(u"comparison"_s, u"GreaterThanOrEqualToThreshold"_s).toString()));
        const QStringList groups = asg.references(u"targetGroups"_s);
        if (metric == u"ALBRequestCountPerTarget"_s && !groups.isEmpty())
            a.set(u"dimensions"_s, u"{ TargetGroup = "_s + c.ref(groups.first(), u"arn_suffix"_s) + u" }"_s);
        else
            a.set(u"dimensions"_s, u"{ AutoScalingGroupName = "_s + c.ref(asg.id, u"name"_s) + u" }"_s);
        a.set(u"alarm_actions"_s, H::list({u"aws_autoscaling_policy."_s + id + u".arn"_s}));
    }
}

void writeAutoScalingGroups(TfContext &c)
{
    for (const Resource *r : c.facts.ofType(T::AutoScalingGroup)) {
        HclBody &b = c.resource(u"aws_autoscaling_group"_s, c.name(r->id));
        b.set(u"min_size"_s, H::number(r->integer(u"minSize"_s)));
        b.set(u"max_size"_s, H::number(r->integer(u"maxSize"_s)));
        if (r->isSet(u"desiredCapacity"_s))
            b.set(u"desired_capacity"_s, H::number(r->integer(u"desiredCapacity"_s)));
        b.set(u"vpc_zone_identifier"_s, c.refs(r->references(u"subnets"_s)));
        b.setIfAny(u"target_group_arns"_s, c.refs(r->references(u"targetGroups"_s), u"arn"_s));
        b.setIfAny(u"load_balancers"_s, c.refs(r->references(u"loadBalancers"_s), u"name"_s));
        b.set(u"health_check_type"_s, H::string(r->string(u"healthCheckType"_s)));
        b.set(u"health_check_grace_period"_s, H::number(r->integer(u"healthCheckGracePeriod"_s)));
        b.set(u"default_cooldown"_s, H::number(r->integer(u"defaultCooldown"_s)));
        if (r->isSet(u"instanceWarmup"_s))
            b.set(u"default_instance_warmup"_s, H::number(r->integer(u"instanceWarmup"_s)));
        if (r->string(u"terminationPolicy"_s) != u"Default"_s)
            b.set(u"termination_policies"_s, H::strings({r->string(u"terminationPolicy"_s)}));
        const QString lt = r->string(u"launchTemplate"_s);
        if (c.doc.contains(lt))
            b.block(u"launch_template"_s).set(u"id"_s, c.ref(lt)).set(u"version"_s, H::string(u"$Latest"_s));
        if (!r->name.isEmpty())
            b.block(u"tag"_s)
                .set(u"key"_s, H::string(u"Name"_s))
                .set(u"value"_s, H::string(r->name))
                .set(u"propagate_at_launch"_s, u"true"_s);
        writePolicies(c, *r);
    }
}

void writeTargetGroups(TfContext &c)
{
    for (const Resource *r : c.facts.ofType(T::TargetGroup)) {
        HclBody &b = c.resource(u"aws_lb_target_group"_s, c.name(r->id));
        b.set(u"vpc_id"_s, c.ref(c.doc.vpcOf(r->id)));
        b.set(u"protocol"_s, H::string(r->string(u"protocol"_s)));
        b.set(u"port"_s, H::number(r->integer(u"port"_s)));
        b.set(u"target_type"_s, H::string(r->string(u"targetType"_s)));
        b.set(u"deregistration_delay"_s, H::number(r->integer(u"deregistrationDelay"_s)));
        if (r->string(u"crossZone"_s) != u"use_load_balancer_configuration"_s)
            b.set(u"load_balancing_cross_zone_enabled"_s, H::string(r->string(u"crossZone"_s)));
        const QString protocol = r->string(u"protocol"_s);
        if (protocol == u"HTTP"_s || protocol == u"HTTPS"_s)
            b.set(u"load_balancing_algorithm_type"_s, H::string(r->string(u"algorithm"_s)));
        c.nameTags(b, *r);
        // Terraform's defaults differ from AWS's (thresholds 3): the whole check is written.
        HclBody &hc = b.block(u"health_check"_s);
        const QString hcProtocol = r->string(u"healthCheckProtocol"_s);
        hc.set(u"protocol"_s, H::string(hcProtocol));
        hc.set(u"port"_s, H::string(r->string(u"healthCheckPort"_s)));
        if (hcProtocol == u"HTTP"_s || hcProtocol == u"HTTPS"_s) {
            hc.set(u"path"_s, H::string(r->string(u"healthCheckPath"_s)));
            hc.set(u"matcher"_s, H::string(r->string(u"matcher"_s)));
        }
        hc.set(u"interval"_s, H::number(r->integer(u"healthCheckInterval"_s)));
        hc.set(u"timeout"_s, H::number(r->integer(u"healthCheckTimeout"_s)));
        hc.set(u"healthy_threshold"_s, H::number(r->integer(u"healthyThreshold"_s)));
        hc.set(u"unhealthy_threshold"_s, H::number(r->integer(u"unhealthyThreshold"_s)));
        if (r->boolean(u"stickiness"_s)) {
            HclBody &s = b.block(u"stickiness"_s);
            s.set(u"enabled"_s, u"true"_s).set(u"type"_s, H::string(r->string(u"stickinessType"_s)));
            if (r->string(u"stickinessType"_s) != u"source_ip"_s)
                s.set(u"cookie_duration"_s, H::number(r->integer(u"stickinessDuration"_s)));
        }
        const QStringList targets = r->references(u"targets"_s);
        for (int i = 0; i < targets.size(); ++i)
            if (c.doc.contains(targets[i]))
                c.resource(u"aws_lb_target_group_attachment"_s, c.derived(c.name(r->id) + u"Target"_s + QString::number(i + 1)))
                    .set(u"target_group_arn"_s, c.ref(r->id, u"arn"_s))
                    .set(u"target_id"_s, c.ref(targets[i]));
    }
}

QString certificate(TfContext &c, const Resource &lb, const QVariantMap &listener)
{
    const QString given = listener.value(u"certificate"_s).toString();
    if (given.startsWith(u"import:"_s))
        return c.stringVariable(snakeCase(alphanumeric(given.mid(7))), u"The certificate ARN another CloudFormation stack exports as "_s + given.mid(7), {});
    if (!given.isEmpty() && !given.startsWith(u"arn:"_s)) // the imported template's parameter
        return c.stringVariable(snakeCase(alphanumeric(given)), u"ACM certificate for the secure listeners of "_s + lb.id, {});
    return c.stringVariable(snakeCase(c.name(lb.id)) + u"_certificate_arn"_s, u"ACM certificate for the secure listeners of "_s + lb.id,
                            listener.value(u"certificate"_s).toString());
}

void writeClassic(TfContext &c, const Resource &r)
{
    HclBody &b = c.resource(u"aws_elb"_s, c.name(r.id));
    b.set(u"subnets"_s, c.refs(r.references(u"subnets"_s)));
    b.setIfAny(u"security_groups"_s, c.refs(r.references(u"securityGroups"_s)));
    b.set(u"internal"_s, H::boolean(r.string(u"scheme"_s) == u"internal"_s));
    b.set(u"cross_zone_load_balancing"_s, H::boolean(r.boolean(u"crossZone"_s)));
    b.set(u"idle_timeout"_s, H::number(r.integer(u"idleTimeout"_s)));
    b.set(u"connection_draining"_s, H::boolean(r.boolean(u"connectionDraining"_s)));
    b.set(u"connection_draining_timeout"_s, H::number(r.integer(u"drainingTimeout"_s)));
    b.setIfAny(u"instances"_s, c.refs(r.references(u"instances"_s)));
    c.nameTags(b, r);
    for (const QVariant &v : r.rows(u"listeners"_s)) {
        const QVariantMap l = v.toMap();
        const QString protocol = l.value(u"protocol"_s, u"HTTP"_s).toString();
        HclBody &lb = b.block(u"listener"_s);
        lb.set(u"lb_port"_s, H::number(l.value(u"port"_s, 80).toLongLong()));
        lb.set(u"lb_protocol"_s, H::string(protocol));
        lb.set(u"instance_port"_s, H::number(l.value(u"instancePort"_s, 80).toLongLong()));
        lb.set(u"instance_protocol"_s, H::string(l.value(u"instanceProtocol"_s, u"HTTP"_s).toString()));
        if (protocol == u"HTTPS"_s || protocol == u"SSL"_s)
            lb.set(u"ssl_certificate_id"_s, certificate(c, r, l));
    }
    const QString hcProtocol = r.string(u"healthCheckProtocol"_s);
    QString target = hcProtocol + u':' + QString::number(r.integer(u"healthCheckPort"_s));
    if (hcProtocol == u"HTTP"_s || hcProtocol == u"HTTPS"_s)
        target += r.string(u"healthCheckPath"_s);
    b.block(u"health_check"_s)
        .set(u"target"_s, H::string(target))
        .set(u"interval"_s, H::number(r.integer(u"healthCheckInterval"_s)))
        .set(u"timeout"_s, H::number(r.integer(u"healthCheckTimeout"_s)))
        .set(u"healthy_threshold"_s, H::number(r.integer(u"healthyThreshold"_s)))
        .set(u"unhealthy_threshold"_s, H::number(r.integer(u"unhealthyThreshold"_s)));
    if (r.boolean(u"stickiness"_s))
        for (const QVariant &v : r.rows(u"listeners"_s)) {
            const QVariantMap l = v.toMap();
            const QString protocol = l.value(u"protocol"_s, u"HTTP"_s).toString();
            if (protocol != u"HTTP"_s && protocol != u"HTTPS"_s)
                continue;
            const qint64 port = l.value(u"port"_s, 80).toLongLong();
            HclBody &s = c.resource(u"aws_lb_cookie_stickiness_policy"_s, c.derived(c.name(r.id) + u"Stickiness"_s + QString::number(port)));
            s.set(u"name"_s, H::string(c.name(r.id) + u"Stickiness"_s + QString::number(port)));
            s.set(u"load_balancer"_s, c.ref(r.id));
            s.set(u"lb_port"_s, H::number(port));
            if (r.integer(u"stickinessDuration"_s) > 0)
                s.set(u"cookie_expiration_period"_s, H::number(r.integer(u"stickinessDuration"_s)));
        }
}

/// An ALB's listener rules as `aws_lb_listener_rule` (a weighted `forward` block for several
/// target groups).
void writeListenerRules(TfContext &c, const Resource &r, const QHash<qint64, QString> &listenerNames)
{
    for (const ListenerRule &rule : ListenerRules::of(r)) {
        const QString listener = listenerNames.value(rule.listenerPort);
        if (listener.isEmpty() || rule.forwards.isEmpty()) {
            c.notes.append(TfMsg::tr("%1: rule %2 on port %3 has no listener or no target group; not exported")
                               .arg(r.id)
                               .arg(rule.priority)
                               .arg(rule.listenerPort));
            continue;
        }
        const QString base = rule.name.isEmpty() ? c.name(r.id) + u"Listener"_s + QString::number(rule.listenerPort) + u"Rule"_s
                                                       + QString::number(rule.priority)
                                                 : rule.name;
        HclBody &b = c.resource(u"aws_lb_listener_rule"_s, c.derived(base));
        b.set(u"listener_arn"_s, u"aws_lb_listener."_s + listener + u".arn"_s);
        b.set(u"priority"_s, H::number(rule.priority));
        HclBody &action = b.block(u"action"_s);
        action.set(u"type"_s, H::string(u"forward"_s));
        if (rule.forwards.size() == 1) {
            action.set(u"target_group_arn"_s, c.ref(rule.forwards.first().targetGroup, u"arn"_s));
        } else {
            HclBody &forward = action.block(u"forward"_s);
            for (const ListenerRule::Forward &f : rule.forwards)
                forward.block(u"target_group"_s).set(u"arn"_s, c.ref(f.targetGroup, u"arn"_s)).set(u"weight"_s, H::number(f.weight));
        }
        if (!rule.paths.isEmpty())
            b.block(u"condition"_s).block(u"path_pattern"_s).set(u"values"_s, H::strings(rule.paths));
        if (!rule.hosts.isEmpty())
            b.block(u"condition"_s).block(u"host_header"_s).set(u"values"_s, H::strings(rule.hosts));
    }
}

void writeBalancer(TfContext &c, const Resource &r)
{
    const QString kind = r.string(u"kind"_s);
    HclBody &b = c.resource(u"aws_lb"_s, c.name(r.id));
    b.set(u"load_balancer_type"_s, H::string(kind));
    b.set(u"internal"_s, H::boolean(r.string(u"scheme"_s) == u"internal"_s));
    b.set(u"subnets"_s, c.refs(r.references(u"subnets"_s)));
    b.setIfAny(u"security_groups"_s, c.refs(r.references(u"securityGroups"_s)));
    if (kind == u"application"_s)
        b.set(u"idle_timeout"_s, H::number(r.integer(u"idleTimeout"_s)));
    else
        b.set(u"enable_cross_zone_load_balancing"_s, H::boolean(r.boolean(u"crossZone"_s)));
    c.nameTags(b, r);
    const QString gateway = c.gatewayOf(c.doc.vpcOf(r.id));
    if (r.string(u"scheme"_s) == u"internet-facing"_s && !gateway.isEmpty())
        b.set(u"depends_on"_s, H::list({gateway}));
    QHash<qint64, QString> listenerNames;
    for (const QVariant &v : r.rows(u"listeners"_s)) {
        const QVariantMap l = v.toMap();
        const QString protocol = l.value(u"protocol"_s, u"HTTP"_s).toString();
        const qint64 port = l.value(u"port"_s, 80).toLongLong();
        const QString tg = l.value(u"targetGroup"_s).toString();
        if (!c.doc.contains(tg) && kind != u"application"_s) {
            c.notes.append(TfMsg::tr("%1: a network load balancer's listener on port %2 has no target group; not exported").arg(r.id).arg(port));
            continue;
        }
        const QString listenerName = c.derived(c.name(r.id) + u"Listener"_s + QString::number(port));
        listenerNames.insert(port, listenerName);
        HclBody &lb = c.resource(u"aws_lb_listener"_s, listenerName);
        lb.set(u"load_balancer_arn"_s, c.ref(r.id, u"arn"_s));
        lb.set(u"port"_s, H::number(port));
        lb.set(u"protocol"_s, H::string(protocol));
        if (protocol == u"HTTPS"_s || protocol == u"TLS"_s)
            lb.set(u"certificate_arn"_s, certificate(c, r, l));
        const QJsonObject kept = keptListener(c, l.value(u"name"_s).toString());
        if (const QJsonValue policy = kept.value(u"Properties"_s)[u"SslPolicy"_s]; policy.isString())
            lb.set(u"ssl_policy"_s, H::string(policy.toString()));
        HclBody &action = lb.block(u"default_action"_s);
        // An imported listener's default action the design does not hold (Listeners, kept with
        // the design): a redirect with literal settings is written as one; anything else is
        // noted, never silently turned into something else.
        const QJsonArray keptActions = kept.value(u"DefaultActions"_s).toArray();
        const bool keptApplies = !keptActions.isEmpty() && kept.value(u"TargetGroup"_s).toString() == tg;
        const QJsonObject redirect = keptActions.size() == 1 && keptActions.first()[u"Type"_s] == u"redirect"_s
            ? keptActions.first()[u"RedirectConfig"_s].toObject()
            : QJsonObject();
        bool literal = !redirect.isEmpty();
        for (auto it = redirect.begin(); it != redirect.end(); ++it)
            literal &= !it.value().isObject() && !it.value().isArray();
        if (keptApplies && literal) {
            action.set(u"type"_s, H::string(u"redirect"_s));
            HclBody &to = action.block(u"redirect"_s);
            for (const auto &[from, key] : {std::pair{"Protocol", "protocol"}, {"Port", "port"}, {"Host", "host"},
                                            {"Path", "path"}, {"Query", "query"}, {"StatusCode", "status_code"}})
                if (const QJsonValue v = redirect.value(QLatin1String(from)); !v.isUndefined())
                    to.set(QLatin1String(key), H::string(v.isDouble() ? QString::number(v.toInt()) : v.toString()));
            continue;
        }
        if (keptApplies)
            c.notes.append(TfMsg::tr("%1: the listener on port %2 keeps its imported default actions in CloudFormation only; "
                                     "Terraform gets %3")
                               .arg(r.id)
                               .arg(port)
                               .arg(c.doc.contains(tg) ? TfMsg::tr("a forward to %1").arg(tg) : TfMsg::tr("a 503 fixed response")));
        if (c.doc.contains(tg)) {
            action.set(u"type"_s, H::string(u"forward"_s)).set(u"target_group_arn"_s, c.ref(tg, u"arn"_s));
        } else {
            action.set(u"type"_s, H::string(u"fixed-response"_s));
            action.block(u"fixed_response"_s).set(u"content_type"_s, H::string(u"text/plain"_s)).set(u"status_code"_s, H::string(u"503"_s));
        }
    }
    if (kind == u"application"_s)
        writeListenerRules(c, r, listenerNames);
}

} // namespace

void writeCompute(TfContext &c)
{
    writeLaunchTemplates(c);
    writeInstances(c);
    writeAutoScalingGroups(c);
}

void writeLoadBalancing(TfContext &c)
{
    writeTargetGroups(c);
    for (const Resource *r : c.facts.ofType(T::LoadBalancer)) {
        if (r->string(u"kind"_s) == u"classic"_s)
            writeClassic(c, *r);
        else
            writeBalancer(c, *r);
        c.output(snakeCase(c.name(r->id)) + u"_dns_name"_s, u"DNS name of "_s + r->displayName(), c.ref(r->id, u"dns_name"_s));
    }
}

} // namespace skydraft::exchange
