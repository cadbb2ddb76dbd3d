#pragma once

#include <QByteArray>
#include <QPointF>
#include <QStringList>

namespace skydraft {

class Document;
class Editor;

/// Copy and paste of resources: what is copied is the resources with everything inside them,
/// their properties and layout; a paste creates fresh ids and points the references among the
/// copies at the copies (a pasted subnet keeps using the copied route table if that was copied
/// too, else the original one).
namespace ResourceClipboard {
inline constexpr char mimeType[] = "application/x-skydraft-resources";

/// `ids` and their descendants, as JSON.
QByteArray copy(const Document &document, const QStringList &ids);

struct PasteResult {
    QStringList created;    ///< every new id, parents first
    QStringList topLevel;   ///< the new ids whose parent was not copied (to select)
    QString error;          ///< why nothing (or not everything) was pasted
    QStringList dropped;    ///< references left out: to resources this design does not have (or in another VPC)
};
/// Pastes as one undo step. Copies whose container was not copied go into `target` when it
/// may hold them, else back into their original container, moved by `offset`.
PasteResult paste(Editor &editor, const QByteArray &data, const QString &target, const QPointF &offset);
}

} // namespace skydraft
