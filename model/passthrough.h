#pragma once

// What an imported CloudFormation template keeps beside the design (Document::passThrough(),
// the native file's `cloudformation`), kept in step with edits of the design.

#include <QByteArray>
#include <QString>

namespace skydraft::passthrough {

/// `json` with the design resource `from` renamed `to`: the design as imported (each
/// resource's "Design", AsWritten, DrawnResources, FoldedIds, Listeners, ListenerRules,
/// ResourceOrder) and, unless `outside` (a resource the template names as a parameter or an
/// import, which keeps that name), every reference the template makes to it (Ref, GetAtt,
/// Sub, DependsOn) in what it keeps: resources not drawn, outputs, resources as written.
/// Empty or unreadable JSON comes back unchanged.
QByteArray renamed(const QByteArray &json, const QString &from, const QString &to, bool outside);

/// Whether the imported template uses `name` for something of its own: a resource it keeps,
/// a parameter, a resource folded into the design, any logical id of its Resources. A design
/// resource may not take it (the export would write two things under one name).
bool usesName(const QByteArray &json, const QString &name);

} // namespace skydraft::passthrough
