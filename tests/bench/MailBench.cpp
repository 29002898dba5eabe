// Item 7: mail end to end through the demo organization, PO1 -> X1 -> site connector -> X2 -> PO2,
// sent as the carrying side carries: in batches (PostofficeMail::submit, one transaction each).
//
// The baseline is the physical limit of that path written by hand through the sqlite3 C API with the
// product's PRAGMAs: four databases, as the message passes four stores (PO1's queue, X1's and X2's
// MTA queues, PO2's mailbox); per batch, one commit inserting the batch into the first, then for
// each next store one commit inserting it there and one deleting it from the one before (taken in
// before it is let go, as a store-and-forward hop must, so nothing is lost in a crash): seven
// durable commits per batch. The product's own commits are counted beside it (SQLite's commit hook).
// In the product's order: every batch is sent (into the first store) before any is carried, as the
// bench sends all its messages and then runs the services, so the first store holds the whole
// backlog as PO1's queue does; the same path carried batch by batch through all four stores (never
// more than a batch in any) is printed beside it.
#include "BenchSupport.h"
#include "core/host/DemoOrganization.h"
#include "core/host/Runner.h"
#include "core/message/Message.h"
#include "core/msmail/PostofficeMail.h"
#include "core/msmail/PostofficeStore.h"
#include "core/storage/SqliteConnection.h"

#include <QDir>
#include <sqlite3.h>

namespace sa::bench {

using namespace sa::core;

namespace {

/// As many messages in one transaction as PostofficeQueue::dispatch takes in one.
constexpr int Batch = 500;

struct RawStore
{
    sqlite3* db = nullptr;
    sqlite3_stmt* insert = nullptr;
    sqlite3_stmt* remove = nullptr;
};

RawStore openStore(const QString& path)
{
    RawStore s;
    if (sqlite3_open_v2(path.toUtf8().constData(), &s.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) != SQLITE_OK)
        rawFailure(s.db, "raw mail", "open");
    for (const QString& pragma : SqliteConnection::connectionPragmas())
        sqlite3_exec(s.db, pragma.toUtf8().constData(), nullptr, nullptr, nullptr);
    // A message row as the stores keep one: its id, addresses, subject, body, time and hops.
    if (sqlite3_exec(s.db,
                     "CREATE TABLE q(seq INTEGER PRIMARY KEY, message_id TEXT NOT NULL UNIQUE, sender TEXT "
                     "NOT NULL, recipient TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL, "
                     "submitted TEXT NOT NULL, hops INTEGER NOT NULL)",
                     nullptr, nullptr, nullptr) != SQLITE_OK)
        rawFailure(s.db, "raw mail", "create");
    if (sqlite3_prepare_v2(s.db,
                           "INSERT INTO q(message_id, sender, recipient, subject, body, submitted, hops)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?)",
                           -1, &s.insert, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(s.db, "DELETE FROM q WHERE message_id = ?", -1, &s.remove, nullptr) != SQLITE_OK)
        rawFailure(s.db, "raw mail", "prepare");
    return s;
}

void step(sqlite3* db, sqlite3_stmt* s)
{
    if (sqlite3_step(s) != SQLITE_DONE)
        rawFailure(db, "raw mail", "step");
    sqlite3_reset(s);
}

template <typename Work> void inTransaction(RawStore& s, Work work)
{
    sqlite3_exec(s.db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    work();
    if (sqlite3_exec(s.db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        rawFailure(s.db, "raw mail", "commit");
}

struct RawMail
{
    Measure measure;
    int commits = 0;
};

/// The baseline above: `ids.size()` messages through four stores in batches.
RawMail rawMail(const QString& dir, const QList<QByteArray>& ids, bool sentFirst)
{
    QDir().mkpath(dir);
    std::vector<RawStore> stores;
    for (int i = 0; i < 4; ++i)
        stores.push_back(openStore(QStringLiteral("%1/store%2.sqlite").arg(dir).arg(i)));
    const QByteArray from = "MS:NWNET/PO1/AMARTIN";
    const QByteArray to = "MS:NWNET/PO2/AHOFF";
    const QByteArray subject = "Message of the bench";
    const QByteArray body = "A short message body of the bench.";
    const QByteArray at = "2026-12-05T08:00:00.000Z";
    const auto insertBatch = [&](RawStore& s, int first, int end, int hops) {
        for (int i = first; i < end; ++i) {
            sqlite3_bind_text(s.insert, 1, ids.at(i).constData(), int(ids.at(i).size()), SQLITE_STATIC);
            sqlite3_bind_text(s.insert, 2, from.constData(), int(from.size()), SQLITE_STATIC);
            sqlite3_bind_text(s.insert, 3, to.constData(), int(to.size()), SQLITE_STATIC);
            sqlite3_bind_text(s.insert, 4, subject.constData(), int(subject.size()), SQLITE_STATIC);
            sqlite3_bind_text(s.insert, 5, body.constData(), int(body.size()), SQLITE_STATIC);
            sqlite3_bind_text(s.insert, 6, at.constData(), int(at.size()), SQLITE_STATIC);
            sqlite3_bind_int(s.insert, 7, hops);
            step(s.db, s.insert);
        }
    };
    const auto deleteBatch = [&](RawStore& s, int first, int end) {
        for (int i = first; i < end; ++i) {
            sqlite3_bind_text(s.remove, 1, ids.at(i).constData(), int(ids.at(i).size()), SQLITE_STATIC);
            step(s.db, s.remove);
        }
    };
    RawMail raw;
    for (int first = 0; sentFirst && first < ids.size(); first += Batch) {
        const int end = std::min<int>(first + Batch, int(ids.size()));
        inTransaction(stores[0], [&] { insertBatch(stores[0], first, end, 0); });
        ++raw.commits;
    }
    for (int first = 0; first < ids.size(); first += Batch) {
        const int end = std::min<int>(first + Batch, int(ids.size()));
        if (!sentFirst) {
            inTransaction(stores[0], [&] { insertBatch(stores[0], first, end, 0); });
            ++raw.commits;
        }
        for (size_t hop = 1; hop < stores.size(); ++hop) {
            inTransaction(stores[hop], [&] { insertBatch(stores[hop], first, end, int(hop)); });
            inTransaction(stores[hop - 1], [&] { deleteBatch(stores[hop - 1], first, end); });
            raw.commits += 2;
        }
    }
    // Closed inside the measure, as the product's run closes its connections inside its own: the
    // last close of a database writes what its write-ahead log holds into the file (a checkpoint),
    // work every durable write pays sooner or later.
    for (RawStore& s : stores) {
        sqlite3_finalize(s.insert);
        sqlite3_finalize(s.remove);
        sqlite3_close(s.db);
    }
    raw.measure.stop();
    return raw;
}

} // namespace

int mailBench(const QString& dir, int k)
{
    auto org = DemoOrganization::build(dir + QStringLiteral("/demo"), DemoStage::Linked);
    if (!org) {
        std::fprintf(stderr, "the demo organization failed: %s\n", qPrintable(org.error().message()));
        return 1;
    }
    const QStringList to{QStringLiteral("AHOFF"), QStringLiteral("BEVANS"), QStringLiteral("CMULLER"),
                         QStringLiteral("DSILVA"), QStringLiteral("EJONES")};
    const SqliteConnection::Activity before = SqliteConnection::activity();
    Measure whole;
    {
        auto po1 = PostofficeStore::open(org->dir(), QStringLiteral("NWNET/PO1"));
        if (!po1) {
            std::fprintf(stderr, "NWNET/PO1: %s\n", qPrintable(po1.error().message()));
            return 1;
        }
        PostofficeMail mail(*po1.value());
        for (int first = 0; first < k; first += Batch) {
            QList<Message> batch;
            for (int i = first; i < std::min(first + Batch, k); ++i) {
                auto m = mail.compose({QStringLiteral("AMARTIN"),
                                       QStringLiteral("NWNET/PO2/") + to.at(i % to.size()),
                                       QStringLiteral("Message %1").arg(i),
                                       QStringLiteral("A short message body of the bench."),
                                       {},
                                       {}});
                if (!m) {
                    std::fprintf(stderr, "message %d: %s\n", i, qPrintable(m.error().message()));
                    return 1;
                }
                batch.append(m.value());
            }
            if (Status s = mail.submit(batch); !s) {
                std::fprintf(stderr, "sending: %s\n", qPrintable(s.error().message()));
                return 1;
            }
        }
    }
    whole.pause();
    const double sendMs = whole.wallMs();
    whole.resume();
    auto report = Runner(org.value()).runUntilIdle(0);
    whole.stop();
    const SqliteConnection::Activity after = SqliteConnection::activity();
    const qint64 commits = after.commits - before.commits;
    const double totalMs = whole.wallMs();
    if (!report) {
        std::fprintf(stderr, "the run failed: %s\n", qPrintable(report.error().message()));
        return 1;
    }
    int delivered = 0;
    auto po2 = PostofficeStore::open(org->dir(), QStringLiteral("NWNET/PO2"));
    for (const QString& mailbox : to)
        delivered += int(PostofficeMail(*po2.value()).mailbox(mailbox)->size());
    if (delivered != k) {
        std::fprintf(stderr, "%d of %d messages arrived\n", delivered, k);
        return 1;
    }
    QList<QByteArray> ids;
    for (int i = 0; i < k; ++i)
        ids << Message::create({}, {}, {}, {}).id.toUtf8();
    const RawMail raw = rawMail(dir + QStringLiteral("/raw-mail"), ids, true);
    const RawMail interleaved = rawMail(dir + QStringLiteral("/raw-mail-interleaved"), ids, false);
    const double rate = k / (totalMs / 1000.0);
    const double rawRate = k / (raw.measure.wallMs() / 1000.0);
    const double interleavedRate = k / (interleaved.measure.wallMs() / 1000.0);
    std::printf(
        "7. %d messages PO1 -> X1 -> X2 -> PO2, sent in batches of %d: %.0f msg/s end to end, %s;\n"
        "   sending %.0f ms, carrying %.0f ms; %lld durable commits, %lld files opened, %lld checked again,\n"
        "   %lld pages read from the files, %lld statements prepared\n"
        "   raw, the same messages through 4 databases in batches of %d, all sent then carried as the "
        "product\n"
        "   runs, sqlite3 C API: %.0f msg/s, %s; %d durable commits -> %.0f %% of the raw rate (target >= 50 "
        "%%)\n"
        "   raw, each batch carried through all 4 before the next is sent: %.0f msg/s, %s -> %.0f %%\n",
        k, Batch, rate, qPrintable(whole.text()), sendMs, totalMs - sendMs, static_cast<long long>(commits),
        static_cast<long long>(after.opened - before.opened),
        static_cast<long long>(after.rechecked - before.rechecked),
        static_cast<long long>(after.pagesRead - before.pagesRead),
        static_cast<long long>(after.prepared - before.prepared), Batch, rawRate,
        qPrintable(raw.measure.text()), raw.commits, 100.0 * rate / rawRate, interleavedRate,
        qPrintable(interleaved.measure.text()), 100.0 * rate / interleavedRate);
    std::fflush(stdout);
    return 0;
}

} // namespace sa::bench
