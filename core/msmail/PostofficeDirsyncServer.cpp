#include "PostofficeDirsyncServer.h"

#include "PostofficeDirsyncJournal.h"
#include "PostofficeExternalList.h"
#include "PostofficeMail.h"
#include "PostofficeQueue.h"
#include "core/common/Clock.h"
#include "core/common/PasswordHash.h"
#include "core/common/PasswordRule.h"
#include "core/common/SqlText.h"
#include "core/dirsyncprotocol/DirsyncAddress.h"
#include "core/dirsyncprotocol/DirsyncAddressList.h"
#include "core/dirsyncprotocol/DirsyncCodec.h"
#include "core/dirsyncprotocol/DirsyncEnvelope.h"
#include "core/dirsyncprotocol/DirsyncSequence.h"
#include "core/dirsyncprotocol/DirsyncSubject.h"
#include "core/dirsyncprotocol/DirsyncTemplates.h"

#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace sa::core {

namespace {

const QString KeyRole = QStringLiteral("dirsync-role");

/// NET/PO of a requestor named as TYPE:NET/PO (REQNAME=) or NET/PO, upper case.
QString requestorKey(const QString& name)
{
    const QString value = name.contains(QLatin1Char(':')) ? name.section(QLatin1Char(':'), 1) : name;
    return value.trimmed().toUpper();
}

} // namespace

Status PostofficeDirsyncServer::requireServer() const
{
    if (!m_po.isDirsyncServer())
        return Error(ErrorCode::NotAllowed,
                     Phrase::tr("%1 is not a dirsync server (make it one with msmail-po dirsync server %1)")
                         .arg(m_po.name()));
    return {};
}

Status PostofficeDirsyncServer::makeServer()
{
    if (m_po.isDirsyncRequestor())
        return Error(ErrorCode::NotAllowed,
                     Phrase::tr("%1 is a requestor of %2; a requestor cannot be a server as well")
                         .arg(m_po.name(), m_po.metaValue(QStringLiteral("dirsync-server"))));
    return m_po.connection().transaction([&]() -> Status {
        if (Status s = m_po.setMetaValue(KeyRole, QStringLiteral("server")); !s)
            return s;
        return PostofficeDirsyncJournal(m_po).log(QStringLiteral("SETUP"),
                                                  QStringLiteral("Dirsync server of its network"));
    });
}

Status PostofficeDirsyncServer::registerRequestor(const QString& requestor, const QString& password)
{
    if (Status s = requireServer(); !s)
        return s;
    auto parsed = PostofficeStore::parseName(requestor);
    if (!parsed)
        return parsed.error();
    const QString key = parsed->first + QLatin1Char('/') + parsed->second;
    if (key == m_po.name())
        return Error(ErrorCode::InvalidArgument,
                     Phrase::tr("%1 is the server; it is its own requestor without registering").arg(key));
    if (Status s = PasswordRule::check(password, QStringLiteral("the dirsync password of %1").arg(key)); !s)
        return s;
    // Only checked here, never sent: kept as a hash (postoffice schema 12).
    auto kept = PasswordHash::make(password, PasswordHash::Cost::EveryMessage);
    if (!kept)
        return kept.error();
    return m_po.connection().transaction([&]() -> Status {
        auto r = m_po.connection().exec(
            QStringLiteral("INSERT INTO srvconf(requestor_key, password) VALUES (?, ?)"
                           " ON CONFLICT(requestor_key) DO UPDATE SET password = excluded.password"),
            {key, kept.value()});
        if (!r)
            return r.error();
        return PostofficeDirsyncJournal(m_po).log(QStringLiteral("SETUP"),
                                                  QStringLiteral("Requestor %1 registered").arg(key));
    });
}

Result<QList<PoRequestorConfig>> PostofficeDirsyncServer::requestors() const
{
    auto q = m_po.connection().exec(
        QStringLiteral("SELECT requestor_key, req_sync, conf_sync, imp_sync,"
                       " coalesce(last_update, '') FROM srvconf ORDER BY requestor_key"));
    if (!q)
        return q.error();
    QList<PoRequestorConfig> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out.append(PoRequestorConfig{r.value(0).toString(), r.value(1).toLongLong(), r.value(2).toLongLong(),
                                     r.value(3).toLongLong(),
                                     QDateTime::fromString(r.value(4).toString(), Qt::ISODate)});
    }
    return out;
}

namespace {

/// The server postoffice's master list (table master): every requestor's entries, keyed by
/// address, each with the requestor it came from.
class MasterList : public DirsyncAddressList
{
public:
    MasterList(SqliteConnection& connection, const QString& requestor)
        : m_connection(connection), m_requestor(requestor)
    {
    }

protected:
    Result<QString> fieldsOf(const QString& address) override
    {
        auto kept = m_connection.scalar(QStringLiteral("SELECT fields FROM master WHERE address_key = ?"),
                                        {DirsyncAddress::key(address)});
        if (!kept)
            return kept.error();
        return kept->toString();
    }
    Status put(const QString& address, const QString& fullName, const QString& fields) override
    {
        return m_connection
            .run(QStringLiteral("INSERT INTO master(address_key, address, full_name, requestor_key, fields)"
                                " VALUES (?, ?, ?, ?, ?) ON CONFLICT(address_key) DO UPDATE SET"
                                " address = excluded.address, full_name = excluded.full_name,"
                                " requestor_key = excluded.requestor_key, fields = excluded.fields"),
                 {DirsyncAddress::key(address), address, fullName, m_requestor, fields})
            .status();
    }
    Status drop(const QString& address) override
    {
        return m_connection
            .run(QStringLiteral("DELETE FROM master WHERE address_key = ?"), {DirsyncAddress::key(address)})
            .status();
    }
    Status replaceAll(const DirsyncTransaction&) override
    {
        // Decided: an R from a requestor replaces everything that requestor contributed (an Exchange
        // requestor sends R for its shadow postoffice and exports the lists of several sites).
        return m_connection.run(QStringLiteral("DELETE FROM master WHERE requestor_key = ?"), {m_requestor})
            .status();
    }

private:
    SqliteConnection& m_connection;
    QString m_requestor;
};

} // namespace

Status PostofficeDirsyncServer::append(const QString& requestor, const DirsyncTransaction& t)
{
    SqliteConnection& c = m_po.connection();
    auto r =
        c.run(QStringLiteral("INSERT INTO msttrans(requestor_key, code, full_name, address, new_full_name,"
                             " new_address, fields) VALUES (?, ?, ?, ?, ?, ?, ?)"),
              {requestor, QString(QChar(char(t.code))), sqlText(t.fullName), sqlText(t.address),
               sqlText(t.newFullName), sqlText(t.newAddress), DirsyncTemplates::encode(t.fields)});
    if (!r)
        return r.error();
    return MasterList(c, requestor).apply(t);
}

Status PostofficeDirsyncServer::takeOwnChanges(PoT2Report& report)
{
    const QString self = m_po.name();
    auto users = m_po.users();
    if (!users)
        return users.error();
    QMap<QString, QString> wanted; // key -> full name
    QMap<QString, QString> addresses;
    for (const PoUser& u : users.value()) {
        const QString address = m_po.dirsyncAddress(u.mailbox);
        wanted.insert(DirsyncAddress::key(address), u.fullName);
        addresses.insert(DirsyncAddress::key(address), address);
    }
    QMap<QString, std::pair<QString, QString>> held; // key -> (address, name)
    auto q = m_po.connection().exec(
        QStringLiteral("SELECT address_key, address, full_name FROM master WHERE requestor_key = ?"), {self});
    if (!q)
        return q.error();
    while (q.value().next())
        held.insert(q.value().value(0).toString(),
                    {q.value().value(1).toString(), q.value().value(2).toString()});
    q.value().finish();
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const auto was = held.constFind(it.key());
        DirsyncTransaction t;
        if (was == held.cend()) {
            t.code = DirsyncTransaction::Code::Add;
            t.fullName = it.value();
            t.address = addresses.value(it.key());
        } else if (was->second != it.value()) {
            t.code = DirsyncTransaction::Code::Modify;
            t.fullName = was->second;
            t.address = was->first;
            t.newFullName = it.value();
            t.newAddress = addresses.value(it.key());
        } else {
            continue;
        }
        if (Status s = append(self, t); !s)
            return s;
        ++report.transactions;
    }
    for (auto it = held.cbegin(); it != held.cend(); ++it) {
        if (wanted.contains(it.key()))
            continue;
        DirsyncTransaction t;
        t.code = DirsyncTransaction::Code::Delete;
        t.fullName = it->second;
        t.address = it->first;
        if (Status s = append(self, t); !s)
            return s;
        ++report.transactions;
    }
    return {};
}

Status PostofficeDirsyncServer::receive(const PoMail& mail, PoT2Report& report)
{
    const Message& m = mail.message;
    const auto discard = [&](const QString& why) {
        ++report.rejected;
        return PostofficeDirsyncJournal(m_po).log(QStringLiteral("T2"),
                                                  QStringLiteral("%1: %2").arg(m.subject, why));
    };
    auto parsed = DirsyncCodec::parse(m.body, QString::fromUtf8(m.attachment));
    if (!parsed)
        return discard(QStringLiteral("[124] Invalid transaction format: %1").arg(parsed.error().message()));
    const DirsyncHeader& h = parsed->header;
    if (h.task != dirsync::TaskUpdate && h.task != dirsync::TaskExport &&
        h.task != dirsync::TaskImportRequest)
        return discard(QStringLiteral("[155] Invalid DirSync profile from %1").arg(m.from));
    const QString key = requestorKey(h.reqName);
    if (key.isEmpty() || DirsyncAddress::postofficeOf(m.from) != key)
        return discard(QStringLiteral("[154] Non-delivery report from %1").arg(m.from));
    auto conf = m_po.connection().exec(
        QStringLiteral("SELECT password, req_sync, imp_sync FROM srvconf WHERE requestor_key = ?"), {key});
    if (!conf)
        return conf.error();
    if (!conf.value().next())
        return discard(QStringLiteral("[120] Requestor not registered : PCM:%1").arg(key));
    const QString kept = conf.value().value(0).toString();
    const qint64 reqSync = conf.value().value(1).toLongLong();
    const qint64 impSync = conf.value().value(2).toLongLong();
    conf.value().finish();
    if (!kept.isEmpty() && !PasswordHash::matches(kept, h.password))
        return discard(QStringLiteral("[156] Invalid DirSync password from PCM:%1").arg(key));
    auto maxSeq = m_po.connection().scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM msttrans"));
    if (!maxSeq)
        return maxSeq.error();
    // The site's server's rule for numbers no requestor can reach: refused, said in DIRSYNC.LOG as
    // MS Mail says a bad password, and the requestor's numbers stay where they were.
    auto subject = DirsyncSubject::parse(m.subject);
    if (const QString why = DirsyncSequence::unreachable(*parsed, subject ? subject->wasSeq : 0,
                                                         {reqSync, maxSeq->toLongLong(), key});
        !why.isEmpty())
        return discard(QStringLiteral("Refused from PCM:%1: %2; nothing of it was applied").arg(key, why));
    qint64 last = std::max(reqSync, h.reqSeq);
    int applied = 0;
    for (const DirsyncTransaction& t : parsed->transactions) {
        if (t.seq <= reqSync)
            continue; // rejected as old information
        if (Status s = append(key, t); !s)
            return s;
        last = std::max(last, t.seq);
        ++applied;
    }
    report.transactions += applied;
    maxSeq = m_po.connection().scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM msttrans"));
    if (!maxSeq)
        return maxSeq.error();
    // An import request, or a SrvSync the server never reached (it was restored): the whole list.
    const bool full =
        h.impSeq > impSync || h.task == dirsync::TaskImportRequest || h.srvSeq > maxSeq->toLongLong();
    auto r = m_po.connection().exec(
        QStringLiteral(
            "UPDATE srvconf SET req_sync = ?, conf_sync = ?, imp_sync = max(imp_sync, ?), address = ?,"
            " answer = 1, full_reply = max(full_reply, ?), last_update = ? WHERE requestor_key = ?"),
        {last, std::max<qint64>(h.srvSeq, 0), h.impSeq, m.from, full ? 1 : 0,
         Clock::nowUtc().toString(Qt::ISODate), key});
    if (!r)
        return r.error();
    ++report.received;
    return PostofficeDirsyncJournal(m_po).log(
        QStringLiteral("T2"),
        QStringLiteral("%1: %2 transaction(s) from %3").arg(m.subject).arg(applied).arg(key));
}

Status PostofficeDirsyncServer::reply(const QString& requestor, PoT2Report& report)
{
    SqliteConnection& c = m_po.connection();
    auto conf = c.exec(QStringLiteral("SELECT req_sync, conf_sync, imp_sync, address, full_reply FROM srvconf"
                                      " WHERE requestor_key = ?"),
                       {requestor});
    if (!conf)
        return conf.error();
    if (!conf.value().next())
        return {};
    const qint64 reqSync = conf.value().value(0).toLongLong();
    const qint64 confSync = conf.value().value(1).toLongLong();
    const qint64 impSync = conf.value().value(2).toLongLong();
    const QString address = conf.value().value(3).toString();
    const bool full = conf.value().value(4).toBool();
    conf.value().finish();
    auto top = c.scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM msttrans"));
    if (!top)
        return top.error();
    const qint64 sync = top->toLongLong();
    DirsyncMessage message;
    if (full) {
        DirsyncTransaction replace;
        replace.seq = 1;
        replace.code = DirsyncTransaction::Code::Replace;
        replace.address = QStringLiteral("PCM:");
        message.transactions << replace;
        auto q =
            c.exec(QStringLiteral("SELECT full_name, address, fields FROM master WHERE requestor_key != ?"
                                  " ORDER BY address_key"),
                   {requestor});
        if (!q)
            return q.error();
        while (q.value().next()) {
            DirsyncTransaction t;
            t.seq = message.transactions.size() + 1;
            t.fullName = q.value().value(0).toString();
            t.address = q.value().value(1).toString();
            t.fields = DirsyncTemplates::decode(q.value().value(2).toString());
            message.transactions << t;
        }
    } else {
        auto q =
            c.exec(QStringLiteral("SELECT %1 FROM msttrans WHERE seq > ? AND requestor_key != ? ORDER BY seq")
                       .arg(PostofficeDirsyncJournal::TransactionColumns),
                   {confSync, requestor});
        if (!q)
            return q.error();
        while (q.value().next()) {
            const DirsyncTransaction t = PostofficeDirsyncJournal::transactionFrom(q.value());
            if (t.code != DirsyncTransaction::Code::Replace) // a requestor's R is about its own list
                message.transactions << t;
        }
    }
    // An entry MS Mail cannot carry (one of its own users stored by an earlier version) is left out
    // of the reply, said in DIRSYNC.LOG; the rest goes.
    for (qsizetype i = message.transactions.size() - 1; i >= 0; --i) {
        const DirsyncTransaction& t = message.transactions.at(i);
        const QString why = DirsyncCodec::problem(t).english();
        if (why.isEmpty())
            continue;
        report.setAside << QStringLiteral("%1 (to %2): %3").arg(t.address, requestor, why);
        if (Status s = PostofficeDirsyncJournal(m_po).log(
                QStringLiteral("ERROR"),
                QStringLiteral("Set aside %1 in the reply to %2: %3").arg(t.address, requestor, why));
            !s)
            return s;
        message.transactions.removeAt(i);
    }
    message.header.task = dirsync::TaskReply;
    message.header.reqName = QStringLiteral("PCM:") + requestor;
    message.header.reqSeq = reqSync;
    message.header.srvSeq = sync;
    message.header.impSeq = impSync;
    auto mail = DirsyncEnvelope::compose(
        message, DirsyncSubject::Kind::ServerUpdate, confSync,
        QStringLiteral("MS:%1/%2").arg(m_po.name(), PostofficeStore::SystemMailbox), address);
    if (!mail)
        return mail.error();
    if (Status s = PostofficeQueue(m_po).submit(mail.value()); !s)
        return s;
    auto r = c.exec(QStringLiteral("UPDATE srvconf SET answer = 0, full_reply = 0 WHERE requestor_key = ?"),
                    {requestor});
    if (!r)
        return r.error();
    ++report.replies;
    return PostofficeDirsyncJournal(m_po).log(QStringLiteral("T2"), mail->subject);
}

Status PostofficeDirsyncServer::rebuildList()
{
    // The others' entries of the master list: the server's own users are in its list already.
    auto q = m_po.connection().exec(
        QStringLiteral("SELECT address, full_name, fields FROM master WHERE requestor_key != ?"),
        {m_po.name()});
    if (!q)
        return q.error();
    QList<PostofficeExternalList::Entry> entries;
    while (q.value().next())
        entries.append(
            {q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString()});
    q.value().finish();
    return PostofficeExternalList(m_po).rebuild(entries);
}

Result<PoT2Report> PostofficeDirsyncServer::t2()
{
    if (Status s = requireServer(); !s)
        return s.error();
    PoT2Report report;
    auto mail = PostofficeMail(m_po).mailbox(PostofficeStore::SystemMailbox);
    if (!mail)
        return mail.error();
    QList<PoMail> ordered = mail.value();
    std::stable_sort(ordered.begin(), ordered.end(), [](const PoMail& a, const PoMail& b) {
        return a.message.submitted < b.message.submitted;
    });
    SqliteConnection& c = m_po.connection();
    for (const PoMail& m : ordered) {
        Status s = c.transaction([&]() -> Status {
            if (Status r = receive(m, report); !r)
                return r;
            return PostofficeMail(m_po).consume(m.id);
        });
        if (!s)
            return s.error();
    }
    // The server is its own requestor: its users' changes, then its own address list.
    Status own = c.transaction([&]() -> Status {
        if (Status s = takeOwnChanges(report); !s)
            return s;
        return rebuildList();
    });
    if (!own)
        return own.error();
    auto due =
        c.exec(QStringLiteral("SELECT requestor_key FROM srvconf WHERE answer = 1 ORDER BY requestor_key"));
    if (!due)
        return due.error();
    QStringList answer;
    while (due.value().next())
        answer << due.value().value(0).toString();
    due.value().finish();
    for (const QString& requestor : answer) {
        Status s = c.transaction([&] { return reply(requestor, report); });
        if (s)
            continue;
        if (s.error().code() == ErrorCode::Storage)
            return s.error(); // the database itself: nothing else goes either
        // One requestor's reply failed for a reason of its own: said, and the others answered.
        report.problems << Phrase::tr("the reply to %1: %2").arg(requestor, s.error().phrase());
        if (Status logged = c.transaction([&] {
                return PostofficeDirsyncJournal(m_po).log(
                    QStringLiteral("ERROR"),
                    QStringLiteral("The reply to %1 failed: %2").arg(requestor, s.error().message()));
            });
            !logged)
            return logged.error();
    }
    return report;
}

} // namespace sa::core
