#pragma once

// How siteadminctl's dirsync commands and events print what they report, as text and as JSON.

#include "core/dirsync/DirsyncServer.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace sa::app::ctl {

class CtlRun;

/// A time as the commands print it: local, to the second, or "-".
QString timeText(const QDateTime& t);
QJsonObject t2Json(const core::T2Report& report);
/// "T2: 3 message(s) received (...), 0 message(s) set aside, 2 replies sent".
QString t2Text(const core::T2Report& report);
/// The Synchronization Status table (or JSON); a partner whose postoffice could not be read is also
/// named at the end of the command. Returns the exit code.
int printPartnerStatus(CtlRun& run, const QList<core::DirsyncPartnerStatus>& status);

} // namespace sa::app::ctl
