// Item 8 of siteadmin_bench: directory synchronization at size.
#include "BenchSupport.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/host/DirsyncCycle.h"
#include "core/msmail/PostofficeDirsync.h"
#include "core/services/Services.h"
#include "core/storage/SqliteConnection.h"
#include "tests/support/DirsyncNetwork.h"

#include <QSqlQuery>
#include <algorithm>
#include <cstdio>

namespace sa::bench {

using namespace sa::core;

using namespace sa::test::DirsyncNetwork;

/// What the engine makes of user `u` of postoffice `p`: the rows a raw insert writes for it.
namespace {

AttributeValues customRecipient(int p, int u)
{
    const QString mailbox = QStringLiteral("U%1").arg(u);
    const QString alias = QStringLiteral("P%1U%2").arg(p).arg(u);
    const QString target = QStringLiteral("MS:%1/%2").arg(postofficeName(p), mailbox);
    return {{attr::MailNickname, {alias}},
            {attr::DisplayName, {userName(p, u)}},
            {attr::TargetAddress, {target}},
            {attr::ProxyAddresses,
             {target, QStringLiteral("SMTP:%1@bench.example").arg(alias),
              QStringLiteral("X400:c=US;a= ;p=BENCH;o=SITE;s=%1;").arg(alias)}},
            {attr::ImportedFrom, {QStringLiteral("PO%1").arg(p)}},
            {attr::TrustLevel, {QStringLiteral("0")}}};
}

} // namespace

int dirsyncBench(const QString& dir, int postoffices, int users, int idleCycles)
{
    auto org = build(dir + QStringLiteral("/dirsync"), postoffices, users);
    if (!org) {
        std::fprintf(stderr, "the dirsync organization failed: %s\n", qPrintable(org.error().message()));
        return 1;
    }
    // The cycles run as the services' worker runs them: every database kept open on this thread
    // between them (ServiceWorker holds a KeepOpen while it runs).
    const SqliteConnection::KeepOpen keep;
    // Every database as it was before the first cycle, for the raw write of what the cycle wrote.
    const QString snapshots = dir + QStringLiteral("/dirsync-before");
    snapshotDatabases(org->dir(), snapshots);
    Measure full;
    auto first = DirsyncCycle(org.value()).run();
    full.stop();
    if (!first) {
        std::fprintf(stderr, "the first cycle failed: %s\n", qPrintable(first.error().message()));
        return 1;
    }
    // All agree: every postoffice lists every other postoffice's users.
    for (int p = 0; p < postoffices; ++p) {
        auto po = PostofficeStore::open(org->dir(), postofficeName(p));
        auto gal = po.value()->gal();
        if (!gal || gal->size() < postoffices * users) {
            std::fprintf(stderr, "%s lists %d entries after the first cycle\n", qPrintable(postofficeName(p)),
                         gal ? int(gal->size()) : -1);
            return 1;
        }
    }
    // The lower bound: a raw write of every row the cycle left in every database.
    const RawRows rawAll = rawRowsC(org->dir(), snapshots);
    // Beside it, a raw insert of as many custom recipients, in the same run, through the sqlite3 C
    // API and through Qt's driver.
    const Dn recipients = SiteBuilder::recipientsDn(Org, Site);
    const auto rawInto = [&](const QString& rawDir, bool cApi) -> Measure {
        auto rawOrg = Organization::create(rawDir, Org, Site, QStringLiteral("X1"));
        if (!rawOrg)
            std::exit(1);
        qint64 parent = 0;
        {
            auto raw = DirectoryStore::open(rawOrg->sitePath(Site));
            parent = raw.value()->object(recipients)->id;
        }
        return (cApi ? rawInsertC
                     : rawInsert)(rawOrg->sitePath(Site), parent, recipients.toString(), postoffices * users,
                                  QStringLiteral("custom-recipient"),
                                  [users](int i) { return customRecipient(i / users, i % users); });
    };
    const Measure rawC = rawInto(dir + QStringLiteral("/dirsync-raw-c"), true);
    const Measure rawQt = rawInto(dir + QStringLiteral("/dirsync-raw-qt"), false);
    // The next cycle: the postoffices confirm what they received (the server lets go of the
    // first replies it kept), nothing changed.
    Measure confirm;
    if (auto done = DirsyncCycle(org.value()).run(); !done) {
        std::fprintf(stderr, "the confirming cycle failed: %s\n", qPrintable(done.error().message()));
        return 1;
    }
    confirm.stop();
    // Idle cycles: nothing changed anywhere. Their durable commits and connections are counted
    // (SqliteConnection::activity); each is followed by as many raw single-row commits as there are
    // postoffices, and the medians are compared (one cycle of 100 ms is at the mercy of the machine's
    // other work; the worst is printed too).
    const auto before = SqliteConnection::activity();
    QList<Measure> idles;
    QList<Measure> raws;
    for (int i = 0; i < std::max(1, idleCycles); ++i) {
        Measure idle;
        if (auto done = DirsyncCycle(org.value()).run(); !done) {
            std::fprintf(stderr, "the idle cycle failed: %s\n", qPrintable(done.error().message()));
            return 1;
        }
        idle.stop();
        idles << idle;
        raws << rawCommits(dir + QStringLiteral("/raw-commits.sqlite"), postoffices);
    }
    const auto after = SqliteConnection::activity();
    const auto byWall = [](const Measure& a, const Measure& b) {
        return a.wallMs() < b.wallMs();
    };
    std::sort(idles.begin(), idles.end(), byWall);
    std::sort(raws.begin(), raws.end(), byWall);
    const Measure& idle = idles.at(idles.size() / 2);
    const Measure& rawIdle = raws.at(raws.size() / 2);
    const qint64 idleCommits = (after.commits - before.commits) / idles.size();
    const qint64 idleOpened = (after.opened - before.opened) / idles.size();
    const qint64 idlePagesRead = (after.pagesRead - before.pagesRead) / idles.size();
    const qint64 idleRechecked = (after.rechecked - before.rechecked) / idles.size();
    const double commitsPerPo = double(idleCommits) / postoffices;
    // Then 100 changes (60 renames, 25 new users, 15 departures) spread over the postoffices.
    for (int i = 0; i < 100; ++i) {
        auto po = PostofficeStore::open(org->dir(), postofficeName(i % postoffices));
        const int u = (i * 37) % users;
        Status s =
            i < 60 ? po.value()->modifyUser(QStringLiteral("U%1").arg(u), QStringLiteral("Renamed %1").arg(i),
                                            {})
            : i < 85 ? po.value()->addUser(QStringLiteral("N%1").arg(i), QStringLiteral("Newcomer %1").arg(i))
                     : po.value()->deleteUser(QStringLiteral("U%1").arg((u + 1) % users));
        if (!s) {
            std::fprintf(stderr, "change %d failed: %s\n", i, qPrintable(s.error().message()));
            return 1;
        }
    }
    // The bound for it: the idle cycle plus twice a raw write of the rows it changed (every
    // database as it was before it, written again as for the first cycle's bound).
    const QString beforeChanges = dir + QStringLiteral("/dirsync-before-changes");
    snapshotDatabases(org->dir(), beforeChanges);
    Measure small;
    auto next = DirsyncCycle(org.value()).run();
    small.stop();
    if (!next) {
        std::fprintf(stderr, "the second cycle failed: %s\n", qPrintable(next.error().message()));
        return 1;
    }
    const RawRows rawChanges = rawRowsC(org->dir(), beforeChanges);
    const double changesBound = idle.wallMs() + 2 * rawChanges.measure.wallMs();
    std::printf(
        "8. dirsync, %d postoffices x %d users:\n"
        "   first full cycle until all agree: %s\n"
        "   raw write of the %lld rows it left in %d databases, sqlite3 C API: %s -> ratio %.1f "
        "(target <= 3)\n"
        "   raw insert of %d custom recipients, sqlite3 C API: %s -> ratio %.1f\n"
        "   raw insert of %d custom recipients, Qt driver:     %s -> ratio %.1f\n"
        "   the next cycle (confirmations, no change): %s\n"
        "   an idle cycle (median of %d): %s, the worst %.0f ms; %lld durable commits, %.1f per "
        "postoffice (target <= 8), %lld connections opened, %lld checked again, %lld pages read "
        "from the files;\n"
        "   %d raw single-row commits, sqlite3 C API (median): %s -> ratio %.1f (target <= 10)\n"
        "   then a cycle with 100 changes: %s, %.2f %% of the full cycle;\n"
        "   raw write of the %lld rows it changed in %d databases, sqlite3 C API: %s -> the idle cycle "
        "plus twice that is %.0f ms, ratio %.2f (target <= 1)\n",
        postoffices, users, qPrintable(full.text()), rawAll.rows, rawAll.databases,
        qPrintable(rawAll.measure.text()), full.wallMs() / rawAll.measure.wallMs(), postoffices * users,
        qPrintable(rawC.text()), full.wallMs() / rawC.wallMs(), postoffices * users, qPrintable(rawQt.text()),
        full.wallMs() / rawQt.wallMs(), qPrintable(confirm.text()), int(idles.size()),
        qPrintable(idle.text()), idles.last().wallMs(), idleCommits, commitsPerPo, idleOpened, idleRechecked,
        idlePagesRead, postoffices, qPrintable(rawIdle.text()), idle.wallMs() / rawIdle.wallMs(),
        qPrintable(small.text()), 100.0 * small.wallMs() / full.wallMs(), rawChanges.rows,
        rawChanges.databases, qPrintable(rawChanges.measure.text()), changesBound,
        small.wallMs() / changesBound);
    std::fflush(stdout);
    return 0;
}

} // namespace sa::bench
