#include "DirsyncReplier.h"

#include "DirsyncExport.h"
#include "DirsyncLog.h"
#include "DirsyncPartnerState.h"
#include "DirsyncPending.h"
#include "DirsyncServer.h"
#include "DirsyncTemplateMap.h"
#include "core/common/Clock.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/Schema.h"
#include "core/dirsyncprotocol/DirsyncCodec.h"
#include "core/dirsyncprotocol/DirsyncEnvelope.h"
#include "core/dirsyncprotocol/DirsyncSubject.h"
#include "core/transport/SiteTransport.h"

namespace sa::core {

DirsyncReplier::DirsyncReplier(DirectoryStore& store, const DirectoryObject& server,
                               QStringList importContainers, const std::atomic_bool* cancel)
    : m_store(store), m_server(server), m_importContainers(std::move(importContainers)), m_cancel(cancel)
{
}

Status DirsyncReplier::answer(const QList<DirsyncPartner>& due, T2Report& report)
{
    // Every reply in one transaction too; one that cannot be made (or held back by the deletion
    // threshold) rolls them back, and each is then made in a transaction of its own.
    const T2Report received = report;
    Status together = m_store.write([&](DirectoryWriter& w) -> Status {
        for (const DirsyncPartner& p : due) {
            if (cancelled())
                return Error(ErrorCode::Cancelled, Phrase::tr("T2 cancelled between replies"));
            HeldBack held;
            if (Status s = replyIn(w, p, report, held); !s)
                return s;
        }
        return {};
    });
    if (together || DirsyncServer::stopsT2(together.error()))
        return together;
    report = received;
    for (const DirsyncPartner& p : due) {
        if (cancelled())
            return Error(ErrorCode::Cancelled, Phrase::tr("T2 cancelled between replies"));
        if (Status s = reply(p, report); !s) {
            if (DirsyncServer::stopsT2(s.error()))
                return s;
            if (Status e = replyFailed(p, s.error(), report); !e)
                return e;
        }
    }
    return {};
}

Status DirsyncReplier::replyFailed(const DirsyncPartner& p, const Error& error, T2Report& report)
{
    report.problems << Phrase::tr("the reply to %1: %2").arg(p.name, error.phrase());
    return m_store.write([&](DirectoryWriter& w) -> Status {
        DirsyncRun run;
        run.started = run.finished = Clock::nowUtc();
        run.requestor = p.name;
        run.step = QStringLiteral("sent");
        run.errors = 1;
        run.detail = error.message();
        if (Status e = DirsyncLog::event(
                w, QStringLiteral("Error"), DirsyncEvent::ReplyFailed,
                QStringLiteral("The reply to %1 could not be made: %2. The other requestors were answered; "
                               "%1 is answered at the next T2.")
                    .arg(p.name, error.message()));
            !e)
            return e;
        if (Status s = DirsyncPartnerState::setStatus(w, p.guid(), run.outcome()); !s)
            return s;
        return DirsyncLog::run(w, run);
    });
}

Status DirsyncReplier::reply(const DirsyncPartner& p, T2Report& report)
{
    HeldBack held;
    Status done = m_store.write([&](DirectoryWriter& w) { return replyIn(w, p, report, held); });
    if (done || held.deletes < 0)
        return done;
    const int heldBack = held.deletes;
    const int heldEntries = held.entries;
    // Stopped: said once (an event and a run), then the requestor waits, still answered-to-be,
    // while its messages go on being received.
    return m_store.write([&](DirectoryWriter& w) -> Status {
        auto state = DirsyncPartnerState::of(w.store(), p.guid());
        if (!state)
            return state.error();
        if (state->lastStatus == DirsyncRun::StoppedByThreshold)
            return {};
        DirsyncRun run;
        run.started = run.finished = Clock::nowUtc();
        run.requestor = p.name;
        run.step = QStringLiteral("sent");
        run.status = DirsyncRun::StoppedByThreshold;
        run.deletes = heldBack;
        run.detail = QStringLiteral("%1 of %2 entries would be deleted").arg(heldBack).arg(heldEntries);
        if (Status s = DirsyncLog::run(w, run); !s)
            return s;
        if (Status s = DirsyncPartnerState::setStatus(w, p.guid(), DirsyncRun::StoppedByThreshold); !s)
            return s;
        return DirsyncLog::event(
            w, QStringLiteral("Warning"), DirsyncEvent::DeletionThreshold,
            QStringLiteral(
                "The reply to %1 would delete %2 of the %3 entries it holds, more than its deletion "
                "threshold allows. Nothing is sent to %1 until an administrator approves "
                "(siteadminctl dirsync approve-deletes %1).")
                .arg(p.name)
                .arg(heldBack)
                .arg(heldEntries));
    });
}

Status DirsyncReplier::replyIn(DirectoryWriter& w, const DirsyncPartner& p, T2Report& report,
                               HeldBack& stopped)
{
    DirsyncRun run;
    run.started = Clock::nowUtc();
    run.requestor = p.name;
    run.step = QStringLiteral("sent");
    if (Status b = DirsyncLog::begin(w, run); !b) // T2's transaction may hold other replies' runs
        return b;
    auto state = DirsyncPartnerState::of(w.store(), p.guid());
    if (!state)
        return state.error();
    // The site's USN as this transaction has it: the replies before this one in it moved it.
    const qint64 watermark = w.lastUsn();
    // The Outgoing Templates, read once for all the replies of this T2 (issue 18).
    if (!m_outgoing)
        m_outgoing = DirsyncTemplateMap::outgoing(m_store, DirsyncServer::dxaServer(m_server));
    const DirsyncTemplateMap::Map& outgoing = *m_outgoing;
    const bool full = state->fullReply || p.exportNow || state->watermark == 0 ||
                      state->exportConfig != p.exportConfig(outgoing);
    // What the requestor holds, for the deletion threshold's percentage: counted only when a
    // reply may delete (counting it every cycle read every entry it holds, issue 18).
    int held = 0;
    if (full) {
        auto entries = DirsyncExport::heldBy(w.store(), p.guid());
        if (!entries)
            return entries.error();
        held = entries.value();
    }
    DirsyncExport exporter(w, p, m_importContainers);
    exporter.setFieldMap(outgoing);
    // A full reply is numbered and written as the export makes it, never held as a list (it
    // carries every entry of the organization); other replies are lists of what changed.
    QList<DirsyncTransaction> changes;
    QString written;       // a full reply's transactions as written
    qint64 seq = p.svrSeq; // the last number given
    int deletes = 0;
    if (full) {
        written = DirsyncCodec::transactionsHead();
        Status s = exporter.full(QString(), [&](DirsyncTransaction&& t) -> Status {
            t.seq = ++seq;
            run.countSent(t);
            return DirsyncCodec::appendTransaction(written, t);
        });
        if (!s)
            return s;
        deletes = exporter.removedByFull();
    } else {
        auto changed = exporter.changesSince(state->watermark);
        if (!changed)
            return changed.error();
        changes = std::move(changed).value();
        int adds = 0;
        for (const DirsyncTransaction& t : changes) {
            deletes += t.code == DirsyncTransaction::Code::Delete ? 1 : 0;
            adds += t.code == DirsyncTransaction::Code::Add ? 1 : 0;
        }
        if (deletes > 0) {
            // Counted after the export, which remembered an entry for each Add and forgot one for
            // each Delete: what the requestor held before it.
            auto entries = DirsyncExport::heldBy(w.store(), p.guid());
            if (!entries)
                return entries.error();
            held = entries.value() - adds + deletes;
        }
    }
    // The deletion threshold: before anything is deleted at the requestor, a reply that would
    // delete too much waits for the administrator (siteadminctl dirsync approve-deletes).
    if (!state->deletesApproved && p.exceedsDeletionThreshold(deletes, held)) {
        stopped.deletes = deletes;
        stopped.entries = held;
        return Error(ErrorCode::NotAllowed, Phrase::tr("deletion threshold")); // rolls it all back
    }
    if (Status e = exporter.reportSetAside(run); !e)
        return e;
    report.setAside += int(exporter.setAside().size());
    DirsyncHeader header;
    header.task = dirsync::TaskReply;
    header.templates = !outgoing.isEmpty();
    header.reqName = QStringLiteral("PCM:") + p.postoffice;
    header.reqSeq = p.reqSeq;
    header.impSeq = p.impSeq;
    SiteTransport transport(m_store, QString());
    Message built;
    if (full) {
        // Nothing else is kept any more: kept until confirmed, and sent, as written.
        if (Status f = DirsyncPending::forget(w, p.guid()); !f)
            return f;
        if (Status k = DirsyncPending::keepWritten(w, p.guid(), p.svrSeq + 1, seq, written); !k)
            return k;
        header.srvSeq = seq;
        built = DirsyncEnvelope::compose(header, std::move(written), seq - p.svrSeq,
                                         DirsyncSubject::Kind::ServerUpdate, p.confSeq,
                                         transport.systemAddress(), p.address);
    } else {
        // Kept until confirmed; the reply carries what an earlier one did and is not confirmed yet.
        auto fresh = DirsyncPending::keep(w, p.guid(), p.svrSeq, std::move(changes));
        if (!fresh)
            return fresh.error();
        seq = fresh->isEmpty() ? p.svrSeq : fresh->last().seq;
        run.countSent(fresh.value());
        header.srvSeq = seq;
        DirsyncMessage message;
        message.header = header;
        auto unconfirmed = DirsyncPending::unconfirmed(w, p.guid(), p.confSeq);
        if (!unconfirmed)
            return unconfirmed.error();
        message.transactions = std::move(unconfirmed).value();
        auto composed = DirsyncEnvelope::compose(message, DirsyncSubject::Kind::ServerUpdate, p.confSeq,
                                                 transport.systemAddress(), p.address);
        if (!composed)
            return composed.error();
        built = std::move(composed).value();
    }
    const Message& mail = built;
    if (Status s = MtaQueue::enqueue(w, mail); !s)
        return s;
    if (m_server.flag(attr::DxaAdminCopy)) {
        if (Status s = DirsyncServer::copyToAdministrator(w, m_server, mail); !s)
            return s;
    }
    QList<AttributeChange> changesToObject{
        {attr::DxaSvrSeq, AttributeChange::Op::Replace, {QString::number(seq)}}};
    if (p.exportNow)
        changesToObject.append({attr::DxaExportNow, AttributeChange::Op::Replace, {}});
    if (Status s = w.modify(p.object.dn, changesToObject); !s)
        return s;
    run.messagesOut = 1;
    run.finished = Clock::nowUtc();
    run.detail = mail.subject + exporter.setAsideNote();
    if (Status s = DirsyncPartnerState::sent(w, p.guid(), watermark, p.exportConfig(outgoing),
                                             run.finished.toString(Qt::ISODateWithMs), run.outcome(), true);
        !s)
        return s;
    ++report.replies;
    return DirsyncLog::run(w, run);
}

} // namespace sa::core
