#include "core/directory/DirectoryStore.h"
#include "core/message/CrossingMessage.h"
#include "core/transport/ImsSecrets.h"
#include "core/transport/MtaQueue.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sa::core;
using sa::test::ProcessRun;

/// `siteadminctl deliver` as the MTA (Postfix's pipe transport) runs it on LONDON's host folder (X2):
/// a message from the connected site SEATTLE, signed with the pair's secret, is taken exactly once
/// (exit 0 both times, one copy); what can never be taken exits 65 with one line and writes nothing
/// (empty, not MIME, an unknown kind, oversized, for a site the folder does not hold) or only an event
/// (an unconnected site, a bad signature); what cannot be taken now exits 75 and is taken when it is
/// tried again (no secret set yet, the Internet Mail Service stopped, the site's database locked).
class TestDeliverCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    sa::test::Cli m_cli;
    const QByteArray m_secret = QByteArrayLiteral("a secret of the pair SEATTLE-LONDON");
    const QString m_connections = QStringLiteral("/o=NORTHWIND/ou=LONDON/cn=Configuration/cn=Connections");
    int m_sent = 0;

    QString sitePath() const { return m_cli.org + QStringLiteral("/sites/LONDON.sqlite"); }

    void ok(const QStringList& args, const QByteArray& input = {})
    {
        const ProcessRun r = m_cli.ctlFed(input, args);
        QVERIFY2(r.exitCode == 0, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
    }

    /// A message from `origin` to LONDON's BERT, signed with `key`.
    CrossingMessage message(const QString& origin = QStringLiteral("SEATTLE"))
    {
        CrossingMessage c;
        c.organization = QStringLiteral("NORTHWIND");
        c.originSite = origin;
        c.targetSite = QStringLiteral("LONDON");
        c.message = Message::create(QStringLiteral("MS:NORTHWIND/%1/ANNA").arg(origin),
                                    QStringLiteral("MS:NORTHWIND/LONDON/BERT"),
                                    QStringLiteral("Message %1").arg(++m_sent), QStringLiteral("Hello Bert"));
        return c;
    }

    QByteArray mime(const CrossingMessage& c, const QByteArray& key) const
    {
        return c.encode(key, QStringLiteral("postmaster@seattle.northwind.test"),
                        QStringLiteral("IMCEAMS-NORTHWIND+2FLONDON+2FBERT@london.northwind.test"));
    }

    ProcessRun deliver(const QByteArray& input)
    {
        return m_cli.ctlFed(input,
                            {QStringLiteral("deliver"), QStringLiteral("--recipient"),
                             QStringLiteral("IMCEAMS-NORTHWIND+2FLONDON+2FBERT@london.northwind.test")});
    }

    /// The ids waiting in LONDON's MTA queue.
    QStringList queued()
    {
        auto store = DirectoryStore::open(sitePath());
        if (!store)
            return {QStringLiteral("cannot open: ") + store.error().message()};
        const auto all = MtaQueue(*store.value()).all();
        if (!all)
            return {QStringLiteral("cannot read: ") + all.error().message()};
        QStringList ids;
        for (const QueuedMessage& q : all.value())
            ids << q.message.id;
        return ids;
    }

    QString events()
    {
        return m_cli.ctl({QStringLiteral("events"), QStringLiteral("--limit"), QStringLiteral("20")}).out;
    }

    /// `input` refused with `code`, one line on stderr naming `expected`, nothing on stdout, and the
    /// folder unchanged when `writesNothing`.
    void refused(const QByteArray& input, int code, const QString& expected, bool writesNothing)
    {
        const QString before = sa::test::folderDigest(m_cli.org);
        const ProcessRun r = deliver(input);
        QVERIFY2(r.exitCode == code, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        QVERIFY2(r.err.startsWith(QStringLiteral("siteadminctl: ")) && r.err.count(QLatin1Char('\n')) == 1,
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(expected), qPrintable(r.err + QStringLiteral(" / expected: ") + expected));
        if (writesNothing)
            QCOMPARE(sa::test::folderDigest(m_cli.org), before);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cli.org = m_dir.filePath(QStringLiteral("x2"));
        ok({QStringLiteral("init"), QStringLiteral("--organization"), QStringLiteral("NORTHWIND"),
            QStringLiteral("--site"), QStringLiteral("LONDON"), QStringLiteral("--server"),
            QStringLiteral("X2")});
        ok({QStringLiteral("create"), QStringLiteral("mailbox"),
            QStringLiteral("/o=NORTHWIND/ou=LONDON/cn=Recipients"), QStringLiteral("Display-Name=Bert"),
            QStringLiteral("Mail-Nickname=BERT")});
        ok({QStringLiteral("create"), QStringLiteral("internet-mail-service"), m_connections,
            QStringLiteral("Common-Name=Internet Mail Service (X2)"),
            QStringLiteral("Home-Server=/o=NORTHWIND/ou=LONDON/cn=Configuration/cn=Servers/cn=X2"),
            QStringLiteral("Connected-Sites=NORTHWIND|SEATTLE|seattle.northwind.test"),
            QStringLiteral("Inbound-Domain=london.northwind.test")});
        ok({QStringLiteral("ims"), QStringLiteral("secret"), QStringLiteral("SEATTLE")}, m_secret + "\n");
        ok({QStringLiteral("services"), QStringLiteral("start"), QStringLiteral("--server"),
            QStringLiteral("X2"), QStringLiteral("Internet Mail Service")});
    }

    void badServiceValuesAreRefused()
    {
        const QString home =
            QStringLiteral("Home-Server=/o=NORTHWIND/ou=LONDON/cn=Configuration/cn=Servers/cn=X2");
        const auto refusedCreate = [this](const QStringList& values, const QString& expected) {
            const QString problem = m_cli.ctlRefused(
                QStringList{QStringLiteral("create"), QStringLiteral("internet-mail-service"), m_connections,
                            QStringLiteral("Common-Name=Second IMS")} +
                    values,
                expected);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        };
        refusedCreate({home}, QStringLiteral("the server X2 already has an Internet Mail Service"));
        refusedCreate(
            {QStringLiteral("Home-Server=/o=NORTHWIND/ou=LONDON/cn=Configuration/cn=Servers/cn=X9")},
            QStringLiteral("is not a server of site LONDON"));
        const QString ims = m_connections + QStringLiteral("/cn=Internet Mail Service (X2)");
        const auto refusedModify = [this, &ims](const QString& value, const QString& expected) {
            const QString problem =
                m_cli.ctlRefused({QStringLiteral("modify"), ims, QStringLiteral("--add"), value}, expected);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        };
        refusedModify(QStringLiteral("Connected-Sites=CONTOSO|PARIS|paris.contoso.test"),
                      QStringLiteral("in the organization CONTOSO, not NORTHWIND"));
        refusedModify(QStringLiteral("Connected-Sites=NORTHWIND|LONDON|london.northwind.test"),
                      QStringLiteral("the site LONDON is this site"));
        refusedModify(QStringLiteral("Connected-Sites=NORTHWIND|SEATTLE|other.northwind.test"),
                      QStringLiteral("the site SEATTLE is connected twice"));
        refusedModify(QStringLiteral("Connected-Sites=NORTHWIND|PARIS|not a domain"),
                      QStringLiteral("\"not a domain\" of site PARIS is not a domain name"));
        refusedModify(QStringLiteral("Connected-Sites=NORTHWIND/PARIS"),
                      QStringLiteral("is not ORGANIZATION|SITE|routing address"));
        const QString problem =
            m_cli.ctlRefused({QStringLiteral("modify"), ims, QStringLiteral("Smart-Host=mail host")},
                             QStringLiteral("not a domain name"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The secret: never shorter than 16 characters, never from a file others may read.
        const ProcessRun shortOne = m_cli.ctlFed(
            "short\n", {QStringLiteral("ims"), QStringLiteral("secret"), QStringLiteral("SEATTLE")});
        QCOMPARE(shortOne.exitCode, 1);
        QVERIFY2(shortOne.err.contains(QStringLiteral("at least 16 are needed")), qPrintable(shortOne.err));
        const QString file = m_dir.filePath(QStringLiteral("secret.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_secret + "\n");
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        const QString open =
            m_cli.ctlRefused({QStringLiteral("ims"), QStringLiteral("secret"), QStringLiteral("SEATTLE"),
                              QStringLiteral("--secret-file"), file},
                             QStringLiteral("can be read by other users"));
        QVERIFY2(open.isEmpty(), qPrintable(open));
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        ok({QStringLiteral("ims"), QStringLiteral("secret"), QStringLiteral("SEATTLE"),
            QStringLiteral("--secret-file"), file});
    }

    void deliveredExactlyOnce()
    {
        const CrossingMessage c = message();
        const QByteArray input = mime(c, m_secret);
        ProcessRun r = deliver(input);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("delivered to site LONDON")), qPrintable(r.out));
        r = deliver(input); // the MTA tries again after losing the answer: nothing more
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("delivered before")), qPrintable(r.out));
        QCOMPARE(queued().count(c.message.id), 1);
        // With LF line ends and an MTA's headers on top, as Postfix's pipe hands it over.
        const CrossingMessage d = message();
        QByteArray delivered = mime(d, m_secret);
        delivered.replace("\r\n", "\n");
        delivered.prepend("Return-Path: <postmaster@seattle.northwind.test>\nReceived: from x1 by mta\n");
        r = deliver(delivered);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(queued().count(d.message.id), 1);
    }

    void neverTakenWritesNothing()
    {
        const QByteArray good = mime(message(), m_secret);
        refused({}, 65, QStringLiteral("the message is empty"), true);
        refused("Hello, this is not a MIME message at all", 65, QStringLiteral("not a MIME message"), true);
        QByteArray kind = good;
        kind.replace("X-SiteAdmin-Kind: mail", "X-SiteAdmin-Kind: replicate-everything");
        refused(kind, 65, QStringLiteral("unknown kind \"replicate-everything\""), true);
        refused(good + QByteArray(CrossingMessage::MaxSize, 'x'), 65, QStringLiteral("more than the"), true);
        CrossingMessage elsewhere = message();
        elsewhere.targetSite = QStringLiteral("TOKYO");
        refused(mime(elsewhere, m_secret), 65, QStringLiteral("site TOKYO, which this folder does not hold"),
                true);
        CrossingMessage otherOrg = message();
        otherOrg.organization = QStringLiteral("CONTOSO");
        refused(mime(otherOrg, m_secret), 65, QStringLiteral("organization CONTOSO"), true);
    }

    void strangersAreRefusedWithAnEvent()
    {
        const CrossingMessage paris = message(QStringLiteral("PARIS"));
        refused(mime(paris, m_secret), 65, QStringLiteral("site PARIS is not among the Connected Sites"),
                false);
        QVERIFY(events().contains(QStringLiteral("site PARIS is not among the Connected Sites")));
        const CrossingMessage forged = message();
        refused(mime(forged, QByteArrayLiteral("a guess at the secret of the pair")), 65,
                QStringLiteral("not signed with the secret the two sites share"), false);
        QVERIFY(events().contains(forged.message.id));
        QVERIFY(!queued().contains(paris.message.id));
        QVERIFY(!queued().contains(forged.message.id));
    }

    void notNowIsTakenLater()
    {
        // No secret on this side yet: the MTA keeps it until the administrator sets one.
        {
            auto store = DirectoryStore::open(sitePath());
            QVERIFY(store);
            QVERIFY(ImsSecrets(*store.value()).remove(QStringLiteral("SEATTLE")));
        }
        const CrossingMessage early = message();
        refused(mime(early, m_secret), 75,
                QStringLiteral("no secret is set for the sites LONDON and SEATTLE"), false);
        ok({QStringLiteral("ims"), QStringLiteral("secret"), QStringLiteral("SEATTLE")}, m_secret + "\n");
        QCOMPARE(deliver(mime(early, m_secret)).exitCode, 0);
        QCOMPARE(queued().count(early.message.id), 1);

        // The Internet Mail Service stopped.
        ok({QStringLiteral("services"), QStringLiteral("stop"), QStringLiteral("--server"),
            QStringLiteral("X2"), QStringLiteral("Internet Mail Service")});
        const CrossingMessage stopped = message();
        refused(mime(stopped, m_secret), 75, QStringLiteral("Internet Mail Service on X2 is not running"),
                true);
        ok({QStringLiteral("services"), QStringLiteral("start"), QStringLiteral("--server"),
            QStringLiteral("X2"), QStringLiteral("Internet Mail Service")});
        QCOMPARE(deliver(mime(stopped, m_secret)).exitCode, 0);
        QCOMPARE(queued().count(stopped.message.id), 1);
    }

    void killedAtRandomInstantsThenTriedAgain()
    {
        // The MTA's pipe killed at a random instant (a machine going down): Postfix keeps the message
        // and delivers it again, which then takes it exactly once, and the database stays whole.
        QRandomGenerator random(20261204);
        QList<CrossingMessage> sent;
        int killed = 0;
        for (int i = 0; i < 12; ++i) {
            const CrossingMessage c = message();
            sent << c;
            QProcess p;
            p.start(sa::test::Cli::ctlProgram(),
                    {QStringLiteral("--org"), m_cli.org, QStringLiteral("deliver")});
            QVERIFY(p.waitForStarted(10000));
            p.write(mime(c, m_secret));
            p.closeWriteChannel();
            QTest::qWait(int(random.bounded(1, 150)));
            if (p.state() == QProcess::Running) {
                p.kill();
                ++killed;
            }
            QVERIFY(p.state() == QProcess::NotRunning || p.waitForFinished(30000));
        }
        QVERIFY2(killed > 0, "no delivery was killed part-way; the instants are too late");
        for (const CrossingMessage& c : sent) {
            const ProcessRun r = deliver(mime(c, m_secret));
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        const QStringList ids = queued();
        for (const CrossingMessage& c : sent)
            QCOMPARE(ids.count(c.message.id), 1);
        const QString problems = sa::test::integrityProblems(m_cli.org, {sitePath()});
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void lockedFolderIsTakenLater()
    {
        const CrossingMessage c = message();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
            db.setDatabaseName(sitePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            const ProcessRun r = deliver(mime(c, m_secret)); // waits out the busy time-out, then 75
            QVERIFY2(r.exitCode == 75, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        QCOMPARE(deliver(mime(c, m_secret)).exitCode, 0);
        QCOMPARE(queued().count(c.message.id), 1);
    }
};

QTEST_GUILESS_MAIN(TestDeliverCli)
#include "tst_deliver_cli.moc"
