#include "core/common/CsvReader.h"
#include "core/common/CsvStream.h"
#include "core/directory/DirectoryImporter.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/directory/SiteBuilder.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sa::core;

namespace {
const QString Org = QStringLiteral("NW");
const QString Site = QStringLiteral("SEATTLE");
const QByteArray Header = "Obj-Class,Mode,Common-Name,Display-Name,Mail-Nickname\r\n";

QByteArray mailboxRow(int i)
{
    return QStringLiteral("Mailbox,,u%1,User %1,u%1\r\n").arg(i).toUtf8();
}

/// A file that exists only as it is read: rows made on demand, never all in memory, and no
/// going back (a pipe, as far as the reader can tell). It counts what was read.
class RowSource : public QIODevice
{
public:
    explicit RowSource(int rows) : m_rows(rows) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 handedOut() const { return m_handedOut; }
    bool exhausted() const { return m_next > m_rows && m_pending.isEmpty(); }

protected:
    qint64 readData(char* data, qint64 max) override
    {
        while (m_pending.size() < max && m_next <= m_rows)
            m_pending += m_next++ == 0 ? Header : mailboxRow(m_next - 1);
        const qint64 n = std::min<qint64>(max, m_pending.size());
        memcpy(data, m_pending.constData(), size_t(n));
        m_pending.remove(0, n);
        m_handedOut += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    int m_rows;
    int m_next = 0;
    QByteArray m_pending;
    qint64 m_handedOut = 0;
};
} // namespace

/// Directory Import reads its file as a stream (issue 18: a million rows in the memory of a few):
/// records cut anywhere by the 64 KiB pieces read the same, the import writes while it reads, and a
/// bad row anywhere in a long file is told with the others and leaves nothing written.
class TestImportStream : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DirectoryStore> m_store;

    Dn recipients() const { return SiteBuilder::recipientsDn(Org, Site); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto org =
            Organization::create(m_dir->filePath(QStringLiteral("org")), Org, Site, QStringLiteral("X1"));
        QVERIFY(org.ok());
        m_store = std::move(DirectoryStore::open(org->sitePath(Site))).value();
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void recordsCutByPiecesReadTheSame()
    {
        // A record whose awkward parts (a two- and a four-byte character, a doubled quote, a quoted
        // line break, CRLF) fall across the 64 KiB boundary, shifted a byte at a time.
        const QString awkward = QStringLiteral("é😀,\"say \"\"hi\"\"\r\nthere\",end");
        const QByteArray tail = awkward.toUtf8() + "\r\nlast,row\r\n";
        for (int cut = 0; cut <= tail.size(); ++cut) {
            const QByteArray pad(65536 - 2 - cut, 'x'); // the piece ends `cut` bytes into the record
            const QByteArray file = pad + "\r\n" + tail;
            QByteArray copy = file;
            QBuffer buffer(&copy);
            buffer.open(QIODevice::ReadOnly);
            CsvStream stream(buffer);
            QList<CsvRow> rows;
            while (auto row = stream.next())
                rows << *row;
            QVERIFY2(!stream.problem(),
                     qPrintable(stream.problem() ? stream.problem()->reason.english() : QString()));
            QCOMPARE(rows.size(), 3);
            QCOMPARE(rows.at(1).line, 2);
            QCOMPARE(rows.at(1).fields,
                     (QStringList{QStringLiteral("é😀"), QStringLiteral("say \"hi\"\r\nthere"),
                                  QStringLiteral("end")}));
            QCOMPARE(rows.at(2).line, 4);
            QCOMPARE(stream.position(), qint64(file.size()));
        }
        // A character cut short by the end of the file is still not UTF-8, with its place.
        const QByteArray cut = QByteArray(65535, 'x') + ",\xC3";
        QCOMPARE(CsvReader::parse(cut).problem->reason.english(),
                 QStringLiteral("the file is not UTF-8 text (byte 65537 of the line)"));
        QCOMPARE(CsvReader::parse(cut).problem->column, 2);
    }

    void theImportWritesWhileItReads()
    {
        const int rows = 20000;
        RowSource source(rows);
        qint64 readAtFirstProgress = -1;
        int cacheDuring = 0;
        const auto report = DirectoryImporter::importFrom(*m_store, source, recipients(), [&](int, int) {
            if (readAtFirstProgress < 0) {
                readAtFirstProgress = source.handedOut();
                cacheDuring = m_store->connection().scalar(QStringLiteral("PRAGMA cache_size"))->toInt();
            }
        });
        QVERIFY2(report.ok(), qPrintable(report.lines(QStringLiteral("pipe")).join(QLatin1Char('\n'))));
        QCOMPARE(report.created, rows);
        QVERIFY(source.exhausted());
        // When the first hundred rows were written, the reader had taken a piece or two of the
        // file, not all of it (about 25 bytes a row).
        QVERIFY2(readAtFirstProgress > 0 && readAtFirstProgress <= 2 * 65536,
                 qPrintable(QString::number(readAtFirstProgress)));
        // It wrote with the bulk page cache, and gave it back (SqliteConnection::BulkCache).
        QCOMPARE(cacheDuring, -32768);
        QCOMPARE(m_store->connection().scalar(QStringLiteral("PRAGMA cache_size"))->toInt(), -2000);
        QVERIFY(m_store->object(recipients().child(QStringLiteral("cn"), QStringLiteral("u19999"))).ok());
    }

    void badRowsFarApartAreAllToldAndNothingIsWritten()
    {
        QByteArray file = Header;
        for (int i = 0; i < 20000; ++i) {
            if (i == 1)
                file += "Printer,,p,P,p\r\n"; // line 3: not a recipient class
            else if (i == 9998)
                file += "Mailbox,Sometimes,m,M,m\r\n"; // line 10,000: no such mode
            else if (i == 14998)
                file += "Mailbox,Create,u7,Again,u7b\r\n"; // line 15,000: u7 exists by then
            else
                file += mailboxRow(i);
        }
        file += "Mailbox,,\"open,O,o\r\n"; // line 20,002: a quote that never closes
        const QString before = sa::test::databaseDigest(m_store->path());
        const auto report = DirectoryImporter::importBytes(*m_store, file, recipients());
        const QStringList lines = report.lines(QStringLiteral("in.csv"));
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0),
                 QStringLiteral("in.csv:3:1: unknown class \"Printer\" (use mailbox, dl or remote)"));
        QVERIFY2(lines.at(1).startsWith(QLatin1String("in.csv:10000:2: unknown mode")),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(QLatin1String("in.csv:15000:3: ")) &&
                     lines.at(2).contains(QLatin1String("already exists")),
                 qPrintable(lines.at(2)));
        QCOMPARE(lines.at(3), QStringLiteral("in.csv:20002:3: a quoted field is not closed"));
        QCOMPARE(report.created, 0);
        QCOMPARE(sa::test::databaseDigest(m_store->path()), before);
    }
};

QTEST_GUILESS_MAIN(TestImportStream)
#include "tst_import_stream.moc"
