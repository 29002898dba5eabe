#pragma once

#include "core/common/Error.h"

#include <QDateTime>

namespace sa::core {

class DirectoryStore;

/// What the services keep of what they did: a site's event log and its dirsync run history are
/// let go after a number of days (Tools > Options > Services; 90 by default, 0 keeps everything),
/// as Windows NT's Event Viewer overwrote old events, so that services left running for months do
/// not fill the disk.
namespace Retention {

constexpr int DefaultKeepDays = 90;

struct Pruned
{
    int events = 0;
    int runs = 0;
    int audits = 0; ///< entries of the audit trail
};

/// Deletes the site's events, dirsync runs and audit trail entries from before `before`, in one
/// transaction.
Result<Pruned> prune(DirectoryStore& store, const QDateTime& before);
/// The MS Mail side's logs in the organization folder `orgDir`: each postoffice's system and
/// dirsync logs and each External instance's session log lose their lines from before `before`
/// (a transaction per file). Returns how many lines went.
Result<int> pruneMsMailLogs(const QString& orgDir, const QDateTime& before);

} // namespace Retention

} // namespace sa::core
