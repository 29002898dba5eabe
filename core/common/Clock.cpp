#include "Clock.h"

#include <atomic>

namespace sa::core::Clock {

namespace {
/// What SetTo adds to the system clock, in milliseconds (0 in the program).
std::atomic<qint64> g_offsetMs{0};
} // namespace

QDateTime now()
{
    return nowUtc().toLocalTime();
}

QDateTime nowUtc()
{
    const qint64 offset = g_offsetMs.load(std::memory_order_relaxed);
    const QDateTime system = QDateTime::currentDateTimeUtc();
    return offset == 0 ? system : system.addMSecs(offset);
}

SetTo::SetTo(const QDateTime& to) : m_previousOffset(g_offsetMs.load())
{
    g_offsetMs.store(QDateTime::currentDateTimeUtc().msecsTo(to));
}

SetTo::~SetTo()
{
    g_offsetMs.store(m_previousOffset);
}

} // namespace sa::core::Clock
