#include "core/common/Clock.h"
#include "core/directory/ChangeSet.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/EventLog.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/host/Runner.h"
#include "core/host/ServiceWorker.h"
#include "core/message/CrossingMessage.h"
#include "core/replication/Replicator.h"
#include "core/services/Services.h"
#include "core/transport/ImsQueue.h"
#include "core/transport/ImsReceiver.h"
#include "core/transport/ImsSecrets.h"
#include "core/transport/InternetMailService.h"
#include "core/transport/ReplicationByMail.h"
#include "tests/support/HostPair.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sa::core;

namespace {
const QString Org = sa::test::HostPair::Organization;
const QByteArray Secret = sa::test::HostPair::Secret;
} // namespace

/// Directory replication between two host folders (SEATTLE on X1, LONDON on X2) by mail over their
/// Internet Mail Services, the MTA between them played by HostPair::cross(): a first replication of a
/// site of 1,200 mailboxes goes in batches; a rename and a delete follow; a batch delivered twice
/// changes nothing; a site cannot send a batch in another site's name or of another site's objects.
class TestReplicationMail : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sa::test::HostPair> m_hosts;
    QString m_x1;
    QString m_x2;

    static Dn recipients(const QString& site) { return SiteBuilder::recipientsDn(Org, site); }

    void settle()
    {
        const QString problem = m_hosts->settle();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    std::unique_ptr<DirectoryStore> store(const QString& folder, const QString& site)
    {
        return std::move(DirectoryStore::open(Organization::open(folder)->sitePath(site))).value();
    }

    int replicasOf(DirectoryStore& s, const QString& site)
    {
        auto list = s.subtree(recipients(site), 1, QStringLiteral("mailbox"));
        return list ? int(list->size()) : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_hosts = std::make_unique<sa::test::HostPair>(m_dir->path());
        const QString problem = m_hosts->make();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_x1 = m_hosts->x1();
        m_x2 = m_hosts->x2();
    }

    void cleanup()
    {
        m_hosts.reset();
        m_dir.reset();
    }

    void firstReplicationInBatchesThenChanges()
    {
        {
            auto london = store(m_x2, QStringLiteral("LONDON"));
            ChangeSet people;
            for (int i = 0; i < 1200; ++i)
                people.create(QStringLiteral("mailbox"), recipients(QStringLiteral("LONDON")),
                              {{attr::MailNickname, {QStringLiteral("user%1").arg(i)}},
                               {attr::DisplayName, {QStringLiteral("User %1").arg(i)}}});
            QVERIFY(london->commit(people));
        }
        settle();
        {
            auto seattle = store(m_x1, QStringLiteral("SEATTLE"));
            QCOMPARE(replicasOf(*seattle, QStringLiteral("LONDON")), 1200);
            auto box = seattle->object(
                recipients(QStringLiteral("LONDON")).child(QStringLiteral("cn"), QStringLiteral("user7")));
            QVERIFY(box);
            QCOMPARE(box->masterSite, QStringLiteral("LONDON"));
            auto london = store(m_x2, QStringLiteral("LONDON"));
            QVERIFY(Replicator::watermark(*seattle, QStringLiteral("LONDON")) > 1200);
            // And the other way round: LONDON holds SEATTLE's tree.
            QVERIFY(london->object(SiteBuilder::connectionsDn(Org, QStringLiteral("SEATTLE"))));
        }
        // 1,200 objects and more in batches of 500: at least three batches crossed to SEATTLE.
        int batches = 0;
        for (const QByteArray& mime : m_hosts->sent())
            batches += mime.contains("X-SiteAdmin-Origin: LONDON") &&
                               mime.contains("Subject: Directory replication batch")
                           ? 1
                           : 0;
        QVERIFY2(batches >= 3, qPrintable(QString::number(batches)));

        // A rename and a delete at LONDON reach SEATTLE.
        {
            auto london = store(m_x2, QStringLiteral("LONDON"));
            ChangeSet c;
            c.replace(
                recipients(QStringLiteral("LONDON")).child(QStringLiteral("cn"), QStringLiteral("user1")),
                attr::DisplayName, {QStringLiteral("Renamed One")});
            c.remove(
                recipients(QStringLiteral("LONDON")).child(QStringLiteral("cn"), QStringLiteral("user2")));
            QVERIFY(london->commit(c));
        }
        // Within the interval nothing is asked; Request Now asks at once.
        settle();
        QCOMPARE(
            store(m_x1, QStringLiteral("SEATTLE"))
                ->object(
                    recipients(QStringLiteral("LONDON")).child(QStringLiteral("cn"), QStringLiteral("user1")))
                ->value(attr::DisplayName),
            QStringLiteral("User 1"));
        QVERIFY(ReplicationByMail(*store(m_x1, QStringLiteral("SEATTLE")), m_x1)
                    .request(QStringLiteral("LONDON")));
        settle();
        auto seattle = store(m_x1, QStringLiteral("SEATTLE"));
        QCOMPARE(
            seattle
                ->object(
                    recipients(QStringLiteral("LONDON")).child(QStringLiteral("cn"), QStringLiteral("user1")))
                ->value(attr::DisplayName),
            QStringLiteral("Renamed One"));
        QVERIFY(!seattle->object(
            recipients(QStringLiteral("LONDON")).child(QStringLiteral("cn"), QStringLiteral("user2"))));
        QCOMPARE(replicasOf(*seattle, QStringLiteral("LONDON")), 1199);
    }

    void requestNowAsksByMail()
    {
        settle();
        {
            auto london = m_hosts->london();
            ChangeSet c;
            c.create(QStringLiteral("mailbox"), recipients(QStringLiteral("LONDON")),
                     {{attr::MailNickname, {QStringLiteral("Late")}},
                      {attr::DisplayName, {QStringLiteral("Late Comer")}}});
            QVERIFY(london->commit(c));
        }
        // The DRC Sites page's Request Now, as the window's worker carries it out.
        ServiceWorker worker(m_x1);
        worker.start();
        QSignalSpy answered(&worker, &ServiceWorker::replicationRequested);
        worker.requestReplication(QStringLiteral("SEATTLE"), QStringLiteral("LONDON"));
        QCOMPARE(answered.size(), 1);
        QVERIFY(answered.first().at(2).toBool());
        QVERIFY2(answered.first().at(3).toString().contains(QStringLiteral("asked for its changes by mail")),
                 qPrintable(answered.first().at(3).toString()));
        worker.requestReplication(QStringLiteral("SEATTLE"), QStringLiteral("PARIS"));
        QCOMPARE(answered.size(), 2);
        QVERIFY(!answered.last().at(2).toBool());
        QVERIFY2(answered.last().at(3).toString().contains(
                     QStringLiteral("no Internet Mail Service of site SEATTLE "
                                    "is connected to it")),
                 qPrintable(answered.last().at(3).toString()));
        worker.stop();
        settle();
        QVERIFY(m_hosts->seattle()->object(
            recipients(QStringLiteral("LONDON")).child(QStringLiteral("cn"), QStringLiteral("Late"))));
    }

    void aBatchTwiceChangesNothing()
    {
        settle();
        auto seattle = store(m_x1, QStringLiteral("SEATTLE"));
        const qint64 usn = seattle->highestUsn();
        // Every message that crossed, delivered again: each is known by its id.
        for (const QByteArray& mime : m_hosts->sent()) {
            const ImsDelivery d = ImsReceiver::deliver(Organization::open(m_x1).value(), mime);
            QVERIFY(d.kind == ImsDelivery::Kind::AlreadyHad || d.kind == ImsDelivery::Kind::Refused);
        }
        // And a batch applied again directly.
        auto london = store(m_x2, QStringLiteral("LONDON"));
        auto batch = Replicator::changesFor(*london, 0);
        QVERIFY(batch);
        QVERIFY(Replicator::apply(*seattle, batch.value()));
        QCOMPARE(seattle->highestUsn(), usn);
    }

    void anUnansweredRequestIsSaid()
    {
        settle();
        // SEATTLE asks; the request is lost on the way (it never crosses).
        QVERIFY(ReplicationByMail(*store(m_x1, QStringLiteral("SEATTLE")), m_x1)
                    .request(QStringLiteral("LONDON")));
        QVERIFY(Runner(Organization::open(m_x1).value()).runUntilIdle(30));
        {
            auto seattle = store(m_x1, QStringLiteral("SEATTLE"));
            auto lost = ImsQueue(*seattle).all();
            QVERIFY(lost);
            QCOMPARE(lost->size(), 1);
            QVERIFY(ImsQueue(*seattle).drop(lost->first().seq));
            // Asked, not overdue yet.
            const ReplicationMailState asked =
                ReplicationByMail(*seattle, m_x1).stateOf(QStringLiteral("LONDON"));
            QVERIFY(asked.askedSince.isValid());
            QVERIFY(asked.lastAnswer.isValid()); // make() replicated once
            QVERIFY(!asked.overdue);
        }
        // Past the interval, the next pass asks again and says that the last request went unanswered.
        const Clock::SetTo later(Clock::nowUtc().addSecs(ReplicationByMail::DefaultIntervalSeconds + 60));
        QVERIFY(Runner(Organization::open(m_x1).value()).runOnce());
        auto seattle = store(m_x1, QStringLiteral("SEATTLE"));
        // Flagged as the status displays show it: overdue since the first request that went unanswered
        // (the one sent again does not move it).
        {
            auto states = ReplicationByMail(*seattle, m_x1).states();
            QVERIFY(states);
            QCOMPARE(states->size(), 1);
            QCOMPARE(states->first().site, QStringLiteral("LONDON"));
            QVERIFY(states->first().overdue);
            QVERIFY(states->first().askedSince < states->first().lastAsked);
            QVERIFY2(states->first().text().contains(
                         QStringLiteral("Site LONDON has not answered directory replication since")),
                     qPrintable(states->first().text()));
        }
        auto events = EventLog::recent(*seattle, 10);
        QVERIFY(events);
        QStringList texts;
        for (const EventRecord& record : events.value())
            texts << record.text;
        QVERIFY2(texts.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("Site LONDON has not answered the directory "
                                              "replication request")),
                 qPrintable(texts.join(QLatin1Char('\n'))));
        settle(); // and the new request is answered
        const ReplicationMailState answered = ReplicationByMail(*store(m_x1, QStringLiteral("SEATTLE")), m_x1)
                                                  .stateOf(QStringLiteral("LONDON"));
        QVERIFY(!answered.overdue);
        QVERIFY(!answered.askedSince.isValid());
        QVERIFY(answered.lastAnswer.secsTo(Clock::nowUtc()) < 60);
        QVERIFY(!ReplicationByMail(*store(m_x1, QStringLiteral("SEATTLE")), m_x1)
                     .awaiting(QStringLiteral("LONDON")));
    }

    void aSiteSpeaksOnlyForItself()
    {
        settle();
        // SEATTLE's IMS (its signature is good) sends a "batch of PARIS", and a batch of LONDON's.
        auto london = store(m_x2, QStringLiteral("LONDON"));
        auto batch = Replicator::changesFor(*london, 0);
        QVERIFY(batch);
        CrossingMessage c;
        c.organization = Org;
        c.originSite = QStringLiteral("SEATTLE");
        c.targetSite = QStringLiteral("LONDON");
        c.message = Message::create(ReplicationByMail::address(Org, QStringLiteral("PARIS")),
                                    ReplicationByMail::address(Org, QStringLiteral("LONDON")),
                                    QStringLiteral("Directory replication batch"),
                                    QString::fromUtf8(batch->toJson()));
        const ImsDelivery d = ImsReceiver::deliver(
            Organization::open(m_x2).value(), c.encode(Secret, QStringLiteral("a@b"), QStringLiteral("c@d")));
        QCOMPARE(int(d.kind), int(ImsDelivery::Kind::Refused));
        QVERIFY2(d.text.contains(QStringLiteral("speaks for")), qPrintable(d.text));

        // From SEATTLE's own mailbox, but LONDON's objects: applied nowhere, said in the event log.
        const qint64 usn = london->highestUsn();
        auto seattle = store(m_x1, QStringLiteral("SEATTLE"));
        auto own = Replicator::changesFor(*seattle, 0);
        QVERIFY(own);
        ReplicationBatch forged = own.value();
        forged.objects.append(batch->objects.last());
        c.message = Message::create(ReplicationByMail::address(Org, QStringLiteral("SEATTLE")),
                                    ReplicationByMail::address(Org, QStringLiteral("LONDON")),
                                    QStringLiteral("Directory replication batch"),
                                    QString::fromUtf8(forged.toJson()));
        const ImsDelivery e = ImsReceiver::deliver(
            Organization::open(m_x2).value(), c.encode(Secret, QStringLiteral("a@b"), QStringLiteral("c@d")));
        QCOMPARE(int(e.kind), int(ImsDelivery::Kind::Delivered));
        QVERIFY(Runner(Organization::open(m_x2).value()).runUntilIdle(30));
        QCOMPARE(london->highestUsn(), usn); // nothing of it written
        auto events = EventLog::recent(*london, 20);
        QVERIFY(events);
        int said = 0;
        for (const EventRecord& record : events.value())
            said += record.text.contains(QStringLiteral("is not an object of site SEATTLE")) ? 1 : 0;
        QCOMPARE(said, 1);
    }
};

QTEST_GUILESS_MAIN(TestReplicationMail)
#include "tst_replication_mail.moc"
