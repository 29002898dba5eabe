#include "Startup.h"

#include "core/host/DemoOrganization.h"
#include "ui/common/Prompts.h"
#include "ui/dialogs/FirstRunDialog.h"

#include <QCoreApplication>

namespace sa::ui {

std::optional<core::Organization> Startup::openOrganization(const QString& folder, bool demo, QWidget* parent)
{
    const QString title = QCoreApplication::translate("Startup", "Site Administrator");
    auto org = core::Organization::open(folder);
    if (org)
        return org.value();
    if (org.error().code() != core::ErrorCode::NotFound) {
        Prompts::error(parent, title, org.error().translated());
        return std::nullopt;
    }
    if (demo) {
        auto built = core::DemoOrganization::build(folder, core::DemoStage::Configured);
        if (!built) {
            Prompts::error(parent, title, built.error().translated());
            return std::nullopt;
        }
        return built.value();
    }
    FirstRunDialog dialog(folder, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    if (dialog.choice() == FirstRunDialog::Choice::Demo)
        return openOrganization(core::Organization::defaultDemoPath(), true, parent);
    auto created = core::Organization::create(folder, dialog.organization(), dialog.site(), dialog.server());
    if (!created) {
        Prompts::error(parent, title, created.error().translated());
        return std::nullopt;
    }
    return created.value();
}

} // namespace sa::ui
