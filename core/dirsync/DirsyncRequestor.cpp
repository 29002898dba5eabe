#include "DirsyncRequestor.h"

#include "DirsyncExport.h"
#include "DirsyncImport.h"
#include "DirsyncLog.h"
#include "DirsyncMail.h"
#include "DirsyncPartnerState.h"
#include "DirsyncPending.h"
#include "DirsyncTemplateMap.h"
#include "core/common/Clock.h"
#include "core/directory/AuditTrail.h"
#include "core/directory/BooleanSyntax.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/Schema.h"
#include "core/dirsyncprotocol/DirsyncAddress.h"
#include "core/dirsyncprotocol/DirsyncCodec.h"
#include "core/dirsyncprotocol/DirsyncEnvelope.h"
#include "core/dirsyncprotocol/DirsyncSubject.h"
#include "core/services/Services.h"
#include "core/transport/SiteTransport.h"

namespace sa::core {

namespace {

/// DXA-Exchange-Options: 1 send updates, 2 receive updates (3, both, when unset).
int exchangeOptions(const DirectoryObject& o)
{
    bool ok = false;
    const int n = o.value(attr::DxaExchangeOptions).toInt(&ok);
    return ok ? n : 3;
}

/// Settings > Template information: 1 = receive, 2 = send (none unless checked).
int templateOptions(const DirectoryObject& o)
{
    return o.value(attr::DxaTemplateOptions).toInt();
}

} // namespace

DirsyncRequestor::DirsyncRequestor(DirectoryStore& store) : m_store(store)
{
    auto r = requestorObject(store);
    if (r)
        m_requestor = r.value();
}

Result<DirectoryObject> DirsyncRequestor::requestorObject(DirectoryStore& store)
{
    return DirsyncRole::ownObject(store, QStringLiteral("dirsync-requestor"),
                                  QStringLiteral("Dir-Sync Requestor"));
}

Result<int> DirsyncRequestor::t1()
{
    const AuditTrail::As as(AuditTrail::Dirsync);
    if (!m_requestor.isValid())
        return Error(ErrorCode::NotFound,
                     Phrase::tr("site %1 has no Dir-Sync Requestor").arg(m_store.siteName()));
    if (Status s = DirsyncRole::requireService(m_store, m_requestor); !s)
        return s.error();
    int carried = 0;
    Status done = m_store.write([&](DirectoryWriter& w) -> Status {
        auto object = m_store.object(m_requestor.dn);
        if (!object)
            return object.error();
        auto partner = DirsyncPartner::of(m_store, object.value());
        if (!partner)
            return partner.error();
        const DirsyncPartner& p = partner.value();
        if (Status s = DirsyncPartnerState::ensure(w, p.guid()); !s)
            return s;
        auto kept = DirsyncPartnerState::of(w.store(), p.guid());
        if (!kept)
            return kept.error();
        SiteTransport transport(m_store, QString());
        const QString shadow =
            SiteTransport::shadowPostoffice(m_store.organizationName(), m_store.siteName());
        const bool firstCycle = p.reqSeq == 0 && p.confSeq == 0 && p.svrSeq == 0 && kept->watermark == 0;
        // The first cycle imports everything (xog11006), as does Import on next cycle.
        qint64 imp = p.impSeq;
        if (firstCycle && imp == 0)
            imp = 1;
        if (p.importNow)
            ++imp;
        DirsyncRun run;
        run.started = Clock::nowUtc();
        run.requestor = p.name;
        run.step = QStringLiteral("sent");
        const qint64 watermark = m_store.highestUsn();
        QList<DirsyncTransaction> changes;
        QString setAside; // for the run's detail
        const DirsyncTemplateMap::Map outgoing =
            templateOptions(object.value()) & 2
                ? DirsyncTemplateMap::outgoing(m_store, DirsyncServer::dxaServer(object.value()))
                : DirsyncTemplateMap::Map();
        if (exchangeOptions(object.value()) & 1) {
            const bool full = firstCycle || p.exportNow || kept->exportConfig != p.exportConfig(outgoing);
            DirsyncExport exporter(w, p);
            exporter.setFieldMap(outgoing);
            auto found =
                full ? exporter.full(QStringLiteral("MS:") + shadow) : exporter.changesSince(kept->watermark);
            if (!found)
                return found.error();
            if (Status e = exporter.reportSetAside(run); !e)
                return e;
            setAside = exporter.setAsideNote();
            if (full) {
                if (Status f = DirsyncPending::forget(w, p.guid()); !f)
                    return f;
            }
            changes = found.value();
        }
        auto fresh = DirsyncPending::keep(w, p.guid(), p.reqSeq, changes);
        if (!fresh)
            return fresh.error();
        run.countSent(fresh.value());
        const qint64 reqSeq = fresh->isEmpty() ? p.reqSeq : fresh->last().seq;
        DirsyncMessage message;
        auto unconfirmed = DirsyncPending::unconfirmed(w, p.guid(), p.confSeq);
        if (!unconfirmed)
            return unconfirmed.error();
        message.transactions = unconfirmed.value();
        carried = int(message.transactions.size());
        message.header.task = dirsync::TaskUpdate;
        message.header.reqName = QStringLiteral("PCM:") + shadow;
        message.header.password = p.password;
        message.header.reqSeq = reqSeq;
        message.header.srvSeq = p.svrSeq;
        message.header.impSeq = imp;
        message.header.templates = !outgoing.isEmpty();
        for (const QString& type : object->valuesOf(attr::DxaTypes))
            message.header.types << type.toUpper();
        if (message.header.types.isEmpty())
            message.header.types << QStringLiteral("PCM");
        auto mail = DirsyncEnvelope::compose(message, DirsyncSubject::Kind::RequestorUpdate, p.confSeq,
                                             transport.requestorAddress(), p.address);
        if (!mail)
            return mail.error();
        if (Status s = MtaQueue::enqueue(w, mail.value()); !s)
            return s;
        QList<AttributeChange> onObject{
            {attr::DxaReqSeq, AttributeChange::Op::Replace, {QString::number(reqSeq)}},
            {attr::DxaImpSeq, AttributeChange::Op::Replace, {QString::number(imp)}}};
        if (p.exportNow)
            onObject.append({attr::DxaExportNow, AttributeChange::Op::Replace, {}});
        if (p.importNow)
            onObject.append({attr::DxaImportNow, AttributeChange::Op::Replace, {}});
        if (Status s = w.modify(p.object.dn, onObject); !s)
            return s;
        run.messagesOut = 1;
        run.finished = Clock::nowUtc();
        run.detail = mail->subject + setAside;
        if (Status s =
                DirsyncPartnerState::sent(w, p.guid(), watermark, p.exportConfig(outgoing),
                                          run.finished.toString(Qt::ISODateWithMs), run.outcome(), false);
            !s)
            return s;
        return DirsyncLog::run(w, run);
    });
    if (!done)
        return done.error();
    return carried;
}

Result<T2Report> DirsyncRequestor::t3()
{
    const AuditTrail::As as(AuditTrail::Dirsync);
    if (!m_requestor.isValid())
        return Error(ErrorCode::NotFound,
                     Phrase::tr("site %1 has no Dir-Sync Requestor").arg(m_store.siteName()));
    auto mail = DirsyncMail::waiting(m_store);
    if (!mail)
        return mail.error();
    T2Report report;
    for (const DirsyncMail& in : mail.value()) {
        const T2Report before = report;
        QString name = m_requestor.rdn();
        Status s = m_store.write([&](DirectoryWriter& w) -> Status {
            auto object = m_store.object(m_requestor.dn);
            if (!object)
                return object.error();
            auto partner = DirsyncPartner::of(m_store, object.value());
            if (!partner)
                return partner.error();
            return applyReply(w, partner.value(), in, report);
        });
        if (s)
            continue;
        report = before;
        if (s.error().code() == ErrorCode::Storage)
            return s.error();
        ++report.rejected;
        if (Status aside = in.setAside(m_store, name, s.error().message()); !aside)
            return aside.error();
    }
    return report;
}

Status DirsyncRequestor::applyReply(DirectoryWriter& w, DirsyncPartner& p, const DirsyncMail& in,
                                    T2Report& report)
{
    const Message& m = in.message;
    DirsyncRun run;
    run.started = Clock::nowUtc();
    run.requestor = p.name;
    run.step = QStringLiteral("received");
    run.messagesIn = 1;
    const auto finish = [&]() -> Status {
        run.finished = Clock::nowUtc();
        if (Status s = DirsyncLog::run(w, run); !s)
            return s;
        return in.consume(w);
    };
    const auto discard = [&](int id, const QString& why) -> Status {
        ++report.rejected;
        run.status = QStringLiteral("discarded");
        run.detail = why;
        if (Status s = DirsyncLog::event(w, QStringLiteral("Warning"), id, why); !s)
            return s;
        return finish();
    };
    if (DirsyncAddress::key(m.from) != DirsyncAddress::key(p.address))
        return discard(
            DirsyncEvent::UnknownRequestor,
            QStringLiteral("Message received from %1, which is not the dirsync server of %2 (%3); it was "
                           "discarded.")
                .arg(m.from, p.name, p.address));
    if (const QString why = in.refusedBy(m_store, DirsyncServer::dxaServer(p.object)); !why.isEmpty())
        return discard(DirsyncEvent::Restricted,
                       QStringLiteral("The dirsync message \"%1\" was refused: %2.").arg(m.subject, why));
    auto subject = DirsyncSubject::parse(m.subject);
    if (!subject || subject->kind != DirsyncSubject::Kind::ServerUpdate)
        return discard(DirsyncEvent::StaleMessage,
                       QStringLiteral("\"%1\" from %2 is not a server update; it was discarded.")
                           .arg(m.subject, m.from));
    auto parsed = DirsyncCodec::parse(m.body, QString::fromUtf8(m.attachment));
    if (!parsed)
        return Error(ErrorCode::InvalidArgument, parsed.error().message());
    const DirsyncHeader& h = parsed->header;
    if (h.impSeq < p.impSeq)
        return discard(
            DirsyncEvent::StaleMessage,
            QStringLiteral("\"%1\" answers an older import request (I=%2, ours %3) and was ignored.")
                .arg(m.subject)
                .arg(h.impSeq)
                .arg(p.impSeq));
    // The echoed R: what the server has of ours.
    const qint64 confirmed = std::max(p.confSeq, std::min(h.reqSeq, p.reqSeq));
    if (Status c = DirsyncPending::confirm(w, p.guid(), confirmed); !c)
        return c;
    const QList<DirsyncTransaction>& all = parsed->transactions;
    const bool full = !all.isEmpty() && all.first().code == DirsyncTransaction::Code::Replace &&
                      DirsyncAddress::replacedPrefix(all.first().address).isEmpty();
    qint64 svrSeq = p.svrSeq;
    QList<AttributeChange> onObject{
        {attr::DxaConfSeq, AttributeChange::Op::Replace, {QString::number(confirmed)}}};
    if (!full && subject->wasSeq > p.svrSeq) {
        // The server believes we applied more than we did: only every list repairs that.
        ++run.warnings;
        onObject.append({attr::DxaImportNow, AttributeChange::Op::Replace, {BooleanSyntax::text(true)}});
        if (Status e = DirsyncLog::event(
                w, QStringLiteral("Warning"), DirsyncEvent::TransactionsMissing,
                QStringLiteral("Server transactions %1 to %2 never arrived; the next update "
                               "asks %3 for every list.")
                    .arg(p.svrSeq + 1)
                    .arg(subject->wasSeq)
                    .arg(p.postoffice));
            !e)
            return e;
    } else {
        QList<DirsyncTransaction> fresh;
        for (const DirsyncTransaction& t : all) {
            if (full || t.seq > p.svrSeq)
                fresh << t;
        }
        if (exchangeOptions(p.object) & 2) {
            DirsyncImport import(w, p);
            import.setFieldMap(templateOptions(p.object) & 1
                                   ? DirsyncTemplateMap::incoming(m_store, DirsyncServer::dxaServer(p.object))
                                   : DirsyncTemplateMap::Map());
            if (Status a = import.apply(fresh, run); !a)
                return a;
        }
        svrSeq = full ? h.srvSeq : std::max(p.svrSeq, h.srvSeq);
        onObject.append({attr::DxaSvrSeq, AttributeChange::Op::Replace, {QString::number(svrSeq)}});
    }
    if (Status s = w.modify(p.object.dn, onObject); !s)
        return s;
    if (Status s = DirsyncPartnerState::ensure(w, p.guid()); !s)
        return s;
    if (Status s = DirsyncPartnerState::received(w, p.guid(), m.submitted.toString(Qt::ISODateWithMs),
                                                 run.outcome());
        !s)
        return s;
    ++report.received;
    report.adds += run.adds;
    report.modifies += run.modifies;
    report.deletes += run.deletes;
    report.errors += run.errors;
    run.detail = m.subject;
    return finish();
}

} // namespace sa::core
