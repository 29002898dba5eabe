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

QDateTime Schedule::nextStart(const QString& style, const QString& schedule, const QDateTime& from)
{
    bool ok = false;
    const int s = style.toInt(&ok);
    if (!ok || s == Always)
        return from;
    if (s == Never)
        return {};
    const QDateTime local = from.toLocalTime();
    QDateTime hour(local.date(), QTime(local.time().hour(), 0));
    for (int i = 1; i <= Hours; ++i) {
        hour = hour.addSecs(3600);
        if (isActive(style, schedule, hour))
            return hour;
    }
    return {};
}

} // namespace sa::core
