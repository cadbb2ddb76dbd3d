#include "exportrules.h"

#include "model/routing.h"

using namespace Qt::StringLiterals;

namespace skydraft::exchange::rules {

Facts::Facts(const Document &doc)
    : m_doc(doc)
{
    for (const QString &id : doc.ids()) {
        const Resource *r = doc.find(id);
        m_byType[size_t(r->type)].append(r);
        if (r->type == ResourceType::ElasticIp && !m_elasticIpOf.contains(r->string(u"associatedWith"_s)))
            m_elasticIpOf.insert(r->string(u"associatedWith"_s), id);
        if (r->type == ResourceType::LoadBalancer)
            for (const QVariant &l : r->rows(u"listeners"_s) + r->rows(u"rules"_s)) {
                const QString tg = l.toMap().value(u"targetGroup"_s).toString();
                if (!tg.isEmpty() && !m_balancerOf.contains(tg))
                    m_balancerOf.insert(tg, id);
            }
    }
}

QString Facts::routeTableOf(const QString &subnet) const
{
    const QString table = skydraft::routeTableOf(m_doc, subnet);
    const Resource *s = m_doc.find(subnet);
    if (table.isEmpty() || (s && s->string(u"routeTable"_s) == table))
        return table;
    return m_doc.find(table)->rows(u"routes"_s).isEmpty() ? QString() : table;
}

QString zoneOfRecord(const QString &recordName)
{
    QString name = recordName.endsWith(u'.') ? recordName.chopped(1) : recordName;
    const QStringList labels = name.split(u'.');
    if (labels.size() > 2)
        name = labels.mid(1).join(u'.');
    return name + u'.';
}

QString groupDescription(const QString &text)
{
    static const QString allowed = u" ._-:/()#,@[]+=&;{}!$*"_s;
    QString out;
    for (const QChar c : text)
        out += (c.unicode() < 128 && (c.isLetterOrNumber() || allowed.contains(c))) ? c : u'-';
    return out.left(255);
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

bool outsideStack(const Document &doc, const Resource &r)
{
    switch (r.type) {
    case ResourceType::Vpc:
    case ResourceType::Subnet:
    case ResourceType::SecurityGroup:
        return r.isExternal() || !r.string(QStringLiteral("externalSource")).isEmpty();
    case ResourceType::InternetGateway:
    case ResourceType::RouteTable: {
        // The default VPC's own gateway and main route table exist with it.
        const Resource *vpc = doc.find(doc.vpcOf(r.id));
        return vpc && vpc->string(QStringLiteral("externalSource")) == QStringLiteral("default")
            && (r.type == ResourceType::InternetGateway || r.boolean(QStringLiteral("main")));
    }
    default:
        return false;
    }
}

bool isOwnDefaultRule(const Resource &group, const QVariantMap &rule)
{
    return group.string(QStringLiteral("externalSource")) == QStringLiteral("vpc-default")
        && rule.value(QStringLiteral("group")).toString() == group.id && rule.value(QStringLiteral("protocol")).toString() == QStringLiteral("all");
}

} // namespace skydraft::exchange::rules
