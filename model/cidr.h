#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <utility>

namespace skydraft {

/// An IPv4 CIDR block such as 10.0.1.0/24.
struct Cidr {
    quint32 address = 0; ///< host order
    int prefix = 0;

    /// Parses "a.b.c.d/n". Returns nullopt on bad syntax; sets *error to a short reason.
    static std::optional<Cidr> parse(const QString &text, QString *error = nullptr);

    quint32 mask() const { return prefix == 0 ? 0u : ~quint32(0) << (32 - prefix); }
    quint32 network() const { return address & mask(); }
    quint32 last() const { return network() | ~mask(); }
    /// True when bits beyond the prefix are set (10.0.1.5/24).
    bool hasHostBits() const { return (address & ~mask()) != 0; }
    /// The same block with host bits cleared.
    Cidr normalized() const { return Cidr{network(), prefix}; }
    bool contains(const Cidr &other) const
    {
        return other.prefix >= prefix && (other.address & mask()) == network();
    }
    bool contains(quint32 ip) const { return (ip & mask()) == network(); }
    bool overlaps(const Cidr &other) const { return contains(other) || other.contains(*this); }
    quint64 size() const { return quint64(1) << (32 - prefix); }
    QString toString() const;

    friend bool operator==(const Cidr &, const Cidr &) = default;
};

/// An IPv6 CIDR block such as 2001:db8::/32 (128 bits as two halves, host order).
struct Cidr6 {
    quint64 hi = 0;
    quint64 lo = 0;
    int prefix = 0;

    /// Parses "x:x::x/n" (RFC 4291 text, "::" compression, a trailing dotted IPv4 part).
    /// Returns nullopt on bad syntax; sets *error to a short reason.
    static std::optional<Cidr6> parse(const QString &text, QString *error = nullptr);

    quint64 maskHi() const { return prefix <= 0 ? 0 : prefix >= 64 ? ~quint64(0) : ~quint64(0) << (64 - prefix); }
    quint64 maskLo() const { return prefix <= 64 ? 0 : prefix >= 128 ? ~quint64(0) : ~quint64(0) << (128 - prefix); }
    bool hasHostBits() const { return (hi & ~maskHi()) != 0 || (lo & ~maskLo()) != 0; }
    Cidr6 normalized() const { return Cidr6{hi & maskHi(), lo & maskLo(), prefix}; }
    bool contains(const Cidr6 &other) const
    {
        return other.prefix >= prefix && (other.hi & maskHi()) == (hi & maskHi()) && (other.lo & maskLo()) == (lo & maskLo());
    }
    bool overlaps(const Cidr6 &other) const { return contains(other) || other.contains(*this); }
    /// RFC 5952 text: lower case, no leading zeros, the longest run of two or more zero
    /// groups (the first of equal runs) as "::".
    QString toString() const;

    friend bool operator==(const Cidr6 &, const Cidr6 &) = default;
};

/// A block of either family, where AWS takes both (a route's destination, a network ACL
/// entry, a security group rule's peer). VPC and subnet primary blocks stay IPv4 (Cidr).
struct IpBlock {
    bool ipv6 = false;
    Cidr v4;
    Cidr6 v6;

    /// IPv6 when the text has a ':', else IPv4.
    static std::optional<IpBlock> parse(const QString &text, QString *error = nullptr);
    static IpBlock of(const Cidr &c) { return IpBlock{false, c, {}}; }
    int prefix() const { return ipv6 ? v6.prefix : v4.prefix; }
    bool hasHostBits() const { return ipv6 ? v6.hasHostBits() : v4.hasHostBits(); }
    IpBlock normalized() const { return ipv6 ? IpBlock{true, {}, v6.normalized()} : IpBlock{false, v4.normalized(), {}}; }
    /// Blocks of different families never contain or overlap each other.
    bool contains(const IpBlock &other) const
    {
        return ipv6 == other.ipv6 && (ipv6 ? v6.contains(other.v6) : v4.contains(other.v4));
    }
    bool overlaps(const IpBlock &other) const { return contains(other) || other.contains(*this); }
    QString toString() const { return ipv6 ? v6.toString() : v4.toString(); }

    friend bool operator==(const IpBlock &, const IpBlock &) = default;
};

/// True when a block holds only private (RFC 1918) or shared (RFC 6598) addresses.
bool isPrivateOnly(const Cidr &cidr);
/// True when an IPv6 block holds only unique-local (fc00::/7), link-local (fe80::/10) or
/// loopback addresses; an IPv4 block as isPrivateOnly(Cidr).
bool isPrivateOnly(const IpBlock &block);
/// Whether a CIDR text is meant as IPv6 (it has a ':').
inline bool looksIpv6(const QString &text) { return text.contains(u':'); }

/// Parses an IPv6 address (no prefix) into its two 64-bit halves.
std::optional<std::pair<quint64, quint64>> parseIpv6(const QString &text);

/// Parses a dotted IPv4 address.
std::optional<quint32> parseIpv4(const QString &text);
QString formatIpv4(quint32 address);

} // namespace skydraft
