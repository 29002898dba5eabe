#include "core/directory/AddressSyntax.h"
#include "core/directory/ChangeSet.h"
#include "core/directory/DirectoryExporter.h"
#include "core/directory/DirectoryImporter.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/directory/SiteServers.h"
#include "core/host/DemoOrganization.h"
#include "core/host/Runner.h"
#include "core/message/Message.h"
#include "core/services/Services.h"
#include "core/transport/MtaQueue.h"
#include "core/transport/SiteMail.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sa::core;

namespace {
const QString Org = QStringLiteral("NORTHWIND");
const QString Seattle = QStringLiteral("SEATTLE");
} // namespace

/// A mailbox lives on a server of its site (issue 22): Home-Server is required, given by the
/// server's name or DN, the site's first server when nobody chose one, never a server of another
/// site; moving it to another server of the site is an edit; the server's MTA delivers its mail, so
/// mail to it waits while that MTA is stopped. `Organization::addServer` joins a second server to a
/// site, as the original's Setup did, its services as Setup left them.
class TestHomeServer : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Organization> m_org;
    std::unique_ptr<DirectoryStore> m_store;

    Dn recipients() const { return SiteBuilder::recipientsDn(Org, Seattle); }
    QString serverDn(const QString& name) const
    {
        return SiteBuilder::serverDn(Org, Seattle, name).toString();
    }
    Result<CommitResult> createMailbox(const QString& alias, const QStringList& home)
    {
        ChangeSet c;
        AttributeValues values{{attr::DisplayName, {alias}}, {attr::MailNickname, {alias}}};
        if (!home.isEmpty())
            values[attr::HomeServer] = home;
        c.create(QStringLiteral("mailbox"), recipients(), values, alias);
        return m_store->commit(c);
    }
    DirectoryObject mailbox(const QString& alias) const
    {
        auto o = m_store->object(recipients().child(QStringLiteral("cn"), alias));
        return o ? o.value() : DirectoryObject();
    }
    int objectCount() const
    {
        return m_store->connection().scalar(QStringLiteral("SELECT count(*) FROM objects"))->toInt();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto org = DemoOrganization::build(m_dir->path(), DemoStage::Linked);
        QVERIFY2(org.ok(), qPrintable(org.error().message()));
        m_org = std::make_unique<Organization>(org.value());
        auto added = m_org->addServer(Seattle, QStringLiteral("X1B"));
        QVERIFY2(added.ok(), qPrintable(added.error().message()));
        QCOMPARE(added->servers, (QStringList{QStringLiteral("X1"), QStringLiteral("X1B")}));
        auto store = DirectoryStore::open(m_org->sitePath(Seattle));
        QVERIFY(store.ok());
        m_store = std::move(store).value();
    }
    void cleanup()
    {
        m_store.reset();
        m_org.reset();
        m_dir.reset();
    }

    void aJoinedServerRunsAsSetupLeftIt()
    {
        auto servers = SiteServers::of(*m_store);
        QVERIFY(servers.ok());
        QCOMPARE(servers->size(), 2);
        QCOMPARE(servers->first().rdn(), QStringLiteral("X1")); // the one the site was made with
        QCOMPARE(SiteServers::first(*m_store)->rdn(), QStringLiteral("X1"));
        auto services = Services::status(*m_store, QStringLiteral("X1B"));
        QVERIFY(services.ok());
        QVERIFY(!services->isEmpty());
        // Setup left a server's System Attendant, Directory and MTA running, Directory
        // Synchronization stopped (it is set up afterwards), as on the site's first server.
        QStringList states;
        for (const ServiceStatus& s : services.value())
            states << s.name + u'=' + stateName(s.state);
        QCOMPARE(states,
                 (QStringList{QStringLiteral("System Attendant=Running"), QStringLiteral("Directory=Running"),
                              QStringLiteral("Message Transfer Agent=Running"),
                              QStringLiteral("Directory Synchronization=Stopped")}));
        // Names are the organization's: LONDON's X2 cannot join SEATTLE, nor a server a site nobody has.
        auto twice = m_org->addServer(Seattle, QStringLiteral("x2"));
        QVERIFY(!twice);
        QCOMPARE(twice.error().code(), ErrorCode::AlreadyExists);
        QVERIFY2(twice.error().message().contains(QLatin1String("X2 (in site LONDON)")),
                 qPrintable(twice.error().message()));
        auto nowhere = m_org->addServer(QStringLiteral("NOWHERE"), QStringLiteral("X9"));
        QVERIFY(!nowhere);
        QCOMPARE(nowhere.error().code(), ErrorCode::NotFound);
        QCOMPARE(SiteServers::of(*m_store)->size(), 2);
    }

    void aNewMailboxLivesOnTheServerNamedOrTheSitesFirst()
    {
        QVERIFY(createMailbox(QStringLiteral("Plain"), {}).ok());
        QCOMPARE(mailbox(QStringLiteral("Plain")).value(attr::HomeServer), serverDn(QStringLiteral("X1")));
        // By its name in any case, or by its DN: kept as the DN.
        QVERIFY(createMailbox(QStringLiteral("ByName"), {QStringLiteral("x1b")}).ok());
        QCOMPARE(mailbox(QStringLiteral("ByName")).value(attr::HomeServer), serverDn(QStringLiteral("X1B")));
        QVERIFY(createMailbox(QStringLiteral("ByDn"), {serverDn(QStringLiteral("X1B")).toUpper()}).ok());
        QCOMPARE(mailbox(QStringLiteral("ByDn")).value(attr::HomeServer), serverDn(QStringLiteral("X1B")));
    }

    void aServerOfAnotherSiteOrNoneIsRefusedAndNothingIsWritten()
    {
        const int before = objectCount();
        const qint64 usn = m_store->highestUsn();
        const QString londonX2 =
            SiteBuilder::serverDn(Org, QStringLiteral("LONDON"), QStringLiteral("X2")).toString();
        QVERIFY(m_store->object(Dn::parse(londonX2).value()).ok()); // LONDON's server, as a replica here
        for (const QString& home : {QStringLiteral("X2"), londonX2, QStringLiteral("FALCON")}) {
            auto made = createMailbox(QStringLiteral("Nowhere"), {home});
            QVERIFY2(!made, qPrintable(home));
            QCOMPARE(made.error().code(), ErrorCode::InvalidValue);
            QCOMPARE(made.error().message(),
                     QStringLiteral(
                         "the Home-Server \"%1\" is not a server of site SEATTLE (its servers: X1, X1B)")
                         .arg(home));
        }
        QCOMPARE(objectCount(), before);
        QCOMPARE(m_store->highestUsn(), usn);
    }

    void movingIsAnEditAndTheHomeServerCannotBeTakenAway()
    {
        QVERIFY(createMailbox(QStringLiteral("Mover"), {}).ok());
        const DirectoryObject before = mailbox(QStringLiteral("Mover"));
        ChangeSet move;
        move.replace(before.dn, attr::HomeServer, {QStringLiteral("X1B")});
        QVERIFY(m_store->commit(move).ok());
        const DirectoryObject after = mailbox(QStringLiteral("Mover"));
        QCOMPARE(after.value(attr::HomeServer), serverDn(QStringLiteral("X1B")));
        QVERIFY(after.usnChanged > before.usnChanged);
        QCOMPARE(after.guid, before.guid); // the same mailbox, its mail with it

        ChangeSet away;
        away.replace(before.dn, attr::HomeServer, {});
        auto refused = m_store->commit(away);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::MissingAttribute);
        QVERIFY2(refused.error().message().startsWith(QLatin1String("Home-Server is required on a Mailbox")),
                 qPrintable(refused.error().message()));
        ChangeSet elsewhere;
        elsewhere.replace(before.dn, attr::HomeServer, {QStringLiteral("X2")});
        QVERIFY(!m_store->commit(elsewhere));
        QCOMPARE(mailbox(QStringLiteral("Mover")).value(attr::HomeServer), serverDn(QStringLiteral("X1B")));
    }

    void exportNamesTheServerAndImportReadsItBack()
    {
        QVERIFY(createMailbox(QStringLiteral("Exported"), {QStringLiteral("X1B")}).ok());
        const QString file = m_dir->filePath(QStringLiteral("out.csv"));
        DirectoryExporter::Options options;
        options.container = recipients();
        options.classes = {QStringLiteral("mailbox")};
        QVERIFY(DirectoryExporter::exportFile(*m_store, options, file).ok());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
        const QStringList header = lines.first().trimmed().split(u',');
        const int column = int(header.indexOf(attr::HomeServer));
        QVERIFY(column > 0);
        QString exported;
        for (const QString& line : lines) {
            if (line.contains(QLatin1String(",Exported,")))
                exported = line.trimmed().split(u',').value(column);
        }
        QCOMPARE(exported, QStringLiteral("X1B")); // the server's name, as the SDK's files name it
        const qint64 usn = m_store->highestUsn();
        const auto again = DirectoryImporter::importFile(*m_store, file, recipients());
        QVERIFY(again.problems.isEmpty());
        QCOMPARE(again.modified, 0); // read back as the same server
        QCOMPARE(m_store->highestUsn(), usn);
    }

    void mailWaitsForItsHomeServersMta()
    {
        QVERIFY(Services::stop(*m_store, QStringLiteral("X1B"), Services::Mta).ok());
        QVERIFY(createMailbox(QStringLiteral("OnX1"), {QStringLiteral("X1")}).ok());
        QVERIFY(createMailbox(QStringLiteral("OnX1B"), {QStringLiteral("X1B")}).ok());
        const auto smtpOf = [this](const QString& alias) {
            for (const QString& p : mailbox(alias).valuesOf(attr::ProxyAddresses)) {
                if (AddressSyntax::typeOf(p) == QLatin1String("SMTP"))
                    return QStringLiteral("SMTP:") + AddressSyntax::valueOf(p);
            }
            return QString();
        };
        QVERIFY(!smtpOf(QStringLiteral("OnX1B")).isEmpty());
        QVERIFY(
            m_store
                ->write([&](DirectoryWriter& w) -> Status {
                    for (const QString& alias : {QStringLiteral("OnX1"), QStringLiteral("OnX1B")}) {
                        if (Status s = MtaQueue::enqueue(
                                w, Message::create(QStringLiteral("SMTP:someone@example.com"), smtpOf(alias),
                                                   QStringLiteral("Hello"), QStringLiteral("Body")));
                            !s)
                            return s;
                    }
                    return {};
                })
                .ok());
        QVERIFY(Runner(*m_org).runUntilIdle(20).ok());
        // X1's MTA runs: its mailbox has the message. X1B's is stopped: the other waits, and says why.
        QCOMPARE(SiteMail(*m_store).count(mailbox(QStringLiteral("OnX1")).guid).value(), 1);
        QCOMPARE(SiteMail(*m_store).count(mailbox(QStringLiteral("OnX1B")).guid).value(), 0);
        auto queued = MtaQueue(*m_store).all();
        QVERIFY(queued.ok());
        QCOMPARE(queued->size(), 1);
        QCOMPARE(queued->first().reason, QStringLiteral("the Message Transfer Agent on X1B is not running"));

        QVERIFY(Services::start(*m_store, QStringLiteral("X1B"), Services::Mta).ok());
        QVERIFY(Runner(*m_org).runUntilIdle(20).ok());
        QCOMPARE(SiteMail(*m_store).count(mailbox(QStringLiteral("OnX1B")).guid).value(), 1);
        QCOMPARE(MtaQueue(*m_store).all()->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHomeServer)
#include "tst_home_server.moc"
