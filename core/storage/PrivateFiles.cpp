#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace sa::core {

namespace {

constexpr mode_t TeamFolder = S_ISGID | S_IRWXU | S_IRWXG;
constexpr mode_t TeamFile = S_IRUSR | S_IWUSR | S_IRGRP | S_IWGRP;

bool changeMode(const QString& path, mode_t mode)
{
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

/// Whether this process may give a file to `gid`: root, its own group, or one it is a member of.
bool isMemberOf(gid_t gid)
{
    if (::geteuid() == 0 || ::getegid() == gid)
        return true;
    const int n = ::getgroups(0, nullptr);
    if (n <= 0)
        return false;
    std::vector<gid_t> groups(static_cast<size_t>(n));
    const int got = ::getgroups(n, groups.data());
    for (int i = 0; i < got; ++i) {
        if (groups[static_cast<size_t>(i)] == gid)
            return true;
    }
    return false;
}

} // namespace

bool PrivateFiles::isShared(const QString& path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISDIR(st.st_mode) &&
           (st.st_mode & S_ISGID) != 0 && (st.st_mode & S_IRWXG) != 0;
}

bool PrivateFiles::makeFolder(const QString& path)
{
    if (!QDir().mkpath(path))
        return false;
    const QString parent = QFileInfo(QDir::cleanPath(path)).path();
    return changeMode(path, isShared(parent) ? TeamFolder : S_IRWXU);
}

bool PrivateFiles::restrictFile(const QString& path)
{
    return changeMode(path, isShared(QFileInfo(path).path()) ? TeamFile : (S_IRUSR | S_IWUSR));
}

Status PrivateFiles::shareWithGroup(const QString& path, const QString& groupName)
{
    const struct group* g = ::getgrnam(groupName.toLocal8Bit().constData());
    if (!g)
        return Error(ErrorCode::InvalidArgument,
                     Phrase::tr("there is no group \"%1\" on this machine").arg(groupName));
    if (!isMemberOf(g->gr_gid))
        return Error(ErrorCode::NotAllowed,
                     Phrase::tr("you are not a member of the group \"%1\"; only its members may share an "
                                "organization with it")
                         .arg(groupName));
    const QByteArray name = QFile::encodeName(path);
    if (::chown(name.constData(), static_cast<uid_t>(-1), g->gr_gid) != 0 || !changeMode(path, TeamFolder))
        return Error(
            ErrorCode::Storage,
            Phrase::tr("cannot give %1 to the group \"%2\"").arg(QDir::toNativeSeparators(path), groupName));
    return {};
}

namespace {

/// Whether others than the owner (and, in a team's folder, its group) may use `path`.
bool isLoose(const QString& path, bool team)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    return (st.st_mode & (team ? mode_t(S_IRWXO) : mode_t(S_IRWXG | S_IRWXO))) != 0;
}

} // namespace

QStringList PrivateFiles::looseIn(const QString& orgDir)
{
    const bool team = isShared(orgDir);
    QStringList out;
    if (isLoose(orgDir, team))
        out << QStringLiteral(".");
    for (const QString& folder : {QStringLiteral("sites"), QStringLiteral("postoffices"),
                                  QStringLiteral("externals"), QStringLiteral("locks")}) {
        const QString path = orgDir + QLatin1Char('/') + folder;
        if (isLoose(path, team))
            out << folder;
        for (const QString& file : QDir(path).entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
            if (isLoose(path + QLatin1Char('/') + file, team))
                out << folder + QLatin1Char('/') + file;
        }
    }
    return out;
}

QString PrivateFiles::fixCommand(const QString& orgDir)
{
    QString quoted = QDir::toNativeSeparators(orgDir);
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QStringLiteral("chmod -R %1 '%2'")
        .arg(isShared(orgDir) ? QStringLiteral("o-rwx") : QStringLiteral("go-rwx"), quoted);
}

} // namespace sa::core
