#pragma once

#include "Message.h"
#include "core/common/Error.h"

#include <QString>
#include <functional>

namespace sa::core {

class SqliteConnection;
class SqliteStatement;

/// The ids a receiver keeps of the messages handed over to it, to refuse a second copy: the site's
/// MTA (table mta_seen) and each postoffice (table seen) the same way. A sender that stopped between
/// handing a message over and forgetting it hands it over again when it next runs; the receiver
/// keeps one copy. The owner of its table: nothing else reads or writes it.
class SeenIds
{
public:
    /// How long an id is kept: a repeated hand-over comes far sooner than this. Older ids are let
    /// go as new messages come (forgetOld), so the table does not grow without end.
    static constexpr int RetentionDays = 30;

    /// `table` has the columns (message_id TEXT PRIMARY KEY, at TEXT): made by the database's
    /// migrations, which keep their own history.
    SeenIds(const SqliteConnection& connection, QString table);

    /// Records `m` as taken in at `at` (as stored: ISO 8601 UTC); false when it was taken in
    /// before. Inside the caller's transaction, with the message's queueing.
    Result<bool> takeIn(const Message& m, const QString& at);
    /// Lets go of the ids kept longer than RetentionDays.
    Status forgetOld();
    /// A receiver's hand-over, inside its transaction: each of `messages` not taken in before is
    /// recorded and given to `keep` (which queues it); the old ids go when any was new. Returns how
    /// many were new.
    Result<int> takeInAll(const QList<Message>& messages, const std::function<Status(const Message&)>& keep);

    /// What a receiver keeps of a message to know it again: its id and its hop count. A hand-over
    /// repeated after a crash carries both unchanged and is refused; a message coming round again on
    /// a loop in the routes has gone further (more hops), is taken in, and is returned once its hops
    /// reach MaxHops, instead of vanishing as a copy.
    static QString key(const Message& m);

private:
    Result<bool> takeIn(SqliteStatement& insert, const Message& m, const QString& at);

    const SqliteConnection& m_connection;
    QString m_table;
    QString m_insert; ///< takeIn's statement, made once: it runs for every message at every hop
};

} // namespace sa::core
