#include "DirsyncServerAdmin.h"

#include "DirsyncLog.h"
#include "DirsyncServer.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/Schema.h"
#include "core/dirsyncprotocol/DirsyncCodec.h"
#include "core/services/Services.h"
#include "core/transport/SiteTransport.h"

#include <QSqlQuery>
#include <QTemporaryDir>

namespace sa::core {

Result<DirsyncPartnerStatus> DirsyncServerAdmin::statusOf(DirectoryStore& store, const DirsyncPartner& p)
{
    DirsyncPartnerStatus s;
    s.name = p.name;
    s.postoffice = p.postoffice;
    s.reqSeq = p.reqSeq;
    s.svrSeq = p.svrSeq;
    s.confSeq = p.confSeq;
    s.impSeq = p.impSeq;
    // What waits for confirmation: the server's replies above Conf, a requestor's updates above Conf.
    auto q = store.connection().exec(
        QStringLiteral("SELECT coalesce(last_received, ''), coalesce(last_sent, ''), last_status,"
                       " (SELECT coalesce(sum(d.last_seq - max(d.first_seq - 1, ?)), 0) FROM dxa_pending d"
                       " WHERE d.requestor = s.requestor AND d.last_seq > ?), missed"
                       " FROM dxa_state s WHERE requestor = ?"),
        {p.confSeq, p.confSeq, p.guid()});
    if (!q)
        return q.error();
    if (q.value().next()) {
        s.lastReceived = QDateTime::fromString(q.value().value(0).toString(), Qt::ISODateWithMs);
        s.lastSent = QDateTime::fromString(q.value().value(1).toString(), Qt::ISODateWithMs);
        s.lastStatus = q.value().value(2).toString();
        s.pending = q.value().value(3).toInt();
        s.missed = q.value().value(4).toInt();
    }
    s.address = p.address;
    auto aside = store.connection().exec(
        QStringLiteral("SELECT dn, reason FROM dxa_set_aside WHERE requestor = ? ORDER BY since, dn"),
        {p.guid()});
    if (!aside)
        return aside.error();
    while (aside.value().next())
        s.setAside << aside.value().value(0).toString() + QStringLiteral(": ") +
                          aside.value().value(1).toString();
    return s;
}

Result<QList<DirsyncPartnerStatus>> DirsyncServerAdmin::status() const
{
    auto all = DirsyncServer(m_store).partners();
    if (!all)
        return all.error();
    QList<DirsyncPartnerStatus> out;
    for (const DirsyncPartner& p : all.value()) {
        auto s = statusOf(m_store, p);
        if (!s)
            return s.error();
        out << s.value();
    }
    return out;
}

Result<DirsyncPartner> DirsyncServerAdmin::partnerNamed(const QString& name) const
{
    auto all = DirsyncServer(m_store).partners();
    if (!all)
        return all.error();
    QStringList names;
    for (const DirsyncPartner& p : all.value()) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return p;
        names << p.name;
    }
    return Error(ErrorCode::NotFound,
                 QStringLiteral("no Remote Dir-Sync Requestor \"%1\" (there are: %2)")
                     .arg(name, names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "))));
}

Result<int> DirsyncServerAdmin::approveDeletes(const QString& requestor)
{
    auto p = partnerNamed(requestor);
    if (!p)
        return p.error();
    int held = 0;
    Status s = m_store.write([&](DirectoryWriter& w) -> Status {
        if (Status e = DirsyncPartnerState::ensure(w, p->guid()); !e)
            return e;
        auto state = DirsyncPartnerState::of(w, p->guid());
        if (!state)
            return state.error();
        if (state->lastStatus == DirsyncRun::StoppedByThreshold) {
            auto deletes = DirsyncLog::heldDeletes(w, p->name);
            if (!deletes)
                return deletes.error();
            held = deletes.value();
        }
        if (auto r = w.exec(QStringLiteral("UPDATE dxa_state SET approved_deletes = 1 WHERE requestor = ?"),
                            {p->guid()});
            !r)
            return r.error();
        return DirsyncLog::event(
            w, QStringLiteral("Information"), DirsyncEvent::DeletesApproved,
            QStringLiteral("An administrator approved the deletions of the next reply to %1 (%2 "
                           "held back).")
                .arg(p->name)
                .arg(held));
    });
    if (!s)
        return s.error();
    return held;
}

Status DirsyncServerAdmin::reset(const QString& requestor)
{
    auto p = partnerNamed(requestor);
    if (!p)
        return p.error();
    return m_store.write([&](DirectoryWriter& w) -> Status {
        if (Status n = p->setNumbers(
                w, {{attr::DxaReqSeq, 0}, {attr::DxaSvrSeq, 0}, {attr::DxaConfSeq, 0}, {attr::DxaImpSeq, 0}});
            !n)
            return n;
        for (const char* table : {"dxa_state", "dxa_sent", "dxa_pending", "dxa_set_aside"}) {
            if (auto r =
                    w.exec(QStringLiteral("DELETE FROM %1 WHERE requestor = ?").arg(QLatin1String(table)),
                           {p->guid()});
                !r)
                return r.error();
        }
        return DirsyncLog::event(
            w, QStringLiteral("Information"), DirsyncEvent::NumbersReset,
            QStringLiteral("An administrator reset the dirsync numbers of %1; its next message is "
                           "taken whole and answered with a full export.")
                .arg(p->name));
    });
}

Result<QList<DirsyncPreview>> DirsyncServerAdmin::preview(bool approveDeletes) const
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error(ErrorCode::Storage, QStringLiteral("no temporary folder for the preview"));
    const QString copyPath = dir.filePath(QStringLiteral("preview.sqlite"));
    if (auto r = m_store.connection().exec(QStringLiteral("VACUUM INTO ?"), {copyPath}); !r)
        return r.error();
    auto copy = DirectoryStore::open(copyPath);
    if (!copy)
        return copy.error();
    DirectoryStore& store = *copy.value();
    auto serverObject = DirsyncServer::serverObject(store);
    if (!serverObject)
        return Error(
            ErrorCode::NotFound,
            QStringLiteral("site %1 has no Directory Synchronization Server").arg(m_store.siteName()));
    DirsyncServer server(store);
    // On the copy the service runs, whatever it does here, and approvals are given if asked for.
    if (Status s = Services::set(store, DirsyncServer::dxaServer(serverObject.value()),
                                 Services::DirectorySynchronization, ServiceState::Running);
        !s)
        return s.error();
    if (approveDeletes) {
        if (Status s = store.write([](DirectoryWriter& w) -> Status {
                auto r = w.exec(QStringLiteral("UPDATE dxa_state SET approved_deletes = 1"));
                return r.status();
            });
            !s)
            return s.error();
    }
    // What T2 writes is told from what was there before it by the run and queue numbers.
    auto lastRun = DirsyncLog::lastRunId(store);
    if (!lastRun)
        return lastRun.error();
    // The copy's queue is only read: nothing is routed, so no organization folder is needed.
    const SiteTransport mta(store, QString());
    auto lastQueued = mta.lastQueued();
    if (!lastQueued)
        return lastQueued.error();
    auto ran = server.t2();
    if (!ran)
        return ran.error();

    auto all = server.partners();
    if (!all)
        return all.error();
    QList<DirsyncPreview> out;
    for (const DirsyncPartner& p : all.value()) {
        DirsyncPreview v;
        v.requestor = p.name;
        v.status = QStringLiteral("nothing received");
        auto runs = DirsyncLog::runsAfter(store, lastRun.value(), p.name);
        if (!runs)
            return runs.error();
        for (const DirsyncRun& r : runs.value()) {
            if (r.step == QLatin1String("received")) {
                v.incomingAdds += r.adds;
                v.incomingModifies += r.modifies;
                v.incomingDeletes += r.deletes;
                v.incomingErrors += r.errors;
            } else {
                v.status = r.status == DirsyncRun::StoppedByThreshold ? r.status : QStringLiteral("reply");
            }
        }
        auto mail = mta.queuedAfter(lastQueued.value(), p.address);
        if (!mail)
            return mail.error();
        for (const Message& m : mail.value()) {
            if (!m.subject.contains(QLatin1String("SrvTx")))
                continue;
            if (auto parsed = DirsyncCodec::parse(m.body, QString::fromUtf8(m.attachment)))
                v.outgoing << parsed->transactions;
        }
        out << v;
    }
    return out;
}
} // namespace sa::core
