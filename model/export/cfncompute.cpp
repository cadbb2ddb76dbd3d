// CloudFormation mapping of compute and load balancing: launch templates, instances,
// Auto Scaling groups and their policies, target groups, load balancers and listeners.

#include "cfncontext.h"

#include "model/listenerrules.h"
#include "model/zones.h"

using namespace Qt::StringLiterals;

namespace skydraft::exchange {

namespace {

using T = ResourceType;

/// Where an instance or a template's instances get their addresses and groups: a network
/// interface when the public address is decided, else plain subnet and group properties.
bool decidesPublicIp(const Resource &r)
{
    return r.string(u"associatePublicIp"_s) != u"subnet-default"_s;
}

/// Where an Auto Scaling group or a classic load balancer runs. In default subnets of the
/// account's default VPC only: by zone, as such templates say it (AWS takes each zone's
/// default subnet), `Fn::GetAZs` for every zone of the region, so that no subnet parameter is
/// asked for and the template keeps its form. Else the subnets under `subnetKey`.
void placeIn(const CfnContext &c, const QStringList &subnets, const QString &subnetKey, Value &p)
{
    QStringList zones;
    bool defaults = !subnets.isEmpty();
    for (const QString &s : subnets) {
        const Resource *r = c.doc.find(s);
        if (!r || r->type != T::Subnet || r->string(u"externalSource"_s) != u"default"_s || c.doc.zoneOf(s).isEmpty()) {
            defaults = false;
            break;
        }
        zones.append(c.doc.zoneOf(s));
    }
    if (!defaults) {
        p[subnetKey] = c.refs(subnets);
        return;
    }
    QStringList sorted = zones;
    sorted.sort();
    QStringList all = assumedZones(c.doc.region());
    all.sort();
    if (sorted == all)
        p[u"AvailabilityZones"_s] = single(u"Fn::GetAZs"_s, Value(QString()));
    else
        p[u"AvailabilityZones"_s] = Value::stringList(zones);
}

void mapLaunchTemplates(CfnContext &c)
{
    for (const Resource *r : c.facts.ofType(T::LaunchTemplate)) {
        Value data = Value::map();
        data[u"ImageId"_s] = c.imageParameter(r->string(u"imageId"_s));
        data[u"InstanceType"_s] = r->string(u"instanceType"_s);
        if (!r->string(u"keyName"_s).isEmpty())
            data[u"KeyName"_s] = c.keyParameter(r->string(u"keyName"_s));
        const Value groups = c.refs(r->references(u"securityGroups"_s));
        if (decidesPublicIp(*r)) {
            Value nic = Value::map();
            nic[u"DeviceIndex"_s] = 0;
            nic[u"AssociatePublicIpAddress"_s] = r->string(u"associatePublicIp"_s) == u"yes"_s;
            nic.setIfAny(u"Groups"_s, groups);
            data[u"NetworkInterfaces"_s] = Value::listOf(std::move(nic));
        } else {
            data.setIfAny(u"SecurityGroupIds"_s, groups);
        }
        const QString userData = r->string(u"userData"_s);
        if (!userData.isEmpty())
            data[u"UserData"_s] = single(u"Fn::Base64"_s, userData);
        Value p = Value::map();
        p[u"LaunchTemplateData"_s] = std::move(data);
        if (!r->name.isEmpty()) {
            Value spec = Value::map();
            spec[u"ResourceType"_s] = u"launch-template"_s;
            spec[u"Tags"_s] = c.nameTags(*r);
            p[u"TagSpecifications"_s] = Value::listOf(std::move(spec));
        }
        c.add(c.id(r->id), u"AWS::EC2::LaunchTemplate"_s, std::move(p));
    }
}

Value launchTemplateSpec(const CfnContext &c, const QString &templateId)
{
    Value spec = Value::map();
    spec[u"LaunchTemplateId"_s] = c.ref(templateId);
    spec[u"Version"_s] = c.getAtt(templateId, u"LatestVersionNumber"_s);
    return spec;
}

void mapInstances(CfnContext &c)
{
    for (const Resource *r : c.facts.ofType(T::Ec2Instance)) {
        Value p = Value::map();
        const QString lt = r->string(u"launchTemplate"_s);
        const bool fromTemplate = c.doc.contains(lt);
        if (fromTemplate)
            p[u"LaunchTemplate"_s] = launchTemplateSpec(c, lt);
        // Without a template the API's default type is m1.small: always say which.
        if (!fromTemplate || r->isSet(u"imageId"_s))
            p[u"ImageId"_s] = c.imageParameter(r->string(u"imageId"_s));
        if (!fromTemplate || r->isSet(u"instanceType"_s))
            p[u"InstanceType"_s] = r->string(u"instanceType"_s);
        if (!r->string(u"keyName"_s).isEmpty())
            p[u"KeyName"_s] = c.keyParameter(r->string(u"keyName"_s));
        const QString subnet = c.doc.ancestorOfType(r->id, T::Subnet);
        const Value groups = c.refs(r->references(u"securityGroups"_s));
        if (decidesPublicIp(*r)) {
            Value nic = Value::map();
            nic[u"DeviceIndex"_s] = u"0"_s;
            nic[u"AssociatePublicIpAddress"_s] = r->string(u"associatePublicIp"_s) == u"yes"_s;
            if (!subnet.isEmpty())
                nic[u"SubnetId"_s] = c.ref(subnet);
            nic.setIfAny(u"GroupSet"_s, groups);
            p[u"NetworkInterfaces"_s] = Value::listOf(std::move(nic));
        } else {
            if (!subnet.isEmpty())
                p[u"SubnetId"_s] = c.ref(subnet);
            p.setIfAny(u"SecurityGroupIds"_s, groups);
        }
        p.setIfAny(u"Tags"_s, c.nameTags(*r));
        c.add(c.id(r->id), u"AWS::EC2::Instance"_s, std::move(p));
    }
}

void mapAutoScalingGroups(CfnContext &c)
{
    for (const Resource *r : c.facts.ofType(T::AutoScalingGroup)) {
        Value p = Value::map();
        p[u"MinSize"_s] = QString::number(r->integer(u"minSize"_s));
        p[u"MaxSize"_s] = QString::number(r->integer(u"maxSize"_s));
        if (r->isSet(u"desiredCapacity"_s))
            p[u"DesiredCapacity"_s] = QString::number(r->integer(u"desiredCapacity"_s));
        placeIn(c, r->references(u"subnets"_s), u"VPCZoneIdentifier"_s, p);
        const QString lt = r->string(u"launchTemplate"_s);
        if (c.doc.contains(lt))
            p[u"LaunchTemplate"_s] = launchTemplateSpec(c, lt);
        else
            c.notes.append(CfnMsg::tr("%1: an Auto Scaling group needs a launch template").arg(r->id));
        p.setIfAny(u"TargetGroupARNs"_s, c.refs(r->references(u"targetGroups"_s)));
        p.setIfAny(u"LoadBalancerNames"_s, c.refs(r->references(u"loadBalancers"_s)));
        if (CfnContext::differs(*r, u"healthCheckType"_s))
            p[u"HealthCheckType"_s] = r->string(u"healthCheckType"_s);
        // 300 s in the console, 0 through the API: always written.
        p[u"HealthCheckGracePeriod"_s] = r->integer(u"healthCheckGracePeriod"_s);
        if (CfnContext::differs(*r, u"defaultCooldown"_s))
            p[u"Cooldown"_s] = QString::number(r->integer(u"defaultCooldown"_s));
        if (CfnContext::differs(*r, u"instanceWarmup"_s))
            p[u"DefaultInstanceWarmup"_s] = r->integer(u"instanceWarmup"_s);
        if (CfnContext::differs(*r, u"terminationPolicy"_s))
            p[u"TerminationPolicies"_s] = Value::stringList({r->string(u"terminationPolicy"_s)});
        if (!r->name.isEmpty()) {
            Value tag = Value::map();
            tag[u"Key"_s] = u"Name"_s;
            tag[u"Value"_s] = r->name;
            tag[u"PropagateAtLaunch"_s] = true;
            p[u"Tags"_s] = Value::listOf(std::move(tag));
        }
        c.add(c.id(r->id), u"AWS::AutoScaling::AutoScalingGroup"_s, std::move(p));
    }
}

// --- load balancing

Value attribute(const QString &key, const QString &value)
{
    Value a = Value::map();
    a[u"Key"_s] = key;
    a[u"Value"_s] = value;
    return a;
}

QString boolText(bool b)
{
    return b ? u"true"_s : u"false"_s;
}

void mapTargetGroups(CfnContext &c)
{
    for (const Resource *r : c.facts.ofType(T::TargetGroup)) {
        Value p = Value::map();
        p[u"VpcId"_s] = c.ref(c.doc.vpcOf(r->id));
        p[u"Protocol"_s] = r->string(u"protocol"_s);
        p[u"Port"_s] = r->integer(u"port"_s);
        if (CfnContext::differs(*r, u"targetType"_s))
            p[u"TargetType"_s] = r->string(u"targetType"_s);
        const QString hcProtocol = r->string(u"healthCheckProtocol"_s);
        const bool httpCheck = hcProtocol == u"HTTP"_s || hcProtocol == u"HTTPS"_s;
        if (CfnContext::differs(*r, u"healthCheckProtocol"_s))
            p[u"HealthCheckProtocol"_s] = hcProtocol;
        if (CfnContext::differs(*r, u"healthCheckPort"_s))
            p[u"HealthCheckPort"_s] = r->string(u"healthCheckPort"_s);
        if (httpCheck && CfnContext::differs(*r, u"healthCheckPath"_s))
            p[u"HealthCheckPath"_s] = r->string(u"healthCheckPath"_s);
        if (CfnContext::differs(*r, u"healthCheckInterval"_s))
            p[u"HealthCheckIntervalSeconds"_s] = r->integer(u"healthCheckInterval"_s);
        // The API's HTTP timeout is 6 s, the catalogue's (the ALB guide's) 5 s.
        if (httpCheck || CfnContext::differs(*r, u"healthCheckTimeout"_s))
            p[u"HealthCheckTimeoutSeconds"_s] = r->integer(u"healthCheckTimeout"_s);
        if (CfnContext::differs(*r, u"healthyThreshold"_s))
            p[u"HealthyThresholdCount"_s] = r->integer(u"healthyThreshold"_s);
        if (CfnContext::differs(*r, u"unhealthyThreshold"_s))
            p[u"UnhealthyThresholdCount"_s] = r->integer(u"unhealthyThreshold"_s);
        if (httpCheck && CfnContext::differs(*r, u"matcher"_s))
            p[u"Matcher"_s] = single(u"HttpCode"_s, r->string(u"matcher"_s));
        Value attributes = Value::list();
        if (CfnContext::differs(*r, u"deregistrationDelay"_s))
            attributes.append(attribute(u"deregistration_delay.timeout_seconds"_s, QString::number(r->integer(u"deregistrationDelay"_s))));
        if (r->boolean(u"stickiness"_s)) {
            const QString type = r->string(u"stickinessType"_s);
            attributes.append(attribute(u"stickiness.enabled"_s, u"true"_s));
            attributes.append(attribute(u"stickiness.type"_s, type));
            if (type == u"lb_cookie"_s)
                attributes.append(attribute(u"stickiness.lb_cookie.duration_seconds"_s, QString::number(r->integer(u"stickinessDuration"_s))));
            else if (type == u"app_cookie"_s)
                attributes.append(attribute(u"stickiness.app_cookie.duration_seconds"_s, QString::number(r->integer(u"stickinessDuration"_s))));
        }
        if (CfnContext::differs(*r, u"algorithm"_s))
            attributes.append(attribute(u"load_balancing.algorithm.type"_s, r->string(u"algorithm"_s)));
        if (CfnContext::differs(*r, u"crossZone"_s))
            attributes.append(attribute(u"load_balancing.cross_zone.enabled"_s, r->string(u"crossZone"_s)));
        p.setIfAny(u"TargetGroupAttributes"_s, std::move(attributes));
        Value targets = Value::list();
        for (const QString &t : r->references(u"targets"_s))
            if (c.doc.contains(t))
                targets.append(single(u"Id"_s, c.ref(t)));
        p.setIfAny(u"Targets"_s, std::move(targets));
        p.setIfAny(u"Tags"_s, c.nameTags(*r));
        c.add(c.id(r->id), u"AWS::ElasticLoadBalancingV2::TargetGroup"_s, std::move(p));
    }
}

Value certificateOf(CfnContext &c, const Resource &lb, const QVariantMap &listener)
{
    const QString certificate = listener.value(u"certificate"_s).toString();
    if (certificate.startsWith(u"import:"_s))
        return c.importValue(certificate.mid(7));
    if (!certificate.isEmpty() && !certificate.startsWith(u"arn:"_s)) {
        // The name of a template parameter the design was imported from: that parameter again.
        Value p = Value::map();
        p[u"Type"_s] = u"String"_s;
        p[u"Description"_s] = QString(u"ACM certificate for the secure listeners of "_s + lb.id);
        return c.namedParameter(certificate, std::move(p));
    }
    // A parameter even when the design names one, so a stack can use its own certificate.
    return c.stringParameter(c.id(lb.id) + u"CertificateArn"_s, u"ACM certificate for the secure listeners of "_s + lb.id,
                             listener.value(u"certificate"_s).toString());
}

void mapClassic(CfnContext &c, const Resource &r, Value &p)
{
    const bool sticky = r.boolean(u"stickiness"_s);
    const QString policy = c.id(r.id) + u"Stickiness"_s;
    Value listeners = Value::list();
    for (const QVariant &v : r.rows(u"listeners"_s)) {
        const QVariantMap l = v.toMap();
        const QString protocol = l.value(u"protocol"_s, u"HTTP"_s).toString();
        Value out = Value::map();
        out[u"LoadBalancerPort"_s] = QString::number(l.value(u"port"_s, 80).toLongLong());
        out[u"InstancePort"_s] = QString::number(l.value(u"instancePort"_s, 80).toLongLong());
        out[u"Protocol"_s] = protocol;
        out[u"InstanceProtocol"_s] = l.value(u"instanceProtocol"_s, u"HTTP"_s).toString();
        if (protocol == u"HTTPS"_s || protocol == u"SSL"_s)
            out[u"SSLCertificateId"_s] = certificateOf(c, r, l);
        if (sticky && (protocol == u"HTTP"_s || protocol == u"HTTPS"_s))
            out[u"PolicyNames"_s] = Value::stringList({policy});
        listeners.append(std::move(out));
    }
    p[u"Listeners"_s] = std::move(listeners);
    const QString hcProtocol = r.string(u"healthCheckProtocol"_s);
    QString target = hcProtocol + u':' + QString::number(r.integer(u"healthCheckPort"_s));
    if (hcProtocol == u"HTTP"_s || hcProtocol == u"HTTPS"_s)
        target += r.string(u"healthCheckPath"_s);
    Value hc = Value::map();
    hc[u"Target"_s] = target;
    hc[u"Interval"_s] = QString::number(r.integer(u"healthCheckInterval"_s));
    hc[u"Timeout"_s] = QString::number(r.integer(u"healthCheckTimeout"_s));
    hc[u"HealthyThreshold"_s] = QString::number(r.integer(u"healthyThreshold"_s));
    hc[u"UnhealthyThreshold"_s] = QString::number(r.integer(u"unhealthyThreshold"_s));
    p[u"HealthCheck"_s] = std::move(hc);
    // On in the console, off through the API: always written, like draining.
    p[u"CrossZone"_s] = r.boolean(u"crossZone"_s);
    Value draining = Value::map();
    draining[u"Enabled"_s] = r.boolean(u"connectionDraining"_s);
    if (r.boolean(u"connectionDraining"_s))
        draining[u"Timeout"_s] = r.integer(u"drainingTimeout"_s);
    p[u"ConnectionDrainingPolicy"_s] = std::move(draining);
    if (CfnContext::differs(r, u"idleTimeout"_s))
        p[u"ConnectionSettings"_s] = single(u"IdleTimeout"_s, r.integer(u"idleTimeout"_s));
    if (sticky) {
        Value s = Value::map();
        s[u"PolicyName"_s] = policy;
        if (r.integer(u"stickinessDuration"_s) > 0)
            s[u"CookieExpirationPeriod"_s] = QString::number(r.integer(u"stickinessDuration"_s));
        p[u"LBCookieStickinessPolicy"_s] = Value::listOf(std::move(s));
    }
    p.setIfAny(u"Instances"_s, c.refs(r.references(u"instances"_s)));
}

/// An ALB's listener rules, each an AWS::ElasticLoadBalancingV2::ListenerRule on the listener
/// of its port: conditions as `Values` when they have one value (as most templates write them),
/// else `PathPatternConfig` / `HostHeaderConfig`; a forward to one target group, or a weighted
/// `ForwardConfig` to several.
void mapListenerRules(CfnContext &c, const Resource &r, const QHash<qint64, QString> &listenerIds)
{
    for (const ListenerRule &rule : ListenerRules::of(r)) {
        const QString listener = listenerIds.value(rule.listenerPort);
        if (listener.isEmpty() || rule.forwards.isEmpty()) {
            c.notes.append(CfnMsg::tr("%1: rule %2 on port %3 has no listener or no target group; not exported")
                               .arg(r.id)
                               .arg(rule.priority)
                               .arg(rule.listenerPort));
            continue;
        }
        Value conditions = Value::list();
        auto condition = [&](const QString &field, const QString &config, const QStringList &values) {
            if (values.isEmpty())
                return;
            Value cond = Value::map();
            cond[u"Field"_s] = field;
            Value list = Value::list();
            for (const QString &v : values)
                list.append(Value(v));
            if (values.size() == 1)
                cond[u"Values"_s] = std::move(list);
            else
                cond[config] = single(u"Values"_s, std::move(list));
            conditions.append(std::move(cond));
        };
        condition(u"path-pattern"_s, u"PathPatternConfig"_s, rule.paths);
        condition(u"host-header"_s, u"HostHeaderConfig"_s, rule.hosts);
        // A forward the template wrote as a ForwardConfig (stickiness, one weighted group) is
        // written back as it was while the rows still forward to the same groups by the same
        // weights; after an edit its stickiness stays.
        const Value *kept = c.keptListenerRule(rule.name);
        bool sameForwards = kept && kept->find(u"Forwards"_s) && kept->find(u"Actions"_s)
            && qsizetype(kept->find(u"Forwards"_s)->items().size()) == rule.forwards.size();
        for (qsizetype i = 0; sameForwards && i < rule.forwards.size(); ++i) {
            const Value &f = kept->find(u"Forwards"_s)->items()[size_t(i)];
            sameForwards = f.items().size() == 2 && f.items()[0].toString() == rule.forwards[i].targetGroup
                && f.items()[1].toInteger() == rule.forwards[i].weight;
        }
        const Value *keptForward = kept && kept->find(u"Actions"_s) && !kept->find(u"Actions"_s)->items().empty()
            ? kept->find(u"Actions"_s)->items().front().find(u"ForwardConfig"_s)
            : nullptr;
        Value action = Value::map();
        action[u"Type"_s] = u"forward"_s;
        if (sameForwards) {
            Value p = Value::map();
            p[u"Actions"_s] = *kept->find(u"Actions"_s);
            p[u"Conditions"_s] = std::move(conditions);
            p[u"ListenerArn"_s] = CfnContext::refLogical(listener);
            p[u"Priority"_s] = rule.priority;
            c.add(c.derived(rule.name), u"AWS::ElasticLoadBalancingV2::ListenerRule"_s, std::move(p));
            continue;
        }
        if (rule.forwards.size() == 1 && !(keptForward && keptForward->find(u"TargetGroupStickinessConfig"_s))) {
            action[u"TargetGroupArn"_s] = c.ref(rule.forwards.first().targetGroup);
        } else {
            Value groups = Value::list();
            for (const ListenerRule::Forward &f : rule.forwards) {
                Value g = Value::map();
                g[u"TargetGroupArn"_s] = c.ref(f.targetGroup);
                g[u"Weight"_s] = f.weight;
                groups.append(std::move(g));
            }
            Value forward = single(u"TargetGroups"_s, std::move(groups));
            if (const Value *stickiness = keptForward ? keptForward->find(u"TargetGroupStickinessConfig"_s) : nullptr)
                forward[u"TargetGroupStickinessConfig"_s] = *stickiness;
            action[u"ForwardConfig"_s] = std::move(forward);
        }
        Value p = Value::map();
        p[u"Actions"_s] = Value::listOf(std::move(action));
        p[u"Conditions"_s] = std::move(conditions);
        p[u"ListenerArn"_s] = CfnContext::refLogical(listener);
        p[u"Priority"_s] = rule.priority;
        const QString base = rule.name.isEmpty() ? c.id(r.id) + u"Listener"_s + QString::number(rule.listenerPort) + u"Rule"_s
                                                       + QString::number(rule.priority)
                                                 : rule.name;
        c.add(c.derived(base), u"AWS::ElasticLoadBalancingV2::ListenerRule"_s, std::move(p));
    }
}

void mapListeners(CfnContext &c, const Resource &r)
{
    QHash<qint64, QString> listenerIds;
    const QVariantList listeners = r.rows(u"listeners"_s);
    for (int i = 0; i < listeners.size(); ++i) {
        const QVariantMap l = listeners[i].toMap();
        const QString protocol = l.value(u"protocol"_s, u"HTTP"_s).toString();
        const qint64 port = l.value(u"port"_s, 80).toLongLong();
        const QString tg = l.value(u"targetGroup"_s).toString();
        const QString name = l.value(u"name"_s).toString();
        // An imported listener's default actions other than one forward (a redirect to HTTPS,
        // an authenticate step) go back as they were while the row keeps the group it took
        // from them; its other properties (SslPolicy...) always.
        const Value *kept = c.keptListener(name);
        const Value *keptActions = kept ? kept->find(u"DefaultActions"_s) : nullptr;
        const bool keepActions = keptActions && kept->find(u"TargetGroup"_s) && kept->find(u"TargetGroup"_s)->toString() == tg;
        if (keptActions && !keepActions)
            c.notes.append(CfnMsg::tr("%1: the listener on port %2 now forwards to %3: its imported default actions are replaced")
                               .arg(r.id)
                               .arg(port)
                               .arg(tg.isEmpty() ? CfnMsg::tr("nothing") : tg));
        Value action = Value::map();
        if (keepActions) {
        } else if (c.doc.contains(tg)) {
            action[u"Type"_s] = u"forward"_s;
            action[u"TargetGroupArn"_s] = c.ref(tg);
        } else if (r.string(u"kind"_s) == u"application"_s) {
            action[u"Type"_s] = u"fixed-response"_s;
            Value fixed = Value::map();
            fixed[u"StatusCode"_s] = u"503"_s;
            action[u"FixedResponseConfig"_s] = std::move(fixed);
        } else {
            c.notes.append(CfnMsg::tr("%1: a network load balancer's listener on port %2 has no target group; not exported").arg(r.id).arg(port));
            continue;
        }
        Value actions = Value::list();
        if (keepActions)
            actions = *keptActions;
        else
            actions.append(std::move(action));
        Value p = Value::map();
        p[u"LoadBalancerArn"_s] = c.ref(r.id);
        p[u"Port"_s] = port;
        p[u"Protocol"_s] = protocol;
        if (protocol == u"HTTPS"_s || protocol == u"TLS"_s) {
            p[u"Certificates"_s] = Value::listOf(single(u"CertificateArn"_s, certificateOf(c, r, l)));
        }
        p[u"DefaultActions"_s] = std::move(actions);
        if (const Value *extra = kept ? kept->find(u"Properties"_s) : nullptr)
            for (const auto &[key, value] : extra->entries())
                p[key] = value;
        const QString id = c.derived(name.isEmpty() ? c.id(r.id) + u"Listener"_s + QString::number(port) : name);
        listenerIds.insert(port, id);
        c.add(id, u"AWS::ElasticLoadBalancingV2::Listener"_s, std::move(p));
    }
    if (r.string(u"kind"_s) == u"application"_s)
        mapListenerRules(c, r, listenerIds);
}

void mapLoadBalancers(CfnContext &c)
{
    for (const Resource *r : c.facts.ofType(T::LoadBalancer)) {
        const QString kind = r->string(u"kind"_s);
        const bool classic = kind == u"classic"_s;
        Value p = Value::map();
        if (kind == u"network"_s)
            p[u"Type"_s] = kind;
        if (r->string(u"scheme"_s) != u"internet-facing"_s)
            p[u"Scheme"_s] = r->string(u"scheme"_s);
        if (classic)
            placeIn(c, r->references(u"subnets"_s), u"Subnets"_s, p);
        else
            p[u"Subnets"_s] = c.refs(r->references(u"subnets"_s));
        p.setIfAny(u"SecurityGroups"_s, c.refs(r->references(u"securityGroups"_s)));
        QStringList depends;
        if (r->string(u"scheme"_s) == u"internet-facing"_s)
            depends.append(c.gatewayAttachment(c.doc.vpcOf(r->id))); // needs the attached gateway
        if (classic) {
            mapClassic(c, *r, p);
        } else {
            Value attributes = Value::list();
            if (kind == u"application"_s && CfnContext::differs(*r, u"idleTimeout"_s))
                attributes.append(attribute(u"idle_timeout.timeout_seconds"_s, QString::number(r->integer(u"idleTimeout"_s))));
            if (kind == u"network"_s && r->boolean(u"crossZone"_s))
                attributes.append(attribute(u"load_balancing.cross_zone.enabled"_s, boolText(true)));
            p.setIfAny(u"LoadBalancerAttributes"_s, std::move(attributes));
        }
        p.setIfAny(u"Tags"_s, c.nameTags(*r));
        c.add(c.id(r->id), classic ? u"AWS::ElasticLoadBalancing::LoadBalancer"_s : u"AWS::ElasticLoadBalancingV2::LoadBalancer"_s,
              std::move(p), depends);
        if (!classic)
            mapListeners(c, *r);
        c.addOutput(c.id(r->id) + u"DNSName"_s, u"DNS name of "_s + r->displayName(), c.getAtt(r->id, u"DNSName"_s));
    }
}

} // namespace

void mapCompute(CfnContext &c)
{
    mapLaunchTemplates(c);
    mapInstances(c);
    mapAutoScalingGroups(c);
}

void mapLoadBalancing(CfnContext &c)
{
    mapTargetGroups(c);
    mapLoadBalancers(c);
}

} // namespace skydraft::exchange
