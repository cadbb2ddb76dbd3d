#pragma once

#include "model/document.h"

#include <QObject>
#include <QUndoStack>

#include <functional>
#include <optional>

namespace skydraft {

/// Every user edit of a document, as an undoable command on its QUndoStack.
///
/// Views call the Editor, never the Document's primitive mutators. Each method checks what
/// it can (containment, unknown ids), makes the edit, and pushes one command. Tests drive it
/// without a window.
class Editor : public QObject
{
    Q_OBJECT
public:
    explicit Editor(Document *document, QObject *parent = nullptr);

    Document *document() const { return m_document; }
    QUndoStack *undoStack() { return &m_stack; }

    /// The reason the last call failed, translated, or empty.
    QString lastError() const { return m_lastError; }

    /// Refuses every edit with `reason` (the design is being simulated), or accepts edits
    /// again when `reason` is empty. Undo and redo are the stack's: its owner disables them.
    void setReadOnly(const QString &reason) { m_readOnly = reason; }
    QString readOnlyReason() const { return m_readOnly; }

    /// Adds a resource of `type` under `parent` (empty: top level), with AWS defaults and
    /// a readable unique id (or `id` when free). Subnets get a free CIDR in their VPC and
    /// AZs a free zone. Returns the id, or empty with lastError() set.
    QString addResource(ResourceType type, const QString &parent,
                        const std::optional<QRectF> &geometry = std::nullopt, const QString &id = {});
    /// Removes resources with everything inside them, and drops the references to them.
    bool removeResources(const QStringList &ids);
    /// Sets a property; consecutive edits of the same property merge into one undo step.
    bool setProperty(const QString &id, const QString &key, const QVariant &value);
    /// Returns a property to its AWS default.
    bool resetProperty(const QString &id, const QString &key);
    bool setName(const QString &id, const QString &name);
    /// One property write of a batch; an invalid `value` returns the property to its default.
    struct PropertyEdit {
        QString id;
        QString key;
        QVariant value;
    };
    /// Several property writes (several resources edited together) as one undo step. Checked
    /// first: nothing changes if one of them cannot be made. With a `mergeKey`, consecutive
    /// calls with the same key merge into one step (the edits of one rule table); without,
    /// never.
    bool setProperties(const QList<PropertyEdit> &edits, const QString &text = {}, const QString &mergeKey = {});
    /// Gives several resources one name (empty: show their ids), as one undo step.
    bool setNames(const QStringList &ids, const QString &name);
    /// Changes an id and every reference to it.
    bool renameId(const QString &id, const QString &newId);
    /// Moves a resource into another container, refusing what AWS would not allow.
    bool reparent(const QString &id, const QString &parent,
                  const std::optional<QRectF> &geometry = std::nullopt);
    /// Moves and resizes several items at once (one undo step).
    bool setGeometry(const QHash<QString, QRectF> &geometry, const QString &text = {});

    /// Where a resource the Editor adds on its own goes (scene rectangle), asked by type and
    /// parent; empty function or nullopt: no geometry (the layout places it).
    using Placer = std::function<std::optional<QRectF>(ResourceType type, const QString &parent)>;
    /// Makes `subnet` public in one undo step: it uses a route table of its VPC that sends
    /// 0.0.0.0/0 to the VPC's internet gateway, creating the gateway and the table when there
    /// are none (placed where `place` says). Fails when the subnet is already public or not
    /// in a VPC.
    bool makeSubnetPublic(const QString &subnet, const Placer &place = {});

    /// Why `type` cannot sit in `parent` (empty parent: top level), or empty when it can.
    QString placementError(ResourceType type, const QString &parent) const;

private:
    bool fail(const QString &message);
    void commit(const QString &text, const QString &mergeKey = {});
    /// After `key` of `id` was written: a resource drawn in the subnets it lists follows them.
    void followSubnets(const QString &id, const QString &key);
    void dropReferencesTo(const QStringList &ids);
    QString freeSubnetCidr(const QString &vpc) const;
    QString freeZone(const QString &vpc) const;

    Document *m_document;
    QUndoStack m_stack;
    QString m_lastError;
    QString m_readOnly;
};

} // namespace skydraft
