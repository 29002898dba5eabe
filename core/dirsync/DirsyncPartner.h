#pragma once

#include "DirsyncTemplateMap.h"
#include "core/common/Error.h"
#include "core/directory/DirectoryObject.h"

namespace sa::core {

class DirectoryStore;
class DirectoryWriter;

/// The site's own object of a dirsync role, and whether its service may work.
namespace DirsyncRole {
/// This site's own (not replicated) object of `className` (dirsync-server, dirsync-requestor), or
/// NotFound saying the site has no `label`.
Result<DirectoryObject> ownObject(DirectoryStore& store, const QString& className, const QString& label);
/// The server whose Directory Synchronization runs the role (Responsible-Local-DXA).
QString server(const DirectoryObject& role);
/// Refused while that service is stopped (running or paused it works: pausing kicks a cycle).
Status requireService(DirectoryStore& store, const DirectoryObject& role);
} // namespace DirsyncRole

/// A Remote Dir-Sync Requestor as the dirsync engine uses it: its settings and numbers read from
/// the object (reference §3, §4), and the address its dirsync mail comes from and goes to.
struct DirsyncPartner
{
    DirectoryObject object;
    QString name;       ///< Common-Name: what imported entries' Imported-From carries
    QString postoffice; ///< DXA-ReqName: NET/PO
    QString address;    ///< the Dir-Sync Address's target: MS:NET/PO/$SYSTEM
    /// DirsyncAddress::key of `address`, made once: T2 finds the sender of each message among every
    /// requestor by it (made for each pair, it was a thirtieth of an idle cycle of 100, issue 18).
    QString addressKey;
    QString password;
    bool appendName = false;
    bool exportNow = false;
    bool importNow = false;
    bool exportCustom = false;
    QString nativeType = QStringLiteral("MS");
    QString importContainer; ///< DN
    int importTrust = 0;
    int exportTrust = 20;
    QStringList exportContainers;      ///< DN keys
    int deletionThreshold = 500;       ///< 0: no limit
    int deletionThresholdPercent = 10; ///< 0: no limit
    qint64 reqSeq = 0;
    qint64 svrSeq = 0;
    qint64 confSeq = 0;
    qint64 impSeq = 0;

    QString guid() const { return object.guid; }
    /// What decides which entries the requestor gets: when it changes, the next reply is a full
    /// export (R and an A for each entry), as the original did (Q152935).
    QString exportConfig(const DirsyncTemplateMap::Map& outgoing = {}) const;
    /// Whether a reply deleting `deletes` of the `entries` the requestor holds must wait for the
    /// administrator's approval (more than the threshold, or than its percentage of the entries).
    bool exceedsDeletionThreshold(int deletes, int entries) const;

    static Result<DirsyncPartner> of(DirectoryStore& store, const DirectoryObject& requestor);
    /// This partner with `requestor`'s settings and numbers read again (a message moved them), its
    /// address kept: the Dir-Sync Address object is the administrator's, which no requestor's
    /// message changes, and reading it again after every message was a read an idle cycle made for
    /// every requestor (issue 18).
    DirsyncPartner refreshed(const DirectoryObject& requestor) const;
    /// Writes sequence numbers (DXA-Req-Seq, ...) on the object, in the writer's transaction.
    Status setNumbers(DirectoryWriter& w, const QList<std::pair<QString, qint64>>& numbers) const;

private:
    static DirsyncPartner settingsOf(const DirectoryObject& requestor);
};

} // namespace sa::core
