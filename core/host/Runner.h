#pragma once

#include "core/common/Error.h"
#include "core/directory/Organization.h"

#include <atomic>
#include <functional>
#include <map>
#include <memory>

namespace sa::core {

class DirectoryStore;

/// What one pass of the services did.
struct RunReport
{
    int dispatched = 0; ///< messages the postoffices delivered or forwarded
    int carried = 0;    ///< messages MS Mail External moved from postoffice to postoffice
    int returned = 0;   ///< messages postoffices returned as undeliverable (waited too long)
    int pickedUp = 0;   ///< messages MS Mail Connectors took from their postoffices
    int routed = 0;     ///< messages site MTAs moved one hop
    int internet = 0;   ///< messages Internet Mail Services handed to their MTA (or returned)
    int replicated = 0; ///< objects directory replication wrote, requests and answers it sent by mail
    int dirsync = 0;    ///< dirsync messages the dirsync server received and sent (T2)
    /// Of the above, what a step left for a step that comes before it in a pass (mail handed to a
    /// postoffice or another site, a non-delivery report, a queue taken a batch at a time): only
    /// then does another pass find work. Replication, dirsync and the Internet Mail Services count
    /// whole (their mail goes through the MTA, an earlier step).
    int followUp = 0;
    int passes = 0; ///< passes made
    /// What could not be worked on while the rest was (a postoffice whose file cannot be opened),
    /// one line each, each said once however many passes met it.
    Phrases problems;
    int total() const
    {
        return dispatched + carried + returned + pickedUp + routed + internet + replicated + dirsync;
    }
    RunReport& operator+=(const RunReport& other);
};

/// Does the pending work of the organization's running services, as `siteadminctl run` and the
/// background worker do: the emulated postoffices' delivery, the MS Mail Connectors' pick-up,
/// MS Mail External between the postoffices, the site MTAs' routing (into postoffices, other sites and
/// mailboxes), and directory replication over Directory Replication Connectors, and the dirsync server's T2
/// on its schedule. Every step is its own transaction, so the work can stop (or be killed) at any instant and
/// go on from there.
class Runner
{
public:
    explicit Runner(Organization organization) : m_organization(std::move(organization)) {}
    /// Whether passes run the dirsync server's scheduled T2 (a whole dirsync cycle runs its own).
    void setScheduledDirsync(bool on) { m_scheduledDirsync = on; }
    /// Whether passes move mail (postoffice dispatch, connector pick-up, MTA routing) and replicate;
    /// a process that does not hold that work's ServiceLock leaves it to the one that does.
    void setMail(bool on) { m_mail = on; }
    void setReplication(bool on) { m_replication = on; }
    /// Checked between steps: a pass stops there with ErrorCode::Cancelled.
    void setCancel(const std::atomic_bool* cancel) { m_cancel = cancel; }

    Result<RunReport> runOnce();
    /// Passes until one leaves nothing for another (RunReport::followUp), or `maxSeconds` (0 = no
    /// limit) have gone by.
    Result<RunReport> runUntilIdle(int maxSeconds = 0);

private:
    /// The open site databases of a pass, by upper-case site name.
    using Stores = std::map<QString, std::unique_ptr<DirectoryStore>>;

    /// One step of a pass at every site, when `enabled`: checks for cancellation before each site and
    /// adds what `step` did to `total`; the first failure stops the pass.
    Status eachSite(const Stores& stores, bool enabled, int& total,
                    const std::function<Result<int>(DirectoryStore&)>& step) const;
    /// Directory replication into `store` over its Directory Replication Connectors whose schedule
    /// says so now and whose local bridgehead's Directory runs; `remoteSite` opens the other side. A
    /// connector whose bridgehead names no server is said in `problems` and left out.
    Result<int> replicate(DirectoryStore& store,
                          const std::function<DirectoryStore*(const QString&)>& remoteSite,
                          Phrases& problems);
    /// T2 where the Directory Synchronization Server's schedule says so now: with Always whenever
    /// requestor mail waits; with Selected times once at the top of each selected hour (Q180297).
    Result<int> scheduledT2(DirectoryStore& store);
    /// As requestor: T3 whenever the server's replies wait; T1 once at the top of each hour the Dir-Sync
    /// Requestor's schedule selects (Always: every hour; decided, the original's T1 page is not known).
    Result<int> scheduledRequestor(DirectoryStore& store);

    Status checkCancel() const;

    Organization m_organization;
    bool m_scheduledDirsync = true;
    bool m_mail = true;
    bool m_replication = true;
    const std::atomic_bool* m_cancel = nullptr;
};

} // namespace sa::core
