#pragma once

#include "core/common/Error.h"
#include "core/message/Message.h"

#include <QDateTime>
#include <QList>
#include <QSet>

namespace sa::core {

class PostofficeStore;

/// A message in a mailbox of the postoffice.
struct PoMail
{
    qint64 id = 0;
    Message message;
    QDateTime delivered;
    bool read = false;
};

/// What a user of the postoffice sends, before it is a Message (PostofficeMail::compose).
struct OutgoingMail
{
    QString from; ///< the sender's mailbox here
    QString to;   ///< NET/PO/MAILBOX, or TYPE:address for a gateway
    QString subject;
    QString body;
    QByteArray attachment;
    QString attachmentName;
};

/// The postoffice's mailboxes (the mail table, whose only reader and writer this is): what a user
/// sends, what is delivered to a user, read, and taken by an agent. How mail moves between
/// postoffices is PostofficeQueue's.
class PostofficeMail
{
public:
    explicit PostofficeMail(PostofficeStore& po) : m_po(po) {}

    /// A user sends: the message is queued for delivery here (PostofficeQueue::dispatch delivers or
    /// forwards it). Returns its message id.
    Result<QString> send(const QString& fromMailbox, const QString& to, const QString& subject,
                         const QString& body, const QByteArray& attachment = {},
                         const QString& attachmentName = {});
    /// The message `mail` makes, checked (the sender is a user here, the recipient an address);
    /// nothing is written. A sender found is not looked up again by this object, which lives for
    /// one sending (a batch of a thousand messages from one user asked the database a thousand
    /// times, each in a read transaction of its own; issue 18).
    Result<Message> compose(const OutgoingMail& mail) const;
    /// Messages composed here, queued together in one transaction (one commit for the lot, as the
    /// carrying side takes its batches): all of them, or none if one cannot be.
    Status submit(const QList<Message>& messages);
    /// `m` into `mailbox`, once (a message id delivered there before is not again); inside a
    /// transaction.
    Status deliver(const Message& m, const QString& mailbox);
    Result<QList<PoMail>> mailbox(const QString& mailbox) const;
    /// The message, marked read.
    Result<PoMail> read(const QString& mailbox, qint64 id);
    /// The message `id` leaves its mailbox: an agent ($SYSTEM's dirsync) has taken it, inside the
    /// transaction that applied it.
    Status consume(qint64 id);

private:
    PostofficeStore& m_po;
    mutable QSet<QString> m_senders; ///< users compose() found, upper-case
};

} // namespace sa::core
