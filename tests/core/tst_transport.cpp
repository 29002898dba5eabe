#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/host/DemoOrganization.h"
#include "core/host/Runner.h"
#include "core/msmail/PostofficeMail.h"
#include "core/msmail/PostofficeStore.h"
#include "core/services/Schedule.h"
#include "core/services/Services.h"
#include "core/transport/ConnectorPartners.h"
#include "core/transport/SiteTransport.h"
#include "tests/support/MailNetwork.h"
#include "tests/support/TestSupport.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace sa::core;

namespace {
const QString Org = QStringLiteral("NORTHWIND");
}

/// Mail between the demo's postoffices and sites, as Q152167 sets them up: PO1 -> X1 -> site
/// connector -> X2 -> PO2, to mailboxes of the other site, non-delivery reports, replication through
/// the services' run, and a damaged message set aside while the rest flows.
class TestTransport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Organization> m_org;

    std::unique_ptr<PostofficeStore> po(const QString& name) const
    {
        return std::move(PostofficeStore::open(m_org->dir(), name)).value();
    }
    std::unique_ptr<DirectoryStore> site(const QString& name) const
    {
        return std::move(DirectoryStore::open(m_org->sitePath(name))).value();
    }
    RunReport runAll() const
    {
        auto r = Runner(*m_org).runUntilIdle(60);
        return r ? r.value() : RunReport();
    }
    QList<PoMail> mailOf(const QString& postoffice, const QString& mailbox) const
    {
        auto m = PostofficeMail(*po(postoffice)).mailbox(mailbox);
        return m ? m.value() : QList<PoMail>();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto org = DemoOrganization::build(m_dir->path(), DemoStage::Linked);
        QVERIFY2(org.ok(), qPrintable(org.error().message()));
        m_org = std::make_unique<Organization>(org.value());
    }
    void cleanup()
    {
        m_org.reset();
        m_dir.reset();
    }

    void fromPo1ToPo2AcrossBothSitesOnce()
    {
        auto id = PostofficeMail(*po(QStringLiteral("NWNET/PO1")))
                      .send(QStringLiteral("AMARTIN"), QStringLiteral("NWNET/PO2/AHOFF"),
                            QStringLiteral("Across the sites"), QStringLiteral("Hello Anna"));
        QVERIFY(id.ok());
        const RunReport r = runAll();
        QVERIFY(r.pickedUp >= 1);
        QVERIFY(r.routed >= 2); // X1 to X2, X2 to PO2
        const QList<PoMail> mail = mailOf(QStringLiteral("NWNET/PO2"), QStringLiteral("AHOFF"));
        QCOMPARE(mail.size(), 1);
        QCOMPARE(mail.first().message.id, id.value());
        QCOMPARE(mail.first().message.from, QStringLiteral("MS:NWNET/PO1/AMARTIN"));
        QCOMPARE(mail.first().message.body, QStringLiteral("Hello Anna"));
        QCOMPARE(runAll().total(), 0);
        QCOMPARE(mailOf(QStringLiteral("NWNET/PO2"), QStringLiteral("AHOFF")).size(), 1);
        // And back the other way.
        QVERIFY(PostofficeMail(*po(QStringLiteral("NWNET/PO2")))
                    .send(QStringLiteral("AHOFF"), QStringLiteral("NWNET/PO1/AMARTIN"),
                          QStringLiteral("Re: Across"), QStringLiteral("Hi Alice"))
                    .ok());
        runAll();
        QCOMPARE(mailOf(QStringLiteral("NWNET/PO1"), QStringLiteral("AMARTIN")).size(), 1);
    }

    void aMessageArrivesAsItWasSent()
    {
        // Every hop writes the message on the C API (MessageRow::bind): what arrives is what was sent,
        // bytes, text and the attachment's name or its absence, and a second message takes none of the
        // first's values with it.
        const QByteArray bytes = QByteArray::fromHex("0001fffe504b0304") + QByteArray(" not text ") +
                                 QByteArray(1, '\0') + QByteArray(" at all");
        const QString subject = QStringLiteral("Ünïcödé — 日本 🙂");
        const QString body = QStringLiteral("Line one\r\nLine two: Ñoño, Émile\r\n");
        auto id = PostofficeMail(*po(QStringLiteral("NWNET/PO1")))
                      .send(QStringLiteral("AMARTIN"), QStringLiteral("NWNET/PO2/AHOFF"), subject, body,
                            bytes, QStringLiteral("REPORT.ZIP"));
        QVERIFY2(id.ok(), qPrintable(id.error().message()));
        auto plain = PostofficeMail(*po(QStringLiteral("NWNET/PO1")))
                         .send(QStringLiteral("AMARTIN"), QStringLiteral("NWNET/PO2/AHOFF"),
                               QStringLiteral("Plain"), QString());
        QVERIFY(plain.ok());
        runAll();
        const QList<PoMail> mail = mailOf(QStringLiteral("NWNET/PO2"), QStringLiteral("AHOFF"));
        QCOMPARE(mail.size(), 2);
        const Message& first = mail.at(0).message.id == id.value() ? mail.at(0).message : mail.at(1).message;
        const Message& second = mail.at(0).message.id == id.value() ? mail.at(1).message : mail.at(0).message;
        QCOMPARE(first.id, id.value());
        QCOMPARE(first.subject, subject);
        QCOMPARE(first.body, body);
        QCOMPARE(first.attachment, bytes);
        QCOMPARE(first.attachmentName, QStringLiteral("REPORT.ZIP"));
        QCOMPARE(second.id, plain.value());
        QCOMPARE(second.subject, QStringLiteral("Plain"));
        QVERIFY(second.body.isEmpty());
        QVERIFY(second.attachment.isEmpty());
        QVERIFY(second.attachmentName.isEmpty());
        // Stored as the Qt driver stored them: no attachment is NULL, not an empty value.
        auto stored =
            po(QStringLiteral("NWNET/PO2"))
                ->connection()
                .scalar(QStringLiteral("SELECT (attachment IS NULL) + 2 * (attachment_name IS NULL) "
                                       "FROM mail WHERE message_id = ?"),
                        {plain.value()});
        QVERIFY(stored.ok());
        QCOMPARE(stored->toInt(), 3);
    }

    void fromPo1ToALondonMailbox()
    {
        QVERIFY(PostofficeMail(*po(QStringLiteral("NWNET/PO1")))
                    .send(QStringLiteral("BCOOPER"), QStringLiteral("NORTHWIND/LONDON/STEVENB"),
                          QStringLiteral("To London"), QStringLiteral("Hello Steven"))
                    .ok());
        runAll();
        const QList<Message> mail =
            sa::test::siteMailOf(*m_org, QStringLiteral("LONDON"), QStringLiteral("StevenB"));
        QCOMPARE(mail.size(), 1);
        QCOMPARE(mail.first().subject, QStringLiteral("To London"));
        // SMTP addresses of the other site route too (known by replication).
        QVERIFY(PostofficeMail(*po(QStringLiteral("NWNET/PO1")))
                    .send(QStringLiteral("BCOOPER"), QStringLiteral("SMTP:RobertK@london.northwind.example"),
                          QStringLiteral("By SMTP"), QStringLiteral("x"))
                    .ok());
        runAll();
        // An MS Mail postoffice sends only MS Mail addresses: the sender gets a report.
        const QList<PoMail> back = mailOf(QStringLiteral("NWNET/PO1"), QStringLiteral("BCOOPER"));
        QCOMPARE(back.size(), 1);
        QVERIFY(back.first().message.report);
    }

    void nonDeliveryReportsReachTheSender()
    {
        // Unknown postoffice: PO1 itself has no route and answers at once.
        QVERIFY(PostofficeMail(*po(QStringLiteral("NWNET/PO1")))
                    .send(QStringLiteral("CDIAZ"), QStringLiteral("NWNET/PO9/NOBODY"),
                          QStringLiteral("Nowhere"), QStringLiteral("x"))
                    .ok());
        // Unknown mailbox in a site: X1's MTA cannot route it and reports back through the connector.
        QVERIFY(PostofficeMail(*po(QStringLiteral("NWNET/PO1")))
                    .send(QStringLiteral("CDIAZ"), QStringLiteral("NORTHWIND/SEATTLE/NOBODY"),
                          QStringLiteral("No one"), QStringLiteral("x"))
                    .ok());
        // Unknown user on another postoffice: PO2 reports back across both sites.
        QVERIFY(PostofficeMail(*po(QStringLiteral("NWNET/PO1")))
                    .send(QStringLiteral("CDIAZ"), QStringLiteral("NWNET/PO2/NOBODY"),
                          QStringLiteral("Not there"), QStringLiteral("x"))
                    .ok());
        runAll();
        const QList<PoMail> reports = mailOf(QStringLiteral("NWNET/PO1"), QStringLiteral("CDIAZ"));
        QCOMPARE(reports.size(), 3);
        QStringList subjects;
        for (const PoMail& m : reports) {
            QVERIFY(m.message.report);
            subjects << m.message.subject;
        }
        subjects.sort();
        QCOMPARE(subjects, (QStringList{QStringLiteral("Undeliverable: No one"),
                                        QStringLiteral("Undeliverable: Not there"),
                                        QStringLiteral("Undeliverable: Nowhere")}));
        for (const PoMail& m : reports) {
            if (m.message.subject.endsWith(QLatin1String("No one")))
                QVERIFY2(m.message.body.contains(QStringLiteral("no route to MS:NORTHWIND/SEATTLE/NOBODY")),
                         qPrintable(m.message.body));
        }
        auto seattle = site(QStringLiteral("SEATTLE"));
        auto events =
            seattle->connection().scalar(QStringLiteral("SELECT count(*) FROM events WHERE event_id = 1001"));
        QCOMPARE(events->toInt(), 1);
    }

    void replicationRunsWithTheServices()
    {
        auto london = site(QStringLiteral("LONDON"));
        const Dn recipients = SiteBuilder::recipientsDn(Org, QStringLiteral("LONDON"));
        ChangeSet c;
        c.create(QStringLiteral("mailbox"), recipients,
                 {{attr::MailNickname, {QStringLiteral("NewL")}},
                  {attr::DisplayName, {QStringLiteral("New Londoner")}}});
        c.replace(recipients.child(QStringLiteral("cn"), QStringLiteral("AnneD")), attr::Title,
                  {QStringLiteral("Director")});
        c.remove(recipients.child(QStringLiteral("cn"), QStringLiteral("PaulH")));
        QVERIFY(london->commit(c).ok());
        QVERIFY(runAll().replicated >= 3);
        auto seattle = site(QStringLiteral("SEATTLE"));
        QVERIFY(seattle->object(recipients.child(QStringLiteral("cn"), QStringLiteral("NewL"))).ok());
        QCOMPARE(seattle->object(recipients.child(QStringLiteral("cn"), QStringLiteral("AnneD")))
                     ->value(attr::Title),
                 QStringLiteral("Director"));
        QVERIFY(!seattle->object(recipients.child(QStringLiteral("cn"), QStringLiteral("PaulH"))).ok());
        // With the Directory stopped on X1, SEATTLE does not pull.
        // (what needs the Directory stops first)
        for (const QString& svc : {QStringLiteral("PO1 Connector MTA"), Services::MsMailInterchange,
                                   Services::Mta, Services::DirectorySynchronization}) {
            QVERIFY(Services::stop(*seattle, QStringLiteral("X1"), svc).ok());
        }
        QVERIFY(Services::stop(*seattle, QStringLiteral("X1"), Services::Directory).ok());
        ChangeSet later;
        later.replace(recipients.child(QStringLiteral("cn"), QStringLiteral("AnneD")), attr::Title,
                      {QStringLiteral("Chair")});
        QVERIFY(london->commit(later).ok());
        runAll();
        QCOMPARE(seattle->object(recipients.child(QStringLiteral("cn"), QStringLiteral("AnneD")))
                     ->value(attr::Title),
                 QStringLiteral("Director"));
        QVERIFY(Services::start(*seattle, QStringLiteral("X1"), Services::Directory).ok());
        runAll();
        QCOMPARE(seattle->object(recipients.child(QStringLiteral("cn"), QStringLiteral("AnneD")))
                     ->value(attr::Title),
                 QStringLiteral("Chair"));
    }

    void replicationFollowsTheConnectorsSchedule()
    {
        auto seattle = site(QStringLiteral("SEATTLE"));
        auto london = site(QStringLiteral("LONDON"));
        const auto connectors =
            seattle->objectsOf(ListFilter{{QStringLiteral("directory-replication-connector")}, true}).value();
        QCOMPARE(connectors.size(), 2); // its own and LONDON's replica
        const auto own = std::find_if(connectors.begin(), connectors.end(),
                                      [](const DirectoryObject& o) { return !o.isReplica(); });
        const Dn drc = own->dn;
        const Dn recipients = SiteBuilder::recipientsDn(Org, QStringLiteral("LONDON"));
        const auto setStyle = [&](const QString& style, const QString& hours) {
            ChangeSet c;
            c.replace(drc, attr::ActivationStyle, {style});
            c.replace(drc, attr::ActivationSchedule, hours.isEmpty() ? QStringList() : QStringList{hours});
            QVERIFY(seattle->commit(c).ok());
        };
        const auto titleInSeattle = [&] {
            return seattle->object(recipients.child(QStringLiteral("cn"), QStringLiteral("AnneD")))
                ->value(attr::Title);
        };
        const auto retitle = [&](const QString& title) {
            ChangeSet c;
            c.replace(recipients.child(QStringLiteral("cn"), QStringLiteral("AnneD")), attr::Title, {title});
            QVERIFY(london->commit(c).ok());
        };
        // Never: nothing comes.
        setStyle(QStringLiteral("0"), {});
        retitle(QStringLiteral("Never"));
        runAll();
        QVERIFY(titleInSeattle() != QStringLiteral("Never"));
        // Selected times, but not this hour: nothing comes; this hour selected: it comes.
        QString hours(Schedule::Hours, QLatin1Char('1'));
        hours[Schedule::hourOfWeek(QDateTime::currentDateTime())] = QLatin1Char('0');
        setStyle(QStringLiteral("1"), hours);
        runAll();
        QVERIFY(titleInSeattle() != QStringLiteral("Never"));
        setStyle(QStringLiteral("1"), QString(Schedule::Hours, QLatin1Char('1')));
        runAll();
        QCOMPARE(titleInSeattle(), QStringLiteral("Never"));
    }

    void aTypedAddressSpaceLeadsThroughItsConnector()
    {
        // X1's MS Mail Connector is given MS:FARNET/* by hand: SEATTLE hands such mail to PO1,
        // and LONDON, which knows the connector by replication, sends it to SEATTLE.
        auto seattle = site(QStringLiteral("SEATTLE"));
        const auto own = seattle->objectsOf(ListFilter{{QStringLiteral("msmail-connector")}, true}).value();
        const auto x1 =
            std::find_if(own.begin(), own.end(), [](const DirectoryObject& o) { return !o.isReplica(); });
        ChangeSet c;
        c.replace(x1->dn, attr::AddressSpace, {QStringLiteral("MS:FARNET/*")});
        QVERIFY(seattle->commit(c).ok());
        const Message far =
            Message::create(QStringLiteral("MS:NWNET/PO2/AHOFF"), QStringLiteral("MS:FARNET/PO9/BOB"),
                            QStringLiteral("far"), QStringLiteral("x"));
        const Route here = SiteTransport(*seattle, m_org->dir()).route(far);
        QCOMPARE(int(here.kind), int(Route::Kind::Postoffice));
        QCOMPARE(here.postoffice, QStringLiteral("NWNET/PO1"));
        runAll(); // replication brings the change to LONDON
        auto london = site(QStringLiteral("LONDON"));
        const Route there = SiteTransport(*london, m_org->dir()).route(far);
        QCOMPARE(int(there.kind), int(Route::Kind::Site));
        QCOMPARE(there.site, QStringLiteral("SEATTLE"));
        // Without the typed space, no connector leads there: a report.
        QCOMPARE(int(SiteTransport(*seattle, m_org->dir())
                         .route(Message::create(far.from, QStringLiteral("MS:OTHERNET/PO9/BOB"), far.subject,
                                                far.body))
                         .kind),
                 int(Route::Kind::Unroutable));
    }

    void aPartnerSiteConnectorIsMadeOnce()
    {
        // The demo has site connectors both ways: nothing to make, nothing written.
        const QString before = sa::test::databaseDigest(m_org->sitePath(QStringLiteral("LONDON")));
        auto made = ConnectorPartners::createSiteConnector(*m_org, QStringLiteral("SEATTLE"),
                                                           QStringLiteral("LONDON"), 3);
        QVERIFY(made.ok());
        QVERIFY(!made.value());
        QCOMPARE(sa::test::databaseDigest(m_org->sitePath(QStringLiteral("LONDON"))), before);
        // Without LONDON's, it is made once, leading back with the same cost.
        auto london = site(QStringLiteral("LONDON"));
        const auto own = london->objectsOf(ListFilter{{QStringLiteral("site-connector")}, true}).value();
        ChangeSet c;
        for (const DirectoryObject& o : own) {
            if (!o.isReplica())
                c.remove(o.dn);
        }
        QVERIFY(london->commit(c).ok());
        QVERIFY(!ConnectorPartners::exists(*m_org, QStringLiteral("LONDON"), QStringLiteral("site-connector"),
                                           attr::TargetSite, QStringLiteral("SEATTLE"))
                     .value());
        QVERIFY(ConnectorPartners::createSiteConnector(*m_org, QStringLiteral("SEATTLE"),
                                                       QStringLiteral("LONDON"), 3)
                    .value());
        QVERIFY(!ConnectorPartners::createSiteConnector(*m_org, QStringLiteral("SEATTLE"),
                                                        QStringLiteral("LONDON"), 3)
                     .value());
        auto partner =
            london->object(SiteBuilder::connectionsDn(Org, QStringLiteral("LONDON"))
                               .child(QStringLiteral("cn"), QStringLiteral("Site Connector (SEATTLE)")));
        QVERIFY(partner.ok());
        QCOMPARE(partner->value(attr::Cost), QStringLiteral("3"));
    }

    void aSiteHasOneConnectorOfEachKindToEachOtherSite()
    {
        // The demo's SEATTLE has a Site Connector and a Directory Replication Connector to LONDON: a
        // second of either is refused, by any door (here the store; the window and siteadminctl
        // commit through the same writer), and nothing is written.
        auto seattle = site(QStringLiteral("SEATTLE"));
        const QString before = sa::test::databaseDigest(m_org->sitePath(QStringLiteral("SEATTLE")));
        ChangeSet sc;
        sc.create(QStringLiteral("site-connector"),
                  SiteBuilder::connectionsDn(Org, QStringLiteral("SEATTLE")),
                  {{attr::DisplayName, {QStringLiteral("Second to London")}},
                   {attr::TargetSite, {QStringLiteral("london")}}},
                  QStringLiteral("Second to London"));
        auto refused = seattle->commit(sc);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::AlreadyExists);
        QVERIFY2(refused.error().message().contains(
                     QStringLiteral("site SEATTLE already has a Site Connector to LONDON")),
                 qPrintable(refused.error().message()));
        ChangeSet drc;
        drc.create(QStringLiteral("directory-replication-connector"),
                   SiteBuilder::directoryReplicationDn(Org, QStringLiteral("SEATTLE")),
                   {{attr::DisplayName, {QStringLiteral("LONDON again")}},
                    {attr::RemoteSite, {QStringLiteral("LONDON")}}},
                   QStringLiteral("LONDON again"));
        refused = seattle->commit(drc);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message().contains(
                     QStringLiteral("already has a Directory Replication Connector to LONDON")),
                 qPrintable(refused.error().message()));
        // Nor one to the site itself.
        ChangeSet self;
        self.create(
            QStringLiteral("site-connector"), SiteBuilder::connectionsDn(Org, QStringLiteral("SEATTLE")),
            {{attr::DisplayName, {QStringLiteral("Loop")}}, {attr::TargetSite, {QStringLiteral("SEATTLE")}}},
            QStringLiteral("Loop"));
        refused = seattle->commit(self);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message().contains(QStringLiteral("leads to another site")),
                 qPrintable(refused.error().message()));
        QCOMPARE(sa::test::databaseDigest(m_org->sitePath(QStringLiteral("SEATTLE"))), before);
        // Two in one change set are refused as well; one to a new site is taken.
        QVERIFY(m_org->addSite(QStringLiteral("PARIS"), QStringLiteral("X3")).ok());
        ChangeSet two;
        for (const QString& name : {QStringLiteral("Paris A"), QStringLiteral("Paris B")})
            two.create(QStringLiteral("site-connector"),
                       SiteBuilder::connectionsDn(Org, QStringLiteral("SEATTLE")),
                       {{attr::DisplayName, {name}}, {attr::TargetSite, {QStringLiteral("PARIS")}}}, name);
        QVERIFY(!seattle->commit(two).ok());
        QCOMPARE(sa::test::databaseDigest(m_org->sitePath(QStringLiteral("SEATTLE"))), before);
        ChangeSet one;
        one.create(
            QStringLiteral("site-connector"), SiteBuilder::connectionsDn(Org, QStringLiteral("SEATTLE")),
            {{attr::DisplayName, {QStringLiteral("Paris")}}, {attr::TargetSite, {QStringLiteral("PARIS")}}},
            QStringLiteral("Paris"));
        QVERIFY(seattle->commit(one).ok());
    }

    void servicesKeepTheirDependencies()
    {
        auto seattle = site(QStringLiteral("SEATTLE"));
        auto refused = Services::stop(*seattle, QStringLiteral("X1"), Services::Directory);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message().contains(QStringLiteral("is needed by Message Transfer Agent")),
                 qPrintable(refused.error().message()));
        QVERIFY(!Services::pause(*seattle, QStringLiteral("X1"), Services::DirectorySynchronization)
                     .ok()); // stopped
        auto started = Services::start(*seattle, QStringLiteral("X1"), Services::DirectorySynchronization);
        QVERIFY(started.ok());
        QCOMPARE(started.value(), QStringList{Services::DirectorySynchronization});
        QVERIFY(Services::pause(*seattle, QStringLiteral("X1"), Services::DirectorySynchronization).ok());
        QCOMPARE(Services::state(*seattle, QStringLiteral("X1"), Services::DirectorySynchronization).value(),
                 ServiceState::Paused);
        QVERIFY(Services::resume(*seattle, QStringLiteral("X1"), Services::DirectorySynchronization).ok());
        QVERIFY(!Services::state(*seattle, QStringLiteral("X1"), QStringLiteral("Telnet")).ok());
    }

    void stoppingWithDependentsAndRestarting()
    {
        auto seattle = site(QStringLiteral("SEATTLE"));
        const QString x1 = QStringLiteral("X1");
        QVERIFY(Services::start(*seattle, x1, Services::DirectorySynchronization).ok());
        QVERIFY(Services::pause(*seattle, x1, Services::DirectorySynchronization).ok());
        // The Directory is needed by the MTA, which Directory Synchronization needs (paused counts),
        // and by the MS Mail Connector Interchange and its MTAs when they run.
        auto running = Services::status(*seattle, x1);
        QVERIFY(running.ok());
        QStringList expected;
        for (const ServiceStatus& st : running.value()) {
            if (st.state != ServiceState::Stopped && st.name != Services::SystemAttendant &&
                st.name != Services::Directory)
                expected << st.name;
        }
        auto needing = Services::dependents(*seattle, x1, Services::Directory);
        QVERIFY(needing.ok());
        QCOMPARE(QSet<QString>(needing->cbegin(), needing->cend()),
                 QSet<QString>(expected.cbegin(), expected.cend()));
        // The furthest first: Directory Synchronization before the MTA it needs.
        QVERIFY(needing->indexOf(Services::DirectorySynchronization) < needing->indexOf(Services::Mta));

        auto restarted = Services::restart(*seattle, x1, Services::Mta);
        QVERIFY2(restarted.ok(), qPrintable(restarted.ok() ? QString() : restarted.error().message()));
        QCOMPARE(restarted.value(), (QStringList{Services::DirectorySynchronization, Services::Mta,
                                                 Services::Mta, Services::DirectorySynchronization}));
        QCOMPARE(Services::state(*seattle, x1, Services::DirectorySynchronization).value(),
                 ServiceState::Running);

        auto stopped = Services::stopWithDependents(*seattle, x1, Services::Mta);
        QVERIFY(stopped.ok());
        QCOMPARE(stopped.value(), (QStringList{Services::DirectorySynchronization, Services::Mta}));
        QCOMPARE(Services::state(*seattle, x1, Services::Directory).value(), ServiceState::Running);
        QVERIFY(!Services::isRunning(*seattle, x1, Services::Mta));
    }

    void aDamagedMessageIsSetAsideAndTheRestFlows()
    {
        auto seattle = site(QStringLiteral("SEATTLE"));
        QVERIFY(
            seattle->connection()
                .exec(QStringLiteral(
                    "INSERT INTO mta_queue(message_id, sender, recipient, subject, body, submitted, hops,"
                    " report) VALUES ('broken-1', 'MS:NWNET/PO1/AMARTIN', '', 'x', 'x', 'not a date', 0, 0)"))
                .ok());
        QVERIFY(PostofficeMail(*po(QStringLiteral("NWNET/PO1")))
                    .send(QStringLiteral("AMARTIN"), QStringLiteral("NWNET/PO2/BEVANS"),
                          QStringLiteral("Still flowing"), QStringLiteral("x"))
                    .ok());
        runAll();
        QCOMPARE(mailOf(QStringLiteral("NWNET/PO2"), QStringLiteral("BEVANS")).size(), 1);
        auto state = seattle->connection().scalar(
            QStringLiteral("SELECT state FROM mta_queue WHERE message_id = 'broken-1'"));
        QCOMPARE(state->toString(), QStringLiteral("held"));
        auto event =
            seattle->connection().scalar(QStringLiteral("SELECT text FROM events WHERE event_id = 1002"));
        QVERIFY(event->toString().contains(QStringLiteral("broken-1 was set aside")));
        QCOMPARE(runAll().total(), 0);
    }

    void mailForAStoppedConnectorMtaWaitsWithoutHoldingUpTheRest()
    {
        auto seattle = site(QStringLiteral("SEATTLE"));
        QVERIFY(Services::stop(*seattle, QStringLiteral("X1"), QStringLiteral("PO1 Connector MTA")).ok());
        // More than one batch of mail for PO1 waits at the front of SEATTLE's queue ...
        SiteTransport transport(*seattle, m_org->dir());
        for (int i = 0; i < 600; ++i) {
            Message m = Message::create(QStringLiteral("MS:NORTHWIND/SEATTLE/ADMIN"),
                                        QStringLiteral("MS:NWNET/PO1/CDIAZ"), QStringLiteral("w%1").arg(i),
                                        QStringLiteral("x"));
            QVERIFY(transport.accept(m).ok());
        }
        // ... and mail behind it, for PO2 over the site connector, still goes.
        QVERIFY(transport
                    .accept(Message::create(QStringLiteral("MS:NORTHWIND/SEATTLE/ADMIN"),
                                            QStringLiteral("MS:NWNET/PO2/AHOFF"), QStringLiteral("Behind"),
                                            QStringLiteral("x")))
                    .ok());
        runAll();
        QCOMPARE(mailOf(QStringLiteral("NWNET/PO2"), QStringLiteral("AHOFF")).size(), 1);
        QCOMPARE(mailOf(QStringLiteral("NWNET/PO1"), QStringLiteral("CDIAZ")).size(), 0);
        QCOMPARE(MtaQueue(*seattle).waitingCount().value(), 600);
        // Started again, the connector MTA delivers all of it, once.
        QVERIFY(Services::start(*seattle, QStringLiteral("X1"), QStringLiteral("PO1 Connector MTA")).ok());
        runAll();
        QCOMPARE(mailOf(QStringLiteral("NWNET/PO1"), QStringLiteral("CDIAZ")).size(), 600);
        QCOMPARE(MtaQueue(*seattle).waitingCount().value(), 0);
    }

    void aConnectorMtaAddedOrRemovedIsAServiceAtOnce()
    {
        // The services a server's connectors define are read again only when an object changed
        // (DirectoryStore::derived): on a connection kept open for a whole cycle, a PC MTA added or
        // removed is a service, or no longer one, at the next question.
        const SqliteConnection::KeepOpen keep;
        const QString x1 = QStringLiteral("X1");
        const QString po9 = QStringLiteral("PO9 Connector MTA");
        auto seattle = site(QStringLiteral("SEATTLE"));
        QVERIFY(Services::state(*seattle, x1, QStringLiteral("PO1 Connector MTA")).ok());
        QCOMPARE(Services::state(*seattle, x1, po9).error().code(), ErrorCode::NotFound);
        auto connectors = seattle->objectsOf(ListFilter{{QStringLiteral("msmail-connector")}, true});
        QVERIFY(connectors.ok() && !connectors->isEmpty());
        const Dn connector = connectors->first().dn;
        const QString mta = QStringLiteral("PO9 Connector MTA|60|NWNET/PO9");
        ChangeSet add;
        add.modify(connector, {{attr::ConnectorMta, AttributeChange::Op::Add, {mta}}});
        QVERIFY(seattle->commit(add).ok());
        auto added = Services::state(*seattle, x1, po9);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message()));
        QCOMPARE(added.value(), ServiceState::Stopped);
        // Asked again through another store on the same kept connection: the same answer.
        seattle.reset();
        seattle = site(QStringLiteral("SEATTLE"));
        QVERIFY(Services::state(*seattle, x1, po9).ok());
        ChangeSet remove;
        remove.modify(connector, {{attr::ConnectorMta, AttributeChange::Op::Remove, {mta}}});
        QVERIFY(seattle->commit(remove).ok());
        QCOMPARE(Services::state(*seattle, x1, po9).error().code(), ErrorCode::NotFound);
        // Inside a transaction the answer is the transaction's own, and nothing of it is kept after
        // it rolls back.
        bool seenInside = false;
        const Status rolledBack = seattle->write([&](DirectoryWriter& w) -> Status {
            if (Status s = w.modify(connector, {{attr::ConnectorMta, AttributeChange::Op::Add, {mta}}}); !s)
                return s;
            seenInside = Services::state(*seattle, x1, po9).ok();
            return Error(ErrorCode::Storage, QStringLiteral("rolled back on purpose"));
        });
        QVERIFY(!rolledBack);
        QVERIFY(seenInside);
        QCOMPARE(Services::state(*seattle, x1, po9).error().code(), ErrorCode::NotFound);
    }

    /// A Directory Replication Connector whose Local Bridgehead is not a server's DN (written past the
    /// window's checks) stopped the whole run with a fatal error: it is said, left out, and the mail
    /// and the other site's connector go on.
    void aConnectorWithABrokenBridgeheadIsSaidAndTheRestGoesOn()
    {
        auto seattle = site(QStringLiteral("SEATTLE"));
        QVERIFY(seattle->connection()
                    .exec(QStringLiteral(
                              "UPDATE attrs SET value = 'X1' WHERE name = ? AND object_id IN"
                              " (SELECT id FROM objects WHERE class = 'directory-replication-connector')"),
                          {attr::LocalBridgehead})
                    .ok());
        seattle.reset();
        auto id = PostofficeMail(*po(QStringLiteral("NWNET/PO1")))
                      .send(QStringLiteral("AMARTIN"), QStringLiteral("NWNET/PO2/AHOFF"),
                            QStringLiteral("Still"), QStringLiteral("goes"));
        QVERIFY(id.ok());
        auto r = Runner(*m_org).runUntilIdle(60);
        QVERIFY2(r.ok(), qPrintable(r.error().message()));
        QCOMPARE(r->problems.size(), 1);
        QVERIFY2(r->problems.first().english().contains(
                     QStringLiteral("names no server as its local bridgehead (\"X1\")")),
                 qPrintable(r->problems.first().english()));
        QVERIFY(r->routed >= 2);
        QCOMPARE(mailOf(QStringLiteral("NWNET/PO2"), QStringLiteral("AHOFF")).size(), 1);
    }

    void aPassHoldsABoundedAmountOfMail()
    {
        // Four messages of 3 M characters each wait (the connector MTA is stopped): the MTA takes
        // them in batches of no more than 8 M, the first of a batch whatever its size (issue 18: a
        // first full dirsync queues a reply of the whole directory for every postoffice).
        auto seattle = site(QStringLiteral("SEATTLE"));
        QVERIFY(Services::stop(*seattle, QStringLiteral("X1"), QStringLiteral("PO1 Connector MTA")).ok());
        SiteTransport transport(*seattle, m_org->dir());
        const QString big(3 * 1024 * 1024, QLatin1Char('d'));
        for (int i = 0; i < 4; ++i)
            QVERIFY(transport
                        .accept(Message::create(QStringLiteral("MS:NORTHWIND/SEATTLE/ADMIN"),
                                                QStringLiteral("MS:NWNET/PO1/CDIAZ"),
                                                QStringLiteral("big%1").arg(i), big))
                        .ok());
        const MtaQueue queue(*seattle);
        auto first = queue.waitingAfter(0, 500, 8 * 1024 * 1024);
        QVERIFY(first.ok());
        QCOMPARE(first->size(), 2);
        QCOMPARE(first->at(1).message.body.size(), big.size());
        auto next = queue.waitingAfter(first->last().seq, 500, 8 * 1024 * 1024);
        QCOMPARE(next->size(), 2);
        QCOMPARE(next->first().message.subject, QStringLiteral("big2"));
        auto alone = queue.waitingAfter(0, 500, 1024);
        QCOMPARE(alone->size(), 1);
        QCOMPARE(queue.waitingAfter(0, 3, 1024 * 1024 * 1024)->size(), 3); // the count still bounds it
        // Started again, the connector MTA delivers all of them, once, batch after batch.
        QVERIFY(Services::start(*seattle, QStringLiteral("X1"), QStringLiteral("PO1 Connector MTA")).ok());
        runAll();
        QCOMPARE(mailOf(QStringLiteral("NWNET/PO1"), QStringLiteral("CDIAZ")).size(), 4);
        QCOMPARE(MtaQueue(*seattle).waitingCount().value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
