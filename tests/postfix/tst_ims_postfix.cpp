#include "core/directory/ChangeSet.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/transport/ImsQueue.h"
#include "core/transport/ReplicationByMail.h"
#include "core/transport/SiteMail.h"
#include "core/transport/SiteTransport.h"
#include "tests/support/PostfixHosts.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>
#include <functional>

using namespace sa::core;
using sa::test::ProcessRun;

/// Two host folders, as on two machines - X1 with SEATTLE, X2 with LONDON - joined only by their
/// Internet Mail Services and a real Postfix (the private instance tests/postfix/private-postfix.sh
/// starts for this test, on a loopback port, delivering seattle.northwind.test into X1's folder and
/// london.northwind.test into X2's through `siteadminctl deliver`, as user nobody). Mail goes both
/// ways exactly once; with Postfix stopped it waits at the IMS with the reason and goes once Postfix
/// is back; directory replication of a 5,000-mailbox site goes by mail in batches, and a rename and a
/// delete follow.
class TestImsPostfix : public QObject
{
    Q_OBJECT

private:
    sa::test::PostfixHosts m_hosts;

    QString host(const QString& name) const { return m_hosts.host(name); }
    static QString sitePath(const QString& folder, const QString& site)
    {
        return sa::test::PostfixHosts::sitePath(folder, site);
    }
    ProcessRun asNobody(const QString& folder, const QStringList& args) const
    {
        return m_hosts.run(QStringLiteral("siteadminctl"), folder, args);
    }
    void ok(const QString& folder, const QStringList& args) const
    {
        const QString problem = m_hosts.ok(QStringLiteral("siteadminctl"), folder, args);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void postfix(const QString& action) const
    {
        const QString problem = m_hosts.postfix(action);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QString postfixLog() const { return m_hosts.log(); }

    /// A message from `from` to `to`, taken in by the site MTA of `site` in `folder` (as a client's
    /// submission would be).
    static QString submit(const QString& folder, const QString& site, const QString& from, const QString& to,
                          const QString& subject)
    {
        auto store = DirectoryStore::open(sitePath(folder, site));
        if (!store)
            return {};
        const Message m = Message::create(from, to, subject, QStringLiteral("Sent across machines."));
        SiteTransport mta(*store.value(), folder);
        return mta.accept(m) ? m.id : QString();
    }

    /// How many times message `id` reached `mailbox` of `site` in `folder`.
    static int copiesAt(const QString& folder, const QString& site, const QString& mailbox, const QString& id)
    {
        auto store = DirectoryStore::open(sitePath(folder, site));
        if (!store)
            return -1;
        auto box = store.value()->object(
            Dn::parse(QStringLiteral("/o=NORTHWIND/ou=%1/cn=Recipients/cn=%2").arg(site, mailbox)).value());
        if (!box)
            return -1;
        const auto mail = SiteMail(*store.value()).of(box->guid);
        if (!mail)
            return -1;
        int n = 0;
        for (const SiteMail::Item& item : mail.value())
            n += item.message.id == id ? 1 : 0;
        return n;
    }

    /// Passes of both hosts' services until `done` (or 120 s went by).
    bool runUntil(const std::function<bool()>& done)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 120000) {
            for (const QString& folder : {host(QStringLiteral("x1")), host(QStringLiteral("x2"))}) {
                const ProcessRun r =
                    asNobody(folder, {QStringLiteral("run"), QStringLiteral("--until-idle")});
                if (r.exitCode != 0)
                    qWarning("run in %s: %s", qPrintable(folder), qPrintable(r.err));
            }
            if (done())
                return true;
            QThread::msleep(200);
        }
        return done();
    }

    static int mailboxesOf(const QString& folder, const QString& site, const QString& ofSite)
    {
        auto store = DirectoryStore::open(sitePath(folder, site));
        if (!store)
            return -1;
        auto list = store.value()->subtree(
            Dn::parse(QStringLiteral("/o=NORTHWIND/ou=%1/cn=Recipients").arg(ofSite)).value(), 1,
            QStringLiteral("mailbox"));
        return list ? int(list->size()) : 0;
    }

    /// Runs both hosts' services until `id` reached the mailbox (or 60 s went by); the copies there.
    int carry(const QString& id, const QString& toFolder, const QString& toSite, const QString& mailbox)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000) {
            for (const QString& folder : {host(QStringLiteral("x1")), host(QStringLiteral("x2"))}) {
                const ProcessRun r =
                    asNobody(folder, {QStringLiteral("run"), QStringLiteral("--until-idle")});
                if (r.exitCode != 0)
                    qWarning("run in %s: %s", qPrintable(folder), qPrintable(r.err));
            }
            if (copiesAt(toFolder, toSite, mailbox, id) > 0)
                break;
            QThread::msleep(500);
        }
        return copiesAt(toFolder, toSite, mailbox, id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        SA_NEEDS_POSTFIX(m_hosts);
        for (const auto& [name, site, server, mailbox, other] :
             {std::tuple{"x1", "SEATTLE", "X1", "ANNA", "LONDON"},
              std::tuple{"x2", "LONDON", "X2", "BERT", "SEATTLE"}}) {
            const QString problem = m_hosts.makeHost(QLatin1String(name), QLatin1String(site),
                                                     QLatin1String(server), QLatin1String(mailbox),
                                                     QLatin1String(other), QStringLiteral("northwind.test"));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    void mailGoesBothWaysOnce()
    {
        const QString there = submit(host(QStringLiteral("x1")), QStringLiteral("SEATTLE"),
                                     QStringLiteral("MS:NORTHWIND/SEATTLE/ANNA"),
                                     QStringLiteral("MS:NORTHWIND/LONDON/BERT"), QStringLiteral("To London"));
        QVERIFY(!there.isEmpty());
        QVERIFY2(carry(there, host(QStringLiteral("x2")), QStringLiteral("LONDON"), QStringLiteral("BERT")) ==
                     1,
                 qPrintable(postfixLog().right(3000)));
        const QString back = submit(
            host(QStringLiteral("x2")), QStringLiteral("LONDON"), QStringLiteral("MS:NORTHWIND/LONDON/BERT"),
            QStringLiteral("MS:NORTHWIND/SEATTLE/ANNA"), QStringLiteral("Re: To London"));
        QVERIFY(!back.isEmpty());
        QVERIFY2(carry(back, host(QStringLiteral("x1")), QStringLiteral("SEATTLE"), QStringLiteral("ANNA")) ==
                     1,
                 qPrintable(postfixLog().right(3000)));
        // More passes carry nothing twice.
        carry(there, host(QStringLiteral("x2")), QStringLiteral("LONDON"), QStringLiteral("BERT"));
        QCOMPARE(
            copiesAt(host(QStringLiteral("x2")), QStringLiteral("LONDON"), QStringLiteral("BERT"), there), 1);
        QVERIFY(postfixLog().contains(QStringLiteral("relay=siteadmin")));
    }

    void replicationOfALargeSiteThenChanges()
    {
        const QString x1 = host(QStringLiteral("x1"));
        const QString x2 = host(QStringLiteral("x2"));
        {
            auto london = DirectoryStore::open(sitePath(x2, QStringLiteral("LONDON")));
            QVERIFY(london);
            ChangeSet people;
            for (int i = 0; i < 5000; ++i)
                people.create(QStringLiteral("mailbox"),
                              Dn::parse(QStringLiteral("/o=NORTHWIND/ou=LONDON/cn=Recipients")).value(),
                              {{attr::MailNickname, {QStringLiteral("user%1").arg(i)}},
                               {attr::DisplayName, {QStringLiteral("User %1").arg(i)}}});
            QVERIFY(london.value()->commit(people));
            // SEATTLE asked when the hosts were made (BERT came then): it asks again now, not after
            // the interval.
            auto seattle = DirectoryStore::open(sitePath(x1, QStringLiteral("SEATTLE")));
            QVERIFY(seattle);
            QVERIFY(ReplicationByMail(*seattle.value(), x1).request(QStringLiteral("LONDON")));
        }
        // BERT and the 5,000 reach SEATTLE in batches, through Postfix both ways; ANNA reaches LONDON.
        QVERIFY2(runUntil([&] {
                     return mailboxesOf(x1, QStringLiteral("SEATTLE"), QStringLiteral("LONDON")) == 5001;
                 }),
                 qPrintable(
                     QString::number(mailboxesOf(x1, QStringLiteral("SEATTLE"), QStringLiteral("LONDON")))));
        QVERIFY(runUntil(
            [&] { return mailboxesOf(x2, QStringLiteral("LONDON"), QStringLiteral("SEATTLE")) == 1; }));

        // A rename and a delete at LONDON, carried when SEATTLE asks (Request Now).
        {
            auto london = DirectoryStore::open(sitePath(x2, QStringLiteral("LONDON")));
            QVERIFY(london);
            ChangeSet c;
            c.replace(Dn::parse(QStringLiteral("/o=NORTHWIND/ou=LONDON/cn=Recipients/cn=user17")).value(),
                      attr::DisplayName, {QStringLiteral("Seventeen Renamed")});
            c.remove(Dn::parse(QStringLiteral("/o=NORTHWIND/ou=LONDON/cn=Recipients/cn=user18")).value());
            QVERIFY(london.value()->commit(c));
            auto seattle = DirectoryStore::open(sitePath(x1, QStringLiteral("SEATTLE")));
            QVERIFY(seattle);
            QVERIFY(ReplicationByMail(*seattle.value(), x1).request(QStringLiteral("LONDON")));
        }
        QVERIFY(runUntil(
            [&] { return mailboxesOf(x1, QStringLiteral("SEATTLE"), QStringLiteral("LONDON")) == 5000; }));
        auto seattle = DirectoryStore::open(sitePath(x1, QStringLiteral("SEATTLE")));
        QVERIFY(seattle);
        QCOMPARE(
            seattle.value()
                ->object(Dn::parse(QStringLiteral("/o=NORTHWIND/ou=LONDON/cn=Recipients/cn=user17")).value())
                ->value(attr::DisplayName),
            QStringLiteral("Seventeen Renamed"));
    }

    void aMessagePostfixKeepsIsShownWhereItWaits()
    {
        const QString x1 = host(QStringLiteral("x1"));
        const QString x2 = host(QStringLiteral("x2"));
        // X1's IMS reads the private instance's queue; X2's IMS is stopped, so deliver says 75 and
        // Postfix keeps the message and tries again.
        ok(x1, {QStringLiteral("modify"),
                QStringLiteral(
                    "/o=NORTHWIND/ou=SEATTLE/cn=Configuration/cn=Connections/cn=Internet Mail Service (X1)"),
                QStringLiteral("MTA-Configuration=") + m_hosts.dir() + QStringLiteral("/conf")});
        ok(x2, {QStringLiteral("services"), QStringLiteral("stop"), QStringLiteral("--server"),
                QStringLiteral("X2"), QStringLiteral("Internet Mail Service")});
        const QString id =
            submit(x1, QStringLiteral("SEATTLE"), QStringLiteral("MS:NORTHWIND/SEATTLE/ANNA"),
                   QStringLiteral("MS:NORTHWIND/LONDON/BERT"), QStringLiteral("Kept by Postfix"));
        QVERIFY(!id.isEmpty());
        ok(x1, {QStringLiteral("run"), QStringLiteral("--until-idle")});
        // queue list (as root: postqueue -c takes a private instance only from root) shows it in
        // Postfix's queue with Postfix's reason, which is deliver's line.
        sa::test::Cli root;
        root.org = x1;
        QJsonObject kept;
        QElapsedTimer timer;
        timer.start();
        while (kept.isEmpty() && timer.elapsed() < 60000) {
            const ProcessRun listed =
                root.ctl({QStringLiteral("--json"), QStringLiteral("queue"), QStringLiteral("list")});
            for (const QJsonValue& v : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
                const QJsonObject o = v.toObject();
                if (o.value(QStringLiteral("queue")).toString() == QLatin1String("postfix") &&
                    o.value(QStringLiteral("reason")).toString().contains(QStringLiteral("is not running")))
                    kept = o;
            }
            if (kept.isEmpty())
                QThread::msleep(500);
        }
        QVERIFY2(!kept.isEmpty(), qPrintable(postfixLog().right(3000)));
        QCOMPARE(kept.value(QStringLiteral("from")).toString(),
                 QStringLiteral("postmaster@seattle.northwind.test"));
        QVERIFY(
            kept.value(QStringLiteral("to")).toString().endsWith(QStringLiteral("@london.northwind.test")));
        const ProcessRun text = root.ctl({QStringLiteral("queue"), QStringLiteral("list")});
        QVERIFY2(
            text.out.contains(QStringLiteral("POSTFIX ") + kept.value(QStringLiteral("queueId")).toString()),
            qPrintable(text.out));
        // X2's IMS back: Postfix's next try delivers it, once.
        ok(x2, {QStringLiteral("services"), QStringLiteral("start"), QStringLiteral("--server"),
                QStringLiteral("X2"), QStringLiteral("Internet Mail Service")});
        QCOMPARE(carry(id, x2, QStringLiteral("LONDON"), QStringLiteral("BERT")), 1);
    }

    void aBounceFromPostfixTellsTheSender()
    {
        // X1's IMS is also connected to PARIS, wrongly routed to X2's domain: Postfix takes the
        // message, X2's deliver refuses it for good (65: X2 holds no PARIS), and Postfix sends its
        // bounce to postmaster@ SEATTLE's domain, which comes back to X1's deliver and becomes a
        // non-delivery report to ANNA with Postfix's words.
        const QString x1 = host(QStringLiteral("x1"));
        const QString ims = QStringLiteral(
            "/o=NORTHWIND/ou=SEATTLE/cn=Configuration/cn=Connections/cn=Internet Mail Service (X1)");
        ok(x1, {QStringLiteral("modify"), ims, QStringLiteral("--add"),
                QStringLiteral("Connected-Sites=NORTHWIND|PARIS|london.northwind.test")});
        const QString secret =
            m_hosts.ok(QStringLiteral("siteadminctl"), x1,
                       {QStringLiteral("ims"), QStringLiteral("secret"), QStringLiteral("PARIS")},
                       sa::test::PostfixHosts::Secret + "\n");
        QVERIFY2(secret.isEmpty(), qPrintable(secret));
        const QString id = submit(x1, QStringLiteral("SEATTLE"), QStringLiteral("MS:NORTHWIND/SEATTLE/ANNA"),
                                  QStringLiteral("MS:NORTHWIND/PARIS/PIERRE"), QStringLiteral("To Paris"));
        QVERIFY(!id.isEmpty());
        QElapsedTimer timer;
        timer.start();
        QString report;
        while (report.isEmpty() && timer.elapsed() < 60000) {
            ok(x1, {QStringLiteral("run"), QStringLiteral("--until-idle")});
            auto store = DirectoryStore::open(sitePath(x1, QStringLiteral("SEATTLE")));
            QVERIFY(store);
            auto anna = store.value()->object(
                Dn::parse(QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Recipients/cn=ANNA")).value());
            QVERIFY(anna);
            auto mail = SiteMail(*store.value()).of(anna->guid);
            QVERIFY(mail);
            for (const SiteMail::Item& item : mail.value()) {
                if (item.message.subject == QStringLiteral("Undeliverable: To Paris"))
                    report = item.message.body;
            }
            if (report.isEmpty())
                QThread::msleep(500);
        }
        QVERIFY2(report.contains(QStringLiteral("the MTA could not deliver it to site PARIS: ")) &&
                     report.contains(
                         QStringLiteral("the message is for site PARIS, which this folder does not hold")),
                 qPrintable(report + postfixLog().right(3000)));
    }

    void postfixStoppedForAWhile()
    {
        postfix(QStringLiteral("stop"));
        const QString id =
            submit(host(QStringLiteral("x1")), QStringLiteral("SEATTLE"),
                   QStringLiteral("MS:NORTHWIND/SEATTLE/ANNA"), QStringLiteral("MS:NORTHWIND/LONDON/BERT"),
                   QStringLiteral("While Postfix is down"));
        ok(host(QStringLiteral("x1")), {QStringLiteral("run"), QStringLiteral("--until-idle")});
        {
            auto store =
                DirectoryStore::open(sitePath(host(QStringLiteral("x1")), QStringLiteral("SEATTLE")));
            QVERIFY(store);
            const auto waiting = ImsQueue(*store.value()).all();
            QVERIFY(waiting);
            QCOMPARE(waiting->size(), 1);
            QCOMPARE(waiting->first().message.id, id);
            QVERIFY2(waiting->first().reason.contains(QStringLiteral("127.0.0.1:") + m_hosts.port()),
                     qPrintable(waiting->first().reason));
            QVERIFY(waiting->first().attempts >= 1);
        }
        // queue list says where it waits, and why.
        const ProcessRun listed =
            asNobody(host(QStringLiteral("x1")), {QStringLiteral("queue"), QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains(QStringLiteral("IMS")) &&
                     listed.out.contains(QStringLiteral("for site LONDON")) &&
                     listed.out.contains(QStringLiteral("127.0.0.1:") + m_hosts.port()),
                 qPrintable(listed.out));
        postfix(QStringLiteral("start"));
        QCOMPARE(carry(id, host(QStringLiteral("x2")), QStringLiteral("LONDON"), QStringLiteral("BERT")), 1);
        auto store = DirectoryStore::open(sitePath(host(QStringLiteral("x1")), QStringLiteral("SEATTLE")));
        QVERIFY(store);
        QCOMPARE(ImsQueue(*store.value()).count().value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestImsPostfix)
#include "tst_ims_postfix.moc"
