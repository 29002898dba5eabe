#include "core/common/Clock.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/host/DemoOrganization.h"
#include "core/message/SeenIds.h"
#include "core/msmail/PostofficeQueue.h"
#include "core/msmail/PostofficeStore.h"
#include "core/transport/SiteTransport.h"

#include <QDateTime>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <algorithm>
#include <functional>
#include <numeric>

using namespace sa::core;

namespace {
int count(SqliteConnection& c, const QString& table, const QString& id = {})
{
    auto n = id.isEmpty()
                 ? c.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table))
                 : c.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE message_id = ?").arg(table), {id});
    return n ? n->toInt() : -1;
}
Message aMessage(const QString& from, const QString& to)
{
    return Message::create(from, to, QStringLiteral("hello"), QStringLiteral("body"));
}
} // namespace

/// A receiver (the site's MTA, a postoffice) keeps the ids of the messages handed over to it, so a
/// second copy from a sender that stopped halfway is refused; it keeps them in two generations, so
/// an id is kept at least SeenIds::RetentionDays and at most twice that, and the tables do not grow
/// without end while the services run for months.
class TestSeen : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<Organization> m_org;

    /// Hands `m` over to a receiver: true when it was taken in.
    using Receiver = std::function<bool(const Message&)>;

    /// The generations as time goes by: `take` hands a message over at a time, `table` is the
    /// receiver's table.
    void keepsAnIdForARetentionAtLeastAndTwiceAtMost(const Receiver& take, SqliteConnection& c,
                                                     const QString& table, const QString& from,
                                                     const QString& to)
    {
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(1);
        const auto at = [&](int days, const Message& m) {
            Clock::SetTo clock(start.addDays(days));
            return take(m);
        };
        const Message first = aMessage(from, to);
        QVERIFY(at(0, first)); // the first hand-over starts the count
        QVERIFY(!at(0, first));
        QVERIFY(at(SeenIds::RetentionDays - 1, aMessage(from, to)));
        QVERIFY(!at(SeenIds::RetentionDays - 1, first)); // still the new generation
        QVERIFY(count(c, table, SeenIds::key(first)) == 1);

        // A retention on, the new generation becomes the old one, and is still refused.
        QVERIFY(at(SeenIds::RetentionDays + 1, aMessage(from, to)));
        QCOMPARE(count(c, table, SeenIds::key(first)), 0);
        QCOMPARE(count(c, table + QStringLiteral("_old"), SeenIds::key(first)), 1);
        QCOMPARE(count(c, table), 0); // the turn comes after a batch is taken in: it went old too
        QCOMPARE(count(c, table + QStringLiteral("_old")), 3);
        QVERIFY(!at(SeenIds::RetentionDays + 1, first));

        // Another retention on, the old generation is let go: the id is no longer known.
        QVERIFY(at(2 * SeenIds::RetentionDays + 2, aMessage(from, to)));
        QCOMPARE(count(c, table + QStringLiteral("_old"), SeenIds::key(first)), 0);
        QCOMPARE(count(c, table + QStringLiteral("_old")), 1); // the one taken in at this turn
        QVERIFY(at(2 * SeenIds::RetentionDays + 2, first));
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto org = DemoOrganization::build(m_dir.path(), DemoStage::Lab);
        QVERIFY(org.ok());
        m_org = org.value();
    }

    void theSiteKeepsIdsInTwoGenerations()
    {
        auto store = DirectoryStore::open(m_org->sitePath(QStringLiteral("SEATTLE"))).value();
        SiteTransport mta(*store, m_org->dir());
        keepsAnIdForARetentionAtLeastAndTwiceAtMost(
            [&mta](const Message& m) { return mta.accept(m).value(); }, store->connection(),
            QStringLiteral("mta_seen"), QStringLiteral("NWNET/PO1/AMARTIN"),
            QStringLiteral("NORTHWIND/SEATTLE/NANCYD"));
    }

    void aPostofficeKeepsIdsInTwoGenerations()
    {
        auto po = PostofficeStore::open(m_org->dir(), QStringLiteral("NWNET/PO1")).value();
        keepsAnIdForARetentionAtLeastAndTwiceAtMost(
            [&po](const Message& m) { return PostofficeQueue(*po).accept(m).value(); }, po->connection(),
            QStringLiteral("seen"), QStringLiteral("NORTHWIND/SEATTLE/NANCYD"),
            QStringLiteral("NWNET/PO1/AMARTIN"));
    }

    void aSiteOfVersion15KeepsTheIdsItTookIn()
    {
        // Version 15 kept the ids with their times in one table: they become the old generation.
        const QString path = m_org->sitePath(QStringLiteral("SEATTLE"));
        const Message m =
            aMessage(QStringLiteral("NWNET/PO1/AMARTIN"), QStringLiteral("NORTHWIND/SEATTLE/NANCYD"));
        {
            auto store = DirectoryStore::open(path).value();
            for (const QString& sql :
                 {QStringLiteral("DROP TABLE mta_seen_old"), QStringLiteral("DROP TABLE mta_seen_since"),
                  QStringLiteral("DROP TABLE mta_seen"),
                  QStringLiteral(
                      "CREATE TABLE mta_seen (message_id TEXT PRIMARY KEY, at TEXT NOT NULL) WITHOUT ROWID"),
                  QStringLiteral("CREATE INDEX mta_seen_at ON mta_seen(at)"),
                  QStringLiteral(
                      "INSERT INTO mta_seen(message_id, at) VALUES ('%1', '2026-12-01T00:00:00.000Z')")
                      .arg(SeenIds::key(m)),
                  QStringLiteral("DROP TABLE audit"), // version 17's
                  QStringLiteral("PRAGMA user_version = 15")})
                QVERIFY2(store->connection().exec(sql).ok(), qPrintable(sql));
        }
        auto store = DirectoryStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store.error().message()));
        QCOMPARE(count(store.value()->connection(), QStringLiteral("mta_seen_old"), SeenIds::key(m)), 1);
        QCOMPARE(SiteTransport(*store.value(), m_org->dir()).accept(m).value(), false); // still a copy
    }

    void aMessageComingRoundALoopIsNotTakenForACopy()
    {
        // The same message again with more hops has gone round a loop in the routes: taken in (to be
        // returned at MaxHops), where a repeated hand-over (same hops) is refused.
        auto store = DirectoryStore::open(m_org->sitePath(QStringLiteral("SEATTLE"))).value();
        SiteTransport mta(*store, m_org->dir());
        auto po = PostofficeStore::open(m_org->dir(), QStringLiteral("NWNET/PO1")).value();
        Message m = Message::create(QStringLiteral("NWNET/PO1/AMARTIN"), QStringLiteral("NWNET/PO9/NOBODY"),
                                    QStringLiteral("round"), QStringLiteral("body"));
        m.hops = 1;
        QCOMPARE(mta.accept(m).value(), true);
        QCOMPARE(PostofficeQueue(*po).accept(m).value(), true);
        QCOMPARE(mta.accept(m).value(), false);
        QCOMPARE(PostofficeQueue(*po).accept(m).value(), false);
        m.hops = 3;
        QCOMPARE(mta.accept(m).value(), true);
        QCOMPARE(PostofficeQueue(*po).accept(m).value(), true);
    }

    void newIdsSortInTheOrderTheyAreMade()
    {
        // The tables keyed by ids (every hop's seen ids, the queues' unique keys) grow at one end only
        // when ids made later sort later: version 7 UUIDs, time first (RFC 9562).
        QStringList made;
        const QDateTime start(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
        for (int step = 0; step < 40; ++step) {
            const Clock::SetTo at(start.addMSecs(qint64(step) * 997 + (step % 3) * 86400000LL * 31));
            made << Message::newId();
        }
        QStringList sorted = made;
        std::sort(sorted.begin(), sorted.end());
        QStringList byTime = made; // the months jump forward and back: sort the times made
        QList<QDateTime> times;
        for (int step = 0; step < 40; ++step)
            times << start.addMSecs(qint64(step) * 997 + (step % 3) * 86400000LL * 31);
        std::vector<int> order(40);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return times.at(a) < times.at(b); });
        for (int i = 0; i < 40; ++i)
            byTime[i] = made.at(order[size_t(i)]);
        QCOMPARE(sorted, byTime);
        // Still a UUID, of version 7 and RFC 4122's variant, and unique.
        QSet<QString> seen;
        for (int i = 0; i < 10000; ++i) {
            const QString id = Message::newId();
            QVERIFY(id.endsWith(QStringLiteral("@siteadmin")));
            const QUuid uuid(QStringView(id).left(36));
            QVERIFY(!uuid.isNull());
            QCOMPARE(id.at(14), QLatin1Char('7')); // the version (Qt 6.4's QUuid knows up to 5)
            QCOMPARE(uuid.variant(), QUuid::DCE);
            seen.insert(id);
        }
        QCOMPARE(seen.size(), 10000);
    }

    void outboundMailIsFoundByHopAndTimeInOneIndex()
    {
        // Every pass lists the hops mail waits for, takes each hop's oldest and returns what waited
        // too long: each a seek in queue_by_hop, never a read of every message waiting (10,000
        // waiting made each pass read 10,000 rows, issue 18) nor a sort of them. The statements
        // are PostofficeQueue's, written out here.
        auto po = PostofficeStore::open(m_org->dir(), QStringLiteral("NWNET/PO1")).value();
        const QString hop = QStringLiteral("NWNET/X1");
        for (const auto& [sql, values] : std::initializer_list<std::pair<const char*, QVariantList>>{
                 {"SELECT next_hop FROM queue WHERE direction = 'out' AND next_hop > ? ORDER BY next_hop "
                  "LIMIT 1",
                  {hop}},
                 {"SELECT seq FROM queue WHERE direction = 'out' AND next_hop = ? ORDER BY queued_at, seq "
                  "LIMIT ?",
                  {hop, 500}},
                 {"SELECT seq FROM queue WHERE direction = 'out' AND next_hop = ? AND queued_at < ?"
                  " ORDER BY queued_at, seq LIMIT ?",
                  {hop, QStringLiteral("2026"), 500}}}) {
            auto plan = po->connection().exec(
                QStringLiteral("EXPLAIN QUERY PLAN ") + QString::fromLatin1(sql), values);
            QVERIFY(plan.ok());
            QString detail;
            while (plan.value().next())
                detail += plan.value().value(3).toString() + QLatin1Char(' ');
            QVERIFY2(detail.contains(QStringLiteral("USING INDEX queue_by_hop")) ||
                         detail.contains(QStringLiteral("USING COVERING INDEX queue_by_hop")),
                     qPrintable(detail));
            QVERIFY2(!detail.contains(QStringLiteral("TEMP B-TREE")), qPrintable(detail));
        }
        // A queued message is written into three b-trees: the table, its unique id and that index.
        QCOMPARE(po->connection()
                     .strings(QStringLiteral("SELECT name FROM pragma_index_list('queue')"))
                     .value()
                     .size(),
                 2);
    }

    void anIdIsOneRowInOneBTree()
    {
        // A message passes three receivers on its way: each keeps its id in the table's own b-tree
        // and nothing else (no time, no index), and checks the old generation by a look-up.
        auto store = DirectoryStore::open(m_org->sitePath(QStringLiteral("SEATTLE"))).value();
        auto po = PostofficeStore::open(m_org->dir(), QStringLiteral("NWNET/PO1")).value();
        for (auto [connection, table] : {std::pair{&store->connection(), QStringLiteral("mta_seen")},
                                         std::pair{&po->connection(), QStringLiteral("seen")}}) {
            for (const QString& t : {table, table + QStringLiteral("_old")}) {
                QCOMPARE(connection
                             ->scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index'"
                                                     " AND tbl_name = ?"),
                                      {t})
                             .value()
                             .toInt(),
                         0);
                QCOMPARE(
                    connection->strings(QStringLiteral("SELECT name FROM pragma_table_info(?)"), {t}).value(),
                    QStringList{QStringLiteral("message_id")});
            }
            auto plan = connection->exec(
                QStringLiteral("EXPLAIN QUERY PLAN SELECT 1 FROM %1_old WHERE message_id = ?").arg(table),
                {QStringLiteral("x")});
            QVERIFY(plan.ok());
            QString detail;
            while (plan.value().next())
                detail += plan.value().value(3).toString() + QLatin1Char(' ');
            QVERIFY2(detail.contains(QStringLiteral("PRIMARY KEY")),
                     qPrintable(table + QStringLiteral(": ") + detail));
        }
    }
};

QTEST_GUILESS_MAIN(TestSeen)
#include "tst_seen.moc"
