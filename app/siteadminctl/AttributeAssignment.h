#pragma once

// ATTR=VALUE on siteadminctl's command lines (create, modify, find).

#include "core/common/Error.h"

#include <QString>
#include <utility>

namespace sa::app::ctl {

/// ATTR=VALUE split, with the attribute spelled as in the schema when it is known.
core::Result<std::pair<QString, QString>> splitAssignment(const QString& text);

} // namespace sa::app::ctl
