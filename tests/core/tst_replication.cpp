#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/replication/Replicator.h"
#include "core/services/Schedule.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sa::core;

namespace {
const QString Org = QStringLiteral("NORTHWIND");
}

/// Directory replication between SEATTLE and LONDON: replicas arrive, change and disappear with
/// their masters, a batch applied twice changes nothing, nothing loops back, replicas are read-only.
class TestReplication : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DirectoryStore> m_seattle;
    std::unique_ptr<DirectoryStore> m_london;

    Dn londonBox(const QString& alias) const
    {
        return SiteBuilder::recipientsDn(Org, QStringLiteral("LONDON")).child(QStringLiteral("cn"), alias);
    }

private Q_SLOTS:
    void init()
    {
        // Two sites that have not replicated yet (the demo has), LONDON with 31 mailboxes.
        m_dir = std::make_unique<QTemporaryDir>();
        auto org = Organization::create(m_dir->path(), Org, QStringLiteral("SEATTLE"), QStringLiteral("X1"));
        QVERIFY(org.ok());
        QVERIFY(org.value().addSite(QStringLiteral("LONDON"), QStringLiteral("X2")).ok());
        m_seattle = std::move(DirectoryStore::open(org->sitePath(QStringLiteral("SEATTLE")))).value();
        m_london = std::move(DirectoryStore::open(org->sitePath(QStringLiteral("LONDON")))).value();
        ChangeSet people;
        for (const QString& alias : {QStringLiteral("StevenB"), QStringLiteral("RobertK")})
            people.create(
                QStringLiteral("mailbox"), SiteBuilder::recipientsDn(Org, QStringLiteral("LONDON")),
                {{attr::MailNickname, {alias}}, {attr::DisplayName, {alias + QStringLiteral(" Person")}}});
        for (int i = 0; i < 29; ++i)
            people.create(QStringLiteral("mailbox"), SiteBuilder::recipientsDn(Org, QStringLiteral("LONDON")),
                          {{attr::MailNickname, {QStringLiteral("user%1").arg(i)}},
                           {attr::DisplayName, {QStringLiteral("User %1").arg(i)}}});
        QVERIFY(m_london->commit(people).ok());
    }

    void cleanup()
    {
        m_seattle.reset();
        m_london.reset();
        m_dir.reset();
    }

    void replicasArriveChangeAndGo()
    {
        auto n = Replicator::pull(*m_seattle, *m_london);
        QVERIFY2(n.ok(), qPrintable(n.error().message()));
        QVERIFY(n.value() > 30);
        auto steven = m_seattle->object(londonBox(QStringLiteral("StevenB")));
        QVERIFY(steven.ok());
        QVERIFY(steven->isReplica());
        QCOMPARE(steven->masterSite, QStringLiteral("LONDON"));
        QCOMPARE(steven->guid, m_london->object(londonBox(QStringLiteral("StevenB")))->guid);
        QVERIFY(m_seattle->object(SiteBuilder::serverDn(Org, QStringLiteral("LONDON"), QStringLiteral("X2")))
                    .ok());

        // Created, modified and deleted in LONDON: so in SEATTLE after the next pull.
        ChangeSet c;
        c.create(QStringLiteral("mailbox"), SiteBuilder::recipientsDn(Org, QStringLiteral("LONDON")),
                 {{attr::MailNickname, {QStringLiteral("NewL")}},
                  {attr::DisplayName, {QStringLiteral("New Londoner")}}});
        c.replace(londonBox(QStringLiteral("StevenB")), attr::Title, {QStringLiteral("Managing Director")});
        c.remove(londonBox(QStringLiteral("RobertK")));
        QVERIFY(m_london->commit(c).ok());
        QCOMPARE(Replicator::pull(*m_seattle, *m_london).value(), 3);
        QCOMPARE(m_seattle->object(londonBox(QStringLiteral("NewL")))->displayName(),
                 QStringLiteral("New Londoner"));
        QCOMPARE(m_seattle->object(londonBox(QStringLiteral("StevenB")))->value(attr::Title),
                 QStringLiteral("Managing Director"));
        QCOMPARE(m_seattle->object(londonBox(QStringLiteral("RobertK"))).error().code(), ErrorCode::NotFound);
        const qint64 londonRecipients =
            m_seattle->object(SiteBuilder::recipientsDn(Org, QStringLiteral("LONDON")))->id;
        QCOMPARE(m_seattle->childCount(londonRecipients).value(), 31); // 31 + NewL - RobertK
    }

    void applyingTwiceChangesNothingAndNothingLoops()
    {
        QVERIFY(Replicator::pull(*m_seattle, *m_london).ok());
        QVERIFY(Replicator::pull(*m_london, *m_seattle).ok());
        const QString seattle = sa::test::databaseDigest(m_seattle->path());
        const QString london = sa::test::databaseDigest(m_london->path());
        QCOMPARE(Replicator::pull(*m_seattle, *m_london).value(), 0);
        QCOMPARE(Replicator::pull(*m_london, *m_seattle).value(), 0);
        QCOMPARE(sa::test::databaseDigest(m_seattle->path()), seattle);
        QCOMPARE(sa::test::databaseDigest(m_london->path()), london);
        // The same batch again (the watermark put back): no change either.
        auto reset = m_seattle->write([](DirectoryWriter& w) {
            return w.setMeta(Replicator::watermarkKey(QStringLiteral("LONDON")), QStringLiteral("0"));
        });
        QVERIFY(reset.ok());
        const qint64 usn = m_seattle->highestUsn();
        QVERIFY(Replicator::pull(*m_seattle, *m_london).value() > 0);
        QCOMPARE(m_seattle->highestUsn(), usn);
        // LONDON's replicas of SEATTLE never go back to SEATTLE as objects of LONDON.
        const auto own =
            m_seattle->ownChangesSince(SiteBuilder::siteDn(Org, QStringLiteral("SEATTLE")), 0, 100000);
        QVERIFY(own.ok());
        for (const DirectoryObject& o : own.value())
            QVERIFY(!o.isReplica());
    }

    void replicasAreReadOnly()
    {
        QVERIFY(Replicator::pull(*m_seattle, *m_london).ok());
        const QString before = sa::test::databaseDigest(m_seattle->path());
        ChangeSet modify;
        modify.replace(londonBox(QStringLiteral("StevenB")), attr::Title, {QStringLiteral("X")});
        auto r = m_seattle->commit(modify);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), ErrorCode::NotAllowed);
        QVERIFY2(r.error().message().contains(
                     QStringLiteral("replica of an object of site LONDON; connect to a server in LONDON")),
                 qPrintable(r.error().message()));
        ChangeSet create;
        create.create(QStringLiteral("mailbox"), SiteBuilder::recipientsDn(Org, QStringLiteral("LONDON")),
                      {{attr::MailNickname, {QStringLiteral("sneaky")}},
                       {attr::DisplayName, {QStringLiteral("Sneaky")}}});
        QVERIFY(!m_seattle->commit(create).ok());
        ChangeSet remove;
        remove.remove(londonBox(QStringLiteral("StevenB")));
        QVERIFY(!m_seattle->commit(remove).ok());
        QCOMPARE(sa::test::databaseDigest(m_seattle->path()), before);
    }

    void scheduleSaysWhenReplicationRuns()
    {
        // Sunday 2026-11-29 03:30 and Monday 2026-11-30 14:00, local time.
        const QDateTime sunday(QDate(2026, 11, 29), QTime(3, 30));
        const QDateTime monday(QDate(2026, 11, 30), QTime(14, 0));
        QCOMPARE(Schedule::hourOfWeek(sunday), 3);
        QCOMPARE(Schedule::hourOfWeek(monday), 24 + 14);
        QString hours(Schedule::Hours, QLatin1Char('0'));
        hours[24 + 14] = QLatin1Char('1');
        QVERIFY(Schedule::isActive(QStringLiteral("2"), {}, sunday));
        QVERIFY(Schedule::isActive({}, {}, sunday)); // a new connector replicates always
        QVERIFY(!Schedule::isActive(QStringLiteral("0"), hours, monday));
        QVERIFY(Schedule::isActive(QStringLiteral("1"), hours, monday));
        QVERIFY(!Schedule::isActive(QStringLiteral("1"), hours, sunday));
        QVERIFY(!Schedule::isActive(QStringLiteral("1"), QStringLiteral("1"), monday)); // too short: never
        // The next start a schedule brings: Monday 14:00 from Sunday; from Monday 14:00 itself, a
        // week on; Always at once; Never and an empty selection not at all.
        QCOMPARE(Schedule::nextStart(QStringLiteral("1"), hours, sunday), monday);
        QCOMPARE(Schedule::nextStart(QStringLiteral("1"), hours, monday), monday.addDays(7));
        QCOMPARE(Schedule::nextStart(QStringLiteral("2"), hours, sunday), sunday);
        QVERIFY(!Schedule::nextStart(QStringLiteral("0"), hours, sunday).isValid());
        QVERIFY(!Schedule::nextStart(QStringLiteral("1"), QString(Schedule::Hours, QLatin1Char('0')), sunday)
                     .isValid());
    }
};

QTEST_GUILESS_MAIN(TestReplication)
#include "tst_replication.moc"
