#include "ShowCommand.h"

#include "core/directory/ObjectFormatter.h"

namespace sa::app::ctl {

using namespace sa::core;

ShowCommand::ShowCommand() : CtlCommand(QStringLiteral("show"), QStringLiteral("All attributes of an object"))
{
    addArgument(
        {QStringLiteral("DN"), QStringLiteral("The object, as /o=ORG/ou=SITE/cn=Recipients/cn=ALIAS.")});
}

int ShowCommand::execute(CtlRun& run)
{
    auto dn = Dn::parse(run.arg(0));
    if (!dn)
        return run.fail(dn.error().message());
    auto store = run.storeFor(dn.value());
    if (!store)
        return run.fail(store.error().message());
    auto object = store.value()->object(dn.value());
    if (!object)
        return run.fail(object.error().message());
    if (run.json())
        run.printJson(ObjectFormatter::toJson(object.value(), true));
    else
        run.out() << ObjectFormatter::attributesText(object.value());
    return 0;
}

} // namespace sa::app::ctl
