#include "ImsReceiver.h"

#include "ImsEvents.h"
#include "ImsQueue.h"
#include "ImsSecrets.h"
#include "InternetMailService.h"
#include "ReplicationByMail.h"
#include "SiteTransport.h"
#include "core/directory/AddressSyntax.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/message/BounceReport.h"
#include "core/message/CrossingMessage.h"
#include "core/message/InternetMessage.h"
#include "core/services/Services.h"

#include <memory>
#include <vector>

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
    Phrases unreadable;
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
        return {Kind::TryLater, englishOf(unreadable).join(QStringLiteral("; "))};
    return {
        Kind::AlreadyHad,
        QStringLiteral("a delivery status report for message %1, which this folder did not send or reported "
                       "before")
            .arg(r.messageId)};
}

ImsDelivery ImsReceiver::internet(const Organization& organization, const QByteArray& raw,
                                  const QString& recipient)
{
    auto decoded = InternetMessage::decode(raw, recipient);
    if (!decoded)
        return {Kind::Refused, decoded.error().message()};
    Message m = decoded.value();
    Phrases unreadable;
    auto sites = organization.sites(&unreadable);
    if (!sites)
        return tryLaterOrFail(sites.error());
    // The site whose Inbound Domain it is first, then the others: the one whose directory knows it.
    const QString domain = recipient.section(QLatin1Char('@'), -1);
    std::vector<std::unique_ptr<DirectoryStore>> stores;
    for (const SiteInfo& site : sites.value()) {
        auto store = DirectoryStore::open(site.path);
        if (!store)
            return tryLaterOrFail(store.error());
        bool ownDomain = false;
        auto services = InternetMailService(*store.value()).services();
        for (const DirectoryObject& ims : services ? services.value() : QList<DirectoryObject>())
            ownDomain = ownDomain || ims.value(attr::InboundDomain).compare(domain, Qt::CaseInsensitive) == 0;
        if (ownDomain)
            stores.insert(stores.begin(), std::move(store).value());
        else
            stores.push_back(std::move(store).value());
    }
    for (const auto& opened : stores) {
        DirectoryStore& store = *opened;
        const InternetMailService ims(store);
        auto to = ims.internetRecipient(recipient);
        if (!to) {
            if (to.error().code() != ErrorCode::NotFound)
                return tryLaterOrFail(to.error());
            continue;
        }
        auto services = ims.services();
        if (!services)
            return tryLaterOrFail(services.error());
        // Taken by a service of the site that runs and lets mail in; else the MTA keeps it.
        QString waits = QStringLiteral("site %1 has no Internet Mail Service").arg(store.siteName());
        bool open = false;
        for (const DirectoryObject& service : services.value()) {
            const InternetMailService::Link link{service, {}, ConnectorValues::homeServer(service)};
            if (!ims.runs(link))
                waits =
                    QStringLiteral("the %1 on %2 is not running").arg(Services::InternetMail, link.server);
            else if (!InternetMailService::receives(service))
                waits = QStringLiteral("the Transfer Mode of the %1 on %2 lets no mail in")
                            .arg(Services::InternetMail, link.server);
            else
                open = true;
        }
        if (!open)
            return {Kind::TryLater, waits};
        m.to = to.value();
        auto taken = SiteTransport(store, organization.dir()).accept(m);
        if (!taken)
            return tryLaterOrFail(taken.error());
        if (!taken.value())
            return {Kind::AlreadyHad, QStringLiteral("Internet message %1 was delivered before").arg(m.id)};
        const QString delivered = QStringLiteral("Internet message %1 from %2 delivered to site %3 for %4")
                                      .arg(m.id, AddressSyntax::valueOf(m.from), store.siteName(), m.to);
        if (ImsDiagnostics::service().keeps(store, ImsDiagnostics::categoryOf(ImsEvent::Delivered),
                                            QStringLiteral("Information"))) {
            static_cast<void>(store.write([&](DirectoryWriter& w) { // as for mail between sites, below
                return ImsDiagnostics::event(w, QStringLiteral("Information"), ImsEvent::Delivered,
                                             delivered);
            }));
        }
        return {Kind::Delivered, delivered};
    }
    if (!unreadable.isEmpty()) // it may be for the site that cannot be opened now
        return {Kind::TryLater, englishOf(unreadable).join(QStringLiteral("; "))};
    return {Kind::Refused,
            QStringLiteral("5.1.1 unknown recipient %1: no recipient of this folder's sites has "
                           "that address")
                .arg(recipient)};
}

ImsDelivery ImsReceiver::deliver(const Organization& organization, const QByteArray& raw,
                                 const QString& recipient)
{
    // The MTA giving back something this site's IMS handed it.
    if (BounceReport::isOne(raw))
        return bounce(organization, raw);
    // Not between sites: Internet mail for one of the sites' recipients.
    if (!CrossingMessage::isOne(raw))
        return internet(organization, raw, recipient);
    auto decoded = CrossingMessage::decode(raw);
    if (!decoded)
        return {Kind::Refused, decoded.error().message()};
    const CrossingMessage& c = decoded.value();
    if (c.organization.compare(organization.name(), Qt::CaseInsensitive) != 0)
        return {Kind::Refused, QStringLiteral("the message is for the organization %1; this folder holds %2")
                                   .arg(c.organization, organization.name())};
    Phrases unreadable;
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
            return {Kind::TryLater, englishOf(unreadable).join(QStringLiteral("; "))};
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
