#include "Logging.h"

namespace sa::core {

// Only warnings and above by default; the programs' own tracing is debug and info.
Q_LOGGING_CATEGORY(lcStore, "siteadmin.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTransport, "siteadmin.transport", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDirsync, "siteadmin.dirsync", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWorker, "siteadmin.worker", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "siteadmin.ui", QtWarningMsg)

void Logging::traceAll()
{
    QLoggingCategory::setFilterRules(QStringLiteral("siteadmin.*=true"));
}

} // namespace sa::core
