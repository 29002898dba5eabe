#include "ImsSender.h"

#include "ImsQueue.h"
#include "ImsSecrets.h"
#include "InternetMailService.h"
#include "MtaQueue.h"
#include "SiteTransport.h"
#include "SmtpSubmitter.h"
#include "core/common/Clock.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/EventLog.h"
#include "core/message/CrossingMessage.h"
#include "core/services/Services.h"

#include <QHash>
#include <QSet>

namespace sa::core {

namespace {

const QString Source = QStringLiteral("MSExchangeIMC");

/// `item` back to its sender with a report saying `reason` (none for a report), out of the queue,
/// and an event, in one transaction.
Status giveBack(DirectoryStore& store, const ImsQueued& item, const QString& reason)
{
    return store.write([&](DirectoryWriter& w) -> Status {
        if (!item.message.report) {
            const Message ndr =
                Message::nonDelivery(item.message, SiteTransport(store, {}).systemAddress(), reason);
            if (Status q = MtaQueue::enqueue(w, ndr); !q)
                return q;
        }
        // [U] event ids of ours, in a range of the Internet Mail Service's own.
        if (Status e = EventLog::write(w, Source, QStringLiteral("Warning"), 4001,
                                       QStringLiteral("A non-delivery report was sent to %1 for %2: %3")
                                           .arg(item.message.from, item.message.to, reason));
            !e)
            return e;
        return ImsQueue(store).drop(item.seq);
    });
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
        auto known = links.constFind(item.site.toUpper());
        if (known == links.constEnd())
            known = links.insert(item.site.toUpper(), ims.linkTo(item.site));
        const Result<InternetMailService::Link>& link = known.value();
        if (!link) {
            waitReason = link.error().message();
        } else if (!ims.runs(link.value())) {
            waitReason =
                QStringLiteral("the %1 on %2 is not running").arg(Services::InternetMail, link->server);
        } else if (!InternetMailService::sends(link->service)) {
            waitReason = QStringLiteral("the Transfer Mode of the %1 on %2 lets no mail out")
                             .arg(Services::InternetMail, link->server);
        } else if (auto secret = ImsSecrets(m_store).of(item.site); !secret) {
            waitReason = secret.error().message();
        } else {
            const QString host = InternetMailService::smartHost(link->service);
            const int port = InternetMailService::smartHostPort(link->service);
            const QString hostKey = QStringLiteral("%1:%2").arg(host).arg(port);
            if (unreachableHosts.contains(hostKey)) {
                waitReason = QStringLiteral("the MTA at %1 could not be reached").arg(hostKey);
            } else {
                CrossingMessage crossing;
                crossing.organization = m_store.organizationName();
                crossing.originSite = m_store.siteName();
                crossing.targetSite = link->site.site;
                crossing.message = item.message;
                const QString from = InternetMailService::envelopeSender(link->service);
                const QString to =
                    InternetMailService::encapsulate(item.message.to, link->site.routingAddress);
                outcome =
                    SmtpSubmitter::submit(host, port, from, to, crossing.encode(secret.value(), from, to));
                if (outcome.kind == SmtpOutcome::Kind::TryLater) {
                    waitReason = outcome.text;
                    unreachableHosts.insert(hostKey);
                }
            }
        }
        if (waitReason.isEmpty() && outcome.kind == SmtpOutcome::Kind::Taken) {
            if (Status s = ImsQueue(m_store).drop(item.seq); !s)
                return s.error();
            ++left;
            continue;
        }
        if (waitReason.isEmpty()) { // refused for good
            if (Status s =
                    giveBack(m_store, item, QStringLiteral("the MTA refused it: %1").arg(outcome.text));
                !s)
                return s.error();
            ++left;
            continue;
        }
        if (item.queuedAt.isValid() && item.queuedAt < cutoff) {
            if (Status s = giveBack(
                    m_store, item,
                    QStringLiteral("not delivered within %1 second(s): %2").arg(limit).arg(waitReason));
                !s)
                return s.error();
            ++left;
            continue;
        }
        if (Status s = ImsQueue(m_store).countAttempt(item.seq, waitReason); !s)
            return s.error();
    }
    return left;
}

} // namespace sa::core
