#include "FileDialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <optional>

namespace sa::ui {

namespace {

std::optional<QString> g_next;
const QString LastFolderKey = QStringLiteral("fileDialogs/lastFolder");

/// What the administrator chose (or the test named), its folder kept for the next dialog.
QString chosen(const QString& name)
{
    if (!name.isEmpty())
        QSettings().setValue(LastFolderKey, QFileInfo(name).absolutePath());
    return name;
}

} // namespace

QString FileDialogs::startFolder()
{
    const QString last = QSettings().value(LastFolderKey).toString();
    return !last.isEmpty() && QDir(last).exists() ? last : QDir::homePath();
}

QString FileDialogs::saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                  const QString& filter)
{
    if (g_next) {
        const QString name = *g_next;
        g_next.reset();
        return chosen(name);
    }
    const QString start =
        QFileInfo(suggested).isAbsolute() ? suggested : QDir(startFolder()).filePath(suggested);
    return chosen(QFileDialog::getSaveFileName(parent, caption, start, filter));
}

QString FileDialogs::openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (g_next) {
        const QString name = *g_next;
        g_next.reset();
        return chosen(name);
    }
    return chosen(QFileDialog::getOpenFileName(parent, caption, startFolder(), filter));
}

QString FileDialogs::folderName(QWidget* parent, const QString& caption, const QString& start)
{
    if (g_next) {
        const QString name = *g_next;
        g_next.reset();
        return name;
    }
    return QFileDialog::getExistingDirectory(parent, caption, start);
}

void FileDialogs::setNextFileName(const QString& name)
{
    g_next = name;
}

} // namespace sa::ui
