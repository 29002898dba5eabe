#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/dirsync/DirsyncLog.h"
#include "core/msmail/PostofficeStore.h"
#include "tests/support/DirsyncFixture.h"

#include <QTest>

using namespace sa::core;

/// The run history behind the Synchronization Status panel: each run knows the directory changes
/// it made (the objects, added, changed or deleted) and the events it logged, for the details an
/// administrator opens from the history.
class TestDirsyncHistory : public QObject, protected sa::test::DirsyncFixture
{
    Q_OBJECT

private:
    /// The newest run of `requestor` at `step`.
    DirsyncRun newest(const QString& requestor, const QString& step) const
    {
        auto runs = DirsyncLog::history(*site(QStringLiteral("SEATTLE")), 100);
        for (const DirsyncRun& r : runs ? runs.value() : QList<DirsyncRun>()) {
            if (r.requestor == requestor && r.step == step)
                return r;
        }
        return {};
    }
    static QString changeOf(const DirsyncRunDetails& d, const QString& name)
    {
        for (const DirsyncRunObject& o : d.objects) {
            if (o.name == name)
                return o.change;
        }
        return {};
    }

private Q_SLOTS:
    void init() { build(true); }
    void cleanup() { tearDown(); }

    void aRunShowsTheObjectsItChanged()
    {
        QVERIFY(cycle());
        DirsyncRun first = newest(QStringLiteral("PO1"), QStringLiteral("received"));
        QVERIFY(first.id > 0);
        QVERIFY(first.adds > 0);
        auto details = DirsyncLog::details(*site(QStringLiteral("SEATTLE")), first.id);
        QVERIFY(details.ok());
        QCOMPARE(details->run.id, first.id);
        QCOMPARE(changeOf(details.value(), QStringLiteral("Alice Martin")), QStringLiteral("added"));
        int customRecipients = 0;
        for (const DirsyncRunObject& o : details->objects)
            customRecipients += o.className == QLatin1String("Custom Recipient") ? 1 : 0;
        QCOMPARE(customRecipients, first.adds);

        // A rename at PO1 and a user gone: the next run changed one and deleted the other.
        QVERIFY(po(Po1)->modifyUser(QStringLiteral("AMARTIN"), QStringLiteral("Alice Martin-Smith"), {}));
        QVERIFY(po(Po1)->deleteUser(QStringLiteral("BCOOPER")));
        QVERIFY(cycle());
        const DirsyncRun second = newest(QStringLiteral("PO1"), QStringLiteral("received"));
        QVERIFY(second.id > first.id);
        details = DirsyncLog::details(*site(QStringLiteral("SEATTLE")), second.id);
        QVERIFY(details.ok());
        QCOMPARE(changeOf(details.value(), QStringLiteral("Alice Martin-Smith")), QStringLiteral("changed"));
        QCOMPARE(changeOf(details.value(), QStringLiteral("Bill Cooper")), QStringLiteral("deleted"));
        QVERIFY(changeOf(details.value(), QStringLiteral("Anna Hoffmann")).isEmpty()); // PO2's, another run
    }

    void runsGroupIntoCyclesByTheirGaps()
    {
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        const auto run = [&](int startMs, int endMs, int adds, int errors) {
            DirsyncRun r;
            r.started = t0.addMSecs(startMs);
            r.finished = t0.addMSecs(endMs);
            r.adds = adds;
            r.errors = errors;
            return r;
        };
        // One T2's runs follow each other at once; the next cycle starts a second later.
        const QList<DirsyncRun> runs{run(1300, 1350, 4, 0), run(0, 100, 20, 0), run(100, 120, 86, 1),
                                     run(120, 125, 0, 0), run(1350, 1360, 0, 2)};
        const QList<DirsyncCycleTotals> cycles = DirsyncLog::cycles(runs);
        QCOMPARE(cycles.size(), 2);
        QCOMPARE(cycles.at(0).runs, 3);
        QCOMPARE(cycles.at(0).adds, 106);
        QCOMPARE(cycles.at(0).errors, 1);
        QCOMPARE(cycles.at(0).started, t0);
        QCOMPARE(cycles.at(0).finished, t0.addMSecs(125));
        QCOMPARE(cycles.at(1).runs, 2);
        QCOMPARE(cycles.at(1).adds, 4);
        QCOMPARE(cycles.at(1).errors, 2);
        QVERIFY(DirsyncLog::cycles({}).isEmpty());
    }

    void aRunShowsTheEventsItLogged()
    {
        // X1's Directory Synchronization refuses PO2's mail: the run that discarded it logged 1111.
        ChangeSet c;
        c.replace(SiteBuilder::serverDn(Org, QStringLiteral("SEATTLE"), QStringLiteral("X1"))
                      .child(QStringLiteral("cn"), QStringLiteral("Microsoft DXA")),
                  attr::UnauthorizedSender,
                  {SiteBuilder::recipientsDn(Org, QStringLiteral("SEATTLE"))
                       .child(QStringLiteral("cn"), QStringLiteral("PO2SYSTEM"))
                       .toString()});
        QVERIFY(site(QStringLiteral("SEATTLE"))->commit(c).ok());
        QVERIFY(cycle());
        const DirsyncRun refused = newest(QStringLiteral("PO2"), QStringLiteral("received"));
        QCOMPARE(refused.status, QStringLiteral("discarded"));
        auto details = DirsyncLog::details(*site(QStringLiteral("SEATTLE")), refused.id);
        QVERIFY(details.ok());
        QVERIFY(details->objects.isEmpty());
        QVERIFY(!details->events.isEmpty());
        QCOMPARE(details->events.first().eventId, 1111);
        // Another requestor's run did not log it.
        const DirsyncRun po1 = newest(QStringLiteral("PO1"), QStringLiteral("received"));
        auto other = DirsyncLog::details(*site(QStringLiteral("SEATTLE")), po1.id);
        QVERIFY(other.ok());
        for (const EventRecord& e : other->events)
            QVERIFY(e.eventId != 1111 || e.at < po1.started.addSecs(-1));
        QVERIFY(!DirsyncLog::details(*site(QStringLiteral("SEATTLE")), 999999).ok());
    }
};

QTEST_GUILESS_MAIN(TestDirsyncHistory)
#include "tst_dirsync_history.moc"
