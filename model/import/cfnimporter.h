#pragma once

// The importer's working state, shared by the mappers (cfnmap*.cpp): one function per
// group of AWS types turns template resources into design resources.

#include "cfnresolve.h"

#include "model/catalogue.h"
#include "model/nativefile.h"

#include <QCoreApplication>
#include <QSet>

#include <functional>
#include <unordered_map>
#include <optional>

namespace skydraft {
class Document;
}

namespace skydraft::cfn {

struct ImportMsg {
    Q_DECLARE_TR_FUNCTIONS(skydraft::CloudFormation)
};

/// `text` with letters and digits only, each run after something else capitalized, starting
/// with a letter ("${Parent}-VPC" -> "ParentVPC"): an id made from a name.
QString sanitizedId(const QString &text);

/// One resource of the template whose condition holds, with its properties evaluated.
struct Source {
    QString id;
    QString type;   ///< "AWS::EC2::Subnet"
    Node props;     ///< evaluated Properties (an empty map when absent)
    Node at;        ///< where the resource is declared
    bool used = false; ///< mapped or folded into another resource
};

class Importer
{
public:
    Importer(const Node &root, Report &report, const LoadOptions &options);
    /// Maps every resource; the design's resources in a deterministic order.
    QList<Resource> run();
    /// After run(): what the design does not draw (resources not drawn or skipped by their
    /// condition, and the template's Parameters, Mappings, Conditions, Outputs, Metadata,
    /// Rules and Transform), as compact JSON text in the template's order (Document::passThrough).
    /// `doc`: the design the import made, for AsWritten (each drawn resource of the template
    /// as written, with the design's snapshot of it).
    QByteArray passThrough(const Document *doc = nullptr) const;

    // --- what the mappers use
    Report &report;
    Resolver resolver;
    QHash<QString, Source> sources;
    QStringList order; ///< logical ids in template order

    /// Sources of one AWS type, in template order.
    QList<Source *> ofType(const QString &type);
    /// A new design resource (kept in creation order). When the id is taken, an error is
    /// reported and a scratch resource (never kept) is returned: never nullptr.
    Resource *make(const QString &id, ResourceType type, const QString &parent = {});
    Resource *made(const QString &id);
    /// An id not used by the template or the design, from `base` (letters and digits kept).
    QString freshId(const QString &base) const;

    /// Sets a property after checking it against the catalogue; a value the catalogue cannot
    /// hold is noted and the default stays. Returns whether it was set.
    bool put(Resource &r, const QString &key, const QVariant &value, const Node &at);
    bool put(Resource &r, const QString &key, const Node *value);
    /// A table row cell, checked the same way.
    bool putCell(QVariantMap &row, const PropertySpec &table, const QString &column, const QVariant &value, const Node &at);
    /// Appends a row to a table property (after its current value, default included); cells
    /// with an invalid QVariant are left out. A row whose cells do not fit is noted and dropped.
    bool appendRow(Resource &r, const QString &key, const QList<std::pair<QString, QVariant>> &cells, const Node &at);
    /// A property of a resource as the template wrote it (intrinsics unevaluated), or nullptr.
    const Node *written(const QString &id, const QString &key) const
    {
        return m_root.path({u"Resources", id, u"Properties", key});
    }
    /// The Name tag as the display name.
    static void nameFromTags(Resource &r, const Node &props);

    // Values of evaluated nodes.
    static std::optional<QString> text(const Node *n);
    static std::optional<qint64> integer(const Node *n);
    static std::optional<bool> flag(const Node *n);
    /// The resource a Ref or GetAtt names, or empty.
    static QString refId(const Node *n);
    /// The resources a list of Refs names, in order.
    static QStringList refIds(const Node *list);
    /// The items of a list (a single value counts as a list of one).
    static QList<Node> items(const Node *n);

    /// The design VPC a template value names: a VPC of the template, a placeholder for a
    /// parameter or import, or (null value) the account's default VPC.
    QString vpcFor(const Node *value);
    /// A subnet of the design for a template value; placeholders for parameters and imports
    /// go into `vpc` (or the default VPC when empty). Empty when it cannot be told.
    /// A new placeholder subnet takes a zone its name hints at ("SubnetB", "Subnets2") that is
    /// not in `avoidZones`, else the first zone not in `avoidZones`.
    QString subnetFor(const Node &value, const QString &vpc = {}, const QStringList &avoidZones = {});
    QStringList subnetsFor(const Node *list, const QString &vpc = {});
    /// A security group for a template value (a placeholder for a parameter or import).
    QString groupFor(const Node &value, const QString &vpc);
    /// For `!GetAtt Vpc.DefaultNetworkAcl` / `DefaultSecurityGroup`: the VPC's default ACL or
    /// group (made on demand, as AWS makes them with the VPC); else empty.
    QString vpcDefaultOf(const Node *n);
    /// vpcDefaultOf(n), else the resource a Ref or GetAtt names.
    QString refOrVpcDefault(const Node *n) { const QString d = vpcDefaultOf(n); return d.isEmpty() ? refId(n) : d; }
    QStringList groupsFor(const Node *list, const QString &vpc);
    /// The default VPC's subnet in `zone` (default subnets are public), created on demand.
    QString defaultSubnet(const QString &zone);
    QString defaultVpc();
    /// Where a resource that names no VPC goes: the template's one VPC (or the placeholder of
    /// its one VPC parameter), a placeholder VPC when subnets or groups come from outside and
    /// nothing of the template goes into the default VPC, else the account's default VPC.
    QString homeVpc();
    /// Whether the template creates something in the account's default VPC (it names no VPC
    /// or subnet where AWS then takes the default VPC's).
    bool usesDefaultVpc() const;
    /// The Availability Zone container of `vpc` for `zone`, created on demand.
    QString zoneIn(const QString &vpc, const QString &zone);
    /// The VPC that holds a design resource (through its subnets when it spans them).
    QString vpcOfMade(const QString &id);

    void notDrawn(const Source &s, const QString &reason);
    /// vpcFor(VpcId) of a source; when there is none, the source is noted as not drawn.
    QString vpcOrNotDrawn(Source &s);
    void foldedInto(Source &s) { s.used = true; }

    /// Listeners folded into load balancers: logical id -> (load balancer, port), for their rules.
    QHash<QString, std::pair<QString, qint64>> listenerPorts;
    /// Stand-alone security group rules folded into their group: ruleSignature() -> id.
    QHash<QString, QString> foldedRules;

private:
    QString placeholder(ResourceType type, const Node &value, const QString &vpc, const QStringList &avoidZones = {});
    QString placeholderZone(const QString &name, const QStringList &avoidZones) const;
    void checkReferences(QList<Resource> &out);

    std::unordered_map<QString, Resource> m_made; // node-based: make()'s pointers stay valid
    QStringList m_madeOrder;
    Resource m_scratch; ///< what make() hands out for an id already made
    QHash<QString, QStringList> m_byType;   ///< AWS type -> logical ids in template order
    QHash<QString, QString> m_placeholders; ///< external name -> design id
    QHash<QString, QString> m_zones;        ///< vpc + '/' + zone -> AZ id
    QString m_defaultVpc;
    QHash<QString, QString> m_vpcDefaults; ///< vpc + "/acl" or "/group" -> its default ACL or group
    const Node &m_root;
    QSet<QString> m_kept; ///< logical ids passed through: not drawn, or skipped by a condition
    QString m_defaultVpcParameter;           ///< Metadata SkyDraft.DefaultVpc of an exported template
    QHash<QString, QString> m_defaultSubnetZones; ///< Metadata SkyDraft.DefaultSubnets: parameter -> zone
    QStringList m_vpcs; ///< VPCs made, the default VPC aside
};

// The mappers (cfnmapnetwork.cpp, cfnmapcompute.cpp, cfnmapdata.cpp), in the order they run.
void mapVpcs(Importer &im);
void mapSubnetsAndGateways(Importer &im);
void mapRoutingAndAcls(Importer &im);
void mapSecurityGroups(Importer &im);
void mapLoadBalancing(Importer &im);
void mapCompute(Importer &im);
void mapData(Importer &im);

} // namespace skydraft::cfn
