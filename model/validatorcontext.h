#pragma once

// Internal to the validator: the shared state of one validation pass.

#include "catalogue.h"
#include "cidr.h"
#include "diagnostic.h"
#include "document.h"
#include "referencescope.h"

#include <QCoreApplication>
#include <QHash>

namespace skydraft::validation {

/// Translation context of every validation message (lupdate reads ValidatorMsg::tr calls).
struct ValidatorMsg {
    Q_DECLARE_TR_FUNCTIONS(skydraft::Validator)
};

struct Context {
    const Document &doc;
    QList<Diagnostic> &out;

    void report(Severity severity, const Resource &r, const QString &property, const QString &message,
                int row = -1, const QString &column = {}) const
    {
        Diagnostic d;
        d.severity = severity;
        d.resourceId = r.id;
        d.property = property;
        d.row = row;
        d.column = column;
        d.message = message;
        out.append(d);
    }
    /// An error under a stable rule id, which the checker reports it under too.
    void codedError(const char *code, const Resource &r, const QString &property, const QString &message) const
    {
        report(Severity::Error, r, property, message);
        out.last().code = QString::fromLatin1(code);
    }
    void error(const Resource &r, const QString &property, const QString &message, int row = -1,
               const QString &column = {}) const
    {
        report(Severity::Error, r, property, message, row, column);
    }
    void warning(const Resource &r, const QString &property, const QString &message, int row = -1,
                 const QString &column = {}) const
    {
        report(Severity::Warning, r, property, message, row, column);
    }
    /// The VPC of a referenced resource differs from `r`'s (the rule of ReferenceScope).
    QString vpcOf(const QString &id) const { return doc.vpcOf(id); } // remembered by the document
    bool otherVpc(const Resource &r, const QString &other) const
    {
        if (m_vpcOfId != r.id) { // asked once per reference: remember the resource's own scope
            m_vpcOfId = r.id;
            m_vpc = ReferenceScope::scopeOf(doc, r.id);
        }
        return !ReferenceScope::within(doc, m_vpc, other);
    }

    // The last resource otherVpc() was asked about, and its VPC.
    mutable QString m_vpcOfId = {};
    mutable QString m_vpc = {};
};

/// Type-specific rules, one function per resource type (validatorrules.cpp).
void checkTypeRules(const Context &ctx, const Resource &r);
/// Rules across resources: overlapping subnets, one IGW per VPC, ... (validatorrules.cpp).
void checkDesignRules(const Context &ctx);

} // namespace skydraft::validation
