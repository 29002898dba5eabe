#include "SeenIds.h"

#include "MessageRow.h"
#include "core/common/Clock.h"
#include "core/storage/SqliteConnection.h"
#include "core/storage/SqliteStatement.h"

#include <QDateTime>

namespace sa::core {

SeenIds::SeenIds(const SqliteConnection& connection, QString table)
    : m_connection(connection), m_table(std::move(table)),
      // Taken in when neither generation has it: one statement, one b-tree written.
      m_insert(
          QStringLiteral("INSERT INTO %1(message_id) SELECT ?1 WHERE NOT EXISTS"
                         " (SELECT 1 FROM %1_old WHERE message_id = ?1) ON CONFLICT(message_id) DO NOTHING")
              .arg(m_table)),
      m_since(QStringLiteral("SELECT at FROM %1_since").arg(m_table))
{
}

Result<bool> SeenIds::takeIn(const Message& m)
{
    auto r = m_connection.statement(m_insert);
    if (!r)
        return r.error();
    return takeIn(*r.value(), m);
}

Result<bool> SeenIds::takeIn(SqliteStatement& insert, const Message& m)
{
    // Recorded, or already there (then nothing changes and no row is counted). On the C API: it
    // runs for every message at every hop (issue 18).
    if (Status s = insert.bind(1, key(m)).exec(); !s)
        return s.error();
    return insert.changes() == 1;
}

Status SeenIds::forgetOld()
{
    auto since = m_connection.statement(m_since);
    if (!since)
        return since.error();
    auto row = since.value()->next();
    if (!row)
        return row.error();
    const QString began = row.value() ? since.value()->text(0) : QString();
    since.value()->reset();
    const QString now = MessageRow::stamp(Clock::nowUtc());
    if (began.isEmpty()) // the first hand-over starts the count
        return m_connection.exec(QStringLiteral("INSERT INTO %1_since(at) VALUES (?)").arg(m_table), {now})
            .status();
    if (began >= MessageRow::stamp(Clock::nowUtc().addDays(-RetentionDays)))
        return {};
    // The old generation goes and the new one takes its place: renamed, not copied (a month of a
    // busy receiver's ids), and the new one starts empty.
    for (const QString& sql :
         {QStringLiteral("DELETE FROM %1_old"), QStringLiteral("ALTER TABLE %1_old RENAME TO %1_turning"),
          QStringLiteral("ALTER TABLE %1 RENAME TO %1_old"),
          QStringLiteral("ALTER TABLE %1_turning RENAME TO %1")}) {
        if (Status s = m_connection.exec(sql.arg(m_table)).status(); !s)
            return s;
    }
    return m_connection.exec(QStringLiteral("UPDATE %1_since SET at = ?").arg(m_table), {now}).status();
}

QString SeenIds::key(const Message& m)
{
    return m.id + QLatin1Char(';') + QString::number(m.hops);
}

Result<int> SeenIds::takeInAll(const QList<Message>& messages,
                               const std::function<Status(const Message&)>& keep)
{
    int fresh = 0;
    auto insert = m_connection.statement(m_insert); // looked up once for the batch
    if (!insert)
        return insert.error();
    for (const Message& m : messages) {
        auto taken = takeIn(*insert.value(), m);
        if (!taken)
            return taken.error();
        if (!*taken)
            continue; // handed over before: keep one copy
        if (Status s = keep(m); !s)
            return s.error();
        ++fresh;
    }
    if (fresh > 0) {
        if (Status s = forgetOld(); !s)
            return s.error();
    }
    return fresh;
}

} // namespace sa::core
