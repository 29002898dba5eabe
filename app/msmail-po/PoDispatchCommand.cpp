#include "PoDispatchCommand.h"

#include "core/msmail/PostofficeQueue.h"

#include <QJsonObject>

namespace sa::app::po {

using namespace sa::core;

PoDispatchCommand::PoDispatchCommand()
    : PoCommand(QStringLiteral("dispatch"), QStringLiteral("Deliver and forward what is queued"))
{
    addPostofficeArgument();
}

int PoDispatchCommand::execute(PoRun& run)
{
    auto po = run.postoffice(run.arg(0));
    if (!po)
        return run.fail(po.error().message());
    auto n = PostofficeQueue(*po.value()).dispatch();
    if (!n)
        return run.fail(n.error().message());
    run.print(QJsonObject{{QStringLiteral("processed"), n.value()}},
              QStringLiteral("Processed %1 message(s)").arg(n.value()));
    return 0;
}

} // namespace sa::app::po
