#pragma once

#include <QDateTime>
#include <QLockFile>
#include <QString>
#include <memory>
#include <optional>

namespace sa::core {

/// Who does one kind of the organization's service work (mail, replication, directory
/// synchronization): a lock file ORG/locks/WORK.lock that names the holder (its process id, host and
/// program) and, by its time, since when. Two processes never hold one at once; the lock of a
/// process that died (killed, crashed) is taken over by the next that asks, as QLockFile finds a
/// lock whose process is gone stale. Held until unlock() or destruction.
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
        QString host;
        QString program;
        QDateTime since;
        /// "siteadminctl (process 1234 on host) since 2026-11-27 04:05:12".
        QString describe() const;
    };

    ServiceLock(const QString& orgDir, const QString& work);
    ~ServiceLock();
    ServiceLock(const ServiceLock&) = delete;
    ServiceLock& operator=(const ServiceLock&) = delete;

    const QString& work() const { return m_work; }
    /// Takes the lock if no living process holds it; never waits.
    bool tryLock();
    bool isLocked() const { return m_file->isLocked(); }
    void unlock();
    /// Who holds the lock now (this process too), or nothing when nobody does.
    std::optional<Holder> holder() const;

private:
    QString m_work;
    QString m_path;
    std::unique_ptr<QLockFile> m_file;
};

} // namespace sa::core
