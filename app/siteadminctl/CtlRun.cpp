#include "CtlRun.h"

#include "CtlOptions.h"

#include <QMap>

namespace sa::app::ctl {

using namespace sa::core;

CtlRun::CtlRun(const CommandRun& run, QString defaultOrganization)
    : CommandRun(run), m_defaultOrganization(std::move(defaultOrganization))
{
}

QString CtlRun::orgDir() const
{
    return isSet(OptOrg) ? value(OptOrg) : m_defaultOrganization;
}

Result<Organization> CtlRun::organization()
{
    if (!m_organization) {
        auto org = Organization::open(orgDir());
        if (!org)
            return org.error();
        m_organization = std::move(org).value();
        noteLooseFiles(orgDir());
    }
    return *m_organization;
}

Result<std::unique_ptr<DirectoryStore>> CtlRun::storeFor(const Dn& dn)
{
    auto org = organization();
    if (!org)
        return org.error();
    auto path = org->sitePathFor(dn);
    if (!path)
        return path.error();
    return DirectoryStore::open(path.value());
}

Result<CtlRun::NamedObject> CtlRun::storeOf(const QString& dnText)
{
    auto dn = Dn::parse(dnText);
    if (!dn)
        return dn.error();
    auto store = storeFor(dn.value());
    if (!store)
        return store.error();
    return NamedObject{dn.value(), std::move(store).value()};
}

Result<QList<SiteInfo>> CtlRun::readableSites()
{
    auto org = organization();
    if (!org)
        return org.error();
    return org->sites(&m_unreadable);
}

Result<QList<SiteInfo>> CtlRun::sitesOfServerOption()
{
    auto sites = readableSites();
    if (!sites)
        return sites.error();
    QList<SiteInfo> chosen;
    for (const SiteInfo& s : sites.value()) {
        bool hasServer = !isSet(OptServer);
        for (const QString& server : s.servers)
            hasServer = hasServer || server.compare(value(OptServer), Qt::CaseInsensitive) == 0;
        if (hasServer)
            chosen << s;
    }
    if (chosen.isEmpty())
        return Error(ErrorCode::NotFound,
                     (m_unreadable.isEmpty()
                          ? QStringLiteral("the organization has no server named %1")
                          : QStringLiteral("no server named %1 in the sites that can be opened"))
                         .arg(value(OptServer)));
    return chosen;
}

Status CtlRun::holdWork(const QStringList& works)
{
    static const QMap<QString, QString> said{
        {ServiceLock::Mail, QStringLiteral("the mail")},
        {ServiceLock::Replication, QStringLiteral("directory replication")},
        {ServiceLock::Dirsync, QStringLiteral("directory synchronization")}};
    for (const QString& work : works) {
        auto lock = std::make_unique<ServiceLock>(orgDir(), work);
        if (!lock->tryLock()) {
            if (!lock->problem().isEmpty())
                return Error(
                    ErrorCode::Storage,
                    QStringLiteral("%1 cannot be taken up here: %2").arg(said.value(work), lock->problem()));
            return Error(ErrorCode::Busy,
                         QStringLiteral("%1 of this organization is done by %2; stop that first, or let it "
                                        "do the work")
                             .arg(said.value(work), lock->holderText()));
        }
        m_locks.push_back(std::move(lock));
    }
    return {};
}

int CtlRun::finish(int code)
{
    // The sites the command went on without are named last, and the command did not do all of its work.
    QStringList lines = core::englishOf(m_unreadable);
    lines.removeDuplicates();
    for (const QString& line : std::as_const(lines))
        warn(line);
    return code == 0 && !m_unreadable.isEmpty() ? ExitFailed : code;
}

} // namespace sa::app::ctl
