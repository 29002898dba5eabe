#include "Message.h"

#include "core/common/Clock.h"

#include <QUuid>

namespace sa::core {

QString Message::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@siteadmin");
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
