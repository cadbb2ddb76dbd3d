// CloudFormation mapping of Auto Scaling policies and the CloudWatch alarms that drive
// step and simple policies.

#include "cfncontext.h"
#include "exportrules.h"

using namespace Qt::StringLiterals;

namespace skydraft::exchange {

namespace {

using T = ResourceType;

/// The "app/.../targetgroup/..." label a request-count metric needs, or null.
Value requestCountLabel(const CfnContext &c, const Resource &asg)
{
    for (const QString &tg : asg.references(u"targetGroups"_s)) {
        const QString lb = c.facts.balancerForwardingTo(tg);
        if (lb.isEmpty())
            continue;
        Value parts = Value::list();
        parts.append(c.getAtt(lb, u"LoadBalancerFullName"_s));
        parts.append(c.getAtt(tg, u"TargetGroupFullName"_s));
        Value join = Value::list();
        join.append(u"/"_s);
        join.append(std::move(parts));
        return single(u"Fn::Join"_s, std::move(join));
    }
    return {};
}

Value dimension(const QString &name, Value value)
{
    Value d = Value::map();
    d[u"Name"_s] = name;
    d[u"Value"_s] = std::move(value);
    return d;
}

/// The alarm of a step or simple policy: the policy's metric against its threshold.
bool addAlarm(CfnContext &c, const Resource &asg, const QVariantMap &policy, const QString &policyId)
{
    const QString metric = policy.value(u"metric"_s, u"ASGAverageCPUUtilization"_s).toString();
    const rules::AlarmMetric m = rules::alarmMetric(metric);
    Value a = Value::map();
    a[u"Namespace"_s] = m.nameSpace;
    a[u"MetricName"_s] = m.name;
    a[u"Statistic"_s] = m.statistic;
    Value dimensions = Value::list();
    if (metric == u"ALBRequestCountPerTarget"_s) {
        const QStringList groups = asg.references(u"targetGroups"_s);
        if (groups.isEmpty())
            return false;
        dimensions.append(dimension(u"TargetGroup"_s, c.getAtt(groups.first(), u"TargetGroupFullName"_s)));
    } else {
        dimensions.append(dimension(u"AutoScalingGroupName"_s, c.ref(asg.id)));
    }
    a[u"Dimensions"_s] = std::move(dimensions);
    a[u"Period"_s] = policy.value(u"period"_s, 60).toLongLong();
    a[u"EvaluationPeriods"_s] = policy.value(u"evaluationPeriods"_s, 3).toLongLong();
    a[u"DatapointsToAlarm"_s] = policy.value(u"datapointsToAlarm"_s, 3).toLongLong();
    a[u"Threshold"_s] = policy.value(u"threshold"_s, 70).toLongLong();
    a[u"ComparisonOperator"_s] = policy.value(u"comparison"_s, u"GreaterThanOrEqualToThreshold"_s).toString();
    a[u"AlarmActions"_s] = Value::listOf(CfnContext::refLogical(policyId));
    c.add(c.foldedId(u"alarm:"_s + policyId, policyId + u"Alarm"_s), u"AWS::CloudWatch::Alarm"_s, std::move(a));
    return true;
}

} // namespace

void mapScaling(CfnContext &c)
{
    for (const Resource *asg : c.facts.ofType(T::AutoScalingGroup)) {
        const QVariantList policies = asg->rows(u"scalingPolicies"_s);
        for (int i = 0; i < policies.size(); ++i) {
            const QVariantMap policy = policies[i].toMap();
            const QString name = policy.value(u"name"_s).toString();
            const QString type = policy.value(u"policyType"_s, u"TargetTrackingScaling"_s).toString();
            const QString metric = policy.value(u"metric"_s, u"ASGAverageCPUUtilization"_s).toString();
            // A policy imported from a template keeps its logical id (FoldedIds).
            const QString policyId = c.foldedId(u"policy:"_s + asg->id + u':' + name,
                                                c.id(asg->id) + (alphanumeric(name).isEmpty() ? u"Policy"_s + QString::number(i + 1)
                                                                                            : alphanumeric(name)));
            Value p = Value::map();
            p[u"AutoScalingGroupName"_s] = c.ref(asg->id);
            p[u"PolicyType"_s] = type;
            if (type == u"TargetTrackingScaling"_s) {
                Value predefined = Value::map();
                predefined[u"PredefinedMetricType"_s] = metric;
                if (metric == u"ALBRequestCountPerTarget"_s) {
                    Value label = requestCountLabel(c, *asg);
                    if (label.isNull()) {
                        c.notes.append(CfnMsg::tr("%1: policy %2 counts requests per target, but no load balancer forwards to the group's target groups; not exported")
                                           .arg(asg->id, name));
                        continue;
                    }
                    predefined[u"ResourceLabel"_s] = std::move(label);
                }
                Value config = Value::map();
                config[u"PredefinedMetricSpecification"_s] = std::move(predefined);
                config[u"TargetValue"_s] = policy.value(u"targetValue"_s, 50).toLongLong();
                if (policy.value(u"disableScaleIn"_s).toBool())
                    config[u"DisableScaleIn"_s] = true;
                p[u"TargetTrackingConfiguration"_s] = std::move(config);
                c.add(policyId, u"AWS::AutoScaling::ScalingPolicy"_s, std::move(p));
                continue;
            }
            const qint64 adjustment = policy.value(u"scalingAdjustment"_s, 1).toLongLong();
            p[u"AdjustmentType"_s] = policy.value(u"adjustmentType"_s, u"ChangeInCapacity"_s).toString();
            if (type == u"StepScaling"_s) {
                const QVariantList steps = policy.value(u"steps"_s).toList();
                if (steps.isEmpty()) {
                    // One step from the threshold on, on the side the alarm compares.
                    const bool below = policy.value(u"comparison"_s).toString().startsWith(u"Less"_s);
                    Value step = Value::map();
                    step[below ? u"MetricIntervalUpperBound"_s : u"MetricIntervalLowerBound"_s] = 0;
                    step[u"ScalingAdjustment"_s] = adjustment;
                    p[u"StepAdjustments"_s] = Value::listOf(std::move(step));
                } else {
                    Value list = Value::list();
                    for (const QVariant &v : steps) {
                        const QVariantMap cells = v.toMap();
                        Value step = Value::map();
                        if (cells.contains(u"lowerBound"_s))
                            step[u"MetricIntervalLowerBound"_s] = cells.value(u"lowerBound"_s).toLongLong();
                        if (cells.contains(u"upperBound"_s))
                            step[u"MetricIntervalUpperBound"_s] = cells.value(u"upperBound"_s).toLongLong();
                        step[u"ScalingAdjustment"_s] = cells.value(u"scalingAdjustment"_s, 1).toLongLong();
                        list.append(std::move(step));
                    }
                    p[u"StepAdjustments"_s] = std::move(list);
                }
            } else {
                p[u"ScalingAdjustment"_s] = adjustment;
                p[u"Cooldown"_s] = QString::number(policy.value(u"cooldown"_s, 300).toLongLong());
            }
            c.add(policyId, u"AWS::AutoScaling::ScalingPolicy"_s, std::move(p));
            if (!addAlarm(c, *asg, policy, policyId))
                c.notes.append(CfnMsg::tr("%1: policy %2 has no metric to alarm on").arg(asg->id, name));
        }
    }
}

} // namespace skydraft::exchange
