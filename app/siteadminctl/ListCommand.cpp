#include "ListCommand.h"

#include "CtlOptions.h"
#include "app/common/JsonArrayStream.h"
#include "core/directory/ObjectFormatter.h"
#include "core/directory/Schema.h"

namespace sa::app::ctl {

using namespace sa::core;

ListCommand::ListCommand() : CtlCommand(QStringLiteral("list"), QStringLiteral("List objects"))
{
    setDetails(QStringLiteral("The children of DN (the organization when none is given), one a line: "
                              "class, display name, DN. Replicas of other sites' objects are listed too."));
    addArgument({QStringLiteral("DN"), QStringLiteral("Where to start (default: the organization)."),
                 CommandArgument::Count::Optional});
    addOption({OptDepth, QStringLiteral("Levels below DN (default 1, or all with --class; -1 = all)."),
               QStringLiteral("N")});
    addOption({OptClass, QStringLiteral("Only objects of this class (siteadminctl schema lists them)."),
               QStringLiteral("CLASS")});
}

int ListCommand::execute(CtlRun& run)
{
    // Children by default; with --class, the whole tree (a class filter over one level is rarely meant).
    int depth = run.isSet(OptClass) ? -1 : 1;
    if (run.isSet(OptDepth)) {
        bool ok = false;
        depth = run.value(OptDepth).toInt(&ok);
        if (!ok || depth < -1)
            return run.usage(QStringLiteral("--depth takes a number of levels (-1 = all), not \"%1\"")
                                 .arg(run.value(OptDepth)));
    }
    const QString className = run.value(OptClass);
    if (!className.isEmpty() && !Schema::instance().findClass(className))
        return run.fail(QStringLiteral("unknown class \"%1\" (see siteadminctl schema)").arg(className));
    auto org = run.organization();
    if (!org)
        return run.fail(org.error().message());
    Dn base = Dn().child(QStringLiteral("o"), org->name());
    if (!run.args().isEmpty()) {
        auto dn = Dn::parse(run.arg(0));
        if (!dn)
            return run.fail(dn.error().message());
        base = dn.value();
    }
    // Printed as it is read, a page of each container at a time: a million entries in the memory of
    // a page, and the output buffered (a flush per line would cost a write each).
    Status listed;
    if (run.json()) {
        JsonArrayStream array(run.out());
        listed = org->visit(base, depth, className, run.unreadable(), [&](const DirectoryObject& o) {
            array.append(ObjectFormatter::toJson(o, false));
            return Status();
        });
    } else {
        listed = org->visit(base, depth, className, run.unreadable(), [&](const DirectoryObject& o) {
            run.out() << ObjectFormatter::listLine(o) << '\n';
            return Status();
        });
    }
    if (!listed)
        return run.fail(listed.error().message());
    return 0;
}

} // namespace sa::app::ctl
