#pragma once

#include <QString>

#include <cstdint>
#include <optional>

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

/// True when a block holds only private (RFC 1918) or shared (RFC 6598) addresses.
bool isPrivateOnly(const Cidr &cidr);

/// Parses a dotted IPv4 address.
std::optional<quint32> parseIpv4(const QString &text);
QString formatIpv4(quint32 address);

} // namespace skydraft
