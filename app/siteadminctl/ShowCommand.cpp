#include "ShowCommand.h"

#include "CtlOptions.h"
#include "core/directory/ObjectFormatter.h"

namespace sa::app::ctl {

using namespace sa::core;

ShowCommand::ShowCommand() : CtlCommand(QStringLiteral("show"), QStringLiteral("All attributes of an object"))
{
    addArgument(
        {QStringLiteral("DN"), QStringLiteral("The object, as /o=ORG/ou=SITE/cn=Recipients/cn=ALIAS.")});
    addOption(
        {OptRevealSecrets,
         QStringLiteral("Show secret attributes (DXA-Password) as they are, not as %1.").arg(Secrets::Mask)});
}

int ShowCommand::execute(CtlRun& run)
{
    auto named = run.storeOf(run.arg(0));
    if (!named)
        return run.fail(named.error().message());
    auto object = named->store->object(named->dn);
    if (!object)
        return run.fail(object.error().message());
    const auto secrets = run.isSet(OptRevealSecrets) ? Secrets::Display::Revealed : Secrets::Display::Masked;
    if (run.json())
        run.printJson(ObjectFormatter::toJson(object.value(), true, secrets));
    else
        run.out() << ObjectFormatter::attributesText(object.value(), secrets);
    return 0;
}

} // namespace sa::app::ctl
