#include "PoDirsyncT1Command.h"

#include "core/msmail/PostofficeDirsync.h"

#include <QJsonObject>

namespace sa::app::po {

using namespace sa::core;

PoDirsyncT1Command::PoDirsyncT1Command()
    : PoCommand(QStringLiteral("dirsync t1"), QStringLiteral("The requestor's T1: send changes and requests"))
{
    addPostofficeArgument();
}

int PoDirsyncT1Command::execute(PoRun& run)
{
    auto po = run.postoffice(run.arg(0));
    if (!po)
        return run.fail(po.error().message());
    PostofficeDirsync agent(*po.value());
    auto subject = agent.t1();
    if (!subject)
        return run.fail(subject.error().message());
    run.print(QJsonObject{{QStringLiteral("sent"), subject.value()}}, subject.value());
    return 0;
}

} // namespace sa::app::po
