#include "exportrules.h"

using namespace Qt::StringLiterals;

namespace skydraft::exchange::rules {

QString routeTableOf(const Document &doc, const QString &subnet)
{
    const Resource *r = doc.find(subnet);
    if (!r)
        return {};
    const QString own = r->string(u"routeTable"_s);
    if (doc.contains(own))
        return own;
    const QString vpc = doc.vpcOf(subnet);
    for (const Resource *rt : doc.resourcesOfType(ResourceType::RouteTable))
        if (rt->boolean(u"main"_s) && doc.vpcOf(rt->id) == vpc && !rt->rows(u"routes"_s).isEmpty())
            return rt->id;
    return {};
}

QString elasticIpOf(const Document &doc, const QString &id)
{
    for (const Resource *e : doc.resourcesOfType(ResourceType::ElasticIp))
        if (e->string(u"associatedWith"_s) == id)
            return e->id;
    return {};
}

QString balancerForwardingTo(const Document &doc, const QString &targetGroup)
{
    for (const Resource *lb : doc.resourcesOfType(ResourceType::LoadBalancer))
        for (const QVariant &l : lb->rows(u"listeners"_s))
            if (l.toMap().value(u"targetGroup"_s).toString() == targetGroup)
                return lb->id;
    return {};
}

QString zoneOfRecord(const QString &recordName)
{
    QString name = recordName.endsWith(u'.') ? recordName.chopped(1) : recordName;
    const QStringList labels = name.split(u'.');
    if (labels.size() > 2)
        name = labels.mid(1).join(u'.');
    return name + u'.';
}

QString protocolNumber(const QString &protocol)
{
    if (protocol == u"tcp"_s)
        return u"6"_s;
    if (protocol == u"udp"_s)
        return u"17"_s;
    if (protocol == u"icmp"_s)
        return u"1"_s;
    return u"-1"_s;
}

std::pair<qint64, qint64> ruleRange(const QVariantMap &rule)
{
    const qint64 from = rule.value(u"fromPort"_s, 0).toLongLong();
    const qint64 to = rule.value(u"toPort"_s, 65535).toLongLong();
    if (rule.value(u"protocol"_s).toString() == u"icmp"_s && from == 0 && to == 65535)
        return {-1, -1};
    return {from, to};
}

AlarmMetric alarmMetric(const QString &policyMetric)
{
    if (policyMetric == u"ALBRequestCountPerTarget"_s)
        return {u"AWS/ApplicationELB"_s, u"RequestCountPerTarget"_s, u"Sum"_s};
    if (policyMetric == u"ASGAverageNetworkIn"_s)
        return {u"AWS/EC2"_s, u"NetworkIn"_s, u"Average"_s};
    if (policyMetric == u"ASGAverageNetworkOut"_s)
        return {u"AWS/EC2"_s, u"NetworkOut"_s, u"Average"_s};
    return {u"AWS/EC2"_s, u"CPUUtilization"_s, u"Average"_s};
}

} // namespace skydraft::exchange::rules
