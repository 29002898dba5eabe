#include "CharsetOption.h"

#include "CtlOptions.h"
#include "CtlRun.h"

namespace sa::app::ctl {

QString takeCharsetOption(const CtlRun& run, core::Charset& charset)
{
    if (!run.isSet(OptCharset))
        return {};
    const auto named = core::charsetFrom(run.value(OptCharset));
    if (!named)
        return QStringLiteral("--charset takes ansi, unicode or utf8, not \"%1\"").arg(run.value(OptCharset));
    charset = *named;
    return {};
}

} // namespace sa::app::ctl
