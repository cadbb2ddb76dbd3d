#include "referencescope.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace skydraft {

namespace {
struct ScopeMsg {
    Q_DECLARE_TR_FUNCTIONS(skydraft::ReferenceScope)
};
} // namespace

QString ReferenceScope::scopeOf(const Document &document, const QString &holder)
{
    return document.vpcOf(holder);
}

bool ReferenceScope::within(const Document &document, const QString &scope, const QString &target)
{
    if (scope.isEmpty())
        return true;
    const QString theirs = document.vpcOf(target);
    return theirs.isEmpty() || theirs == scope;
}

bool ReferenceScope::sameNetwork(const Document &document, const QString &holder, const QString &target)
{
    return within(document, scopeOf(document, holder), target);
}

QString ReferenceScope::whyNot(const Document &document, const Resource &holder, const PropertySpec &spec,
                               const QString &target, bool tableCell)
{
    const Resource *t = document.find(target);
    if (!t)
        return ScopeMsg::tr("not in the design");
    if (t->id == holder.id && !tableCell)
        return ScopeMsg::tr("the resource itself");
    if (!spec.targets.contains(t->type))
        return ScopeMsg::tr("a resource of type %1").arg(typeLabel(t->type));
    if (!sameNetwork(document, holder.id, target))
        return ScopeMsg::tr("in another VPC: %1").arg(document.vpcOf(target));
    return {};
}

QStringList ReferenceScope::candidates(const Document &document, const Resource &holder, const PropertySpec &spec,
                                       bool tableCell)
{
    const QString scope = scopeOf(document, holder.id);
    QStringList out;
    for (const Resource *r : document.resources()) {
        if (!spec.targets.contains(r->type) || (r->id == holder.id && !tableCell))
            continue;
        if (within(document, scope, r->id))
            out.append(r->id);
    }
    return out;
}

QStringList ReferenceScope::commonCandidates(const Document &document, const QStringList &holders,
                                             const std::function<const PropertySpec *(const Resource &)> &specOf,
                                             bool tableCell)
{
    // Asked once per type and VPC, not per holder: a hundred selected instances in one VPC cost
    // one pass over the design.
    QStringList common;
    QSet<QString> asked;
    for (const QString &id : holders) {
        const Resource *r = document.find(id);
        if (!r)
            continue;
        const QString key = typeKey(r->type) + u'\x1f' + scopeOf(document, id);
        if (!asked.contains(key)) {
            asked.insert(key);
            const QStringList mine = candidates(document, *r, *specOf(*r), tableCell);
            if (asked.size() == 1) {
                common = mine;
            } else {
                const QSet<QString> allowed(mine.cbegin(), mine.cend());
                common.removeIf([&allowed](const QString &c) { return !allowed.contains(c); });
            }
        }
        if (!tableCell)
            common.removeAll(id);
    }
    return common;
}

} // namespace skydraft
