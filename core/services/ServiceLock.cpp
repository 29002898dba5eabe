#include "ServiceLock.h"

#include <QDir>
#include <QFileInfo>

namespace sa::core {

const QString ServiceLock::Mail = QStringLiteral("mail");
const QString ServiceLock::Replication = QStringLiteral("replication");
const QString ServiceLock::Dirsync = QStringLiteral("dirsync");

QString ServiceLock::Holder::describe() const
{
    return QStringLiteral("%1 (process %2 on %3) since %4")
        .arg(program.isEmpty() ? QStringLiteral("a program") : program)
        .arg(pid)
        .arg(host.isEmpty() ? QStringLiteral("this computer") : host,
             since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

ServiceLock::ServiceLock(const QString& orgDir, const QString& work)
    : m_work(work), m_path(orgDir + QStringLiteral("/locks/%1.lock").arg(work)),
      m_file(std::make_unique<QLockFile>(m_path))
{
    // Held as long as the service runs: never stale by age, only when its process is gone.
    m_file->setStaleLockTime(0);
}

ServiceLock::~ServiceLock() = default;

bool ServiceLock::tryLock()
{
    if (m_file->isLocked())
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    return m_file->tryLock(0);
}

void ServiceLock::unlock()
{
    if (m_file->isLocked())
        m_file->unlock();
}

std::optional<ServiceLock::Holder> ServiceLock::holder() const
{
    Holder h;
    if (!m_file->getLockInfo(&h.pid, &h.host, &h.program))
        return std::nullopt;
    h.since = QFileInfo(m_path).lastModified();
    return h;
}

} // namespace sa::core
