#include "PoListCommand.h"

#include "core/directory/Organization.h"

#include <QJsonArray>

namespace sa::app::po {

using namespace sa::core;

PoListCommand::PoListCommand()
    : PoCommand(QStringLiteral("list"), QStringLiteral("The organization's postoffices"))
{
}

int PoListCommand::execute(PoRun& run)
{
    if (auto org = Organization::open(run.orgDir()); !org)
        return run.fail(org.error().message());
    Phrases unreadable;
    const QStringList all = PostofficeStore::list(run.orgDir(), &unreadable);
    run.print(QJsonArray::fromStringList(all), all.join(QLatin1Char('\n')));
    for (const Phrase& line : unreadable)
        run.warn(line.english());
    return unreadable.isEmpty() ? 0 : 1;
}

} // namespace sa::app::po
