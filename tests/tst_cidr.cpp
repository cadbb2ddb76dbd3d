// IPv4 CIDR blocks: parsing (what AWS accepts and refuses), and the set operations the
// validator and the editor rely on.

#include "model/cidr.h"

#include <QTest>


using namespace Qt::StringLiterals;
using skydraft::Cidr;
using skydraft::Cidr6;
using skydraft::IpBlock;

class TestCidr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseGood_data();
    void parseGood();
    void parseBad_data();
    void parseBad();
    void ipv4_data();
    void ipv4();
    void maskAndRange_data();
    void maskAndRange();
    void containsBlock_data();
    void containsBlock();
    void containsAddress_data();
    void containsAddress();
    void overlaps_data();
    void overlaps();
    void hostBits_data();
    void hostBits();
    void toStringRoundTrip();
    void ipv6Format_data();
    void ipv6Format();
    void ipv6Bad_data();
    void ipv6Bad();
    void ipv6Sets();
    void eitherFamily();
};

static quint32 ip(int a, int b, int c, int d) { return quint32(a) << 24 | quint32(b) << 16 | quint32(c) << 8 | quint32(d); }

void TestCidr::parseGood_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint32>("address");
    QTest::addColumn<int>("prefix");

    QTest::newRow("vpc /16") << u"10.0.0.0/16"_s << ip(10, 0, 0, 0) << 16;
    QTest::newRow("subnet /24") << u"10.0.1.0/24"_s << ip(10, 0, 1, 0) << 24;
    QTest::newRow("anywhere") << u"0.0.0.0/0"_s << 0u << 0;
    QTest::newRow("single host") << u"203.0.113.7/32"_s << ip(203, 0, 113, 7) << 32;
    QTest::newRow("all ones") << u"255.255.255.255/32"_s << 0xFFFFFFFFu << 32;
    QTest::newRow("172.16/12") << u"172.16.0.0/12"_s << ip(172, 16, 0, 0) << 12;
    QTest::newRow("192.168/16") << u"192.168.0.0/16"_s << ip(192, 168, 0, 0) << 16;
    QTest::newRow("smallest subnet /28") << u"10.0.0.16/28"_s << ip(10, 0, 0, 16) << 28;
    // Host bits are syntax-valid; the validator reports them separately.
    QTest::newRow("host bits parse") << u"10.0.1.5/24"_s << ip(10, 0, 1, 5) << 24;
    QTest::newRow("single zero octets") << u"0.0.0.0/8"_s << 0u << 8;
    QTest::newRow("three-digit octets") << u"100.200.250.255/32"_s << ip(100, 200, 250, 255) << 32;
}

void TestCidr::parseGood()
{
    QFETCH(QString, text);
    QFETCH(quint32, address);
    QFETCH(int, prefix);
    QString error = u"untouched"_s;
    const auto c = Cidr::parse(text, &error);
    QVERIFY2(c.has_value(), qPrintable(error));
    QCOMPARE(c->address, address);
    QCOMPARE(c->prefix, prefix);
    // Without an error pointer it must work as well.
    QVERIFY(Cidr::parse(text).has_value());
}

void TestCidr::parseBad_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason"); // a substring of the reason given

    QTest::newRow("empty") << QString() << u"prefix"_s;
    QTest::newRow("no prefix") << u"10.0.0.0"_s << u"missing"_s;
    QTest::newRow("empty prefix") << u"10.0.0.0/"_s << u"0 to 32"_s;
    QTest::newRow("prefix 33") << u"10.0.0.0/33"_s << u"0 to 32"_s;
    QTest::newRow("prefix 100") << u"10.0.0.0/100"_s << u"0 to 32"_s;
    QTest::newRow("negative prefix") << u"10.0.0.0/-1"_s << u"0 to 32"_s;
    QTest::newRow("plus prefix") << u"10.0.0.0/+8"_s << u"0 to 32"_s;
    QTest::newRow("space before prefix") << u"10.0.0.0/ 8"_s << u"0 to 32"_s;
    QTest::newRow("space after prefix") << u"10.0.0.0/8 "_s << u"0 to 32"_s;
    QTest::newRow("hex prefix") << u"10.0.0.0/0x10"_s << u"0 to 32"_s;
    QTest::newRow("two slashes") << u"10.0.0.0/16/8"_s << u"0 to 32"_s;
    QTest::newRow("three octets") << u"10.0.0/16"_s << u"IPv4"_s;
    QTest::newRow("five octets") << u"10.0.0.0.0/16"_s << u"IPv4"_s;
    QTest::newRow("octet 256") << u"256.0.0.0/8"_s << u"IPv4"_s;
    QTest::newRow("octet 999") << u"10.999.0.0/16"_s << u"IPv4"_s;
    QTest::newRow("leading zero") << u"010.0.0.0/8"_s << u"IPv4"_s;
    QTest::newRow("four digits") << u"0010.0.0.0/8"_s << u"IPv4"_s;
    QTest::newRow("empty octet") << u"10..0.0/16"_s << u"IPv4"_s;
    QTest::newRow("letters") << u"a.b.c.d/8"_s << u"IPv4"_s;
    QTest::newRow("leading space") << u" 10.0.0.0/8"_s << u"IPv4"_s;
    QTest::newRow("negative octet") << u"10.-1.0.0/16"_s << u"IPv4"_s;
    QTest::newRow("plus octet") << u"10.+1.0.0/16"_s << u"IPv4"_s;
    QTest::newRow("fullwidth digit") << u"\uFF11\uFF10.0.0.0/8"_s << u"IPv4"_s;
    QTest::newRow("arabic-indic digit") << u"\u0661\u0660.0.0.0/8"_s << u"IPv4"_s;
    QTest::newRow("ipv6") << u"2001:db8::/32"_s << u"IPv4"_s;
    QTest::newRow("only slash") << u"/"_s << u"IPv4"_s;
    QTest::newRow("hostname") << u"example.com/24"_s << u"IPv4"_s;
}

void TestCidr::parseBad()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QString error;
    const auto c = Cidr::parse(text, &error);
    QVERIFY2(!c.has_value(), qPrintable(u"accepted: "_s + c.value_or(Cidr{}).toString()));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(!Cidr::parse(text).has_value()); // no error pointer: still refused, no crash
}

void TestCidr::ipv4_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<quint32>("value");
    QTest::newRow("zero") << u"0.0.0.0"_s << true << 0u;
    QTest::newRow("max") << u"255.255.255.255"_s << true << 0xFFFFFFFFu;
    QTest::newRow("private") << u"192.168.1.20"_s << true << ip(192, 168, 1, 20);
    QTest::newRow("with prefix") << u"10.0.0.0/8"_s << false << 0u;
    QTest::newRow("too few") << u"1.2.3"_s << false << 0u;
    QTest::newRow("trailing dot") << u"1.2.3.4."_s << false << 0u;
    QTest::newRow("overflow") << u"1.2.3.256"_s << false << 0u;
}

void TestCidr::ipv4()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(quint32, value);
    const auto a = skydraft::parseIpv4(text);
    QCOMPARE(a.has_value(), valid);
    if (valid) {
        QCOMPARE(*a, value);
        QCOMPARE(skydraft::formatIpv4(*a), text);
    }
}

void TestCidr::maskAndRange_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint32>("mask");
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("last");
    QTest::addColumn<quint64>("size");
    QTest::newRow("/0") << u"0.0.0.0/0"_s << 0u << u"0.0.0.0"_s << u"255.255.255.255"_s << (quint64(1) << 32);
    QTest::newRow("/8") << u"10.1.2.3/8"_s << 0xFF000000u << u"10.0.0.0"_s << u"10.255.255.255"_s << (quint64(1) << 24);
    QTest::newRow("/16") << u"10.0.0.0/16"_s << 0xFFFF0000u << u"10.0.0.0"_s << u"10.0.255.255"_s << quint64(65536);
    QTest::newRow("/24") << u"10.0.1.9/24"_s << 0xFFFFFF00u << u"10.0.1.0"_s << u"10.0.1.255"_s << quint64(256);
    QTest::newRow("/28") << u"10.0.1.20/28"_s << 0xFFFFFFF0u << u"10.0.1.16"_s << u"10.0.1.31"_s << quint64(16);
    QTest::newRow("/31") << u"10.0.1.3/31"_s << 0xFFFFFFFEu << u"10.0.1.2"_s << u"10.0.1.3"_s << quint64(2);
    QTest::newRow("/32") << u"10.0.1.3/32"_s << 0xFFFFFFFFu << u"10.0.1.3"_s << u"10.0.1.3"_s << quint64(1);
}

void TestCidr::maskAndRange()
{
    QFETCH(QString, text);
    QFETCH(quint32, mask);
    QFETCH(QString, network);
    QFETCH(QString, last);
    QFETCH(quint64, size);
    const auto c = Cidr::parse(text);
    QVERIFY(c);
    QCOMPARE(c->mask(), mask);
    QCOMPARE(skydraft::formatIpv4(c->network()), network);
    QCOMPARE(skydraft::formatIpv4(c->last()), last);
    QCOMPARE(c->size(), size);
    QCOMPARE(c->last() - c->network() + quint64(1), size);
}

void TestCidr::containsBlock_data()
{
    QTest::addColumn<QString>("outer");
    QTest::addColumn<QString>("inner");
    QTest::addColumn<bool>("contains");
    QTest::newRow("subnet in vpc") << u"10.0.0.0/16"_s << u"10.0.1.0/24"_s << true;
    QTest::newRow("last subnet in vpc") << u"10.0.0.0/16"_s << u"10.0.255.240/28"_s << true;
    QTest::newRow("same block") << u"10.0.0.0/16"_s << u"10.0.0.0/16"_s << true;
    QTest::newRow("other vpc") << u"10.0.0.0/16"_s << u"10.1.0.0/24"_s << false;
    QTest::newRow("larger than outer") << u"10.0.0.0/16"_s << u"10.0.0.0/8"_s << false;
    QTest::newRow("anywhere holds all") << u"0.0.0.0/0"_s << u"203.0.113.0/24"_s << true;
    QTest::newRow("nothing holds anywhere") << u"10.0.0.0/8"_s << u"0.0.0.0/0"_s << false;
    QTest::newRow("host-bit outer") << u"10.0.0.77/16"_s << u"10.0.9.0/24"_s << true;
    QTest::newRow("host-bit inner") << u"10.0.0.0/16"_s << u"10.0.9.9/24"_s << true;
    QTest::newRow("adjacent") << u"10.0.0.0/24"_s << u"10.0.1.0/24"_s << false;
    QTest::newRow("/32 in /31") << u"10.0.0.2/31"_s << u"10.0.0.3/32"_s << true;
    QTest::newRow("/32 outside /31") << u"10.0.0.2/31"_s << u"10.0.0.4/32"_s << false;
}

void TestCidr::containsBlock()
{
    QFETCH(QString, outer);
    QFETCH(QString, inner);
    QFETCH(bool, contains);
    const auto o = Cidr::parse(outer);
    const auto i = Cidr::parse(inner);
    QVERIFY(o && i);
    QCOMPARE(o->contains(*i), contains);
}

void TestCidr::containsAddress_data()
{
    QTest::addColumn<QString>("block");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("contains");
    QTest::newRow("first") << u"10.0.1.0/24"_s << u"10.0.1.0"_s << true;
    QTest::newRow("last") << u"10.0.1.0/24"_s << u"10.0.1.255"_s << true;
    QTest::newRow("after") << u"10.0.1.0/24"_s << u"10.0.2.0"_s << false;
    QTest::newRow("before") << u"10.0.1.0/24"_s << u"10.0.0.255"_s << false;
    QTest::newRow("anywhere") << u"0.0.0.0/0"_s << u"8.8.8.8"_s << true;
    QTest::newRow("host") << u"8.8.8.8/32"_s << u"8.8.8.8"_s << true;
    QTest::newRow("other host") << u"8.8.8.8/32"_s << u"8.8.8.9"_s << false;
}

void TestCidr::containsAddress()
{
    QFETCH(QString, block);
    QFETCH(QString, address);
    QFETCH(bool, contains);
    const auto c = Cidr::parse(block);
    const auto a = skydraft::parseIpv4(address);
    QVERIFY(c && a);
    QCOMPARE(c->contains(*a), contains);
}

void TestCidr::overlaps_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("overlaps");
    QTest::newRow("equal") << u"10.0.1.0/24"_s << u"10.0.1.0/24"_s << true;
    QTest::newRow("nested") << u"10.0.0.0/16"_s << u"10.0.7.0/24"_s << true;
    QTest::newRow("nested reversed") << u"10.0.7.0/24"_s << u"10.0.0.0/16"_s << true;
    QTest::newRow("adjacent") << u"10.0.0.0/24"_s << u"10.0.1.0/24"_s << false;
    QTest::newRow("disjoint") << u"10.0.0.0/16"_s << u"10.1.0.0/16"_s << false;
    QTest::newRow("/23 with its upper /24") << u"10.0.2.0/23"_s << u"10.0.3.0/24"_s << true;
    QTest::newRow("/23 with the next /24") << u"10.0.2.0/23"_s << u"10.0.4.0/24"_s << false;
    QTest::newRow("anywhere") << u"0.0.0.0/0"_s << u"192.168.0.0/16"_s << true;
    QTest::newRow("host-bit blocks") << u"10.0.1.9/24"_s << u"10.0.1.200/25"_s << true;
}

void TestCidr::overlaps()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, overlaps);
    const auto x = Cidr::parse(a);
    const auto y = Cidr::parse(b);
    QVERIFY(x && y);
    QCOMPARE(x->overlaps(*y), overlaps);
    QCOMPARE(y->overlaps(*x), overlaps); // symmetric
}

void TestCidr::hostBits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("hostBits");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("clean /16") << u"10.0.0.0/16"_s << false << u"10.0.0.0/16"_s;
    QTest::newRow("dirty /16") << u"10.0.3.0/16"_s << true << u"10.0.0.0/16"_s;
    QTest::newRow("dirty /24") << u"10.0.1.5/24"_s << true << u"10.0.1.0/24"_s;
    QTest::newRow("dirty /28") << u"10.0.1.17/28"_s << true << u"10.0.1.16/28"_s;
    QTest::newRow("/0 with address") << u"1.2.3.4/0"_s << true << u"0.0.0.0/0"_s;
    QTest::newRow("/32 never") << u"1.2.3.4/32"_s << false << u"1.2.3.4/32"_s;
    QTest::newRow("clean /0") << u"0.0.0.0/0"_s << false << u"0.0.0.0/0"_s;
}

void TestCidr::hostBits()
{
    QFETCH(QString, text);
    QFETCH(bool, hostBits);
    QFETCH(QString, normalized);
    const auto c = Cidr::parse(text);
    QVERIFY(c);
    QCOMPARE(c->hasHostBits(), hostBits);
    QCOMPARE(c->normalized().toString(), normalized);
    QVERIFY(!c->normalized().hasHostBits());
    QCOMPARE(c->normalized().prefix, c->prefix);
    QCOMPARE(c->normalized().normalized(), c->normalized()); // idempotent
    QVERIFY(c->normalized().contains(*c));
}

void TestCidr::toStringRoundTrip()
{
    // Every prefix length, with a varied address: parse(toString(c)) == c.
    for (int prefix = 0; prefix <= 32; ++prefix) {
        const Cidr c{0xC0A80000u + quint32(prefix) * 0x01010101u % 0xFFFFu, prefix};
        const auto back = Cidr::parse(c.toString());
        QVERIFY2(back, qPrintable(c.toString()));
        QCOMPARE(*back, c);
    }
}

void TestCidr::ipv6Format_data()
{
    // Parsed text, then its RFC 5952 form.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("default") << u"::/0"_s << u"::/0"_s;
    QTest::newRow("doc") << u"2001:DB8:0:0:0:0:0:0/32"_s << u"2001:db8::/32"_s;
    QTest::newRow("leading zeros") << u"2001:0db8:0000:0001:0000:0000:0000:0001/128"_s << u"2001:db8:0:1::1/128"_s;
    QTest::newRow("single zero group kept") << u"2001:db8:0:1:1:1:1:1/128"_s << u"2001:db8:0:1:1:1:1:1/128"_s;
    QTest::newRow("longest run") << u"2001:0:0:1:0:0:0:1/128"_s << u"2001:0:0:1::1/128"_s;
    QTest::newRow("first of equal runs") << u"2001:db8:0:0:1:0:0:1/128"_s << u"2001:db8::1:0:0:1/128"_s;
    QTest::newRow("loopback") << u"::1/128"_s << u"::1/128"_s;
    QTest::newRow("trailing") << u"fe80::/10"_s << u"fe80::/10"_s;
    QTest::newRow("mapped v4") << u"::ffff:192.0.2.1/128"_s << u"::ffff:c000:201/128"_s;
    QTest::newRow("aws /56") << u"2600:1f18:abc:de00::/56"_s << u"2600:1f18:abc:de00::/56"_s;
}

void TestCidr::ipv6Format()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const auto c = Cidr6::parse(text);
    QVERIFY2(c, qPrintable(text));
    QCOMPARE(c->toString(), canonical);
    QCOMPARE(Cidr6::parse(canonical), c); // the canonical text reads back the same
}

void TestCidr::ipv6Bad_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("no prefix") << u"2001:db8::"_s;
    QTest::newRow("prefix 129") << u"::/129"_s;
    QTest::newRow("two ::") << u"2001::1::/64"_s;
    QTest::newRow("nine groups") << u"1:2:3:4:5:6:7:8:9/128"_s;
    QTest::newRow("seven groups") << u"1:2:3:4:5:6:7/128"_s;
    QTest::newRow("five digits") << u"12345::/16"_s;
    QTest::newRow("not hex") << u"2001:dg8::/32"_s;
    QTest::newRow("space") << u"::/0 "_s;
    QTest::newRow("empty prefix") << u"::/"_s;
    QTest::newRow("single colon") << u":1::/64"_s;
    QTest::newRow("ipv4") << u"10.0.0.0/8"_s;
}

void TestCidr::ipv6Bad()
{
    QFETCH(QString, text);
    QString why;
    QVERIFY(!Cidr6::parse(text, &why));
    QVERIFY(!why.isEmpty());
}

void TestCidr::ipv6Sets()
{
    const Cidr6 all = *Cidr6::parse(u"::/0"_s);
    const Cidr6 doc = *Cidr6::parse(u"2001:db8::/32"_s);
    const Cidr6 sub = *Cidr6::parse(u"2001:db8:1:2::/64"_s);
    const Cidr6 other = *Cidr6::parse(u"2001:db9::/32"_s);
    const Cidr6 host = *Cidr6::parse(u"2001:db8:1:2::7/128"_s);
    QVERIFY(all.contains(doc));
    QVERIFY(doc.contains(sub));
    QVERIFY(sub.contains(host));
    QVERIFY(!sub.contains(doc));
    QVERIFY(!doc.overlaps(other));
    QVERIFY(sub.overlaps(doc));
    QVERIFY(!Cidr6::parse(u"2001:db8::1/64"_s)->normalized().hasHostBits());
    QVERIFY(Cidr6::parse(u"2001:db8::1/64"_s)->hasHostBits());
    QCOMPARE(Cidr6::parse(u"2001:db8::1/64"_s)->normalized().toString(), u"2001:db8::/64"_s);
    QVERIFY(Cidr6::parse(u"2001:db8:0:0:8000::/64"_s)->hasHostBits());
    QCOMPARE(Cidr6::parse(u"2001:db8:0:0:8000::/64"_s)->normalized(), *Cidr6::parse(u"2001:db8::/64"_s));
    QVERIFY(!Cidr6::parse(u"2001:db8:0:0:8000::/65"_s)->hasHostBits());
    QVERIFY(!Cidr6::parse(u"2001:db8:0:0:8000::/1"_s)->contains(all));
}

void TestCidr::eitherFamily()
{
    const auto v4 = IpBlock::parse(u"0.0.0.0/0"_s);
    const auto v6 = IpBlock::parse(u"::/0"_s);
    QVERIFY(v4 && !v4->ipv6);
    QVERIFY(v6 && v6->ipv6);
    QCOMPARE(v6->toString(), u"::/0"_s);
    QCOMPARE(v4->prefix(), 0);
    QVERIFY(!v4->overlaps(*v6)); // families never overlap
    QVERIFY(!v6->contains(*v4));
    QVERIFY(v6->contains(*IpBlock::parse(u"2600::/16"_s)));
    QVERIFY(!skydraft::isPrivateOnly(*v6));
    QVERIFY(skydraft::isPrivateOnly(*IpBlock::parse(u"fd00:1::/64"_s)));
    QVERIFY(skydraft::isPrivateOnly(*IpBlock::parse(u"fe80::/64"_s)));
    QVERIFY(!skydraft::isPrivateOnly(*IpBlock::parse(u"2001:db8::/32"_s)));
    QVERIFY(skydraft::isPrivateOnly(*IpBlock::parse(u"10.1.0.0/16"_s)));
    QString why;
    QVERIFY(!IpBlock::parse(u"::/200"_s, &why));
    QVERIFY(why.contains(u"128"_s));
    QVERIFY(!IpBlock::parse(u"10.0.0.0/40"_s, &why));
    QVERIFY(why.contains(u"32"_s));
}

QTEST_GUILESS_MAIN(TestCidr)
#include "tst_cidr.moc"
