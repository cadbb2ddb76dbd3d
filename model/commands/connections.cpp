#include "connections.h"

#include "editor.h"
#include "model/catalogue.h"
#include "model/referencescope.h"
#include "model/securityrules.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace skydraft {

namespace {

struct ConnectionsMsg {
    Q_DECLARE_TR_FUNCTIONS(skydraft::Connections)
};

/// One property write that makes a connection, or the reason there is none.
struct Plan {
    QString error;
    QString id;
    QString key;
    QVariant value;
    QString text;
};

Plan refuse(const QString &why)
{
    Plan p;
    p.error = why;
    return p;
}

Plan write(const Resource &r, const QString &key, const QVariant &value, const QString &text)
{
    Plan p;
    p.id = r.id;
    p.key = key;
    p.value = Catalogue::normalized(*Catalogue::property(r.type, key), value);
    p.text = text;
    return p;
}

Plan appendReference(const Resource &r, const QString &key, const QString &target, const QString &text)
{
    QStringList list = r.references(key);
    if (list.contains(target))
        return refuse(ConnectionsMsg::tr("%1 is already connected to %2.").arg(r.id, target));
    list.append(target);
    return write(r, key, list, text);
}

bool isData(ResourceType t)
{
    return t == ResourceType::RdsInstance || t == ResourceType::AuroraCluster || t == ResourceType::ElastiCache;
}

Plan dataAccess(const Document &doc, const Resource &app, const Resource &data)
{
    const QStringList sources = doc.securityGroupsOf(app.id);
    if (sources.isEmpty())
        return refuse(ConnectionsMsg::tr("%1 has no security group: give it one first, so %2 can admit it.")
                          .arg(app.id, data.id));
    const QStringList targets = data.references(u"securityGroups"_s);
    if (targets.isEmpty())
        return refuse(ConnectionsMsg::tr("%1 has no security group: give it one first, to hold the rule that admits %2.")
                          .arg(data.id, app.id));
    const Resource *sg = doc.find(targets.first());
    if (!sg)
        return refuse(ConnectionsMsg::tr("There is no security group \"%1\".").arg(targets.first()));
    if (!ReferenceScope::sameNetwork(doc, sg->id, sources.first()))
        return refuse(ConnectionsMsg::tr("%1 and %2 are in different VPCs: a rule of %1 cannot admit %2.")
                          .arg(sg->id, sources.first()));
    const qint64 port = data.integer(u"port"_s);
    for (const SecurityGroupRule &rule : securityGroupRules(*sg, true))
        if (rule.group == sources.first() && rule.covers(u"tcp"_s, int(port)))
            return refuse(ConnectionsMsg::tr("%1 already admits %2 on port %3.").arg(sg->id, sources.first()).arg(port));
    QVariantList rules = sg->rows(u"inbound"_s);
    rules.append(QVariantMap{{u"protocol"_s, u"tcp"_s},
                             {u"fromPort"_s, port},
                             {u"toPort"_s, port},
                             {u"group"_s, sources.first()},
                             {u"description"_s, ConnectionsMsg::tr("%1 to %2").arg(app.id, data.id)}});
    return write(*sg, u"inbound"_s, rules,
                 ConnectionsMsg::tr("Allow %1 to reach %2 on port %3").arg(app.id, data.id).arg(port));
}

Plan listener(const Resource &lb, const Resource &tg)
{
    QVariantList listeners = lb.rows(u"listeners"_s);
    for (const QVariant &v : std::as_const(listeners))
        if (v.toMap().value(u"targetGroup"_s).toString() == tg.id)
            return refuse(ConnectionsMsg::tr("%1 already forwards to %2.").arg(lb.id, tg.id));
    const QString text = ConnectionsMsg::tr("Forward %1 to %2").arg(lb.id, tg.id);
    // A listener that forwards nowhere yet (a new load balancer's default) gets the group.
    for (int i = 0; i < listeners.size(); ++i) {
        QVariantMap l = listeners[i].toMap();
        if (l.value(u"targetGroup"_s).toString().isEmpty()) {
            l.insert(u"targetGroup"_s, tg.id);
            listeners[i] = l;
            return write(lb, u"listeners"_s, listeners, text);
        }
    }
    // Otherwise a new listener on the group's own port, in the load balancer's protocol family.
    const QString protocol = lb.string(u"kind"_s) == u"network"_s
        ? (tg.string(u"protocol"_s).startsWith(u"HTTP"_s) ? u"TCP"_s : tg.string(u"protocol"_s))
        : (tg.string(u"protocol"_s) == u"HTTPS"_s ? u"HTTPS"_s : u"HTTP"_s);
    qint64 port = tg.integer(u"port"_s);
    for (const QVariant &v : std::as_const(listeners))
        if (v.toMap().value(u"port"_s).toLongLong() == port)
            port = 0; // taken: pick a free one below
    if (port == 0) {
        port = 8080;
        for (bool taken = true; taken; ++port) {
            taken = false;
            for (const QVariant &v : std::as_const(listeners))
                taken = taken || v.toMap().value(u"port"_s).toLongLong() == port;
            if (!taken)
                break;
        }
    }
    listeners.append(QVariantMap{{u"protocol"_s, protocol}, {u"port"_s, port}, {u"targetGroup"_s, tg.id}});
    return write(lb, u"listeners"_s, listeners, text);
}

Plan plan(const Document &doc, const QString &fromId, const QString &toId)
{
    const Resource *from = doc.find(fromId);
    const Resource *to = doc.find(toId);
    if (!from || !to)
        return refuse(ConnectionsMsg::tr("There is no resource \"%1\".").arg(!from ? fromId : toId));
    if (fromId == toId)
        return refuse(ConnectionsMsg::tr("A resource cannot be connected to itself."));
    // Every connection below is a reference, which AWS keeps inside one VPC.
    if (!ReferenceScope::sameNetwork(doc, fromId, toId))
        return refuse(ConnectionsMsg::tr("%1 is in %2 and %3 in %4: AWS only connects them within one VPC.")
                          .arg(fromId, doc.vpcOf(fromId), toId, doc.vpcOf(toId)));
    using T = ResourceType;
    const T a = from->type;
    const T b = to->type;
    const bool classic = a == T::LoadBalancer && from->string(u"kind"_s) == u"classic"_s;
    if (a == T::Route53Record && (b == T::LoadBalancer || b == T::ElasticIp || b == T::Ec2Instance))
        return write(*from, u"target"_s, toId, ConnectionsMsg::tr("Point %1 at %2").arg(fromId, toId));
    if (a == T::LoadBalancer && b == T::TargetGroup) {
        if (classic)
            return refuse(ConnectionsMsg::tr("A classic load balancer has no target groups: connect it to instances or an Auto Scaling group."));
        return listener(*from, *to);
    }
    if (classic && b == T::Ec2Instance)
        return appendReference(*from, u"instances"_s, toId, ConnectionsMsg::tr("Register %1 with %2").arg(toId, fromId));
    if (classic && b == T::AutoScalingGroup)
        return appendReference(*to, u"loadBalancers"_s, fromId, ConnectionsMsg::tr("Register %1 with %2").arg(toId, fromId));
    if (a == T::TargetGroup && b == T::AutoScalingGroup)
        return appendReference(*to, u"targetGroups"_s, fromId, ConnectionsMsg::tr("Register %1 with %2").arg(toId, fromId));
    if (a == T::TargetGroup && b == T::Ec2Instance)
        return appendReference(*from, u"targets"_s, toId, ConnectionsMsg::tr("Register %1 with %2").arg(toId, fromId));
    if (a == T::ElasticIp && (b == T::Ec2Instance || b == T::NatGateway))
        return write(*from, u"associatedWith"_s, toId, ConnectionsMsg::tr("Associate %1 with %2").arg(fromId, toId));
    // The template an Auto Scaling group launches its instances from, drawn either way.
    if (a == T::LaunchTemplate && b == T::AutoScalingGroup)
        return write(*to, u"launchTemplate"_s, fromId, ConnectionsMsg::tr("Launch %1 from %2").arg(toId, fromId));
    if (a == T::AutoScalingGroup && b == T::LaunchTemplate)
        return write(*from, u"launchTemplate"_s, toId, ConnectionsMsg::tr("Launch %1 from %2").arg(fromId, toId));
    if ((a == T::Ec2Instance || a == T::AutoScalingGroup || a == T::LaunchTemplate) && isData(b))
        return dataAccess(doc, *from, *to);
    if (a == T::RdsInstance && b == T::RdsInstance) {
        if (!from->string(u"sourceDb"_s).isEmpty())
            return refuse(ConnectionsMsg::tr("%1 is itself a read replica; replicate from its source instead.").arg(fromId));
        return write(*to, u"sourceDb"_s, fromId, ConnectionsMsg::tr("Make %1 a read replica of %2").arg(toId, fromId));
    }
    return refuse(ConnectionsMsg::tr("A %1 cannot be connected to a %2. Connections follow the traffic: Route 53 → "
                                     "load balancer → target group → Auto Scaling group or instances → database or cache.")
                      .arg(typeLabel(a), typeLabel(b)));
}

} // namespace

QString Connections::check(const Document &document, const QString &from, const QString &to)
{
    return plan(document, from, to).error;
}

QString Connections::describe(const Document &document, const QString &from, const QString &to)
{
    const Plan p = plan(document, from, to);
    return p.error.isEmpty() ? p.text : p.error;
}

QString Connections::connect(Editor &editor, const QString &from, const QString &to)
{
    const Plan p = plan(*editor.document(), from, to);
    if (!p.error.isEmpty())
        return p.error;
    const Resource *holder = editor.document()->find(p.id);
    if (holder->isSet(p.key) && holder->properties.value(p.key) == p.value)
        return ConnectionsMsg::tr("%1 is already connected to %2.").arg(from, to);
    // A macro of its own: two connections in a row stay two undo steps, even when they
    // write the same property (the Editor merges consecutive edits of one property).
    editor.undoStack()->beginMacro(p.text);
    const bool ok = editor.setProperty(p.id, p.key, p.value);
    editor.undoStack()->endMacro();
    return ok ? QString() : editor.lastError();
}

} // namespace skydraft
