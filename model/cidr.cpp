#include "cidr.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace skydraft {

std::optional<quint32> parseIpv4(const QString &text)
{
    // Four dotted decimal octets, ASCII digits only, no leading zeros beyond a single "0"
    // (AWS rejects them). Scanned by hand: this runs for every rule of every check.
    quint32 value = 0;
    int octets = 0;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (octets < 4) {
        const qsizetype start = i;
        int octet = 0;
        while (i < n && i - start < 4) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                break;
            octet = octet * 10 + (c - u'0');
            ++i;
        }
        const qsizetype digits = i - start;
        if (digits == 0 || digits > 3 || octet > 255 || (digits > 1 && text[start] == u'0'))
            return std::nullopt;
        value = (value << 8) | quint32(octet);
        ++octets;
        if (octets < 4) {
            if (i >= n || text[i] != u'.')
                return std::nullopt;
            ++i;
        }
    }
    if (i != n)
        return std::nullopt;
    return value;
}

QString formatIpv4(quint32 a)
{
    return u"%1.%2.%3.%4"_s.arg(a >> 24).arg((a >> 16) & 0xff).arg((a >> 8) & 0xff).arg(a & 0xff);
}

std::optional<Cidr> Cidr::parse(const QString &text, QString *error)
{
    auto fail = [&](const char *why) -> std::optional<Cidr> {
        if (error)
            *error = QCoreApplication::translate("skydraft::Cidr", why);
        return std::nullopt;
    };
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0)
        return fail(QT_TRANSLATE_NOOP("skydraft::Cidr", "missing the /prefix length"));
    const auto ip = parseIpv4(text.left(slash));
    if (!ip)
        return fail(QT_TRANSLATE_NOOP("skydraft::Cidr", "not an IPv4 address before the /"));
    const QString len = text.mid(slash + 1);
    // ASCII digits only: QString::toInt() would also take surrounding spaces ("10.0.0.0/8 ").
    const bool digits = std::all_of(len.cbegin(), len.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    bool ok = false;
    const int prefix = len.toInt(&ok);
    if (!ok || !digits || len.isEmpty() || len.size() > 2 || prefix < 0 || prefix > 32)
        return fail(QT_TRANSLATE_NOOP("skydraft::Cidr", "prefix length must be 0 to 32"));
    return Cidr{*ip, prefix};
}

bool isPrivateOnly(const Cidr &cidr)
{
    static const Cidr ranges[] = {{0x0A000000, 8}, {0xAC100000, 12}, {0xC0A80000, 16}, {0x64400000, 10}};
    return std::any_of(std::begin(ranges), std::end(ranges), [&](const Cidr &p) { return p.contains(cidr); });
}

QString Cidr::toString() const { return formatIpv4(address) + u'/' + QString::number(prefix); }

} // namespace skydraft
