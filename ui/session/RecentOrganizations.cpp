#include "RecentOrganizations.h"

#include <QDir>
#include <QSettings>

namespace sa::ui {

namespace {
const QString Key = QStringLiteral("recentOrganizations");
}

QStringList RecentOrganizations::list()
{
    return QSettings().value(Key).toStringList().mid(0, Count);
}

void RecentOrganizations::remember(const QString& dir)
{
    const QString absolute = QDir(dir).absolutePath();
    keep(QStringList{absolute} + without(absolute));
}

void RecentOrganizations::forget(const QString& dir)
{
    keep(without(dir));
}

QStringList RecentOrganizations::without(const QString& dir)
{
    QStringList recent = list();
    recent.removeIf([&dir](const QString& d) { return QDir(d) == QDir(dir); });
    return recent;
}

void RecentOrganizations::keep(const QStringList& dirs)
{
    QSettings().setValue(Key, dirs.mid(0, Count));
}

} // namespace sa::ui
