#include "PostofficeDirsync.h"

#include "PostofficeDirsyncKeys.h"
#include "PostofficeExternalList.h"
#include "PostofficeMail.h"
#include "PostofficeQueue.h"
#include "core/common/PasswordRule.h"
#include "core/common/SqlText.h"
#include "core/dirsyncprotocol/DirsyncAddress.h"
#include "core/dirsyncprotocol/DirsyncCodec.h"
#include "core/dirsyncprotocol/DirsyncEnvelope.h"
#include "core/dirsyncprotocol/DirsyncSubject.h"
#include "core/dirsyncprotocol/DirsyncTemplates.h"

#include <QSqlQuery>
#include <algorithm>

namespace sa::core {

using namespace podirsync;

namespace {

bool isWholeReplace(const DirsyncTransaction& t)
{
    return t.code == DirsyncTransaction::Code::Replace && DirsyncAddress::replacedPrefix(t.address).isEmpty();
}

} // namespace

// The agent --------------------------------------------------------------------------------------

qint64 PostofficeDirsync::number(const QString& key) const
{
    return m_po.metaValue(key).toLongLong();
}

Status PostofficeDirsync::setMeta(const QString& key, const QString& value)
{
    return m_po.setMetaValue(key, value);
}

Status PostofficeDirsync::writeLog(const QString& task, const QString& line)
{
    return PostofficeDirsyncJournal(m_po).log(task, line);
}

Status PostofficeDirsync::requireRequestor() const
{
    if (!m_po.isDirsyncRequestor())
        return Error(ErrorCode::NotAllowed,
                     Phrase::tr("%1 is not a dirsync requestor (register it with msmail-po dirsync "
                                "requestor %1 --server NET/PO --password PW)")
                         .arg(m_po.name()));
    return {};
}

Status PostofficeDirsync::makeRequestor(const QString& server, const QString& password,
                                        const QStringList& types)
{
    auto parsed = PostofficeStore::parseName(server);
    if (!parsed)
        return parsed.error();
    if (m_po.isDirsyncServer())
        return Error(ErrorCode::NotAllowed,
                     Phrase::tr("%1 is a dirsync server; a server cannot be a requestor of another server")
                         .arg(m_po.name()));
    const QString serverName = parsed->first + QLatin1Char('/') + parsed->second;
    if (serverName == m_po.name())
        return Error(ErrorCode::InvalidArgument,
                     Phrase::tr("%1 cannot be its own dirsync server here; name the server's postoffice")
                         .arg(serverName));
    QStringList upper;
    for (const QString& t : types) {
        const QString type = t.trimmed().toUpper();
        if (type.isEmpty() || !std::all_of(type.cbegin(), type.cend(), [](QChar c) {
                return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                       (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
            }))
            return Error(
                ErrorCode::InvalidArgument,
                Phrase::tr("\"%1\" is not an address type (letters and digits, e.g. PCM, SMTP)").arg(t));
        if (!upper.contains(type))
            upper << type;
    }
    if (upper.isEmpty())
        upper << QStringLiteral("PCM");
    if (Status s =
            PasswordRule::check(password, QStringLiteral("the dirsync password of %1").arg(m_po.name()));
        !s)
        return s;
    return m_po.connection().transaction([&]() -> Status {
        auto registered = m_po.readMeta(KeyServer);
        if (!registered)
            return registered.error();
        const bool sameServer = m_po.isDirsyncRequestor() && registered.value() == serverName;
        for (const auto& [k, v] : {std::pair{KeyServer, serverName}, std::pair{KeyPassword, password},
                                   std::pair{KeyTypes, upper.join(QLatin1Char(','))}}) {
            if (Status s = setMeta(k, v); !s)
                return s;
        }
        // Changes were not noted while it was no requestor: the first T1 looks at every user.
        if (Status s = setMeta(KeyUnsendableRules, QString()); !s)
            return s;
        if (!sameServer) {
            // A new registration: numbers from 0, so the first T1 exports all and imports all.
            for (const QString& k : {KeyReqSync, KeyReqConfirmed, KeySrvSync, KeyImpSync}) {
                if (Status s = setMeta(k, QStringLiteral("0")); !s)
                    return s;
            }
            if (Status s = PostofficeDirsyncJournal(m_po).clear(); !s)
                return s;
        }
        return writeLog(
            QStringLiteral("SETUP"),
            QStringLiteral("Requestor of %1 for address types %2").arg(serverName, upper.join(',')));
    });
}

Status PostofficeDirsync::queueExport()
{
    DirsyncTransaction replace;
    replace.code = DirsyncTransaction::Code::Replace;
    replace.address = QStringLiteral("PCM:") + m_po.name();
    if (Status s = PostofficeDirsyncJournal(m_po).append(replace); !s)
        return s;
    auto users = m_po.users();
    if (!users)
        return users.error();
    for (const PoUser& u : users.value()) {
        if (Status s = PostofficeDirsyncJournal(m_po).append(m_po.userTransaction(u), &m_setAside); !s)
            return s;
    }
    return writeLog(QStringLiteral("EXPORT"), QStringLiteral("Export of %1 users queued").arg(users->size()));
}

Status PostofficeDirsync::exportAll()
{
    if (Status s = requireRequestor(); !s)
        return s;
    return m_po.connection().transaction([&] { return queueExport(); });
}

Status PostofficeDirsync::requestImport()
{
    if (Status s = requireRequestor(); !s)
        return s;
    return m_po.connection().transaction([&]() -> Status {
        const qint64 imp = number(KeyImpSync) + 1;
        if (Status s = setMeta(KeyImpSync, QString::number(imp)); !s)
            return s;
        return writeLog(
            QStringLiteral("IMPORT"),
            QStringLiteral("Import requested (I=%1): the next reply replaces every list").arg(imp));
    });
}

Status PostofficeDirsync::setAsideUnwritable()
{
    // Transactions an earlier version queued that cannot be written. None of them, and none after
    // them, was ever sent (a T1 that met one failed whole), so each leaves and the later ones move
    // down a number: the server sees no gap.
    PostofficeDirsyncJournal journal(m_po);
    auto queued = journal.unconfirmed(number(KeyReqConfirmed));
    if (!queued)
        return queued.error();
    QList<std::pair<DirsyncTransaction, QString>> bad;
    for (const DirsyncTransaction& t : queued.value()) {
        if (const QString why = DirsyncCodec::problem(t).english(); !why.isEmpty())
            bad.prepend({t, why});
    }
    for (const auto& [t, why] : bad) { // highest number first
        if (Status s = journal.takeOut(t.seq); !s)
            return s;
        if (Status s = setMeta(KeyReqSync, QString::number(number(KeyReqSync) - 1)); !s)
            return s;
        m_setAside << QStringLiteral("%1: %2").arg(t.address, why);
        if (Status s =
                writeLog(QStringLiteral("ERROR"),
                         QStringLiteral("Set aside %1: %2. It is sent once corrected.").arg(t.address, why));
            !s)
            return s;
    }
    return {};
}

Result<QString> PostofficeDirsync::t1()
{
    m_setAside.clear();
    if (Status s = requireRequestor(); !s)
        return s.error();
    QString subject;
    Status done = m_po.connection().transaction([&]() -> Status {
        // The first cycle exports everything and asks for everything (the implicit import).
        if (number(KeyImpSync) == 0 && number(KeyReqConfirmed) == 0 && number(KeySrvSync) == 0) {
            if (Status s = setMeta(KeyImpSync, QStringLiteral("1")); !s)
                return s;
            if (Status s = queueExport(); !s)
                return s;
        }
        if (Status s = setAsideUnwritable(); !s)
            return s;
        auto queued = PostofficeDirsyncJournal(m_po).unconfirmed(number(KeyReqConfirmed));
        if (!queued)
            return queued.error();
        DirsyncMessage m;
        m.transactions = queued.value();
        const auto config = [&](const QString& key) {
            return m_po.metaValue(key);
        };
        m.header.task = dirsync::TaskUpdate;
        m.header.reqName = QStringLiteral("PCM:") + m_po.name();
        m.header.password = config(KeyPassword);
        m.header.reqSeq = number(KeyReqSync);
        m.header.srvSeq = number(KeySrvSync);
        m.header.impSeq = number(KeyImpSync);
        m.header.types = config(KeyTypes).split(QLatin1Char(','), Qt::SkipEmptyParts);
        auto mail = DirsyncEnvelope::compose(
            m, DirsyncSubject::Kind::RequestorUpdate, number(KeyReqConfirmed),
            QStringLiteral("MS:%1/%2").arg(m_po.name(), PostofficeStore::SystemMailbox),
            QStringLiteral("MS:%1/%2").arg(config(KeyServer), PostofficeStore::SystemMailbox));
        if (!mail)
            return mail.error();
        subject = mail->subject;
        if (Status s = PostofficeQueue(m_po).submit(mail.value()); !s)
            return s;
        if (Status s = setMeta(KeyLastT1, now()); !s)
            return s;
        // Every user that cannot be carried stays listed, cycle after cycle, until corrected; kept
        // as users change, not found by reading every user each cycle.
        auto unsendable = PostofficeDirsyncJournal(m_po).unsendable();
        if (!unsendable)
            return unsendable.error();
        for (const QString& line : unsendable.value()) {
            if (!m_setAside.contains(line))
                m_setAside << line;
        }
        return writeLog(QStringLiteral("T1"), subject);
    });
    if (!done)
        return done.error();
    return subject;
}

Result<PoT3Report> PostofficeDirsync::t3()
{
    if (Status s = requireRequestor(); !s)
        return s.error();
    auto mail = PostofficeMail(m_po).mailbox(PostofficeStore::SystemMailbox);
    if (!mail)
        return mail.error();
    // In the server's order (its S= numbers), whatever order the mail came in.
    QList<std::pair<qint64, PoMail>> ordered;
    for (const PoMail& m : mail.value()) {
        auto subject = DirsyncSubject::parse(m.message.subject);
        ordered.append({subject ? subject->srvSeq : -1, m});
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    // Every reply and the T3 stamp in one transaction: one durable commit for the whole T3 (issue 18).
    // A reply that cannot be applied undoes the others too; they all stay in the mailbox for the
    // next T3, which applies them in the same order.
    PoT3Report report;
    Status s = m_po.connection().transaction([&]() -> Status {
        for (const auto& item : ordered) {
            const PoMail& m = item.second;
            if (Status a = applyReply(m.message, report); !a)
                return a;
            if (Status c = PostofficeMail(m_po).consume(m.id); !c)
                return c;
            ++report.messages;
        }
        return setMeta(KeyLastT3, now());
    });
    if (!s)
        return s.error();
    return report;
}

Status PostofficeDirsync::applyReply(const Message& m, PoT3Report& report)
{
    auto registered = m_po.readMeta(KeyServer);
    if (!registered)
        return registered.error();
    const QString server = registered.value();
    const QString serverSystem = QStringLiteral("MS:%1/%2").arg(server, PostofficeStore::SystemMailbox);
    const auto reject = [&](const QString& why) {
        ++report.rejected;
        return writeLog(QStringLiteral("T3"), QStringLiteral("%1: %2").arg(m.subject, why));
    };
    if (m.from.compare(serverSystem, Qt::CaseInsensitive) != 0)
        return reject(
            QStringLiteral("[154] Non-delivery report from %1 (not the dirsync server)").arg(m.from));
    // Read twice, none of it held (a full reply carries every entry of the organization): once to
    // check it whole and see what is new, then to apply it.
    const QString attachment = QString::fromUtf8(m.attachment);
    const qint64 srvSync = number(KeySrvSync);
    bool full = false;
    bool first = true;
    qint64 count = 0;
    qint64 newer = 0; // numbered after SrvSync
    auto parsed = DirsyncCodec::parse(m.body, attachment, [&](DirsyncTransaction&& t) {
        if (first)
            full = isWholeReplace(t);
        first = false;
        ++count;
        newer += t.seq > srvSync ? 1 : 0;
        return Status();
    });
    if (!parsed)
        return reject(QStringLiteral("[124] Invalid transaction format: %1").arg(parsed.error().message()));
    const DirsyncMessage& reply = parsed.value();
    if (reply.header.task != dirsync::TaskReply)
        return reject(QStringLiteral("[155] Invalid DirSync profile (TASK=%1)").arg(reply.header.task));
    const qint64 imp = number(KeyImpSync);
    if (reply.header.impSeq < imp)
        return reject(QStringLiteral("old dirsync mail (I=%1, this postoffice asked for import %2)")
                          .arg(reply.header.impSeq)
                          .arg(imp));
    // The echoed R confirms our transactions up to it: they leave REQTRANS.
    const qint64 confirmed =
        std::max(number(KeyReqConfirmed), std::min(reply.header.reqSeq, number(KeyReqSync)));
    if (Status s = setMeta(KeyReqConfirmed, QString::number(confirmed)); !s)
        return s;
    if (Status s = PostofficeDirsyncJournal(m_po).confirm(confirmed); !s)
        return s;

    const qint64 fresh = full ? count : newer;
    if (!full && reply.header.srvSeq <= srvSync && fresh == 0)
        return writeLog(QStringLiteral("T3"),
                        QStringLiteral("%1: nothing new (SrvSync %2)").arg(m.subject).arg(srvSync));
    // The server's numbers need not be consecutive (an MS Mail server skips a requestor's own
    // entries), so what is missing shows in the subject: the server believes we applied up to
    // "was", and we have not.
    const auto subject = DirsyncSubject::parse(m.subject);
    if (!full && subject && subject->wasSeq > srvSync) {
        // Server transactions we never had: only a whole list repairs that.
        const qint64 from = srvSync + 1;
        const qint64 last = subject->wasSeq;
        ++report.rejected;
        if (Status s = setMeta(KeyImpSync, QString::number(imp + 1)); !s)
            return s;
        return writeLog(QStringLiteral("T3"),
                        QStringLiteral("[139] Number of missing transactions = %1 (%2->%3); import requested")
                            .arg(last - from + 1)
                            .arg(from)
                            .arg(last));
    }
    auto applied = DirsyncCodec::parse(m.body, attachment, [&](DirsyncTransaction&& t) -> Status {
        if (!full && t.seq <= srvSync)
            return {};
        if (Status s = applyTransaction(t); !s)
            return s;
        ++report.applied;
        return {};
    });
    if (!applied)
        return applied.error();
    if (Status s = setMeta(KeySrvSync, QString::number(std::max(reply.header.srvSeq, full ? 0 : srvSync)));
        !s)
        return s;
    return writeLog(QStringLiteral("T3"),
                    QStringLiteral("%1: %2 applied%3")
                        .arg(m.subject)
                        .arg(fresh)
                        .arg(full ? QStringLiteral(" (every list replaced)") : QString()));
}

Status PostofficeDirsync::applyTransaction(const DirsyncTransaction& t)
{
    return PostofficeExternalList(m_po).apply(t);
}

Result<PoDirsyncStatus> PostofficeDirsync::status() const
{
    PoDirsyncStatus s;
    const auto metaText = [&](const QString& key) {
        return m_po.metaValue(key);
    };
    s.server = metaText(KeyServer);
    s.types = metaText(KeyTypes).split(QLatin1Char(','), Qt::SkipEmptyParts);
    s.reqSync = number(KeyReqSync);
    s.reqConfirmed = number(KeyReqConfirmed);
    s.srvSync = number(KeySrvSync);
    s.impSync = number(KeyImpSync);
    s.lastT1 = QDateTime::fromString(metaText(KeyLastT1), Qt::ISODate);
    s.lastT3 = QDateTime::fromString(metaText(KeyLastT3), Qt::ISODate);
    auto pending = PostofficeDirsyncJournal(m_po).count();
    if (!pending)
        return pending.error();
    s.pending = pending.value();
    return s;
}

Result<QList<PoDirsyncLogLine>> PostofficeDirsync::log(int limit) const
{
    return PostofficeDirsyncJournal(m_po).lines(limit);
}

} // namespace sa::core
