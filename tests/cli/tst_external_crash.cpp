#include "core/directory/Organization.h"
#include "core/host/DemoOrganization.h"
#include "core/host/Runner.h"
#include "core/msmail/PostofficeMail.h"
#include "core/msmail/PostofficeQueue.h"
#include "core/msmail/PostofficeStore.h"
#include "tests/support/MailNetwork.h"
#include "tests/support/TestSupport.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace sa::core;

/// `siteadminctl run` and `serve` killed (SIGKILL) at random instants, at least 30 times, while mail
/// moves through two postoffice hops both ways (PO4 -> PO3 -> PO1 and back, carried by MS Mail
/// External) and on through both sites to PO2: afterwards every database passes integrity_check,
/// and after one more run every message has arrived exactly once, none returned.
class TestExternalCrash : public QObject
{
    Q_OBJECT

private:
    struct Flow
    {
        QString from;   ///< NET/PO
        QString sender; ///< mailbox
        QString to;     ///< NET/PO/MAILBOX
        QString prefix; ///< of the subjects
        int sent = 0;
    };

    static Status sendRound(const QString& orgDir, QList<Flow>& flows)
    {
        for (Flow& f : flows) {
            auto po = PostofficeStore::open(orgDir, f.from);
            if (!po)
                return po.error();
            for (int i = 0; i < 2; ++i, ++f.sent) {
                auto id = PostofficeMail(*po.value())
                              .send(f.sender, f.to, QStringLiteral("%1-%2").arg(f.prefix).arg(f.sent),
                                    QStringLiteral("body"));
                if (!id)
                    return id.error();
            }
        }
        return {};
    }

private Q_SLOTS:
    void killedCarriersLoseAndRepeatNothing()
    {
        QTemporaryDir dir;
        const QString orgDir = dir.filePath(QStringLiteral("org"));
        auto built = DemoOrganization::build(orgDir, DemoStage::Linked);
        QVERIFY2(built.ok(), qPrintable(built.error().message()));
        const Organization org = built.value();
        const Status grown = sa::test::addChainedPostoffices(org);
        QVERIFY2(grown.ok(), qPrintable(grown.error().message()));
        QVERIFY(Runner(org).runUntilIdle(60).ok()); // LONDON learns X1's new connections by replication
        QList<Flow> flows{{QStringLiteral("NWNET/PO4"), QStringLiteral("DORA"),
                           QStringLiteral("NWNET/PO1/AMARTIN"), QStringLiteral("up")},
                          {QStringLiteral("NWNET/PO1"), QStringLiteral("BCOOPER"),
                           QStringLiteral("NWNET/PO4/DORA"), QStringLiteral("down")},
                          {QStringLiteral("NWNET/PO4"), QStringLiteral("DORA"),
                           QStringLiteral("NWNET/PO2/AHOFF"), QStringLiteral("far")},
                          {QStringLiteral("NWNET/PO2"), QStringLiteral("BEVANS"),
                           QStringLiteral("NWNET/PO3/CARL"), QStringLiteral("back")}};
        for (int i = 0; i < 10; ++i)
            QVERIFY(sendRound(orgDir, flows).ok());

        // Every round adds mail before the carrier starts, so each has work to be killed in.
        QRandomGenerator random(14);
        int killed = 0;
        const QString ctl = sa::test::Cli::ctlProgram();
        for (int round = 0; round < 60; ++round) {
            QVERIFY(sendRound(orgDir, flows).ok());
            const bool serve = round % 4 == 3;
            const auto run =
                serve ? sa::test::killPartway(ctl, {QStringLiteral("--org"), orgDir, QStringLiteral("serve")},
                                              1500, random)
                      : sa::test::killPartway(ctl,
                                              {QStringLiteral("--org"), orgDir, QStringLiteral("run"),
                                               QStringLiteral("--until-idle")},
                                              40, random);
            QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
            killed += run.killed ? 1 : 0;
        }
        QVERIFY2(killed >= 30,
                 qPrintable(QStringLiteral("only %1 carriers were killed mid-way").arg(killed)));

        const QString broken = sa::test::integrityProblems(
            orgDir, {org.sitePath(QStringLiteral("SEATTLE")), org.sitePath(QStringLiteral("LONDON"))});
        QVERIFY2(broken.isEmpty(), qPrintable(broken));

        // One more run: everything arrives exactly once, nothing comes back.
        QVERIFY(Runner(org).runUntilIdle(120).ok());
        for (const Flow& f : flows) {
            const QString postoffice = f.to.section(QLatin1Char('/'), 0, 1);
            auto po = PostofficeStore::open(orgDir, postoffice).value();
            const auto mail = PostofficeMail(*po).mailbox(f.to.section(QLatin1Char('/'), 2));
            QVERIFY(mail.ok());
            QSet<QString> subjects;
            int delivered = 0;
            for (const PoMail& m : mail.value()) {
                QVERIFY2(!m.message.report, qPrintable(m.message.subject));
                if (!m.message.subject.startsWith(f.prefix + QLatin1Char('-')))
                    continue;
                subjects.insert(m.message.subject);
                ++delivered;
            }
            QCOMPARE(delivered, f.sent);
            QCOMPARE(int(subjects.size()), f.sent);
        }
        for (const QString& name : PostofficeStore::list(orgDir))
            QCOMPARE(PostofficeQueue(*PostofficeStore::open(orgDir, name).value()).queued()->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestExternalCrash)
#include "tst_external_crash.moc"
