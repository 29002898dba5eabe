#include "DirsyncMail.h"

#include "DirsyncLog.h"
#include "core/common/Clock.h"
#include "core/common/SqlText.h"
#include "core/directory/DeliveryRestrictions.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/msmail/PostofficeStore.h"
#include "core/transport/SiteMail.h"

#include <QSqlQuery>
#include <algorithm>

namespace sa::core {

Result<QList<DirsyncMail>> DirsyncMail::waiting(DirectoryStore& store)
{
    auto items = SiteMail(store).of(PostofficeStore::SystemMailbox, SiteMail::Order::Submitted);
    if (!items)
        return items.error();
    QList<DirsyncMail> mail;
    for (const SiteMail::Item& item : items.value())
        mail.append(DirsyncMail{item.id, item.message});
    return mail;
}

QString DirsyncMail::refusedBy(DirectoryStore& store, const QString& server) const
{
    auto dxa = store.object(
        SiteBuilder::directorySynchronizationDn(store.organizationName(), store.siteName(), server));
    return dxa ? refusedBy(store, dxa.value(), server) : QString();
}

QString DirsyncMail::refusedBy(DirectoryStore& store, const DirectoryObject& dxa, const QString& server) const
{
    switch (DeliveryRestrictions::of(store, dxa, message.from)) {
    case DeliveryRestrictions::Verdict::NotAccepted:
        return QStringLiteral(
                   "%1 is not among the senders Directory Synchronization on %2 accepts messages from")
            .arg(message.from, server);
    case DeliveryRestrictions::Verdict::Rejected:
        return QStringLiteral("Directory Synchronization on %1 rejects messages from %2")
            .arg(server, message.from);
    case DeliveryRestrictions::Verdict::Accepted:
        break;
    }
    return {};
}

Status DirsyncMail::consume(DirectoryWriter& w) const
{
    return SiteMail::remove(w, id);
}

Status DirsyncMail::setAside(DirectoryStore& store, const QString& requestor, const QString& reason) const
{
    return store.write([&](DirectoryWriter& w) -> Status {
        const Message& m = message;
        auto r = w.exec(
            QStringLiteral("INSERT INTO dxa_quarantine(at, requestor, message_id, sender, subject, body,"
                           " attachment, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {Clock::nowUtc().toString(Qt::ISODate), sqlText(requestor), m.id, sqlText(m.from),
             sqlText(m.subject), sqlText(m.body), m.attachment, reason});
        if (!r)
            return r.error();
        if (Status s = DirsyncLog::event(
                w, QStringLiteral("Error"), DirsyncEvent::Quarantined,
                QStringLiteral("The dirsync message \"%1\" from %2 was set aside unapplied: %3")
                    .arg(m.subject, m.from, reason));
            !s)
            return s;
        DirsyncRun run;
        run.started = run.finished = Clock::nowUtc();
        run.requestor = requestor;
        run.step = QStringLiteral("received");
        run.status = QStringLiteral("stopped: error");
        run.errors = 1;
        run.messagesIn = 1;
        run.detail = reason;
        if (Status s = DirsyncLog::run(w, run); !s)
            return s;
        return consume(w);
    });
}

} // namespace sa::core
