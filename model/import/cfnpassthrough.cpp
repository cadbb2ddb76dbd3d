// What an import keeps beside the design, for the exports to write back (the native file's
// `cloudformation`): the template's sections and the resources it does not draw, as written,
// and for the drawn ones what the design does not hold (DrawnResources, PrefixLists, Listeners,
// ListenerRules, FoldedIds, FoldedConditions, AsWritten). README: the native file.

#include "cfnimporter.h"
#include "cfnparse.h"

#include "model/document.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace skydraft::cfn {

namespace {

/// A template value as it was written (long-form intrinsics), for writing back unchanged.
nlohmann::ordered_json rawJson(const Node &n)
{
    switch (n.kind) {
    case Node::Kind::Map: {
        nlohmann::ordered_json o = nlohmann::ordered_json::object();
        for (const auto &[key, value] : n.entries)
            o[key.toStdString()] = rawJson(value);
        return o;
    }
    case Node::Kind::List: {
        nlohmann::ordered_json a = nlohmann::ordered_json::array();
        for (const Node &item : n.items)
            a.push_back(rawJson(item));
        return a;
    }
    case Node::Kind::Null:
        return nullptr;
    case Node::Kind::Scalar:
        // Unquoted true/false and whole numbers are a boolean and a number, as CloudFormation
        // reads them (YAML's core schema; JSON's own types); anything else is text.
        if (n.plain) {
            static const QRegularExpression integer(u"^-?(0|[1-9][0-9]{0,17})$"_s);
            const QString &t = n.text;
            if (t == u"true"_s || t == u"True"_s || t == u"TRUE"_s)
                return true;
            if (t == u"false"_s || t == u"False"_s || t == u"FALSE"_s)
                return false;
            if (integer.match(t).hasMatch())
                return t.toLongLong();
        }
        return n.text.toStdString();
    case Node::Kind::Unresolved:
        // The tag of another tool (!Rain::Embed file.js): kept with what it wraps, as
        // {"Rain::Embed": "file.js"}; CloudFormation refuses both forms alike.
        if (n.text.startsWith(u'!') && n.items.size() == 1)
            return nlohmann::ordered_json::object({{n.text.mid(1).toStdString(), rawJson(n.items.first())}});
        return n.text.toStdString();
    default:
        return n.text.toStdString();
    }
}

/// Appends `key` to a JSON object that does not hold it: nlohmann's ordered map searches its
/// keys on every insert, which makes building an object of n keys take n² steps.
void appendNew(nlohmann::ordered_json &object, const QString &key, nlohmann::ordered_json value)
{
    auto &map = object.get_ref<nlohmann::ordered_json::object_t &>();
    static_cast<nlohmann::ordered_json::object_t::Container &>(map).emplace_back(key.toStdString(), std::move(value));
}

} // namespace

QByteArray writtenJson(const Node &n)
{
    return QByteArray::fromStdString(rawJson(n).dump());
}

QByteArray Importer::passThrough(const Document *doc) const
{
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (const char *section : {"Transform", "Metadata", "Parameters", "Rules", "Mappings", "Conditions"})
        if (const Node *n = m_root.get(QString::fromLatin1(section)); n && !n->isNull())
            out[section] = rawJson(*n);
    if (const Node *resources = m_root.get(u"Resources")) {
        nlohmann::ordered_json kept = nlohmann::ordered_json::object();
        for (const auto &[id, node] : resources->entries)
            if (m_kept.contains(id) && !m_made.count(id))
                appendNew(kept, id, rawJson(node)); // logical ids are unique
        if (!kept.empty())
            out["Resources"] = std::move(kept);
        // What a drawn subnet has that the design cannot hold but a deployment needs: its IPv6
        // block, carved out of the VPC's Amazon-provided one (unknown offline), and the order
        // after the VPCCidrBlock that provides it. The CloudFormation export adds them back.
        nlohmann::ordered_json drawn = nlohmann::ordered_json::object();
        for (const auto &[id, node] : resources->entries) {
            const auto made = m_made.find(id);
            const Node *props = node.get(u"Properties");
            if (made == m_made.end() || made->second.type != ResourceType::Subnet || !props)
                continue;
            // The block itself and AssignIpv6AddressOnCreation are the subnet's "ipv6Block" and
            // "assignIpv6OnCreation" (they follow a rename), unless the block could not be.
            nlohmann::ordered_json extra = nlohmann::ordered_json::object();
            for (const char *key : {"Ipv6CidrBlock", "Ipv6Native", "EnableDns64"})
                if (const Node *v = props->get(QString::fromLatin1(key)); v && !(made->second.isSet(u"ipv6Block"_s) && key == std::string_view("Ipv6CidrBlock")))
                    extra["Properties"][key] = rawJson(*v);
            if (extra.empty())
                continue;
            if (const Node *depends = node.get(u"DependsOn"))
                extra["DependsOn"] = rawJson(*depends);
            drawn[id.toStdString()] = std::move(extra);
        }
        if (!drawn.empty())
            out["DrawnResources"] = std::move(drawn);
        // Prefix lists of drawn rules that the template looks up (!FindInMap by region, say):
        // the id they resolved to, and the expression, which the CloudFormation export writes
        // back for a rule that still names that id (the Mappings stay too).
        nlohmann::ordered_json prefixLists = nlohmann::ordered_json::object();
        auto keepLookup = [&](const Node &written, const Node &evaluated) {
            for (const char *key : {"SourcePrefixListId", "DestinationPrefixListId"}) {
                const Node *raw = written.get(QString::fromLatin1(key));
                const auto id = text(evaluated.get(QString::fromLatin1(key)));
                if (raw && raw->isMap() && id && id->startsWith(u"pl-"_s) && !prefixLists.contains(id->toStdString()))
                    prefixLists[id->toStdString()] = rawJson(*raw);
            }
        };
        for (const auto &[id, node] : resources->entries) {
            const auto source = sources.constFind(id);
            const Node *props = node.get(u"Properties");
            if (source == sources.constEnd() || !props || m_kept.contains(id))
                continue;
            if (source->type == u"AWS::EC2::SecurityGroupIngress"_s || source->type == u"AWS::EC2::SecurityGroupEgress"_s)
                keepLookup(*props, source->props);
            else if (source->type == u"AWS::EC2::SecurityGroup"_s && m_made.count(id))
                for (const char *list : {"SecurityGroupIngress", "SecurityGroupEgress"}) {
                    const Node *written = props->get(QString::fromLatin1(list));
                    const Node *evaluated = source->props.get(QString::fromLatin1(list));
                    if (written && evaluated && written->isList() && evaluated->isList() && written->items.size() == evaluated->items.size())
                        for (qsizetype i = 0; i < written->items.size(); ++i)
                            keepLookup(written->items[i], evaluated->items[i]);
                }
        }
        if (!prefixLists.empty())
            out["PrefixLists"] = std::move(prefixLists);
        // What a drawn listener or listener rule has beyond the design's rows, written back on
        // export under the same logical id: a listener's default actions other than one plain
        // forward (a redirect to HTTPS, a fixed response, an authenticate step) with the target
        // group the row took from them, and its other properties (SslPolicy, AlpnPolicy...);
        // a rule's forward action written as a ForwardConfig (stickiness, one weighted group)
        // with the target groups and weights the rows took from it.
        nlohmann::ordered_json listeners = nlohmann::ordered_json::object();
        nlohmann::ordered_json rules = nlohmann::ordered_json::object();
        for (const auto &[id, node] : resources->entries) {
            const auto source = sources.constFind(id);
            const Node *props = node.get(u"Properties");
            if (source == sources.constEnd() || !props || m_kept.contains(id) || m_made.count(id))
                continue;
            if (source->type == u"AWS::ElasticLoadBalancingV2::Listener"_s && listenerPorts.contains(id)) {
                nlohmann::ordered_json extra = nlohmann::ordered_json::object();
                for (const auto &[key, value] : props->entries)
                    if (key != u"LoadBalancerArn"_s && key != u"Port"_s && key != u"Protocol"_s && key != u"DefaultActions"_s
                        && !(key == u"Certificates"_s && value.items.size() <= 1))
                        extra["Properties"][key.toStdString()] = rawJson(value);
                const Node *actions = props->get(u"DefaultActions");
                const Node *evaluated = source->props.get(u"DefaultActions");
                const bool plainForward = actions && actions->isList() && actions->items.size() == 1
                    && actions->items.first().isMap() && actions->items.first().entries.size() == 2
                    && text(actions->items.first().get(u"Type")) == u"forward"_s && actions->items.first().get(u"TargetGroupArn");
                if (actions && !plainForward) {
                    extra["DefaultActions"] = rawJson(*actions);
                    QString tg;
                    for (const Node &a : evaluated && evaluated->isList() ? evaluated->items : QList<Node>{}) {
                        if (tg.isEmpty())
                            tg = refId(a.get(u"TargetGroupArn"));
                        for (const Node &g : a.path({u"ForwardConfig", u"TargetGroups"}) && a.path({u"ForwardConfig", u"TargetGroups"})->isList()
                                 ? a.path({u"ForwardConfig", u"TargetGroups"})->items
                                 : QList<Node>{})
                            if (tg.isEmpty())
                                tg = refId(g.get(u"TargetGroupArn"));
                    }
                    extra["TargetGroup"] = tg.toStdString();
                }
                if (!extra.empty())
                    listeners[id.toStdString()] = std::move(extra);
            } else if (source->type == u"AWS::ElasticLoadBalancingV2::ListenerRule"_s) {
                const Node *actions = props->get(u"Actions");
                const Node *evaluated = source->props.get(u"Actions");
                if (!actions || !actions->isList() || actions->items.size() != 1 || !evaluated || !evaluated->isList()
                    || evaluated->items.size() != 1 || !actions->items.first().path({u"ForwardConfig"}))
                    continue;
                nlohmann::ordered_json forwards = nlohmann::ordered_json::array();
                if (const Node *groups = evaluated->items.first().path({u"ForwardConfig", u"TargetGroups"}); groups && groups->isList())
                    for (const Node &g : groups->items)
                        forwards.push_back({refId(g.get(u"TargetGroupArn")).toStdString(), integer(g.get(u"Weight")).value_or(1)});
                rules[id.toStdString()] = {{"Actions", rawJson(*actions)}, {"Forwards", std::move(forwards)}};
            }
        }
        if (!listeners.empty())
            out["Listeners"] = std::move(listeners);
        // The logical ids of what the design folded into its resources (a gateway's attachment,
        // a subnet's associations, a table's routes, an ACL's entries), by what each does: the
        // export gives them back their ids.
        nlohmann::ordered_json folded = nlohmann::ordered_json::object();
        QSet<QString> foldedSignatures;
        QHash<QString, int> clusterMembers;
        for (const auto &[id, node] : resources->entries) {
            const auto source = sources.constFind(id);
            if (source == sources.constEnd() || m_kept.contains(id) || m_made.count(id))
                continue;
            const Node &p = source->props;
            const QString type = source->type;
            QString signature;
            if (type == u"AWS::RDS::DBInstance"_s && m_made.count(refId(p.get(u"DBClusterIdentifier")))) {
                // An Aurora cluster's writer and replicas, in the template's order.
                const QString cluster = refId(p.get(u"DBClusterIdentifier"));
                signature = u"cluster-instance:"_s + cluster + u':' + QString::number(++clusterMembers[cluster]);
            } else
            if (type == u"AWS::EC2::EIPAssociation"_s)
                signature = u"eip-association:"_s + (refId(p.get(u"AllocationId")).isEmpty() ? refId(p.get(u"EIP")) : refId(p.get(u"AllocationId")));
            else if (type == u"AWS::EC2::VPCGatewayAttachment"_s && !refId(p.get(u"InternetGatewayId")).isEmpty())
                signature = u"attachment:"_s + refId(p.get(u"InternetGatewayId"));
            else if (type == u"AWS::EC2::SubnetRouteTableAssociation"_s)
                signature = u"route-table-association:"_s + refId(p.get(u"SubnetId"));
            else if (type == u"AWS::EC2::SubnetNetworkAclAssociation"_s)
                signature = u"network-acl-association:"_s + refId(p.get(u"SubnetId"));
            else if (type == u"AWS::EC2::Route"_s)
                signature = u"route:"_s + refId(p.get(u"RouteTableId")) + u':'
                    + text(p.get(u"DestinationCidrBlock")).value_or(text(p.get(u"DestinationIpv6CidrBlock")).value_or(QString()));
            else if (type == u"AWS::EC2::NetworkAclEntry"_s)
                signature = u"network-acl-entry:"_s + refId(p.get(u"NetworkAclId")) + u':'
                    + (text(p.get(u"Egress")).value_or(QString()) == u"true"_s ? u"out"_s : u"in"_s) + u':'
                    + QString::number(integer(p.get(u"RuleNumber")).value_or(-1));
            else if (type == u"AWS::AutoScaling::ScalingPolicy"_s)
                signature = u"policy:"_s + refId(p.get(u"AutoScalingGroupName")) + u':' + id; // its row's name is its id
            else if (type == u"AWS::CloudWatch::Alarm"_s)
                // The alarm that drives a scaling policy folded into its group.
                for (const Node &action : p.get(u"AlarmActions") && p.get(u"AlarmActions")->isList() ? p.get(u"AlarmActions")->items
                                                                                                     : QList<Node>{}) {
                    const QString policy = refId(&action);
                    const auto it = sources.constFind(policy);
                    if (!policy.isEmpty() && it != sources.constEnd() && it->type == u"AWS::AutoScaling::ScalingPolicy"_s) {
                        signature = u"alarm:"_s + policy;
                        break;
                    }
                }
            if (!signature.isEmpty() && !signature.endsWith(u':') && !foldedSignatures.contains(signature)) {
                foldedSignatures.insert(signature);
                appendNew(folded, signature, id.toStdString());
            }
        }
        // A database's or cache's subnet group, folded into it.
        for (const auto &[id, node] : resources->entries) {
            const auto source = sources.constFind(id);
            if (source == sources.constEnd() || !m_made.count(id))
                continue;
            for (const char *key : {"DBSubnetGroupName", "CacheSubnetGroupName"}) {
                const QString group = refId(source->props.get(QString::fromLatin1(key)));
                if (const QString signature = u"subnet-group:"_s + id; !group.isEmpty() && sources.contains(group) && !m_made.count(group)
                                                                   && !m_kept.contains(group) && !foldedSignatures.contains(signature)) {
                    foldedSignatures.insert(signature);
                    appendNew(folded, signature, group.toStdString());
                }
            }
        }
        for (auto it = foldedRules.cbegin(); it != foldedRules.cend(); ++it)
            if (!foldedSignatures.contains(it.key())) {
                foldedSignatures.insert(it.key());
                appendNew(folded, it.key(), it.value().toStdString());
            }
        // The condition each folded resource was written under: it goes back with it.
        nlohmann::ordered_json conditions = nlohmann::ordered_json::object();
        QSet<QString> conditioned;
        for (const auto &[signature, id] : folded.items()) {
            const QString folder = QString::fromStdString(id.get<std::string>());
            const Node *n = resources->get(folder);
            if (const auto condition = n ? text(n->get(u"Condition")) : std::nullopt; condition && !conditioned.contains(folder)) {
                conditioned.insert(folder);
                appendNew(conditions, folder, condition->toStdString());
            }
        }
        if (!folded.empty())
            out["FoldedIds"] = std::move(folded);
        if (!conditions.empty())
            out["FoldedConditions"] = std::move(conditions);
        if (!rules.empty())
            out["ListenerRules"] = std::move(rules);
    }
    // The design as imported, and each resource the template wrote that it drew or folded in,
    // as written: the CloudFormation export compares the design with the one imported (a
    // second export of it is the baseline) and writes what the edits did not touch as the
    // template wrote it (intrinsics, Metadata, what the design does not model). "Design" is
    // each resource's Resource::snapshot(), in the design's order; "Resource" the template's.
    if (const Node *resources = m_root.get(u"Resources"); resources && doc) {
        std::vector<std::pair<QString, nlohmann::ordered_json>> entries;
        QHash<QString, size_t> entryOf;
        for (const Resource *r : doc->resources()) {
            const QByteArray design = QJsonDocument(r->snapshot()).toJson(QJsonDocument::Compact);
            entryOf.insert(r->id, entries.size());
            entries.emplace_back(r->id, nlohmann::ordered_json::object({{"Design", nlohmann::ordered_json::parse(design.toStdString())}}));
        }
        for (const auto &[id, node] : resources->entries) {
            if (!sources.contains(id) || m_kept.contains(id) || (doc->find(id) && doc->find(id)->isExternal()))
                continue;
            if (!entryOf.contains(id)) {
                entryOf.insert(id, entries.size());
                entries.emplace_back(id, nlohmann::ordered_json::object());
            }
            entries[entryOf.value(id)].second["Resource"] = rawJson(node);
        }
        nlohmann::ordered_json asWritten = nlohmann::ordered_json::object();
        for (auto &[id, entry] : entries)
            appendNew(asWritten, id, std::move(entry));
        if (!asWritten.empty()) {
            // The title and description the design got from the template: while they stay,
            // the template's Description is written back (or none, if it had none).
            out["Title"] = doc->title().toStdString();
            nlohmann::ordered_json sections = nlohmann::ordered_json::array();
            for (const auto &[key, value] : m_root.entries)
                sections.push_back(key.toStdString());
            out["SectionOrder"] = std::move(sections);
            if (const Node *description = m_root.get(u"Description"))
                out["Description"] = rawJson(*description);
            nlohmann::ordered_json order = nlohmann::ordered_json::array();
            for (const auto &[id, node] : resources->entries)
                order.push_back(id.toStdString());
            out["ResourceOrder"] = std::move(order);
            out["AsWritten"] = std::move(asWritten);
            out["AsWrittenDesign"] = "complete"; // every resource of the design has its "Design"
        }
    }
    if (const Node *n = m_root.get(u"Outputs"); n && !n->isNull())
        out["Outputs"] = rawJson(*n);
    return out.empty() ? QByteArray() : QByteArray::fromStdString(out.dump());
}

} // namespace skydraft::cfn
