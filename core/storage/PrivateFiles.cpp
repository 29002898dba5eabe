#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <sys/stat.h>

namespace sa::core {

bool PrivateFiles::makeFolder(const QString& path)
{
    return QDir().mkpath(path) && ::chmod(QFile::encodeName(path).constData(), S_IRWXU) == 0;
}

bool PrivateFiles::restrictFile(const QString& path)
{
    return ::chmod(QFile::encodeName(path).constData(), S_IRUSR | S_IWUSR) == 0;
}

namespace {

bool isLoose(const QString& path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && (st.st_mode & (S_IRWXG | S_IRWXO)) != 0;
}

} // namespace

QStringList PrivateFiles::looseIn(const QString& orgDir)
{
    QStringList out;
    if (isLoose(orgDir))
        out << QStringLiteral(".");
    for (const QString& folder : {QStringLiteral("sites"), QStringLiteral("postoffices"),
                                  QStringLiteral("externals"), QStringLiteral("locks")}) {
        const QString path = orgDir + QLatin1Char('/') + folder;
        if (isLoose(path))
            out << folder;
        for (const QString& file : QDir(path).entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
            if (isLoose(path + QLatin1Char('/') + file))
                out << folder + QLatin1Char('/') + file;
        }
    }
    return out;
}

QString PrivateFiles::fixCommand(const QString& orgDir)
{
    QString quoted = QDir::toNativeSeparators(orgDir);
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QStringLiteral("chmod -R go-rwx '%1'").arg(quoted);
}

} // namespace sa::core
