#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using Run = sa::test::ProcessRun;

/// What a newcomer gets from the README's first command: `siteadmin --demo` builds the configured
/// demo and its services run at once, so synchronization cycles for both postoffices happen within
/// a minute of launch; SIGTERM closes the window as File > Exit does (settings saved, exit 0).
class TestDemoLaunch : public QObject
{
    Q_OBJECT

private:
    static QString program(const char* variable) { return QString::fromLocal8Bit(qgetenv(variable)); }

private Q_SLOTS:
    void theDemoSynchronizesWithinAMinuteOfLaunch()
    {
        QVERIFY(!program("SITEADMIN_APP").isEmpty());
        QTemporaryDir dir;
        const QString org = dir.filePath(QStringLiteral("demo"));
        // Settings from before the programs named their organization are taken over.
        const QString config = dir.filePath(QStringLiteral("config"));
        {
            QSettings old(config + QStringLiteral("/Unknown Organization/siteadmin.conf"),
                          QSettings::IniFormat);
            old.setValue(QStringLiteral("autoNaming/displayName"), QStringLiteral("last-first"));
        }
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        app.start(program("SITEADMIN_APP"), {QStringLiteral("--org"), org, QStringLiteral("--demo")});
        QVERIFY(app.waitForStarted());

        // The worker's cycles show in the run history: both requestors answered successfully.
        QSet<QString> answered;
        const bool cycled = QTest::qWaitFor(
            [&] {
                const Run r = sa::test::runProcess(program("SITEADMIN_CTL"),
                                                   {QStringLiteral("--org"), org, QStringLiteral("--json"),
                                                    QStringLiteral("dirsync"), QStringLiteral("history")});
                for (const QJsonValue& run : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
                    if (run[QStringLiteral("step")].toString() == QLatin1String("sent") &&
                        run[QStringLiteral("status")].toString() == QLatin1String("success"))
                        answered << run[QStringLiteral("requestor")].toString();
                }
                return answered.size() == 2 || app.state() != QProcess::Running;
            },
            60000);
        QVERIFY2(cycled && app.state() == QProcess::Running,
                 qPrintable(QString::fromUtf8(app.readAllStandardError())));
        QCOMPARE(answered, (QSet<QString>{QStringLiteral("PO1"), QStringLiteral("PO2")}));

        app.terminate(); // SIGTERM
        QVERIFY(app.waitForFinished(15000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        // Closed as File > Exit does: the window's settings were saved, with the panel it showed,
        // in ~/.config/siteadmin/siteadmin.conf, with what it took over.
        QFile settings(config + QStringLiteral("/siteadmin/siteadmin.conf"));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray saved = settings.readAll();
        QVERIFY2(saved.contains("syncStatusShown=true"), saved.constData());
        QVERIFY(saved.contains("[mainWindow]"));
        QVERIFY2(saved.contains("displayName=last-first"), saved.constData());
    }

    void theDemoFolderIsWhereItAlwaysWas()
    {
        // The programs name their organization to Qt (for the settings); the data folder must not
        // move with it: ~/.local/share/siteadmin/demo, as before.
        QTemporaryDir dir;
        QProcess ctl;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.path());
        ctl.setProcessEnvironment(env);
        ctl.start(program("SITEADMIN_CTL"), {QStringLiteral("demo"), QStringLiteral("--lab")});
        QVERIFY(ctl.waitForFinished(60000));
        QCOMPARE(ctl.exitCode(), 0);
        QVERIFY(QFile::exists(dir.path() + QStringLiteral("/siteadmin/demo/sites/SEATTLE.sqlite")));
    }

    void helpVersionAndMistakesNeedNoDisplay()
    {
        // Where there is no display (a server, ssh without X), --help, --version and a mistyped
        // option are answered in text; they aborted with exit 134 (issue 21).
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QLatin1String(variable));
        auto run = [&](const QStringList& args) {
            QProcess app;
            app.setProcessEnvironment(env);
            app.start(program("SITEADMIN_APP"), args);
            app.waitForFinished(30000);
            return sa::test::ProcessRun{app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1,
                                        QString::fromLocal8Bit(app.readAllStandardOutput()),
                                        QString::fromLocal8Bit(app.readAllStandardError())};
        };
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("--org <DIR>")) &&
                     help.out.contains(QStringLiteral("--demo")),
                 qPrintable(help.out));
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith(QStringLiteral("siteadmin ")), qPrintable(version.out));
        const Run wrong = run({QStringLiteral("--orgs"), QStringLiteral("x")});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(QStringLiteral("Unknown option 'orgs'")), qPrintable(wrong.err));
        QVERIFY(wrong.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDemoLaunch)
#include "tst_demo_launch.moc"
