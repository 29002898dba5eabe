#pragma once

#include "PostofficeDirsyncJournal.h"
#include "PostofficeStore.h"
#include "core/dirsyncprotocol/DirsyncMessage.h"
#include "core/message/Message.h"

#include <QDateTime>

namespace sa::core {

/// Where a postoffice stands in directory synchronization (REQCONF.GLB and REQTRANS.GLB).
struct PoDirsyncStatus
{
    QString server;          ///< NET/PO of its dirsync server; empty: not a requestor
    QStringList types;       ///< address types it asks the server for
    qint64 reqSync = 0;      ///< the last number given to one of its transactions
    qint64 reqConfirmed = 0; ///< the last one the server has confirmed (echoed as R=)
    qint64 srvSync = 0;      ///< the last server transaction applied here
    qint64 impSync = 0;      ///< import requests made
    int pending = 0;         ///< transactions in REQTRANS, waiting for the server's confirmation
    QDateTime lastT1;
    QDateTime lastT3;
};

/// What one T3 did.
struct PoT3Report
{
    int messages = 0; ///< dirsync messages taken from $SYSTEM
    int applied = 0;  ///< transactions applied to the address list
    int rejected = 0; ///< messages set aside (old, out of order, not from the server, unreadable)
};

/// An emulated MS Mail postoffice's dirsync agent as a requestor (reference §1-§2): the NSDA's
/// T1 (REQMAIN -T: the transactions above the confirmed number go to the server's $SYSTEM with the
/// requestor's numbers) and T3 (REQMAIN -R, IMPORT, REBUILD: the server's replies are applied to the
/// address list). The local users' changes enter REQTRANS as they happen (PostofficeStore's T0).
/// Every step is one transaction of the postoffice's database: a message is consumed together with
/// what it changed and the numbers it moved.
class PostofficeDirsync
{
public:
    explicit PostofficeDirsync(PostofficeStore& po) : m_po(po) {}

    /// Config, Dir-Sync, Requestor: registers the server (NET/PO) and the password. Changing the
    /// server starts again from nothing (numbers 0; the next T1 exports everything and imports).
    Status makeRequestor(const QString& server, const QString& password, const QStringList& types);
    /// Sends the ReqTx; returns its subject. Users MS Mail could not carry are set aside (setAside()).
    Result<QString> t1();
    /// The users the last t1() could not carry, now or before: "PCM:NET/PO/MAILBOX: why", one per user
    /// (DIRSYNC.LOG says when each was set aside).
    const QStringList& setAside() const { return m_setAside; }
    Result<PoT3Report> t3();
    /// Requestor Export: R PCM:NET/PO and an A per user into REQTRANS, sent with the next T1.
    Status exportAll();
    /// Requestor Import: the next T1 asks for the whole master list, which then replaces every list.
    Status requestImport();
    Result<PoDirsyncStatus> status() const;
    /// The newest `limit` lines, oldest first.
    Result<QList<PoDirsyncLogLine>> log(int limit = 100) const;

private:
    Status requireRequestor() const;
    Status writeLog(const QString& task, const QString& line);
    qint64 number(const QString& key) const;
    Status setMeta(const QString& key, const QString& value);
    Status queueExport();
    /// One server message: checked, applied and consumed (in the caller's transaction).
    Status applyReply(const Message& m, PoT3Report& report);
    Status applyTransaction(const DirsyncTransaction& t);
    /// In T1: takes out what an earlier version queued that cannot be written.
    Status setAsideUnwritable();

    PostofficeStore& m_po;
    QStringList m_setAside;
};

} // namespace sa::core
