#include "Message.h"

#include "core/common/Clock.h"

#include <QUuid>

namespace sa::core {

QString Message::newId()
{
    // A version 7 UUID (RFC 9562): the first 48 bits are the time in milliseconds, the rest random
    // (74 bits). Ids made one after another sort in the order they were made, so the indexes keyed
    // by them (every hop's record of the ids it took in, the queues' unique keys) grow at one end:
    // random ids (version 4) made each batch of 500 messages write a new page in most of the leaves
    // of those indexes at every hop, a third of the time mail took (issue 18).
    QUuid id = QUuid::createUuid();
    const auto ms = quint64(Clock::nowUtc().toMSecsSinceEpoch());
    id.data1 = quint32(ms >> 16);
    id.data2 = quint16(ms & 0xffff);
    id.data3 = quint16((id.data3 & 0x0fff) | 0x7000);
    return id.toString(QUuid::WithoutBraces) + QStringLiteral("@siteadmin");
}

Message Message::create(const QString& from, const QString& to, const QString& subject, const QString& body)
{
    Message m;
    m.id = newId();
    m.from = from;
    m.to = to;
    m.subject = subject;
    m.body = body;
    m.submitted = Clock::nowUtc();
    return m;
}

Message Message::nonDelivery(const Message& original, const QString& reporter, const QString& reason)
{
    Message ndr;
    // Derived from the original's id, so a report made twice (after a crash) is the same message
    // and receivers keep one.
    ndr.id = QStringLiteral("ndr-") + original.id;
    ndr.from = reporter;
    ndr.to = original.from;
    ndr.subject = QStringLiteral("Undeliverable: %1").arg(original.subject);
    ndr.body = QStringLiteral("Your message did not reach some or all of the intended recipients.\n\n"
                              "   Subject: %1\n   Sent: %2\n\n"
                              "The following recipient could not be reached:\n\n   %3\n      %4\n")
                   .arg(original.subject, original.submitted.toString(Qt::ISODate), original.to, reason);
    ndr.submitted = Clock::nowUtc();
    ndr.report = true;
    return ndr;
}

} // namespace sa::core
