#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using sa::test::ProcessRun;

/// MS Mail External instances, the postoffices' queues and system log, and the sites' MTA queues,
/// from the command line as an administrator uses them: what each command prints (text and JSON),
/// one message taken out at a time, and bad input refused with one line and nothing written.
/// On the linked demo with NWNET/PO3 (user CARL) direct to PO1, and a route to NWNET/PO8, which
/// does not exist.
class TestQueueCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    sa::test::Cli m_cli;

    ProcessRun po(const QStringList& args) const { return m_cli.po(args); }
    ProcessRun ctl(const QStringList& args) const { return m_cli.ctl(args); }
    static QJsonArray array(const ProcessRun& r) { return QJsonDocument::fromJson(r.out.toUtf8()).array(); }
    static QJsonObject object(const ProcessRun& r)
    {
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    void poRefuses(const QStringList& args, const QString& expected)
    {
        const QString problem = m_cli.poRefused(args, expected);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void ctlRefuses(const QStringList& args, const QString& expected)
    {
        const QString problem = m_cli.ctlRefused(args, expected);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void ok(const QStringList& args, bool ctlProgram = false)
    {
        const ProcessRun r = ctlProgram ? ctl(args) : po(args);
        QVERIFY2(r.exitCode == 0, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
    }
    void runUntilIdle() { ok({QStringLiteral("run"), QStringLiteral("--until-idle")}, true); }
    void send(const QString& postoffice, const QString& from, const QString& to, const QString& subject)
    {
        ok({QStringLiteral("mail"), QStringLiteral("send"), postoffice, QStringLiteral("--from"), from,
            QStringLiteral("--to"), to, QStringLiteral("--subject"), subject, QStringLiteral("--body"),
            QStringLiteral("text")});
    }
    QJsonArray queueOf(const QString& postoffice)
    {
        return array(
            po({QStringLiteral("queue"), QStringLiteral("list"), postoffice, QStringLiteral("--json")}));
    }
    QJsonArray mailOf(const QString& postoffice, const QString& mailbox)
    {
        return array(po(
            {QStringLiteral("mail"), QStringLiteral("list"), postoffice, mailbox, QStringLiteral("--json")}));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!sa::test::Cli::ctlProgram().isEmpty());
        QVERIFY(!sa::test::Cli::poProgram().isEmpty());
        m_cli.org = m_dir.filePath(QStringLiteral("northwind"));
        ok({QStringLiteral("demo"), QStringLiteral("--linked")}, true);
        QCOMPARE(m_cli
                     .poFed("PASSWORD\n", {QStringLiteral("create"), QStringLiteral("NWNET/PO3"),
                                           QStringLiteral("--admin-password-stdin")})
                     .exitCode,
                 0);
        ok({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("NWNET/PO3"),
            QStringLiteral("CARL"), QStringLiteral("--name"), QStringLiteral("Carl Third")});
        ok({QStringLiteral("route"), QStringLiteral("direct"), QStringLiteral("NWNET/PO3"),
            QStringLiteral("NWNET/PO1")});
        ok({QStringLiteral("route"), QStringLiteral("direct"), QStringLiteral("NWNET/PO3"),
            QStringLiteral("NWNET/PO8")});
        ok({QStringLiteral("route"), QStringLiteral("direct"), QStringLiteral("NWNET/PO1"),
            QStringLiteral("NWNET/PO3")});
    }

    void externalInstances()
    {
        const ProcessRun none = po({QStringLiteral("external"), QStringLiteral("list")});
        QCOMPARE(none.exitCode, 0);
        QVERIFY2(none.out.contains(QStringLiteral("carried by the default External")), qPrintable(none.out));
        ok({QStringLiteral("external"), QStringLiteral("create"), QStringLiteral("EXT1"),
            QStringLiteral("--serve"), QStringLiteral("NWNET/PO1"), QStringLiteral("--serve"),
            QStringLiteral("nwnet/po3"), QStringLiteral("--every"), QStringLiteral("600")});
        ok({QStringLiteral("external"), QStringLiteral("stop"), QStringLiteral("ext1")});
        QJsonArray listed =
            array(po({QStringLiteral("external"), QStringLiteral("list"), QStringLiteral("--json")}));
        QCOMPARE(listed.size(), 1);
        QJsonObject ext1 = listed.first().toObject();
        QCOMPARE(ext1.value(QStringLiteral("name")).toString(), QStringLiteral("EXT1"));
        QCOMPARE(ext1.value(QStringLiteral("postoffices")).toArray(),
                 QJsonArray({QStringLiteral("NWNET/PO1"), QStringLiteral("NWNET/PO3")}));
        QCOMPARE(ext1.value(QStringLiteral("every")).toInt(), 600);
        QCOMPARE(ext1.value(QStringLiteral("running")).toBool(), false);

        // Stopped, it carries nothing, and the mail says why it waits.
        send(QStringLiteral("NWNET/PO3"), QStringLiteral("CARL"), QStringLiteral("NWNET/PO1/AMARTIN"),
             QStringLiteral("by EXT1"));
        runUntilIdle();
        const QJsonArray waiting = queueOf(QStringLiteral("NWNET/PO3"));
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().toObject().value(QStringLiteral("direction")).toString(),
                 QStringLiteral("out"));
        QCOMPARE(waiting.first().toObject().value(QStringLiteral("nextHop")).toString(),
                 QStringLiteral("NWNET/PO1"));
        QCOMPARE(waiting.first().toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("the External EXT1, which serves NWNET/PO3 and NWNET/PO1, is stopped"));
        QCOMPARE(array(po({QStringLiteral("external"), QStringLiteral("queue"), QStringLiteral("EXT1"),
                           QStringLiteral("--json")}))
                     .size(),
                 1);
        QCOMPARE(mailOf(QStringLiteral("NWNET/PO1"), QStringLiteral("AMARTIN")).size(), 0);

        // Run by hand, it carries it and logs the session.
        const ProcessRun run = po({QStringLiteral("external"), QStringLiteral("run"), QStringLiteral("EXT1"),
                                   QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(object(run).value(QStringLiteral("carried")).toInt(), 1);
        const ProcessRun log =
            po({QStringLiteral("external"), QStringLiteral("log"), QStringLiteral("EXT1")});
        QVERIFY2(log.out.contains(QStringLiteral("Delivered 1 message(s) from NWNET/PO3 to NWNET/PO1")),
                 qPrintable(log.out));
        runUntilIdle();
        QCOMPARE(mailOf(QStringLiteral("NWNET/PO1"), QStringLiteral("AMARTIN")).size(), 1);
        QCOMPARE(queueOf(QStringLiteral("NWNET/PO3")).size(), 0);

        ok({QStringLiteral("external"), QStringLiteral("start"), QStringLiteral("EXT1")});
        QVERIFY(array(po({QStringLiteral("external"), QStringLiteral("list"), QStringLiteral("--json")}))
                    .first()
                    .toObject()
                    .value(QStringLiteral("running"))
                    .toBool());
        ok({QStringLiteral("external"), QStringLiteral("delete"), QStringLiteral("EXT1")});
        QCOMPARE(
            array(po({QStringLiteral("external"), QStringLiteral("list"), QStringLiteral("--json")})).size(),
            0);
    }

    void badExternalInput()
    {
        ok({QStringLiteral("external"), QStringLiteral("create"), QStringLiteral("EXTD"),
            QStringLiteral("--serve"), QStringLiteral("NWNET/PO1,NWNET/PO2")});
        const QStringList create{QStringLiteral("external"), QStringLiteral("create")};
        poRefuses(create + QStringList{QStringLiteral("extd"), QStringLiteral("--serve"),
                                       QStringLiteral("NWNET/PO1,NWNET/PO3")},
                  QStringLiteral("the External EXTD already exists"));
        poRefuses(create + QStringList{QStringLiteral("E1"), QStringLiteral("--serve"),
                                       QStringLiteral("NWNET/PO1")},
                  QStringLiteral("name at least two"));
        poRefuses(create + QStringList{QStringLiteral("E 1"), QStringLiteral("--serve"),
                                       QStringLiteral("NWNET/PO1,NWNET/PO3")},
                  QStringLiteral("is not an External name"));
        poRefuses(create + QStringList{QStringLiteral("E1"), QStringLiteral("--serve"),
                                       QStringLiteral("NWNET/PO1,NWNET/PO7")},
                  QStringLiteral("no postoffice NWNET/PO7"));
        poRefuses(create + QStringList{QStringLiteral("E1"), QStringLiteral("--serve"),
                                       QStringLiteral("NWNET/PO1,PO3")},
                  QStringLiteral("is not NETWORK/POSTOFFICE"));
        poRefuses(create + QStringList{QStringLiteral("E1")}, QStringLiteral("needs --serve"));
        for (const QString& bad : {QStringLiteral("-5"), QStringLiteral("soon")})
            poRefuses(create + QStringList{QStringLiteral("E1"), QStringLiteral("--serve"),
                                           QStringLiteral("NWNET/PO1,NWNET/PO3"), QStringLiteral("--every"),
                                           bad},
                      QStringLiteral("--every takes a whole number of seconds"));
        for (const QString& verb : {QStringLiteral("run"), QStringLiteral("delete"), QStringLiteral("log"),
                                    QStringLiteral("start"), QStringLiteral("stop"), QStringLiteral("queue")})
            poRefuses({QStringLiteral("external"), verb, QStringLiteral("NOPE")},
                      QStringLiteral("no External NOPE"));
        poRefuses({QStringLiteral("external"), QStringLiteral("frob")},
                  QStringLiteral("unknown external command"));
        poRefuses({QStringLiteral("external"), QStringLiteral("run")},
                  QStringLiteral("external run: missing argument NAME"));
        poRefuses({QStringLiteral("external"), QStringLiteral("log"), QStringLiteral("EXTD"),
                   QStringLiteral("--limit"), QStringLiteral("0")},
                  QStringLiteral("--limit takes a positive number, not \"0\""));
        ok({QStringLiteral("external"), QStringLiteral("delete"), QStringLiteral("EXTD")});
    }

    void aPostofficeQueueMessageByMessage()
    {
        for (const QString& subject :
             {QStringLiteral("keep"), QStringLiteral("delete"), QStringLiteral("return")})
            send(QStringLiteral("NWNET/PO3"), QStringLiteral("CARL"), QStringLiteral("NWNET/PO8/NOBODY"),
                 subject);
        runUntilIdle();
        const QJsonArray queued = queueOf(QStringLiteral("NWNET/PO3"));
        QCOMPARE(queued.size(), 3);
        for (const QJsonValue& q : queued)
            QCOMPARE(q.toObject().value(QStringLiteral("reason")).toString(),
                     QStringLiteral("NWNET/PO8 is not a postoffice this network knows"));
        const QString text =
            po({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("NWNET/PO3")}).out;
        QVERIFY2(text.contains(QStringLiteral("waiting: NWNET/PO8 is not a postoffice this network knows")),
                 qPrintable(text));
        const QString deleted =
            QString::number(queued.at(1).toObject().value(QStringLiteral("id")).toInteger());
        const QString returned =
            QString::number(queued.at(2).toObject().value(QStringLiteral("id")).toInteger());

        // Bad ids and verbs: one line, nothing written.
        poRefuses({QStringLiteral("queue"), QStringLiteral("delete"), QStringLiteral("NWNET/PO3"),
                   QStringLiteral("99999")},
                  QStringLiteral("NWNET/PO3 has no queued message 99999"));
        poRefuses({QStringLiteral("queue"), QStringLiteral("return"), QStringLiteral("NWNET/PO3"),
                   QStringLiteral("abc")},
                  QStringLiteral("\"abc\" is not the number of a queued message"));
        poRefuses({QStringLiteral("queue"), QStringLiteral("delete"), QStringLiteral("NWNET/PO3"),
                   QStringLiteral("0")},
                  QStringLiteral("is not the number of a queued message"));
        poRefuses({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("NWNET/PO7")},
                  QStringLiteral("no postoffice NWNET/PO7"));
        poRefuses({QStringLiteral("queue"), QStringLiteral("frob")},
                  QStringLiteral("queue takes list, delete or return"));
        poRefuses({QStringLiteral("settings"), QStringLiteral("NWNET/PO3"),
                   QStringLiteral("--undeliverable-after"), QStringLiteral("0")},
                  QStringLiteral("--undeliverable-after takes a whole number of seconds above 0"));
        poRefuses({QStringLiteral("settings"), QStringLiteral("NWNET/PO3"),
                   QStringLiteral("--undeliverable-after"), QStringLiteral("a day")},
                  QStringLiteral("--undeliverable-after takes a whole number of seconds"));
        QCOMPARE(queueOf(QStringLiteral("NWNET/PO3")).size(), 3);

        // Each acts on its message alone.
        ok({QStringLiteral("queue"), QStringLiteral("delete"), QStringLiteral("NWNET/PO3"), deleted});
        ok({QStringLiteral("queue"), QStringLiteral("return"), QStringLiteral("nwnet/po3"), returned});
        runUntilIdle();
        const QJsonArray left = queueOf(QStringLiteral("NWNET/PO3"));
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().toObject().value(QStringLiteral("subject")).toString(), QStringLiteral("keep"));
        const QJsonArray back = mailOf(QStringLiteral("NWNET/PO3"), QStringLiteral("CARL"));
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().toObject().value(QStringLiteral("subject")).toString(),
                 QStringLiteral("Undeliverable: return"));
        const QJsonArray log =
            array(po({QStringLiteral("log"), QStringLiteral("NWNET/PO3"), QStringLiteral("--json")}));
        QVERIFY(log.size() >= 2);
        QVERIFY(log.at(log.size() - 2)
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toString()
                    .startsWith(QStringLiteral("Deleted")));
        QVERIFY(log.last()
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toString()
                    .startsWith(QStringLiteral("Returned")));

        // How long mail may wait, and what happens after.
        const ProcessRun set =
            po({QStringLiteral("settings"), QStringLiteral("NWNET/PO3"),
                QStringLiteral("--undeliverable-after"), QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(object(set).value(QStringLiteral("undeliverableAfter")).toInt(), 1);
        QTest::qWait(2100);
        runUntilIdle();
        QCOMPARE(queueOf(QStringLiteral("NWNET/PO3")).size(), 0);
        QCOMPARE(mailOf(QStringLiteral("NWNET/PO3"), QStringLiteral("CARL")).size(), 2);
        ok({QStringLiteral("settings"), QStringLiteral("NWNET/PO3"), QStringLiteral("--undeliverable-after"),
            QStringLiteral("86400")});
    }

    void aSiteQueueMessageByMessage()
    {
        // PO1's connector MTA stopped: mail from PO2 for PO1 waits in SEATTLE's MTA queue.
        ok({QStringLiteral("services"), QStringLiteral("stop"), QStringLiteral("--server"),
            QStringLiteral("X1"), QStringLiteral("PO1 Connector MTA")},
           true);
        for (const QString& subject : {QStringLiteral("delete me"), QStringLiteral("return me")})
            send(QStringLiteral("NWNET/PO2"), QStringLiteral("AHOFF"), QStringLiteral("NWNET/PO1/BCOOPER"),
                 subject);
        runUntilIdle();
        const QJsonArray queued =
            array(ctl({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--server"),
                       QStringLiteral("X1"), QStringLiteral("--json")}));
        QCOMPARE(queued.size(), 2);
        for (const QJsonValue& q : queued) {
            QCOMPARE(q.toObject().value(QStringLiteral("site")).toString(), QStringLiteral("SEATTLE"));
            QCOMPARE(q.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("waiting"));
            QVERIFY(q.toObject().value(QStringLiteral("attempts")).toInt() >= 1);
            QCOMPARE(q.toObject().value(QStringLiteral("reason")).toString(),
                     QStringLiteral("the PO1 Connector MTA on X1 is not running"));
        }
        const QString all = ctl({QStringLiteral("queue"), QStringLiteral("list")}).out;
        QVERIFY2(all.contains(QStringLiteral("delete me")) && all.contains(QStringLiteral("return me")),
                 qPrintable(all));
        const QString first =
            QString::number(queued.at(0).toObject().value(QStringLiteral("id")).toInteger());
        const QString second =
            QString::number(queued.at(1).toObject().value(QStringLiteral("id")).toInteger());

        ctlRefuses({QStringLiteral("queue"), QStringLiteral("delete"), first},
                   QStringLiteral("needs --server"));
        ctlRefuses({QStringLiteral("queue"), QStringLiteral("delete"), QStringLiteral("99999"),
                    QStringLiteral("--server"), QStringLiteral("X1")},
                   QStringLiteral("site SEATTLE has no message 99999 in its queue"));
        ctlRefuses({QStringLiteral("queue"), QStringLiteral("return"), QStringLiteral("two"),
                    QStringLiteral("--server"), QStringLiteral("X1")},
                   QStringLiteral("\"two\" is not the number of a queued message"));
        ctlRefuses({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--server"),
                    QStringLiteral("X9")},
                   QStringLiteral("no server named X9"));
        ctlRefuses({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("extra")},
                   QStringLiteral("unexpected argument \"extra\""));
        ctlRefuses({QStringLiteral("queue"), QStringLiteral("frob")},
                   QStringLiteral("queue takes list, delete, return or settings"));
        ctlRefuses({QStringLiteral("queue"), QStringLiteral("delete"), QStringLiteral("--server"),
                    QStringLiteral("X1")},
                   QStringLiteral("queue delete: missing argument ID"));

        ok({QStringLiteral("queue"), QStringLiteral("delete"), first, QStringLiteral("--server"),
            QStringLiteral("x1")},
           true);
        ok({QStringLiteral("queue"), QStringLiteral("return"), second, QStringLiteral("--server"),
            QStringLiteral("X1")},
           true);
        ok({QStringLiteral("services"), QStringLiteral("start"), QStringLiteral("--server"),
            QStringLiteral("X1"), QStringLiteral("PO1 Connector MTA")},
           true);
        runUntilIdle();
        QCOMPARE(mailOf(QStringLiteral("NWNET/PO1"), QStringLiteral("BCOOPER")).size(), 0);
        const QJsonArray back = mailOf(QStringLiteral("NWNET/PO2"), QStringLiteral("AHOFF"));
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().toObject().value(QStringLiteral("subject")).toString(),
                 QStringLiteral("Undeliverable: return me"));
        QCOMPARE(
            array(ctl({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")})).size(),
            0);
    }

    void aSiteReturnsWhatWaitedTooLong()
    {
        const QStringList settings{QStringLiteral("queue"), QStringLiteral("settings")};
        ctlRefuses(settings + QStringList{QStringLiteral("--undeliverable-after"), QStringLiteral("60")},
                   QStringLiteral("queue settings needs --server"));
        ctlRefuses(settings + QStringList{QStringLiteral("--server"), QStringLiteral("X1"),
                                          QStringLiteral("--undeliverable-after"), QStringLiteral("0")},
                   QStringLiteral("--undeliverable-after takes a whole number of seconds above 0"));
        ctlRefuses({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--undeliverable-after"),
                    QStringLiteral("5")},
                   QStringLiteral("queue list does not take --undeliverable-after"));
        ctlRefuses({QStringLiteral("list"), QStringLiteral("--undeliverable-after"), QStringLiteral("5")},
                   QStringLiteral("list does not take --undeliverable-after"));
        QJsonArray shown = array(ctl(settings + QStringList{QStringLiteral("--json")}));
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown.first().toObject().value(QStringLiteral("undeliverableAfter")).toInt(), 86400);

        ok({QStringLiteral("services"), QStringLiteral("stop"), QStringLiteral("--server"),
            QStringLiteral("X1"), QStringLiteral("PO1 Connector MTA")},
           true);
        send(QStringLiteral("NWNET/PO2"), QStringLiteral("BEVANS"), QStringLiteral("NWNET/PO1/BCOOPER"),
             QStringLiteral("too late"));
        runUntilIdle();
        QCOMPARE(
            array(ctl({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")})).size(),
            1);
        // Shortened only once the message is seen waiting: set before it, a loaded machine took more
        // than the second between the send and the check, and the message had already gone back.
        ok(settings + QStringList{QStringLiteral("--server"), QStringLiteral("X1"),
                                  QStringLiteral("--undeliverable-after"), QStringLiteral("1")},
           true);
        QTest::qWait(2100);
        runUntilIdle();
        QCOMPARE(
            array(ctl({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")})).size(),
            0);
        const QJsonArray back = mailOf(QStringLiteral("NWNET/PO2"), QStringLiteral("BEVANS"));
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().toObject().value(QStringLiteral("subject")).toString(),
                 QStringLiteral("Undeliverable: too late"));
        const ProcessRun read =
            po({QStringLiteral("mail"), QStringLiteral("read"), QStringLiteral("NWNET/PO2"),
                QStringLiteral("BEVANS"),
                QString::number(back.first().toObject().value(QStringLiteral("id")).toInteger())});
        QVERIFY2(read.out.contains(QStringLiteral(
                     "not delivered within 1 second(s): the PO1 Connector MTA on X1 is not running")),
                 qPrintable(read.out));
        const ProcessRun events =
            ctl({QStringLiteral("events"), QStringLiteral("--limit"), QStringLiteral("5")});
        QVERIFY2(events.out.contains(QStringLiteral("not delivered within 1 second(s)")),
                 qPrintable(events.out));
        ok({QStringLiteral("services"), QStringLiteral("start"), QStringLiteral("--server"),
            QStringLiteral("X1"), QStringLiteral("PO1 Connector MTA")},
           true);
        ok(settings + QStringList{QStringLiteral("--server"), QStringLiteral("X1"),
                                  QStringLiteral("--undeliverable-after"), QStringLiteral("86400")},
           true);
    }
};

QTEST_GUILESS_MAIN(TestQueueCli)
#include "tst_queue_cli.moc"
