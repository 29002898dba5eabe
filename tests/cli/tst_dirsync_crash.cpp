#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/host/DemoOrganization.h"
#include "core/host/DirsyncCycle.h"
#include "core/msmail/PostofficeStore.h"
#include "tests/support/TestSupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace sa::core;

/// `siteadminctl dirsync cycle` killed (SIGKILL) at random instants, at least 50 times, while users
/// come, change and go at both postoffices and mailboxes are added in SEATTLE: afterwards every
/// database passes integrity_check, nothing was set aside, and after a few whole cycles the
/// directory holds each postoffice user exactly once and both address lists agree with it.
class TestDirsyncCrash : public QObject
{
    Q_OBJECT

private:
    static QString ctl() { return QString::fromLocal8Bit(qgetenv("SITEADMIN_CTL")); }

private Q_SLOTS:
    void killedCyclesLoseAndDoubleNothing()
    {
        QTemporaryDir dir;
        const QString orgDir = dir.filePath(QStringLiteral("org"));
        auto built = DemoOrganization::build(orgDir, DemoStage::Configured);
        QVERIFY(built.ok());
        const Organization org = built.value();
        const QString seattlePath = org.sitePath(QStringLiteral("SEATTLE"));
        {
            // The threshold has its own tests; here deletions of many rounds may meet in one reply.
            auto seattle = DirectoryStore::open(seattlePath).value();
            const Dn dxa =
                SiteBuilder::connectionsDn(QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"))
                    .child(QStringLiteral("cn"), QStringLiteral("Directory Synchronization Server"));
            ChangeSet c;
            for (const QString& r : {QStringLiteral("PO1"), QStringLiteral("PO2")})
                c.replace(dxa.child(QStringLiteral("cn"), r), attr::DeletionThresholdPercent,
                          {QStringLiteral("0")});
            QVERIFY(seattle->commit(c).ok());
        }

        QRandomGenerator random(152167);
        int killed = 0;
        for (int round = 0; round < 75; ++round) {
            {
                // Changes at both ends before each cycle, so each has work to be killed in.
                const QString name = round % 2 ? QStringLiteral("NWNET/PO2") : QStringLiteral("NWNET/PO1");
                auto po = PostofficeStore::open(orgDir, name).value();
                QVERIFY(po->addUser(QStringLiteral("U%1").arg(round),
                                    QStringLiteral("User Round %1").arg(round)));
                if (round % 5 == 2)
                    QVERIFY(po->modifyUser(QStringLiteral("U%1").arg(round - 2),
                                           QStringLiteral("Renamed Round %1").arg(round - 2), {}));
                if (round % 7 == 3)
                    QVERIFY(po->deleteUser(QStringLiteral("U%1").arg(round - 2)));
                if (round % 4 == 0) {
                    auto seattle = DirectoryStore::open(seattlePath).value();
                    ChangeSet c;
                    c.create(
                        QStringLiteral("mailbox"),
                        SiteBuilder::recipientsDn(QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE")),
                        {{attr::MailNickname, {QStringLiteral("box%1").arg(round)}},
                         {attr::DisplayName, {QStringLiteral("Box %1").arg(round)}}});
                    QVERIFY(seattle->commit(c).ok());
                }
            }
            const auto cycle = sa::test::killPartway(
                ctl(), {QStringLiteral("--org"), orgDir, QStringLiteral("dirsync"), QStringLiteral("cycle")},
                70, random);
            QVERIFY2(cycle.error.isEmpty(), qPrintable(cycle.error));
            killed += cycle.killed ? 1 : 0;
        }
        QVERIFY2(killed >= 50, qPrintable(QStringLiteral("only %1 cycles were killed mid-way").arg(killed)));

        const QString broken =
            sa::test::integrityProblems(orgDir, {seattlePath, org.sitePath(QStringLiteral("LONDON"))});
        QVERIFY2(broken.isEmpty(), qPrintable(broken));

        // Whole cycles now: the first ones carry what was interrupted, the last changes nothing.
        for (int i = 0; i < 4; ++i) {
            auto done = DirsyncCycle(org).run();
            QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message()));
        }
        auto seattle = DirectoryStore::open(seattlePath).value();
        QCOMPARE(seattle->connection().scalar(QStringLiteral("SELECT count(*) FROM dxa_quarantine"))->toInt(),
                 0);
        QCOMPARE(seattle->connection()
                     .scalar(QStringLiteral("SELECT count(*) FROM events WHERE event_id = 1102"))
                     ->toInt(),
                 0);
        auto imported = seattle->subtree(
            Dn::parse(QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=MSMail Recipients")).value(), 1,
            QStringLiteral("custom-recipient"));
        QVERIFY(imported.ok());
        QMap<QString, QString> byAddress; // target -> display name, each once
        for (const DirectoryObject& o : imported.value()) {
            QVERIFY2(!byAddress.contains(o.value(attr::TargetAddress).toUpper()),
                     qPrintable(o.value(attr::TargetAddress)));
            byAddress.insert(o.value(attr::TargetAddress).toUpper(), o.displayName());
        }
        QMap<QString, QString> users; // every postoffice user, as the directory should hold them
        QMap<QString, QMap<QString, QString>> gals;
        for (const QString& name : {QStringLiteral("NWNET/PO1"), QStringLiteral("NWNET/PO2")}) {
            auto po = PostofficeStore::open(orgDir, name).value();
            const auto poUsers = po->users();
            QVERIFY(poUsers.ok());
            for (const PoUser& u : poUsers.value())
                users.insert(QStringLiteral("MS:%1/%2").arg(name, u.mailbox), u.fullName);
            const auto entries = po->gal();
            QVERIFY(entries.ok());
            for (const PoGalEntry& e : entries.value())
                gals[name].insert(e.address.toUpper(), e.fullName);
        }
        QCOMPARE(byAddress, users);
        // Each list holds every user of both postoffices (its own and the other's) and every
        // mailbox added in SEATTLE, once.
        for (const QString& name : {QStringLiteral("NWNET/PO1"), QStringLiteral("NWNET/PO2")}) {
            const QMap<QString, QString>& gal = gals.value(name);
            for (auto it = users.cbegin(); it != users.cend(); ++it)
                QVERIFY2(gal.value(it.key().mid(3)) == it.value(),
                         qPrintable(name + QLatin1Char(' ') + it.key()));
            for (int round = 0; round < 75; round += 4)
                QVERIFY2(gal.value(QStringLiteral("NORTHWIND/SEATTLE/BOX%1").arg(round)) ==
                             QStringLiteral("Box %1").arg(round),
                         qPrintable(QStringLiteral("%1 lacks Box %2").arg(name).arg(round)));
        }
    }
};

QTEST_GUILESS_MAIN(TestDirsyncCrash)
#include "tst_dirsync_crash.moc"
