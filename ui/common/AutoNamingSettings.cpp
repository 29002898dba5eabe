#include "AutoNamingSettings.h"

#include <QSettings>

namespace sa::ui {

core::AutoNaming AutoNamingSettings::load()
{
    QSettings s;
    core::AutoNaming n;
    n.display = core::AutoNaming::DisplayFormat(
        s.value(QStringLiteral("autoNaming/display"), int(n.display)).toInt());
    n.alias =
        core::AutoNaming::AliasFormat(s.value(QStringLiteral("autoNaming/alias"), int(n.alias)).toInt());
    n.customDisplay = s.value(QStringLiteral("autoNaming/customDisplay"), n.customDisplay).toString();
    n.customAlias = s.value(QStringLiteral("autoNaming/customAlias"), n.customAlias).toString();
    return n;
}

void AutoNamingSettings::save(const core::AutoNaming& n)
{
    QSettings s;
    s.setValue(QStringLiteral("autoNaming/display"), int(n.display));
    s.setValue(QStringLiteral("autoNaming/alias"), int(n.alias));
    s.setValue(QStringLiteral("autoNaming/customDisplay"), n.customDisplay);
    s.setValue(QStringLiteral("autoNaming/customAlias"), n.customAlias);
}

} // namespace sa::ui
