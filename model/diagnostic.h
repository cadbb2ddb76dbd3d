#pragma once

#include <QList>
#include <QString>

namespace skydraft {

enum class Severity { Error, Warning, Info };

/// A message about a file or a design, with where it applies.
///
/// Semantic diagnostics name a resource (and property, table row and column); a loader that
/// kept the source text turns that into a JSON pointer and a line and column.
struct Diagnostic {
    Severity severity = Severity::Error;
    QString message;
    QString code;     ///< stable rule id for the rules the checker reports too ("subnet-overlap")
    QString resourceId;
    QString property;
    int row = -1;
    QString column;

    QString file;
    int line = 0;   ///< 1-based; 0 when unknown
    int col = 0;    ///< 1-based, in characters
    QString pointer; ///< JSON pointer into the file, when known

    /// One line: "FILE:LINE:COL: message", "FILE: /json/pointer: message", "id.property: message".
    QString format() const;
};

QString severityName(Severity severity);
bool hasErrors(const QList<Diagnostic> &diagnostics);

} // namespace skydraft
