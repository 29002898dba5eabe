#include "Version.h"

#include "core/common/VersionConfig.h"

namespace sa::core {

QString productVersion()
{
    return QStringLiteral(SITEADMIN_VERSION);
}

QString productName()
{
    return QStringLiteral("Site Administrator");
}

} // namespace sa::core
