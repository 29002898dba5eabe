#include "ImsSender.h"

#include "ImsEvents.h"
#include "ImsQueue.h"
#include "ImsSecrets.h"
#include "InternetMailService.h"
#include "MtaQueue.h"
#include "SiteTransport.h"
#include "SmtpSubmitter.h"
#include "core/common/Clock.h"
#include "core/directory/AddressSyntax.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/message/CrossingMessage.h"
#include "core/message/InternetMessage.h"
#include "core/services/Services.h"

#include <QHash>
#include <QSet>

namespace sa::core {

namespace {

QString destination(const ImsQueued& item)
{
    return item.site.isEmpty() ? QStringLiteral("the Internet") : QStringLiteral("site %1").arg(item.site);
}

} // namespace

Result<int> ImsSender::run()
{
    auto queued = ImsQueue(m_store).all();
    if (!queued)
        return queued.error();
    const int limit = SiteTransport(m_store, {}).undeliverableAfter();
    const QDateTime cutoff = Clock::nowUtc().addSecs(-limit);
    const InternetMailService ims(m_store);
    QSet<QString> unreachableHosts;                          // host:port that refused a connection this pass
    QHash<QString, Result<InternetMailService::Link>> links; // by site: looked up once a pass
    int left = 0;
    for (const ImsQueued& item : queued.value()) {
        QString waitReason;
        SmtpOutcome outcome;
        const bool internet = item.site.isEmpty(); // for an SMTP address space, not a connected site
        auto known = links.constFind(item.site.toUpper());
        if (internet)
            known = links.insert(QString(), ims.linkToInternet(item.message.to)); // by recipient, each time
        else if (known == links.constEnd())
            known = links.insert(item.site.toUpper(), ims.linkTo(item.site));
        const Result<InternetMailService::Link> link = known.value();
        Result<QByteArray> secret = QByteArray();
        if (!link) {
            waitReason = link.error().message();
        } else if (!ims.runs(link.value())) {
            waitReason =
                QStringLiteral("the %1 on %2 is not running").arg(Services::InternetMail, link->server);
        } else if (!InternetMailService::sends(link->service)) {
            waitReason = QStringLiteral("the Transfer Mode of the %1 on %2 lets no mail out")
                             .arg(Services::InternetMail, link->server);
        } else if (!internet && !(secret = ImsSecrets(m_store).of(item.site))) {
            waitReason = secret.error().message();
        } else {
            const QString host = InternetMailService::smartHost(link->service);
            const int port = InternetMailService::smartHostPort(link->service);
            const QString hostKey = QStringLiteral("%1:%2").arg(host).arg(port);
            if (unreachableHosts.contains(hostKey)) {
                waitReason = QStringLiteral("the MTA at %1 could not be reached").arg(hostKey);
            } else {
                // Bounces come back to the envelope sender, the site's own domain, whatever the From.
                const QString from = InternetMailService::envelopeSender(link->service);
                QString to;
                QByteArray data;
                if (internet) {
                    to = AddressSyntax::valueOf(item.message.to);
                    const auto [name, address] = ims.internetSender(link.value(), item.message.from);
                    data = InternetMessage::encode(item.message, name, address, to);
                } else {
                    CrossingMessage crossing;
                    crossing.organization = m_store.organizationName();
                    crossing.originSite = m_store.siteName();
                    crossing.targetSite = link->site.site;
                    crossing.message = item.message;
                    to = InternetMailService::encapsulate(item.message.to, link->site.routingAddress);
                    data = crossing.encode(secret.value(), from, to);
                }
                outcome = SmtpSubmitter::submit(host, port, from, to, data);
                if (outcome.kind == SmtpOutcome::Kind::TryLater) {
                    waitReason = outcome.text;
                    unreachableHosts.insert(hostKey);
                }
            }
        }
        if (waitReason.isEmpty() && outcome.kind == SmtpOutcome::Kind::Taken) {
            const Status s = m_store.write([&](DirectoryWriter& w) -> Status {
                if (Status e = ImsDiagnostics::event(
                        w, QStringLiteral("Information"), ImsEvent::HandedOver,
                        QStringLiteral("Message %1 for %2 was handed to the MTA for %3: %4")
                            .arg(item.message.id, item.message.to, destination(item), outcome.text));
                    !e)
                    return e;
                return ImsQueue(m_store).handedOver(item);
            });
            if (!s)
                return s.error();
            ++left;
            continue;
        }
        if (waitReason.isEmpty()) { // refused for good
            if (Status s = ImsQueue(m_store).giveBack(
                    item, QStringLiteral("the MTA refused it: %1").arg(outcome.text));
                !s)
                return s.error();
            ++left;
            continue;
        }
        if (item.queuedAt.isValid() && item.queuedAt < cutoff) {
            if (Status s = ImsQueue(m_store).giveBack(
                    item, QStringLiteral("not delivered within %1 second(s): %2").arg(limit).arg(waitReason));
                !s)
                return s.error();
            ++left;
            continue;
        }
        if (item.attempts == 0) {
            // Said once per message, the first time it must wait; the queue shows the rest.
            const Status e = m_store.write([&](DirectoryWriter& w) {
                return ImsDiagnostics::event(w, QStringLiteral("Warning"), ImsEvent::MtaUnreachable,
                                             QStringLiteral("Message %1 for %2 waits: %3")
                                                 .arg(item.message.id, destination(item), waitReason));
            });
            if (!e)
                return e.error();
        }
        if (Status s = ImsQueue(m_store).countAttempt(item.seq, waitReason); !s)
            return s.error();
    }
    return left;
}

} // namespace sa::core
