// How a message's times are written in its rows and read back (core/message/MessageRow): written
// and read by hand on the hot path, they must be what Qt writes and reads.
#include "core/message/MessageRow.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace sa::core;

class TestMessageRow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timesAreWrittenAsQtWritesThem()
    {
        QRandomGenerator random(20261206);
        QList<QDateTime> times{QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
                               QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
                               QDateTime(QDate(2026, 12, 5), QTime(8, 0, 0, 7), Qt::UTC)};
        for (int i = 0; i < 2000; ++i)
            times << QDateTime::fromMSecsSinceEpoch(qint64(random.bounded(4102444800.0) * 1000), Qt::UTC);
        for (const QDateTime& at : times) {
            const QString written = MessageRow::submittedText(at);
            QCOMPARE(written, at.toString(Qt::ISODateWithMs));
            QCOMPARE(MessageRow::readTime(written), at);
            const QString stamped = MessageRow::stamp(at);
            QCOMPARE(MessageRow::readTime(stamped), QDateTime::fromString(stamped, Qt::ISODate));
        }
    }

    void otherTimesAndTextsAreLeftToQt()
    {
        // A time with an offset (mail from elsewhere), and texts of another form or not times at all.
        const QDateTime paris(QDate(2026, 7, 1), QTime(10, 30, 0, 250), QTimeZone(7200));
        QCOMPARE(MessageRow::submittedText(paris), paris.toString(Qt::ISODateWithMs));
        QCOMPARE(MessageRow::submittedText(QDateTime()), QDateTime().toString(Qt::ISODateWithMs));
        for (const QString& text :
             {QStringLiteral("2026-07-01T10:30:00.250+02:00"), QStringLiteral("2026-07-01T10:30:00"),
              QStringLiteral("2026-02-30T10:30:00.250Z"), QStringLiteral("2026-07-01T25:30:00Z"),
              QStringLiteral("2026-07-01X10:30:00.250Z"), QStringLiteral("20x6-07-01T10:30:00.250Z"),
              QStringLiteral("not a time at all, 24 ch"), QString()}) {
            const QDateTime read = MessageRow::readTime(text);
            const QDateTime qt = QDateTime::fromString(text, Qt::ISODate);
            QVERIFY2(read.isValid() == qt.isValid(), qPrintable(text));
            if (qt.isValid())
                QCOMPARE(read, qt);
        }
    }
};

QTEST_GUILESS_MAIN(TestMessageRow)
#include "tst_message_row.moc"
