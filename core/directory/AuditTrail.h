#pragma once

#include "core/common/Error.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <functional>

namespace sa::core {

class DirectoryStore;
class DirectoryWriter;
class SqliteConnection;

/// One change of one object, as the audit trail keeps it.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    qint64 usn = 0;      ///< the object's USN after the change
    QString user;        ///< the operating-system user of the process that wrote it
    QString program;     ///< window, siteadminctl, import, worker, dirsync, ... (AuditTrail::As)
    QString action;      ///< create, modify or delete
    qint64 objectId = 0; ///< the object's row in this site's database
    QString objectGuid;
    QString dn;
    QString className;      ///< the schema's class name (mailbox, dirsync-requestor, ...)
    QStringList attributes; ///< the attributes the change wrote, by name; never a value
};

/// Which entries to read, newest first.
struct AuditFilter
{
    QDateTime since;     ///< invalid: from the first
    qint64 objectId = 0; ///< 0: every object; else the object of this row of the site's database
    QString dnPrefix;    ///< empty: everywhere; else this DN and below it (case-insensitive)
    qint64 afterId = 0;  ///< only entries kept after this one (a list that reads what is new)
    int limit = 0;       ///< 0: all
};

/// Who changed what in the site directory (issue 19): every object created, changed or deleted
/// through DirectoryWriter leaves a row in the site database's `audit` table in the same
/// transaction, with the operating-system user, the program, the time, the object and the names of
/// the attributes written. Values are never kept, so no secret can be read back from it. Kept like
/// the events (Retention, the services' days to keep). Not kept: replicas written by replication
/// (the site that masters the object keeps its trail), and the dirsync engine's own running numbers
/// (DXA-Req-Seq and the like: AttributeDef::bookkeeping) when nothing else changed, which move on
/// every cycle and would bury the administrators' changes.
class AuditTrail
{
public:
    /// While one lives on a thread, the changes that thread writes are said to be `program`'s (the
    /// innermost one wins): the services' worker, Directory Import, the dirsync engine.
    class As
    {
    public:
        explicit As(const QString& program);
        ~As();
        As(const As&) = delete;
        As& operator=(const As&) = delete;

    private:
        QString m_before;
    };

    /// The programs the product's own code names (main() names the process's).
    static const QString Worker;
    static const QString Import;
    static const QString Dirsync;

    /// The program a process's changes are said to come from when no As says otherwise ("window",
    /// "siteadminctl"): set once by main() before any thread starts.
    static void setProgram(const QString& program);
    /// The program this thread's changes are said to come from now.
    static QString program();
    /// The operating-system user this process runs as.
    static QString user();

    /// Keeps one change (DirectoryWriter calls it in its transaction).
    static Status record(DirectoryWriter& w, const QString& at, qint64 usn, const QString& action,
                         qint64 objectId, const QString& objectGuid, const QString& dn,
                         const QString& className, const QStringList& attributes);
    /// Gives `visit` each entry `filter` selects, newest first, a page at a time.
    static Status read(DirectoryStore& store, const AuditFilter& filter,
                       const std::function<void(const AuditEntry&)>& visit);
    /// Deletes the entries from before `cutoff` (ISO 8601 UTC); returns how many.
    static Result<int> forgetBefore(DirectoryWriter& w, const QString& cutoff);
};

} // namespace sa::core
