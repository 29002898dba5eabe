#pragma once

#include "PostofficeMail.h"
#include "PostofficeStore.h"

#include <QDateTime>

namespace sa::core {

/// What one postoffice T2 did.
struct PoT2Report
{
    int received = 0; ///< requestor messages applied
    int rejected = 0; ///< not registered, wrong password, unreadable
    int replies = 0;
    int transactions = 0; ///< transactions added to MSTTRANS
    QStringList setAside; ///< entries a reply could not carry: "address (to NET/PO): why"
    Phrases problems;     ///< one line per requestor whose reply failed; the others were answered
};

/// One registered requestor, as SRVCONF.GLB keeps it (LISTDS -S).
struct PoRequestorConfig
{
    QString requestor; ///< NET/PO
    qint64 reqSync = 0;
    qint64 confSync = 0;
    qint64 impSync = 0;
    QDateTime lastUpdate;
};

/// An emulated MS Mail postoffice as the dirsync server of its network (reference §1-§2): the
/// requestors are registered with a password; T2 (SRVMAIN -R, then -T) takes their ReqTx from
/// $SYSTEM, appends what is new to MSTTRANS, keeps the master list, and answers each requestor
/// that sent with the MSTTRANS entries above its SrvSync that are not its own (an import request:
/// R PCM: and every master entry but its own). The server is a requestor of itself: its own users
/// are in the master list, and its address list holds everyone else's. This is what the site's
/// Dir-Sync Requestor talks to. Each message is one transaction.
class PostofficeDirsyncServer
{
public:
    explicit PostofficeDirsyncServer(PostofficeStore& po) : m_po(po) {}

    /// Config, Dir-Sync, Server, Options: Yes.
    Status makeServer();
    /// Config, Dir-Sync, Server, Requestors, Create: NET/PO with its password.
    Status registerRequestor(const QString& requestor, const QString& password);
    Result<PoT2Report> t2();
    Result<QList<PoRequestorConfig>> requestors() const;

private:
    Status requireServer() const;
    /// The server's own users into the master list and MSTTRANS (it is its own requestor).
    Status takeOwnChanges(PoT2Report& report);
    Status append(const QString& requestor, const DirsyncTransaction& t);
    Status receive(const PoMail& mail, PoT2Report& report);
    Status reply(const QString& requestor, PoT2Report& report);
    /// The address list: the server's users and every other requestor's entries.
    Status rebuildList();

    PostofficeStore& m_po;
};

} // namespace sa::core
