#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/host/Runner.h"
#include "core/msmail/PostofficeMail.h"
#include "core/msmail/PostofficeStore.h"
#include "core/transport/SiteTransport.h"
#include "tests/support/TestSupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace sa::core;

/// `siteadminctl run` killed (SIGKILL) at random instants, at least 50 times, while mail crosses
/// both sites and replication runs: afterwards every database passes integrity_check, and after one
/// more run every message is delivered exactly once and the sites agree.
class TestRunCrash : public QObject
{
    Q_OBJECT

private:
    static QString ctl() { return QString::fromLocal8Bit(qgetenv("SITEADMIN_CTL")); }

private Q_SLOTS:
    void killedRunsLoseAndRepeatNothing()
    {
        QTemporaryDir dir;
        const QString orgDir = dir.filePath(QStringLiteral("org"));
        QCOMPARE(QProcess::execute(ctl(), {QStringLiteral("--org"), orgDir, QStringLiteral("demo"),
                                           QStringLiteral("--linked")}),
                 0);
        auto org = Organization::open(orgDir).value();
        const QStringList po2Users{QStringLiteral("AHOFF"), QStringLiteral("BEVANS"),
                                   QStringLiteral("CMULLER"), QStringLiteral("DSILVA"),
                                   QStringLiteral("EJONES")};
        const QStringList londonBoxes{QStringLiteral("STEVENB"), QStringLiteral("MICHAELS"),
                                      QStringLiteral("ANNED")};
        constexpr int ToPo2 = 120;
        constexpr int ToLondon = 45;
        {
            auto po1 = PostofficeStore::open(orgDir, QStringLiteral("NWNET/PO1")).value();
            for (int i = 0; i < ToPo2; ++i)
                QVERIFY(PostofficeMail(*po1)
                            .send(QStringLiteral("AMARTIN"),
                                  QStringLiteral("NWNET/PO2/") + po2Users.at(i % po2Users.size()),
                                  QStringLiteral("m%1").arg(i), QStringLiteral("body %1").arg(i))
                            .ok());
            for (int i = 0; i < ToLondon; ++i)
                QVERIFY(PostofficeMail(*po1)
                            .send(QStringLiteral("BCOOPER"),
                                  QStringLiteral("NORTHWIND/LONDON/") + londonBoxes.at(i % 3),
                                  QStringLiteral("l%1").arg(i), QStringLiteral("body"))
                            .ok());
            auto london = DirectoryStore::open(org.sitePath(QStringLiteral("LONDON"))).value();
            ChangeSet c;
            for (int i = 0; i < 40; ++i)
                c.create(QStringLiteral("mailbox"),
                         SiteBuilder::recipientsDn(QStringLiteral("NORTHWIND"), QStringLiteral("LONDON")),
                         {{attr::MailNickname, {QStringLiteral("crash%1").arg(i)}},
                          {attr::DisplayName, {QStringLiteral("Crash %1").arg(i)}}});
            QVERIFY(london->commit(c).ok());
        }

        // Every round adds new mail before the run starts, so each run has work to be killed in.
        QRandomGenerator random(152167);
        int killed = 0;
        int toPo2 = ToPo2;
        int toLondon = ToLondon;
        for (int round = 0; round < 70; ++round) {
            {
                auto po1 = PostofficeStore::open(orgDir, QStringLiteral("NWNET/PO1")).value();
                for (int i = 0; i < 3; ++i, ++toPo2)
                    QVERIFY(PostofficeMail(*po1)
                                .send(QStringLiteral("AMARTIN"),
                                      QStringLiteral("NWNET/PO2/") + po2Users.at(toPo2 % po2Users.size()),
                                      QStringLiteral("m%1").arg(toPo2), QStringLiteral("body"))
                                .ok());
                QVERIFY(PostofficeMail(*po1)
                            .send(QStringLiteral("BCOOPER"),
                                  QStringLiteral("NORTHWIND/LONDON/") + londonBoxes.at(toLondon % 3),
                                  QStringLiteral("l%1").arg(toLondon), QStringLiteral("body"))
                            .ok());
                ++toLondon;
            }
            const auto run = sa::test::killPartway(
                ctl(),
                {QStringLiteral("--org"), orgDir, QStringLiteral("run"), QStringLiteral("--until-idle")}, 25,
                random);
            QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
            killed += run.killed ? 1 : 0;
        }
        QVERIFY2(killed >= 50, qPrintable(QStringLiteral("only %1 runs were killed mid-way").arg(killed)));

        // Every database is whole.
        const QString broken = sa::test::integrityProblems(
            orgDir, {org.sitePath(QStringLiteral("SEATTLE")), org.sitePath(QStringLiteral("LONDON"))});
        QVERIFY2(broken.isEmpty(), qPrintable(broken));

        // One more run: everything arrives exactly once.
        QVERIFY(Runner(org).runUntilIdle(120).ok());
        auto po2 = PostofficeStore::open(orgDir, QStringLiteral("NWNET/PO2")).value();
        QSet<QString> subjects;
        int delivered = 0;
        for (const QString& user : po2Users) {
            const auto mails = PostofficeMail(*po2).mailbox(user);
            QVERIFY(mails.ok());
            for (const PoMail& m : mails.value()) {
                QVERIFY2(!m.message.report, qPrintable(m.message.subject));
                subjects.insert(m.message.subject);
                ++delivered;
            }
        }
        QCOMPARE(delivered, toPo2);
        QCOMPARE(int(subjects.size()), toPo2);
        auto london = DirectoryStore::open(org.sitePath(QStringLiteral("LONDON"))).value();
        SiteTransport transport(*london, orgDir);
        int londonMail = 0;
        for (const QString& alias :
             {QStringLiteral("StevenB"), QStringLiteral("MichaelS"), QStringLiteral("AnneD")}) {
            const QString guid =
                london
                    ->object(SiteBuilder::recipientsDn(QStringLiteral("NORTHWIND"), QStringLiteral("LONDON"))
                                 .child(QStringLiteral("cn"), alias))
                    ->guid;
            londonMail += int(transport.mailOf(guid)->size());
        }
        QCOMPARE(londonMail, toLondon);
        // No reports came back: nothing was lost on the way.
        auto po1 = PostofficeStore::open(orgDir, QStringLiteral("NWNET/PO1")).value();
        QCOMPARE(PostofficeMail(*po1).mailbox(QStringLiteral("AMARTIN"))->size(), 0);
        QCOMPARE(PostofficeMail(*po1).mailbox(QStringLiteral("BCOOPER"))->size(), 0);
        // The sites agree: SEATTLE holds every LONDON recipient.
        auto seattle = DirectoryStore::open(org.sitePath(QStringLiteral("SEATTLE"))).value();
        const qint64 here =
            seattle->object(SiteBuilder::recipientsDn(QStringLiteral("NORTHWIND"), QStringLiteral("LONDON")))
                ->id;
        const qint64 there =
            london->object(SiteBuilder::recipientsDn(QStringLiteral("NORTHWIND"), QStringLiteral("LONDON")))
                ->id;
        QCOMPARE(seattle->childCount(here).value(), london->childCount(there).value());
        QCOMPARE(seattle->childCount(here).value(), 70);
    }
};

QTEST_GUILESS_MAIN(TestRunCrash)
#include "tst_run_crash.moc"
