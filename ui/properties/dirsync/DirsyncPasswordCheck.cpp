#include "DirsyncPasswordCheck.h"

#include "core/common/PasswordRule.h"
#include "core/directory/Schema.h"

#include <QCoreApplication>

namespace sa::ui {

QString dirsyncPasswordProblem(const QString& typed, const core::DirectoryObject& requestor)
{
    if (requestor.id != 0 && typed == requestor.value(core::attr::DxaPassword))
        return {};
    const core::Status s = core::PasswordRule::check(
        typed, QCoreApplication::translate("sa::ui::DirsyncPasswordCheck", "The dirsync password"));
    return s ? QString() : s.error().translated() + QLatin1Char('.');
}

} // namespace sa::ui
