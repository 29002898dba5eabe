#pragma once

#include "core/common/Error.h"
#include "core/dirsyncprotocol/DirsyncMessage.h"
#include "core/message/Message.h"
#include "core/storage/SqliteConnection.h"

#include <QMap>
#include <QStringList>
#include <functional>
#include <memory>

namespace sa::core {

/// PRAGMA application_id of an emulated postoffice's database ('SAPO').
constexpr quint32 PostofficeApplicationId = 0x5341504F;

struct PoUser
{
    QString mailbox;
    QString fullName;
    QMap<QString, QString> fields; ///< template fields: Prompt -> value (Phone, Title, ...)
};

struct PoRoute
{
    QString target; ///< NET/PO
    QString via;    ///< empty: direct
};

/// A message in a mailbox of the postoffice.
struct PoMail
{
    qint64 id = 0;
    Message message;
    QDateTime delivered;
    bool read = false;
};

/// A line of the postoffice's system log (MS Mail's SYSTEM.LOG): mail it returned to the sender or
/// dropped, and why.
struct PoLogLine
{
    qint64 id = 0;
    QDateTime at;
    QString source; ///< Dispatch, External, Administrator, ...
    QString text;
};

/// A line of the postoffice's address list (GAL): its users and the lists imported from elsewhere.
struct PoGalEntry
{
    QString fullName;
    QString address; ///< NET/PO/MAILBOX (or TYPE:address for foreign ones)
    bool local = false;
    QList<DirsyncField> fields; ///< template fields: a user's own, or those synchronization brought
};

/// One emulated MS Mail 3.x postoffice in ORG/postoffices/NET-PO.sqlite: its users and their
/// mailboxes (and $SYSTEM, where dirsync mail arrives), its routing table (direct postoffices, and
/// indirect ones via another), its queue of messages to deliver here ("in") or to hand to the next
/// postoffice ("out", picked up by whatever serves that next hop), and its address list. MS Mail's
/// limits hold: network, postoffice and mailbox names of at most 10 characters, full names of at
/// most 30, no two users with the same full name.
class PostofficeStore
{
public:
    static constexpr int MaxFullName = 30;
    static const QString SystemMailbox; ///< "$SYSTEM"

    /// ORG/postoffices/NET-PO.sqlite, with '-' and '%' inside a name escaped (%2D, %25) so that no
    /// two postoffices share a file.
    static QString pathFor(const QString& orgDir, const QString& network, const QString& postoffice);
    /// The schema version this program writes (the last migration step).
    static int databaseVersion();
    /// Whether the folder has the postoffice NET/PO (in its file, or in one an earlier version named).
    static bool exists(const QString& orgDir, const QString& netPo);
    /// "NET/PO" checked and split; the error names the bad part.
    static Result<std::pair<QString, QString>> parseName(const QString& netPo);

    static Result<std::unique_ptr<PostofficeStore>> create(const QString& orgDir, const QString& netPo,
                                                           const QString& adminPassword);
    static Result<std::unique_ptr<PostofficeStore>> open(const QString& path);
    static Result<std::unique_ptr<PostofficeStore>> open(const QString& orgDir, const QString& netPo);
    /// Every postoffice of an organization folder, as NET/PO. A file of postoffices/ that cannot be
    /// opened is never passed over in silence: `unreadable` (when given) receives a line for each,
    /// naming the file and why.
    static QStringList list(const QString& orgDir, QStringList* unreadable = nullptr);

    QString network() const { return m_network; }
    QString postoffice() const { return m_postoffice; }
    QString name() const { return m_network + QLatin1Char('/') + m_postoffice; }
    SqliteConnection& connection() { return *m_connection; }

    // Users.
    Status addUser(const QString& mailbox, const QString& fullName,
                   const QMap<QString, QString>& fields = {});
    /// Many users in one transaction (all or none), each as addUser would add it.
    Status addUsers(const QList<PoUser>& users);
    /// Changes the full name (when not empty) and sets (non-empty value) or clears (empty) fields.
    Status modifyUser(const QString& mailbox, const QString& fullName, const QMap<QString, QString>& fields);
    Status deleteUser(const QString& mailbox);
    Result<QList<PoUser>> users() const;
    bool hasMailbox(const QString& mailbox) const;

    // Routes.
    Status setRoute(const QString& target, const QString& via = {});
    Status removeRoute(const QString& target);
    Result<QList<PoRoute>> routes() const;
    /// The next hop towards NET/PO (itself when direct), or empty when there is no route.
    QString nextHop(const QString& target) const;

    // Mail.
    /// A user sends: the message is queued for delivery here (dispatch() delivers or forwards it).
    Result<QString> send(const QString& fromMailbox, const QString& to, const QString& subject,
                         const QString& body, const QByteArray& attachment = {},
                         const QString& attachmentName = {});
    Result<QList<PoMail>> mailbox(const QString& mailbox) const;
    Result<PoMail> read(const QString& mailbox, qint64 id);
    /// The message `id` leaves its mailbox: an agent ($SYSTEM's dirsync) has taken it, inside the
    /// transaction that applied it.
    Status consume(qint64 id);
    /// Processes the "in" queue: local mailboxes get their mail, other postoffices' mail moves to
    /// "out" with its next hop, and what cannot go anywhere comes back as a non-delivery report.
    Result<int> dispatch();

    // The interface of whatever carries mail to and from this postoffice (the MS Mail Connector,
    // MS Mail External), and the queue's administration (PostofficeQueue.cpp).
    struct Queued
    {
        qint64 seq = 0;
        Message message;
        QString nextHop;
        QString direction; ///< "in": to deliver or forward here; "out": waiting for its next hop's carrier
        QDateTime queuedAt;
        QString reason; ///< why it still waits for its next hop, when a carrier has said
    };
    /// Default of undeliverableAfter(): a day, as mail systems give a next hop before they return mail.
    static constexpr int DefaultUndeliverableSeconds = 24 * 3600;
    /// Messages waiting in "out" for `nextHop` (NET/PO), oldest first.
    Result<QList<Queued>> outboundFor(const QString& nextHop, int limit = 500) const;
    /// Takes handed-over messages off the outbound queue, all in one transaction.
    Status removeOutbound(const QList<qint64>& seqs);
    /// Takes a message in for delivery here; a message id seen before is ignored (returns false).
    Result<bool> accept(const Message& message);
    /// Several at once, in one transaction; returns how many were new.
    Result<int> accept(const QList<Message>& messages);
    /// The next hops that outbound mail waits for.
    Result<QStringList> outboundHops() const;
    /// Everything queued, "in" then "out", each oldest first.
    Result<QList<Queued>> queued() const;
    /// Why the mail for `nextHop` waits (empty: it is on its way); written only when it changes.
    Status setWaitingReason(const QString& nextHop, const QString& reason);
    /// Takes message `seq` off the queue (one transaction): returned to its sender with a
    /// non-delivery report naming `reason`, or deleted; the system log says which.
    Status removeQueued(qint64 seq, bool returnToSender, const QString& reason);
    /// Outbound mail that has waited longer than undeliverableAfter() goes back to its senders as
    /// non-delivery reports naming why it waited (its reason, or `reasonFor(nextHop)`), logged;
    /// one transaction. Returns how many.
    Result<int> returnExpired(const std::function<QString(const QString& nextHop)>& reasonFor = {});
    /// Seconds outbound mail may wait for its next hop before it is returned.
    int undeliverableAfter() const;
    Status setUndeliverableAfter(int seconds);
    /// A line of the system log, inside a transaction (or its own).
    Status writeSystemLog(const QString& source, const QString& text);
    /// The newest `limit` lines of the system log, oldest first.
    Result<QList<PoLogLine>> systemLog(int limit = 50) const;
    /// Lets the system log's and the dirsync log's lines from before `cutoff` (stored time text) go,
    /// in one transaction; returns how many.
    Result<int> pruneLogs(const QString& cutoff);

    // The address list.
    Result<QList<PoGalEntry>> gal() const;
    Status setExternal(const QString& address, const QString& fullName, const QString& source);
    Status removeExternal(const QString& address);

    // What directory synchronization asks of the postoffice (the agent is PostofficeDirsync; what
    // it writes down, DIRSYNC.LOG and T0, is PostofficeDirsyncJournal's).
    /// Whether the postoffice is a dirsync requestor (its changes then enter REQTRANS).
    bool isDirsyncRequestor() const;
    /// Whether the postoffice is the dirsync server of its dirsync network.
    bool isDirsyncServer() const;
    /// A value of the postoffice's settings (empty when unset), and setting one inside a transaction.
    QString metaValue(const QString& key) const;
    /// The same, with the failure to read it said.
    Result<QString> readMeta(const QString& key) const;
    Status setMetaValue(const QString& key, const QString& value);
    /// A user's address in dirsync transactions: PCM:NET/PO/MAILBOX.
    QString dirsyncAddress(const QString& mailbox) const;
    /// Queues a message for dispatch from here; inside a transaction.
    Status submit(const Message& m);
    /// The users' data as a dirsync A transaction (no number yet).
    Result<DirsyncTransaction> userTransaction(const QString& mailbox) const;

private:
    explicit PostofficeStore(std::unique_ptr<SqliteConnection> connection);
    /// A user's full name and template fields, by the one rule for text (TextRule).
    static Status checkUserText(const QString& fullName, const QMap<QString, QString>& fields);
    /// One user of addUsers, in its transaction.
    Status insertUser(const PoUser& user);
    Status enqueue(const Message& m, const QString& direction, const QString& nextHop);
    /// Returns `m` to its sender from here (unless it is a report) and logs it; in a transaction.
    Status bounce(const Message& m, const QString& source, const QString& reason);
    Status deliverLocal(const Message& m, const QString& mailbox);

    std::unique_ptr<SqliteConnection> m_connection;
    QString m_network;
    QString m_postoffice;
};

} // namespace sa::core
