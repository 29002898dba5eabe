#pragma once

#include "app/common/CommandRun.h"
#include "core/common/Error.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Dn.h"
#include "core/directory/Organization.h"
#include "core/services/ServiceLock.h"

#include <memory>
#include <optional>
#include <vector>

namespace sa::app::ctl {

/// A siteadminctl command as it runs: the organization it works on (--org), the locks it holds for
/// the rest of the command, and the sites it could not open, which are named when it ends.
class CtlRun : public CommandRun
{
public:
    /// `defaultOrganization`: the folder when --org is not given.
    CtlRun(const CommandRun& run, QString defaultOrganization);

    QString orgDir() const;
    /// The organization of --org, opened once for the command.
    core::Result<core::Organization> organization();
    /// The store of the site that holds `dn`, in the organization of --org.
    core::Result<std::unique_ptr<core::DirectoryStore>> storeFor(const core::Dn& dn);
    /// An object named on the command line and the store of its site.
    struct NamedObject
    {
        core::Dn dn;
        std::unique_ptr<core::DirectoryStore> store;
    };
    /// `dnText` parsed, and the store of the site that holds it; the error says which failed.
    core::Result<NamedObject> storeOf(const QString& dnText);
    /// The sites of the organization that can be opened; each that cannot is named when the command
    /// ends, which then exits 1 (finish()): one bad site file does not stop work on the others.
    core::Result<QList<core::SiteInfo>> readableSites();
    /// The readable sites with the server named by --server (every readable site without it); an
    /// error naming the server when none has it.
    core::Result<QList<core::SiteInfo>> sitesOfServerOption();
    /// Somewhere the command could not look, said at the end (finish()).
    void noteUnreadable(const QString& what) { m_unreadable << core::Phrase::plain(what); }
    core::Phrases* unreadable() { return &m_unreadable; }
    bool anyUnreadable() const { return !m_unreadable.isEmpty(); }

    /// Takes the ServiceLocks of `works` for the rest of the command; a refusal naming the process
    /// that holds one (siteadminctl serve, the window's worker) when it cannot.
    core::Status holdWork(const QStringList& works);

    /// Names what could not be opened; the exit code, 1 instead of 0 when anything could not.
    int finish(int code);

private:
    QString m_defaultOrganization;
    std::optional<core::Organization> m_organization;
    core::Phrases m_unreadable;
    std::vector<std::unique_ptr<core::ServiceLock>> m_locks;
};

} // namespace sa::app::ctl
