#pragma once

// Offline validation of CloudFormation templates against the CloudFormation resource
// specification (a trimmed copy in tests/data/cfnspec, see scripts/trim-cfnspec.py).
//
// It lives with the tests, not in model/export: it is how the exporter is proven right, and
// the specification it reads ships only with the tests. Its findings are for developers
// (English, untranslated).

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace skydraft::test {

class CfnSpec
{
public:
    /// Reads a specification.json; check isValid() and error().
    explicit CfnSpec(const QString &path);
    ~CfnSpec();
    bool isValid() const;
    QString error() const;

    /// Problems of a template given as JSON text, one line each ("Resources/Web/Properties/Foo:
    /// unknown property"); empty when it passes. Checks: resource types exist; required
    /// properties present; no unknown properties, recursively through property types;
    /// primitive types; Ref to a parameter, resource or pseudo parameter; Fn::GetAtt to a
    /// resource and an attribute its type has; DependsOn targets; no dependency cycle;
    /// parameter types CloudFormation knows (AWS-specific, List<...>, SSM), defaults that are
    /// strings or numbers, and a list parameter only where a list goes (and the reverse).
    QStringList check(const QByteArray &templateJson) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// A YAML document as JSON text: plain scalars that read as numbers, booleans or null become
/// those, quoted ones stay strings. Empty with `error` set when the YAML does not parse.
QByteArray yamlToJson(const QByteArray &yaml, QString *error);

} // namespace skydraft::test
