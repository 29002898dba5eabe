#include "KeptConnections.h"

#include <QMultiHash>
#include <QSqlDatabase>
#include <utility>

namespace sa::core {

namespace {

/// The connections kept on this thread, by path, while `depth` KeepOpens live.
struct Pool
{
    int depth = 0;
    QMultiHash<QString, KeptConnections::Kept> byPath;
};
thread_local Pool t_pool;

} // namespace

void KeptConnections::enter()
{
    ++t_pool.depth;
}

void KeptConnections::leave()
{
    if (--t_pool.depth > 0)
        return;
    const auto kept = std::exchange(t_pool.byPath, {});
    for (const Kept& k : kept)
        closeConnection(k.name, k.held.get());
}

bool KeptConnections::keeping()
{
    return t_pool.depth > 0;
}

void KeptConnections::keep(const QString& path, Kept kept)
{
    t_pool.byPath.insert(path, std::move(kept));
}

std::optional<KeptConnections::Taken> KeptConnections::take(const QString& path, quint32 applicationId,
                                                            bool untouchedOnly)
{
    if (!t_pool.byPath.contains(path))
        return std::nullopt;
    const auto now = FileIdentity::of(path); // once for the kept connections of every kind on the file
    for (auto it = t_pool.byPath.find(path); it != t_pool.byPath.end() && it.key() == path;) {
        const Kept k = it.value();
        const bool untouched = now && now->untouchedSince(k.file);
        if (k.applicationId != applicationId || (untouchedOnly && !untouched)) {
            ++it;
            continue;
        }
        it = t_pool.byPath.erase(it);
        if (!now || !now->sameFile(k.file)) {
            closeConnection(k.name, k.held.get()); // the file was replaced or removed: open it anew
            continue;
        }
        return Taken{k, untouched};
    }
    return std::nullopt;
}

void KeptConnections::close(const QString& path)
{
    for (auto it = t_pool.byPath.find(path); it != t_pool.byPath.end() && it.key() == path;) {
        closeConnection(it->name, it->held.get());
        it = t_pool.byPath.erase(it);
    }
}

void KeptConnections::closeConnection(const QString& name, SqliteConnection::Held* held)
{
    if (held)
        held->clear(); // statements go before their connection
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace sa::core
