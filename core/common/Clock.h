#pragma once

#include <QDateTime>

namespace sa::core {

/// The time as the core reads it: the system clock, moved by a test (Clock::SetTo) so that
/// schedules, retention and lateness can be seen to act without waiting for them. Every "now" of
/// core/ is read here.
namespace Clock {

QDateTime now();    ///< local time
QDateTime nowUtc(); ///< UTC

/// For tests: while one lives, the clock reads `to` at its creation and runs on from there, in
/// every thread. They nest; the one made last is undone first.
class SetTo
{
public:
    explicit SetTo(const QDateTime& to);
    ~SetTo();
    SetTo(const SetTo&) = delete;
    SetTo& operator=(const SetTo&) = delete;

private:
    qint64 m_previousOffset;
};

} // namespace Clock

} // namespace sa::core
