#pragma once

#include <QLoggingCategory>

// What the programs can tell of their work when asked, for a problem report: a logging category
// per floor, silent by default, turned on with --verbose (Logging::traceAll) or QT_LOGGING_RULES,
// e.g. QT_LOGGING_RULES="siteadmin.dirsync.debug=true". The README says how to collect a log.
namespace sa::core {

Q_DECLARE_LOGGING_CATEGORY(lcStore)     ///< siteadmin.store: commits and their USNs
Q_DECLARE_LOGGING_CATEGORY(lcTransport) ///< siteadmin.transport: messages handed over and taken in
Q_DECLARE_LOGGING_CATEGORY(lcDirsync)   ///< siteadmin.dirsync: cycles and each requestor's steps
Q_DECLARE_LOGGING_CATEGORY(lcWorker)    ///< siteadmin.worker: the background worker's passes
Q_DECLARE_LOGGING_CATEGORY(lcUi)        ///< siteadmin.ui: windows, sheets and commands

class Logging
{
public:
    /// Turns every siteadmin.* category on, debug included (--verbose).
    static void traceAll();
};

} // namespace sa::core
