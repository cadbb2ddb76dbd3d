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

LogicalIds::LogicalIds(const Document &doc)
{
    for (const QString &designId : doc.ids()) {
        QString base = alphanumeric(designId);
        if (base.isEmpty() || !base.front().isLetter())
            base.prepend(Catalogue::spec(doc.find(designId)->type).idPrefix);
        m_ids.insert(designId, derived(base));
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
