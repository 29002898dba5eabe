#include "MailNetwork.h"

#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/msmail/PostofficeStore.h"
#include "core/transport/SiteTransport.h"

namespace sa::test {

using namespace sa::core;

namespace {

const QString Po1 = QStringLiteral("NWNET/PO1");
const QString Po2 = QStringLiteral("NWNET/PO2");
const QString Po3 = QStringLiteral("NWNET/PO3");
const QString Po4 = QStringLiteral("NWNET/PO4");
const QString Seattle = QStringLiteral("NORTHWIND/SEATTLE");
const QString London = QStringLiteral("NORTHWIND/LONDON");

Status routes(const QString& dir, const QString& at, const QList<std::pair<QString, QString>>& targets)
{
    auto po = PostofficeStore::open(dir, at);
    if (!po)
        return po.error();
    for (const auto& [target, via] : targets) {
        if (Status s = po.value()->setRoute(target, via); !s)
            return s;
    }
    return {};
}

} // namespace

Status addChainedPostoffices(const Organization& organization)
{
    const QString dir = organization.dir();
    for (const auto& [name, users] :
         {std::pair{Po3, QList<PoUser>{{QStringLiteral("CARL"), QStringLiteral("Carl Third"), {}},
                                       {QStringLiteral("CORA"), QStringLiteral("Cora Third"), {}}}},
          std::pair{Po4, QList<PoUser>{{QStringLiteral("DORA"), QStringLiteral("Dora Fourth"), {}}}}}) {
        auto created = PostofficeStore::create(dir, name, QStringLiteral("admin-pw"));
        if (!created)
            return created.error();
        if (Status s = created.value()->addUsers(users); !s)
            return s;
    }
    for (const auto& [at, targets] :
         {std::pair{Po3,
                    QList<std::pair<QString, QString>>{
                        {Po1, {}}, {Po4, {}}, {Seattle, Po1}, {London, Po1}, {Po2, Po1}}},
          std::pair{Po4,
                    QList<std::pair<QString, QString>>{
                        {Po3, {}}, {Po1, Po3}, {Po2, Po3}, {Seattle, Po3}, {London, Po3}}},
          std::pair{Po1, QList<std::pair<QString, QString>>{{Po3, {}}, {Po4, Po3}}},
          std::pair{Po2, QList<std::pair<QString, QString>>{{Po3, London}, {Po4, London}}}}) {
        if (Status s = routes(dir, at, targets); !s)
            return s;
    }
    auto seattle = DirectoryStore::open(organization.sitePath(QStringLiteral("SEATTLE")));
    if (!seattle)
        return seattle.error();
    auto connectors = seattle.value()->objectsOf(ListFilter{{QStringLiteral("msmail-connector")}, true});
    if (!connectors)
        return connectors.error();
    for (const DirectoryObject& c : connectors.value()) {
        if (c.isReplica())
            continue;
        ChangeSet change;
        change.modify(
            c.dn, {{attr::MsMailConnection,
                    AttributeChange::Op::Add,
                    {QStringLiteral("NWNET/PO3 via NWNET/PO1"), QStringLiteral("NWNET/PO4 via NWNET/PO1")}}});
        auto done = seattle.value()->commit(change);
        return done.status();
    }
    return Error(ErrorCode::NotFound, QStringLiteral("SEATTLE has no MS Mail Connector"));
}

QList<sa::core::Message> siteMailOf(const sa::core::Organization& organization, const QString& site,
                                    const QString& cn)
{
    using namespace sa::core;
    auto store = DirectoryStore::open(organization.sitePath(site));
    if (!store)
        return {};
    auto mailbox = store.value()->object(
        SiteBuilder::recipientsDn(organization.name(), site).child(QStringLiteral("cn"), cn));
    if (!mailbox)
        return {};
    auto mail = SiteTransport(*store.value(), organization.dir()).mailOf(mailbox->guid);
    return mail ? mail.value() : QList<Message>();
}

} // namespace sa::test
