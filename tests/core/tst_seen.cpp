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
#include <numeric>

using namespace sa::core;

namespace {
/// An id stored `days` ago, in the stored form.
QString daysAgo(int days)
{
    return QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODate);
}
int count(SqliteConnection& c, const QString& table, const QString& id)
{
    auto n = c.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE message_id = ?").arg(table), {id});
    return n ? n->toInt() : -1;
}
} // namespace

/// A receiver (the site's MTA, a postoffice) keeps the ids of the messages handed over to it, so a
/// second copy from a sender that stopped halfway is refused; ids older than
/// SeenIds::RetentionDays are let go as new messages come, so the tables do not grow without
/// end while the services run for months.
class TestSeen : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<Organization> m_org;

private Q_SLOTS:
    void initTestCase()
    {
        auto org = DemoOrganization::build(m_dir.path(), DemoStage::Lab);
        QVERIFY(org.ok());
        m_org = org.value();
    }

    void theSiteLetsOldIdsGoAndStillRefusesACopy()
    {
        auto store = DirectoryStore::open(m_org->sitePath(QStringLiteral("SEATTLE"))).value();
        SiteTransport mta(*store, m_org->dir());
        // As receivers keep them: the id and the hop count (SeenIds::key).
        const QString old = QStringLiteral("<old@site>;0");
        const QString recent = QStringLiteral("<recent@site>;0");
        QVERIFY(
            store
                ->write([&](DirectoryWriter& w) -> Status {
                    for (const auto& [id, at] : {std::pair{old, daysAgo(SeenIds::RetentionDays + 1)},
                                                 std::pair{recent, daysAgo(SeenIds::RetentionDays - 1)}}) {
                        if (auto r =
                                w.exec(QStringLiteral("INSERT INTO mta_seen(message_id, at) VALUES (?, ?)"),
                                       {id, at});
                            !r)
                            return r.error();
                    }
                    return {};
                })
                .ok());
        Message m =
            Message::create(QStringLiteral("NWNET/PO1/AMARTIN"), QStringLiteral("NORTHWIND/SEATTLE/NANCYD"),
                            QStringLiteral("hello"), QStringLiteral("body"));
        QCOMPARE(mta.accept(m).value(), true);
        QCOMPARE(count(store->connection(), QStringLiteral("mta_seen"), old), 0);    // let go
        QCOMPARE(count(store->connection(), QStringLiteral("mta_seen"), recent), 1); // kept
        QCOMPARE(mta.accept(m).value(), false);                                      // the copy is refused
        Message copy = m;
        copy.id = recent.chopped(2);
        QCOMPARE(mta.accept(copy).value(), false); // a copy of a recent one too
    }

    void aPostofficeLetsOldIdsGoAndStillRefusesACopy()
    {
        auto po = PostofficeStore::open(m_org->dir(), QStringLiteral("NWNET/PO1")).value();
        const QString old = QStringLiteral("<old@po>;0");
        const QString recent = QStringLiteral("<recent@po>;0");
        for (const auto& [id, at] : {std::pair{old, daysAgo(SeenIds::RetentionDays + 1)},
                                     std::pair{recent, daysAgo(SeenIds::RetentionDays - 1)}})
            QVERIFY(po->connection()
                        .exec(QStringLiteral("INSERT INTO seen(message_id, at) VALUES (?, ?)"), {id, at})
                        .ok());
        Message m =
            Message::create(QStringLiteral("NORTHWIND/SEATTLE/NANCYD"), QStringLiteral("NWNET/PO1/AMARTIN"),
                            QStringLiteral("hello"), QStringLiteral("body"));
        QCOMPARE(PostofficeQueue(*po).accept(m).value(), true);
        QCOMPARE(count(po->connection(), QStringLiteral("seen"), old), 0);
        QCOMPARE(count(po->connection(), QStringLiteral("seen"), recent), 1);
        QCOMPARE(PostofficeQueue(*po).accept(m).value(), false);
        Message copy = m;
        copy.id = recent.chopped(2);
        QCOMPARE(PostofficeQueue(*po).accept(copy).value(), false);
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

    void theTimeIsFoundByAnIndex()
    {
        // Letting go happens with every accepted batch: it must not read the whole table.
        auto store = DirectoryStore::open(m_org->sitePath(QStringLiteral("SEATTLE"))).value();
        auto po = PostofficeStore::open(m_org->dir(), QStringLiteral("NWNET/PO1")).value();
        for (auto [connection, table] : {std::pair{&store->connection(), QStringLiteral("mta_seen")},
                                         std::pair{&po->connection(), QStringLiteral("seen")}}) {
            auto plan =
                connection->exec(QStringLiteral("EXPLAIN QUERY PLAN DELETE FROM %1 WHERE at < ?").arg(table),
                                 {QStringLiteral("x")});
            QVERIFY(plan.ok());
            QString detail;
            while (plan.value().next())
                detail += plan.value().value(3).toString() + QLatin1Char(' ');
            QVERIFY2(detail.contains(QStringLiteral("USING INDEX")) ||
                         detail.contains(QStringLiteral("USING COVERING INDEX")),
                     qPrintable(table + QStringLiteral(": ") + detail));
        }
    }
};

QTEST_GUILESS_MAIN(TestSeen)
#include "tst_seen.moc"
