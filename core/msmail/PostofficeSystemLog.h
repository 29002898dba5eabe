#pragma once

#include "core/common/Error.h"

#include <QDateTime>
#include <QList>

namespace sa::core {

class PostofficeStore;

/// A line of the postoffice's system log (MS Mail's SYSTEM.LOG): mail it returned to the sender or
/// dropped, and why.
struct PoLogLine
{
    qint64 id = 0;
    QDateTime at;
    QString source; ///< Dispatch, External, Administrator, ...
    QString text;
};

/// The postoffice's system log (the system_log table, whose only reader and writer this is).
class PostofficeSystemLog
{
public:
    explicit PostofficeSystemLog(PostofficeStore& po) : m_po(po) {}

    /// A line, inside the transaction under way (or its own).
    Status write(const QString& source, const QString& text);
    /// The newest `limit` lines, oldest first.
    Result<QList<PoLogLine>> lines(int limit = 50) const;
    /// Lets this log's and the dirsync log's lines from before `cutoff` (stored time text) go, in
    /// one transaction; returns how many.
    Result<int> pruneBefore(const QString& cutoff);

private:
    PostofficeStore& m_po;
};

} // namespace sa::core
