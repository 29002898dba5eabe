#include "core/directory/AddressGenerator.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/host/DemoOrganization.h"
#include "core/transport/SiteTransport.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sa::core;

class TestOrganization : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createAndAddSite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("org"));
        auto org =
            Organization::create(path, QStringLiteral("NW"), QStringLiteral("SEATTLE"), QStringLiteral("X1"));
        QVERIFY2(org.ok(), qPrintable(org.error().message()));
        QVERIFY(QFile::exists(path + QStringLiteral("/sites/SEATTLE.sqlite")));
        auto site = org.value().addSite(QStringLiteral("LONDON"), QStringLiteral("X2"));
        QVERIFY2(site.ok(), qPrintable(site.error().message()));
        QVERIFY(QFile::exists(path + QStringLiteral("/sites/LONDON.sqlite")));

        auto reopened = Organization::open(path);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened->name(), QStringLiteral("NW"));
        auto sites = reopened->sites();
        QCOMPARE(sites->size(), 2);
        QCOMPARE(sites->at(0).name, QStringLiteral("SEATTLE")); // in the order they were added
        QCOMPARE(sites->at(1).servers, QStringList{QStringLiteral("X2")});
        QCOMPARE(reopened->siteOfServer(QStringLiteral("x1"))->name, QStringLiteral("SEATTLE"));
        QCOMPARE(reopened->siteOfServer(QStringLiteral("X9")).error().code(), ErrorCode::NotFound);

        // Each site's database has its own tree and the same organization object.
        auto seattle = DirectoryStore::open(reopened->sitePath(QStringLiteral("SEATTLE")));
        auto london = DirectoryStore::open(reopened->sitePath(QStringLiteral("LONDON")));
        const Dn orgDn = SiteBuilder::organizationDn(QStringLiteral("NW"));
        QCOMPARE(seattle.value()->object(orgDn)->guid, london.value()->object(orgDn)->guid);
        QVERIFY(london.value()
                    ->object(SiteBuilder::serverDn(QStringLiteral("NW"), QStringLiteral("LONDON"),
                                                   QStringLiteral("X2")))
                    .ok());
        QVERIFY(!seattle.value()
                     ->object(SiteBuilder::siteDn(QStringLiteral("NW"), QStringLiteral("LONDON")))
                     .ok());

        // DNs find their site's database; the organization root lists across sites.
        QCOMPARE(
            reopened->sitePathFor(Dn::parse(QStringLiteral("/o=NW/ou=london/cn=Recipients")).value()).value(),
            reopened->sitePath(QStringLiteral("LONDON")));
        QCOMPARE(reopened->sitePathFor(Dn::parse(QStringLiteral("/o=NW/ou=PARIS")).value()).error().code(),
                 ErrorCode::NotFound);
        QCOMPARE(reopened->sitePathFor(Dn::parse(QStringLiteral("/o=OTHER")).value()).error().code(),
                 ErrorCode::NotFound);
        auto servers = reopened->list(orgDn, -1, QStringLiteral("server"));
        QCOMPARE(servers->size(), 2);
    }

    /// Organization and site names are directory names, in Unicode as the original kept them: letters
    /// beyond ASCII are taken (issue 21), and what is made from them for MS Mail and addresses is
    /// written without the accents.
    void namesWithLettersBeyondAscii()
    {
        QTemporaryDir dir;
        auto org = Organization::create(dir.filePath(QStringLiteral("org")), QStringLiteral("MÜNCHEN"),
                                        QStringLiteral("SÜD"), QStringLiteral("X1"));
        QVERIFY2(org.ok(), qPrintable(org.error().message()));
        auto site = org.value().addSite(QStringLiteral("Zürich Ost"), QStringLiteral("X2"));
        QVERIFY2(site.ok(), qPrintable(site.error().message()));
        auto reopened = Organization::open(dir.filePath(QStringLiteral("org")));
        QVERIFY(reopened.ok());
        QCOMPARE(reopened->name(), QStringLiteral("MÜNCHEN"));
        QCOMPARE(reopened->sites()->at(1).name, QStringLiteral("Zürich Ost"));
        QCOMPARE(reopened->sitePathFor(Dn::parse(QStringLiteral("/o=MÜNCHEN/ou=zürich ost")).value()).value(),
                 reopened->sitePath(QStringLiteral("Zürich Ost")));
        QCOMPARE(SiteTransport::shadowPostoffice(QStringLiteral("MÜNCHEN"), QStringLiteral("SÜD")),
                 QStringLiteral("MUNCHEN/SUD"));
        QCOMPARE(AddressGenerator::defaultTemplates(QStringLiteral("MÜNCHEN"), QStringLiteral("Zürich Ost")),
                 (QStringList{QStringLiteral("SMTP:@zurichost.munchen.com"),
                              QStringLiteral("MS:MUNCHEN/ZURICHOST"),
                              QStringLiteral("X400:c=US;a= ;p=MUNCHEN;o=Zurich Ost;")}));
    }

    void refusalsWriteNothing_data()
    {
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("expected");
        QTest::newRow("same site") << "seattle"
                                   << "X7"
                                   << "already has a site named SEATTLE";
        QTest::newRow("same server") << "PARIS"
                                     << "x1"
                                     << "already has a server named X1";
        QTest::newRow("empty site") << ""
                                    << "X7"
                                    << "site name is empty";
        QTest::newRow("slash in site") << "A/B"
                                       << "X7"
                                       << "contains '/'";
        QTest::newRow("long server") << "PARIS"
                                     << "SERVERNAMETOOLONG"
                                     << "longer than 15";
        QTest::newRow("space in server") << "PARIS"
                                         << "X 7"
                                         << "contains ' '";
        // A server is a computer's network name: ASCII, as host names are (issue 21).
        QTest::newRow("accent in server") << "PARIS"
                                          << "X7é"
                                          << "contains 'é'; use ASCII letters";
    }
    void refusalsWriteNothing()
    {
        QFETCH(QString, site);
        QFETCH(QString, server);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        auto org = Organization::create(dir.path(), QStringLiteral("NW"), QStringLiteral("SEATTLE"),
                                        QStringLiteral("X1"));
        QVERIFY(org.ok());
        const QString before = sa::test::folderDigest(dir.path());
        auto r = org.value().addSite(site, server);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message().contains(expected), qPrintable(r.error().message()));
        QCOMPARE(sa::test::folderDigest(dir.path()), before);
    }

    void initRefusesAnExistingOrganization()
    {
        QTemporaryDir dir;
        QVERIFY(
            Organization::create(dir.path(), QStringLiteral("NW"), QStringLiteral("S"), QStringLiteral("X1"))
                .ok());
        const QString before = sa::test::folderDigest(dir.path());
        auto again = Organization::create(dir.path(), QStringLiteral("NW2"), QStringLiteral("S2"),
                                          QStringLiteral("X2"));
        QCOMPARE(again.error().code(), ErrorCode::AlreadyExists);
        QCOMPARE(sa::test::folderDigest(dir.path()), before);
    }

    void openNamesWhatIsMissing()
    {
        QTemporaryDir dir;
        auto missing = Organization::open(dir.filePath(QStringLiteral("nothing")));
        QCOMPARE(missing.error().code(), ErrorCode::NotFound);
        QVERIFY(missing.error().message().contains(QStringLiteral("does not exist")));
        auto empty = Organization::open(dir.path());
        QCOMPARE(empty.error().code(), ErrorCode::NotFound);
        QVERIFY(empty.error().message().contains(QStringLiteral("holds no organization")));
    }

    void demoOrganization()
    {
        QTemporaryDir dir;
        auto org = DemoOrganization::build(dir.path(), DemoStage::Linked);
        QVERIFY2(org.ok(), qPrintable(org.error().message()));
        QCOMPARE(org->name(), QStringLiteral("NORTHWIND"));
        auto sites = org->sites();
        QCOMPARE(sites->size(), 2);
        QCOMPARE(org->siteOfServer(QStringLiteral("X1"))->name, QStringLiteral("SEATTLE"));
        QCOMPARE(org->siteOfServer(QStringLiteral("X2"))->name, QStringLiteral("LONDON"));
        for (const QString& site : {QStringLiteral("SEATTLE"), QStringLiteral("LONDON")}) {
            auto boxes = org->list(SiteBuilder::recipientsDn(QStringLiteral("NORTHWIND"), site), 1,
                                   QStringLiteral("mailbox"));
            QVERIFY(boxes->size() >= 24); // "a few dozen"
            QSet<QString> aliases;
            for (const DirectoryObject& b : boxes.value()) {
                QVERIFY(!b.value(attr::GivenName).isEmpty());
                QVERIFY(!b.value(attr::Title).isEmpty());
                QVERIFY(!b.value(attr::TelephoneNumber).isEmpty());
                QCOMPARE(b.valuesOf(attr::ProxyAddresses).size(), 3);
                aliases.insert(b.value(attr::MailNickname).toLower());
            }
            QCOMPARE(aliases.size(), int(boxes->size()));
        }
    }
};

QTEST_GUILESS_MAIN(TestOrganization)
#include "tst_organization.moc"
