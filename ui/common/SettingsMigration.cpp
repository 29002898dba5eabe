#include "SettingsMigration.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace sa::ui {

void adoptUnnamedOrganizationSettings()
{
    QSettings current;
    if (!current.allKeys().isEmpty())
        return;
    // Where Qt keeps the settings of a program that names no organization (Linux, INI files).
    const QString old = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                        QStringLiteral("/Unknown Organization/") + QCoreApplication::applicationName() +
                        QStringLiteral(".conf");
    if (!QFileInfo::exists(old) || QFileInfo(old) == QFileInfo(current.fileName()))
        return;
    const QSettings previous(old, QSettings::IniFormat);
    for (const QString& key : previous.allKeys())
        current.setValue(key, previous.value(key));
    current.sync();
}

} // namespace sa::ui
