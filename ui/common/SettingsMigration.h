#pragma once

namespace sa::ui {

/// The window's settings before the programs named their organization to Qt were kept under
/// "Unknown Organization" (~/.config/Unknown Organization/siteadmin.conf). The first start with
/// none of its own takes them over (the old file is left as it was); later starts do nothing.
void adoptUnnamedOrganizationSettings();

} // namespace sa::ui
