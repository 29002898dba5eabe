#include "DirsyncServerAdmin.h"

#include "DirsyncExport.h"
#include "DirsyncLog.h"
#include "DirsyncPartnerState.h"
#include "DirsyncPending.h"
#include "DirsyncServer.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/Schema.h"
#include "core/dirsyncprotocol/DirsyncCodec.h"
#include "core/services/Services.h"
#include "core/transport/MtaQueue.h"

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
    auto state = DirsyncPartnerState::of(store, p.guid());
    if (!state)
        return state.error();
    s.lastReceived = QDateTime::fromString(state->lastReceived, Qt::ISODateWithMs);
    s.lastSent = QDateTime::fromString(state->lastSent, Qt::ISODateWithMs);
    s.lastStatus = state->lastStatus;
    s.missed = state->missed;
    auto pending = DirsyncPending::waiting(store, p.guid(), p.confSeq);
    if (!pending)
        return pending.error();
    s.pending = pending.value();
    s.address = p.address;
    auto aside = DirsyncExport::setAsideFor(store, p.guid());
    if (!aside)
        return aside.error();
    s.setAside = aside.value();
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
                 Phrase::tr("no Remote Dir-Sync Requestor \"%1\" (there are: %2)")
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
        auto state = DirsyncPartnerState::of(w.store(), p->guid());
        if (!state)
            return state.error();
        if (state->lastStatus == DirsyncRun::StoppedByThreshold) {
            auto deletes = DirsyncLog::heldDeletes(w, p->name);
            if (!deletes)
                return deletes.error();
            held = deletes.value();
        }
        if (Status a = DirsyncPartnerState::approveDeletes(w, p->guid()); !a)
            return a;
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
        // Everything kept about it but what was imported from it (its users stay its users).
        for (const auto& forget :
             {DirsyncPartnerState::forget, DirsyncExport::forgetRequestor, DirsyncPending::forget}) {
            if (Status s = forget(w, p->guid()); !s)
                return s;
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
        return Error(ErrorCode::Storage, Phrase::tr("no temporary folder for the preview"));
    const QString copyPath = dir.filePath(QStringLiteral("preview.sqlite"));
    if (auto r = m_store.connection().exec(QStringLiteral("VACUUM INTO ?"), {copyPath}); !r)
        return r.error();
    auto copy = DirectoryStore::open(copyPath);
    if (!copy)
        return copy.error();
    DirectoryStore& store = *copy.value();
    auto serverObject = DirsyncServer::serverObject(store);
    if (!serverObject)
        return Error(ErrorCode::NotFound,
                     Phrase::tr("site %1 has no Directory Synchronization Server").arg(m_store.siteName()));
    DirsyncServer server(store);
    // On the copy the service runs, whatever it does here, and approvals are given if asked for.
    if (Status s = Services::set(store, DirsyncServer::dxaServer(serverObject.value()),
                                 Services::DirectorySynchronization, ServiceState::Running);
        !s)
        return s.error();
    if (approveDeletes) {
        if (Status s = store.write([](DirectoryWriter& w) -> Status {
                return DirsyncPartnerState::approveDeletes(w, QString());
            });
            !s)
            return s.error();
    }
    // What T2 writes is told from what was there before it by the run and queue numbers.
    auto lastRun = DirsyncLog::lastRunId(store);
    if (!lastRun)
        return lastRun.error();
    auto lastQueued = MtaQueue(store).last();
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
        auto mail = MtaQueue(store).after(lastQueued.value(), p.address);
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
