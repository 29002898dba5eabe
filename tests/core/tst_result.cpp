#include "core/common/Error.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

using namespace sa::core;

/// Result: status() gives the error without the value, and a failed Result asked for its value
/// stops the program with the error's text instead of reading what is not there.
class TestResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusCarriesTheErrorWithoutTheValue()
    {
        const Result<int> good(7);
        QVERIFY(good.status().ok());
        QCOMPARE(*good, 7);
        const Result<int> bad(Error(ErrorCode::NotFound, QStringLiteral("no such thing")));
        const Status s = bad.status();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code(), ErrorCode::NotFound);
        QCOMPARE(s.error().message(), QStringLiteral("no such thing"));
    }

    void theValueOfAFailedResultStopsTheProgram()
    {
        if (qEnvironmentVariableIsSet("SA_RESULT_CHILD")) {
            const Result<QString> bad(Error(ErrorCode::Storage, QStringLiteral("the disk is full")));
            const QString read = bad.value(); // stops here
            QFAIL(qPrintable(QStringLiteral("went on with \"%1\"").arg(read)));
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SA_RESULT_CHILD"), QStringLiteral("1"));
        env.insert(QStringLiteral("QTEST_DISABLE_STACK_DUMP"), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("theValueOfAFailedResultStopsTheProgram")});
        QVERIFY(child.waitForFinished(30000));
        QVERIFY(child.exitStatus() == QProcess::CrashExit || child.exitCode() != 0);
        const QString said =
            QString::fromLocal8Bit(child.readAllStandardError() + child.readAllStandardOutput());
        QVERIFY2(said.contains(QStringLiteral("the value of a failed operation was used (the disk is full)")),
                 qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("went on")), qPrintable(said));
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
