#include "core/directory/AddressGenerator.h"
#include "core/directory/AddressSyntax.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sa::core;

namespace {
const QString Org = QStringLiteral("NW");
const QString Site = QStringLiteral("SEATTLE");
} // namespace

/// Addresses: their syntax per type, Site Addressing's generation of new recipients' addresses, and
/// the rules that keep aliases and addresses unique and references pointing somewhere.
class TestAddressing : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DirectoryStore> m_store;

    Dn recipients() const { return SiteBuilder::recipientsDn(Org, Site); }
    Dn boxDn(const QString& alias) const { return recipients().child(QStringLiteral("cn"), alias); }

    Result<CommitResult> create(const QString& cls, AttributeValues v)
    {
        ChangeSet c;
        c.create(cls, recipients(), v);
        return m_store->commit(c);
    }
    AttributeValues person(const QString& alias, const QString& given, const QString& surname) const
    {
        return {{attr::MailNickname, {alias}},
                {attr::DisplayName, {given + QLatin1Char(' ') + surname}},
                {attr::GivenName, {given}},
                {attr::Surname, {surname}}};
    }
    void expectRejected(const ChangeSet& c, const QString& expected)
    {
        const QString before = sa::test::databaseDigest(m_store->path());
        const auto r = m_store->commit(c);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message().contains(expected), qPrintable(r.error().message()));
        QCOMPARE(sa::test::databaseDigest(m_store->path()), before);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto org = Organization::create(m_dir->path(), Org, Site, QStringLiteral("X1"));
        QVERIFY(org.ok());
        m_store = std::move(DirectoryStore::open(org->sitePath(Site))).value();
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void syntaxPerType_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("problem"); // empty = valid
        QTest::newRow("ms") << "MS:NWNET/PO2/$SYSTEM"
                            << "";
        QTest::newRow("ms lower") << "ms:nwnet/po2/jdoe"
                                  << "";
        QTest::newRow("ms two parts") << "MS:NWNET/PO2"
                                      << "NETWORK/POSTOFFICE/MAILBOX";
        QTest::newRow("ms long network") << "MS:NETWORKNAME1/PO/X"
                                         << "network name \"NETWORKNAME1\" is longer than 10";
        QTest::newRow("ms long mailbox") << "MS:N/PO/ABCDEFGHIJK"
                                         << "mailbox name \"ABCDEFGHIJK\" is longer than 10";
        QTest::newRow("ms space") << "MS:N/P O/X"
                                  << "postoffice name \"P O\" contains ' '";
        QTest::newRow("smtp") << "SMTP:nancy.davolio@seattle.northwind.example"
                              << "";
        QTest::newRow("smtp no at") << "SMTP:nancy"
                                    << "name@domain";
        QTest::newRow("smtp space") << "SMTP:nancy d@x.example"
                                    << "' ' is not allowed";
        QTest::newRow("smtp bad domain") << "SMTP:n@x..example"
                                         << "domain";
        QTest::newRow("x400") << "X400:c=US;a= ;p=NW;o=SEATTLE;s=Davolio;g=Nancy;"
                              << "";
        QTest::newRow("x400 slashes") << "X400:/c=US/admd=/"
                                      << "is not an X.400 key";
        QTest::newRow("x400 no c") << "X400:a= ;p=NW;s=Davolio;"
                                   << "needs c=";
        QTest::newRow("x400 no name") << "X400:c=US;a= ;p=NW;o=S;"
                                      << "needs s=, g= or cn=";
        QTest::newRow("x400 twice") << "X400:c=US;c=GB;a= ;s=X;"
                                    << "c= is given twice";
        QTest::newRow("other") << "CCMAIL:Davolio, Nancy at SEATTLE"
                               << "";
        QTest::newRow("no type") << "nancy@x.example"
                                 << "TYPE:address";
    }
    void syntaxPerType()
    {
        QFETCH(QString, address);
        QFETCH(QString, problem);
        const Status s = AddressSyntax::check(address);
        QCOMPARE(s.ok(), problem.isEmpty());
        if (!problem.isEmpty())
            QVERIFY2(s.error().message().contains(problem), qPrintable(s.error().message()));
    }

    void templates()
    {
        QVERIFY(AddressSyntax::checkTemplate(QStringLiteral("SMTP:@seattle.nw.com")).ok());
        QVERIFY(AddressSyntax::checkTemplate(QStringLiteral("SMTP:%g.%s@seattle.nw.com")).ok());
        QVERIFY(AddressSyntax::checkTemplate(QStringLiteral("MS:NW/SEATTLE")).ok());
        QVERIFY(AddressSyntax::checkTemplate(QStringLiteral("X400:c=US;a= ;p=NW;o=SEATTLE;")).ok());
        QVERIFY(!AddressSyntax::checkTemplate(QStringLiteral("SMTP:seattle.nw.com")).ok());
        QVERIFY(!AddressSyntax::checkTemplate(QStringLiteral("MS:NW/SEATTLE/X")).ok());
        QCOMPARE(AddressGenerator::defaultTemplates(QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE")),
                 (QStringList{QStringLiteral("SMTP:@seattle.northwind.com"),
                              QStringLiteral("MS:NORTHWIND/SEATTLE"),
                              QStringLiteral("X400:c=US;a= ;p=NORTHWIND;o=SEATTLE;")}));
    }

    void generation()
    {
        const AttributeValues r{{attr::MailNickname, {QStringLiteral("ElodieZ")}},
                                {attr::GivenName, {QStringLiteral("Élodie")}},
                                {attr::Surname, {QStringLiteral("Zola Martin")}},
                                {attr::Initials, {QStringLiteral("EZ")}}};
        QCOMPARE(AddressGenerator::generate(QStringLiteral("SMTP:@nw.example"), r),
                 QStringLiteral("SMTP:ElodieZ@nw.example"));
        QCOMPARE(AddressGenerator::generate(QStringLiteral("SMTP:%g.%s@nw.example"), r),
                 QStringLiteral("SMTP:Elodie.ZolaMartin@nw.example"));
        QCOMPARE(AddressGenerator::generate(QStringLiteral("SMTP:%1g%s@nw.example"), r),
                 QStringLiteral("SMTP:EZolaMartin@nw.example"));
        QCOMPARE(AddressGenerator::generate(QStringLiteral("MS:NORTHWIND/SEATTLE"), r),
                 QStringLiteral("MS:NORTHWIND/SEATTLE/ELODIEZ"));
        QCOMPARE(AddressGenerator::generate(QStringLiteral("X400:c=US;a= ;p=NW;o=S;"), r),
                 QStringLiteral("X400:c=US;a= ;p=NW;o=S;s=Zola Martin;g=Elodie;i=EZ;"));
        // Letters that do not decompose are spelled out, in every address type (issue 21).
        const AttributeValues danish{{attr::MailNickname, {QStringLiteral("SorenG")}},
                                     {attr::GivenName, {QStringLiteral("Søren")}},
                                     {attr::Surname, {QStringLiteral("Größ-Ærø")}}};
        QCOMPARE(AddressGenerator::generate(QStringLiteral("SMTP:%g.%s@nw.example"), danish),
                 QStringLiteral("SMTP:Soren.Gross-AEro@nw.example"));
        QCOMPARE(AddressGenerator::generate(QStringLiteral("X400:c=US;a= ;p=NW;o=S;"), danish),
                 QStringLiteral("X400:c=US;a= ;p=NW;o=S;s=Gross-AEro;g=Soren;"));
        const AttributeValues longAlias{{attr::MailNickname, {QStringLiteral("verylongalias")}}};
        QCOMPARE(AddressGenerator::generate(QStringLiteral("MS:N/P"), longAlias),
                 QStringLiteral("MS:N/P/VERYLONGAL"));
        QCOMPARE(AddressGenerator::generate(QStringLiteral("SMTP:%g.%s@nw.example"), longAlias),
                 QStringLiteral("SMTP:verylongalias@nw.example")); // no names: the alias
        QCOMPARE(AddressGenerator::numbered(QStringLiteral("SMTP:a@b.example"), 2),
                 QStringLiteral("SMTP:a2@b.example"));
        QCOMPARE(AddressGenerator::numbered(QStringLiteral("MS:N/P/VERYLONGAL"), 12),
                 QStringLiteral("MS:N/P/VERYLONG12"));
        QCOMPARE(AddressGenerator::numbered(QStringLiteral("X400:c=US;a= ;s=Smith;"), 2),
                 QStringLiteral("X400:c=US;a= ;s=Smith2;"));
    }

    void newRecipientsGetSiteAddresses()
    {
        ChangeSet site;
        site.replace(SiteBuilder::siteAddressingDn(Org, Site), attr::GatewayProxy,
                     {QStringLiteral("SMTP:%g.%s@nw.example"), QStringLiteral("MS:NWNET/SEATTLE"),
                      QStringLiteral("X400:c=US;a= ;p=NW;o=SEATTLE;")});
        QVERIFY(m_store->commit(site).ok());
        QVERIFY(create(QStringLiteral("mailbox"),
                       person(QStringLiteral("JSmith"), QStringLiteral("John"), QStringLiteral("Smith")))
                    .ok());
        QVERIFY(create(QStringLiteral("mailbox"),
                       person(QStringLiteral("JSmith2"), QStringLiteral("John"), QStringLiteral("Smith")))
                    .ok());
        const auto first = m_store->object(boxDn(QStringLiteral("JSmith")))->valuesOf(attr::ProxyAddresses);
        const auto second = m_store->object(boxDn(QStringLiteral("JSmith2")))->valuesOf(attr::ProxyAddresses);
        QCOMPARE(first, (QStringList{QStringLiteral("SMTP:John.Smith@nw.example"),
                                     QStringLiteral("MS:NWNET/SEATTLE/JSMITH"),
                                     QStringLiteral("X400:c=US;a= ;p=NW;o=SEATTLE;s=Smith;g=John;")}));
        // The second John Smith is numbered where the plain address is taken.
        QCOMPARE(second, (QStringList{QStringLiteral("SMTP:John.Smith2@nw.example"),
                                      QStringLiteral("MS:NWNET/SEATTLE/JSMITH2"),
                                      QStringLiteral("X400:c=US;a= ;p=NW;o=SEATTLE;s=Smith2;g=John;")}));

        // A custom recipient's target address is its address of that type; given ones are kept.
        AttributeValues cr =
            person(QStringLiteral("PO2sys"), QStringLiteral("PO2"), QStringLiteral("System"));
        cr[attr::TargetAddress] = {QStringLiteral("MS:NWNET/PO2/$SYSTEM")};
        cr[attr::ProxyAddresses] = {QStringLiteral("smtp:po2@legacy.example")};
        QVERIFY(create(QStringLiteral("custom-recipient"), cr).ok());
        QCOMPARE(
            m_store->object(boxDn(QStringLiteral("PO2sys")))->valuesOf(attr::ProxyAddresses),
            (QStringList{QStringLiteral("MS:NWNET/PO2/$SYSTEM"), QStringLiteral("smtp:po2@legacy.example"),
                         QStringLiteral("X400:c=US;a= ;p=NW;o=SEATTLE;s=System;g=PO2;")}));
    }

    void uniqueAliasesAndAddresses()
    {
        QVERIFY(create(QStringLiteral("mailbox"),
                       person(QStringLiteral("NancyD"), QStringLiteral("Nancy"), QStringLiteral("Davolio")))
                    .ok());
        AttributeValues cr =
            person(QStringLiteral("PO2sys"), QStringLiteral("PO2"), QStringLiteral("System"));
        cr[attr::TargetAddress] = {QStringLiteral("MS:NWNET/PO2/$SYSTEM")};
        QVERIFY(create(QStringLiteral("custom-recipient"), cr).ok());

        ChangeSet alias;
        alias.create(QStringLiteral("mailbox"), recipients(),
                     person(QStringLiteral("nancyd"), QStringLiteral("N"), QStringLiteral("D")),
                     QStringLiteral("other"));
        expectRejected(alias, QStringLiteral("the alias \"nancyd\" is already used by Nancy Davolio "
                                             "(/o=NW/ou=SEATTLE/cn=Recipients/cn=NancyD)"));

        // The same address on another object, in any case, as a proxy or as a target.
        ChangeSet proxy;
        proxy.replace(boxDn(QStringLiteral("PO2sys")), attr::ProxyAddresses,
                      {QStringLiteral("MS:NWNET/PO2/$SYSTEM"), QStringLiteral("smtp:nancyd@seattle.nw.com")});
        expectRejected(
            proxy,
            QStringLiteral("the address \"smtp:nancyd@seattle.nw.com\" is already used by Nancy Davolio"));
        AttributeValues twin =
            person(QStringLiteral("twin"), QStringLiteral("Twin"), QStringLiteral("System"));
        twin[attr::TargetAddress] = {QStringLiteral("ms:nwnet/po2/$system")};
        ChangeSet target;
        target.create(QStringLiteral("custom-recipient"), recipients(), twin);
        expectRejected(target, QStringLiteral("is already used by PO2 System"));

        ChangeSet primaries;
        primaries.modify(
            boxDn(QStringLiteral("NancyD")),
            {{attr::ProxyAddresses, AttributeChange::Op::Add, {QStringLiteral("SMTP:nancy@nw.example")}}});
        expectRejected(primaries, QStringLiteral("two primary SMTP addresses"));
        // A secondary address of its own is fine, and so is reusing a deleted recipient's alias.
        ChangeSet secondary;
        secondary.modify(
            boxDn(QStringLiteral("NancyD")),
            {{attr::ProxyAddresses, AttributeChange::Op::Add, {QStringLiteral("smtp:nancy@nw.example")}}});
        QVERIFY(m_store->commit(secondary).ok());
        ChangeSet gone;
        gone.remove(boxDn(QStringLiteral("PO2sys")));
        QVERIFY(m_store->commit(gone).ok());
        QVERIFY(create(QStringLiteral("custom-recipient"), cr).ok());
    }

    void referencesExistAndFollowDeletes()
    {
        QVERIFY(create(QStringLiteral("mailbox"),
                       person(QStringLiteral("boss"), QStringLiteral("Big"), QStringLiteral("Boss")))
                    .ok());
        QVERIFY(create(QStringLiteral("mailbox"),
                       person(QStringLiteral("worker"), QStringLiteral("Hard"), QStringLiteral("Worker")))
                    .ok());
        ChangeSet c;
        c.replace(boxDn(QStringLiteral("worker")), attr::Manager, {boxDn(QStringLiteral("boss")).toString()});
        c.create(QStringLiteral("distribution-list"), recipients(),
                 {{attr::MailNickname, {QStringLiteral("sales")}},
                  {attr::DisplayName, {QStringLiteral("Sales")}},
                  {attr::Member,
                   {boxDn(QStringLiteral("boss")).toString(), boxDn(QStringLiteral("worker")).toString()}},
                  {attr::Owner, {boxDn(QStringLiteral("worker")).toString()}}});
        QVERIFY(m_store->commit(c).ok());

        ChangeSet dangling;
        dangling.modify(
            boxDn(QStringLiteral("sales")),
            {{attr::Member, AttributeChange::Op::Add, {boxDn(QStringLiteral("ghost")).toString()}}});
        expectRejected(dangling, QStringLiteral("Member: no object /o=NW/ou=SEATTLE/cn=Recipients/cn=ghost"));
        ChangeSet self;
        self.modify(boxDn(QStringLiteral("sales")),
                    {{attr::Member, AttributeChange::Op::Add, {boxDn(QStringLiteral("sales")).toString()}}});
        expectRejected(self, QStringLiteral("cannot be its own member"));

        // Deleting the boss takes it out of the list and the manager field, in the same transaction.
        const qint64 before = m_store->highestUsn();
        ChangeSet del;
        del.remove(boxDn(QStringLiteral("boss")));
        auto r = m_store->commit(del);
        QVERIFY(r.ok());
        QCOMPARE(r->lastUsn, before + 3); // the list, the worker, the boss
        const auto list = m_store->object(boxDn(QStringLiteral("sales"))).value();
        QCOMPARE(list.valuesOf(attr::Member), QStringList{boxDn(QStringLiteral("worker")).toString()});
        QVERIFY(m_store->object(boxDn(QStringLiteral("worker")))->value(attr::Manager).isEmpty());
    }

    void lookupsUseTheirIndexes()
    {
        SqliteConnection& c = m_store->connection();
        for (const QString& sql :
             {QStringLiteral("EXPLAIN QUERY PLAN SELECT a.value FROM attrs a WHERE a.name = 'Mail-Nickname'"
                             " AND lower(a.value) IN (lower(?))"),
              QStringLiteral(
                  "EXPLAIN QUERY PLAN SELECT a.value FROM attrs a WHERE a.name IN ('Proxy-Addresses',"
                  " 'Target-Address') AND lower(a.value) IN (lower(?))")}) {
            auto q = c.exec(sql, {QStringLiteral("x")});
            QVERIFY(q.ok());
            QSqlQuery rows = std::move(q).value();
            QString plan;
            while (rows.next())
                plan += rows.value(3).toString();
            QVERIFY2(plan.contains(QStringLiteral("USING INDEX attrs_")), qPrintable(plan));
        }
    }
};

QTEST_GUILESS_MAIN(TestAddressing)
#include "tst_addressing.moc"
