#include "core/storage/SqliteConnection.h"
#include "core/storage/SqliteStatement.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sa::core;

/// SqliteStatement: the hot paths' statements on the sqlite3 C API, on the handle of the connection
/// the Qt driver opened. They must read and write exactly what the driver does, share its
/// transaction, report SQLite's own words and go before their connection closes.
class TestSqliteStatement : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteConnection> m_db;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto c = SqliteConnection::open(m_dir.filePath(QStringLiteral("t.sqlite")),
                                        SqliteConnection::OpenMode::CreateIfMissing, 0x53545354,
                                        QStringLiteral("test"));
        QVERIFY2(c.ok(), qPrintable(c ? QString() : c.error().message()));
        m_db = std::move(c).value();
        QVERIFY(m_db->exec(QStringLiteral("CREATE TABLE IF NOT EXISTS t(id INTEGER PRIMARY KEY,"
                                          " name TEXT UNIQUE, n INTEGER, note TEXT)")));
        QVERIFY(m_db->exec(QStringLiteral("DELETE FROM t")));
    }
    void cleanup() { m_db.reset(); }

    void writesWhatTheDriverReadsAndBack()
    {
        auto ins = m_db->statement(QStringLiteral("INSERT INTO t(name, n, note) VALUES (?, ?, ?)"));
        QVERIFY(ins.ok());
        const QString name = QStringLiteral("Émile Ñoño 日本 🙂");
        QVERIFY(ins.value()->bind(1, name).bind(2, qint64(1) << 40).bindNull(3).exec());
        const qint64 id = ins.value()->lastInsertId();
        QVERIFY(id > 0);
        // A temporary bound: the statement keeps the text until it has run.
        QVERIFY(ins.value()
                    ->bind(1, QStringLiteral("second ") + QString::number(2))
                    .bind(2, qint64(-7))
                    .bind(3, QString())
                    .exec());

        // The Qt driver reads the same values.
        auto q = m_db->exec(QStringLiteral("SELECT name, n, note IS NULL FROM t WHERE id = ?"), {id});
        QVERIFY(q.ok() && q.value().next());
        QCOMPARE(q.value().value(0).toString(), name);
        QCOMPARE(q.value().value(1).toLongLong(), qint64(1) << 40);
        QCOMPARE(q.value().value(2).toInt(), 1);
        // An empty string is text, not NULL.
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT note IS NULL FROM t WHERE name = 'second 2'"))->toInt(),
                 0);

        // And the statement reads what it wrote, row by row, then again after reset().
        auto sel = m_db->statement(QStringLiteral("SELECT name, n, note FROM t ORDER BY id"));
        QVERIFY(sel.ok());
        for (int round = 0; round < 2; ++round) {
            SqliteStatement& s = *sel.value();
            QVERIFY(s.next().value());
            QCOMPARE(s.text(0), name);
            QCOMPARE(s.integer(1), qint64(1) << 40);
            QVERIFY(s.isNull(2));
            QVERIFY(s.next().value());
            QCOMPARE(s.text(0), QStringLiteral("second 2"));
            QCOMPARE(s.integer(1), qint64(-7));
            QVERIFY(!s.isNull(2));
            QVERIFY(!s.next().value());
            s.reset();
        }
        // Prepared once per connection.
        QCOMPARE(m_db->statement(QStringLiteral("SELECT name, n, note FROM t ORDER BY id")).value(),
                 sel.value());
    }

    void bytesAreABlobAndClearedBindingsAreNull()
    {
        auto ins = m_db->statement(QStringLiteral("INSERT INTO t(name, n, note) VALUES (?, ?, ?)"));
        QVERIFY(ins.ok());
        SqliteStatement& s = *ins.value();
        const QByteArray bytes = QByteArray::fromHex("00ff10fe00") + QByteArray("tail");
        QVERIFY(s.bind(1, QStringLiteral("blob")).bind(2, qint64(1)).bindBlob(3, bytes).exec());
        QVERIFY(s.bind(1, QStringLiteral("null bytes")).bind(2, qint64(2)).bindBlob(3, QByteArray()).exec());
        QVERIFY(
            s.bind(1, QStringLiteral("empty bytes")).bind(2, qint64(3)).bindBlob(3, QByteArray("")).exec());
        // The Qt driver reads the bytes back as they were, as a blob; null bytes are NULL, empty ones not.
        auto q = m_db->exec(QStringLiteral("SELECT note, typeof(note) FROM t ORDER BY n"));
        QVERIFY(q.ok());
        QVERIFY(q.value().next());
        QCOMPARE(q.value().value(0).toByteArray(), bytes);
        QCOMPARE(q.value().value(1).toString(), QStringLiteral("blob"));
        QVERIFY(q.value().next());
        QCOMPARE(q.value().value(1).toString(), QStringLiteral("null"));
        QVERIFY(q.value().next());
        QCOMPARE(q.value().value(1).toString(), QStringLiteral("blob"));
        // And the statement reads them as bytes.
        auto sel = m_db->statement(QStringLiteral("SELECT note FROM t WHERE n = ?"));
        QVERIFY(sel.ok());
        QVERIFY(sel.value()->bind(1, qint64(1)).next().value());
        QCOMPARE(sel.value()->blob(0), bytes);
        sel.value()->reset();
        // Run and cleared, a statement holds no value: run again, every parameter is NULL.
        QVERIFY(s.bind(1, QStringLiteral("last")).bind(2, qint64(4)).bindBlob(3, bytes).execAndClear());
        QVERIFY(s.exec());
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM t WHERE name IS NULL AND n IS NULL"
                                             " AND note IS NULL"))
                     ->toInt(),
                 1);
    }

    void valuesBindAndReadAsTheDriversDo()
    {
        // The stores' reads moved from the Qt driver to these statements with the same QVariant lists:
        // each value must be stored as the driver stores it, and read back as the driver reads it.
        QVERIFY(m_db->exec(QStringLiteral("CREATE TABLE IF NOT EXISTS v(how TEXT, a, b, c, d, e, f, g, h)")));
        QVERIFY(m_db->exec(QStringLiteral("DELETE FROM v")));
        const QVariantList values{QString(),
                                  QStringLiteral(""),
                                  QStringLiteral("Ñoño"),
                                  42,
                                  true,
                                  2.5,
                                  QByteArray::fromHex("00ff"),
                                  QDateTime(QDate(2026, 12, 6), QTime(4, 5, 6, 7), Qt::UTC)};
        const QString insert = QStringLiteral("INSERT INTO v VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        QVERIFY(m_db->exec(insert, QVariantList{QStringLiteral("driver")} + values));
        auto ins = m_db->statement(insert);
        QVERIFY(ins.ok());
        QVERIFY(ins.value()->bindValues(QVariantList{QStringLiteral("c api")} + values).exec());
        // Stored alike: the same type and value in every column.
        for (const char* column : {"a", "b", "c", "d", "e", "f", "g", "h"}) {
            const QString sql = QStringLiteral("SELECT count(DISTINCT typeof(%1) || quote(%1)) FROM v")
                                    .arg(QLatin1String(column));
            QCOMPARE(m_db->scalar(sql)->toInt(), 1);
        }
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT typeof(a) || typeof(b) || typeof(g) FROM v LIMIT 1"))
                     ->toString(),
                 QStringLiteral("nulltextblob"));
        // Read alike: the driver's QVariant types and values, column by column.
        auto driver = m_db->exec(QStringLiteral("SELECT a, b, c, d, e, f, g, h FROM v WHERE how = 'driver'"));
        QVERIFY(driver.ok() && driver.value().next());
        auto mine =
            m_db->statement(QStringLiteral("SELECT a, b, c, d, e, f, g, h FROM v WHERE how = 'c api'"));
        QVERIFY(mine.ok() && mine.value()->next().value());
        for (int c = 0; c < 8; ++c) {
            const QVariant expected = driver.value().value(c);
            const QVariant got = mine.value()->value(c);
            QCOMPARE(got.metaType(), expected.metaType());
            QCOMPARE(got.isNull(), expected.isNull());
            QCOMPARE(got, expected);
        }
        mine.value()->reset();
    }

    void aScalarIsTheDriversValueAndNoRowIsInvalid()
    {
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO t(name, n) VALUES ('a', 7)")));
        const auto n = m_db->scalar(QStringLiteral("SELECT n FROM t WHERE name = ?"), {QStringLiteral("a")});
        QVERIFY(n.ok());
        QCOMPARE(n->metaType(), QMetaType::fromType<qlonglong>());
        QCOMPARE(n->toInt(), 7);
        const auto note =
            m_db->scalar(QStringLiteral("SELECT note FROM t WHERE name = ?"), {QStringLiteral("a")});
        QVERIFY(note.ok() && note->isValid());
        QVERIFY(note->toString().isNull());
        const auto none =
            m_db->scalar(QStringLiteral("SELECT n FROM t WHERE name = ?"), {QStringLiteral("b")});
        QVERIFY(none.ok());
        QVERIFY(!none->isValid());
        // Its read is ended: another connection's write commits and shows at once.
        {
            auto other = SqliteConnection::open(m_dir.filePath(QStringLiteral("t.sqlite")),
                                                SqliteConnection::OpenMode::ExistingOnly, 0x53545354,
                                                QStringLiteral("test"));
            QVERIFY(other.ok());
            QVERIFY(other.value()->exec(QStringLiteral("INSERT INTO t(name, n) VALUES ('b', 8)")));
        }
        QCOMPARE(
            m_db->scalar(QStringLiteral("SELECT n FROM t WHERE name = ?"), {QStringLiteral("b")})->toInt(),
            8);
        // Kept prepared: asked again, nothing is prepared.
        const auto before = SqliteConnection::activity();
        QVERIFY(m_db->scalar(QStringLiteral("SELECT n FROM t WHERE name = ?"), {QStringLiteral("a")}).ok());
        QCOMPARE(SqliteConnection::activity().prepared, before.prepared);
        const auto bad = m_db->scalar(QStringLiteral("SELECT n FROM nowhere"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().message().contains(QLatin1String("no such table: nowhere")),
                 qPrintable(bad.error().message()));
    }

    void eachRowReadsEveryRowAndEndsTheRead()
    {
        auto ins = m_db->statement(QStringLiteral("INSERT INTO t(name, n) VALUES (?, ?)"));
        QVERIFY(ins.ok());
        for (int i = 1; i <= 3; ++i)
            QVERIFY(ins.value()->bind(1, QStringLiteral("row %1").arg(i)).bind(2, qint64(i)).exec());
        auto sel = m_db->statement(QStringLiteral("SELECT name, n FROM t WHERE n >= ? ORDER BY n"));
        QVERIFY(sel.ok());
        for (int round = 0; round < 2; ++round) { // reset at the end: the same rows again
            QStringList names;
            qint64 sum = 0;
            QVERIFY(sel.value()->bind(1, qint64(2)).eachRow([&](const SqliteStatement& row) {
                names << row.text(0);
                sum += row.integer(1);
            }));
            QCOMPARE(names, (QStringList{QStringLiteral("row 2"), QStringLiteral("row 3")}));
            QCOMPARE(sum, qint64(5));
        }
        // Ended, the read holds no snapshot: a write on this connection commits at once.
        QVERIFY(ins.value()->bind(1, QStringLiteral("row 4")).bind(2, qint64(4)).exec());
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM t"))->toInt(), 4);
    }

    void failuresSaySQLitesWordsAndLeaveTheStatementUsable()
    {
        auto ins = m_db->statement(QStringLiteral("INSERT INTO t(name) VALUES (?)"));
        QVERIFY(ins.value()->bind(1, QStringLiteral("once")).exec());
        const Status again = ins.value()->bind(1, QStringLiteral("once")).exec();
        QVERIFY(!again);
        QCOMPARE(again.error().code(), ErrorCode::Storage);
        QVERIFY2(again.error().message().contains(QLatin1String("UNIQUE constraint failed: t.name")),
                 qPrintable(again.error().message()));
        QVERIFY(ins.value()->bind(1, QStringLiteral("twice")).exec());
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM t"))->toInt(), 2);

        auto bad = m_db->statement(QStringLiteral("SELECT x FROM nowhere"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().message().contains(QLatin1String("no such table: nowhere")),
                 qPrintable(bad.error().message()));
    }

    void sharesTheConnectionsTransaction()
    {
        auto ins = m_db->statement(QStringLiteral("INSERT INTO t(name) VALUES (?)"));
        const Status s = m_db->transaction([&]() -> Status {
            if (Status w = ins.value()->bind(1, QStringLiteral("rolled back")).exec(); !w)
                return w;
            return Error(ErrorCode::InvalidArgument, QStringLiteral("changed my mind"));
        });
        QVERIFY(!s);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM t"))->toInt(), 0);
        QVERIFY(m_db->transaction([&] { return ins.value()->bind(1, QStringLiteral("kept")).exec(); }));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM t"))->toInt(), 1);
    }

    void countsOpensAndDurableCommits()
    {
        // The bench's budget of durable commits rests on this count: a write transaction is one, a
        // write outside a transaction is one, a read is none, a rolled-back transaction is none.
        const auto before = SqliteConnection::activity();
        QVERIFY(m_db->exec(QStringLiteral("SELECT count(*) FROM t")));
        QVERIFY(m_db->statement(QStringLiteral("SELECT name FROM t")).value()->next());
        QCOMPARE(SqliteConnection::activity().commits, before.commits);
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO t(name) VALUES ('a')")));
        QVERIFY(m_db->statement(QStringLiteral("INSERT INTO t(name) VALUES (?)"))
                    .value()
                    ->bind(1, QStringLiteral("b"))
                    .exec());
        QVERIFY(m_db->transaction([&]() -> Status {
            (void)m_db->exec(QStringLiteral("INSERT INTO t(name) VALUES ('c')"));
            return m_db->exec(QStringLiteral("INSERT INTO t(name) VALUES ('d')")).status();
        }));
        QVERIFY(!m_db->transaction([&]() -> Status {
            (void)m_db->exec(QStringLiteral("INSERT INTO t(name) VALUES ('e')"));
            return Error(ErrorCode::InvalidArgument, QStringLiteral("no"));
        }));
        QCOMPARE(SqliteConnection::activity().commits, before.commits + 3);
        QCOMPARE(SqliteConnection::activity().opened, before.opened);
        auto other = SqliteConnection::open(m_dir.filePath(QStringLiteral("t.sqlite")),
                                            SqliteConnection::OpenMode::ExistingOnly, 0x53545354,
                                            QStringLiteral("test"));
        QVERIFY(other.ok());
        QCOMPARE(SqliteConnection::activity().opened, before.opened + 1);
    }

    void goesBeforeItsConnectionCloses()
    {
        // A statement left unfinalized would keep the driver from closing the file ("unable to close
        // due to unfinalized statements") and leave the write-ahead log behind.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));
        auto sel = m_db->statement(QStringLiteral("SELECT name FROM t"));
        QVERIFY(m_db->statement(QStringLiteral("INSERT INTO t(name) VALUES (?)"))
                    .value()
                    ->bind(1, QStringLiteral("x"))
                    .exec());
        QVERIFY(sel.value()->next().value()); // a read left open, as a caller might
        m_db.reset();
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("t.sqlite-wal"))));
    }

    void eachRowKeepsItsStatementEndsItsReadAndMayNest()
    {
        for (const char* name : {"a", "b", "c"})
            QVERIFY(
                m_db->exec(QStringLiteral("INSERT INTO t(name) VALUES (?)"), {QString::fromLatin1(name)}));
        const QString all = QStringLiteral("SELECT name FROM t ORDER BY name");
        QStringList pairs;
        const auto before = SqliteConnection::activity();
        // The same text read again from inside a read of it: a statement of its own, both whole.
        QVERIFY(m_db->eachRow(all, {}, [&](const QSqlQuery& outer) {
            const QString o = outer.value(0).toString();
            QVERIFY(m_db->eachRow(all, {},
                                  [&](const QSqlQuery& inner) { pairs << o + inner.value(0).toString(); }));
        }));
        QCOMPARE(pairs.size(), 9);
        QCOMPARE(pairs.first(), QStringLiteral("aa"));
        QCOMPARE(pairs.last(), QStringLiteral("cc"));
        QCOMPARE(SqliteConnection::activity().prepared - before.prepared, qint64(1 + 3));
        // Run again: kept, not prepared anew; and its read ended, so another connection's write shows.
        {
            auto other = SqliteConnection::open(m_dir.filePath(QStringLiteral("t.sqlite")),
                                                SqliteConnection::OpenMode::ExistingOnly, 0x53545354,
                                                QStringLiteral("test"));
            QVERIFY(other.ok());
            QVERIFY(other.value()->exec(QStringLiteral("INSERT INTO t(name) VALUES ('d')")));
        }
        const auto again = SqliteConnection::activity();
        QStringList names;
        QVERIFY(m_db->eachRow(all, {}, [&](const QSqlQuery& q) { names << q.value(0).toString(); }));
        QCOMPARE(names, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                     QStringLiteral("d")}));
        QCOMPARE(SqliteConnection::activity().prepared, again.prepared);
        // A statement SQLite refuses says so.
        const Status bad =
            m_db->eachRow(QStringLiteral("SELECT nothing FROM t"), {}, [](const QSqlQuery&) {});
        QVERIFY(!bad);
        QVERIFY2(bad.error().message().contains(QStringLiteral("nothing")),
                 qPrintable(bad.error().message()));
    }

    void anInListOfAnyLengthIsOneOfAFewStatements()
    {
        QCOMPARE(SqliteStatement::paddedCount(1), 1);
        QCOMPARE(SqliteStatement::paddedCount(3), 4);
        QCOMPARE(SqliteStatement::paddedCount(4), 4);
        QCOMPARE(SqliteStatement::paddedCount(200), 256);
        QCOMPARE(SqliteStatement::inList(3), QStringLiteral("?,?,?,?"));
        QCOMPARE(SqliteStatement::inList(0), QString());
        auto ins = m_db->statement(QStringLiteral("INSERT INTO t(name) VALUES (?)"));
        for (int i = 1; i <= 9; ++i)
            QVERIFY(ins.value()->bind(1, QStringLiteral("n%1").arg(i)).exec());
        // Every length from 1 to 9 reads exactly its own rows, the last value bound again in the rest,
        // through the statements of lengths 1, 2, 4, 8 and 16 only.
        QSet<int> lengths;
        for (int n = 1; n <= 9; ++n) {
            lengths << SqliteStatement::paddedCount(n);
            // A parameter before the list, as an UPDATE's SET value would be.
            auto sel = m_db->statement(
                QStringLiteral("SELECT name FROM t WHERE name <> ? AND name IN (%1) ORDER BY id")
                    .arg(SqliteStatement::inList(n)));
            QVERIFY(sel.ok());
            QStringList names;
            for (int i = 1; i <= n; ++i)
                names << QStringLiteral("n%1").arg(i);
            sel.value()->bind(1, QStringLiteral("none")).bindIn(2, names);
            QStringList got;
            while (sel.value()->next().value())
                got << sel.value()->text(0);
            sel.value()->reset();
            QCOMPARE(got, names);
        }
        QCOMPARE(lengths, (QSet<int>{1, 2, 4, 8, 16}));
    }
};

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlite_statement.moc"
