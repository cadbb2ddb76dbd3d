#include "studyprogress.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace skydraft::StudyProgress {

bool solved(const QString &id)
{
    return QSettings().value(u"study/%1/solved"_s.arg(id), false).toBool();
}

void setSolved(const QString &id)
{
    QSettings().setValue(u"study/%1/solved"_s.arg(id), true);
}

int answered(const QString &id)
{
    return QSettings().value(u"study/%1/answered"_s.arg(id), 0).toInt();
}

void setAnswered(const QString &id, int count)
{
    if (count > answered(id))
        QSettings().setValue(u"study/%1/answered"_s.arg(id), count);
}

void reset()
{
    QSettings().remove(u"study"_s);
}

} // namespace skydraft::StudyProgress
