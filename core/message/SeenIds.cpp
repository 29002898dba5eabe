#include "SeenIds.h"

#include "MessageRow.h"
#include "core/common/Clock.h"
#include "core/storage/SqliteConnection.h"
#include "core/storage/SqliteStatement.h"

#include <QDateTime>

namespace sa::core {

SeenIds::SeenIds(const SqliteConnection& connection, QString table)
    : m_connection(connection), m_table(std::move(table)),
      m_insert(
          QStringLiteral("INSERT INTO %1(message_id, at) VALUES (?, ?) ON CONFLICT(message_id) DO NOTHING")
              .arg(m_table))
{
}

Result<bool> SeenIds::takeIn(const Message& m, const QString& at)
{
    auto r = m_connection.statement(m_insert);
    if (!r)
        return r.error();
    return takeIn(*r.value(), m, at);
}

Result<bool> SeenIds::takeIn(SqliteStatement& insert, const Message& m, const QString& at)
{
    // One statement: recorded, or already there (then nothing changes and no row is counted). On
    // the C API: it runs for every message at every hop (issue 18).
    if (Status s = insert.bind(1, key(m)).bind(2, at).exec(); !s)
        return s.error();
    return insert.changes() == 1;
}

Status SeenIds::forgetOld()
{
    const QString cutoff = MessageRow::stamp(Clock::nowUtc().addDays(-RetentionDays));
    return m_connection.run(QStringLiteral("DELETE FROM %1 WHERE at < ?").arg(m_table), {cutoff}).status();
}

QString SeenIds::key(const Message& m)
{
    return m.id + QLatin1Char(';') + QString::number(m.hops);
}

Result<int> SeenIds::takeInAll(const QList<Message>& messages,
                               const std::function<Status(const Message&)>& keep)
{
    int fresh = 0;
    const QString at = MessageRow::stamp();
    auto insert = m_connection.statement(m_insert); // looked up once for the batch
    if (!insert)
        return insert.error();
    for (const Message& m : messages) {
        auto taken = takeIn(*insert.value(), m, at);
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
