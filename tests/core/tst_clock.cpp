// The core's clock (core/common/Clock): a test moves it, and what the core does by the hour follows
// at once - here the dirsync server's T2 at the selected hours of its schedule, checked at hours
// before, inside and after the one selected, with no waiting.
#include "core/common/Clock.h"
#include "core/directory/DirectoryWriter.h"
#include "core/dirsync/DirsyncServer.h"
#include "core/services/Schedule.h"
#include "tests/support/DirsyncFixture.h"

#include <QTest>

using namespace sa::core;

class TestClock : public QObject, protected sa::test::DirsyncFixture
{
    Q_OBJECT

    /// Monday 7 December 2026 at `hour`:`minute`, local time.
    static QDateTime monday(int hour, int minute)
    {
        return QDateTime(QDate(2026, 12, 7), QTime(hour, minute));
    }

    /// The site's dirsync server set to run at one selected hour of the week.
    void selectOnly(const QDateTime& when)
    {
        QString hours(Schedule::Hours, QLatin1Char('0'));
        hours[Schedule::hourOfWeek(when)] = QLatin1Char('1');
        auto seattle = site(QStringLiteral("SEATTLE"));
        auto server = DirsyncServer::serverObject(*seattle);
        QVERIFY(server.ok());
        ChangeSet c;
        c.replace(server->dn, attr::ActivationStyle, {QString::number(Schedule::SelectedTimes)});
        c.replace(server->dn, attr::ActivationSchedule, {hours});
        QVERIFY(seattle->commit(c).ok());
    }

    /// The hour of the last T2 run at a selected time ("" before the first).
    QString lastT2Hour() const
    {
        return site(QStringLiteral("SEATTLE"))->meta(QStringLiteral("dirsync-t2-hour"));
    }

private Q_SLOTS:
    void init() { build(true); }
    void cleanup() { tearDown(); }

    void aTestMovesTheClockAndPutsItBack()
    {
        const QDateTime before = Clock::nowUtc();
        {
            const Clock::SetTo set(monday(3, 10));
            QVERIFY(qAbs(Clock::now().secsTo(monday(3, 10))) < 5);
            QCOMPARE(Clock::now().timeSpec(), Qt::LocalTime);
            {
                const Clock::SetTo later(monday(9, 0));
                QCOMPARE(Clock::now().time().hour(), 9);
            }
            QCOMPARE(Clock::now().time().hour(), 3);
        }
        QVERIFY(qAbs(before.secsTo(Clock::nowUtc())) < 5);
    }

    void selectedTimesRunT2InTheSelectedHourOnly()
    {
        selectOnly(monday(3, 0));
        Runner runner(*m_org);
        {
            const Clock::SetTo set(monday(2, 30));
            QVERIFY(runner.runOnce().ok());
            QCOMPARE(lastT2Hour(), QString()); // not yet
        }
        {
            const Clock::SetTo set(monday(3, 10));
            QVERIFY(runner.runOnce().ok());
            QCOMPARE(lastT2Hour(), QStringLiteral("2026-12-07T03"));
        }
        {
            // The next hour is not selected: nothing runs, and the hour of the last run stays.
            const Clock::SetTo set(monday(4, 10));
            QVERIFY(runner.runOnce().ok());
            QCOMPARE(lastT2Hour(), QStringLiteral("2026-12-07T03"));
        }
        {
            // A week on, the same hour again.
            const Clock::SetTo set(monday(3, 5).addDays(7));
            QVERIFY(runner.runOnce().ok());
            QCOMPARE(lastT2Hour(), QStringLiteral("2026-12-14T03"));
        }
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
