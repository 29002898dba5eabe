#include "ServiceLock.h"

#include "core/common/Clock.h"
#include "core/storage/PrivateFiles.h"
#include "core/storage/StorageProblem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

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
    : m_work(work), m_path(orgDir + QStringLiteral("/locks/%1.lock").arg(work))
{
}

ServiceLock::~ServiceLock()
{
    unlock();
}

bool ServiceLock::tryLock()
{
    if (m_fd >= 0)
        return true;
    m_problem.clear();
    PrivateFiles::makeFolder(QFileInfo(m_path).absolutePath());
    const QByteArray path = QFile::encodeName(m_path);
    int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0)
        PrivateFiles::restrictFile(m_path); // made here: 0600, or 0660 in a team's folder
    else if (errno == EEXIST)
        fd = ::open(path.constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        // Not held by anyone: the lock file cannot be made or opened (permissions, read-only media).
        const Phrase why = StorageProblem::diagnose(m_path);
        m_problem =
            QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_path),
                                         why.isEmpty() ? StorageProblem::systemError(errno) : why.english());
        return false;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK)
            m_problem = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_path),
                                                     StorageProblem::systemError(errno));
        ::close(fd);
        return false;
    }
    // Ours: say who holds it, in place of whoever held it before.
    const QByteArray who = QByteArray::number(QCoreApplication::applicationPid()) + '\n' +
                           QFileInfo(QCoreApplication::applicationFilePath()).fileName().toUtf8() + '\n' +
                           QSysInfo::machineHostName().toUtf8() + '\n' +
                           Clock::nowUtc().toString(Qt::ISODate).toUtf8() + '\n';
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, who.constData(), size_t(who.size()), 0) != who.size()) {
        ::close(fd); // closing lets the lock go
        return false;
    }
    m_fd = fd;
    return true;
}

void ServiceLock::unlock()
{
    if (m_fd < 0)
        return;
    ::flock(m_fd, LOCK_UN);
    ::close(m_fd);
    m_fd = -1;
}

std::optional<ServiceLock::Holder> ServiceLock::holder() const
{
    const QByteArray path = QFile::encodeName(m_path);
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    // Nobody holds it when a shared lock can be had at once.
    const bool free = m_fd < 0 && ::flock(fd, LOCK_SH | LOCK_NB) == 0;
    QByteArray text(4096, '\0');
    const ssize_t n = free ? 0 : ::pread(fd, text.data(), size_t(text.size()), 0);
    ::close(fd);
    if (free)
        return std::nullopt;
    const QList<QByteArray> lines = text.left(int(std::max<ssize_t>(n, 0))).split('\n');
    Holder h;
    h.pid = lines.value(0).toLongLong();
    h.program = QString::fromUtf8(lines.value(1));
    h.host = QString::fromUtf8(lines.value(2));
    h.since = QDateTime::fromString(QString::fromUtf8(lines.value(3)), Qt::ISODate);
    return h;
}

QString ServiceLock::holderText() const
{
    const auto who = holder();
    return who ? who->describe() : QStringLiteral("another process");
}

} // namespace sa::core
