#pragma once

#include <QString>

namespace skydraft {

class Document;
class Editor;

/// What drawing a connection from one resource to another means in AWS terms, made as one
/// Editor edit (one undo step).
///
/// - Route 53 record -> load balancer, Elastic IP or instance: the record's alias target.
/// - Load balancer -> target group: a listener forwarding to it (the group's port and protocol);
///   classic load balancer -> instance: a registered instance; -> Auto Scaling group: the group
///   registers its instances with it.
/// - Target group -> Auto Scaling group: the group registers its instances; -> instance: a target.
/// - Elastic IP -> instance or NAT gateway: the association.
/// - Launch template <-> Auto Scaling group: the group launches from the template.
/// - Instance, Auto Scaling group or launch template -> database, Aurora cluster or cache: an
///   inbound rule on the destination's security group admitting the source's security group on
///   the destination's port (the way AWS lets an app tier reach its data tier).
/// - RDS instance -> RDS instance: the second becomes a read replica of the first.
/// Both ends must be in one VPC when both are in one (ReferenceScope).
namespace Connections {
/// Why `from` cannot be connected to `to`, or empty when it can.
QString check(const Document &document, const QString &from, const QString &to);
/// Makes the connection; returns an empty string, or the reason it was refused (nothing changed).
QString connect(Editor &editor, const QString &from, const QString &to);
/// What the connection does, for the undo text and the status bar ("listener HTTP:80 -> WebTg").
QString describe(const Document &document, const QString &from, const QString &to);
}

} // namespace skydraft
