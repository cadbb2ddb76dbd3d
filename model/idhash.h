#pragma once

#include <QString>

#include <cstddef>

namespace skydraft {

/// A cheap hash for the short ASCII strings the model looks up all the time (resource ids,
/// property keys): FNV-1a over the UTF-16 units. qHash's seeded hashing costs more than the
/// lookup itself on a 10,000-resource design.
struct IdHash {
    size_t operator()(const QString &s) const noexcept
    {
        quint64 h = 0xcbf29ce484222325ULL;
        for (const QChar c : s)
            h = (h ^ c.unicode()) * 0x100000001b3ULL;
        return size_t(h ^ (h >> 29));
    }
};

} // namespace skydraft
