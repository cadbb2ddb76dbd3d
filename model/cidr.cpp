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

namespace {
std::optional<int> prefixLength(const QString &len, int max)
{
    // ASCII digits only: QString::toInt() would also take surrounding spaces ("10.0.0.0/8 ").
    const bool digits = std::all_of(len.cbegin(), len.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    bool ok = false;
    const int prefix = len.toInt(&ok);
    if (!ok || !digits || len.isEmpty() || len.size() > 3 || prefix < 0 || prefix > max)
        return std::nullopt;
    return prefix;
}
} // namespace

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
    const auto prefix = len.size() <= 2 ? prefixLength(len, 32) : std::nullopt;
    if (!prefix)
        return fail(QT_TRANSLATE_NOOP("skydraft::Cidr", "prefix length must be 0 to 32"));
    return Cidr{*ip, *prefix};
}

std::optional<std::pair<quint64, quint64>> parseIpv6(const QString &text)
{
    // Up to eight groups of 1-4 hex digits, at most one "::" standing for one or more zero
    // groups, optionally ending in a dotted IPv4 address (two groups). No zone index.
    if (text.isEmpty() || text.size() > 45)
        return std::nullopt;
    QList<quint16> head;
    QList<quint16> tail;
    bool compressed = false;
    const qsizetype dc = text.indexOf(u"::");
    if (dc >= 0) {
        if (text.indexOf(u"::", dc + 1) >= 0)
            return std::nullopt;
        compressed = true;
    }
    auto groups = [](const QString &part, QList<quint16> &out, bool allowV4) {
        if (part.isEmpty())
            return true;
        const QStringList items = part.split(u':');
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString &g = items[i];
            if (allowV4 && i == items.size() - 1 && g.contains(u'.')) {
                const auto v4 = parseIpv4(g);
                if (!v4)
                    return false;
                out.append(quint16(*v4 >> 16));
                out.append(quint16(*v4 & 0xffff));
                continue;
            }
            if (g.isEmpty() || g.size() > 4)
                return false;
            quint16 v = 0;
            for (QChar c : g) {
                const char16_t u = c.unicode();
                int d = -1;
                if (u >= u'0' && u <= u'9')
                    d = u - u'0';
                else if (u >= u'a' && u <= u'f')
                    d = u - u'a' + 10;
                else if (u >= u'A' && u <= u'F')
                    d = u - u'A' + 10;
                if (d < 0)
                    return false;
                v = quint16(v * 16 + d);
            }
            out.append(v);
        }
        return true;
    };
    if (compressed) {
        if (!groups(text.left(dc), head, false) || !groups(text.mid(dc + 2), tail, true))
            return std::nullopt;
        if (head.size() + tail.size() > 7)
            return std::nullopt;
    } else {
        if (!groups(text, head, true) || head.size() != 8)
            return std::nullopt;
    }
    quint16 all[8] = {};
    for (qsizetype i = 0; i < head.size(); ++i)
        all[i] = head[i];
    for (qsizetype i = 0; i < tail.size(); ++i)
        all[8 - tail.size() + i] = tail[i];
    quint64 hi = 0;
    quint64 lo = 0;
    for (int i = 0; i < 4; ++i) {
        hi = (hi << 16) | all[i];
        lo = (lo << 16) | all[i + 4];
    }
    return std::pair<quint64, quint64>{hi, lo};
}


std::optional<Cidr6> Cidr6::parse(const QString &text, QString *error)
{
    auto fail = [&](const char *why) -> std::optional<Cidr6> {
        if (error)
            *error = QCoreApplication::translate("skydraft::Cidr", why);
        return std::nullopt;
    };
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0)
        return fail(QT_TRANSLATE_NOOP("skydraft::Cidr", "missing the /prefix length"));
    const auto ip = parseIpv6(text.left(slash));
    if (!ip)
        return fail(QT_TRANSLATE_NOOP("skydraft::Cidr", "not an IPv6 address before the /"));
    const auto prefix = prefixLength(text.mid(slash + 1), 128);
    if (!prefix)
        return fail(QT_TRANSLATE_NOOP("skydraft::Cidr", "prefix length must be 0 to 128"));
    return Cidr6{ip->first, ip->second, *prefix};
}

QString Cidr6::toString() const
{
    quint16 g[8];
    for (int i = 0; i < 4; ++i) {
        g[i] = quint16(hi >> (48 - 16 * i));
        g[i + 4] = quint16(lo >> (48 - 16 * i));
    }
    int bestStart = -1;
    int bestLen = 0;
    for (int i = 0; i < 8;) {
        if (g[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && g[j] == 0)
            ++j;
        if (j - i > bestLen && j - i >= 2) {
            bestStart = i;
            bestLen = j - i;
        }
        i = j;
    }
    QString out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += u"::"_s;
            i += bestLen - 1;
            continue;
        }
        if (!out.isEmpty() && !out.endsWith(u':'))
            out += u':';
        out += QString::number(g[i], 16);
    }
    return out + u'/' + QString::number(prefix);
}

std::optional<IpBlock> IpBlock::parse(const QString &text, QString *error)
{
    if (looksIpv6(text)) {
        if (const auto c = Cidr6::parse(text, error))
            return IpBlock{true, {}, *c};
        return std::nullopt;
    }
    if (const auto c = Cidr::parse(text, error))
        return IpBlock{false, *c, {}};
    return std::nullopt;
}

bool isPrivateOnly(const IpBlock &block)
{
    if (!block.ipv6)
        return isPrivateOnly(block.v4);
    static const Cidr6 ranges[] = {{0xfc00000000000000ULL, 0, 7}, {0xfe80000000000000ULL, 0, 10}, {0, 1, 128}};
    return std::any_of(std::begin(ranges), std::end(ranges), [&](const Cidr6 &p) { return p.contains(block.v6); });
}

bool isPrivateOnly(const Cidr &cidr)
{
    static const Cidr ranges[] = {{0x0A000000, 8}, {0xAC100000, 12}, {0xC0A80000, 16}, {0x64400000, 10}};
    return std::any_of(std::begin(ranges), std::end(ranges), [&](const Cidr &p) { return p.contains(cidr); });
}

QString Cidr::toString() const { return formatIpv4(address) + u'/' + QString::number(prefix); }

} // namespace skydraft
