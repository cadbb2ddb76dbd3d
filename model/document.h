#pragma once

#include "resource.h"

#include <QHash>
#include <QObject>
#include <QRectF>
#include <QSet>

#include <optional>
#include "idhash.h"

#include <unordered_map>

namespace skydraft {

/// A resource as it stands at one moment, with its layout; what undo snapshots hold.
struct ResourceState {
    Resource resource;
    std::optional<QRectF> geometry;
    int index = -1; ///< position in the document's order
    friend bool operator==(const ResourceState &, const ResourceState &) = default;
};

/// How one resource changed over an edit: absent `before` means created, absent `after` removed.
struct ResourceChange {
    QString id;
    std::optional<ResourceState> before;
    std::optional<ResourceState> after;
};

/// One reference from a property (or a table cell) of `from` to the resource `to`.
struct Reference {
    QString from;
    QString property;
    int row = -1;    ///< table row, or -1 for a plain property
    QString column;  ///< table column, or empty
    QString to;
};

/// The design: resources addressed by id, their containment, relations and layout.
///
/// The document is the single source of truth. Every change is announced by a signal so the
/// canvas and the checker can follow incrementally. The mutators below are primitive and not
/// undoable; user edits go through skydraft::Editor, which records them as commands.
/// Layout (position relative to the parent, size) is kept apart from the semantic data.
class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    // --- metadata
    QString title() const { return m_title; }
    QString description() const { return m_description; }
    QString region() const { return m_region; }
    void setTitle(const QString &title);
    void setDescription(const QString &description);
    void setRegion(const QString &region);

    // --- what an imported CloudFormation template has beyond the design
    /// Its other resources (not drawn, or skipped by a condition) and its Parameters,
    /// Conditions, Mappings, Outputs, Metadata, Rules and Transform: compact JSON text of an
    /// object keyed by those section names, in the template's order; empty when there is
    /// none. Set by the import, saved by the native file (key "cloudformation"), written back
    /// unchanged by the CloudFormation export. Not undoable: no edit changes it.
    const QByteArray &passThrough() const { return m_passThrough; }
    void setPassThrough(const QByteArray &json);

    /// Makes this document a copy of `other` (metadata, resources in order, layout,
    /// pass-through); not recorded for undo.
    void copyFrom(const Document &other);

    // --- resources
    int count() const { return int(m_order.size()); }
    /// Ids in document order (the order of the file).
    const QStringList &ids() const { return m_order; }
    bool contains(const QString &id) const { return m_resources.count(id) != 0; }
    /// The resource, or nullptr. The pointer stays valid until that resource is removed.
    const Resource *find(const QString &id) const;
    QList<const Resource *> resources() const;
    QList<const Resource *> resourcesOfType(ResourceType type) const;
    int indexOf(const QString &id) const { return int(m_order.indexOf(id)); }
    /// A fresh id made of the prefix and the smallest free number ("Subnet3").
    QString uniqueId(const QString &prefix) const;

    // --- containment
    QStringList children(const QString &id) const { return m_children.value(id); }
    /// Every resource below `id`, depth first, children before their own children.
    QStringList descendants(const QString &id) const;
    /// The nearest ancestor of type `type` (the resource itself counts), or empty.
    QString ancestorOfType(const QString &id, ResourceType type) const;
    /// The VPC that holds `id`, directly or through the subnets it spans.
    QString vpcOf(const QString &id) const;
    /// Zone name ("us-east-1a") of a subnet or of a resource placed in one, else empty.
    QString zoneOf(const QString &id) const;
    /// The subnets a resource sits in or spans: its own subnet, or its `subnets` property.
    QStringList subnetsOf(const QString &id) const;
    /// The security groups a resource's network interfaces carry: its own `securityGroups`,
    /// or an Auto Scaling group's launch template's; empty for types that take none.
    QStringList securityGroupsOf(const QString &id) const;
    /// The distinct zone names of subnetsOf(id).
    QStringList zonesOf(const QString &id) const;

    // --- relations
    QList<Reference> referencesFrom(const QString &id) const;
    QList<Reference> referencesTo(const QString &id) const;

    // --- layout
    std::optional<QRectF> geometry(const QString &id) const;

    // --- primitive mutation (not undoable)
    /// Adds a resource at `index` (-1: the end). Fails on an empty or duplicate id.
    bool insert(const Resource &resource, int index = -1);
    /// Removes a resource; its children are reparented to the top level, references kept.
    bool remove(const QString &id);
    bool setProperty(const QString &id, const QString &key, const QVariant &value);
    bool unsetProperty(const QString &id, const QString &key);
    bool setName(const QString &id, const QString &name);
    bool setParent(const QString &id, const QString &parent);
    bool setGeometry(const QString &id, const std::optional<QRectF> &geometry);
    /// Removes every resource and the pass-through.
    void clear();

    // --- recording, for undo
    /// Starts noting the state of each resource before its first change.
    void beginRecording();
    bool isRecording() const { return m_recording; }
    /// Ends recording; returns the before and after state of every resource touched.
    QList<ResourceChange> endRecording();
    /// Puts the touched resources into their `before` (undo) or `after` state.
    void applyChanges(const QList<ResourceChange> &changes, bool toBefore);
    std::optional<ResourceState> state(const QString &id) const;

Q_SIGNALS:
    void resourceAdded(const QString &id);
    void resourceAboutToBeRemoved(const QString &id);
    void resourceRemoved(const QString &id);
    void propertyChanged(const QString &id, const QString &key);
    void nameChanged(const QString &id);
    void parentChanged(const QString &id, const QString &oldParent);
    void geometryChanged(const QString &id);
    void metadataChanged();
    /// An undo or redo brought these resources (back) into the design (a deletion undone, a
    /// rename undone or redone, an addition redone) or, when it brought none back, changed them
    /// (a property edit or a move undone or redone). Editors select them.
    void resourcesRestored(const QStringList &ids);
    /// After any change; for consumers that only want to know "something changed".
    void changed();

private:
    void note(const QString &id);
    QString findVpc(const QString &id) const;
    void put(const ResourceState &state);
    void removeFromChildren(const QString &parent, const QString &id);

    QString m_title;
    QString m_description;
    QString m_region;
    QByteArray m_passThrough;
    void orderChanged() { m_orderedValid = false; }

    std::unordered_map<QString, Resource, IdHash> m_resources; // node-based: find() pointers stay valid
    QStringList m_order;
    mutable QList<const Resource *> m_ordered; ///< find() of each id in m_order, built on demand
    mutable bool m_orderedValid = false;
    QHash<QString, QStringList> m_children;
    QHash<QString, QRectF> m_geometry;

    mutable std::unordered_map<QString, QString, IdHash> m_vpcMemo;

    bool m_recording = false;
    QHash<QString, std::optional<ResourceState>> m_recordedBefore;
    QStringList m_recordedOrder;
    QStringList m_orderBefore; ///< the order when recording began, for the "before" indices
    QSet<QString> m_recordedMoved; ///< inserted or removed while recording
};

} // namespace skydraft
