#pragma once

#include "core/common/Charset.h"

#include <QString>

namespace sa::app::ctl {

class CtlRun;

/// --charset of import and export: sets `charset` to the one named (left as it is when the option
/// is not given) and returns empty, or returns the usage line that refuses the name.
QString takeCharsetOption(const CtlRun& run, core::Charset& charset);

} // namespace sa::app::ctl
