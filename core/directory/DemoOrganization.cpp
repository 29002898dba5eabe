#include "DemoOrganization.h"

#include "DirectoryStore.h"
#include "Schema.h"
#include "SiteBuilder.h"

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

Result<Organization> DemoOrganization::build(const QString& dir)
{
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
    return org;
}

} // namespace sa::core
