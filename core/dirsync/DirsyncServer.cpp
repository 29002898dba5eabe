#include "DirsyncServer.h"

#include "DirsyncExport.h"
#include "DirsyncImport.h"
#include "DirsyncLog.h"
#include "DirsyncMail.h"
#include "DirsyncPartnerState.h"
#include "DirsyncPending.h"
#include "DirsyncTemplateMap.h"
#include "core/common/Clock.h"
#include "core/common/TextRule.h"
#include "core/directory/AddressSyntax.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/Schema.h"
#include "core/dirsyncprotocol/DirsyncAddress.h"
#include "core/dirsyncprotocol/DirsyncCodec.h"
#include "core/dirsyncprotocol/DirsyncEnvelope.h"
#include "core/dirsyncprotocol/DirsyncSequence.h"
#include "core/dirsyncprotocol/DirsyncSubject.h"
#include "core/message/MessageRow.h"
#include "core/services/Services.h"
#include "core/transport/SiteTransport.h"

#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <optional>

namespace sa::core {

DirsyncServer::DirsyncServer(DirectoryStore& store) : m_store(store)
{
    auto s = serverObject(store);
    if (s)
        m_server = s.value();
}

Result<DirectoryObject> DirsyncServer::serverObject(DirectoryStore& store)
{
    return DirsyncRole::ownObject(store, QStringLiteral("dirsync-server"),
                                  QStringLiteral("Directory Synchronization Server"));
}

QString DirsyncServer::dxaServer(const DirectoryObject& serverObject)
{
    return DirsyncRole::server(serverObject);
}

Result<QList<DirsyncPartner>> DirsyncServer::partners() const
{
    QList<DirsyncPartner> out;
    if (!m_server.isValid())
        return out;
    auto kids = m_store.children(m_server.id);
    if (!kids)
        return kids.error();
    for (const DirectoryObject& o : kids.value()) {
        if (o.cls->name != QLatin1String("remote-dirsync-requestor"))
            continue;
        auto p = DirsyncPartner::of(m_store, o);
        if (!p)
            return p.error();
        out << p.value();
    }
    return out;
}

Result<T2Report> DirsyncServer::t2()
{
    if (!m_server.isValid())
        return Error(
            ErrorCode::NotFound,
            QStringLiteral("site %1 has no Directory Synchronization Server").arg(m_store.siteName()));
    if (Status s = DirsyncRole::requireService(m_store, m_server); !s)
        return s.error();
    T2Report report;
    auto all = partners();
    if (!all)
        return all.error();
    QList<DirsyncPartner> requestors = all.value();
    // T2 receive (SRVMAIN -R): the $SYSTEM mail in the order it was submitted.
    auto mail = DirsyncMail::waiting(m_store);
    if (!mail)
        return mail.error();
    auto before = lastReceived();
    if (!before)
        return before.error();
    // A T2 with mail to take in is a bulk write: a requestor's full export becomes thousands of
    // custom recipients and its reply thousands of dxa_sent rows. With SQLite's 2 MB cache their
    // pages spilled to the WAL mid-transaction and were read back (issue 18); an idle T2 keeps it.
    std::optional<SqliteConnection::BulkCache> bulk;
    if (!mail->isEmpty())
        bulk.emplace(m_store.connection());
    if (Status s = takeIn(mail.value(), requestors, before.value(), report); !s)
        return s.error();
    // T2 transmit (SRVMAIN -T): each requestor that sent gets its reply.
    m_importContainers.clear();
    for (const DirsyncPartner& p : requestors) {
        auto dn = Dn::parse(p.importContainer);
        if (dn && !m_importContainers.contains(dn->key()))
            m_importContainers << dn->key();
    }
    QList<DirsyncPartner> due;
    for (const DirsyncPartner& p : requestors) {
        auto state = DirsyncPartnerState::of(m_store, p.guid());
        if (!state)
            return state.error();
        if (state->answerDue)
            due << p;
    }
    if (Status s = answer(due, report); !s)
        return s.error();
    return report;
}

bool DirsyncServer::cancelled() const
{
    return m_cancel && m_cancel->load();
}

bool DirsyncServer::stopsT2(const Error& error)
{
    return error.code() == ErrorCode::Cancelled || error.code() == ErrorCode::Storage;
}

Status DirsyncServer::takeIn(const QList<DirsyncMail>& mail, QList<DirsyncPartner>& requestors,
                             const QMap<QString, QString>& before, T2Report& report)
{
    // Every message and the count of missed T2s in one transaction: an idle cycle of ten requestors
    // made eleven commits here (issue 18). A message that cannot be applied rolls them all back, and
    // they are taken again one transaction each, so that it alone is set aside.
    const QList<DirsyncPartner> asRead = requestors;
    const T2Report none = report;
    Status together = m_store.write([&](DirectoryWriter& w) -> Status {
        for (const DirsyncMail& in : mail) {
            if (cancelled())
                return Error(ErrorCode::Cancelled, QStringLiteral("T2 cancelled between messages"));
            if (Status s = receiveIn(w, in, requestors, report); !s)
                return s;
        }
        return countMissed(w, requestors, before);
    });
    if (together || stopsT2(together.error()))
        return together;
    requestors = asRead;
    report = none;
    for (const DirsyncMail& in : mail) {
        if (cancelled())
            return Error(ErrorCode::Cancelled, QStringLiteral("T2 cancelled between messages"));
        if (Status s = receive(in, requestors, report); !s)
            return s;
    }
    return m_store.write([&](DirectoryWriter& w) { return countMissed(w, requestors, before); });
}

Status DirsyncServer::answer(const QList<DirsyncPartner>& due, T2Report& report)
{
    // Every reply in one transaction too; one that cannot be made (or held back by the deletion
    // threshold) rolls them back, and each is then made in a transaction of its own.
    const T2Report received = report;
    Status together = m_store.write([&](DirectoryWriter& w) -> Status {
        for (const DirsyncPartner& p : due) {
            if (cancelled())
                return Error(ErrorCode::Cancelled, QStringLiteral("T2 cancelled between replies"));
            HeldBack held;
            if (Status s = replyIn(w, p, report, held); !s)
                return s;
        }
        return {};
    });
    if (together || stopsT2(together.error()))
        return together;
    report = received;
    for (const DirsyncPartner& p : due) {
        if (cancelled())
            return Error(ErrorCode::Cancelled, QStringLiteral("T2 cancelled between replies"));
        if (Status s = reply(p, report); !s) {
            if (stopsT2(s.error()))
                return s;
            if (Status e = replyFailed(p, s.error(), report); !e)
                return e;
        }
    }
    return {};
}

Result<QMap<QString, QString>> DirsyncServer::lastReceived() const
{
    return DirsyncPartnerState::lastReceivedOfAll(m_store);
}

Status DirsyncServer::countMissed(DirectoryWriter& w, const QList<DirsyncPartner>& requestors,
                                  const QMap<QString, QString>& before)
{
    auto after = lastReceived();
    if (!after)
        return after.error();
    for (const DirsyncPartner& p : requestors) {
        if (Status e = DirsyncPartnerState::ensure(w, p.guid()); !e)
            return e;
        const bool arrived = after->value(p.guid()) != before.value(p.guid());
        if (Status s = DirsyncPartnerState::countMissed(w, p.guid(), arrived); !s)
            return s;
    }
    return {};
}

Status DirsyncServer::copyToAdministrator(DirectoryWriter& w, const Message& m)
{
    const QString adminDn = m_server.value(attr::DxaLocalAdmin);
    if (adminDn.isEmpty())
        return {};
    auto dn = Dn::parse(adminDn);
    auto admin = dn ? m_store.object(dn.value()) : Result<DirectoryObject>(dn.error());
    if (!admin)
        return {}; // the administrator's mailbox is gone: nothing to copy to
    QString to;
    for (const QString& p : admin->valuesOf(attr::ProxyAddresses)) {
        if (to.isEmpty() || AddressSyntax::isPrimary(p))
            to = AddressSyntax::typeOf(p) + QLatin1Char(':') + AddressSyntax::valueOf(p);
    }
    if (to.isEmpty())
        return {};
    Message copy = m;
    copy.id = Message::newId();
    copy.to = to;
    copy.hops = 0;
    return MtaQueue::enqueue(w, copy);
}

DirsyncPartner* DirsyncServer::senderOf(const Message& m, QList<DirsyncPartner>& partners)
{
    DirsyncPartner* partner = nullptr;
    for (DirsyncPartner& p : partners) {
        if (DirsyncAddress::key(p.address) == DirsyncAddress::key(m.from))
            partner = &p;
    }
    return partner;
}

Status DirsyncServer::readAgain(DirsyncPartner& partner) const
{
    auto object = m_store.object(partner.object.dn);
    auto fresh =
        object ? DirsyncPartner::of(m_store, object.value()) : Result<DirsyncPartner>(object.error());
    if (!fresh)
        return fresh.error();
    partner = fresh.value();
    return {};
}

Status DirsyncServer::receiveIn(DirectoryWriter& w, const DirsyncMail& in, QList<DirsyncPartner>& partners,
                                T2Report& report)
{
    const Message& m = in.message;
    DirsyncPartner* partner = senderOf(m, partners);
    if (!partner) {
        ++report.rejected;
        if (Status s = DirsyncLog::event(
                w, QStringLiteral("Error"), DirsyncEvent::UnknownRequestor,
                QStringLiteral("Message received from unknown DirSync requestor - %1.").arg(m.from));
            !s)
            return s;
        if (m_server.flag(attr::DxaAdminForward)) {
            if (Status s = copyToAdministrator(w, m); !s)
                return s;
        }
        return in.consume(w);
    }
    if (Status s = applyRequestorMessage(w, *partner, in, report); !s)
        return s;
    return readAgain(*partner); // its numbers moved: the next message and the replies must see them
}

Status DirsyncServer::receive(const DirsyncMail& in, QList<DirsyncPartner>& partners, T2Report& report)
{
    DirsyncPartner* partner = senderOf(in.message, partners);
    if (!partner)
        return m_store.write([&](DirectoryWriter& w) { return receiveIn(w, in, partners, report); });
    const T2Report before = report;
    Status applied =
        m_store.write([&](DirectoryWriter& w) { return applyRequestorMessage(w, *partner, in, report); });
    // What was committed (or rolled back) is what the next message and the replies must see.
    if (Status s = readAgain(*partner); !s)
        return s;
    if (applied)
        return {};
    report = before; // rolled back
    if (applied.error().code() == ErrorCode::Storage)
        return applied; // the database, not the message: it stays for the next T2
    // The message itself cannot be applied: set aside whole, so it does not block the ones after it.
    ++report.rejected;
    return in.setAside(m_store, partner->name, applied.error().message());
}

Status DirsyncServer::applyRequestorMessage(DirectoryWriter& w, DirsyncPartner& p, const DirsyncMail& in,
                                            T2Report& report)
{
    const Message& m = in.message;
    DirsyncRun run;
    run.started = Clock::nowUtc();
    run.requestor = p.name;
    run.step = QStringLiteral("received");
    run.messagesIn = 1;
    if (Status b = DirsyncLog::begin(w, run); !b) // T2's transaction may hold other messages' runs
        return b;
    const auto consume = [&]() -> Status {
        if (m_server.flag(attr::DxaAdminForward)) {
            if (Status s = copyToAdministrator(w, m); !s)
                return s;
        }
        run.finished = Clock::nowUtc();
        if (Status s = DirsyncLog::run(w, run); !s)
            return s;
        return in.consume(w);
    };
    const auto discard = [&](const QString& level, int id, const QString& why) -> Status {
        ++report.rejected;
        run.status = QStringLiteral("discarded");
        run.detail = why;
        if (Status s = DirsyncLog::event(w, level, id, why); !s)
            return s;
        return consume();
    };

    if (const QString why = in.refusedBy(m_store, dxaServer(m_server)); !why.isEmpty())
        return discard(QStringLiteral("Warning"), DirsyncEvent::Restricted,
                       QStringLiteral("The dirsync message \"%1\" was refused: %2.").arg(m.subject, why));
    auto subject = DirsyncSubject::parse(m.subject);
    if (subject && subject->kind == DirsyncSubject::Kind::StatusReport)
        return discard(QStringLiteral("Information"), DirsyncEvent::Cycle,
                       QStringLiteral("Status report from %1 received.").arg(p.postoffice));
    auto parsed = DirsyncCodec::parse(m.body, QString::fromUtf8(m.attachment));
    if (!parsed)
        return Error(ErrorCode::InvalidArgument, parsed.error().message());
    const DirsyncMessage& message = parsed.value();
    const DirsyncHeader& h = message.header;
    if (h.task != dirsync::TaskUpdate && h.task != dirsync::TaskExport &&
        h.task != dirsync::TaskImportRequest)
        return Error(
            ErrorCode::InvalidArgument,
            QStringLiteral("[155] Invalid DirSync profile from %1 (TASK=%2)").arg(p.postoffice, h.task));
    if (!p.password.isEmpty() && h.password != p.password)
        return discard(QStringLiteral("Error"), DirsyncEvent::WrongPassword,
                       QStringLiteral("[156] Invalid DirSync password from PCM:%1. The message \"%2\" was "
                                      "discarded; the password on %3 must equal the postoffice's.")
                           .arg(p.postoffice, m.subject, p.name));
    // Who the message says it is from must be who sent it (its sender's address found `p`).
    if (const QString named = DirsyncAddress::postofficeOf(h.reqName);
        !h.reqName.isEmpty() && named.compare(p.postoffice, Qt::CaseInsensitive) != 0)
        return discard(QStringLiteral("Error"), DirsyncEvent::WrongSender,
                       QStringLiteral("The dirsync message \"%1\" came from %2 but names the requestor %3; "
                                      "it was discarded.")
                           .arg(m.subject, p.postoffice, TextRule::quoted(h.reqName)));
    if (const QString why = DirsyncSequence::unreachable(message, subject ? subject->wasSeq : 0,
                                                         {p.reqSeq, p.svrSeq, p.postoffice});
        !why.isEmpty())
        return discard(QStringLiteral("Error"), DirsyncEvent::SequenceRefused,
                       QStringLiteral("The dirsync message \"%1\" from %2 was refused: %3. Nothing of it was "
                                      "applied and the numbers of %2 did not move.")
                           .arg(m.subject, p.name, why));
    if (Status s = DirsyncPartnerState::ensure(w, p.guid()); !s)
        return s;
    auto state = DirsyncPartnerState::of(w.store(), p.guid());
    if (!state)
        return state.error();
    const QString submitted = m.submitted.toString(Qt::ISODateWithMs);
    if (!state->lastReceived.isEmpty() && submitted < state->lastReceived)
        return discard(
            QStringLiteral("Warning"), DirsyncEvent::StaleMessage,
            QStringLiteral("The dirsync message \"%1\" from %2 is older than one already processed "
                           "and was ignored.")
                .arg(m.subject, p.name));

    bool full = state->fullReply || h.task == dirsync::TaskImportRequest;
    const qint64 s = std::max<qint64>(h.srvSeq, 0);
    const qint64 was = subject ? subject->wasSeq : 0;
    const auto lost = [&](const QString& why) -> Status {
        full = true;
        run.warnings += 1;
        run.detail = why;
        if (Status e =
                DirsyncLog::event(w, QStringLiteral("Warning"), DirsyncEvent::MessagesLost,
                                  QStringLiteral("Multiple dirsync messages to and from %1 have been lost or "
                                                 "delayed (%2).")
                                      .arg(p.name, why));
            !e)
            return e;
        return DirsyncLog::event(
            w, QStringLiteral("Warning"), DirsyncEvent::FullExportNext,
            QStringLiteral("An Import Reply (full export) will be done to %1 on the next reply.")
                .arg(p.name));
    };
    if (s == 0 && was == 0 && h.reqSeq < p.reqSeq && (p.confSeq > 0 || p.reqSeq > 0)) {
        // The requestor started again from nothing (re-registered, or reset): its numbers count
        // from 1 again and it gets everything.
        if (Status e = DirsyncLog::event(w, QStringLiteral("Warning"), DirsyncEvent::RequestorStartedOver,
                                         QStringLiteral("%1 started directory synchronization again from the "
                                                        "beginning; its numbers are reset.")
                                             .arg(p.name));
            !e)
            return e;
        p.reqSeq = 0;
        p.confSeq = 0;
        if (Status e = lost(QStringLiteral("the requestor's numbers start again")); !e)
            return e;
    } else if (s > p.svrSeq) {
        if (Status e = lost(QStringLiteral("it confirms %1, but only %2 were sent").arg(s).arg(p.svrSeq)); !e)
            return e;
    } else if (s < p.confSeq) {
        if (Status e = lost(QStringLiteral("it confirms %1 after confirming %2").arg(s).arg(p.confSeq)); !e)
            return e;
    } else {
        p.confSeq = s;
        if (Status c = DirsyncPending::confirm(w, p.guid(), s); !c)
            return c;
    }
    if (h.impSeq > p.impSeq) {
        full = true; // an import request: the whole list with the next reply
        p.impSeq = h.impSeq;
    }

    QList<DirsyncTransaction> fresh;
    for (const DirsyncTransaction& t : message.transactions) {
        if (t.seq > p.reqSeq)
            fresh << t; // at or below Req-Seq: applied before ("rejected as old information")
    }
    if (!fresh.isEmpty() && fresh.first().seq > p.reqSeq + 1 &&
        fresh.first().code != DirsyncTransaction::Code::Replace) {
        ++run.warnings;
        if (Status e =
                DirsyncLog::event(w, QStringLiteral("Warning"), DirsyncEvent::TransactionsMissing,
                                  QStringLiteral("Transactions %1 to %2 from %3 never arrived. Export the "
                                                 "postoffice's users again (msmail-po dirsync export %4).")
                                      .arg(p.reqSeq + 1)
                                      .arg(fresh.first().seq - 1)
                                      .arg(p.name, p.postoffice));
            !e)
            return e;
    }
    DirsyncImport import(w, p);
    import.setFieldMap(DirsyncTemplateMap::incoming(m_store, dxaServer(m_server)));
    if (Status a = import.apply(fresh, run); !a)
        return a;
    qint64 reqSeq = std::max(p.reqSeq, h.reqSeq);
    if (!fresh.isEmpty())
        reqSeq = std::max(reqSeq, fresh.last().seq);
    p.reqSeq = reqSeq;
    if (Status n = p.setNumbers(
            w, {{attr::DxaReqSeq, p.reqSeq}, {attr::DxaConfSeq, p.confSeq}, {attr::DxaImpSeq, p.impSeq}});
        !n)
        return n;
    if (Status a = DirsyncPartnerState::answerOwed(w, p.guid(), full, submitted); !a)
        return a;
    ++report.received;
    report.adds += run.adds;
    report.modifies += run.modifies;
    report.deletes += run.deletes;
    report.errors += run.errors;
    run.detail = m.subject;
    return consume();
}

Status DirsyncServer::replyFailed(const DirsyncPartner& p, const Error& error, T2Report& report)
{
    report.problems << QStringLiteral("the reply to %1: %2").arg(p.name, error.message());
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

Status DirsyncServer::reply(const DirsyncPartner& p, T2Report& report)
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

Status DirsyncServer::replyIn(DirectoryWriter& w, const DirsyncPartner& p, T2Report& report,
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
    const DirsyncTemplateMap::Map outgoing = DirsyncTemplateMap::outgoing(m_store, dxaServer(m_server));
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
        return Error(ErrorCode::NotAllowed, QStringLiteral("deletion threshold")); // rolls it all back
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
        if (Status s = copyToAdministrator(w, mail); !s)
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
