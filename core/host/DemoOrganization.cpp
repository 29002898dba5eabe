#include "DemoOrganization.h"

#include "Runner.h"
#include "core/directory/BooleanSyntax.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/msmail/PostofficeDirsync.h"
#include "core/msmail/PostofficeStore.h"
#include "core/services/Services.h"
#include "core/transport/SiteTransport.h"

namespace sa::core {

const QString DemoOrganization::OrganizationName = QStringLiteral("NORTHWIND");

namespace {

struct Person
{
    const char* given;
    const char* surname;
    const char* title;
    const char* department;
};

// Seattle: the head office.
const Person SeattlePeople[] = {
    {"Nancy", "Davolio", "Sales Representative", "Sales"},
    {"Andrew", "Fuller", "Vice President, Sales", "Sales"},
    {"Janet", "Leverling", "Sales Representative", "Sales"},
    {"Margaret", "Peacock", "Sales Representative", "Sales"},
    {"Laura", "Callahan", "Inside Sales Coordinator", "Sales"},
    {"Maria", "Anders", "Account Manager", "Sales"},
    {"Thomas", "Hardy", "Sales Representative", "Sales"},
    {"Christina", "Berglund", "Order Administrator", "Operations"},
    {"Hanna", "Moos", "Sales Representative", "Sales"},
    {"Frederique", "Citeaux", "Marketing Manager", "Marketing"},
    {"Martin", "Sommer", "Owner Liaison", "Operations"},
    {"Elizabeth", "Lincoln", "Accounting Manager", "Finance"},
    {"Victoria", "Ashworth", "Sales Representative", "Sales"},
    {"Patricio", "Simpson", "Sales Agent", "Sales"},
    {"Francisco", "Chang", "Marketing Manager", "Marketing"},
    {"Yang", "Wang", "Owner Liaison", "Operations"},
    {"Pedro", "Afonso", "Sales Associate", "Sales"},
    {"Elizabeth", "Brown", "Sales Representative", "Sales"},
    {"Ann", "Devon", "Sales Agent", "Sales"},
    {"Roland", "Mendel", "Sales Manager", "Sales"},
    {"Aria", "Cruz", "Marketing Assistant", "Marketing"},
    {"Diego", "Roel", "Accounting Manager", "Finance"},
    {"Martine", "Rance", "Assistant Sales Agent", "Sales"},
    {"Maria", "Larsson", "Owner Liaison", "Operations"},
    {"Peter", "Franken", "Marketing Manager", "Marketing"},
    {"Carine", "Schmitt", "Marketing Manager", "Marketing"},
    {"Paolo", "Accorti", "Sales Representative", "Sales"},
    {"Lino", "Rodriguez", "Sales Manager", "Sales"},
    {"Eduardo", "Saavedra", "Marketing Manager", "Marketing"},
    {"Jose", "Pedro Freyre", "Sales Manager", "Sales"},
    {"Andre", "Fonseca", "Sales Associate", "Sales"},
    {"Howard", "Snyder", "Marketing Manager", "Marketing"},
    {"Manuel", "Pereira", "Owner Liaison", "Operations"},
    {"Mario", "Pontes", "Accounting Manager", "Finance"},
    {"Carlos", "Hernandez", "Sales Representative", "Sales"},
    {"Yoshi", "Latimer", "Sales Agent", "Sales"},
};

// London: the European office.
const Person LondonPeople[] = {
    {"Steven", "Buchanan", "Sales Manager", "Sales"},
    {"Michael", "Suyama", "Sales Representative", "Sales"},
    {"Robert", "King", "Sales Representative", "Sales"},
    {"Anne", "Dodsworth", "Sales Representative", "Sales"},
    {"Simon", "Crowther", "Sales Associate", "Sales"},
    {"Helen", "Bennett", "Marketing Manager", "Marketing"},
    {"Philip", "Cramer", "Sales Associate", "Sales"},
    {"Daniel", "Tonini", "Sales Representative", "Sales"},
    {"Annette", "Roulet", "Sales Manager", "Sales"},
    {"Yoshi", "Tannamuri", "Marketing Assistant", "Marketing"},
    {"John", "Steel", "Marketing Manager", "Marketing"},
    {"Renate", "Messner", "Sales Representative", "Sales"},
    {"Jaime", "Yorres", "Owner Liaison", "Operations"},
    {"Carlos", "Gonzalez", "Accounting Manager", "Finance"},
    {"Felipe", "Izquierdo", "Owner Liaison", "Operations"},
    {"Fran", "Wilson", "Sales Manager", "Sales"},
    {"Giovanni", "Rovelli", "Marketing Manager", "Marketing"},
    {"Catherine", "Dewey", "Sales Agent", "Sales"},
    {"Jean", "Fresniere", "Marketing Assistant", "Marketing"},
    {"Alexander", "Feuer", "Marketing Assistant", "Marketing"},
    {"Liz", "Nixon", "Marketing Manager", "Marketing"},
    {"Liu", "Wong", "Marketing Assistant", "Marketing"},
    {"Karin", "Josephs", "Marketing Manager", "Marketing"},
    {"Miguel", "Angel Paolino", "Owner Liaison", "Operations"},
    {"Anabela", "Domingues", "Sales Representative", "Sales"},
    {"Helvetius", "Nagy", "Sales Associate", "Sales"},
    {"Palle", "Ibsen", "Sales Manager", "Sales"},
    {"Mary", "Saveley", "Sales Agent", "Sales"},
    {"Paul", "Henriot", "Accounting Manager", "Finance"},
    {"Rita", "Muller", "Sales Representative", "Sales"},
};

template <std::size_t N>
ChangeSet mailboxes(const Person (&people)[N], const QString& site, const QString& city,
                    const QString& phonePrefix, const QString& office)
{
    const QString org = DemoOrganization::OrganizationName;
    const Dn recipients = SiteBuilder::recipientsDn(org, site);
    ChangeSet c;
    // The site's addresses: alias@site.northwind.example, NORTHWIND/SITE, and X.400 by site; every
    // mailbox below gets its three addresses from these, as the System Attendant made them.
    c.replace(SiteBuilder::siteAddressingDn(org, site), attr::GatewayProxy,
              {QStringLiteral("SMTP:@%1.northwind.example").arg(site.toLower()),
               QStringLiteral("MS:%1/%2").arg(org, site),
               QStringLiteral("X400:c=US;a= ;p=%1;o=%2;").arg(org, site)});
    int n = 0;
    for (const Person& p : people) {
        const QString given = QString::fromUtf8(p.given);
        const QString surname = QString::fromUtf8(p.surname);
        QString alias = given + surname.left(1);
        alias.remove(QLatin1Char(' '));
        AttributeValues v;
        v[attr::GivenName] = {given};
        v[attr::Surname] = {surname};
        v[attr::Initials] = {given.left(1) + surname.left(1)};
        v[attr::DisplayName] = {given + QLatin1Char(' ') + surname};
        v[attr::MailNickname] = {alias};
        v[attr::Title] = {QString::fromUtf8(p.title)};
        v[attr::Department] = {QString::fromUtf8(p.department)};
        v[attr::Company] = {QStringLiteral("Northwind Traders")};
        v[attr::Office] = {office};
        v[attr::City] = {city};
        v[attr::TelephoneNumber] = {phonePrefix +
                                    QString::number(5550100 + 7 * n).insert(3, QLatin1Char('-'))};
        c.create(QStringLiteral("mailbox"), recipients, v);
        ++n;
    }
    return c;
}

} // namespace

// MS Mail: network NWNET, PO1 served by X1 (SEATTLE) and PO2 by X2 (LONDON), as in Q152167.
const char* const Po1People[][2] = {
    {"AMARTIN", "Alice Martin"},  {"BCOOPER", "Bill Cooper"},  {"CDIAZ", "Carmen Diaz"},
    {"DNGUYEN", "Dan Nguyen"},    {"EWEBER", "Eva Weber"},     {"FROSSI", "Franco Rossi"},
    {"GPATEL", "Gita Patel"},     {"HSATO", "Hiro Sato"},      {"IOLSEN", "Ingrid Olsen"},
    {"JKOWAL", "Jan Kowalski"},   {"KMURPHY", "Kate Murphy"},  {"LCHEN", "Li Chen"},
    {"MGARCIA", "Manuel Garcia"}, {"NPETROV", "Nina Petrova"}, {"OADAMS", "Oscar Adams"},
    {"PWALSH", "Paula Walsh"},    {"QLOPEZ", "Quinn Lopez"},   {"RSINGH", "Ravi Singh"},
    {"SMORENO", "Sofia Moreno"},  {"TBAKER", "Tom Baker"},
};
const char* const Po2People[][2] = {
    {"AHOFF", "Anna Hoffmann"}, {"BEVANS", "Brian Evans"},    {"CMULLER", "Clara Muller"},
    {"DSILVA", "Diego Silva"},  {"EJONES", "Emma Jones"},     {"FDUBOIS", "Felix Dubois"},
    {"GROSSI", "Giulia Rossi"}, {"HKIM", "Hana Kim"},         {"IWOOD", "Ian Wood"},
    {"JNOVAK", "Jana Novak"},   {"KBROWN", "Karl Brown"},     {"LBERG", "Lena Berg"},
    {"MTANAKA", "Mika Tanaka"}, {"NOKAFOR", "Nnamdi Okafor"}, {"OSTONE", "Olive Stone"},
    {"PRICCI", "Pietro Ricci"}, {"RFISCHER", "Rosa Fischer"}, {"SLARSEN", "Sven Larsen"},
    {"TWHITE", "Tessa White"},  {"UHASSAN", "Umar Hassan"},
};

template <std::size_t N>
Status makePostoffice(const QString& dir, const QString& name, const char* const (&people)[N][2],
                      const QString& ownShadow, const QString& otherShadow, const QString& otherPo)
{
    auto po = PostofficeStore::create(dir, name, QStringLiteral("PASSWORD"));
    if (!po)
        return po.error();
    for (const auto& person : people) {
        if (Status s = po.value()->addUser(
                QString::fromLatin1(person[0]), QString::fromLatin1(person[1]),
                {{QStringLiteral("Phone"),
                  QStringLiteral("x%1").arg(qHash(QLatin1String(person[0])) % 9000 + 1000)}});
            !s)
            return s;
    }
    // Q152167: the postoffice direct to its server's shadow postoffice, the rest indirect through it.
    if (Status s = po.value()->setRoute(ownShadow); !s)
        return s;
    if (Status s = po.value()->setRoute(otherShadow, ownShadow); !s)
        return s;
    return po.value()->setRoute(otherPo, ownShadow);
}

/// A site's MS Mail Connector and, with `linked`, its site connector and directory replication
/// connector to `other`.
ChangeSet connectors(const QString& site, const QString& server, const QString& postoffice,
                     const QString& other, const QString& otherServer, bool linked)
{
    const QString org = DemoOrganization::OrganizationName;
    const Dn connections = SiteBuilder::connectionsDn(org, site);
    const Dn replication = SiteBuilder::directoryReplicationDn(org, site);
    const QString serverDn = SiteBuilder::serverDn(org, site, server).toString();
    ChangeSet c;
    c.create(QStringLiteral("msmail-connector"), connections,
             {{attr::DisplayName, {QStringLiteral("MS Mail Connector (%1)").arg(server)}},
              {attr::HomeServer, {serverDn}},
              {attr::LocalNetwork, {org}},
              {attr::LocalPostoffice, {site}},
              {attr::MsMailConnection, {postoffice}},
              {attr::ConnectorMta,
               {QStringLiteral("%1 Connector MTA|60|%2")
                    .arg(postoffice.section(QLatin1Char('/'), 1), postoffice)}}},
             QStringLiteral("MS Mail Connector (%1)").arg(server));
    if (!linked)
        return c;
    c.create(QStringLiteral("site-connector"), connections,
             {{attr::DisplayName, {QStringLiteral("Site Connector (%1)").arg(other)}},
              {attr::TargetSite, {other}},
              {attr::Cost, {QStringLiteral("1")}},
              {attr::TargetServers, {otherServer + QStringLiteral(";0")}}},
             QStringLiteral("Site Connector (%1)").arg(other));
    c.create(QStringLiteral("directory-replication-connector"), replication,
             {{attr::DisplayName, {other}},
              {attr::RemoteSite, {other}},
              {attr::LocalBridgehead, {serverDn}},
              {attr::RemoteBridgehead, {otherServer}},
              {attr::ActivationStyle, {QStringLiteral("2")}}},
             other);
    return c;
}

Result<Organization> DemoOrganization::build(const QString& dir, DemoStage stage)
{
    const bool linked = stage != DemoStage::Lab;
    auto org = Organization::create(dir, OrganizationName, QStringLiteral("SEATTLE"), QStringLiteral("X1"));
    if (!org)
        return org;
    auto london = org.value().addSite(QStringLiteral("LONDON"), QStringLiteral("X2"));
    if (!london)
        return london.error();
    for (const auto& [site, changes] :
         {std::pair{QStringLiteral("SEATTLE"),
                    mailboxes(SeattlePeople, QStringLiteral("SEATTLE"), QStringLiteral("Seattle"),
                              QStringLiteral("(206) "), QStringLiteral("Building 2"))},
          std::pair{QStringLiteral("LONDON"),
                    mailboxes(LondonPeople, QStringLiteral("LONDON"), QStringLiteral("London"),
                              QStringLiteral("(171) "), QStringLiteral("Cavendish House"))}}) {
        auto store = DirectoryStore::open(org.value().sitePath(site));
        if (!store)
            return store.error();
        auto done = store.value()->commit(changes);
        if (!done)
            return done.error();
    }

    // The MS Mail side and the messaging between the sites.
    const QString seattleShadow = QStringLiteral("NORTHWIND/SEATTLE");
    const QString londonShadow = QStringLiteral("NORTHWIND/LONDON");
    if (Status s = makePostoffice(dir, QStringLiteral("NWNET/PO1"), Po1People, seattleShadow, londonShadow,
                                  QStringLiteral("NWNET/PO2"));
        !s)
        return s.error();
    if (Status s = makePostoffice(dir, QStringLiteral("NWNET/PO2"), Po2People, londonShadow, seattleShadow,
                                  QStringLiteral("NWNET/PO1"));
        !s)
        return s.error();
    for (const auto& [site, server, po, other, otherServer] :
         {std::tuple{QStringLiteral("SEATTLE"), QStringLiteral("X1"), QStringLiteral("NWNET/PO1"),
                     QStringLiteral("LONDON"), QStringLiteral("X2")},
          std::tuple{QStringLiteral("LONDON"), QStringLiteral("X2"), QStringLiteral("NWNET/PO2"),
                     QStringLiteral("SEATTLE"), QStringLiteral("X1")}}) {
        auto store = DirectoryStore::open(org.value().sitePath(site));
        if (!store)
            return store.error();
        auto done = store.value()->commit(connectors(site, server, po, other, otherServer, linked));
        if (!done)
            return done.error();
        // Services started: the MS Mail Connector's Interchange and its PC MTA.
        if (auto started =
                Services::start(*store.value(), server,
                                QStringLiteral("%1 Connector MTA").arg(po.section(QLatin1Char('/'), 1)));
            !started)
            return started.error();
    }
    // The sites replicate once, so each knows the other's recipients and connectors.
    if (!linked)
        return org; // the lab: each site knows only itself
    if (auto ran = Runner(org.value()).runUntilIdle(30); !ran)
        return ran.error();
    if (stage == DemoStage::Configured) {
        if (Status s = addDirsync(org.value()); !s)
            return s.error();
    }
    return org;
}

const QString DemoOrganization::DirsyncPassword = QStringLiteral("NWSYNC");

Status DemoOrganization::addDirsync(const Organization& organization)
{
    const QString org = organization.name();
    const QString seattle = QStringLiteral("SEATTLE");
    auto store = DirectoryStore::open(organization.sitePath(seattle));
    if (!store)
        return store.error();
    const Dn msmail =
        SiteBuilder::siteDn(org, seattle).child(QStringLiteral("cn"), QStringLiteral("MSMail Recipients"));
    const Dn recipients = SiteBuilder::recipientsDn(org, seattle);
    const Dn dxa = SiteBuilder::connectionsDn(org, seattle)
                       .child(QStringLiteral("cn"), QStringLiteral("Directory Synchronization Server"));
    const QStringList exported{recipients.toString(),
                               SiteBuilder::recipientsDn(org, QStringLiteral("LONDON")).toString()};
    ChangeSet c;
    c.create(QStringLiteral("recipients-container"), SiteBuilder::siteDn(org, seattle),
             {{attr::DisplayName, {QStringLiteral("MSMail Recipients")}}},
             QStringLiteral("MSMail Recipients"));
    // Step 3: the $SYSTEM custom recipient of the postoffice X1 does not serve.
    c.create(QStringLiteral("custom-recipient"), recipients,
             {{attr::DisplayName, {QStringLiteral("NWNET/PO2/$system")}},
              {attr::MailNickname, {QStringLiteral("PO2SYSTEM")}},
              {attr::TargetAddress, {QStringLiteral("MS:NWNET/PO2/$system")}},
              {attr::HideFromAddressBook, {BooleanSyntax::text(true)}}});
    c.create(
        QStringLiteral("dirsync-server"), SiteBuilder::connectionsDn(org, seattle),
        {{attr::DisplayName, {QStringLiteral("Directory Synchronization Server")}},
         {attr::ResponsibleLocalDxa, {SiteBuilder::serverDn(org, seattle, QStringLiteral("X1")).toString()}}},
        dxa.rdn().value);
    const AttributeValues common{{attr::DxaPassword, {DirsyncPassword}},
                                 {attr::ImportContainer, {msmail.toString()}},
                                 {attr::ExportContainers, exported}};
    AttributeValues po1 = common;
    po1[attr::DxaReqName] = {QStringLiteral("NWNET/PO1")};
    c.create(QStringLiteral("remote-dirsync-requestor"), dxa, po1, QStringLiteral("PO1"));
    AttributeValues po2 = common;
    po2[attr::DxaDirsyncAddress] = {
        recipients.child(QStringLiteral("cn"), QStringLiteral("PO2SYSTEM")).toString()};
    c.create(QStringLiteral("remote-dirsync-requestor"), dxa, po2, QStringLiteral("PO2"));
    // The demo's Directory Synchronization logs at Medium, so that a newcomer finds every cycle in
    // View > Event Log (issue 20: at the default, Minimum, it logged nothing but problems, and after
    // twenty minutes of cycles the log was empty).
    c.replace(SiteBuilder::directorySynchronizationDn(org, seattle, QStringLiteral("X1")),
              attr::DiagnosticsLogging, {QStringLiteral("Event Handler|Medium")});
    if (auto done = store.value()->commit(c); !done)
        return done.error();
    for (const QString& po : {QStringLiteral("NWNET/PO1"), QStringLiteral("NWNET/PO2")}) {
        auto office = PostofficeStore::open(organization.dir(), po);
        if (!office)
            return office.error();
        if (Status s = PostofficeDirsync(*office.value())
                           .makeRequestor(SiteTransport::shadowPostoffice(org, seattle), DirsyncPassword, {});
            !s)
            return s;
    }
    auto started = Services::start(*store.value(), QStringLiteral("X1"), Services::DirectorySynchronization);
    return started.status();
}

} // namespace sa::core
