#include "core/directory/ChangeSet.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/EventLog.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/message/BounceReport.h"
#include "core/message/CrossingMessage.h"
#include "core/transport/ImsEvents.h"
#include "core/transport/ImsQueue.h"
#include "core/transport/ImsReceiver.h"
#include "core/transport/InternetMailService.h"
#include "core/transport/MtaQueue.h"
#include "core/transport/PostfixQueue.h"
#include "core/transport/ReplicationByMail.h"
#include "core/transport/SiteMail.h"
#include "core/transport/SiteTransport.h"
#include "tests/support/HostPair.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sa::core;

namespace {
const QString Org = sa::test::HostPair::Organization;
} // namespace

/// What the Internet Mail Service's pages set, acting: Delivery Restrictions decide which of the
/// directory's senders may send through it (the sites' own system mail always goes); Diagnostics
/// Logging decides which of its events are kept; its queue gives a message back with or without a
/// report; and Postfix's queue is read from `postqueue -j`.
class TestImsService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sa::test::HostPair> m_hosts;

    static Dn mailboxDn(const QString& site, const QString& alias)
    {
        return sa::test::HostPair::mailboxDn(site, alias);
    }
    static Dn imsDn(const QString& site, const QString& server)
    {
        return sa::test::HostPair::imsDn(site, server);
    }
    void mailbox(DirectoryStore& store, const QString& site, const QString& alias)
    {
        QVERIFY(sa::test::HostPair::addMailbox(store, site, alias));
    }
    void settle()
    {
        const QString problem = m_hosts->settle();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    /// Sends from SEATTLE's `from` to LONDON's BERT.
    QString send(const QString& from, const QString& subject)
    {
        auto seattle = m_hosts->seattle();
        const Message m =
            Message::create(QStringLiteral("MS:%1/SEATTLE/%2").arg(Org, from),
                            QStringLiteral("MS:%1/LONDON/BERT").arg(Org), subject, QStringLiteral("Hi"));
        SiteTransport mta(*seattle, m_hosts->x1());
        return mta.accept(m) ? m.id : QString();
    }
    /// The subjects of what `alias` of `site` has.
    QStringList subjectsAt(DirectoryStore& store, const QString& site, const QString& alias)
    {
        auto box = store.object(mailboxDn(site, alias));
        if (!box)
            return {box.error().message()};
        QStringList out;
        auto mail = SiteMail(store).of(box->guid);
        for (const SiteMail::Item& item : mail ? mail.value() : QList<SiteMail::Item>())
            out << item.message.subject + QStringLiteral(" | ") + item.message.body;
        return out;
    }
    QList<int> eventIds(DirectoryStore& store)
    {
        QList<int> ids;
        auto events = EventLog::recent(store, 100);
        for (const EventRecord& e : events ? events.value() : QList<EventRecord>())
            ids << e.eventId;
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_hosts = std::make_unique<sa::test::HostPair>(m_dir->path());
        const QString problem = m_hosts->make();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        mailbox(*m_hosts->seattle(), QStringLiteral("SEATTLE"), QStringLiteral("ANNA"));
        mailbox(*m_hosts->seattle(), QStringLiteral("SEATTLE"), QStringLiteral("CARL"));
        mailbox(*m_hosts->london(), QStringLiteral("LONDON"), QStringLiteral("BERT"));
        QVERIFY(ReplicationByMail(*m_hosts->seattle(), m_hosts->x1()).request(QStringLiteral("LONDON")));
        settle();
    }

    void cleanup()
    {
        m_hosts.reset();
        m_dir.reset();
    }

    void deliveryRestrictionsDecideWhoSendsThroughIt()
    {
        {
            ChangeSet c; // accept messages from ANNA only
            c.replace(imsDn(QStringLiteral("SEATTLE"), QStringLiteral("X1")), attr::AuthorizedSender,
                      {mailboxDn(QStringLiteral("SEATTLE"), QStringLiteral("ANNA")).toString()});
            QVERIFY(m_hosts->seattle()->commit(c));
        }
        QVERIFY(!send(QStringLiteral("ANNA"), QStringLiteral("From Anna")).isEmpty());
        QVERIFY(!send(QStringLiteral("CARL"), QStringLiteral("From Carl")).isEmpty());
        settle();
        QStringList bert = subjectsAt(*m_hosts->london(), QStringLiteral("LONDON"), QStringLiteral("BERT"));
        QCOMPARE(bert.size(), 1);
        QVERIFY(bert.first().startsWith(QStringLiteral("From Anna")));
        QStringList carl = subjectsAt(*m_hosts->seattle(), QStringLiteral("SEATTLE"), QStringLiteral("CARL"));
        QCOMPARE(carl.size(), 1);
        QVERIFY2(
            carl.first().startsWith(QStringLiteral("Undeliverable: From Carl")) &&
                carl.first().contains(QStringLiteral("MS:NORTHWIND/SEATTLE/CARL is not among the senders the "
                                                     "Internet Mail Service on X1 accepts messages from")),
            qPrintable(carl.first()));
        // Replication is the sites' own mail: it goes whatever the lists say.
        QVERIFY(ReplicationByMail(*m_hosts->seattle(), m_hosts->x1()).request(QStringLiteral("LONDON")));
        settle();
        QVERIFY(!ReplicationByMail(*m_hosts->seattle(), m_hosts->x1())
                     .stateOf(QStringLiteral("LONDON"))
                     .askedSince.isValid());

        {
            ChangeSet c; // reject messages from ANNA, accept the rest
            c.replace(imsDn(QStringLiteral("SEATTLE"), QStringLiteral("X1")), attr::AuthorizedSender, {});
            c.replace(imsDn(QStringLiteral("SEATTLE"), QStringLiteral("X1")), attr::UnauthorizedSender,
                      {mailboxDn(QStringLiteral("SEATTLE"), QStringLiteral("ANNA")).toString()});
            QVERIFY(m_hosts->seattle()->commit(c));
        }
        QVERIFY(!send(QStringLiteral("ANNA"), QStringLiteral("Anna again")).isEmpty());
        QVERIFY(!send(QStringLiteral("CARL"), QStringLiteral("Carl again")).isEmpty());
        settle();
        bert = subjectsAt(*m_hosts->london(), QStringLiteral("LONDON"), QStringLiteral("BERT"));
        QCOMPARE(bert.size(), 2);
        QVERIFY(bert.last().startsWith(QStringLiteral("Carl again")));
        const QStringList anna =
            subjectsAt(*m_hosts->seattle(), QStringLiteral("SEATTLE"), QStringLiteral("ANNA"));
        QCOMPARE(anna.size(), 1);
        QVERIFY2(anna.first().contains(QStringLiteral("the Internet Mail Service on X1 rejects messages from "
                                                      "MS:NORTHWIND/SEATTLE/ANNA")),
                 qPrintable(anna.first()));
    }

    void diagnosticsLoggingDecidesWhatIsKept()
    {
        // Minimum (unset): a delivery is not said; errors always are.
        QVERIFY(!send(QStringLiteral("ANNA"), QStringLiteral("Quietly")).isEmpty());
        settle();
        QVERIFY(!eventIds(*m_hosts->london()).contains(ImsEvent::Delivered));
        {
            ChangeSet c;
            c.replace(
                imsDn(QStringLiteral("LONDON"), QStringLiteral("X2")), attr::DiagnosticsLogging,
                {QStringLiteral("Message Transfer|Medium"), QStringLiteral("SMTP Interface Events|None")});
            QVERIFY(m_hosts->london()->commit(c));
        }
        QVERIFY(!send(QStringLiteral("ANNA"), QStringLiteral("Said at Medium")).isEmpty());
        settle();
        auto london = m_hosts->london();
        auto events = EventLog::recent(*london, 20);
        QVERIFY(events);
        bool said = false;
        for (const EventRecord& e : events.value())
            said = said || (e.eventId == ImsEvent::Delivered && e.source == QStringLiteral("MSExchangeIMC") &&
                            e.category == QStringLiteral("Message Transfer") &&
                            e.level == QStringLiteral("Information"));
        QVERIFY(said);
        // A forged message is an error: kept with its category at None.
        CrossingMessage forged;
        forged.organization = Org;
        forged.originSite = QStringLiteral("SEATTLE");
        forged.targetSite = QStringLiteral("LONDON");
        forged.message =
            Message::create(QStringLiteral("MS:NORTHWIND/SEATTLE/ANNA"),
                            QStringLiteral("MS:NORTHWIND/LONDON/BERT"), QStringLiteral("Forged"), {});
        const ImsDelivery refused =
            ImsReceiver::deliver(Organization::open(m_hosts->x2()).value(),
                                 forged.encode(QByteArrayLiteral("not the secret they share at all"),
                                               QStringLiteral("a@b.c"), QStringLiteral("d@e.f")));
        QCOMPARE(refused.kind, ImsDelivery::Kind::Refused);
        QVERIFY(eventIds(*m_hosts->london()).contains(ImsEvent::BadSignature));
    }

    void itsQueueGivesBackWithOrWithoutAReport()
    {
        auto seattle = m_hosts->seattle();
        QList<Message> waiting;
        for (const QString& subject : {QStringLiteral("Deleted"), QStringLiteral("Returned")})
            waiting << Message::create(QStringLiteral("MS:NORTHWIND/SEATTLE/ANNA"),
                                       QStringLiteral("MS:NORTHWIND/LONDON/BERT"), subject, {});
        QVERIFY(seattle->write([&](DirectoryWriter& w) -> Status {
            for (const Message& m : waiting) {
                if (Status s = ImsQueue::enqueue(w, QStringLiteral("LONDON"), m); !s)
                    return s;
            }
            return {};
        }));
        auto queued = ImsQueue(*seattle).all();
        QVERIFY(queued);
        QCOMPARE(queued->size(), 2);
        const int before = MtaQueue(*seattle).all()->size();
        QVERIFY(ImsQueue(*seattle).remove(queued->at(0).seq, false));
        QCOMPARE(MtaQueue(*seattle).all()->size(), before);
        QVERIFY(ImsQueue(*seattle).remove(queued->at(1).seq, true));
        const auto reports = MtaQueue(*seattle).all();
        QCOMPARE(reports->size(), before + 1);
        QCOMPARE(reports->last().message.subject, QStringLiteral("Undeliverable: Returned"));
        QCOMPARE(ImsQueue(*seattle).count().value(), 0);
        const Status missing = ImsQueue(*seattle).remove(999999, true);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), ErrorCode::NotFound);
    }

    void aBounceFromTheMtaTellsTheSender()
    {
        // SEATTLE's IMS handed a message for LONDON to the MTA, which later gives up on it.
        auto seattle = m_hosts->seattle();
        Message m = Message::create(QStringLiteral("MS:NORTHWIND/SEATTLE/ANNA"),
                                    QStringLiteral("MS:NORTHWIND/LONDON/BERT"),
                                    QStringLiteral("Lost on the way"), QStringLiteral("Hi"));
        QVERIFY(seattle->write(
            [&](DirectoryWriter& w) { return ImsQueue::enqueue(w, QStringLiteral("LONDON"), m); }));
        auto queued = ImsQueue(*seattle).all();
        QVERIFY(queued && queued->size() == 1);
        QVERIFY(
            seattle->write([&](DirectoryWriter&) { return ImsQueue(*seattle).handedOver(queued->first()); }));
        QCOMPARE(ImsQueue(*seattle).count().value(), 0);
        const auto dsn = [&](const QString& action, const QString& id) {
            return QStringLiteral(
                       "From: MAILER-DAEMON@mx.northwind.test (Mail Delivery System)\r\n"
                       "Subject: Undelivered Mail Returned to Sender\r\n"
                       "To: postmaster@seattle.northwind.test\r\n"
                       "MIME-Version: 1.0\r\n"
                       "Content-Type: multipart/report; report-type=delivery-status;\r\n"
                       "\tboundary=\"B1\"\r\n"
                       "\r\n"
                       "--B1\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
                       "This is the mail system at host mx.northwind.test.\r\n\r\n"
                       "--B1\r\nContent-Type: message/delivery-status\r\n\r\n"
                       "Reporting-MTA: dns; mx.northwind.test\r\n\r\n"
                       "Final-Recipient: rfc822; IMCEAMS-NORTHWIND+2FLONDON+2FBERT@london.northwind.test\r\n"
                       "Action: %1\r\nStatus: 5.4.4\r\n"
                       "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error\r\n"
                       "    for name=london.northwind.test type=MX\r\n\r\n"
                       "--B1\r\nContent-Type: text/rfc822-headers\r\n\r\n"
                       "From: postmaster@seattle.northwind.test\r\nX-SiteAdmin-Kind: mail\r\n"
                       "X-SiteAdmin-Id: %2\r\n\r\n--B1--\r\n")
                .arg(action, id)
                .toUtf8();
        };
        const Organization x1 = Organization::open(m_hosts->x1()).value();
        const int reports = MtaQueue(*seattle).all()->size();
        // A delay notice changes nothing; a report of a message not sent from here neither.
        QCOMPARE(ImsReceiver::deliver(x1, dsn(QStringLiteral("delayed"), m.id)).kind,
                 ImsDelivery::Kind::AlreadyHad);
        QCOMPARE(
            ImsReceiver::deliver(x1, dsn(QStringLiteral("failed"), QStringLiteral("other@siteadmin"))).kind,
            ImsDelivery::Kind::AlreadyHad);
        QCOMPARE(MtaQueue(*seattle).all()->size(), reports);
        // The failure: ANNA is told, with the MTA's words, once.
        const ImsDelivery told = ImsReceiver::deliver(x1, dsn(QStringLiteral("failed"), m.id));
        QCOMPARE(told.kind, ImsDelivery::Kind::Delivered);
        const auto after = MtaQueue(*seattle).all();
        QCOMPARE(after->size(), reports + 1);
        const Message& ndr = after->last().message;
        QCOMPARE(ndr.to, QStringLiteral("MS:NORTHWIND/SEATTLE/ANNA"));
        QCOMPARE(ndr.subject, QStringLiteral("Undeliverable: Lost on the way"));
        QVERIFY2(ndr.body.contains(
                     QStringLiteral("the MTA could not deliver it to site LONDON: Host or domain name not "
                                    "found. Name service error for name=london.northwind.test type=MX")),
                 qPrintable(ndr.body));
        QCOMPARE(ImsReceiver::deliver(x1, dsn(QStringLiteral("failed"), m.id)).kind,
                 ImsDelivery::Kind::AlreadyHad);
        QCOMPARE(MtaQueue(*seattle).all()->size(), reports + 1);
    }

    void postfixQueueIsReadFromItsJson()
    {
        const QByteArray lines =
            R"({"queue_name": "deferred", "queue_id": "7FBB9AA4178", "arrival_time": 1796400000, "message_size": 2411, "forced_expire": false, "sender": "postmaster@seattle.northwind.test", "recipients": [{"address": "IMCEAMS-NWNET+2FPO2+2FAHOFF@london.northwind.test", "delay_reason": "temporary failure. Command output: siteadminctl: the Internet Mail Service on X2 is not running"}]})"
            "\n"
            R"({"queue_name": "active", "queue_id": "811E4AA4173", "arrival_time": 1796400005, "message_size": 900, "sender": "someone@else.test", "recipients": [{"address": "x@y.test"}]})"
            "\n";
        auto parsed = PostfixQueue::parse(lines);
        QVERIFY(parsed);
        QCOMPARE(parsed->size(), 2);
        const PostfixQueued& first = parsed->first();
        QCOMPARE(first.queueId, QStringLiteral("7FBB9AA4178"));
        QCOMPARE(first.queueName, QStringLiteral("deferred"));
        QCOMPARE(first.size, 2411);
        QCOMPARE(first.arrival, QDateTime::fromSecsSinceEpoch(1796400000, Qt::UTC));
        QCOMPARE(first.recipients,
                 QStringList{QStringLiteral("IMCEAMS-NWNET+2FPO2+2FAHOFF@london.northwind.test")});
        QVERIFY(first.reason.contains(QStringLiteral("is not running")));
        const auto mine =
            PostfixQueue::sentBy(parsed.value(), QStringLiteral("Postmaster@Seattle.Northwind.Test"));
        QCOMPARE(mine.size(), 1);
        QVERIFY(PostfixQueue::parse("").value().isEmpty());
        const auto bad = PostfixQueue::parse(lines + "postqueue: warning: something\n");
        QVERIFY(!bad);
        QCOMPARE(bad.error().message(), QStringLiteral("line 3 of postqueue -j is not a JSON object"));
    }
};

QTEST_GUILESS_MAIN(TestImsService)
#include "tst_ims_service.moc"
