#pragma once

#include "DirectoryObject.h"
#include "Dn.h"
#include "core/common/Error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sa::core {

/// What an organization folder knows of one site: its database and its servers.
struct SiteInfo
{
    QString name;
    QString path;
    QString organization;
    QStringList servers;
    int number = 0; ///< 0 for the organization's first site, then in the order sites were added
};

/// An organization on disk: a folder with sites/<SITE>.sqlite (one database per site) and
/// postoffices/<NET>-<PO>.sqlite (the emulated MS Mail postoffices, PostofficeStore). Only names and paths
/// live here; the directory is in the sites.
class Organization
{
public:
    /// The default folder: the platform's application data location + "/organization".
    static QString defaultPath();
    /// The folder the demo organization is built in when no folder is named.
    static QString defaultDemoPath();

    /// An existing organization (a folder with at least one site database).
    static Result<Organization> open(const QString& dir);
    /// Creates the folder's first site: Organization > Site > Configuration (...) and Recipients,
    /// with one server and its services. Refuses a folder that already holds an organization.
    /// With `group`, the folder is that team's (PrivateFiles::shareWithGroup): its folders and files
    /// are the group's too.
    static Result<Organization> create(const QString& dir, const QString& organization, const QString& site,
                                       const QString& server, const QString& group = {});
    /// Adds a site with its own database and one server.
    Result<SiteInfo> addSite(const QString& site, const QString& server);
    /// Adds a server with its services to an existing site, as the original's Setup joined a new
    /// server to a site (its System Attendant, Directory and MTA running, as on every server):
    /// mailboxes may then live on it (Home-Server). Server names are unique in the organization.
    Result<SiteInfo> addServer(const QString& site, const QString& server);

    /// Checks a name typed for an organization, site or server; the error names what is wrong.
    static Status checkName(const QString& kind, const QString& name, int maxLength);
    /// The three names a new organization needs, each against its own rule.
    static Status checkNames(const QString& organization, const QString& site, const QString& server);
    static Status checkSiteAndServer(const QString& site, const QString& server);

    /// The organization folder a site database belongs to (ORG/sites/SITE.sqlite -> ORG).
    static QString dirOfSite(const QString& sitePath);

    const QString& dir() const { return m_dir; }
    const QString& name() const { return m_name; }
    QString sitesDir() const;
    QString sitePath(const QString& site) const;
    /// Every site of the folder with its servers, in the order the sites were added. A site
    /// database that cannot be opened is never passed over in silence: with `unreadable`, it gets a
    /// line for each ("the site LONDON (sites/LONDON.sqlite) cannot be opened: why") and the other
    /// sites are returned, so that one bad file does not stop work on the rest; without it, the
    /// first such site is the error (for work that needs every site, like adding one).
    /// `unreadableNames` (when given) receives the names of those sites, from their files' names.
    Result<QList<SiteInfo>> sites(Phrases* unreadable = nullptr,
                                  QStringList* unreadableNames = nullptr) const;
    /// The site whose database holds `server` (case-insensitive). When it is not among the sites
    /// that can be opened and one cannot, that one is the error: the server may be in it.
    Result<SiteInfo> siteOfServer(const QString& server) const;
    /// The database that masters `dn`: the site named by its ou= component. The organization
    /// object itself (/o=ORG, in every site) resolves to the first site that can be opened.
    /// Another site's unreadable database is no obstacle; the named site's own is the error. A site
    /// that is not in this folder (on another machine) resolves to a site here that holds its replica.
    Result<QString> sitePathFor(const Dn& dn) const;
    /// `base` and the live objects below it to `depth` levels (-1 = all), optionally of one class.
    /// Below the organization object this walks every site's database; with `unreadable`, a site
    /// that cannot be opened is named there and the others are listed (as sites() does).
    Result<QList<DirectoryObject>> list(const Dn& base, int depth, const QString& className = {},
                                        Phrases* unreadable = nullptr) const;
    /// The same objects in the same order, handed to `visit` one at a time and read a page at a time
    /// (DirectoryStore::visitSubtree): what `siteadminctl list` prints as it reads.
    Status visit(const Dn& base, int depth, const QString& className, Phrases* unreadable,
                 const std::function<Status(const DirectoryObject&)>& visit) const;

private:
    Organization(QString dir, QString name) : m_dir(std::move(dir)), m_name(std::move(name)) {}
    /// The line sites() gives for a site file that cannot be opened.
    static Phrase unreadableLine(const QString& sitesDir, const QString& file, const Error& why);
    /// Refused when a site of `sites` has a server named `server` (any case): names are the
    /// organization's.
    static Status serverNameFree(const QList<SiteInfo>& sites, const QString& server);
    static Status buildSite(const QString& path, const QString& organization, const QString& organizationGuid,
                            const QString& site, const QString& server, int number);

    QString m_dir;
    QString m_name;
};

} // namespace sa::core
