// CloudFormation import (parse, resolve, map, lay out) of the largest fixture and of generated
// templates. Targets: the largest fixture in under 200 ms; a 10,000-resource template in
// under 1 s. And the way back: an imported template exported to CloudFormation as written,
// unchanged and after one edit (a second export of the design as imported, merged three ways).
//
//   scripts/bench.sh --benchmark_filter=Import

#include "model/export/exporter.h"
#include "model/import/cloudformation.h"

#include <QDir>
#include <QFile>

#include <benchmark/benchmark.h>

#include <map>

using namespace Qt::StringLiterals;
using namespace skydraft;

namespace {

/// A template of about `resources` resources, YAML with short-form tags or JSON: VPCs of 100
/// subnets (zones from Fn::GetAZs, blocks from Fn::Cidr), a route table, route and association
/// per subnet, security groups with inline rules and stand-alone ingress, instances.
QByteArray generateTemplate(int resources, bool json)
{
    constexpr int perUnit = 10; // resources per subnet
    const int units = std::max(1, resources / perUnit);
    QByteArray out;
    auto add = [&](const QString &id, const char *type, const QString &yamlProps, const QString &jsonProps) {
        if (json)
            out += (u"    \""_s + id + u"\": {\"Type\": \""_s + QString::fromLatin1(type) + u"\", \"Properties\": {"_s + jsonProps
                    + u"}},\n"_s)
                       .toUtf8();
        else
            out += (u"  "_s + id + u":\n    Type: "_s + QString::fromLatin1(type) + u"\n    Properties:\n"_s + yamlProps).toUtf8();
    };
    out += json ? "{\n  \"AWSTemplateFormatVersion\": \"2010-09-09\",\n  \"Resources\": {\n"
                : "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n";
    for (int u = 0; u < units; ++u) {
        const QString vpc = u"Vpc"_s + QString::number(u / 100);
        const QString n = QString::number(u);
        if (u % 100 == 0) {
            const QString block = u"10."_s + QString::number(u / 100) + u".0.0/16"_s;
            add(vpc, "AWS::EC2::VPC", u"      CidrBlock: "_s + block + u'\n', u"\"CidrBlock\": \""_s + block + u'"');
            add(vpc + u"Igw"_s, "AWS::EC2::InternetGateway", u"      Tags: []\n"_s, QString());
            add(vpc + u"Attach"_s, "AWS::EC2::VPCGatewayAttachment",
                u"      VpcId: !Ref "_s + vpc + u"\n      InternetGatewayId: !Ref "_s + vpc + u"Igw\n"_s,
                u"\"VpcId\": {\"Ref\": \""_s + vpc + u"\"}, \"InternetGatewayId\": {\"Ref\": \""_s + vpc + u"Igw\"}"_s);
        }
        const QString i = QString::number(u % 100);
        const QString subnet = u"Subnet"_s + n;
        add(subnet, "AWS::EC2::Subnet",
            u"      VpcId: !Ref "_s + vpc + u"\n      AvailabilityZone: !Select ["_s + QString::number(u % 3)
                + u", !GetAZs '']\n      CidrBlock: !Select ["_s + i + u", !Cidr [!GetAtt "_s + vpc + u".CidrBlock, 100, 8]]\n"_s,
            u"\"VpcId\": {\"Ref\": \""_s + vpc + u"\"}, \"AvailabilityZone\": {\"Fn::Select\": ["_s + QString::number(u % 3)
                + u", {\"Fn::GetAZs\": \"\"}]}, \"CidrBlock\": {\"Fn::Select\": ["_s + i + u", {\"Fn::Cidr\": [{\"Fn::GetAtt\": [\""_s
                + vpc + u"\", \"CidrBlock\"]}, 100, 8]}]}"_s);
        add(u"Routes"_s + n, "AWS::EC2::RouteTable", u"      VpcId: !Ref "_s + vpc + u'\n', u"\"VpcId\": {\"Ref\": \""_s + vpc + u"\"}"_s);
        add(u"Default"_s + n, "AWS::EC2::Route",
            u"      RouteTableId: !Ref Routes"_s + n + u"\n      DestinationCidrBlock: 0.0.0.0/0\n      GatewayId: !Ref "_s + vpc + u"Igw\n"_s,
            u"\"RouteTableId\": {\"Ref\": \"Routes"_s + n + u"\"}, \"DestinationCidrBlock\": \"0.0.0.0/0\", \"GatewayId\": {\"Ref\": \""_s
                + vpc + u"Igw\"}"_s);
        add(u"Assoc"_s + n, "AWS::EC2::SubnetRouteTableAssociation",
            u"      SubnetId: !Ref "_s + subnet + u"\n      RouteTableId: !Ref Routes"_s + n + u'\n',
            u"\"SubnetId\": {\"Ref\": \""_s + subnet + u"\"}, \"RouteTableId\": {\"Ref\": \"Routes"_s + n + u"\"}"_s);
        add(u"Sg"_s + n, "AWS::EC2::SecurityGroup",
            u"      GroupDescription: !Sub 'web ${AWS::Region} "_s + n + u"'\n      VpcId: !Ref "_s + vpc
                + u"\n      SecurityGroupIngress:\n        - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0}\n"_s,
            u"\"GroupDescription\": {\"Fn::Sub\": \"web ${AWS::Region} "_s + n + u"\"}, \"VpcId\": {\"Ref\": \""_s + vpc
                + u"\"}, \"SecurityGroupIngress\": [{\"IpProtocol\": \"tcp\", \"FromPort\": 443, \"ToPort\": 443, \"CidrIp\": \"0.0.0.0/0\"}]"_s);
        add(u"SgIn"_s + n, "AWS::EC2::SecurityGroupIngress",
            u"      GroupId: !GetAtt Sg"_s + n + u".GroupId\n      IpProtocol: tcp\n      FromPort: 22\n      ToPort: 22\n      SourceSecurityGroupId: !Ref Sg"_s
                + n + u'\n',
            u"\"GroupId\": {\"Fn::GetAtt\": [\"Sg"_s + n + u"\", \"GroupId\"]}, \"IpProtocol\": \"tcp\", \"FromPort\": 22, \"ToPort\": 22, \"SourceSecurityGroupId\": {\"Ref\": \"Sg"_s
                + n + u"\"}"_s);
        for (int k = 0; k < perUnit - 7; ++k) {
            const QString id = u"Web"_s + n + u'x' + QString::number(k);
            add(id, "AWS::EC2::Instance",
                u"      SubnetId: !Ref "_s + subnet + u"\n      InstanceType: t3.micro\n      SecurityGroupIds: [!Ref Sg"_s + n
                    + u"]\n      Tags: [{Key: Name, Value: !Join ['-', [web, "_s + n + u"]]}]\n"_s,
                u"\"SubnetId\": {\"Ref\": \""_s + subnet + u"\"}, \"InstanceType\": \"t3.micro\", \"SecurityGroupIds\": [{\"Ref\": \"Sg"_s
                    + n + u"\"}]"_s);
        }
    }
    if (json) {
        out.chop(2); // the last ",\n"
        out += "\n  }\n}\n";
    }
    return out;
}

struct Template {
    QByteArray text;
    int resources = 0;
};

const Template &generated(int resources, bool json)
{
    static std::map<std::pair<int, bool>, Template> cache;
    auto it = cache.find({resources, json});
    if (it == cache.end()) {
        Template t;
        t.text = generateTemplate(resources, json);
        it = cache.emplace(std::pair{resources, json}, std::move(t)).first;
    }
    return it->second;
}

void run(benchmark::State &state, const QByteArray &text, const QString &name)
{
    int count = 0;
    for (auto _ : state) {
        LoadResult r = CloudFormation::import(text, name);
        if (!r.ok()) {
            state.SkipWithError(qPrintable(u"does not import: "_s + r.errors.value(0).format()));
            break;
        }
        count = r.document->count();
        benchmark::DoNotOptimize(r.document.get());
    }
    state.SetBytesProcessed(state.iterations() * text.size());
    state.counters["design_resources"] = count;
    state.counters["file_kB"] = double(text.size()) / 1024.0;
}

void BM_ImportLargestFixture(benchmark::State &state)
{
    const QDir dir(QStringLiteral(SKYDRAFT_FIXTURES_DIR) + u"/cloudformation"_s);
    const QFileInfoList files = dir.entryInfoList({u"*.yaml"_s, u"*.json"_s}, QDir::Files, QDir::Size);
    if (files.isEmpty()) {
        state.SkipWithError("no fixtures");
        return;
    }
    QFile f(files.first().filePath());
    if (!f.open(QIODevice::ReadOnly)) {
        state.SkipWithError("cannot read the largest fixture");
        return;
    }
    state.SetLabel(files.first().fileName().toStdString());
    run(state, f.readAll(), files.first().filePath());
}
BENCHMARK(BM_ImportLargestFixture)->Unit(benchmark::kMillisecond);

void BM_ImportGeneratedYaml(benchmark::State &state)
{
    run(state, generated(int(state.range(0)), false).text, u"generated.yaml"_s);
}
BENCHMARK(BM_ImportGeneratedYaml)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_ImportGeneratedJson(benchmark::State &state)
{
    run(state, generated(int(state.range(0)), true).text, u"generated.json"_s);
}
BENCHMARK(BM_ImportGeneratedJson)->Arg(10000)->Unit(benchmark::kMillisecond);

/// Exports a generated template imported once: unchanged (range(1) 0) or with one resource
/// renamed (1: its display name, so a Name tag changes).
void BM_ExportImported(benchmark::State &state)
{
    LoadResult r = CloudFormation::import(generated(int(state.range(0)), false).text, u"generated.yaml"_s);
    if (!r.ok()) {
        state.SkipWithError("does not import");
        return;
    }
    if (state.range(1) == 1)
        for (const Resource *res : r.document->resources())
            if (res->type == ResourceType::Ec2Instance) {
                r.document->setName(res->id, u"edited"_s);
                break;
            }
    qsizetype bytes = 0;
    for (auto _ : state) {
        const exchange::ExportResult out = exchange::Exporter::run(*r.document, exchange::ExportFormat::CloudFormationJson);
        bytes = out.data.size();
        benchmark::DoNotOptimize(bytes);
    }
    state.counters["design_resources"] = r.document->count();
    state.counters["bytes"] = double(bytes);
}
BENCHMARK(BM_ExportImported)->Args({1000, 0})->Args({1000, 1})->Args({10000, 0})->Args({10000, 1})->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
