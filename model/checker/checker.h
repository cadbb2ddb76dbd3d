#pragma once

#include "lints.h"
#include "reachability.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

namespace skydraft {

/// The checker of a live design: lints and validation findings for the whole design, kept up
/// to date incrementally as the document changes, and reachability queries.
///
/// Edits mark what they touch (the resource, what it references and what references it, and
/// for network components everything in the same VPC); update() re-evaluates only that and
/// returns what appeared and disappeared. The GUI calls update() after each edit.
class Checker : public QObject
{
    Q_OBJECT
public:
    explicit Checker(Document *document, QObject *parent = nullptr);
    ~Checker() override;

    /// Every finding, ordered by the resource's place in the document, then rule id.
    QList<Finding> findings() const;

    struct Delta {
        QList<Finding> added;
        QList<Finding> removed;
    };
    /// Re-checks what changed since the last call.
    Delta update();
    /// Forgets everything and checks the whole design again.
    void recheckAll();
    int pendingCount() const { return int(m_dirty.size()); }

    net::ReachResult reach(const QString &from, const QString &to, const net::Flow &flow);

    /// The findings of a design, checked once (the command line).
    static QList<Finding> check(const Document &document);

Q_SIGNALS:
    void findingsChanged();

private:
    /// `key` empty: the resource came, went or moved; else the property that changed.
    void markDirty(const QString &id, const QString &key = {});
    QList<Finding> evaluate(const QString &id) const;
    void ensureReachability();

    QPointer<Document> m_document;
    std::unique_ptr<net::Reachability> m_reach;
    LintIndex m_index;
    QHash<QString, QList<Finding>> m_bySubject;
    QList<Finding> m_design; ///< findings across resources (overlapping subnets, ...)
    QList<Finding> m_dropped; ///< findings of resources removed since the last update()
    QSet<QString> m_dirty;
    bool m_designDirty = true;
    bool m_cacheStale = false; ///< parsed rules and routes may be out of date
    bool m_indexStale = false; ///< the lint index may be out of date
};

/// A validation diagnostic as a finding (its rule id, or invalid-design).
Finding findingFromDiagnostic(const Diagnostic &diagnostic);

} // namespace skydraft
