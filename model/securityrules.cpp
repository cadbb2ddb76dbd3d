#include "securityrules.h"

#include "types.h"

using namespace Qt::StringLiterals;

namespace skydraft {

QList<SecurityGroupRule> securityGroupRules(const Resource &group, bool inbound)
{
    QList<SecurityGroupRule> rules;
    if (group.type != ResourceType::SecurityGroup)
        return rules;
    const QVariantList rows = group.rows(inbound ? u"inbound"_s : u"outbound"_s);
    rules.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const QVariantMap m = rows.at(i).toMap();
        SecurityGroupRule rule;
        rule.index = i;
        rule.protocol = m.value(u"protocol"_s, u"tcp"_s).toString();
        rule.fromPort = int(m.value(u"fromPort"_s, 0).toLongLong());
        rule.toPort = int(m.value(u"toPort"_s, 65535).toLongLong());
        rule.group = m.value(u"group"_s).toString();
        rule.cidr = m.value(u"cidr"_s).toString();
        rule.prefixList = m.value(u"prefixList"_s).toString();
        rules.append(rule);
    }
    return rules;
}

} // namespace skydraft
