#include "FileDialogs.h"

#include <QFileDialog>
#include <optional>

namespace sa::ui {

namespace {
std::optional<QString> g_next;
}

QString FileDialogs::saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                  const QString& filter)
{
    if (g_next) {
        const QString name = *g_next;
        g_next.reset();
        return name;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString FileDialogs::openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (g_next) {
        const QString name = *g_next;
        g_next.reset();
        return name;
    }
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
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
