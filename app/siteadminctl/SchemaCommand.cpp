#include "SchemaCommand.h"

#include "core/directory/ObjectFormatter.h"

namespace sa::app::ctl {

using namespace sa::core;

SchemaCommand::SchemaCommand()
    : CtlCommand(QStringLiteral("schema"), QStringLiteral("Classes and attributes"))
{
}

int SchemaCommand::execute(CtlRun& run)
{
    if (run.json())
        run.printJson(ObjectFormatter::schemaJson());
    else
        run.out() << ObjectFormatter::schemaText();
    return 0;
}

} // namespace sa::app::ctl
