#include "PostofficeDirsyncJournal.h"

#include "PostofficeDirsyncKeys.h"
#include "PostofficeStore.h"
#include "core/common/SqlText.h"
#include "core/dirsyncprotocol/DirsyncCodec.h"
#include "core/dirsyncprotocol/DirsyncTemplates.h"

#include <QSqlQuery>

namespace sa::core {

using namespace podirsync;

Status PostofficeDirsyncJournal::log(const QString& task, const QString& line)
{
    auto r = m_po.connection().run(QStringLiteral("INSERT INTO dirsync_log(at, task, text) VALUES (?, ?, ?)"),
                                   {now(), task, line});
    return r.status();
}

Result<QList<PoDirsyncLogLine>> PostofficeDirsyncJournal::lines(int limit) const
{
    auto q = m_po.connection().exec(
        QStringLiteral("SELECT at, task, text FROM (SELECT id, at, task, text FROM dirsync_log"
                       " ORDER BY id DESC LIMIT ?) ORDER BY id"),
        {limit});
    if (!q)
        return q.error();
    QList<PoDirsyncLogLine> out;
    QSqlQuery rows = std::move(q).value();
    while (rows.next())
        out.append(PoDirsyncLogLine{QDateTime::fromString(rows.value(0).toString(), Qt::ISODate),
                                    rows.value(1).toString(), rows.value(2).toString()});
    return out;
}

Result<int> PostofficeDirsyncJournal::forgetBefore(const QString& cutoff)
{
    auto r = m_po.connection().exec(QStringLiteral("DELETE FROM dirsync_log WHERE at < ?"), {cutoff});
    if (!r)
        return r.error();
    return r->numRowsAffected();
}

Status PostofficeDirsyncJournal::append(DirsyncTransaction t, QStringList* setAside)
{
    // What MS Mail cannot carry (a name stored by an earlier version with a control character, ...)
    // is set aside here, before it takes a number: the server sees no gap, and the user's
    // correction goes out as a change of its own.
    if (t.code == DirsyncTransaction::Code::Modify && !DirsyncCodec::problem(t).isEmpty()) {
        DirsyncTransaction add = t; // the entry as it was could not be sent: it goes as new
        add.code = DirsyncTransaction::Code::Add;
        add.fullName = t.newFullName;
        add.address = t.newAddress;
        add.newFullName.clear();
        add.newAddress.clear();
        if (DirsyncCodec::problem(add).isEmpty())
            t = add;
    }
    if (const QString why = DirsyncCodec::problem(t).english(); !why.isEmpty()) {
        if (t.code == DirsyncTransaction::Code::Delete)
            return {}; // never sent, as it could not be: nothing to delete at the server
        const QString line =
            QStringLiteral("Set aside %1: %2. It is sent once corrected.").arg(t.address, why);
        if (setAside)
            *setAside << QStringLiteral("%1: %2").arg(t.address, why);
        return log(QStringLiteral("ERROR"), line);
    }
    auto last = m_po.readMeta(KeyReqSync);
    if (!last)
        return last.error();
    t.seq = last->toLongLong() + 1;
    if (Status n = m_po.setMetaValue(KeyReqSync, QString::number(t.seq)); !n)
        return n;
    auto r = m_po.connection().run(
        QStringLiteral("INSERT INTO reqtrans(seq, code, full_name, address, new_full_name, new_address,"
                       " fields) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {t.seq, QString(QChar(char(t.code))), sqlText(t.fullName), sqlText(t.address), sqlText(t.newFullName),
         sqlText(t.newAddress), DirsyncTemplates::encode(t.fields)});
    return r.status();
}

Status PostofficeDirsyncJournal::recordChange(DirsyncTransaction::Code code, const QString& mailbox,
                                              const QString& oldName)
{
    if (!m_po.isDirsyncRequestor())
        return {}; // not in dirsync: its next export, once registered, carries everything
    DirsyncTransaction t;
    if (code == DirsyncTransaction::Code::Delete) {
        t.code = code;
        t.fullName = oldName;
        t.address = m_po.dirsyncAddress(mailbox);
        return append(t);
    }
    auto current = m_po.userTransaction(mailbox);
    if (!current)
        return current.error();
    t = current.value();
    if (Status s = note(mailbox.toUpper(), t); !s)
        return s;
    if (code == DirsyncTransaction::Code::Modify) {
        // MS Mail sends a modify as two lines: the entry as it was, then as it is (reference §3).
        t.code = code;
        t.newFullName = t.fullName;
        t.newAddress = t.address;
        t.fullName = oldName;
    }
    return append(t);
}

Status PostofficeDirsyncJournal::note(const QString& key, const DirsyncTransaction& t)
{
    const QString why = DirsyncCodec::problem(t).english();
    if (why.isEmpty())
        return m_po.connection().run(QStringLiteral("DELETE FROM unsendable WHERE key = ?"), {key}).status();
    return m_po.connection()
        .run(QStringLiteral("INSERT INTO unsendable(key, full_key, line) VALUES (?, ?, ?) ON CONFLICT(key)"
                            " DO UPDATE SET full_key = excluded.full_key, line = excluded.line"),
             {key, t.fullName.toLower(), QStringLiteral("%1: %2").arg(t.address, why)})
        .status();
}

Result<QStringList> PostofficeDirsyncJournal::unsendable()
{
    auto rules = m_po.readMeta(KeyUnsendableRules);
    if (!rules)
        return rules.error();
    if (rules.value() != QString::number(DirsyncCodec::ProblemRules)) {
        // Made by other rules, or not kept while the postoffice was not a requestor: every user
        // once, then only the changes (recordChange).
        if (auto r = m_po.connection().exec(QStringLiteral("DELETE FROM unsendable")); !r)
            return r.error();
        auto users = m_po.users();
        if (!users)
            return users.error();
        for (const PoUser& u : users.value()) {
            if (Status s = note(u.mailbox.toUpper(), m_po.userTransaction(u)); !s)
                return s.error();
        }
        if (Status s = m_po.setMetaValue(KeyUnsendableRules, QString::number(DirsyncCodec::ProblemRules)); !s)
            return s.error();
    }
    // Kept prepared: asked at every T1 (issue 18).
    return m_po.connection().strings(QStringLiteral("SELECT line FROM unsendable ORDER BY full_key, key"));
}

Result<QList<DirsyncTransaction>> PostofficeDirsyncJournal::unconfirmed(qint64 confirmed) const
{
    QList<DirsyncTransaction> out;
    if (Status s = m_po.connection().eachRow(
            QStringLiteral("SELECT %1 FROM reqtrans WHERE seq > ? ORDER BY seq").arg(TransactionColumns),
            {confirmed}, [&out](const QSqlQuery& row) { out << transactionFrom(row); });
        !s)
        return s.error();
    return out;
}

Result<int> PostofficeDirsyncJournal::count() const
{
    auto n = m_po.connection().scalar(QStringLiteral("SELECT count(*) FROM reqtrans"));
    if (!n)
        return n.error();
    return n->toInt();
}

Status PostofficeDirsyncJournal::confirm(qint64 confirmed)
{
    return m_po.connection().run(QStringLiteral("DELETE FROM reqtrans WHERE seq <= ?"), {confirmed}).status();
}

Status PostofficeDirsyncJournal::takeOut(qint64 seq)
{
    SqliteConnection& c = m_po.connection();
    if (Status s = c.exec(QStringLiteral("DELETE FROM reqtrans WHERE seq = ?"), {seq}).status(); !s)
        return s;
    // Through negative numbers, so that no two rows ever hold one number (seq is the key).
    if (Status s =
            c.exec(QStringLiteral("UPDATE reqtrans SET seq = -(seq - 1) WHERE seq > ?"), {seq}).status();
        !s)
        return s;
    return c.exec(QStringLiteral("UPDATE reqtrans SET seq = -seq WHERE seq < 0")).status();
}

Status PostofficeDirsyncJournal::clear()
{
    return m_po.connection().exec(QStringLiteral("DELETE FROM reqtrans")).status();
}

const QString PostofficeDirsyncJournal::TransactionColumns =
    QStringLiteral("seq, code, full_name, address, new_full_name, new_address, fields");

DirsyncTransaction PostofficeDirsyncJournal::transactionFrom(const QSqlQuery& row)
{
    DirsyncTransaction t;
    t.seq = row.value(0).toLongLong();
    t.code = DirsyncTransaction::Code(row.value(1).toString().at(0).toLatin1());
    t.fullName = row.value(2).toString();
    t.address = row.value(3).toString();
    t.newFullName = row.value(4).toString();
    t.newAddress = row.value(5).toString();
    t.fields = DirsyncTemplates::decode(row.value(6).toString());
    return t;
}

} // namespace sa::core
