#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/msmail/PostofficeStore.h"
#include "tests/support/DirsyncFixture.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <memory>

using namespace sa::core;

/// `siteadminctl serve` as an administrator runs it: the services of the configured demo (X1 the
/// dirsync server of PO1 and PO2) hosted without a window, whole cycles on the schedule until
/// everyone agrees, a clean stop between transactions on SIGTERM; a second `serve` on the same
/// organization says who does the work and does none of it, and takes over when the first dies.
class TestServe : public QObject, protected sa::test::DirsyncFixture
{
    Q_OBJECT

private:
    static QString ctl() { return QString::fromLocal8Bit(qgetenv("SITEADMIN_CTL")); }

    std::unique_ptr<QProcess> serve(const QStringList& extra = {}) const
    {
        auto p = std::make_unique<QProcess>();
        p->setProgram(ctl());
        p->setArguments(QStringList{QStringLiteral("--org"), m_org->dir(), QStringLiteral("serve")} + extra);
        p->start();
        return p;
    }
    /// Waits up to `ms` for `p` to have printed `text`; everything it printed so far is kept in `seen`.
    static bool waitForOutput(QProcess& p, QString& seen, const QString& text, int ms)
    {
        return QTest::qWaitFor(
            [&] {
                seen += QString::fromUtf8(p.readAllStandardOutput());
                return seen.contains(text);
            },
            ms);
    }
    /// Whether every user of PO1 and PO2 is a custom recipient in MSMail Recipients, once.
    bool everyoneImported() const
    {
        const QMap<QString, QString> dir = imported(QStringLiteral("SEATTLE"));
        int users = 0;
        for (const QString& name : {Po1, Po2}) {
            auto list = po(name)->users();
            if (!list)
                return false;
            for (const PoUser& u : list.value()) {
                ++users;
                if (!dir.contains(u.fullName))
                    return false;
            }
        }
        return dir.size() == users;
    }
    static void stop(QProcess& p, QString& seen)
    {
        p.terminate(); // SIGTERM
        QVERIFY(p.waitForFinished(15000));
        seen += QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
        QVERIFY2(seen.trimmed().endsWith(QStringLiteral("Stopped.")), qPrintable(seen));
    }

private Q_SLOTS:
    void init() { build(true); }
    void cleanup() { tearDown(); }

    void cyclesRunUntilEveryoneAgreesAndSigtermStopsCleanly()
    {
        auto p = serve({QStringLiteral("--interval"), QStringLiteral("1")});
        QString seen;
        QVERIFY2(
            waitForOutput(*p, seen, QStringLiteral("Doing the work of: dirsync, mail, replication"), 10000),
            qPrintable(seen));
        QVERIFY2(QTest::qWaitFor([&] { return everyoneImported(); }, 60000), qPrintable(seen));
        // A change at a postoffice arrives with a later cycle, without anyone asking.
        QVERIFY(po(Po2)->addUser(QStringLiteral("ZNEW"), QStringLiteral("Zoe New")));
        QVERIFY2(QTest::qWaitFor(
                     [&] { return imported(QStringLiteral("SEATTLE")).contains(QStringLiteral("Zoe New")); },
                     60000),
                 qPrintable(seen));
        QVERIFY2(QTest::qWaitFor([&] { return gal(Po1).contains(QStringLiteral("Zoe New")); }, 60000),
                 qPrintable(seen));
        seen += QString::fromUtf8(p->readAllStandardOutput());
        QVERIFY2(seen.contains(QStringLiteral("Dirsync cycle: ")), qPrintable(seen));
        stop(*p, seen);
        const QString problems =
            sa::test::integrityProblems(m_org->dir(), {m_org->sitePath(QStringLiteral("SEATTLE")),
                                                       m_org->sitePath(QStringLiteral("LONDON"))});
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void aSecondServeWaitsAndTakesOverWhenTheFirstDies()
    {
        auto first = serve({QStringLiteral("--interval"), QStringLiteral("1")});
        QString firstSaid;
        QVERIFY2(waitForOutput(*first, firstSaid, QStringLiteral("Doing the work of:"), 10000),
                 qPrintable(firstSaid));
        auto second = serve({QStringLiteral("--interval"), QStringLiteral("1")});
        QString secondSaid;
        const QString heldBy =
            QStringLiteral("dirsync: held by siteadminctl (process %1").arg(first->processId());
        QVERIFY2(waitForOutput(*second, secondSaid, heldBy, 10000), qPrintable(secondSaid));
        // The command line's own cycles say who does the work, and do none: exit 75 (EX_TEMPFAIL),
        // so a script can try again later.
        const sa::test::ProcessRun refused =
            sa::test::runProcess(ctl(), {QStringLiteral("--org"), m_org->dir(), QStringLiteral("dirsync"),
                                         QStringLiteral("cycle")});
        QCOMPARE(refused.exitCode, 75);
        QVERIFY2(refused.err.contains(
                     QStringLiteral("is done by siteadminctl (process %1").arg(first->processId())),
                 qPrintable(refused.err));

        QVERIFY2(QTest::qWaitFor([&] { return everyoneImported(); }, 60000), qPrintable(firstSaid));
        // Two more of the first's cycles: the second, ticking at the same interval, has had its
        // chances to take the work meanwhile.
        firstSaid += QString::fromUtf8(first->readAllStandardOutput());
        const int cyclesBefore = int(firstSaid.count(QStringLiteral("Dirsync cycle")));
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         firstSaid += QString::fromUtf8(first->readAllStandardOutput());
                         return firstSaid.count(QStringLiteral("Dirsync cycle")) >= cyclesBefore + 2;
                     },
                     30000),
                 qPrintable(firstSaid));
        secondSaid += QString::fromUtf8(second->readAllStandardOutput());
        QVERIFY2(!secondSaid.contains(QStringLiteral("Dirsync cycle")) &&
                     !secondSaid.contains(QStringLiteral("Mail:")),
                 qPrintable(secondSaid));

        // The first dies without a word: the second takes its work over and carries on.
        first->kill();
        QVERIFY(first->waitForFinished(10000));
        QVERIFY2(waitForOutput(*second, secondSaid,
                               QStringLiteral("Doing the work of: dirsync, mail, replication"), 10000),
                 qPrintable(secondSaid));
        QVERIFY(po(Po1)->addUser(QStringLiteral("YLATE"), QStringLiteral("Yves Late")));
        QVERIFY2(
            QTest::qWaitFor(
                [&] { return imported(QStringLiteral("SEATTLE")).contains(QStringLiteral("Yves Late")); },
                60000),
            qPrintable(secondSaid));
        QVERIFY(everyoneImported()); // nothing doubled by either
        stop(*second, secondSaid);
    }

    /// Under --json each line is a JSON object (JSON Lines): started first, stopped last, the work it
    /// took and what it did between, each with its time.
    void underJsonEachLineIsAnObject()
    {
        auto p = serve({QStringLiteral("--json"), QStringLiteral("--interval"), QStringLiteral("1")});
        QString seen;
        QVERIFY2(waitForOutput(*p, seen, QStringLiteral("\"event\":\"done\""), 15000), qPrintable(seen));
        p->terminate();
        QVERIFY(p->waitForFinished(15000));
        QCOMPARE(p->exitCode(), 0);
        seen += QString::fromUtf8(p->readAllStandardOutput());
        QStringList events;
        for (const QString& text : seen.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            QJsonParseError error{};
            const QJsonObject line = QJsonDocument::fromJson(text.toUtf8(), &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(text));
            QVERIFY2(QDateTime::fromString(line.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs)
                         .isValid(),
                     qPrintable(text));
            QVERIFY2(!line.value(QStringLiteral("text")).toString().isEmpty(), qPrintable(text));
            events << line.value(QStringLiteral("event")).toString();
            if (events.last() == QLatin1String("started"))
                QCOMPARE(line.value(QStringLiteral("folder")).toString(), m_org->dir());
            if (events.last() == QLatin1String("working"))
                QVERIFY(line.value(QStringLiteral("workHeld")).toArray().contains(QStringLiteral("dirsync")));
            if (events.last() == QLatin1String("done"))
                QVERIFY(line.value(QStringLiteral("failed")).isBool());
        }
        QCOMPARE(events.first(), QStringLiteral("started"));
        QCOMPARE(events.last(), QStringLiteral("stopped"));
        QVERIFY2(events.contains(QStringLiteral("working")), qPrintable(seen));
    }

    void serveRefusesBadInput()
    {
        for (const auto& [option, value, said] :
             {std::tuple{QStringLiteral("--interval"), QStringLiteral("soon"),
                         QStringLiteral("--interval takes a number of seconds, not \"soon\"")},
              std::tuple{QStringLiteral("--max-seconds"), QStringLiteral("0"),
                         QStringLiteral("--max-seconds takes a number of seconds, not \"0\"")},
              std::tuple{QStringLiteral("--keep-days"), QStringLiteral("-1"),
                         QStringLiteral("--keep-days takes a number of days (0: for ever), not \"-1\"")}}) {
            const QString problem = sa::test::checkRefused(
                ctl(), QStringLiteral("siteadminctl"),
                {QStringLiteral("--org"), m_org->dir(), QStringLiteral("serve"), option, value}, said,
                m_org->dir());
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }
};

QTEST_GUILESS_MAIN(TestServe)
#include "tst_serve.moc"
