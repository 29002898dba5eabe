#include "ReplicationByMail.h"

#include "MtaQueue.h"
#include "SiteMail.h"
#include "SiteTransport.h"
#include "core/common/Clock.h"
#include "core/directory/ConnectorValues.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/EventLog.h"
#include "core/directory/ListFilter.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/replication/Replicator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace sa::core {

const QString ReplicationByMail::Mailbox = QStringLiteral("$DIRREPL");

namespace {

const QString RequestSubject = QStringLiteral("Directory replication request");
const QString BatchSubject = QStringLiteral("Directory replication batch");

/// Whether this site has its own Directory Replication Connector with `site`.
bool replicatesWith(DirectoryStore& store, const QString& site)
{
    auto connectors = store.objectsOf(ListFilter{{QStringLiteral("directory-replication-connector")}, true});
    if (!connectors)
        return false;
    for (const DirectoryObject& c : connectors.value()) {
        if (!c.isReplica() && c.value(attr::RemoteSite).compare(site, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QString ReplicationByMail::address(const QString& organization, const QString& site)
{
    return QStringLiteral("MS:%1/%2").arg(SiteTransport::shadowPostoffice(organization, site), Mailbox);
}

QString ReplicationByMail::requestedKey(const QString& site) const
{
    return QStringLiteral("replication-requested:%1").arg(site.toUpper());
}

QString ReplicationByMail::answeredKey(const QString& site) const
{
    return QStringLiteral("replication-answered:%1").arg(site.toUpper());
}

QString ReplicationByMail::askedSinceKey(const QString& site) const
{
    return QStringLiteral("replication-asked-since:%1").arg(site.toUpper());
}

QString ReplicationMailState::text() const
{
    const auto when = [](const QDateTime& t) {
        return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    const QString answered = lastAnswer.isValid() ? QStringLiteral("last answered %1").arg(when(lastAnswer))
                                                  : QStringLiteral("never answered");
    if (overdue)
        return QStringLiteral("Site %1 has not answered directory replication since %2 (%3)")
            .arg(site, when(askedSince), answered);
    if (askedSince.isValid())
        return QStringLiteral("Site %1 was asked for its changes at %2 (%3)")
            .arg(site, when(lastAsked), answered);
    return QStringLiteral("Site %1: %2").arg(site, answered);
}

int ReplicationByMail::interval() const
{
    bool ok = false;
    const int set = m_store.meta(QStringLiteral("replication-mail-interval")).toInt(&ok);
    return ok && set >= 0 ? set : DefaultIntervalSeconds;
}

ReplicationMailState ReplicationByMail::stateOf(const QString& remoteSite) const
{
    const auto at = [this](const QString& key) {
        return QDateTime::fromString(m_store.meta(key), Qt::ISODate);
    };
    ReplicationMailState s;
    s.site = remoteSite.toUpper();
    s.lastAsked = at(requestedKey(remoteSite));
    s.askedSince = at(askedSinceKey(remoteSite));
    s.lastAnswer = at(answeredKey(remoteSite));
    s.overdue = s.askedSince.isValid() && s.askedSince.secsTo(Clock::nowUtc()) >= RetrySeconds;
    return s;
}

Result<QList<ReplicationMailState>> ReplicationByMail::states() const
{
    auto connectors =
        m_store.objectsOf(ListFilter{{QStringLiteral("directory-replication-connector")}, true});
    if (!connectors)
        return connectors.error();
    QStringList here;
    if (auto organization = Organization::open(m_orgDir)) {
        auto sites = organization->sites();
        for (const SiteInfo& s : sites ? sites.value() : QList<SiteInfo>())
            here << s.name.toUpper();
    }
    QList<ReplicationMailState> out;
    for (const DirectoryObject& c : connectors.value()) {
        const QString site = c.value(attr::RemoteSite);
        if (!c.isReplica() && !site.isEmpty() && !here.contains(site.toUpper()))
            out << stateOf(site);
    }
    return out;
}

bool ReplicationByMail::due(const QString& remoteSite) const
{
    if (awaiting(remoteSite))
        return false;
    const QDateTime answered = QDateTime::fromString(m_store.meta(answeredKey(remoteSite)), Qt::ISODate);
    return !answered.isValid() || answered.secsTo(Clock::nowUtc()) >= interval();
}

Status ReplicationByMail::setInterval(int seconds)
{
    if (seconds < 0)
        return Error(ErrorCode::InvalidArgument,
                     Phrase::tr("the replication interval is a number of seconds"));
    return m_store.write([&](DirectoryWriter& w) {
        return w.setMeta(QStringLiteral("replication-mail-interval"), QString::number(seconds));
    });
}

bool ReplicationByMail::awaiting(const QString& remoteSite) const
{
    const QDateTime at = QDateTime::fromString(m_store.meta(requestedKey(remoteSite)), Qt::ISODate);
    return at.isValid() && at.secsTo(Clock::nowUtc()) < RetrySeconds;
}

Status ReplicationByMail::request(const QString& remoteSite)
{
    const QString org = m_store.organizationName();
    Message m = Message::create(
        address(org, m_store.siteName()), address(org, remoteSite), RequestSubject,
        QString::fromUtf8(QJsonDocument(QJsonObject{
                                            {QStringLiteral("v"), 1},
                                            {QStringLiteral("site"), m_store.siteName()},
                                            {QStringLiteral("watermark"),
                                             QString::number(Replicator::watermark(m_store, remoteSite))},
                                        })
                              .toJson(QJsonDocument::Compact)));
    m.id = QStringLiteral("replreq-%1-%2@siteadmin")
               .arg(m_store.siteName(), QUuid::createUuid().toString(QUuid::WithoutBraces));
    // A request before this one that was never answered: the other site (or the way to it) is
    // silent for longer than replication allows, which the administrator must see.
    const QDateTime unanswered = QDateTime::fromString(m_store.meta(requestedKey(remoteSite)), Qt::ISODate);
    return m_store.write([&](DirectoryWriter& w) -> Status {
        if (unanswered.isValid()) {
            if (Status e = EventLog::write(
                    w, QStringLiteral("MSExchangeDS"), QStringLiteral("Warning"), 1402,
                    QStringLiteral("Site %1 has not answered the directory replication request sent at %2; "
                                   "it is asked again")
                        .arg(remoteSite, unanswered.toString(Qt::ISODate)));
                !e)
                return e;
        }
        if (Status q = MtaQueue::enqueue(w, m); !q)
            return q;
        const QString now = Clock::nowUtc().toString(Qt::ISODate);
        if (!QDateTime::fromString(m_store.meta(askedSinceKey(remoteSite)), Qt::ISODate).isValid()) {
            if (Status a = w.setMeta(askedSinceKey(remoteSite), now); !a)
                return a;
        }
        return w.setMeta(requestedKey(remoteSite), now);
    });
}

Result<int> ReplicationByMail::processMail()
{
    auto mail = SiteMail(m_store).of(Mailbox);
    if (!mail)
        return mail.error();
    const QString org = m_store.organizationName();
    int done = 0;
    for (const SiteMail::Item& item : mail.value()) {
        const Message& m = item.message;
        // What cannot be used is said once in the event log and leaves the mailbox with it.
        const auto drop = [&](const QString& why) {
            return m_store.write([&](DirectoryWriter& w) -> Status {
                if (Status e =
                        EventLog::write(w, QStringLiteral("MSExchangeDS"), QStringLiteral("Error"), 1401,
                                        QStringLiteral("Replication message %1 from %2 was not used: %3")
                                            .arg(m.id, m.from, why));
                    !e)
                    return e;
                return SiteMail::remove(w, item.id);
            });
        };
        if (m.subject == RequestSubject) {
            const QJsonObject body = QJsonDocument::fromJson(m.body.toUtf8()).object();
            const QString site = body.value(QStringLiteral("site")).toString();
            bool ok = false;
            const qint64 since = body.value(QStringLiteral("watermark")).toString().toLongLong(&ok);
            QString why;
            if (site.isEmpty() || !ok || since < 0 ||
                m.from.compare(address(org, site), Qt::CaseInsensitive) != 0)
                why = QStringLiteral("not a replication request of the site that sent it");
            else if (!replicatesWith(m_store, site))
                why = QStringLiteral("site %1 has no Directory Replication Connector with site %2")
                          .arg(m_store.siteName(), site);
            Status s;
            if (!why.isEmpty()) {
                s = drop(why);
            } else {
                auto batch = Replicator::changesFor(m_store, since);
                if (!batch)
                    return batch.error();
                Message reply = Message::create(address(org, m_store.siteName()), m.from, BatchSubject,
                                                QString::fromUtf8(batch->toJson()));
                reply.id = QStringLiteral("replreply-") + m.id;
                s = m_store.write([&](DirectoryWriter& w) -> Status {
                    if (Status q = MtaQueue::enqueue(w, reply); !q)
                        return q;
                    return SiteMail::remove(w, item.id);
                });
            }
            if (!s)
                return s.error();
            ++done;
            continue;
        }
        if (m.subject != BatchSubject) {
            if (Status s = drop(QStringLiteral("not a replication request or batch")); !s)
                return s.error();
            continue;
        }
        auto batch = ReplicationBatch::fromJson(m.body.toUtf8());
        QString why;
        if (!batch)
            why = batch.error().message();
        else if (m.from.compare(address(org, batch->site), Qt::CaseInsensitive) != 0)
            why = QStringLiteral("a batch of site %1 sent by another").arg(batch->site);
        else if (!replicatesWith(m_store, batch->site))
            why = QStringLiteral("site %1 has no Directory Replication Connector with site %2")
                      .arg(m_store.siteName(), batch->site);
        if (!why.isEmpty()) {
            if (Status d = drop(why); !d)
                return d.error();
            continue;
        }
        auto applied = Replicator::apply(m_store, batch.value(), [&](DirectoryWriter& w) -> Status {
            if (Status r = SiteMail::remove(w, item.id); !r)
                return r;
            // Answered: the next request goes when the schedule says, or now when more follow.
            if (Status a = w.setMeta(answeredKey(batch->site), Clock::nowUtc().toString(Qt::ISODate)); !a)
                return a;
            if (Status a = w.setMeta(askedSinceKey(batch->site), QStringLiteral("answered")); !a)
                return a;
            return w.setMeta(requestedKey(batch->site), QStringLiteral("answered"));
        });
        if (!applied) {
            if (applied.error().code() == ErrorCode::Storage || applied.error().code() == ErrorCode::Busy)
                return applied.error();
            if (Status d = drop(applied.error().message()); !d)
                return d.error();
            continue;
        }
        done += applied.value();
        if (batch->more) {
            if (Status r = request(batch->site); !r)
                return r.error();
        }
    }
    return done;
}

} // namespace sa::core
