#include "ipv6blocks.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace skydraft {

namespace {
struct Ipv6BlockMsg {
    Q_DECLARE_TR_FUNCTIONS(skydraft::Validator)
};
} // namespace

VpcIpv6 vpcIpv6(const QString &text)
{
    VpcIpv6 out;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return out;
    if (t == kAmazonProvidedIpv6) {
        out.kind = VpcIpv6::Kind::AmazonProvided;
        return out;
    }
    QString why;
    const auto block = looksIpv6(t) ? Cidr6::parse(t, &why) : std::nullopt;
    if (!block) {
        out.kind = VpcIpv6::Kind::Bad;
        out.error = why.isEmpty() ? Ipv6BlockMsg::tr("not \"%1\" or an IPv6 CIDR block").arg(kAmazonProvidedIpv6) : why;
        return out;
    }
    out.kind = VpcIpv6::Kind::Explicit;
    out.block = *block;
    return out;
}

SubnetIpv6 subnetIpv6(const QString &text)
{
    SubnetIpv6 out;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return out;
    if (t.startsWith(kFromVpcIpv6)) {
        bool ok = false;
        const int index = t.mid(kFromVpcIpv6.size()).toInt(&ok);
        if (!ok || index < 0 || index > 255) {
            out.kind = SubnetIpv6::Kind::Bad;
            out.error = Ipv6BlockMsg::tr("the /64 number after \"%1\" must be 0 to 255").arg(kFromVpcIpv6);
            return out;
        }
        out.kind = SubnetIpv6::Kind::FromVpc;
        out.index = index;
        return out;
    }
    QString why;
    const auto block = looksIpv6(t) ? Cidr6::parse(t, &why) : std::nullopt;
    if (!block) {
        out.kind = SubnetIpv6::Kind::Bad;
        out.error = why.isEmpty() ? Ipv6BlockMsg::tr("not \"%1N\" or an IPv6 CIDR block").arg(kFromVpcIpv6) : why;
        return out;
    }
    out.kind = SubnetIpv6::Kind::Explicit;
    out.block = *block;
    return out;
}

} // namespace skydraft
