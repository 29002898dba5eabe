#include "DirsyncServer.h"

#include "DirsyncImport.h"
#include "DirsyncLog.h"
#include "DirsyncMail.h"
#include "DirsyncPartnerState.h"
#include "DirsyncPending.h"
#include "DirsyncReplier.h"
#include "DirsyncTemplateMap.h"
#include "core/common/Clock.h"
#include "core/common/TextRule.h"
#include "core/directory/AddressSyntax.h"
#include "core/directory/AuditTrail.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/dirsyncprotocol/DirsyncAddress.h"
#include "core/dirsyncprotocol/DirsyncCodec.h"
#include "core/dirsyncprotocol/DirsyncSequence.h"
#include "core/dirsyncprotocol/DirsyncSubject.h"
#include "core/transport/MtaQueue.h"

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
    const AuditTrail::As as(AuditTrail::Dirsync);
    if (!m_server.isValid())
        return Error(ErrorCode::NotFound,
                     Phrase::tr("site %1 has no Directory Synchronization Server").arg(m_store.siteName()));
    if (Status s = DirsyncRole::requireService(m_store, m_server); !s)
        return s.error();
    m_dxaRead = false; // read again by each T2
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
    QStringList importContainers; // every requestor's: what no reply sends back
    for (const DirsyncPartner& p : requestors) {
        auto dn = Dn::parse(p.importContainer);
        if (dn && !importContainers.contains(dn->key()))
            importContainers << dn->key();
    }
    QList<DirsyncPartner> due;
    for (const DirsyncPartner& p : requestors) {
        auto state = DirsyncPartnerState::of(m_store, p.guid());
        if (!state)
            return state.error();
        if (state->answerDue)
            due << p;
    }
    DirsyncReplier replier(m_store, m_server, std::move(importContainers), m_cancel);
    if (Status s = replier.answer(due, report); !s)
        return s.error();
    return report;
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
                return Error(ErrorCode::Cancelled, Phrase::tr("T2 cancelled between messages"));
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
            return Error(ErrorCode::Cancelled, Phrase::tr("T2 cancelled between messages"));
        if (Status s = receive(in, requestors, report); !s)
            return s;
    }
    return m_store.write([&](DirectoryWriter& w) { return countMissed(w, requestors, before); });
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

Status DirsyncServer::copyToAdministrator(DirectoryWriter& w, const DirectoryObject& server, const Message& m)
{
    const QString adminDn = server.value(attr::DxaLocalAdmin);
    if (adminDn.isEmpty())
        return {};
    auto dn = Dn::parse(adminDn);
    auto admin = dn ? w.store().object(dn.value()) : Result<DirectoryObject>(dn.error());
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
    const QString from = DirsyncAddress::key(m.from);
    for (DirsyncPartner& p : partners) {
        if (p.addressKey == from)
            partner = &p;
    }
    return partner;
}

const DirectoryObject* DirsyncServer::dxa()
{
    if (!m_dxaRead) {
        auto read = m_store.object(SiteBuilder::directorySynchronizationDn(
            m_store.organizationName(), m_store.siteName(), dxaServer(m_server)));
        m_dxa = read ? std::optional<DirectoryObject>(read.value()) : std::nullopt;
        m_dxaRead = true;
    }
    return m_dxa ? &*m_dxa : nullptr;
}

Status DirsyncServer::readAgain(DirsyncPartner& partner) const
{
    auto object = m_store.object(partner.object.dn);
    if (!object)
        return object.error();
    partner = partner.refreshed(object.value());
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
            if (Status s = copyToAdministrator(w, m_server, m); !s)
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
            if (Status s = copyToAdministrator(w, m_server, m); !s)
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

    const DirectoryObject* dxaObject = dxa();
    if (const QString why = dxaObject ? in.refusedBy(m_store, *dxaObject, dxaServer(m_server)) : QString();
        !why.isEmpty())
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
        return Error(ErrorCode::InvalidArgument,
                     Phrase::tr("[155] Invalid DirSync profile from %1 (TASK=%2)").arg(p.postoffice, h.task));
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
    import.setFieldMap(DirsyncTemplateMap::incoming(dxa()));
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

} // namespace sa::core
