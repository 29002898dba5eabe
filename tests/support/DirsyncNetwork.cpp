#include "DirsyncNetwork.h"

#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/msmail/PostofficeDirsync.h"
#include "core/msmail/PostofficeStore.h"
#include "core/services/Services.h"
#include "core/storage/SqliteConnection.h"

#include <QSqlQuery>

namespace sa::test::DirsyncNetwork {

using namespace sa::core;

QString postofficeName(int p)
{
    return QStringLiteral("BENCHNET/PO%1").arg(p);
}

QString userName(int p, int u)
{
    return QStringLiteral("Person %1-%2").arg(p).arg(u, 5, 10, QLatin1Char('0'));
}

Result<Organization> build(const QString& dir, int postoffices, int users)
{
    auto org = Organization::create(dir, Org, Site, QStringLiteral("X1"));
    if (!org)
        return org.error();
    auto store = DirectoryStore::open(org->sitePath(Site));
    if (!store)
        return store.error();
    QStringList connections;
    for (int p = 0; p < postoffices; ++p)
        connections << postofficeName(p);
    // A Connector MTA value holds at most 256 characters: ten postoffices per PC MTA, as an
    // administrator of many postoffices would spread them over several MTA instances.
    constexpr int PostofficesPerMta = 10;
    QStringList mtas;
    QStringList mtaNames;
    for (int first = 0; first < postoffices; first += PostofficesPerMta) {
        const QString name = first == 0 ? QStringLiteral("PC MTA")
                                        : QStringLiteral("PC MTA %1").arg(first / PostofficesPerMta + 1);
        mtaNames << name;
        mtas << QStringLiteral("%1|60|%2")
                    .arg(name, connections.mid(first, PostofficesPerMta).join(QLatin1Char(',')));
    }
    const Dn server = SiteBuilder::serverDn(Org, Site, QStringLiteral("X1"));
    const Dn connectionsDn = SiteBuilder::connectionsDn(Org, Site);
    const Dn msmail =
        SiteBuilder::siteDn(Org, Site).child(QStringLiteral("cn"), QStringLiteral("MSMail Recipients"));
    const Dn dxa = connectionsDn.child(QStringLiteral("cn"), QStringLiteral("Dirsync Server"));
    ChangeSet c;
    c.create(QStringLiteral("msmail-connector"), connectionsDn,
             {{attr::HomeServer, {server.toString()}},
              {attr::MsMailConnection, connections},
              {attr::ConnectorMta, mtas}},
             QStringLiteral("MS Mail Connector (X1)"));
    c.create(QStringLiteral("recipients-container"), SiteBuilder::siteDn(Org, Site), {}, msmail.rdn().value);
    c.create(QStringLiteral("dirsync-server"), connectionsDn,
             {{attr::ResponsibleLocalDxa, {server.toString()}}}, dxa.rdn().value);
    for (int p = 0; p < postoffices; ++p)
        c.create(QStringLiteral("remote-dirsync-requestor"), dxa,
                 {{attr::DxaReqName, {postofficeName(p)}},
                  {attr::DxaPassword, {Password}},
                  {attr::ImportContainer, {msmail.toString()}},
                  {attr::ExportContainers, {SiteBuilder::recipientsDn(Org, Site).toString()}}},
                 QStringLiteral("PO%1").arg(p));
    if (auto done = store.value()->commit(c); !done)
        return done.error();
    for (const QString& service : mtaNames + QStringList{Services::DirectorySynchronization}) {
        if (auto s = Services::start(*store.value(), QStringLiteral("X1"), service); !s)
            return s.error();
    }
    for (int p = 0; p < postoffices; ++p) {
        auto po = PostofficeStore::create(dir, postofficeName(p), {});
        if (!po)
            return po.error();
        if (Status s = po.value()->setRoute(QStringLiteral("BENCH/SITE")); !s)
            return s.error();
        // The users, straight into the postoffice's table (building is not what is measured).
        SqliteConnection& pc = po.value()->connection();
        Status s = pc.transaction([&]() -> Status {
            auto insert = pc.prepare(
                QStringLiteral("INSERT INTO users(key, mailbox, full_name, full_key) VALUES (?, ?, ?, ?)"));
            if (!insert)
                return insert.error();
            QSqlQuery q = std::move(insert).value();
            for (int u = 0; u < users; ++u) {
                const QString mailbox = QStringLiteral("U%1").arg(u);
                q.bindValue(0, mailbox);
                q.bindValue(1, mailbox);
                q.bindValue(2, userName(p, u));
                q.bindValue(3, userName(p, u).toLower());
                if (!q.exec())
                    return SqliteConnection::queryError(q, QStringLiteral("adding users"));
            }
            return {};
        });
        if (!s)
            return s.error();
        if (Status r =
                PostofficeDirsync(*po.value()).makeRequestor(QStringLiteral("BENCH/SITE"), Password, {});
            !r)
            return r.error();
    }
    return org;
}

} // namespace sa::test::DirsyncNetwork
