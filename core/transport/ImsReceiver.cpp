#include "ImsReceiver.h"

#include "ImsEvents.h"
#include "ImsQueue.h"
#include "ImsSecrets.h"
#include "InternetMailService.h"
#include "ReplicationByMail.h"
#include "SiteTransport.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/Organization.h"
#include "core/message/BounceReport.h"
#include "core/message/CrossingMessage.h"
#include "core/services/Services.h"

namespace sa::core {

namespace {

using Kind = ImsDelivery::Kind;

ImsDelivery tryLaterOrFail(const Error& e)
{
    // The database busy or failing is a state that passes; anything else the MTA keeps as well,
    // since nothing of the message was wrong.
    return {Kind::TryLater, e.message()};
}

/// A refusal of who sent it, said in the event log of the site it came to.
ImsDelivery refuse(DirectoryStore& store, int eventId, const QString& why)
{
    const Status s = store.write([&](DirectoryWriter& w) {
        return ImsDiagnostics::event(w, QStringLiteral("Error"), eventId,
                                     QStringLiteral("A message was refused: %1").arg(why));
    });
    if (!s)
        return tryLaterOrFail(s.error());
    return {Kind::Refused, why};
}

} // namespace

ImsDelivery ImsReceiver::bounce(const Organization& organization, const QByteArray& raw)
{
    auto report = BounceReport::parse(raw);
    if (!report)
        return {Kind::Refused, report.error().message()};
    const BounceReport& r = report.value();
    if (r.action != QLatin1String("failed"))
        return {Kind::AlreadyHad,
                QStringLiteral("a delivery status report (%1) for message %2: nothing to do")
                    .arg(r.action, r.messageId)};
    if (r.messageId.isEmpty())
        return {Kind::AlreadyHad,
                QStringLiteral("a delivery status report that names no message of this folder")};
    // Not signed: whoever knows a message's id could make its sender believe it was lost - no mail is
    // lost or changed by it, so a report is taken on the MTA's word (it came through the MTA).
    QStringList unreadable;
    auto sites = organization.sites(&unreadable);
    if (!sites)
        return tryLaterOrFail(sites.error());
    for (const SiteInfo& site : sites.value()) {
        auto store = DirectoryStore::open(site.path);
        if (!store)
            return tryLaterOrFail(store.error());
        auto found =
            ImsQueue(*store.value()).bounced(r.messageId, r.diagnostic.isEmpty() ? r.status : r.diagnostic);
        if (!found)
            return tryLaterOrFail(found.error());
        if (found.value())
            return {Kind::Delivered,
                    QStringLiteral("message %1 came back from the MTA (%2): its sender is told")
                        .arg(r.messageId, r.status)};
    }
    if (!unreadable.isEmpty()) // it may be the site that cannot be opened now
        return {Kind::TryLater, unreadable.join(QStringLiteral("; "))};
    return {
        Kind::AlreadyHad,
        QStringLiteral("a delivery status report for message %1, which this folder did not send or reported "
                       "before")
            .arg(r.messageId)};
}

ImsDelivery ImsReceiver::deliver(const Organization& organization, const QByteArray& raw)
{
    // The MTA giving back something this site's IMS handed it.
    if (BounceReport::isOne(raw))
        return bounce(organization, raw);
    auto decoded = CrossingMessage::decode(raw);
    if (!decoded)
        return {Kind::Refused, decoded.error().message()};
    const CrossingMessage& c = decoded.value();
    if (c.organization.compare(organization.name(), Qt::CaseInsensitive) != 0)
        return {Kind::Refused, QStringLiteral("the message is for the organization %1; this folder holds %2")
                                   .arg(c.organization, organization.name())};
    QStringList unreadable;
    auto sites = organization.sites(&unreadable);
    if (!sites)
        return tryLaterOrFail(sites.error());
    QString path;
    for (const SiteInfo& s : sites.value()) {
        if (s.name.compare(c.targetSite, Qt::CaseInsensitive) == 0)
            path = s.path;
    }
    if (path.isEmpty()) {
        if (!unreadable.isEmpty()) // it may be the site that cannot be opened now
            return {Kind::TryLater, unreadable.join(QStringLiteral("; "))};
        return {
            Kind::Refused,
            QStringLiteral("the message is for site %1, which this folder does not hold").arg(c.targetSite)};
    }
    auto opened = DirectoryStore::open(path);
    if (!opened)
        return tryLaterOrFail(opened.error());
    DirectoryStore& store = *opened.value();
    const InternetMailService ims(store);
    auto link = ims.linkTo(c.originSite);
    if (!link) {
        if (link.error().code() != ErrorCode::NotFound)
            return tryLaterOrFail(link.error());
        return refuse(
            store, ImsEvent::Unconnected,
            QStringLiteral("site %1 is not among the Connected Sites of an Internet Mail Service of "
                           "site %2 (message %3)")
                .arg(c.originSite, store.siteName(), c.message.id));
    }
    auto secret = ImsSecrets(store).of(c.originSite);
    if (!secret) {
        if (secret.error().code() != ErrorCode::NotFound)
            return tryLaterOrFail(secret.error());
        // The administrator has not set it yet on this side: the MTA keeps the message until then.
        const ImsDelivery refused = refuse(store, ImsEvent::NoSecret, secret.error().message());
        return refused.kind == Kind::Refused ? ImsDelivery{Kind::TryLater, refused.text} : refused;
    }
    if (!c.verify(secret.value()))
        return refuse(
            store, ImsEvent::BadSignature,
            QStringLiteral("message %1 from site %2 is not signed with the secret the two sites share")
                .arg(c.message.id, c.originSite));
    // A site speaks for itself only: replication mail must come from the replication mailbox of the
    // site the signature proved.
    if (c.message.from.endsWith(QLatin1Char('/') + ReplicationByMail::Mailbox, Qt::CaseInsensitive) &&
        c.message.from.compare(ReplicationByMail::address(c.organization, c.originSite),
                               Qt::CaseInsensitive) != 0)
        return refuse(store, ImsEvent::SpeaksForAnother,
                      QStringLiteral("message %1 from site %2 speaks for %3")
                          .arg(c.message.id, c.originSite, c.message.from));
    if (!ims.runs(link.value()))
        return {Kind::TryLater,
                QStringLiteral("the %1 on %2 is not running").arg(Services::InternetMail, link->server)};
    if (!InternetMailService::receives(link->service))
        return {Kind::TryLater, QStringLiteral("the Transfer Mode of the %1 on %2 lets no mail in")
                                    .arg(Services::InternetMail, link->server)};
    auto taken = SiteTransport(store, organization.dir()).accept(c.message);
    if (!taken)
        return tryLaterOrFail(taken.error());
    if (!taken.value())
        return {Kind::AlreadyHad, QStringLiteral("message %1 was delivered before").arg(c.message.id)};
    const QString delivered = QStringLiteral("message %1 from site %2 delivered to site %3")
                                  .arg(c.message.id, c.originSite, store.siteName());
    // Said at Medium or more: a transaction of its own, only when it is kept.
    if (ImsDiagnostics::service().keeps(store, ImsDiagnostics::categoryOf(ImsEvent::Delivered),
                                        QStringLiteral("Information"))) {
        // Information only: if it cannot be written the message is delivered all the same, and the
        // MTA must not be told otherwise (it would send it again).
        static_cast<void>(store.write([&](DirectoryWriter& w) {
            return ImsDiagnostics::event(
                w, QStringLiteral("Information"), ImsEvent::Delivered,
                QStringLiteral("The %1 for %2 was taken").arg(delivered, c.message.to));
        }));
    }
    return {Kind::Delivered, delivered};
}

} // namespace sa::core
