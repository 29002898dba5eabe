#pragma once

#include <QDateTime>
#include <QString>

namespace sa::core {

/// A connector's schedule as the original kept it: Never, Always, or Selected times (hours of the
/// week). Stored as Activation-Style (0, 1, 2) and Activation-Schedule: 168 characters of 0 and 1,
/// one per hour, Sunday 0:00 first, in local time.
class Schedule
{
public:
    enum Style
    {
        Never = 0,
        SelectedTimes = 1,
        Always = 2
    };
    static constexpr int Hours = 7 * 24;

    /// Whether work is due at `when`: an unknown style counts as Always (the default of a new
    /// connector), Selected times with a missing or short schedule as never.
    static bool isActive(const QString& style, const QString& schedule, const QDateTime& when);
    /// The start of the next selected hour after `from` (Selected times), or an invalid time when
    /// none is selected (Never, or an empty schedule). Always: `from` itself.
    static QDateTime nextStart(const QString& style, const QString& schedule, const QDateTime& from);
    /// The hour of the week of `when` (0 = Sunday 0:00 local time).
    static int hourOfWeek(const QDateTime& when);
};

} // namespace sa::core
