// PostofficeStore's part in directory synchronization: its settings, DIRSYNC.LOG, and T0 (each
// user's change entering REQTRANS, or set aside when MS Mail could not carry it).
#include "PostofficeDirsyncKeys.h"
#include "PostofficeStore.h"
#include "core/common/SqlText.h"
#include "core/dirsyncprotocol/DirsyncCodec.h"
#include "core/dirsyncprotocol/DirsyncTemplates.h"

#include <QSqlQuery>

namespace sa::core {

using namespace podirsync;

QString PostofficeStore::metaValue(const QString& key) const
{
    auto v = m_connection->run(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    if (!v)
        return {};
    const QString value = v.value()->next() ? v.value()->value(0).toString() : QString();
    v.value()->finish();
    return value;
}

Status PostofficeStore::setMetaValue(const QString& key, const QString& value)
{
    auto r = m_connection->run(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"
                                              " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                               {key, sqlText(value)});
    return r.status();
}

Status PostofficeStore::writeDirsyncLog(const QString& task, const QString& line)
{
    auto r = m_connection->run(QStringLiteral("INSERT INTO dirsync_log(at, task, text) VALUES (?, ?, ?)"),
                               {now(), task, line});
    return r.status();
}

bool PostofficeStore::isDirsyncServer() const
{
    return metaValue(QStringLiteral("dirsync-role")) == QLatin1String("server");
}

bool PostofficeStore::isDirsyncRequestor() const
{
    auto v = m_connection->scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {KeyServer});
    return v && v->isValid() && !v->toString().isEmpty();
}

QString PostofficeStore::dirsyncAddress(const QString& mailbox) const
{
    return QStringLiteral("PCM:%1/%2").arg(name(), mailbox.toUpper());
}

Status PostofficeStore::submit(const Message& m)
{
    return enqueue(m, QStringLiteral("in"), {});
}

Status PostofficeStore::appendReqTrans(DirsyncTransaction t, QStringList* setAside)
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
    if (const QString why = DirsyncCodec::problem(t); !why.isEmpty()) {
        if (t.code == DirsyncTransaction::Code::Delete)
            return {}; // never sent, as it could not be: nothing to delete at the server
        const QString line =
            QStringLiteral("Set aside %1: %2. It is sent once corrected.").arg(t.address, why);
        if (setAside)
            *setAside << QStringLiteral("%1: %2").arg(t.address, why);
        return writeDirsyncLog(QStringLiteral("ERROR"), line);
    }
    auto last = m_connection->run(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {KeyReqSync});
    if (!last)
        return last.error();
    t.seq = (last.value()->next() ? last.value()->value(0).toLongLong() : 0) + 1;
    last.value()->finish();
    if (auto r = m_connection->run(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"
                                                  " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                                   {KeyReqSync, QString::number(t.seq)});
        !r)
        return r.error();
    auto r = m_connection->run(
        QStringLiteral("INSERT INTO reqtrans(seq, code, full_name, address, new_full_name, new_address,"
                       " fields) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {t.seq, QString(QChar(char(t.code))), sqlText(t.fullName), sqlText(t.address), sqlText(t.newFullName),
         sqlText(t.newAddress), DirsyncTemplates::encode(t.fields)});
    return r.status();
}

Result<DirsyncTransaction> PostofficeStore::userTransaction(const QString& mailbox) const
{
    auto q = m_connection->run(QStringLiteral("SELECT u.full_name, f.prompt, f.value FROM users u"
                                              " LEFT JOIN user_fields f ON f.key = u.key"
                                              " WHERE u.key = ? ORDER BY f.prompt"),
                               {mailbox.toUpper()});
    if (!q)
        return q.error();
    DirsyncTransaction t;
    t.code = DirsyncTransaction::Code::Add;
    t.address = dirsyncAddress(mailbox);
    QSqlQuery& rows = *q.value();
    bool found = false;
    while (rows.next()) {
        found = true;
        t.fullName = rows.value(0).toString();
        if (!rows.value(1).isNull())
            t.fields.append(DirsyncField{rows.value(1).toString(), rows.value(2).toString()});
    }
    rows.finish();
    if (!found)
        return Error(ErrorCode::NotFound, QStringLiteral("%1 has no user %2").arg(name(), mailbox.toUpper()));
    return t;
}

Status PostofficeStore::recordChange(DirsyncTransaction::Code code, const QString& mailbox,
                                     const QString& oldName)
{
    if (!isDirsyncRequestor())
        return {}; // not in dirsync: its next export, once registered, carries everything
    DirsyncTransaction t;
    if (code == DirsyncTransaction::Code::Delete) {
        t.code = code;
        t.fullName = oldName;
        t.address = dirsyncAddress(mailbox);
        return appendReqTrans(t);
    }
    auto current = userTransaction(mailbox);
    if (!current)
        return current.error();
    t = current.value();
    if (code == DirsyncTransaction::Code::Modify) {
        // MS Mail sends a modify as two lines: the entry as it was, then as it is (reference §3).
        t.code = code;
        t.newFullName = t.fullName;
        t.newAddress = t.address;
        t.fullName = oldName;
    }
    return appendReqTrans(t);
}

} // namespace sa::core
