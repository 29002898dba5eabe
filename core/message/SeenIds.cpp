#include "SeenIds.h"

#include "MessageRow.h"
#include "core/common/Clock.h"
#include "core/storage/SqliteConnection.h"

#include <QDateTime>

namespace sa::core {

SeenIds::SeenIds(const SqliteConnection& connection, QString table)
    : m_connection(connection), m_table(std::move(table))
{
}

Result<bool> SeenIds::takeIn(const Message& m, const QString& at)
{
    auto seen =
        m_connection.scalar(QStringLiteral("SELECT 1 FROM %1 WHERE message_id = ?").arg(m_table), {key(m)});
    if (!seen)
        return seen.error();
    if (seen->isValid())
        return false;
    auto r = m_connection.exec(QStringLiteral("INSERT INTO %1(message_id, at) VALUES (?, ?)").arg(m_table),
                               {key(m), at});
    if (!r)
        return r.error();
    return true;
}

Status SeenIds::forgetOld()
{
    const QString cutoff = MessageRow::stamp(Clock::nowUtc().addDays(-RetentionDays));
    return m_connection.exec(QStringLiteral("DELETE FROM %1 WHERE at < ?").arg(m_table), {cutoff}).status();
}

QString SeenIds::key(const Message& m)
{
    return m.id + QLatin1Char(';') + QString::number(m.hops);
}

} // namespace sa::core
