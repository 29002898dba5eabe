#pragma once

#include "core/common/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sa::core {

class DirectoryStore;

/// Where replication by mail with one site stands, as Synchronization Status and `siteadminctl
/// replication status` show it.
struct ReplicationMailState
{
    QString site;         ///< the remote site
    QDateTime lastAsked;  ///< the newest request sent (invalid: never)
    QDateTime askedSince; ///< the first request not answered yet (invalid: none waits)
    QDateTime lastAnswer; ///< the newest batch applied (invalid: never)
    bool overdue = false; ///< a request has waited for its answer longer than RetrySeconds
    /// One line: when it answered, or since when it has not.
    QString text() const;
};

/// Directory replication with a site on another machine, by mail over the Internet Mail Service (a
/// Directory Replication Connector whose remote site is "not on this network", Q163777). The
/// requester sends its watermark for the other site to that site's replication mailbox
/// (MS:ORG/SITE/$DIRREPL); the other site answers with a batch of its own changes since then
/// (Replicator::changesFor; the reply's id is made from the request's, so answering a request twice
/// is one reply at the requester); the requester applies each batch with its watermark and the removal
/// of the mail in one transaction, and asks again at once while more follow. A site answers only a
/// site it has a Directory Replication Connector with, and takes batches only from such a site and
/// only of that site's own objects; the Internet Mail Service has already checked who sent them.
class ReplicationByMail
{
public:
    /// The mailbox replication mail is addressed to, at each site.
    static const QString Mailbox;
    /// A request unanswered this long is sent again.
    static constexpr int RetrySeconds = 300;
    /// How long after an answer the next request goes, unless set (the site's meta
    /// "replication-mail-interval", in seconds): a connector that replicates Always asks every 15
    /// minutes, not at every pass of the services (decided; the original's interval is not known).
    static constexpr int DefaultIntervalSeconds = 15 * 60;

    ReplicationByMail(DirectoryStore& store, QString orgDir) : m_store(store), m_orgDir(std::move(orgDir)) {}

    /// MS:ORG/SITE/$DIRREPL (ORG/SITE as the site's shadow postoffice).
    static QString address(const QString& organization, const QString& site);
    /// Asks `remoteSite` for its changes after this site's watermark, through the site MTA.
    Status request(const QString& remoteSite);
    /// Whether a request to `remoteSite` waits for its answer (sent less than RetrySeconds ago).
    bool awaiting(const QString& remoteSite) const;
    /// Whether it is time to ask `remoteSite`: nothing awaited, and the last answer older than the
    /// interval.
    bool due(const QString& remoteSite) const;
    Status setInterval(int seconds);
    /// How long after an answer the next request goes, in seconds.
    int interval() const;
    /// Where replication with `remoteSite` stands.
    ReplicationMailState stateOf(const QString& remoteSite) const;
    /// The sites this site replicates with by mail: its own Directory Replication Connectors whose
    /// remote site is not in the folder, in their order.
    Result<QList<ReplicationMailState>> states() const;
    /// Answers the requests and applies the batches delivered to this site's replication mailbox;
    /// returns how many objects it applied plus how many requests it answered.
    Result<int> processMail();

private:
    QString requestedKey(const QString& site) const;
    QString answeredKey(const QString& site) const;
    QString askedSinceKey(const QString& site) const;

    DirectoryStore& m_store;
    QString m_orgDir;
};

} // namespace sa::core
