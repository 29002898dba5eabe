#include "BenchSupport.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QUuid>

namespace sa::bench {

using namespace sa::core;

double rawInsert(const QString& path, qint64 parentId, const QString& parentDn, int n,
                 const QString& className, const std::function<AttributeValues(int)>& values)
{
    auto store = DirectoryStore::open(path);
    SqliteConnection& c = store.value()->connection();
    QElapsedTimer t;
    t.start();
    auto obj = c.prepare(QStringLiteral(
        "INSERT INTO objects(guid, class, parent_id, rdn, dn, dn_key, usn_created, usn_changed,"
        " when_created, when_changed, deleted, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)"));
    auto att =
        c.prepare(QStringLiteral("INSERT INTO attrs(object_id, name, idx, value) VALUES (?, ?, ?, ?)"));
    QSqlQuery o = std::move(obj).value();
    QSqlQuery a = std::move(att).value();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    (void)c.transaction([&]() -> Status {
        for (int i = 0; i < n; ++i) {
            const AttributeValues v = values(i);
            const QString rdn = v.value(attr::MailNickname).first();
            const QString dn = parentDn + QStringLiteral("/cn=") + rdn;
            o.bindValue(0, QUuid::createUuid().toString());
            o.bindValue(1, className);
            o.bindValue(2, parentId);
            o.bindValue(3, rdn);
            o.bindValue(4, dn);
            o.bindValue(5, dn.toLower());
            o.bindValue(6, 100000 + i);
            o.bindValue(7, 100000 + i);
            o.bindValue(8, now);
            o.bindValue(9, now);
            o.bindValue(10, v.value(attr::DisplayName).first().toLower());
            o.exec();
            const qint64 id = o.lastInsertId().toLongLong();
            for (auto it = v.constBegin(); it != v.constEnd(); ++it) {
                for (int k = 0; k < it->size(); ++k) {
                    a.bindValue(0, id);
                    a.bindValue(1, it.key());
                    a.bindValue(2, k);
                    a.bindValue(3, it->at(k));
                    a.exec();
                }
            }
        }
        return {};
    });
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace sa::bench
