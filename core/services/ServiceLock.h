#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace sa::core {

/// Who does one kind of the organization's service work (mail, replication, directory
/// synchronization): ORG/locks/WORK.lock, locked with flock() while a process does that work, and
/// naming it (process id, program, host, since when). The kernel lets the lock go when the process
/// ends, however it ends (killed, crashed), so a lock is never left behind; two holders never
/// coexist, within one process or across processes. Held until unlock() or destruction.
class ServiceLock
{
public:
    /// The kinds of work, each locked on its own.
    static const QString Mail;        ///< postoffice dispatch, MS Mail Connector pick-up, MTA routing
    static const QString Replication; ///< directory replication
    static const QString Dirsync;     ///< the DXA (T1, T2, T3) and the emulated postoffices' dirsync

    struct Holder
    {
        qint64 pid = 0;
        QString program;
        QString host;
        QDateTime since;
        /// "siteadminctl (process 1234 on host) since 2026-11-27 04:05:12".
        QString describe() const;
    };

    ServiceLock(const QString& orgDir, const QString& work);
    ~ServiceLock();
    ServiceLock(const ServiceLock&) = delete;
    ServiceLock& operator=(const ServiceLock&) = delete;

    const QString& work() const { return m_work; }
    /// Takes the lock if nobody holds it; never waits. False when another process holds it, or
    /// when it cannot be taken at all (problem() says why).
    bool tryLock();
    /// Why the last tryLock() failed when nobody else holds the lock (the lock file cannot be made:
    /// permissions, a read-only file system, ...); empty when it is held by another process.
    const QString& problem() const { return m_problem; }
    bool isLocked() const { return m_fd >= 0; }
    void unlock();
    /// Who holds the lock now (this process too), or nothing when nobody does.
    std::optional<Holder> holder() const;
    /// The holder described, or "another process" when it cannot be read (for messages).
    QString holderText() const;

private:
    QString m_work;
    QString m_path;
    int m_fd = -1;
    QString m_problem;
};

} // namespace sa::core
