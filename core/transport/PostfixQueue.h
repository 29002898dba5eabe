#pragma once

#include "core/common/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sa::core {

/// A message in Postfix's queue, as `postqueue -j` describes it.
struct PostfixQueued
{
    QString queueId;
    QString queueName; ///< active, deferred, hold, incoming, maildrop
    QDateTime arrival;
    qint64 size = 0;
    QString sender;
    QStringList recipients;
    QString reason; ///< why delivery was deferred (the first recipient's delay_reason), when it was
};

/// Postfix's own queue, read with its `postqueue -j` (Postfix 3.1 and later): what the Internet Mail
/// Service handed over and Postfix has not delivered yet - the middle of the path between two
/// machines, which the IMS's Queues page and `queue list` show beside the IMS's own queue. Read
/// only: Postfix's queue is managed with Postfix's tools (postsuper).
class PostfixQueue
{
public:
    /// `configDir`: the Postfix instance's configuration folder (postqueue -c); empty for the
    /// system's.
    explicit PostfixQueue(QString configDir) : m_configDir(std::move(configDir)) {}

    /// Runs postqueue -j; an error saying why when it cannot (not installed, mail system down).
    Result<QList<PostfixQueued>> read() const;
    /// The JSON lines of postqueue -j; an error naming the first line that is not one.
    static Result<QList<PostfixQueued>> parse(const QByteArray& lines);
    /// Those of `all` that `sender` sent (case aside).
    static QList<PostfixQueued> sentBy(const QList<PostfixQueued>& all, const QString& sender);

private:
    QString m_configDir;
};

} // namespace sa::core
