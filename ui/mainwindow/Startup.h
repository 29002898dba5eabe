#pragma once

#include "core/directory/Organization.h"

#include <optional>

class QWidget;

namespace sa::ui {

/// What siteadmin does before its main window: find the organization in the folder, build the
/// demo when asked, or ask the administrator (FirstRunDialog) when the folder holds none.
class Startup
{
public:
    /// The organization to open, or nothing when the administrator cancelled or it failed (the
    /// reason has been shown).
    static std::optional<core::Organization> openOrganization(const QString& folder, bool demo,
                                                              QWidget* parent = nullptr);
};

} // namespace sa::ui
