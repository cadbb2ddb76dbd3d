#include "routing.h"

using namespace Qt::StringLiterals;

namespace skydraft {

QString routeTableOf(const Document &doc, const QString &subnet)
{
    const Resource *s = doc.find(subnet);
    if (!s)
        return {};
    const QString own = s->string(u"routeTable"_s);
    if (doc.contains(own))
        return own;
    const QString vpc = doc.vpcOf(subnet);
    for (const QString &id : doc.children(vpc)) {
        const Resource *r = doc.find(id);
        if (r->type == ResourceType::RouteTable && r->boolean(u"main"_s))
            return id;
    }
    return {};
}

Route internetRoute(const Document &doc, const QString &subnet, bool ipv6)
{
    Route best;
    best.table = routeTableOf(doc, subnet);
    const Resource *rt = doc.find(best.table);
    if (!rt)
        return best;
    for (const QVariant &v : rt->rows(u"routes"_s)) {
        const QVariantMap route = v.toMap();
        const QString text = route.value(u"destination"_s).toString();
        if (looksIpv6(text) != ipv6)
            continue;
        const auto dest = IpBlock::parse(text);
        const QString target = route.value(u"target"_s).toString();
        if (!dest || isPrivateOnly(*dest) || !doc.contains(target))
            continue;
        // The default route carries "the internet"; a narrower public route only when
        // there is no default route.
        const bool better = !best.found
            || (best.destination.prefix() != 0 && (dest->prefix() == 0 || dest->prefix() > best.destination.prefix()));
        if (better) {
            best.destination = *dest;
            best.target = target;
            best.found = true;
        }
    }
    return best;
}

QString internetGatewayOf(const Document &doc, const QString &vpc)
{
    for (const QString &id : doc.children(vpc))
        if (doc.find(id)->type == ResourceType::InternetGateway)
            return id;
    return {};
}

bool isPublicSubnet(const Document &doc, const QString &subnet, bool orOverIpv6)
{
    for (const bool ipv6 : {false, true}) {
        if (ipv6 && !orOverIpv6)
            break;
        const Route r = internetRoute(doc, subnet, ipv6);
        const Resource *t = doc.find(r.target);
        if (r.found && t && t->type == ResourceType::InternetGateway)
            return true;
    }
    return false;
}

bool touchesExternal(const Document &doc, const QString &id)
{
    const Resource *r = doc.find(id);
    if (!r)
        return false;
    auto external = [&doc](const QString &other) {
        const Resource *o = doc.find(other);
        return o && o->isExternal();
    };
    const Resource *parent = doc.find(r->parent);
    if (r->isExternal() || (parent && parent->type == ResourceType::Subnet && parent->isExternal()))
        return true;
    const QStringList groups = r->references(u"securityGroups"_s);
    const QStringList subnets = doc.subnetsOf(id);
    return std::any_of(groups.begin(), groups.end(), external) || std::any_of(subnets.begin(), subnets.end(), external);
}

} // namespace skydraft
