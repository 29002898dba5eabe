#include "Schedule.h"

namespace sa::core {

int Schedule::hourOfWeek(const QDateTime& when)
{
    const QDateTime local = when.toLocalTime();
    return (local.date().dayOfWeek() % 7) * 24 + local.time().hour(); // Qt: Monday 1 .. Sunday 7
}

bool Schedule::isActive(const QString& style, const QString& schedule, const QDateTime& when)
{
    bool ok = false;
    const int s = style.toInt(&ok);
    if (!ok || s == Always)
        return true;
    if (s == Never)
        return false;
    const int hour = hourOfWeek(when);
    return hour < schedule.size() && schedule.at(hour) == QLatin1Char('1');
}

} // namespace sa::core
