#include "Organization.h"

#include "DirectoryStore.h"
#include "DirectoryWriter.h"
#include "Schema.h"
#include "SiteBuilder.h"
#include "core/common/FolderListing.h"
#include "core/storage/PrivateFiles.h"
#include "core/storage/SqliteConnection.h"
#include "core/storage/StorageProblem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <algorithm>
#include <optional>

namespace sa::core {

namespace {

const QString SiteSuffix = QStringLiteral(".sqlite");
constexpr int MaxOrganizationName = 64;
constexpr int MaxSiteName = 64;
constexpr int MaxServerName = 15; // a Windows NT computer (NetBIOS) name

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

void removeDatabaseFiles(const QString& path)
{
    SqliteConnection::closeKept(path);
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

QStringList siteFiles(const QString& sitesDir)
{
    return FolderListing::files(sitesDir, SiteSuffix); // hidden files left out
}

} // namespace

namespace {
/// The programs' data folder, ~/.local/share/siteadmin on Linux: the generic data folder and the
/// application's name, not AppDataLocation, which would add the organization name the programs
/// give Qt for their settings and so move every organization made before.
QString dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QLatin1Char('/') +
           QCoreApplication::applicationName();
}
} // namespace

QString Organization::defaultPath()
{
    return dataFolder() + QStringLiteral("/organization");
}

QString Organization::defaultDemoPath()
{
    return dataFolder() + QStringLiteral("/demo");
}

Status Organization::checkName(const QString& kind, const QString& name, int maxLength)
{
    if (name.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, Phrase::tr("the %1 name is empty").arg(Phrase::known(kind)));
    if (name != name.trimmed())
        return Error(
            ErrorCode::InvalidArgument,
            Phrase::tr("the %1 name \"%2\" starts or ends with a space").arg(Phrase::known(kind), name));
    if (name.size() > maxLength)
        return Error(ErrorCode::InvalidArgument, Phrase::tr("the %1 name \"%2\" is longer than %3 characters")
                                                     .arg(Phrase::known(kind), name)
                                                     .arg(maxLength));
    // The organization and site are directory names, which the original kept in Unicode: any letter
    // or digit ("MÜNCHEN"; the addresses made from them take the accents off, AddressSyntax::
    // msMailName). A server is a computer's network name: ASCII letters and digits, as host names are.
    const bool isServer = kind == QLatin1String("server");
    for (QChar c : name) {
        const bool letter = isServer ? c.unicode() < 128 && c.isLetterOrNumber()
                                     : c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
        const bool ok = letter || c == QLatin1Char('-') || c == QLatin1Char('_') ||
                        (!isServer && (c == QLatin1Char(' ') || c == QLatin1Char('.')));
        if (!ok && isServer)
            return Error(
                ErrorCode::InvalidArgument,
                Phrase::tr("the %1 name \"%2\" contains '%3'; use ASCII letters, digits, '-' and '_'")
                    .arg(Phrase::known(kind), name, c));
        if (!ok)
            return Error(
                ErrorCode::InvalidArgument,
                Phrase::tr("the %1 name \"%2\" contains '%3'; use letters, digits, '-', '_' and spaces")
                    .arg(Phrase::known(kind), name, c));
    }
    return {};
}

Status Organization::checkSiteAndServer(const QString& site, const QString& server)
{
    if (Status s =
            checkName(QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "site")), site, MaxSiteName);
        !s)
        return s;
    return checkName(QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "server")), server, MaxServerName);
}

Status Organization::checkNames(const QString& organization, const QString& site, const QString& server)
{
    if (Status s = checkName(QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "organization")),
                             organization, MaxOrganizationName);
        !s)
        return s;
    return checkSiteAndServer(site, server);
}

Result<Organization> Organization::open(const QString& dir)
{
    const QFileInfo info(dir);
    if (!info.exists())
        return Error(
            ErrorCode::NotFound,
            Phrase::tr("the organization folder %1 does not exist (create one with init)").arg(native(dir)));
    if (!info.isDir())
        return Error(ErrorCode::InvalidArgument, Phrase::tr("%1 is not a folder").arg(native(dir)));
    const QString sites = dir + QStringLiteral("/sites");
    const QStringList files = siteFiles(sites);
    if (files.isEmpty())
        return Error(ErrorCode::NotFound,
                     Phrase::tr("%1 holds no organization (no sites/*.sqlite; create one with init)")
                         .arg(native(dir)));
    // The first site that can be opened names the organization: one bad file does not lock the
    // administrator out of the others (each command names it where it needs it).
    auto store = DirectoryStore::open(sites + QLatin1Char('/') + files.first());
    for (int i = 1; !store && i < files.size(); ++i) {
        if (auto next = DirectoryStore::open(sites + QLatin1Char('/') + files.at(i)))
            store = std::move(next);
    }
    if (!store)
        return Error(store.error().code(), unreadableLine(sites, files.first(), store.error()));
    const QString name = store.value()->organizationName();
    if (name.isEmpty())
        return Error(
            ErrorCode::NotADatabase,
            Phrase::tr("%1: the site database names no organization").arg(native(store.value()->path())));
    return Organization(QFileInfo(dir).absoluteFilePath(), name);
}

Status Organization::buildSite(const QString& path, const QString& organization,
                               const QString& organizationGuid, const QString& site, const QString& server,
                               int number)
{
    // Built under a temporary name and renamed into place, so a failure leaves no half site behind.
    const QString part = QFileInfo(path).absolutePath() + QStringLiteral("/.") + QFileInfo(path).fileName() +
                         QStringLiteral(".part");
    removeDatabaseFiles(part);
    Status result;
    {
        auto store = DirectoryStore::open(part, DirectoryStore::OpenMode::CreateIfMissing);
        if (!store) {
            removeDatabaseFiles(part);
            return store.error();
        }
        CommitOptions system;
        system.allowSystemObjects = true;
        result = store.value()->write(
            [&](DirectoryWriter& w) -> Status {
                if (Status s = w.setMeta(QStringLiteral("organization"), organization); !s)
                    return s;
                if (Status s = w.setMeta(QStringLiteral("site"), site); !s)
                    return s;
                if (Status s = w.setMeta(QStringLiteral("site-number"), QString::number(number)); !s)
                    return s;
                CommitResult ignored;
                return w.apply(SiteBuilder::newSite(organization, organizationGuid, site, server), ignored);
            },
            system);
    }
    SqliteConnection::closeKept(part); // renamed below: not kept open under its old name
    if (result && !QFile::rename(part, path))
        result = Error(ErrorCode::Storage, Phrase::tr("cannot create %1").arg(native(path)));
    if (!result)
        removeDatabaseFiles(part);
    return result;
}

Result<Organization> Organization::create(const QString& dir, const QString& organization,
                                          const QString& site, const QString& server, const QString& group)
{
    if (Status s = checkNames(organization, site, server); !s)
        return s.error();
    const QString sites = dir + QStringLiteral("/sites");
    if (QFileInfo(dir).exists() && !QFileInfo(dir).isDir())
        return Error(ErrorCode::InvalidArgument, Phrase::tr("%1 is not a folder").arg(native(dir)));
    if (!siteFiles(sites).isEmpty())
        return Error(ErrorCode::AlreadyExists,
                     Phrase::tr("%1 already holds an organization; choose an empty folder").arg(native(dir)));
    const bool existed = QFileInfo::exists(dir);
    // The organization's folder, when made here, and its sites/ are its owner's alone (PrivateFiles),
    // or its team's.
    if (!existed && !PrivateFiles::makeFolder(dir))
        return Error(ErrorCode::Storage, Phrase::tr("cannot create the folder %1").arg(native(dir)));
    if (!group.isEmpty()) {
        if (Status s = PrivateFiles::shareWithGroup(dir, group); !s) {
            if (!existed)
                QDir().rmdir(dir);
            return s.error();
        }
    }
    if (!PrivateFiles::makeFolder(sites)) {
        if (!existed)
            QDir().rmdir(dir);
        return Error(ErrorCode::Storage, Phrase::tr("cannot create the folder %1").arg(native(sites)));
    }
    if (Status s = buildSite(sites + QLatin1Char('/') + site + SiteSuffix, organization, {}, site, server, 0);
        !s) {
        QDir().rmdir(sites);
        if (!existed)
            QDir().rmdir(dir);
        return s.error();
    }
    return Organization(QFileInfo(dir).absoluteFilePath(), organization);
}

Result<SiteInfo> Organization::addSite(const QString& site, const QString& server)
{
    if (Status s = checkSiteAndServer(site, server); !s)
        return s.error();
    auto known = sites();
    if (!known)
        return known.error();
    for (const SiteInfo& info : known.value()) {
        if (info.name.compare(site, Qt::CaseInsensitive) == 0)
            return Error(ErrorCode::AlreadyExists,
                         Phrase::tr("the organization already has a site named %1").arg(info.name));
    }
    if (Status s = serverNameFree(known.value(), server); !s)
        return s.error();
    // Every site's database holds the same organization object (same GUID).
    QString orgGuid;
    {
        auto first = DirectoryStore::open(known->first().path);
        if (!first)
            return first.error();
        auto org = first.value()->object(SiteBuilder::organizationDn(m_name));
        if (!org)
            return org.error();
        orgGuid = org->guid;
    }
    const QString path = sitePath(site);
    int number = 0;
    for (const SiteInfo& info : known.value())
        number = std::max(number, info.number + 1);
    if (Status s = buildSite(path, m_name, orgGuid, site, server, number); !s)
        return s.error();
    return SiteInfo{site, path, m_name, {server}, number};
}

Status Organization::serverNameFree(const QList<SiteInfo>& sites, const QString& server)
{
    for (const SiteInfo& info : sites) {
        for (const QString& s : info.servers) {
            if (s.compare(server, Qt::CaseInsensitive) == 0)
                return Error(ErrorCode::AlreadyExists,
                             Phrase::tr("the organization already has a server named %1 (in site %2)")
                                 .arg(s, info.name));
        }
    }
    return {};
}

Result<SiteInfo> Organization::addServer(const QString& site, const QString& server)
{
    if (Status s = checkSiteAndServer(site, server); !s)
        return s.error();
    auto known = sites();
    if (!known)
        return known.error();
    std::optional<SiteInfo> target;
    for (const SiteInfo& info : known.value()) {
        if (info.name.compare(site, Qt::CaseInsensitive) == 0)
            target = info;
    }
    if (Status s = serverNameFree(known.value(), server); !s)
        return s.error();
    if (!target)
        return Error(ErrorCode::NotFound, Phrase::tr("the organization has no site named %1").arg(site));
    auto store = DirectoryStore::open(target->path);
    if (!store)
        return store.error();
    CommitOptions system;
    system.allowSystemObjects = true;
    ChangeSet changes;
    SiteBuilder::addServer(changes, m_name, target->name, server);
    auto done = store.value()->commit(changes, system);
    if (!done)
        return done.error();
    target->servers << server;
    return *target;
}

QString Organization::dirOfSite(const QString& sitePath)
{
    QDir sites = QFileInfo(sitePath).absoluteDir();
    sites.cdUp();
    return sites.absolutePath();
}

QString Organization::sitesDir() const
{
    return m_dir + QStringLiteral("/sites");
}

QString Organization::sitePath(const QString& site) const
{
    return sitesDir() + QLatin1Char('/') + site + SiteSuffix;
}

Phrase Organization::unreadableLine(const QString& sitesDir, const QString& file, const Error& why)
{
    return Phrase::tr("the site %1 (sites/%2) cannot be opened: %3")
        .arg(file.chopped(int(SiteSuffix.size())), file,
             StorageProblem::withoutPath(why.phrase(), sitesDir + QLatin1Char('/') + file));
}

Result<QList<SiteInfo>> Organization::sites(Phrases* unreadable, QStringList* unreadableNames) const
{
    QList<SiteInfo> out;
    for (const QString& file : siteFiles(sitesDir())) {
        auto store = DirectoryStore::open(sitesDir() + QLatin1Char('/') + file);
        SiteInfo info;
        Result<QStringList> servers = Error();
        if (store) {
            info.path = store.value()->path();
            info.name = store.value()->siteName();
            info.organization = store.value()->organizationName();
            info.number = store.value()->meta(QStringLiteral("site-number")).toInt();
            // Their names only: the sites are listed several times a dirsync cycle (issue 18).
            servers = store.value()->childNames(SiteBuilder::serversDn(info.organization, info.name),
                                                QStringLiteral("server"));
        }
        if (!store || !servers) {
            const Error why = store ? servers.error() : store.error();
            if (!unreadable)
                return Error(why.code(), unreadableLine(sitesDir(), file, why));
            *unreadable << unreadableLine(sitesDir(), file, why);
            if (unreadableNames)
                *unreadableNames << file.chopped(int(SiteSuffix.size()));
            continue;
        }
        info.servers = servers.value();
        out.append(info);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const SiteInfo& a, const SiteInfo& b) { return a.number < b.number; });
    return out;
}

Result<SiteInfo> Organization::siteOfServer(const QString& server) const
{
    Phrases unreadable;
    auto all = sites(&unreadable);
    if (!all)
        return all.error();
    for (const SiteInfo& info : all.value()) {
        for (const QString& s : info.servers) {
            if (s.compare(server, Qt::CaseInsensitive) == 0)
                return info;
        }
    }
    if (!unreadable.isEmpty())
        return Error(ErrorCode::Storage, Phrase::tr("no server named %1 in the sites that can be opened; %2")
                                             .arg(server, Phrase::joined(unreadable, QStringLiteral("; "))));
    return Error(ErrorCode::NotFound, Phrase::tr("the organization has no server named %1").arg(server));
}

} // namespace sa::core

namespace sa::core {

Result<QString> Organization::sitePathFor(const Dn& dn) const
{
    if (dn.isEmpty() || dn.rdns().first().value.compare(m_name, Qt::CaseInsensitive) != 0)
        return Error(ErrorCode::NotFound, Phrase::tr("no object %1 (the organization is /o=%2)")
                                              .arg(dn.toString(), Dn::escapeValue(m_name)));
    Phrases unreadable;
    QStringList unreadableNames;
    auto all = sites(&unreadable, &unreadableNames);
    if (!all)
        return all.error();
    if (dn.depth() == 1 && !all->isEmpty())
        return all->first().path;
    const QString site = dn.depth() > 1 ? dn.rdns().at(1).value : QString();
    for (const SiteInfo& info : all.value()) {
        if (info.name.compare(site, Qt::CaseInsensitive) == 0)
            return info.path;
    }
    // The site's own database, if it is the one that cannot be opened (a site's file is named after
    // it); with no site readable at all, the organization object has nowhere to be read either.
    for (int i = 0; i < unreadable.size(); ++i) {
        if (dn.depth() == 1 || unreadableNames.at(i).compare(site, Qt::CaseInsensitive) == 0)
            return Error(ErrorCode::Storage, unreadable.at(i));
    }
    // A site on another machine: its replica, in the first site of this folder that holds one
    // (reading works; its own site changes it, and the writer refuses to change a replica here).
    const Dn siteDn =
        Dn::parse(QStringLiteral("/o=%1/ou=%2").arg(Dn::escapeValue(m_name), Dn::escapeValue(site))).value();
    for (const SiteInfo& info : all.value()) {
        auto store = DirectoryStore::open(info.path);
        if (store && store.value()->object(siteDn))
            return info.path;
    }
    return Error(ErrorCode::NotFound,
                 Phrase::tr("no object %1 (the organization has no site %2)").arg(dn.toString(), site));
}

Result<QList<DirectoryObject>> Organization::list(const Dn& base, int depth, const QString& className,
                                                  Phrases* unreadable) const
{
    QList<DirectoryObject> out;
    Status s = visit(base, depth, className, unreadable, [&out](const DirectoryObject& o) {
        out.append(o);
        return Status();
    });
    if (!s)
        return s.error();
    return out;
}

Status Organization::visit(const Dn& base, int depth, const QString& className, Phrases* unreadable,
                           const std::function<Status(const DirectoryObject&)>& visit) const
{
    auto path = sitePathFor(base);
    if (!path)
        return path.error();
    auto store = DirectoryStore::open(path.value());
    if (!store)
        return store.error();
    if (base.depth() > 1 || depth == 0)
        return store.value()->visitSubtree(base, depth, className, visit);
    // The organization object, then each site's part of the tree from its own database.
    if (Status s = store.value()->visitSubtree(base, 0, className, visit); !s)
        return s;
    auto all = sites(unreadable);
    if (!all)
        return all.error();
    for (const SiteInfo& info : all.value()) {
        auto siteStore = DirectoryStore::open(info.path);
        if (!siteStore)
            return siteStore.error();
        if (Status s = siteStore.value()->visitSubtree(SiteBuilder::siteDn(m_name, info.name),
                                                       depth < 0 ? -1 : depth - 1, className, visit);
            !s)
            return s;
    }
    return {};
}

} // namespace sa::core
