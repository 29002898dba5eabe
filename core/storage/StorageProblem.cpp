#include "StorageProblem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <pwd.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace sa::core::StorageProblem {

namespace {

QString userName()
{
    const passwd* pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString::number(::geteuid());
}

/// The nearest folder of `path` that exists (the file's own, or one above when that is missing).
QString existingFolder(const QString& path)
{
    QFileInfo dir(QFileInfo(path).absolutePath());
    while (!dir.exists() && !dir.isRoot() && dir.absoluteFilePath() != dir.absolutePath())
        dir = QFileInfo(dir.absolutePath());
    return dir.absoluteFilePath();
}

bool readOnlyFileSystem(const QString& folder)
{
    struct statvfs fs = {};
    return ::statvfs(QFile::encodeName(folder).constData(), &fs) == 0 && (fs.f_flag & ST_RDONLY) != 0;
}

bool diskFull(const QString& folder)
{
    struct statvfs fs = {};
    return ::statvfs(QFile::encodeName(folder).constData(), &fs) == 0 && fs.f_bavail == 0;
}

bool writable(const QString& path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

/// The first 100 bytes of an SQLite file are its header: the magic text, the page size (16-17) and
/// the size in pages (28-31). Read only when SQLite has refused the file.
Phrase headerProblem(const QString& path, qint64 size)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray header = f.read(100);
    f.close();
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic))
        return Phrase::tr("not an SQLite file");
    if (header.size() < 100)
        return Phrase::tr("truncated: %1 bytes, less than an SQLite header").arg(size);
    const auto byte = [&header](int i) {
        return quint32(quint8(header.at(i)));
    };
    quint32 pageSize = (byte(16) << 8) | byte(17);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = (byte(28) << 24) | (byte(29) << 16) | (byte(30) << 8) | byte(31);
    if (pageSize >= 512 && pages > 0 && size < qint64(pageSize) * pages)
        return Phrase::tr("truncated: %1 bytes of the %2 it holds").arg(size).arg(qint64(pageSize) * pages);
    return {};
}

} // namespace

QString systemError(int error)
{
    const QString text = QString::fromLocal8Bit(std::strerror(error));
    if (error == EACCES || error == EPERM)
        return QStringLiteral("%1 (for user %2)").arg(text, userName());
    return text;
}

Phrase diagnose(const QString& path, const QString& sqliteText)
{
    const QFileInfo info(path);
    const QString folder = existingFolder(path);
    if (info.isDir())
        return Phrase::tr("is a folder, not a database file");
    if (info.exists() && info.isFile() && info.size() == 0)
        return Phrase::tr("is empty (0 bytes), not a database");
    if (info.exists() && !info.isReadable())
        return Phrase::tr("permission denied: user %1 cannot read it").arg(userName());
    if (readOnlyFileSystem(folder))
        return Phrase::tr("the file system is read-only (mounted read-only): a database needs to write "
                          "beside it");
    // SQLite writes its journal beside the file: the folder must be writable, and the file.
    if (!writable(folder))
        return Phrase::tr("permission denied: user %1 cannot write in %2")
            .arg(userName(), QDir::toNativeSeparators(folder));
    if (info.exists() && !writable(path))
        return Phrase::tr("permission denied: user %1 cannot write it (read-only file, or immutable)")
            .arg(userName());
    if (diskFull(folder))
        return Phrase::tr("the disk is full");
    if (info.exists() && info.isFile() && !sqliteText.isEmpty()) {
        if (const Phrase header = headerProblem(path, info.size()); !header.isEmpty())
            return header;
    }
    return explain(sqliteText);
}

Phrase explain(const QString& sqliteText)
{
    const QString text = sqliteText.trimmed();
    const auto said = [&text](const Phrase& ours) {
        return Phrase::tr("%1 (SQLite: %2)").arg(ours, text);
    };
    if (text.contains(QLatin1String("database or disk is full")))
        return said(Phrase::tr("the disk is full"));
    if (text.contains(QLatin1String("readonly database")))
        return said(Phrase::tr("the database cannot be written (a read-only file, folder or file system)"));
    if (text.contains(QLatin1String("malformed")))
        return said(Phrase::tr("the database is damaged"));
    if (text.contains(QLatin1String("file is not a database")))
        return said(Phrase::tr("not an SQLite file"));
    if (text.contains(QLatin1String("disk I/O error")))
        return said(Phrase::tr("the disk failed to read or write it"));
    return Phrase::plain(text);
}

Phrase withoutPath(const Phrase& message, const QString& path)
{
    // The stores say "PATH: why" (Phrase::tr("%1: %2")): the why, still to be translated.
    const QString native = QDir::toNativeSeparators(path);
    if (message.source() == QLatin1String("%1: %2") && message.args().size() == 2 &&
        message.args().front().english() == native)
        return message.args().back();
    const QString prefix = native + QStringLiteral(": ");
    const QString english = message.english();
    return english.startsWith(prefix) ? Phrase::plain(english.mid(prefix.size())) : message;
}

} // namespace sa::core::StorageProblem
