#pragma once

#include "Message.h"
#include "core/common/Error.h"

#include <QString>
#include <functional>

namespace sa::core {

class SqliteConnection;
class SqliteStatement;

/// The ids a receiver keeps of the messages handed over to it, to refuse a second copy: the site's
/// MTA (tables mta_seen*) and each postoffice (tables seen*) the same way. A sender that stopped
/// between handing a message over and forgetting it hands it over again when it next runs; the
/// receiver keeps one copy. The owner of its tables: nothing else reads or writes them.
///
/// The ids are kept in two generations, each a table of ids alone: `T` takes the new ones and
/// `T_old` holds the generation before; `T_since` says when `T` began. Once `T` is RetentionDays
/// old, the old generation is let go and `T` becomes it (its tables renamed: no row is copied), so
/// an id is kept for at least RetentionDays and at most twice that. An id costs one b-tree, where a
/// time per id to let it go by (and its index) cost two: a message passes three receivers on
/// its way (issue 18).
class SeenIds
{
public:
    /// How long an id is kept at least: a repeated hand-over comes far sooner than this.
    static constexpr int RetentionDays = 30;

    /// `table` names the receiver's tables `table`, `table_old` (message_id TEXT PRIMARY KEY,
    /// WITHOUT ROWID) and `table_since` (at TEXT: one row, or none before the first hand-over):
    /// made by the database's migrations, which keep their own history.
    SeenIds(const SqliteConnection& connection, QString table);

    /// Records `m`; false when it was taken in before. Inside the caller's transaction, with the
    /// message's queueing.
    Result<bool> takeIn(const Message& m);
    /// Lets the old generation go when the new one is RetentionDays old (and starts the count on
    /// the first hand-over).
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
    Result<bool> takeIn(SqliteStatement& insert, const Message& m);

    const SqliteConnection& m_connection;
    QString m_table;
    QString m_insert; ///< takeIn's statement, made once: it runs for every message at every hop
    QString m_since;  ///< when the new generation began
};

} // namespace sa::core
