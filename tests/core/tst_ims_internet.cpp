#include "core/directory/ChangeSet.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/message/InternetMessage.h"
#include "core/services/Services.h"
#include "core/transport/ImsQueue.h"
#include "core/transport/ImsReceiver.h"
#include "core/transport/InternetMailService.h"
#include "core/transport/MtaQueue.h"
#include "core/transport/ReplicationByMail.h"
#include "core/transport/SiteMail.h"
#include "core/transport/SiteTransport.h"
#include "tests/support/HostPair.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sa::core;

namespace {
const QString Org = sa::test::HostPair::Organization;
const QString Outside = QStringLiteral("SMTP:pat@outside.test");
} // namespace

/// The Internet Mail Service's SMTP address spaces (issue 17): what the site MTA has for an address
/// an SMTP address space of its IMS holds waits at that IMS for the Internet (another site's IMS
/// known by replication takes it there), goes out as plain Internet mail from the sender's SMTP
/// address, and Internet mail delivered for a recipient's SMTP address reaches that recipient once.
/// The real MTA in between is tests/postfix/tst_ims_internet_postfix.
class TestImsInternet : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sa::test::HostPair> m_hosts;

    static Dn imsDn(const QString& site, const QString& server)
    {
        return sa::test::HostPair::imsDn(site, server);
    }
    static Dn mailboxDn(const QString& alias)
    {
        return sa::test::HostPair::mailboxDn(QStringLiteral("SEATTLE"), alias);
    }
    void mailbox(DirectoryStore& store, const QString& site, const QString& alias)
    {
        QVERIFY(sa::test::HostPair::addMailbox(store, site, alias, alias + QStringLiteral(" Doe")));
    }
    void settle()
    {
        const QString problem = m_hosts->settle();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QStringList subjectsOf(DirectoryStore& store, const Dn& dn)
    {
        auto box = store.object(dn);
        if (!box)
            return {box.error().message()};
        QStringList out;
        auto mail = SiteMail(store).of(box->guid);
        for (const SiteMail::Item& item : mail ? mail.value() : QList<SiteMail::Item>())
            out << item.message.subject;
        return out;
    }
    static QByteArray internetMail(const QString& messageId, const QString& subject)
    {
        return QStringLiteral("Return-Path: <pat@outside.test>\r\n"
                              "From: Pat Smith <pat@outside.test>\r\n"
                              "To: anna@seattle.northwind.test\r\n"
                              "Subject: %1\r\n"
                              "Message-ID: <%2>\r\n"
                              "Date: Fri, 04 Dec 2026 10:00:00 +0000\r\n\r\n"
                              "Hello Anna.\r\n")
            .arg(subject, messageId)
            .toUtf8();
    }
    ImsDelivery deliverToX1(const QByteArray& raw, const QString& recipient)
    {
        return ImsReceiver::deliver(Organization::open(m_hosts->x1()).value(), raw, recipient);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_hosts = std::make_unique<sa::test::HostPair>(m_dir->path());
        const QString problem = m_hosts->make();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        auto seattle = m_hosts->seattle();
        {
            // SEATTLE's addresses are at seattle.northwind.test, the IMS's Inbound Domain; its smart
            // host is a port where nothing listens, so that what goes out waits in its queue.
            ChangeSet c;
            c.replace(
                SiteBuilder::siteAddressingDn(Org, QStringLiteral("SEATTLE")), attr::GatewayProxy,
                {QStringLiteral("SMTP:@seattle.northwind.test"), QStringLiteral("MS:NORTHWIND/SEATTLE")});
            const Dn ims = imsDn(QStringLiteral("SEATTLE"), QStringLiteral("X1"));
            c.replace(ims, attr::AddressSpace, {QStringLiteral("SMTP:*@outside.test")});
            c.replace(ims, attr::InboundDomain, {QStringLiteral("seattle.northwind.test")});
            c.replace(ims, attr::SmartHostPort, {QStringLiteral("1")});
            QVERIFY(seattle->commit(c));
        }
        mailbox(*seattle, QStringLiteral("SEATTLE"), QStringLiteral("ANNA"));
        mailbox(*seattle, QStringLiteral("SEATTLE"), QStringLiteral("CARL"));
        mailbox(*m_hosts->london(), QStringLiteral("LONDON"), QStringLiteral("BERT"));
        QVERIFY(ReplicationByMail(*m_hosts->london(), m_hosts->x2()).request(QStringLiteral("SEATTLE")));
        settle();
    }

    void cleanup()
    {
        m_hosts.reset();
        m_dir.reset();
    }

    void anSmtpAddressSpaceIsTheWayOut()
    {
        auto seattle = m_hosts->seattle();
        SiteTransport mta(*seattle, m_hosts->x1());
        Message m;
        m.to = Outside;
        QCOMPARE(int(mta.route(m).kind), int(Route::Kind::Internet));
        m.to = QStringLiteral("SMTP:pat@elsewhere.test"); // no address space holds it
        QCOMPARE(int(mta.route(m).kind), int(Route::Kind::Unroutable));
        m.to = QStringLiteral("SMTP:anna@seattle.northwind.test"); // a recipient's own address comes first
        QCOMPARE(int(mta.route(m).kind), int(Route::Kind::Local));
        // LONDON knows SEATTLE's service by replication: Internet mail goes to SEATTLE.
        auto london = m_hosts->london();
        m.to = Outside;
        const Route there = SiteTransport(*london, m_hosts->x2()).route(m);
        QCOMPARE(int(there.kind), int(Route::Kind::Site));
        QCOMPARE(there.site, QStringLiteral("SEATTLE"));
    }

    void itsAddressSpacesAreInternetOnes()
    {
        auto seattle = m_hosts->seattle();
        const Dn ims = imsDn(QStringLiteral("SEATTLE"), QStringLiteral("X1"));
        ChangeSet c;
        c.replace(ims, attr::AddressSpace,
                  {QStringLiteral("SMTP:*@outside.test"), QStringLiteral("MS:NET/PO9/*")});
        auto refused = seattle->commit(c);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message().contains(QStringLiteral("\"MS:NET/PO9/*\" is not an SMTP one")),
                 qPrintable(refused.error().message()));
        QCOMPARE(seattle->object(ims)->valuesOf(attr::AddressSpace),
                 QStringList{QStringLiteral("SMTP:*@outside.test")});
    }

    void mailForTheInternetWaitsAtTheService()
    {
        // BERT in LONDON writes to the Internet: over SEATTLE's IMS, where it waits for the smart host.
        auto london = m_hosts->london();
        const Message m = Message::create(QStringLiteral("MS:%1/LONDON/BERT").arg(Org), Outside,
                                          QStringLiteral("Out"), QStringLiteral("Hi Pat"));
        QVERIFY(SiteTransport(*london, m_hosts->x2()).accept(m));
        settle();
        auto queued = ImsQueue(*m_hosts->seattle()).all();
        QVERIFY(queued);
        QCOMPARE(queued->size(), 1);
        QCOMPARE(queued->first().message.id, m.id);
        QVERIFY(queued->first().site.isEmpty());
        QVERIFY2(queued->first().reason.contains(QStringLiteral("127.0.0.1:1")),
                 qPrintable(queued->first().reason));
        // It goes out from BERT's SMTP address, as Internet mail that reads back the same.
        auto seattle = m_hosts->seattle();
        const InternetMailService ims(*seattle);
        auto link = ims.linkToInternet(Outside);
        QVERIFY(link);
        const auto [name, address] = ims.internetSender(link.value(), m.from);
        QCOMPARE(name, QStringLiteral("BERT Doe"));
        QCOMPARE(address, QStringLiteral("BERT@london.northwind.com"));
        const QByteArray raw = InternetMessage::encode(queued->first().message, name, address,
                                                       QStringLiteral("pat@outside.test"));
        QVERIFY2(raw.contains("From: \"BERT Doe\" <BERT@london.northwind.com>"), raw.constData());
        auto back = InternetMessage::decode(raw, QStringLiteral("pat@outside.test"));
        QVERIFY(back);
        QCOMPARE(back->subject, QStringLiteral("Out"));
        QCOMPARE(back->body.trimmed(), QStringLiteral("Hi Pat"));
        QCOMPARE(back->from, QStringLiteral("SMTP:BERT@london.northwind.com"));
        // Someone the directory does not know is encapsulated at the Inbound Domain.
        QCOMPARE(ims.internetSender(link.value(), QStringLiteral("MS:NET/PO9/JOE")).second,
                 QStringLiteral("IMCEAMS-NET+2FPO9+2FJOE@seattle.northwind.test"));
        QCOMPARE(InternetMailService::deencapsulate(
                     QStringLiteral("IMCEAMS-NET+2FPO9+2FJOE@seattle.northwind.test")),
                 QStringLiteral("MS:NET/PO9/JOE"));
    }

    void deliveryRestrictionsHoldForTheInternet()
    {
        auto seattle = m_hosts->seattle();
        ChangeSet c;
        c.replace(imsDn(QStringLiteral("SEATTLE"), QStringLiteral("X1")), attr::UnauthorizedSender,
                  {mailboxDn(QStringLiteral("CARL")).toString()});
        QVERIFY(seattle->commit(c));
        const Message m = Message::create(QStringLiteral("MS:%1/SEATTLE/CARL").arg(Org), Outside,
                                          QStringLiteral("Not allowed"), QStringLiteral("Hi"));
        QVERIFY(SiteTransport(*seattle, m_hosts->x1()).accept(m));
        settle();
        QCOMPARE(ImsQueue(*seattle).count().value(), 0);
        const QStringList carl = subjectsOf(*seattle, mailboxDn(QStringLiteral("CARL")));
        QVERIFY2(carl.contains(QStringLiteral("Undeliverable: Not allowed")), qPrintable(carl.join(';')));
    }

    void internetMailReachesItsRecipientOnce()
    {
        const QByteArray raw =
            internetMail(QStringLiteral("one@outside.test"), QStringLiteral("From outside"));
        ImsDelivery d = deliverToX1(raw, QStringLiteral("anna@seattle.northwind.test"));
        QCOMPARE(int(d.kind), int(ImsDelivery::Kind::Delivered));
        d = deliverToX1(raw, QStringLiteral("ANNA@seattle.northwind.test")); // the MTA delivers it again
        QCOMPARE(int(d.kind), int(ImsDelivery::Kind::AlreadyHad));
        // The same message to a second recipient is a message of its own.
        d = deliverToX1(raw, QStringLiteral("carl@seattle.northwind.test"));
        QCOMPARE(int(d.kind), int(ImsDelivery::Kind::Delivered));
        // To LONDON's BERT through SEATTLE (which knows him by replication), then across.
        d = deliverToX1(internetMail(QStringLiteral("two@outside.test"), QStringLiteral("For Bert")),
                        QStringLiteral("bert@london.northwind.com"));
        QCOMPARE(int(d.kind), int(ImsDelivery::Kind::Delivered));
        settle();
        auto seattle = m_hosts->seattle();
        QCOMPARE(subjectsOf(*seattle, mailboxDn(QStringLiteral("ANNA"))),
                 QStringList{QStringLiteral("From outside")});
        QCOMPARE(subjectsOf(*seattle, mailboxDn(QStringLiteral("CARL"))),
                 QStringList{QStringLiteral("From outside")});
        auto london = m_hosts->london();
        const Dn bert = SiteBuilder::recipientsDn(Org, QStringLiteral("LONDON"))
                            .child(QStringLiteral("cn"), QStringLiteral("BERT"));
        QCOMPARE(subjectsOf(*london, bert), QStringList{QStringLiteral("For Bert")});
        auto box = london->object(bert);
        QVERIFY(box);
        auto mail = SiteMail(*london).of(box->guid);
        QVERIFY(mail);
        QCOMPARE(mail->first().message.from, QStringLiteral("SMTP:pat@outside.test"));
    }

    void strangersCannotReachWhatIsNotARecipient()
    {
        const QString before = sa::test::folderDigest(m_hosts->x1());
        const QByteArray raw = internetMail(QStringLiteral("three@outside.test"), QStringLiteral("Sneaky"));
        for (const QString& to :
             {QStringLiteral("nobody@seattle.northwind.test"),
              // The directory synchronization service and replication mailbox are nobody's address.
              InternetMailService::encapsulate(QStringLiteral("MS:NORTHWIND/SEATTLE/$SYSTEM"),
                                               QStringLiteral("seattle.northwind.test")),
              InternetMailService::encapsulate(ReplicationByMail::address(Org, QStringLiteral("SEATTLE")),
                                               QStringLiteral("seattle.northwind.test"))}) {
            const ImsDelivery d = deliverToX1(raw, to);
            QCOMPARE(int(d.kind), int(ImsDelivery::Kind::Refused));
            QVERIFY2(d.text.contains(QStringLiteral("unknown recipient")), qPrintable(d.text));
        }
        // Not Internet mail at all, or for no one.
        QVERIFY(deliverToX1("From: pat@outside.test\r\nSubject: x\r\n\r\nHi", {})
                    .text.contains(QStringLiteral("envelope recipient")));
        QVERIFY(deliverToX1("Subject: x\r\n\r\nHi", QStringLiteral("anna@seattle.northwind.test"))
                    .text.contains(QStringLiteral("names no sender")));
        QCOMPARE(sa::test::folderDigest(m_hosts->x1()), before);
    }

    void aReplyToAnEncapsulatedAddressFindsItsRecipient()
    {
        // An MS Mail user known as a custom recipient: Internet mail to his encapsulated address is his.
        auto seattle = m_hosts->seattle();
        ChangeSet c;
        c.create(QStringLiteral("custom-recipient"),
                 SiteBuilder::recipientsDn(Org, QStringLiteral("SEATTLE")),
                 {{attr::MailNickname, {QStringLiteral("JOE")}},
                  {attr::DisplayName, {QStringLiteral("Joe Bloggs")}},
                  {attr::TargetAddress, {QStringLiteral("MS:NET/PO9/JOE")}}});
        QVERIFY(seattle->commit(c));
        auto to = InternetMailService(*seattle).internetRecipient(
            QStringLiteral("IMCEAMS-NET+2FPO9+2FJOE@seattle.northwind.test"));
        QVERIFY2(to, qPrintable(to.error().message()));
        QCOMPARE(to.value(), QStringLiteral("MS:NET/PO9/JOE"));
    }

    void aStoppedServiceLeavesItWithTheMta()
    {
        auto seattle = m_hosts->seattle();
        QVERIFY(Services::stop(*seattle, QStringLiteral("X1"), Services::InternetMail));
        const ImsDelivery d =
            deliverToX1(internetMail(QStringLiteral("four@outside.test"), QStringLiteral("Later")),
                        QStringLiteral("anna@seattle.northwind.test"));
        QCOMPARE(int(d.kind), int(ImsDelivery::Kind::TryLater));
        QVERIFY2(d.text.contains(QStringLiteral("not running")), qPrintable(d.text));
        QCOMPARE(MtaQueue(*seattle).all().value().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestImsInternet)
#include "tst_ims_internet.moc"
