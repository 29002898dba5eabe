#pragma once

// SIGTERM and SIGINT, for the programs that keep running (siteadmin, siteadminctl serve): instead of
// ending the process wherever it is, they raise a flag that the main thread looks at, so the
// background worker stops between transactions and the window saves its settings.

#include <csignal>

namespace sa::app {

namespace detail {
inline volatile std::sig_atomic_t g_stopAsked = 0;
extern "C" inline void askToStop(int)
{
    g_stopAsked = 1;
}
} // namespace detail

/// While one lives, SIGTERM and SIGINT set asked() instead of ending the process.
class StopSignals
{
public:
    StopSignals()
    {
        std::signal(SIGTERM, detail::askToStop);
        std::signal(SIGINT, detail::askToStop);
    }
    ~StopSignals()
    {
        std::signal(SIGTERM, SIG_DFL);
        std::signal(SIGINT, SIG_DFL);
    }
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;

    static bool asked() { return detail::g_stopAsked != 0; }
};

} // namespace sa::app
