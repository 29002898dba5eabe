#pragma once

#include "core/directory/AutoNaming.h"

namespace sa::ui {

/// Tools > Options > Auto Naming, kept per user in QSettings.
class AutoNamingSettings
{
public:
    static core::AutoNaming load();
    static void save(const core::AutoNaming& naming);
};

} // namespace sa::ui
