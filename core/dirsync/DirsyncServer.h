#pragma once

#include "DirsyncExport.h"
#include "DirsyncPartner.h"
#include "core/common/Error.h"
#include "core/dirsyncprotocol/DirsyncMessage.h"
#include "core/message/Message.h"

#include <atomic>
#include <optional>

namespace sa::core {

class DirectoryStore;
class DirectoryWriter;
struct DirsyncMail;

/// What one T2 did.
struct T2Report
{
    int received = 0; ///< requestor messages applied
    int rejected = 0; ///< messages discarded or set aside (unknown sender, password, unreadable, old)
    int replies = 0;  ///< SrvTx sent
    int adds = 0;
    int modifies = 0;
    int deletes = 0;
    int errors = 0;
    int setAside = 0; ///< entries the replies could not carry (DirsyncExport::setAside)
    Phrases problems; ///< one line per requestor whose reply failed; the others were answered
};

/// Where one requestor stands, for status displays.
struct DirsyncPartnerStatus
{
    QString name;
    QString postoffice;
    qint64 reqSeq = 0;
    qint64 svrSeq = 0;
    qint64 confSeq = 0;
    qint64 impSeq = 0;
    int pending = 0; ///< transactions sent and not yet confirmed
    QDateTime lastReceived;
    QDateTime lastSent;
    QString lastStatus;
    QString address; ///< where its dirsync mail comes from (MS:NET/PO/$SYSTEM)
    int missed = 0;  ///< T2 runs in a row that received nothing from it
    /// Its messages have not come for longer than the schedule allows: two T2 runs in a row got
    /// nothing from it (one can fall between its T1 and the mail's arrival; two cannot).
    bool late() const { return missed >= LateAfterMissed; }
    static constexpr int LateAfterMissed = 2;
    Phrases lateReason; ///< when late and known: where its messages wait, and why (a line each)
    /// Entries its replies leave out until corrected: "DN: why", oldest first.
    QStringList setAside;
    /// Why its postoffice's database (an emulated postoffice of the organization folder) cannot be
    /// opened; empty when it can, or when the postoffice is not one of the folder's.
    Phrase unreadable;
};

/// The site's directory synchronization service as the dirsync server (the DXA with a Directory
/// Synchronization Server object; reference §1-§5). T2 takes the requestors' ReqTx from the $SYSTEM
/// mail of the site and answers each requestor that sent with a SrvTx of what it has not confirmed.
///
/// T2 takes in all its messages in one transaction, and makes all its replies in another (one
/// commit each, whatever the number of requestors). When one message cannot be applied, or one reply
/// cannot be made, that transaction is rolled back and each is done in a transaction of its own,
/// as follows, so the others are not held up by it.
///
/// Receiving one message is one transaction: the sender must be a requestor's Dir-Sync Address
/// (else event 136, discarded) and carry its password (else event 1101, discarded); transactions
/// numbered at or below DXA-Req-Seq were applied before and are skipped; the rest go to the
/// requestor's import container (DirsyncImport); its S= confirms what we sent up to S (those leave
/// dxa_pending) and its I= above DXA-Imp-Seq asks for everything. A message older than one already
/// processed from the same requestor (by its time of submission) is discarded. A message that
/// cannot be read or applied is set aside whole (dxa_quarantine, event 1102): nothing of it stays.
///
/// The replies are DirsyncReplier's. When the numbers cannot be reconciled (the requestor confirms
/// more than was sent, or less than it confirmed before) the requestor's next reply is a full export
/// (events 220 and 221).
class DirsyncServer
{
public:
    explicit DirsyncServer(DirectoryStore& store);

    /// This site's own Directory Synchronization Server object, or NotFound.
    static Result<DirectoryObject> serverObject(DirectoryStore& store);
    /// The server whose directory synchronization service runs the role (Responsible-Local-DXA).
    static QString dxaServer(const DirectoryObject& serverObject);

    /// The Remote Dir-Sync Requestors, by name.
    Result<QList<DirsyncPartner>> partners() const;
    /// Receives what waits in $SYSTEM and replies. Needs the server's Directory Synchronization
    /// service running (or paused: pausing kicks a cycle, Q146738).
    Result<T2Report> t2();
    /// Checked between messages and between replies: T2 stops there (ErrorCode::Cancelled), each
    /// message and reply applied whole or not at all.
    void setCancel(const std::atomic_bool* cancel) { m_cancel = cancel; }

    /// A storage error or a cancel: T2 stops there, with what was committed kept.
    static bool stopsT2(const Error& error);
    /// Sends the administrator named by the server's DXA-Local-Admin a copy of `m` (the server's
    /// "Copy administrator on outgoing messages" and "Forward incoming dirsync messages to
    /// administrator"); nothing when there is none or its mailbox is gone.
    static Status copyToAdministrator(DirectoryWriter& w, const DirectoryObject& server, const Message& m);

private:
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    /// T2 receive: every message waiting, and then each requestor's count of missed T2s.
    Status takeIn(const QList<DirsyncMail>& mail, QList<DirsyncPartner>& requestors,
                  const QMap<QString, QString>& before, T2Report& report);
    /// Applies one message from the requestor among `partners` it came from, and reads that
    /// requestor again afterwards (its numbers moved, or the message rolled back).
    Status receive(const DirsyncMail& in, QList<DirsyncPartner>& partners, T2Report& report);
    /// The same inside a transaction of T2's, which it rolls back if the message cannot be applied.
    Status receiveIn(DirectoryWriter& w, const DirsyncMail& in, QList<DirsyncPartner>& partners,
                     T2Report& report);
    /// The requestor among `partners` whose Dir-Sync Address sent `m`, or null.
    static DirsyncPartner* senderOf(const Message& m, QList<DirsyncPartner>& partners);
    /// Reads a requestor's object and numbers again.
    Status readAgain(DirsyncPartner& partner) const;
    Status applyRequestorMessage(DirectoryWriter& w, DirsyncPartner& p, const DirsyncMail& in,
                                 T2Report& report);
    /// Each requestor's last_received (by GUID), to see after T2's receive which ones sent.
    Result<QMap<QString, QString>> lastReceived() const;
    /// After T2's receive: a requestor from which nothing arrived has missed one more T2.
    Status countMissed(DirectoryWriter& w, const QList<DirsyncPartner>& requestors,
                       const QMap<QString, QString>& before);

    /// The Directory Synchronization object of this server (its Delivery Restrictions and template
    /// maps), read the first time a T2 needs it and kept for the rest of that T2: they were read
    /// three times a message (issue 18). nullptr when there is none.
    const DirectoryObject* dxa();

    DirectoryStore& m_store;
    DirectoryObject m_server;
    bool m_dxaRead = false;               ///< dxa() has read it in this T2
    std::optional<DirectoryObject> m_dxa; ///< what it read (none: there is no such object)
    const std::atomic_bool* m_cancel = nullptr;
};

} // namespace sa::core
