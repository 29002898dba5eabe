#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace sa::core {

/// One message as the transport carries it, with exactly one recipient (a message to several is
/// split at submission, each copy with its own id). Addresses are typed, as proxies are:
/// MS:NETWORK/PO/MAILBOX, SMTP:name@domain. The id is what every receiver de-duplicates by.
struct Message
{
    QString id;
    QString from;
    QString to;
    QString subject;
    QString body;
    QByteArray attachment;
    QString attachmentName;
    QDateTime submitted;
    int hops = 0;
    /// A non-delivery report: never answered by another report.
    bool report = false;

    /// Its size as queues show it: the text and the attachment, in bytes.
    qint64 size() const { return body.toUtf8().size() + attachment.size(); }

    /// A new id, unique in the organization: {uuid}@host.
    static QString newId();
    /// A new message with a new id, submitted now.
    static Message create(const QString& from, const QString& to, const QString& subject,
                          const QString& body);
    /// The report sent back to the sender when `original` cannot be delivered.
    static Message nonDelivery(const Message& original, const QString& reporter, const QString& reason);
};

/// Hops after which a message is taken to be looping and is returned (MS Mail's circular route, [004]).
constexpr int MaxHops = 16;

} // namespace sa::core
