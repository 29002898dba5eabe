#pragma once

#include "core/common/Error.h"
#include "core/storage/SqliteConnection.h"

#include <QDateTime>
#include <QStringList>
#include <memory>

namespace sa::core {

/// PRAGMA application_id of an MS Mail External instance's database ('SAEX').
constexpr quint32 ExternalApplicationId = 0x53414558;

/// A line of an External instance's session log (MS Mail's SESSION.LOG).
struct ExternalLogLine
{
    qint64 id = 0;
    QDateTime at;
    QString text;
};

/// One instance of MS Mail's External program, the mail carrier between postoffices, as an
/// administrator configures it: the postoffices it serves (it carries mail between any two of them),
/// how often it runs, whether it is started, and its session log. Kept in ORG/externals/NAME.sqlite,
/// a file per instance, as each instance of the original ran on a machine of its own with its own
/// EXTERNAL.INI and logs. The carrying itself is ExternalCarrier's.
class ExternalStore
{
public:
    static QString pathFor(const QString& orgDir, const QString& name);
    /// An instance name: 1-20 letters, digits, '-' or '_' (it names a file); the error says why not.
    static Status checkName(const QString& name);
    /// A new instance serving `postoffices` (NET/PO, at least two, each a postoffice of the folder),
    /// running every `intervalSeconds` (0: whenever the services do their work), started.
    static Result<std::unique_ptr<ExternalStore>> create(const QString& orgDir, const QString& name,
                                                         const QStringList& postoffices, int intervalSeconds);
    static Result<std::unique_ptr<ExternalStore>> open(const QString& orgDir, const QString& name);
    /// Every instance of the folder, by name.
    static QStringList list(const QString& orgDir);
    /// Deletes the instance (its file and log); mail waiting for it stays in its postoffices' queues.
    static Status remove(const QString& orgDir, const QString& name);

    QString name() const { return m_name; }
    SqliteConnection& connection() { return *m_connection; }
    QStringList postoffices() const;
    bool serves(const QString& postoffice) const;
    int interval() const;
    bool isStarted() const;
    Status setStarted(bool started);
    QDateTime lastRun() const;
    /// Whether a started instance is due at `now` (its interval since its last run has gone by).
    bool isDue(const QDateTime& now) const;
    Status setLastRun(const QDateTime& at);

    Status log(const QString& text);
    /// The newest `limit` lines, oldest first.
    Result<QList<ExternalLogLine>> sessionLog(int limit = 50) const;
    /// Lets the session log's lines from before `cutoff` (stored time text) go; returns how many.
    Result<int> pruneLog(const QString& cutoff);

private:
    explicit ExternalStore(std::unique_ptr<SqliteConnection> connection);
    QString meta(const QString& key) const;
    Status setMeta(const QString& key, const QString& value);

    std::unique_ptr<SqliteConnection> m_connection;
    QString m_name;
};

} // namespace sa::core
