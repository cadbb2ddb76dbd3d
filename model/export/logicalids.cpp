#include "logicalids.h"

#include "model/catalogue.h"

namespace skydraft::exchange {

QString alphanumeric(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (c.unicode() < 128 && c.isLetterOrNumber())
            out += c;
    return out;
}

LogicalIds::LogicalIds(const Document &doc, const std::function<bool(const Resource &)> &outside, const QSet<QString> &reserved)
    : m_used(reserved)
{
    for (const QString &designId : doc.ids()) {
        const Resource *r = doc.find(designId);
        QString base = alphanumeric(designId);
        if (base.isEmpty() || !base.front().isLetter())
            base.prepend(Catalogue::spec(r->type).idPrefix);
        m_ids.insert(designId, outside && outside(*r) ? base : derived(base));
    }
}

QString LogicalIds::derived(const QString &base)
{
    const QString clean = alphanumeric(base);
    QString name = clean;
    for (int n = 2; m_used.contains(name); ++n)
        name = clean + QString::number(n);
    m_used.insert(name);
    return name;
}

} // namespace skydraft::exchange
