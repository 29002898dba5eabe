#pragma once

#include "MailRouter.h"
#include "MtaQueue.h"
#include "core/common/Error.h"
#include "core/message/Message.h"

#include <QHash>
#include <QStringList>
#include <functional>

namespace sa::core {

struct DirectoryObject;
class DirectoryStore;
class DirectoryWriter;

/// One site's messaging: its MTA queue (MtaQueue), routing by address space, the MS
/// Mail Connectors' pick-up from and delivery to their postoffices, and the hand-over to other sites
/// over site connectors. Every hand-over is at least once with de-duplication by message id at the
/// receiver: the receiver keeps the message and its id in one transaction, then the sender drops
/// it, so a crash between the two only repeats a hand-over that the receiver then ignores.
class SiteTransport
{
public:
    /// Another site's store by name (null when there is no such site).
    using SiteLookup = std::function<DirectoryStore*(const QString& site)>;

    SiteTransport(DirectoryStore& store, QString orgDir);

    /// Takes a message into the MTA queue; false (and nothing done) when its id was taken before.
    Result<bool> accept(const Message& message);
    /// Several at once, in one transaction; returns how many were new.
    Result<int> accept(const QList<Message>& messages);
    /// Where `message` goes next from here (MailRouter, read afresh).
    Route route(const Message& message) const;
    /// Every queued message one hop further (when the site's MTA runs). Returns how many moved.
    Result<int> routeQueue(const SiteLookup& sites);
    /// Of what routeQueue moved, the messages handed to postoffices and other sites' MTAs (their
    /// next step is the services' next pass, RunReport::followUp).
    int handedOn() const { return m_handedOn; }
    /// Sites whose databases cannot be opened now (upper-case name -> why): mail for them waits in
    /// the queue with that reason, as for a stopped connector MTA, and goes back to its sender
    /// only after undeliverableAfter(). A site neither found nor named here is held.
    void setUnreachable(QHash<QString, QString> whyBySite) { m_unreachable = std::move(whyBySite); }

    /// Mail delivered here to a recipient (its GUID) or to $SYSTEM.
    Result<QList<Message>> mailOf(const QString& owner) const;
    /// Takes a waiting message out of the queue: returned to its sender with a non-delivery report
    /// (Return, or Delete with reports), or deleted; an event says which.
    Status removeQueued(qint64 seq, bool nonDeliveryReport);
    Status logEvent(const QString& source, const QString& level, int id, const QString& text);
    /// Seconds a message may wait for an unavailable next hop before it is returned to its sender
    /// (a day unless set), as the postoffices' undeliverable-after.
    int undeliverableAfter() const;
    Status setUndeliverableAfter(int seconds);

    /// The MS address of this site's directory synchronization service: MS:ORG/SITE/$SYSTEM.
    QString systemAddress() const;
    /// Its address as a requestor of a foreign dirsync server: MS:ORG/SITE/SYSTEM1 ("always SYSTEMx
    /// when the DXA is a requestor", Q150828). Mail to either is the service's ($SYSTEM owner).
    QString requestorAddress() const;
    /// The connector's (shadow) postoffice of this site: ORG/SITE, each at most 10 characters.
    static QString shadowPostoffice(const QString& organization, const QString& site);

private:
    /// A non-delivery report to the sender (unless `m` is one), event 1001, and `seq` dropped.
    Status returnToSender(DirectoryWriter& w, qint64 seq, const Message& m, const QString& reason);
    Status hold(qint64 seq, const Message& m, const QString& reason);
    bool anyMtaRunning() const;
    /// One batch of routeQueue: the queued messages after sequence `after` (which it advances);
    /// returns how many it looked at, adds to `moved` those it moved.
    Result<int> routeBatch(const SiteLookup& sites, qint64& after, int* moved);
    /// Gives `items` (queue sequence, message) to `receiver` in one call and adds their sequences
    /// to `handed`, which the caller drops from the queue in one transaction with the others.
    Status handOver(QList<std::pair<qint64, Message>>&& items,
                    const std::function<Result<int>(const QList<Message>&)>& receiver, QList<qint64>& handed);
    Status holdAll(const QList<std::pair<qint64, Message>>& items, const QString& reason);
    /// Why the connector of route `r` does not carry now (its Interchange or connector MTA stopped).
    QString whyNotCarried(const Route& r) const;

    DirectoryStore& m_store;
    QString m_orgDir;
    QHash<QString, QString> m_unreachable;
    int m_handedOn = 0;
};

} // namespace sa::core
