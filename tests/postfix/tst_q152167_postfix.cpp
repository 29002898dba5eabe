#include "core/message/CrossingMessage.h"
#include "core/transport/InternetMailService.h"
#include "core/transport/SmtpSubmitter.h"
#include "tests/support/PostfixHosts.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>
#include <functional>

using namespace sa::core;
using sa::test::PostfixHosts;
using sa::test::ProcessRun;

namespace {
const QString Seattle = QStringLiteral("/o=NORTHWIND/ou=SEATTLE");
const QString London = QStringLiteral("/o=NORTHWIND/ou=LONDON");
const QString Domain = QStringLiteral("q152167.test");
const QString Ctl = QStringLiteral("siteadminctl");
const QString Po = QStringLiteral("msmail-po");
} // namespace

/// Q152167 ("Dir-Sync with many computers running Exchange Server") by the command line alone, on two
/// host folders as on two machines - X1's with SEATTLE and PO1, X2's with LONDON and PO2 - each with
/// its own `siteadminctl serve`, joined only by their Internet Mail Services and a real Postfix (the
/// private instance of tests/postfix, delivering seattle.q152167.test into X1's folder and
/// london.q152167.test into X2's through `siteadminctl deliver`). The article's steps on X1 bring
/// PO1's and PO2's users into MSMail Recipients there and, replicated, on X2; each postoffice's
/// address list holds the other's users and both sites' mailboxes; mail from a PO1 user reaches a PO2
/// user once. Then what a stranger could send through Postfix: a message signed with another secret
/// and one from a site that is not connected are refused (event, exit 65: Postfix bounces them), and
/// the same message delivered twice is applied once.
class TestQ152167Postfix : public QObject
{
    Q_OBJECT

private:
    PostfixHosts m_hosts;
    QString m_x1;
    QString m_x2;
    std::unique_ptr<QProcess> m_serve1;
    std::unique_ptr<QProcess> m_serve2;

    void ok(const QString& program, const QString& folder, const QStringList& args)
    {
        const QString problem = m_hosts.ok(program, folder, args);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QString out(const QString& program, const QString& folder, const QStringList& args) const
    {
        return m_hosts.run(program, folder, args).out;
    }
    QJsonArray json(const QString& program, const QString& folder, QStringList args) const
    {
        args.prepend(QStringLiteral("--json"));
        return QJsonDocument::fromJson(out(program, folder, args).toUtf8()).array();
    }

    /// `done`, checked every second (after `between`, when given) for at most `seconds`.
    static bool waitFor(const std::function<bool()>& done, int seconds,
                        const std::function<void()>& between = {})
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < seconds * 1000) {
            if (between)
                between();
            if (done())
                return true;
            QThread::msleep(1000);
        }
        return done();
    }

    QStringList galOf(const QString& folder, const QString& postoffice) const
    {
        QStringList names;
        for (const QJsonValue& e : json(Po, folder, {QStringLiteral("gal"), postoffice}))
            names << e.toObject().value(QStringLiteral("name")).toString();
        return names;
    }
    int customRecipientsAt(const QString& folder) const
    {
        return out(Ctl, folder,
                   {QStringLiteral("list"), Seattle + QStringLiteral("/cn=MSMail Recipients"),
                    QStringLiteral("--class"), QStringLiteral("custom-recipient")})
            .count(QStringLiteral("[Custom Recipient]"));
    }
    /// How many messages with `subject` are in AHOFF's mailbox at PO2 (X2).
    int atAnna(const QString& subject) const
    {
        int n = 0;
        for (const QJsonValue& m : json(Po, m_x2,
                                        {QStringLiteral("mail"), QStringLiteral("list"),
                                         QStringLiteral("NWNET/PO2"), QStringLiteral("AHOFF")}))
            n += m.toObject().value(QStringLiteral("subject")).toString() == subject ? 1 : 0;
        return n;
    }
    QString eventsAt(const QString& folder) const
    {
        return out(Ctl, folder, {QStringLiteral("events"), QStringLiteral("--limit"), QStringLiteral("50")});
    }

    /// NWNET/`po` in `folder` with `users`, served by `server`'s MS Mail Connector of `site`: its own
    /// site direct, the other site and the other postoffice through it.
    void makePostoffice(const QString& folder, const QString& po, const QString& site, const QString& server,
                        const QString& otherSite, const QString& otherPo, const QStringList& users)
    {
        const QString name = QStringLiteral("NWNET/") + po;
        const QString made =
            m_hosts.ok(Po, folder, {QStringLiteral("create"), name, QStringLiteral("--admin-password-stdin")},
                       "PASSWORD\n");
        QVERIFY2(made.isEmpty(), qPrintable(made));
        for (const QString& u : users)
            ok(Po, folder,
               {QStringLiteral("user"), QStringLiteral("add"), name, u.section(QLatin1Char('|'), 0, 0),
                QStringLiteral("--name"), u.section(QLatin1Char('|'), 1)});
        const QString own = QStringLiteral("NORTHWIND/") + site;
        ok(Po, folder, {QStringLiteral("route"), QStringLiteral("direct"), name, own});
        for (const QString& target :
             {QStringLiteral("NORTHWIND/") + otherSite, QStringLiteral("NWNET/") + otherPo})
            ok(Po, folder,
               {QStringLiteral("route"), QStringLiteral("indirect"), name, target, QStringLiteral("--via"),
                own});
        const QString siteDn = QStringLiteral("/o=NORTHWIND/ou=") + site;
        ok(Ctl, folder,
           {QStringLiteral("create"), QStringLiteral("msmail-connector"),
            siteDn + QStringLiteral("/cn=Configuration/cn=Connections"),
            QStringLiteral("Common-Name=MS Mail Connector (%1)").arg(server),
            QStringLiteral("Home-Server=%1/cn=Configuration/cn=Servers/cn=%2").arg(siteDn, server),
            QStringLiteral("Local-Network-Name=NORTHWIND"), QStringLiteral("Local-Postoffice-Name=") + site,
            QStringLiteral("Connector-MTA=%1 Connector MTA|60|%2").arg(po, name),
            QStringLiteral("MSMail-Connection=") + name});
        for (const QString& service :
             {QStringLiteral("MS Mail Connector Interchange"), QStringLiteral("%1 Connector MTA").arg(po)})
            ok(Ctl, folder,
               {QStringLiteral("services"), QStringLiteral("start"), QStringLiteral("--server"), server,
                service});
    }

    /// A message as X1's Internet Mail Service would send it to X2, signed with `secret`, from `origin`,
    /// handed to Postfix.
    SmtpOutcome sendToLondon(const QString& origin, const QByteArray& secret, const QString& subject,
                             const QString& id = {}) const
    {
        CrossingMessage c;
        c.organization = QStringLiteral("NORTHWIND");
        c.originSite = origin;
        c.targetSite = QStringLiteral("LONDON");
        c.message = Message::create(QStringLiteral("MS:NORTHWIND/%1/NANCYD").arg(origin),
                                    QStringLiteral("MS:NWNET/PO2/AHOFF"), subject,
                                    QStringLiteral("Through Postfix."));
        if (!id.isEmpty())
            c.message.id = id;
        const QString from = QStringLiteral("postmaster@%1.%2").arg(origin.toLower(), Domain);
        const QString to = InternetMailService::encapsulate(c.message.to, QStringLiteral("london.") + Domain);
        return SmtpSubmitter::submit(QStringLiteral("127.0.0.1"), m_hosts.port().toInt(), from, to,
                                     c.encode(secret, from, to));
    }

    void stopServe(std::unique_ptr<QProcess>& p)
    {
        if (!p)
            return;
        p->terminate();
        const bool stopped = p->waitForFinished(20000);
        const QString said = QString::fromUtf8(p->readAllStandardOutput());
        const QString err = QString::fromUtf8(p->readAllStandardError());
        if (!stopped)
            p->kill();
        p->waitForFinished(5000);
        p.reset();
        QVERIFY2(stopped, "serve did not stop on SIGTERM");
        QVERIFY2(said.trimmed().endsWith(QStringLiteral("Stopped.")), qPrintable(said.right(2000) + err));
    }

private Q_SLOTS:
    void initTestCase()
    {
        SA_NEEDS_POSTFIX(m_hosts);
        m_x1 = m_hosts.host(QStringLiteral("q1"));
        m_x2 = m_hosts.host(QStringLiteral("q2"));
        for (const auto& [name, site, server, mailbox, other] :
             {std::tuple{"q1", "SEATTLE", "X1", "NANCYD", "LONDON"},
              std::tuple{"q2", "LONDON", "X2", "STEVENB", "SEATTLE"}}) {
            const QString problem =
                m_hosts.makeHost(QLatin1String(name), QLatin1String(site), QLatin1String(server),
                                 QLatin1String(mailbox), QLatin1String(other), Domain);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        makePostoffice(m_x1, QStringLiteral("PO1"), QStringLiteral("SEATTLE"), QStringLiteral("X1"),
                       QStringLiteral("LONDON"), QStringLiteral("PO2"),
                       {QStringLiteral("ADAVIS|Alice Davis"), QStringLiteral("BCHEN|Bo Chen")});
        makePostoffice(m_x2, QStringLiteral("PO2"), QStringLiteral("LONDON"), QStringLiteral("X2"),
                       QStringLiteral("SEATTLE"), QStringLiteral("PO1"),
                       {QStringLiteral("AHOFF|Anna Hoffmann"), QStringLiteral("BEVANS|Ben Evans")});
        m_serve1 = m_hosts.serve(m_x1, {QStringLiteral("--interval"), QStringLiteral("3")});
        m_serve2 = m_hosts.serve(m_x2, {QStringLiteral("--interval"), QStringLiteral("3")});
        QVERIFY(m_serve1->waitForStarted(10000));
        QVERIFY(m_serve2->waitForStarted(10000));
    }

    void cleanupTestCase()
    {
        stopServe(m_serve1);
        stopServe(m_serve2);
    }

    void theArticleByCommandLineOnTwoMachines()
    {
        // Each serve asks the other site for its directory by mail: each site knows the other's
        // recipients and MS Mail Connector.
        QVERIFY2(waitFor(
                     [&] {
                         return out(Ctl, m_x1,
                                    {QStringLiteral("list"), London + QStringLiteral("/cn=Recipients")})
                                    .contains(QStringLiteral("STEVENB")) &&
                                out(Ctl, m_x2,
                                    {QStringLiteral("list"), Seattle + QStringLiteral("/cn=Recipients")})
                                    .contains(QStringLiteral("NANCYD"));
                     },
                     120),
                 qPrintable(m_hosts.log().right(3000)));

        // Steps 2-6 of the article on X1: MSMail Recipients, the Directory Synchronization Server, a
        // Remote Dir-Sync Requestor per postoffice exporting both sites' Recipients, the service.
        const QString connections = Seattle + QStringLiteral("/cn=Configuration/cn=Connections");
        ok(Ctl, m_x1,
           {QStringLiteral("create"), QStringLiteral("recipients-container"), Seattle,
            QStringLiteral("Common-Name=MSMail Recipients")});
        ok(Ctl, m_x1,
           {QStringLiteral("create"), QStringLiteral("dirsync-server"), connections,
            QStringLiteral("Common-Name=Dirsync Server"),
            QStringLiteral("Responsible-Local-DXA=") + Seattle +
                QStringLiteral("/cn=Configuration/cn=Servers/cn=X1")});
        for (const QString& po : {QStringLiteral("PO1"), QStringLiteral("PO2")})
            ok(Ctl, m_x1,
               {QStringLiteral("create"), QStringLiteral("remote-dirsync-requestor"),
                connections + QStringLiteral("/cn=Dirsync Server"), QStringLiteral("Common-Name=") + po,
                QStringLiteral("DXA-ReqName=NWNET/") + po, QStringLiteral("DXA-Password=syncpw1"),
                QStringLiteral("Import-Container=") + Seattle + QStringLiteral("/cn=MSMail Recipients"),
                QStringLiteral("Export-Containers=") + Seattle + QStringLiteral("/cn=Recipients"),
                QStringLiteral("Export-Containers=") + London + QStringLiteral("/cn=Recipients")});
        ok(Ctl, m_x1,
           {QStringLiteral("services"), QStringLiteral("start"), QStringLiteral("--server"),
            QStringLiteral("X1"), QStringLiteral("Directory Synchronization")});
        // Each postoffice a requestor of the Exchange site, on its own machine.
        for (const auto& [folder, po] :
             {std::pair{m_x1, QStringLiteral("NWNET/PO1")}, std::pair{m_x2, QStringLiteral("NWNET/PO2")}})
            ok(Po, folder,
               {QStringLiteral("dirsync"), QStringLiteral("requestor"), po,
                QStringLiteral("--dirsync-server"), QStringLiteral("NORTHWIND/SEATTLE"),
                QStringLiteral("--password"), QStringLiteral("syncpw1")});

        // X1's serve runs whole cycles (PO1's T1 and T3 among them); PO2's requestor runs on X2 as its
        // postoffice's administrator schedules it (msmail-po dirsync t1, t3).
        const auto po2Requestor = [&] {
            for (const QString& step : {QStringLiteral("t3"), QStringLiteral("t1")})
                m_hosts.run(Po, m_x2, {QStringLiteral("dirsync"), step, QStringLiteral("NWNET/PO2")});
        };
        QStringList po1;
        QStringList po2;
        const bool agreed = waitFor(
            [&] {
                po1 = galOf(m_x1, QStringLiteral("NWNET/PO1"));
                po2 = galOf(m_x2, QStringLiteral("NWNET/PO2"));
                return customRecipientsAt(m_x1) == 4 && po1.contains(QStringLiteral("Anna Hoffmann")) &&
                       po1.contains(QStringLiteral("STEVENB")) && po1.contains(QStringLiteral("NANCYD")) &&
                       po2.contains(QStringLiteral("Alice Davis")) &&
                       po2.contains(QStringLiteral("NANCYD")) && po2.contains(QStringLiteral("STEVENB"));
            },
            240, po2Requestor);
        QVERIFY2(agreed, qPrintable(QStringLiteral("PO1: %1\nPO2: %2\nMSMail Recipients at X1: %3\n%4\n%5")
                                        .arg(po1.join(QStringLiteral(", ")), po2.join(QStringLiteral(", ")))
                                        .arg(customRecipientsAt(m_x1))
                                        .arg(eventsAt(m_x1), m_hosts.log().right(3000))));
        // Everyone once in each list.
        for (const QStringList& gal : {po1, po2})
            QCOMPARE(QSet<QString>(gal.cbegin(), gal.cend()).size(), gal.size());

        // X2 asks for SEATTLE's changes now (Request Now): the imported users come to LONDON too.
        ok(Ctl, m_x2, {QStringLiteral("replication"), QStringLiteral("request"), QStringLiteral("SEATTLE")});
        QVERIFY2(waitFor([&] { return customRecipientsAt(m_x2) == 4; }, 120),
                 qPrintable(m_hosts.log().right(3000)));
        const QJsonArray states = json(Ctl, m_x2, {QStringLiteral("replication"), QStringLiteral("status")});
        QCOMPARE(states.size(), 1);
        QCOMPARE(states.first().toObject().value(QStringLiteral("remoteSite")).toString(),
                 QStringLiteral("SEATTLE"));
        QVERIFY(!states.first().toObject().value(QStringLiteral("overdue")).toBool());
        QVERIFY(!states.first().toObject().value(QStringLiteral("lastAnswer")).toString().isEmpty());
    }

    void mailFromPo1ReachesPo2Once()
    {
        ok(Po, m_x1,
           {QStringLiteral("mail"), QStringLiteral("send"), QStringLiteral("NWNET/PO1"),
            QStringLiteral("--from"), QStringLiteral("ADAVIS"), QStringLiteral("--to"),
            QStringLiteral("NWNET/PO2/AHOFF"), QStringLiteral("--subject"),
            QStringLiteral("Across two machines")});
        QVERIFY2(waitFor([&] { return atAnna(QStringLiteral("Across two machines")) > 0; }, 120),
                 qPrintable(m_hosts.log().right(3000)));
        QThread::sleep(5); // more passes on both machines carry nothing twice
        QCOMPARE(atAnna(QStringLiteral("Across two machines")), 1);
    }

    void theSameMessageTwiceIsAppliedOnce()
    {
        const QString id = QStringLiteral("twice-%1@q152167.test").arg(QDateTime::currentMSecsSinceEpoch());
        for (int i = 0; i < 2; ++i) {
            const SmtpOutcome sent = sendToLondon(QStringLiteral("SEATTLE"), PostfixHosts::Secret,
                                                  QStringLiteral("Delivered twice"), id);
            QVERIFY2(sent.kind == SmtpOutcome::Kind::Taken, qPrintable(sent.text));
        }
        QVERIFY2(waitFor([&] { return atAnna(QStringLiteral("Delivered twice")) > 0; }, 120),
                 qPrintable(m_hosts.log().right(3000)));
        QThread::sleep(5);
        QCOMPARE(atAnna(QStringLiteral("Delivered twice")), 1);
    }

    void strangersAreRefusedAndBounced()
    {
        // Signed with a secret LONDON does not share, and from a site LONDON is not connected to.
        for (const auto& [origin, secret, subject] :
             {std::tuple{QStringLiteral("SEATTLE"), QByteArrayLiteral("a secret nobody was given, 2026"),
                         QStringLiteral("Forged signature")},
              std::tuple{QStringLiteral("PARIS"), PostfixHosts::Secret,
                         QStringLiteral("From an unconnected site")}}) {
            const SmtpOutcome sent = sendToLondon(origin, secret, subject);
            QVERIFY2(sent.kind == SmtpOutcome::Kind::Taken, qPrintable(sent.text)); // Postfix takes it...
        }
        // ...and its pipe to deliver says 65, so Postfix bounces each, with deliver's line.
        QVERIFY2(waitFor(
                     [&] {
                         const QString log = m_hosts.log();
                         return log.contains(
                                    QStringLiteral("is not signed with the secret the two sites share")) &&
                                log.contains(QStringLiteral("site PARIS is not among the Connected Sites"));
                     },
                     60),
                 qPrintable(m_hosts.log().right(3000)));
        QVERIFY(m_hosts.log().contains(QStringLiteral("status=bounced")));
        // LONDON's event log says each, and neither reached Anna.
        const QString events = eventsAt(m_x2);
        QVERIFY2(events.contains(QStringLiteral("4003")) && events.contains(QStringLiteral("4002")),
                 qPrintable(events));
        QCOMPARE(atAnna(QStringLiteral("Forged signature")), 0);
        QCOMPARE(atAnna(QStringLiteral("From an unconnected site")), 0);
    }
};

QTEST_GUILESS_MAIN(TestQ152167Postfix)
#include "tst_q152167_postfix.moc"
