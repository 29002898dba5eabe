#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/host/ServiceHost.h"
#include "core/msmail/ExternalStore.h"
#include "core/msmail/PostofficeMail.h"
#include "core/msmail/PostofficeStore.h"
#include "core/services/Schedule.h"
#include "core/storage/SqliteConnection.h"
#include "tests/support/DirsyncFixture.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <atomic>

using namespace sa::core;

/// The background worker on the configured demo (X1 the dirsync server of PO1 and PO2): whole
/// cycles in its own thread on the schedule while the calling thread keeps answering; none while
/// the schedule says Never, one at once when asked; a cancelled cycle stops between steps and
/// leaves every database consistent, and later cycles finish the work.
class TestWorker : public QObject, protected sa::test::DirsyncFixture
{
    Q_OBJECT

private:
    Dn serverDn() const
    {
        return SiteBuilder::connectionsDn(Org, QStringLiteral("SEATTLE"))
            .child(QStringLiteral("cn"), QStringLiteral("Directory Synchronization Server"));
    }
    void setServerSchedule(Schedule::Style style) const
    {
        ChangeSet c;
        c.replace(serverDn(), attr::ActivationStyle, {QString::number(style)});
        QVERIFY(site(QStringLiteral("SEATTLE"))->commit(c).ok());
    }

private Q_SLOTS:
    void init() { build(true); }
    void cleanup() { tearDown(); }

    void cyclesRunInTheWorkersThreadWhileThisOneAnswers()
    {
        ServiceHost host(m_org->dir(), WorkerSettings{50, 1});
        std::atomic<QThread*> cycleThread{nullptr};
        connect(
            host.worker(), &ServiceWorker::cycleStarted, this,
            [&] { cycleThread = QThread::currentThread(); }, Qt::DirectConnection);
        QSignalSpy finished(host.worker(), &ServiceWorker::cycleFinished);
        QSignalSpy progress(host.worker(), &ServiceWorker::progress);
        int beats = 0;
        QTimer heart;
        connect(&heart, &QTimer::timeout, this, [&] { ++beats; });
        heart.start(10);
        host.start();
        QVERIFY(QTest::qWaitFor([&] { return finished.size() >= 2; }, 60000));
        QVERIFY(finished.at(0).at(0).toBool());
        QVERIFY2(finished.at(0).at(1).value<sa::core::Phrase>().english().startsWith(
                     QStringLiteral("Dirsync cycle: ")),
                 qPrintable(finished.at(0).at(1).value<sa::core::Phrase>().english()));
        QVERIFY(cycleThread.load() != nullptr && cycleThread.load() != QThread::currentThread());
        QVERIFY(progress.size() > 4); // T1 at each postoffice, the mail, T2, the mail, T3 ...
        QVERIFY(beats > 0);           // this thread answered all along
        checkAgreement();
        QSignalSpy ended(&host, &ServiceHost::finished);
        host.stop();
        QVERIFY(ended.wait(10000));
    }

    void theWorkerCarriesMailBetweenPostofficesAndSaysSo()
    {
        // MS Mail External is hosted by the worker like the connector MTAs: PO3 direct to PO1.
        setServerSchedule(Schedule::Never);
        auto po3 = std::move(PostofficeStore::create(m_org->dir(), QStringLiteral("NWNET/PO3"),
                                                     QStringLiteral("admin-pw")))
                       .value();
        QVERIFY(po3->addUser(QStringLiteral("CARL"), QStringLiteral("Carl Third")).ok());
        QVERIFY(po3->setRoute(Po1).ok());
        QVERIFY(po(Po1)->setRoute(QStringLiteral("NWNET/PO3")).ok());
        QVERIFY(PostofficeMail(*po3)
                    .send(QStringLiteral("CARL"), QStringLiteral("NWNET/PO1/AMARTIN"), QStringLiteral("up"),
                          QStringLiteral("x"))
                    .ok());
        QVERIFY(PostofficeMail(*po(Po1))
                    .send(QStringLiteral("AMARTIN"), QStringLiteral("NWNET/PO3/CARL"), QStringLiteral("down"),
                          QStringLiteral("x"))
                    .ok());
        ServiceHost host(m_org->dir(), WorkerSettings{50, 3600});
        QStringList said;
        connect(host.worker(), &ServiceWorker::activity, this,
                [&](const WorkerActivity& a) { said << a.text.english(); });
        host.start();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return PostofficeMail(*po(Po1)).mailbox(QStringLiteral("AMARTIN"))->size() == 1 &&
                       PostofficeMail(*po3).mailbox(QStringLiteral("CARL"))->size() == 1;
            },
            20000));
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(said.cbegin(), said.cend(),
                                             [](const QString& t) {
                                                 return t.contains(QStringLiteral(
                                                     "carried between postoffices by MS Mail External"));
                                             }),
                                 10000);
        QSignalSpy ended(&host, &ServiceHost::finished);
        host.stop();
        QVERIFY(ended.wait(10000));
    }

    void theWorkerKeepsEachDatabaseOpenBetweenTicks()
    {
        // Its ticks (the services' passes) and cycles take the connections it kept: a tick that
        // opened every file, checked it and, closing, checkpointed and deleted its log, was most of
        // an idle cycle's cost (issue 18).
        setServerSchedule(Schedule::Never);
        ServiceHost host(m_org->dir(), WorkerSettings{20, 3600});
        QSignalSpy started(host.worker(), &ServiceWorker::started);
        host.start();
        QVERIFY(started.wait(10000));
        QTest::qWait(300); // its first ticks open every database
        const qint64 before = SqliteConnection::activity().opened;
        QTest::qWait(500); // twenty-odd ticks more
        QCOMPARE(SqliteConnection::activity().opened, before);
        QSignalSpy ended(&host, &ServiceHost::finished);
        host.stop();
        QVERIFY(ended.wait(10000));
        // Stopped: its connections closed (each last close removes the write-ahead log).
        for (const QString& po : {Po1, Po2}) {
            QVERIFY(!QFile::exists(PostofficeStore::pathFor(m_org->dir(), po.section(QLatin1Char('/'), 0, 0),
                                                            po.section(QLatin1Char('/'), 1, 1)) +
                                   QStringLiteral("-wal")));
        }
    }

    void aServiceLockHasOneHolderAndNamesIt()
    {
        ServiceLock first(m_org->dir(), ServiceLock::Dirsync);
        ServiceLock second(m_org->dir(), ServiceLock::Dirsync);
        QVERIFY(!second.holder().has_value()); // nobody holds it yet
        QVERIFY(first.tryLock());
        QVERIFY(!second.tryLock());
        const auto who = second.holder();
        QVERIFY(who.has_value());
        QCOMPARE(who->pid, QCoreApplication::applicationPid());
        QCOMPARE(who->program, QStringLiteral("tst_worker"));
        QVERIFY(qAbs(who->since.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY2(who->describe().startsWith(QStringLiteral("tst_worker (process ")),
                 qPrintable(who->describe()));
        // Another kind of work is another lock.
        ServiceLock mail(m_org->dir(), ServiceLock::Mail);
        QVERIFY(mail.tryLock());
        first.unlock();
        QVERIFY(second.tryLock());
        QVERIFY(!first.tryLock());
    }

    void aHostStopsOnDestructionWithoutAnEventLoop()
    {
        // As a window closing does: no event loop turns while the host waits for its thread.
        auto host = std::make_unique<ServiceHost>(m_org->dir(), WorkerSettings{50, 3600});
        QSignalSpy started(host->worker(), &ServiceWorker::started);
        host->start();
        QVERIFY(started.wait(10000));
        QElapsedTimer clock;
        clock.start();
        host.reset();
        QVERIFY(clock.elapsed() < 10000);
    }

    void neverScheduledRunsOnlyWhenAsked()
    {
        setServerSchedule(Schedule::Never);
        ServiceWorker worker(m_org->dir(), WorkerSettings{3600 * 1000, 1});
        QSignalSpy finished(&worker, &ServiceWorker::cycleFinished);
        worker.start();
        for (int i = 0; i < 3; ++i)
            worker.tick();
        QCOMPARE(finished.size(), 0);
        worker.synchronizeNow();
        worker.tick();
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.at(0).at(0).toBool());
        worker.stop();
    }

    void aCancelledCycleStopsBetweenStepsAndLaterCyclesFinish()
    {
        ServiceWorker worker(m_org->dir(), WorkerSettings{3600 * 1000, 1});
        QStringList steps;
        bool cancelOnce = true;
        connect(&worker, &ServiceWorker::progress, this, [&](const Phrase& phrase, int, int) {
            const QString step = phrase.english();
            if (!cancelOnce)
                return;
            steps << step;
            if (step.startsWith(QLatin1String("T2"))) { // T1 at both postoffices done, their requests carried
                worker.cancel();
                cancelOnce = false;
            }
        });
        QSignalSpy finished(&worker, &ServiceWorker::cycleFinished);
        worker.start();
        worker.synchronizeNow();
        worker.tick();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.at(0).at(0).toBool());
        QVERIFY2(finished.at(0).at(1).value<sa::core::Phrase>().english().contains(
                     QStringLiteral("T2 cancelled between messages")),
                 qPrintable(finished.at(0).at(1).value<sa::core::Phrase>().english()));
        QCOMPARE(steps.size(), 4);      // T1, T1, the requests carried, T2 (stopped before its first message)
        QCOMPARE(waitingAtServer(), 2); // both requests wait, whole, for the next T2
        const QString problems =
            sa::test::integrityProblems(m_org->dir(), {m_org->sitePath(QStringLiteral("SEATTLE")),
                                                       m_org->sitePath(QStringLiteral("LONDON"))});
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        // Nothing half-applied: the next cycles take the work up from where it stopped.
        for (int i = 0; i < 2; ++i) {
            worker.synchronizeNow();
            worker.tick();
        }
        QCOMPARE(finished.size(), 3);
        QVERIFY(finished.at(2).at(0).toBool());
        checkAgreement();
        worker.stop();
    }

    void oldEventsAndRunsAreLetGoOnceADay()
    {
        // What a site logged 40 and 10 days ago, and a run of each age.
        const auto age = [](int days) {
            return QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODate);
        };
        const auto logAt = [&](const QString& site, int days, const QString& text) {
            auto store = this->site(site);
            return store->write([&](DirectoryWriter& w) -> Status {
                auto e =
                    w.exec(QStringLiteral("INSERT INTO events(at, source, level, event_id, text, category)"
                                          " VALUES (?, 'MSExchangeDX', 'Information', 1000, ?, '')"),
                           {age(days), text});
                if (!e)
                    return e.error();
                auto r = w.exec(
                    QStringLiteral("INSERT INTO dirsync_runs(started, finished, requestor, step, status)"
                                   " VALUES (?, ?, ?, 'sent', 'success')"),
                    {age(days), age(days), text});
                if (!r)
                    return r.error();
                auto a =
                    w.exec(QStringLiteral("INSERT INTO audit(at, usn, user, program, action, object_id,"
                                          " object_guid, dn, class, attributes) VALUES (?, 1, 'u', 'window',"
                                          " 'modify', 1, ?, '/o=X', 'mailbox', 'Display-Name')"),
                           {age(days), text});
                return a.status();
            });
        };
        const auto count = [&](const QString& site, const QString& table, const QString& column,
                               const QString& text) {
            return this->site(site)
                ->connection()
                .scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?").arg(table, column), {text})
                ->toInt();
        };
        for (const QString& site : {QStringLiteral("SEATTLE"), QStringLiteral("LONDON")}) {
            QVERIFY(logAt(site, 40, QStringLiteral("forty")).ok());
            QVERIFY(logAt(site, 10, QStringLiteral("ten")).ok());
        }
        // And at a postoffice (system and dirsync logs) and an External instance (session log).
        QVERIFY(ExternalStore::create(m_org->dir(), QStringLiteral("EXT1"), {Po1, Po2}, 0).ok());
        const auto msmailLines = [&](const QString& text) {
            auto p = po(Po1);
            auto e = std::move(ExternalStore::open(m_org->dir(), QStringLiteral("EXT1"))).value();
            return p->connection()
                       .scalar(QStringLiteral("SELECT count(*) FROM system_log WHERE text = ?"), {text})
                       ->toInt() +
                   p->connection()
                       .scalar(QStringLiteral("SELECT count(*) FROM dirsync_log WHERE text = ?"), {text})
                       ->toInt() +
                   e->connection()
                       .scalar(QStringLiteral("SELECT count(*) FROM session_log WHERE text = ?"), {text})
                       ->toInt();
        };
        for (const auto& [days, text] :
             {std::pair{40, QStringLiteral("forty")}, std::pair{10, QStringLiteral("ten")}}) {
            auto p = po(Po1);
            auto e = std::move(ExternalStore::open(m_org->dir(), QStringLiteral("EXT1"))).value();
            for (const char* sql : {"INSERT INTO system_log(at, source, text) VALUES (?, 'Dispatch', ?)",
                                    "INSERT INTO dirsync_log(at, task, text) VALUES (?, 'T1', ?)"})
                QVERIFY(p->connection().exec(QString::fromLatin1(sql), {age(days), text}).ok());
            QVERIFY(e->connection()
                        .exec(QStringLiteral("INSERT INTO session_log(at, text) VALUES (?, ?)"),
                              {age(days), text})
                        .ok());
        }
        // Keeping everything (0) lets nothing go.
        ServiceWorker worker(m_org->dir(), WorkerSettings{3600 * 1000, 3600, 0});
        QSignalSpy activity(&worker, &ServiceWorker::activity);
        worker.start();
        worker.tick();
        QCOMPARE(count(QStringLiteral("SEATTLE"), QStringLiteral("events"), QStringLiteral("text"),
                       QStringLiteral("forty")),
                 1);
        QCOMPARE(msmailLines(QStringLiteral("forty")), 3);
        // Thirty days: what is older goes at both sites, and the activity says so; the rest stays.
        worker.setSettings(WorkerSettings{3600 * 1000, 3600, 30});
        worker.tick();
        for (const QString& site : {QStringLiteral("SEATTLE"), QStringLiteral("LONDON")}) {
            QCOMPARE(count(site, QStringLiteral("events"), QStringLiteral("text"), QStringLiteral("forty")),
                     0);
            QCOMPARE(count(site, QStringLiteral("dirsync_runs"), QStringLiteral("requestor"),
                           QStringLiteral("forty")),
                     0);
            QCOMPARE(count(site, QStringLiteral("events"), QStringLiteral("text"), QStringLiteral("ten")), 1);
            QCOMPARE(
                count(site, QStringLiteral("audit"), QStringLiteral("object_guid"), QStringLiteral("forty")),
                0);
            QCOMPARE(
                count(site, QStringLiteral("audit"), QStringLiteral("object_guid"), QStringLiteral("ten")),
                1);
            QCOMPARE(count(site, QStringLiteral("dirsync_runs"), QStringLiteral("requestor"),
                           QStringLiteral("ten")),
                     1);
        }
        QCOMPARE(msmailLines(QStringLiteral("forty")), 0);
        QCOMPARE(msmailLines(QStringLiteral("ten")), 3);
        QString said;
        for (const QList<QVariant>& a : activity)
            said += a.at(0).value<WorkerActivity>().text.english() + QLatin1Char('\n');
        QVERIFY2(said.contains(
                     QStringLiteral("Kept the last 30 days: 2 older events, 2 older dirsync runs, 2 older "
                                    "audit trail entries and 3 older postoffice and External log lines "
                                    "let go")),
                 qPrintable(said));
        // Once a day: an event that has just become too old waits for tomorrow's pass.
        QVERIFY(logAt(QStringLiteral("SEATTLE"), 31, QStringLiteral("thirty-one")).ok());
        worker.tick();
        QCOMPARE(count(QStringLiteral("SEATTLE"), QStringLiteral("events"), QStringLiteral("text"),
                       QStringLiteral("thirty-one")),
                 1);
        worker.stop();
    }
};

QTEST_GUILESS_MAIN(TestWorker)
#include "tst_worker.moc"
