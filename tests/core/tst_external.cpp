#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/host/DemoOrganization.h"
#include "core/host/Runner.h"
#include "core/msmail/ExternalCarrier.h"
#include "core/msmail/ExternalStore.h"
#include "core/msmail/PostofficeMail.h"
#include "core/msmail/PostofficeQueue.h"
#include "core/msmail/PostofficeStore.h"
#include "core/msmail/PostofficeSystemLog.h"
#include "core/services/Services.h"
#include "core/storage/SqliteConnection.h"
#include "core/transport/SiteTransport.h"
#include "tests/support/MailNetwork.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>

using namespace sa::core;

namespace {
const QString Po1 = QStringLiteral("NWNET/PO1");
const QString Po2 = QStringLiteral("NWNET/PO2");
const QString Po3 = QStringLiteral("NWNET/PO3");
const QString Po4 = QStringLiteral("NWNET/PO4");
const QString Seattle = QStringLiteral("NORTHWIND/SEATTLE");
const QString London = QStringLiteral("NORTHWIND/LONDON");
} // namespace

/// MS Mail External between the postoffices, on the linked demo grown into a network of the shape
/// most real ones had: PO1 direct to X1 (SEATTLE) and PO2 direct to X2 (LONDON) as in Q152167, PO3
/// direct to PO1 and reaching everything else through it, PO4 direct to PO3 only (a chain: PO4 ->
/// PO3 -> PO1 -> X1 -> X2 -> PO2). Every route shape carries mail exactly once both ways; loops,
/// unknown postoffices and hops nobody carries end in a non-delivery report and a log line, with
/// nothing left waiting.
class TestExternal : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Organization> m_org;

    std::unique_ptr<PostofficeStore> po(const QString& name) const
    {
        return std::move(PostofficeStore::open(m_org->dir(), name)).value();
    }
    RunReport runAll() const
    {
        auto r = Runner(*m_org).runUntilIdle(60);
        if (!r)
            qWarning("run failed: %s", qPrintable(r.error().message()));
        return r ? r.value() : RunReport();
    }
    QList<PoMail> mailOf(const QString& postoffice, const QString& mailbox) const
    {
        auto m = PostofficeMail(*po(postoffice)).mailbox(mailbox);
        return m ? m.value() : QList<PoMail>();
    }
    /// Sends one message and returns its id (empty on failure).
    QString send(const QString& postoffice, const QString& from, const QString& to,
                 const QString& subject) const
    {
        auto id =
            PostofficeMail(*po(postoffice)).send(from, to, subject, QStringLiteral("body of ") + subject);
        return id ? id.value() : QString();
    }
    /// How many messages wait in every postoffice's queue and every site's MTA queue.
    int waitingEverywhere() const
    {
        int n = 0;
        for (const QString& name : PostofficeStore::list(m_org->dir()))
            n += int(PostofficeQueue(*po(name)).queued()->size());
        for (const QString& site : {QStringLiteral("SEATTLE"), QStringLiteral("LONDON")}) {
            auto store = std::move(DirectoryStore::open(m_org->sitePath(site))).value();
            n += MtaQueue(*store).waitingCount().value();
        }
        return n;
    }
    /// The only mail of `mailbox`, checked to be `id` (or a report about it).
    static bool holdsOnce(const QList<PoMail>& mail, const QString& id)
    {
        return mail.size() == 1 && (mail.first().message.id == id || mail.first().message.id == "ndr-" + id);
    }

    /// One message from PO3 left waiting for a postoffice that is not there (NWNET/PO8), then PO3's
    /// file made into an older version's shape by `statements`. Returns the message's id, or empty
    /// (said) when a statement failed.
    QString waitingInAnOlderPo3(const QStringList& statements) const
    {
        if (!po(Po3)->setRoute(QStringLiteral("NWNET/PO8")).ok())
            return {};
        const QString id = send(Po3, QStringLiteral("CARL"), QStringLiteral("NWNET/PO8/A"), "old");
        runAll();
        auto old = po(Po3);
        // Every version before 10 kept its handed-over ids with their times in one table.
        const QStringList before10{
            QStringLiteral("DROP TABLE seen_old"), QStringLiteral("DROP TABLE seen_since"),
            QStringLiteral("DROP TABLE seen"),
            QStringLiteral("CREATE TABLE seen (message_id TEXT PRIMARY KEY, at TEXT NOT NULL) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX seen_at ON seen(at)")};
        for (const QString& sql : before10 + statements) {
            if (!old->connection().exec(sql).ok()) {
                qWarning("failed: %s", qPrintable(sql));
                return {};
            }
        }
        return id;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto org = DemoOrganization::build(m_dir->path(), DemoStage::Linked);
        QVERIFY2(org.ok(), qPrintable(org.error().message()));
        m_org = std::make_unique<Organization>(org.value());
        const Status grown = sa::test::addChainedPostoffices(*m_org);
        QVERIFY2(grown.ok(), qPrintable(grown.error().message()));
        runAll();
    }
    void cleanup()
    {
        m_org.reset();
        m_dir.reset();
    }

    void directPostofficeToPostofficeBothWays()
    {
        const QString there =
            send(Po3, QStringLiteral("CARL"), QStringLiteral("NWNET/PO1/AMARTIN"), "po3-po1");
        const QString back =
            send(Po1, QStringLiteral("AMARTIN"), QStringLiteral("NWNET/PO3/CARL"), "po1-po3");
        const RunReport r = runAll();
        QVERIFY(r.carried >= 2);
        QVERIFY(holdsOnce(mailOf(Po1, QStringLiteral("AMARTIN")), there));
        QVERIFY(holdsOnce(mailOf(Po3, QStringLiteral("CARL")), back));
        QCOMPARE(mailOf(Po3, QStringLiteral("CARL")).first().message.from,
                 QStringLiteral("MS:NWNET/PO1/AMARTIN"));
        QCOMPARE(runAll().total(), 0);
        QCOMPARE(waitingEverywhere(), 0);
    }

    void indirectViaAPostofficeBothWays()
    {
        const QString there =
            send(Po4, QStringLiteral("DORA"), QStringLiteral("NWNET/PO1/BCOOPER"), "po4-po1");
        const QString back =
            send(Po1, QStringLiteral("BCOOPER"), QStringLiteral("NWNET/PO4/DORA"), "po1-po4");
        runAll();
        QVERIFY(holdsOnce(mailOf(Po1, QStringLiteral("BCOOPER")), there));
        QVERIFY(holdsOnce(mailOf(Po4, QStringLiteral("DORA")), back));
        QCOMPARE(waitingEverywhere(), 0);
    }

    void chainThroughPostofficesAndBothSites()
    {
        // PO4 -> PO3 -> PO1 -> X1 -> X2 -> PO2 and back: five hops each way.
        const QString there = send(Po4, QStringLiteral("DORA"), QStringLiteral("NWNET/PO2/AHOFF"), "po4-po2");
        const QString back = send(Po2, QStringLiteral("AHOFF"), QStringLiteral("NWNET/PO4/DORA"), "po2-po4");
        // PO3 -> PO1 -> X1 (PO1's route to PO2 is through X1, the shadow postoffice of Q152167).
        const QString mid = send(Po3, QStringLiteral("CORA"), QStringLiteral("NWNET/PO2/BEVANS"), "po3-po2");
        runAll();
        QVERIFY(holdsOnce(mailOf(Po2, QStringLiteral("AHOFF")), there));
        QVERIFY(holdsOnce(mailOf(Po4, QStringLiteral("DORA")), back));
        QVERIFY(holdsOnce(mailOf(Po2, QStringLiteral("BEVANS")), mid));
        QVERIFY(!mailOf(Po2, QStringLiteral("AHOFF")).first().message.report);
        QVERIFY(!mailOf(Po4, QStringLiteral("DORA")).first().message.report);
        QCOMPARE(waitingEverywhere(), 0);
    }

    void fromASiteToAPostofficeReachedThroughAnother()
    {
        auto seattle = std::move(DirectoryStore::open(m_org->sitePath(QStringLiteral("SEATTLE")))).value();
        Message m = Message::create(QStringLiteral("SMTP:nancyd@seattle.northwind.example"),
                                    QStringLiteral("MS:NWNET/PO4/DORA"), QStringLiteral("site-po4"),
                                    QStringLiteral("from the site"));
        QVERIFY(SiteTransport(*seattle, m_org->dir()).accept(m).value());
        runAll();
        QVERIFY(holdsOnce(mailOf(Po4, QStringLiteral("DORA")), m.id));
        QVERIFY(!mailOf(Po4, QStringLiteral("DORA")).first().message.report);
        QCOMPARE(waitingEverywhere(), 0);
    }

    void aLoopInTheRoutesIsReturned()
    {
        // PO3 reaches NWNET/PO9 via PO1, PO1 reaches it via PO3: round and round.
        QVERIFY(po(Po1)->setRoute(QStringLiteral("NWNET/PO9"), Po3).ok());
        QVERIFY(po(Po3)->setRoute(QStringLiteral("NWNET/PO9"), Po1).ok());
        const QString id = send(Po3, QStringLiteral("CARL"), QStringLiteral("NWNET/PO9/NOBODY"), "loop");
        runAll();
        const QList<PoMail> back = mailOf(Po3, QStringLiteral("CARL"));
        QCOMPARE(back.size(), 1);
        QVERIFY(back.first().message.report);
        QCOMPARE(back.first().message.id, QStringLiteral("ndr-") + id);
        QVERIFY2(back.first().message.body.contains(QStringLiteral("circular route")),
                 qPrintable(back.first().message.body));
        bool logged = false;
        for (const QString& name : {Po1, Po3}) {
            const auto log = PostofficeSystemLog(*po(name)).lines();
            QVERIFY2(log.ok(), qPrintable(log.error().message()));
            for (const PoLogLine& l : log.value())
                logged = logged || (l.text.contains(id) && l.text.contains(QStringLiteral("circular route")));
        }
        QVERIFY(logged);
        QCOMPARE(waitingEverywhere(), 0);
    }

    void anUnknownPostofficeIsReturnedAfterItsTime()
    {
        QVERIFY(po(Po3)->setRoute(QStringLiteral("NWNET/PO8")).ok()); // direct, but there is no PO8
        QVERIFY(PostofficeQueue(*po(Po3)).setUndeliverableAfter(1).ok());
        const QString id = send(Po3, QStringLiteral("CARL"), QStringLiteral("NWNET/PO8/X"), "unknown");
        runAll();
        // It waits, saying why.
        const auto waiting = PostofficeQueue(*po(Po3)).queued().value();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().direction, QStringLiteral("out"));
        QCOMPARE(waiting.first().reason, QStringLiteral("NWNET/PO8 is not a postoffice this network knows"));
        QCOMPARE(mailOf(Po3, QStringLiteral("CARL")).size(), 0);
        QThread::msleep(2100);
        const RunReport r = runAll();
        QCOMPARE(r.returned, 1);
        const QList<PoMail> back = mailOf(Po3, QStringLiteral("CARL"));
        QCOMPARE(back.size(), 1);
        QVERIFY(back.first().message.report);
        QVERIFY2(back.first().message.body.contains(
                     QStringLiteral("not delivered within 1 second(s): NWNET/PO8 is not a postoffice")),
                 qPrintable(back.first().message.body));
        const auto log = PostofficeSystemLog(*po(Po3)).lines().value();
        QVERIFY(!log.isEmpty());
        QVERIFY(log.last().text.contains(id));
        QVERIFY(log.last().text.contains(QStringLiteral("NWNET/PO8 is not a postoffice")));
        QCOMPARE(waitingEverywhere(), 0);
    }

    void aStoppedConnectorMtaIsNamedAndReturnedAfterItsTime()
    {
        QVERIFY(Services::stop(
                    *std::move(DirectoryStore::open(m_org->sitePath(QStringLiteral("SEATTLE")))).value(),
                    QStringLiteral("X1"), QStringLiteral("PO1 Connector MTA"))
                    .ok());
        QVERIFY(PostofficeQueue(*po(Po1)).setUndeliverableAfter(1).ok());
        send(Po1, QStringLiteral("AMARTIN"), QStringLiteral("NWNET/PO2/AHOFF"), "stopped");
        runAll();
        const auto waiting = PostofficeQueue(*po(Po1)).queued().value();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().reason, QStringLiteral("the PO1 Connector MTA on X1 is not running"));
        QThread::msleep(2100);
        QCOMPARE(runAll().returned, 1);
        const QList<PoMail> back = mailOf(Po1, QStringLiteral("AMARTIN"));
        QCOMPARE(back.size(), 1);
        QVERIFY(back.first().message.body.contains(QStringLiteral("PO1 Connector MTA on X1 is not running")));
        QCOMPARE(waitingEverywhere(), 0);
    }

    void aShadowPostofficeWhoseConnectorDoesNotServeTheSenderSaysSo()
    {
        // PO3 claims X1 direct, but X1's connector reaches PO3 only through PO1.
        QVERIFY(po(Po3)->setRoute(Seattle).ok());
        send(Po3, QStringLiteral("CARL"), QStringLiteral("NORTHWIND/SEATTLE/NANCYD"), "wrong");
        runAll();
        const auto waiting = PostofficeQueue(*po(Po3)).queued().value();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(
            waiting.first().reason,
            QStringLiteral(
                "the MS Mail Connector on X1 (NORTHWIND/SEATTLE) has no direct connection to NWNET/PO3"));
    }

    void anInstanceCarriesWhatItServesAndLogsIt()
    {
        auto ext = ExternalStore::create(m_org->dir(), QStringLiteral("EXT1"), {Po1, Po3}, 3600);
        QVERIFY2(ext.ok(), qPrintable(ext.error().message()));
        ext.value().reset();
        const QString a = send(Po3, QStringLiteral("CARL"), QStringLiteral("NWNET/PO1/AMARTIN"), "by-ext1");
        // PO3 and PO4: PO3 is served by EXT1 and nothing serves both, so the default does not carry.
        const QString b = send(Po3, QStringLiteral("CORA"), QStringLiteral("NWNET/PO4/DORA"), "not-carried");
        runAll();
        QVERIFY(holdsOnce(mailOf(Po1, QStringLiteral("AMARTIN")), a));
        QCOMPARE(mailOf(Po4, QStringLiteral("DORA")).size(), 0);
        const auto waiting = PostofficeQueue(*po(Po3)).queued().value();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().message.id, b);
        QCOMPARE(waiting.first().reason,
                 QStringLiteral(
                     "no External serves both NWNET/PO3 and NWNET/PO4 (the External EXT1 serves NWNET/PO3)"));
        auto log = std::move(ExternalStore::open(m_org->dir(), QStringLiteral("ext1")))
                       .value()
                       ->sessionLog()
                       .value();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().text, QStringLiteral("Delivered 1 message(s) from NWNET/PO3 to NWNET/PO1"));

        // Its interval: run an hour ago, so the next message waits for it (or for a run by hand).
        const QString c = send(Po3, QStringLiteral("CARL"), QStringLiteral("NWNET/PO1/BCOOPER"), "next-hour");
        runAll();
        QCOMPARE(mailOf(Po1, QStringLiteral("BCOOPER")).size(), 0);
        QCOMPARE(PostofficeQueue(*po(Po3)).queued()->size(), 2);
        auto byHand = ExternalCarrier(m_org->dir()).runInstance(QStringLiteral("EXT1"));
        QVERIFY(byHand.ok());
        QCOMPARE(byHand->carried, 1);
        runAll();
        QVERIFY(holdsOnce(mailOf(Po1, QStringLiteral("BCOOPER")), c));

        // A second instance serving PO3 and PO4 carries the rest.
        QVERIFY(ExternalStore::create(m_org->dir(), QStringLiteral("EXT2"), {Po3, Po4}, 0).ok());
        runAll();
        QVERIFY(holdsOnce(mailOf(Po4, QStringLiteral("DORA")), b));
        QCOMPARE(waitingEverywhere(), 0);
    }

    void aStoppedInstanceIsNamedAndItsMailReturnedAfterItsTime()
    {
        auto ext =
            std::move(ExternalStore::create(m_org->dir(), QStringLiteral("EXT1"), {Po1, Po3}, 0)).value();
        QVERIFY(ext->setStarted(false).ok());
        ext.reset();
        QVERIFY(PostofficeQueue(*po(Po3)).setUndeliverableAfter(1).ok());
        const QString id =
            send(Po3, QStringLiteral("CARL"), QStringLiteral("NWNET/PO1/AMARTIN"), "stopped-ext");
        runAll();
        QCOMPARE(PostofficeQueue(*po(Po3)).queued()->first().reason,
                 QStringLiteral("the External EXT1, which serves NWNET/PO3 and NWNET/PO1, is stopped"));
        QThread::msleep(2100);
        runAll();
        QCOMPARE(mailOf(Po1, QStringLiteral("AMARTIN")).size(), 0);
        const QList<PoMail> back = mailOf(Po3, QStringLiteral("CARL"));
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().message.id, QStringLiteral("ndr-") + id);
        QVERIFY(back.first().message.body.contains(QStringLiteral("EXT1")));
        QCOMPARE(waitingEverywhere(), 0);
    }

    void badInstancesAreRefusedAndWriteNothing()
    {
        const QString dir = m_org->dir();
        QCOMPARE(ExternalStore::create(dir, QStringLiteral("E X"), {Po1, Po3}, 0).error().code(),
                 ErrorCode::InvalidArgument);
        QCOMPARE(ExternalStore::create(dir, QStringLiteral("EXT"), {Po1}, 0).error().code(),
                 ErrorCode::InvalidArgument);
        QCOMPARE(ExternalStore::create(dir, QStringLiteral("EXT"), {Po1, QStringLiteral("NWNET/PO7")}, 0)
                     .error()
                     .code(),
                 ErrorCode::NotFound);
        QCOMPARE(ExternalStore::create(dir, QStringLiteral("EXT"), {Po1, Po1}, 0).error().code(),
                 ErrorCode::InvalidArgument);
        QCOMPARE(ExternalStore::create(dir, QStringLiteral("EXT"), {Po1, Po3}, -1).error().code(),
                 ErrorCode::InvalidArgument);
        QVERIFY(ExternalStore::list(dir).isEmpty());
        QVERIFY(ExternalStore::create(dir, QStringLiteral("EXT"), {Po1, Po3}, 0).ok());
        QCOMPARE(ExternalStore::create(dir, QStringLiteral("ext"), {Po1, Po3}, 0).error().code(),
                 ErrorCode::AlreadyExists);
        QCOMPARE(ExternalStore::list(dir), QStringList{QStringLiteral("EXT")});
        QVERIFY(ExternalStore::remove(dir, QStringLiteral("ext")).ok());
        QVERIFY(ExternalStore::list(dir).isEmpty());
        QCOMPARE(ExternalStore::remove(dir, QStringLiteral("ext")).error().code(), ErrorCode::NotFound);
    }

    void aPostofficeOfTheVersionBeforeKeepsItsQueueWithATime()
    {
        // Version 5 knew neither queue times nor the system log: mail queued then waits from the
        // upgrade on, and is returned only after a whole undeliverable-after from there.
        const QString id =
            waitingInAnOlderPo3({"DROP TABLE hop_waiting", "DROP INDEX queue_by_hop",
                                 "CREATE INDEX queue_next_hop ON queue(direction, next_hop, seq)",
                                 "ALTER TABLE queue DROP COLUMN queued_at", "DROP TABLE system_log",
                                 "DROP TABLE unsendable", "PRAGMA user_version = 5"});
        QVERIFY(!id.isEmpty());
        auto upgraded = po(Po3);
        const auto queued = PostofficeQueue(*upgraded).queued().value();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().message.id, id);
        QVERIFY(qAbs(queued.first().queuedAt.secsTo(QDateTime::currentDateTimeUtc())) < 5);
        QVERIFY(PostofficeSystemLog(*upgraded).lines().value().isEmpty());
        QCOMPARE(PostofficeQueue(*upgraded).returnExpired().value(), 0);
    }

    void aPostofficeOfVersion8KeepsItsWaitingReasonsPerHop()
    {
        // Version 8 kept why mail waits on every queued message, with two indexes for it: version 9
        // keeps it once per next hop, and a queued message is written into three b-trees.
        const QString id =
            waitingInAnOlderPo3({"DROP TABLE hop_waiting", "DROP INDEX queue_by_hop",
                                 "ALTER TABLE queue ADD COLUMN reason TEXT NOT NULL DEFAULT ''",
                                 "UPDATE queue SET reason = 'the reason of version 8'",
                                 "CREATE INDEX queue_next_hop ON queue(direction, next_hop, seq)",
                                 "CREATE INDEX queue_waiting ON queue(direction, queued_at)",
                                 "CREATE INDEX queue_hop_reason ON queue(direction, next_hop, reason)",
                                 "PRAGMA user_version = 8"});
        QVERIFY(!id.isEmpty());
        auto upgraded = po(Po3);
        const auto queued = PostofficeQueue(*upgraded).queued().value();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().message.id, id);
        QCOMPARE(queued.first().reason, QStringLiteral("the reason of version 8"));
        const QMap<QString, QString> kept{
            {QStringLiteral("NWNET/PO8"), QStringLiteral("the reason of version 8")}};
        QCOMPARE(PostofficeQueue(*upgraded).waitingReasons().value(), kept);
        QCOMPARE(upgraded->connection()
                     .strings(QStringLiteral("SELECT name FROM pragma_index_list('queue') ORDER BY name"))
                     .value(),
                 (QStringList{QStringLiteral("queue_by_hop"), QStringLiteral("sqlite_autoindex_queue_1")}));
        QVERIFY(!upgraded->connection()
                     .strings(QStringLiteral("SELECT name FROM pragma_table_info('queue')"))
                     .value()
                     .contains(QStringLiteral("reason")));
        // The next pass says why again, in its own words.
        upgraded.reset();
        runAll();
        QCOMPARE(PostofficeQueue(*po(Po3)).queued()->first().reason,
                 QStringLiteral("NWNET/PO8 is not a postoffice this network knows"));
    }

    void whyMailWaitsIsItsHopsAndGoesWhenTheHopCarries()
    {
        auto seattle = [&] {
            return std::move(DirectoryStore::open(m_org->sitePath(QStringLiteral("SEATTLE")))).value();
        };
        const QString mta = QStringLiteral("PO1 Connector MTA");
        QVERIFY(Services::stop(*seattle(), QStringLiteral("X1"), mta).ok());
        const QString first =
            send(Po1, QStringLiteral("AMARTIN"), QStringLiteral("NWNET/PO2/AHOFF"), "first");
        runAll();
        const QString why = QStringLiteral("the PO1 Connector MTA on X1 is not running");
        const QMap<QString, QString> kept{{QStringLiteral("NORTHWIND/SEATTLE"), why}};
        QCOMPARE(PostofficeQueue(*po(Po1)).waitingReasons().value(), kept);
        // A message queued after the pass waits for the same reason: the hop's, not its own.
        const QString second =
            send(Po1, QStringLiteral("AMARTIN"), QStringLiteral("NWNET/PO2/BEVANS"), "second");
        const auto waiting = PostofficeQueue(*po(Po1)).queued().value();
        QCOMPARE(waiting.size(), 2);
        for (const PoQueued& q : waiting)
            QCOMPARE(q.reason, why);
        QCOMPARE(waiting.first().message.id, first); // oldest first
        // A pass that finds the same reason writes nothing.
        const qint64 commits = SqliteConnection::activity().commits;
        QVERIFY(
            PostofficeQueue(*po(Po1)).setWaitingReasons({{QStringLiteral("northwind/seattle"), why}}).ok());
        QCOMPARE(SqliteConnection::activity().commits, commits);
        // Carried: nothing waits, and no reason is kept.
        QVERIFY(Services::start(*seattle(), QStringLiteral("X1"), mta).ok());
        runAll();
        QVERIFY(holdsOnce(mailOf(Po2, QStringLiteral("AHOFF")), first));
        QVERIFY(holdsOnce(mailOf(Po2, QStringLiteral("BEVANS")), second));
        QVERIFY(PostofficeQueue(*po(Po1)).waitingReasons().value().isEmpty());
        QCOMPARE(waitingEverywhere(), 0);
    }

    void theQueueIsAdministeredMessageByMessage()
    {
        QVERIFY(po(Po3)->setRoute(QStringLiteral("NWNET/PO8")).ok());
        const QString keep = send(Po3, QStringLiteral("CARL"), QStringLiteral("NWNET/PO8/A"), "keep");
        const QString gone = send(Po3, QStringLiteral("CARL"), QStringLiteral("NWNET/PO8/B"), "delete");
        const QString sentBack = send(Po3, QStringLiteral("CORA"), QStringLiteral("NWNET/PO8/C"), "return");
        runAll();
        auto queued = PostofficeQueue(*po(Po3)).queued().value();
        QCOMPARE(queued.size(), 3);
        QVERIFY(PostofficeQueue(*po(Po3)).removeQueued(queued.at(1).seq, false, {}).ok());
        QVERIFY(PostofficeQueue(*po(Po3))
                    .removeQueued(queued.at(2).seq, true, QStringLiteral("returned by the administrator"))
                    .ok());
        QCOMPARE(PostofficeQueue(*po(Po3)).removeQueued(queued.at(2).seq, true, {}).error().code(),
                 ErrorCode::NotFound);
        runAll();
        queued = PostofficeQueue(*po(Po3)).queued().value();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().message.id, keep);
        QCOMPARE(mailOf(Po3, QStringLiteral("CARL")).size(), 0);
        const QList<PoMail> back = mailOf(Po3, QStringLiteral("CORA"));
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().message.id, QStringLiteral("ndr-") + sentBack);
        const auto log = PostofficeSystemLog(*po(Po3)).lines().value();
        QVERIFY(log.at(log.size() - 2).text.contains(gone));
        QVERIFY(log.last().text.contains(sentBack));
    }
};

QTEST_GUILESS_MAIN(TestExternal)
#include "tst_external.moc"
