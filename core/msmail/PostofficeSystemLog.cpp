#include "PostofficeSystemLog.h"

#include "PostofficeDirsyncJournal.h"
#include "PostofficeStore.h"
#include "core/message/MessageRow.h"

#include <QSqlQuery>

namespace sa::core {

Status PostofficeSystemLog::write(const QString& source, const QString& text)
{
    SqliteConnection& c = m_po.connection();
    auto write = [&]() -> Status {
        return c
            .exec(QStringLiteral("INSERT INTO system_log(at, source, text) VALUES (?, ?, ?)"),
                  {MessageRow::stamp(), source, text})
            .status();
    };
    return c.inTransaction() ? write() : c.transaction(write);
}

Result<QList<PoLogLine>> PostofficeSystemLog::lines(int limit) const
{
    auto q =
        m_po.connection().exec(QStringLiteral("SELECT id, at, source, text FROM (SELECT * FROM system_log"
                                              " ORDER BY id DESC LIMIT ?) ORDER BY id"),
                               {limit});
    if (!q)
        return q.error();
    QList<PoLogLine> out;
    QSqlQuery& rows = q.value();
    while (rows.next())
        out.append(PoLogLine{rows.value(0).toLongLong(),
                             QDateTime::fromString(rows.value(1).toString(), Qt::ISODate),
                             rows.value(2).toString(), rows.value(3).toString()});
    return out;
}

Result<int> PostofficeSystemLog::pruneBefore(const QString& cutoff)
{
    SqliteConnection& c = m_po.connection();
    int gone = 0;
    const Status s = c.transaction([&]() -> Status {
        auto r = c.exec(QStringLiteral("DELETE FROM system_log WHERE at < ?"), {cutoff});
        if (!r)
            return r.error();
        gone += r->numRowsAffected();
        auto dirsync = PostofficeDirsyncJournal(m_po).forgetBefore(cutoff);
        if (!dirsync)
            return dirsync.error();
        gone += dirsync.value();
        return {};
    });
    if (!s)
        return s.error();
    return gone;
}

} // namespace sa::core
