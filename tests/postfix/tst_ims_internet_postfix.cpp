#include "core/directory/DirectoryStore.h"
#include "core/transport/ImsQueue.h"
#include "core/transport/SiteMail.h"
#include "core/transport/SiteTransport.h"
#include "tests/support/PostfixHosts.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QThread>
#include <functional>

using namespace sa::core;
using sa::test::ProcessRun;

namespace {
const QString Anna = QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Recipients/cn=ANNA");
const QString Ims = QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Configuration/cn=Connections/"
                                   "cn=Internet Mail Service (X1)");
} // namespace

/// The Internet Mail Service's SMTP address spaces through a real Postfix (issue 17): the private
/// instance of tests/postfix plays the rest of the Internet as outside.test (a maildir). A mailbox of
/// X1's SEATTLE writes to pat@outside.test: it leaves through the IMS as plain Internet mail from the
/// mailbox's SMTP address and lands in the maildir once. pat answers to the mailbox's SMTP address:
/// Postfix hands it to `siteadminctl deliver` and it reaches the mailbox once. Mail to an address
/// Postfix cannot deliver comes back to its sender as a non-delivery report; Internet mail for an
/// address no recipient has is refused, and Postfix returns it to the Internet sender.
class TestImsInternetPostfix : public QObject
{
    Q_OBJECT

private:
    sa::test::PostfixHosts m_hosts;

    QString x1() const { return m_hosts.host(QStringLiteral("x1")); }
    void ok(const QStringList& args) const
    {
        const QString problem = m_hosts.ok(QStringLiteral("siteadminctl"), x1(), args);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QString maildir() const { return m_hosts.dir() + QStringLiteral("/outside/mail/new"); }
    /// Every message in the outside world's maildir.
    QList<QByteArray> outsideMail() const
    {
        QList<QByteArray> out;
        for (const QFileInfo& f : QDir(maildir()).entryInfoList(QDir::Files, QDir::Name)) {
            QFile file(f.filePath());
            if (file.open(QIODevice::ReadOnly))
                out << file.readAll();
        }
        return out;
    }
    /// The subjects and senders of what ANNA has.
    QStringList annasMail() const
    {
        auto store = DirectoryStore::open(sa::test::PostfixHosts::sitePath(x1(), QStringLiteral("SEATTLE")));
        if (!store)
            return {store.error().message()};
        auto box = store.value()->object(Dn::parse(Anna).value());
        if (!box)
            return {box.error().message()};
        QStringList out;
        auto mail = SiteMail(*store.value()).of(box->guid);
        for (const SiteMail::Item& item : mail ? mail.value() : QList<SiteMail::Item>())
            out << item.message.from + QStringLiteral(" | ") + item.message.subject;
        return out;
    }
    /// Passes of X1's services (as nobody) until `done`, at most 60 s.
    bool runUntil(const std::function<bool()>& done) const
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000) {
            const ProcessRun r = m_hosts.run(QStringLiteral("siteadminctl"), x1(),
                                             {QStringLiteral("run"), QStringLiteral("--until-idle")});
            if (r.exitCode != 0)
                qWarning("run: %s", qPrintable(r.err));
            if (done())
                return true;
            QThread::msleep(300);
        }
        return done();
    }
    /// ANNA sends to `to` through SEATTLE's MTA (as a client's submission would be); the message's id.
    QString annaSends(const QString& to, const QString& subject) const
    {
        auto store = DirectoryStore::open(sa::test::PostfixHosts::sitePath(x1(), QStringLiteral("SEATTLE")));
        if (!store)
            return {};
        const Message m = Message::create(QStringLiteral("MS:NORTHWIND/SEATTLE/ANNA"), to, subject,
                                          QStringLiteral("Grüße from Seattle."));
        return SiteTransport(*store.value(), x1()).accept(m) ? m.id : QString();
    }
    /// Internet mail from pat@outside.test to `to`, submitted to the instance by its sendmail.
    QString patSends(const QString& to, const QString& subject) const
    {
        QProcess sendmail;
        sendmail.start(QStringLiteral("/usr/sbin/sendmail"),
                       {QStringLiteral("-C"), m_hosts.dir() + QStringLiteral("/conf"), QStringLiteral("-f"),
                        QStringLiteral("pat@outside.test"), QStringLiteral("-i"), to});
        if (!sendmail.waitForStarted())
            return QStringLiteral("sendmail did not start");
        sendmail.write(QStringLiteral("From: Pat Smith <pat@outside.test>\nTo: %1\nSubject: %2\n"
                                      "Message-ID: <%2@outside.test>\n\nHello from outside.\n")
                           .arg(to, subject)
                           .toUtf8());
        sendmail.closeWriteChannel();
        sendmail.waitForFinished(30000);
        return sendmail.exitCode() == 0 ? QString() : QString::fromUtf8(sendmail.readAllStandardError());
    }

private Q_SLOTS:
    void initTestCase()
    {
        SA_NEEDS_POSTFIX(m_hosts);
        const QString problem = m_hosts.makeHost(QStringLiteral("x1"), QStringLiteral("SEATTLE"),
                                                 QStringLiteral("X1"), QStringLiteral("ANNA"),
                                                 QStringLiteral("LONDON"), QStringLiteral("northwind.test"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The way out: outside.test and nowhere.test (which Postfix cannot deliver); ANNA's address
        // in SEATTLE's mail domain, where Postfix delivers to the folder.
        ok({QStringLiteral("modify"), Ims, QStringLiteral("Address-Space=SMTP:*@outside.test"),
            QStringLiteral("Address-Space=SMTP:*@nowhere.test")});
        ok({QStringLiteral("modify"), Anna, QStringLiteral("--add"),
            QStringLiteral("Proxy-Addresses=smtp:anna@seattle.northwind.test")});
        QDir(maildir()).removeRecursively();
    }

    void mailToTheInternetArrivesOnce()
    {
        const QString id = annaSends(QStringLiteral("SMTP:pat@outside.test"), QStringLiteral("Hello Pat"));
        QVERIFY(!id.isEmpty());
        QVERIFY2(runUntil([this] { return !outsideMail().isEmpty(); }),
                 qPrintable(m_hosts.log().right(3000)));
        // More passes send nothing twice; the IMS's queue is empty.
        for (int pass = 0; pass < 3; ++pass)
            runUntil([] { return true; });
        const QList<QByteArray> mail = outsideMail();
        QCOMPARE(mail.size(), 1);
        const QByteArray& raw = mail.first();
        QVERIFY2(raw.contains("From: \"ANNA\" <ANNA@seattle.northwind.com>"), raw.constData());
        QVERIFY2(raw.contains("Subject: Hello Pat"), raw.constData());
        QVERIFY2(raw.contains("Gr=C3=BC=C3=9Fe from Seattle."), raw.constData()); // quoted-printable UTF-8
        QVERIFY2(raw.contains("X-SiteAdmin-Id: " + id.toLatin1()), raw.constData());
        QVERIFY2(raw.contains("Return-Path: <postmaster@seattle.northwind.test>"), raw.constData());
        auto store = DirectoryStore::open(sa::test::PostfixHosts::sitePath(x1(), QStringLiteral("SEATTLE")));
        QVERIFY(store);
        QCOMPARE(ImsQueue(*store.value()).count().value(), 0);
    }

    void undeliverableInternetMailComesBack()
    {
        QVERIFY(
            !annaSends(QStringLiteral("SMTP:pat@nowhere.test"), QStringLiteral("Into the void")).isEmpty());
        QVERIFY2(runUntil([this] {
                     return annasMail().contains(
                         QStringLiteral("MS:NORTHWIND/SEATTLE/$SYSTEM | Undeliverable: "
                                        "Into the void"));
                 }),
                 qPrintable(annasMail().join(QLatin1Char('\n')) + m_hosts.log().right(3000)));
    }

    void mailFromTheInternetReachesTheMailboxOnce()
    {
        QVERIFY2(
            patSends(QStringLiteral("anna@seattle.northwind.test"), QStringLiteral("Hello Anna")).isEmpty(),
            "sendmail failed");
        const QString expected = QStringLiteral("SMTP:pat@outside.test | Hello Anna");
        QVERIFY2(runUntil([&] { return annasMail().contains(expected); }),
                 qPrintable(annasMail().join(QLatin1Char('\n')) + m_hosts.log().right(3000)));
        QCOMPARE(annasMail().count(expected), 1);
        QVERIFY(m_hosts.log().contains(QStringLiteral("to=<anna@seattle.northwind.test>, relay=siteadmin")));
    }

    void anUnknownRecipientIsReturnedToTheInternetSender()
    {
        QVERIFY(patSends(QStringLiteral("nobody@seattle.northwind.test"), QStringLiteral("Anyone there"))
                    .isEmpty());
        // Postfix's bounce to pat, with the message's headers returned.
        const auto bounce = [this] {
            for (const QByteArray& raw : outsideMail()) {
                if (raw.contains("Subject: Anyone there"))
                    return raw;
            }
            return QByteArray();
        };
        QElapsedTimer timer;
        timer.start();
        while (bounce().isEmpty() && timer.elapsed() < 60000)
            QThread::msleep(300);
        QVERIFY2(!bounce().isEmpty(), qPrintable(m_hosts.log().right(3000)));
        QVERIFY2(bounce().contains("unknown recipient nobody@seattle.northwind.test"), bounce().constData());
        QVERIFY(bounce().contains("Content-Type: multipart/report; report-type=delivery-status"));
    }
};

QTEST_GUILESS_MAIN(TestImsInternetPostfix)
#include "tst_ims_internet_postfix.moc"
