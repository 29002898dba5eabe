#include "ExportCommand.h"

#include "CharsetOption.h"
#include "CtlOptions.h"
#include "core/directory/DirectoryExporter.h"

#include <QJsonObject>

namespace sa::app::ctl {

using namespace sa::core;

ExportCommand::ExportCommand()
    : CtlCommand(QStringLiteral("export"), QStringLiteral("Directory Export (CSV) of a recipients container"))
{
    setDetails(QStringLiteral("The file is written whole or not at all; Directory Import reads it back."));
    addArgument({QStringLiteral("FILE"), QStringLiteral("The CSV file to write."),
                 CommandArgument::Count::One, CommandArgument::Completion::File});
    addArgument({QStringLiteral("DN"), QStringLiteral("The recipients container.")});
    addOption({OptClass, QStringLiteral("A class to export (repeatable; default: every recipient class)."),
               QStringLiteral("CLASS")});
    addOption({OptSubcontainers, QStringLiteral("Also the recipients containers below DN.")});
    addOption({OptCharset,
               QStringLiteral("The file's character set: utf8 (the default), ansi (Windows-1252; a value it "
                              "cannot hold is refused) or unicode (UTF-16 LE with a byte-order mark)."),
               QStringLiteral("ansi|unicode|utf8")});
}

int ExportCommand::execute(CtlRun& run)
{
    auto dn = Dn::parse(run.arg(1));
    if (!dn)
        return run.fail(dn.error().message());
    DirectoryExporter::Options options;
    options.container = dn.value();
    options.subcontainers = run.isSet(OptSubcontainers);
    options.classes = run.values(OptClass);
    if (const QString refused = takeCharsetOption(run, options.charset); !refused.isEmpty())
        return run.usage(refused);
    auto store = run.storeFor(dn.value());
    if (!store)
        return run.fail(store.error().message());
    auto n = DirectoryExporter::exportFile(*store.value(), options, run.arg(0));
    if (!n)
        return run.fail(n.error().message());
    if (run.json())
        run.printJson(
            QJsonObject{{QStringLiteral("exported"), n.value()}, {QStringLiteral("file"), run.arg(0)}});
    else
        run.out() << "Exported " << n.value() << " objects to " << run.arg(0) << Qt::endl;
    return 0;
}

} // namespace sa::app::ctl
