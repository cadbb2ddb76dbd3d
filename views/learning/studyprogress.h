#pragma once

#include <QString>

namespace skydraft::StudyProgress {

/// What a learner has done in study mode, kept in QSettings ("study/<id>/...").
bool solved(const QString &id);
void setSolved(const QString &id);
/// How many of the scenario's questions were answered right (at some point).
int answered(const QString &id);
void setAnswered(const QString &id, int count);
/// Forgets everything (tests, and a fresh start).
void reset();

} // namespace skydraft::StudyProgress
