#include "DirsyncCycle.h"

#include "core/directory/DirectoryStore.h"

namespace sa::core {

Result<QString> DirsyncCycle::serverSite(const Organization& organization)
{
    auto sites = organization.sites();
    if (!sites)
        return sites.error();
    for (const SiteInfo& s : sites.value()) {
        auto store = DirectoryStore::open(s.path);
        if (!store)
            return store.error();
        if (DirsyncServer::serverObject(*store.value()))
            return s.path;
    }
    return Error(
        ErrorCode::NotFound,
        QStringLiteral("the organization has no Directory Synchronization Server (create one in a site's "
                       "Connections)"));
}

Result<T2Report> DirsyncCycle::t2Now()
{
    auto site = serverSite(m_organization);
    if (!site)
        return site.error();
    auto store = DirectoryStore::open(site.value());
    if (!store)
        return store.error();
    return DirsyncServer(*store.value()).t2();
}

Result<DirsyncCycleReport> DirsyncCycle::run()
{
    auto site = serverSite(m_organization);
    if (!site)
        return site.error();
    DirsyncCycleReport report;
    const QStringList postoffices = PostofficeStore::list(m_organization.dir());
    for (const QString& name : postoffices) {
        auto po = PostofficeStore::open(m_organization.dir(), name);
        if (!po)
            return po.error();
        if (!po.value()->isDirsyncRequestor())
            continue;
        if (auto sent = PostofficeDirsync(*po.value()).t1(); !sent)
            return sent.error();
        report.requestors << name;
    }
    Runner runner(m_organization);
    runner.setScheduledDirsync(false); // T2 comes in its place below
    auto carried = runner.runUntilIdle();
    if (!carried)
        return carried.error();
    report.transport += carried.value();
    auto t2 = t2Now();
    if (!t2)
        return t2.error();
    report.t2 = t2.value();
    carried = runner.runUntilIdle();
    if (!carried)
        return carried.error();
    report.transport += carried.value();
    for (const QString& name : report.requestors) {
        auto po = PostofficeStore::open(m_organization.dir(), name);
        if (!po)
            return po.error();
        auto t3 = PostofficeDirsync(*po.value()).t3();
        if (!t3)
            return t3.error();
        report.t3.messages += t3->messages;
        report.t3.applied += t3->applied;
        report.t3.rejected += t3->rejected;
    }
    return report;
}

} // namespace sa::core
