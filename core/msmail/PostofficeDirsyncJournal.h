#pragma once

#include "core/common/Error.h"
#include "core/dirsyncprotocol/DirsyncMessage.h"

#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QStringList>

namespace sa::core {

class PostofficeStore;

/// A line of the postoffice's DIRSYNC.LOG.
struct PoDirsyncLogLine
{
    QDateTime at;
    QString task; ///< T0, T1, T3, EXPORT, IMPORT, SETUP, T2, ERROR
    QString text;
};

/// What a postoffice writes down for directory synchronization: DIRSYNC.LOG, and T0 - each change of
/// a requestor's users entering REQTRANS.GLB with the next requestor number, or set aside when MS
/// Mail could not carry it. The owner of the dirsync_log and reqtrans tables: the agent
/// (PostofficeDirsync) reads, confirms and takes out REQTRANS's transactions through it.
class PostofficeDirsyncJournal
{
public:
    explicit PostofficeDirsyncJournal(PostofficeStore& po) : m_po(po) {}

    /// A line of DIRSYNC.LOG, inside a transaction.
    Status log(const QString& task, const QString& line);
    /// The newest `limit` lines, oldest first.
    Result<QList<PoDirsyncLogLine>> lines(int limit) const;
    /// Lets the lines from before `cutoff` (stored time text) go, inside a transaction; how many.
    Result<int> forgetBefore(const QString& cutoff);

    /// Appends `t` to REQTRANS with the next requestor sequence number, inside a transaction, for
    /// the next T1, or sets it aside (logged, and added to `setAside` as "address: why") when MS Mail
    /// could not carry it.
    Status append(DirsyncTransaction t, QStringList* setAside = nullptr);
    /// T0: a user added, changed (`oldName` = the full name before) or deleted enters REQTRANS, when
    /// the postoffice is a requestor; inside a transaction.
    Status recordChange(DirsyncTransaction::Code code, const QString& mailbox, const QString& oldName);

    /// The users MS Mail cannot carry, as "address: why" in full-name order, inside a transaction.
    /// Kept as users change (noteUser); when the table was made by other rules than today's
    /// (DirsyncCodec::ProblemRules) or before the postoffice was a requestor, every user is looked at
    /// again first.
    Result<QStringList> unsendable();

    /// What REQTRANS holds above `confirmed`, in number order.
    Result<QList<DirsyncTransaction>> unconfirmed(qint64 confirmed) const;
    /// How many transactions REQTRANS holds.
    Result<int> count() const;
    /// The server has everything up to `confirmed`: those leave REQTRANS (inside a transaction).
    Status confirm(qint64 confirmed);
    /// Takes transaction `seq` out, never sent; the later ones move down a number, so that the server
    /// sees no gap (inside a transaction).
    Status takeOut(qint64 seq);
    /// REQTRANS emptied (a new registration starts from nothing).
    Status clear();

    /// The columns of a stored transaction (REQTRANS here, the server's MSTTRANS), in the order
    /// transactionFrom reads them.
    static const QString TransactionColumns;
    /// The transaction of a row selected with TransactionColumns first.
    static DirsyncTransaction transactionFrom(const QSqlQuery& row);

private:
    /// Whether the user of key `key`, whose entry as it now is is `t`, can be carried, noted for
    /// unsendable() (a deleted user leaves the table with its row).
    Status note(const QString& key, const DirsyncTransaction& t);

    PostofficeStore& m_po;
};

} // namespace sa::core
