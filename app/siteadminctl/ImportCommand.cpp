#include "ImportCommand.h"

#include "CharsetOption.h"
#include "CtlOptions.h"
#include "core/common/CsvStream.h"
#include "core/directory/DirectoryCsvFormat.h"
#include "core/directory/DirectoryImporter.h"

#include <QFile>
#include <QJsonObject>

namespace sa::app::ctl {

using namespace sa::core;

ImportCommand::ImportCommand()
    : CtlCommand(QStringLiteral("import"), QStringLiteral("Directory Import (CSV); all rows or none"))
{
    setDetails(QStringLiteral(
        "The first row names the columns (Obj-Class, Obj-Container, Mode, Display-Name, ...). A row's Mode "
        "says what it does: Update (or none) creates or changes, Create only creates, Modify only changes, "
        "Delete deletes. If any row is wrong, every problem is named with its line and column and nothing "
        "is written."));
    addArgument({QStringLiteral("FILE"), QStringLiteral("The CSV file."), CommandArgument::Count::One,
                 CommandArgument::Completion::File});
    addOption({OptContainer,
               QStringLiteral("Where rows without an Obj-Container go (default: the first row's)."),
               QStringLiteral("DN")});
    addOption(
        {OptMultivalued,
         QStringLiteral("Multivalued properties (Members, Proxy-Addresses, ...) of an existing object: "
                        "append adds the file's values to its own, overwrite (the default) replaces them."),
         QStringLiteral("append|overwrite")});
    addOption({OptServer,
               QStringLiteral("The server new mailboxes live on when their row names no Home-Server (the "
                              "Import dialog's MS Exchange server; default: the site's first server)."),
               QStringLiteral("SERVER")});
    addOption(
        {OptCharset,
         QStringLiteral("The file's character set: ansi (Windows-1252), unicode (UTF-16 LE) or utf8; by "
                        "default its byte-order mark says, UTF-8 without one."),
         QStringLiteral("ansi|unicode|utf8")});
}

int ImportCommand::execute(CtlRun& run)
{
    const QString file = run.arg(0);
    DirectoryImporter::Options options;
    if (run.isSet(OptMultivalued)) {
        const auto multivalued = DirectoryImporter::multivaluedFrom(run.value(OptMultivalued));
        if (!multivalued)
            return run.usage(QStringLiteral("--multivalued takes append or overwrite, not \"%1\"")
                                 .arg(run.value(OptMultivalued)));
        options.multivalued = *multivalued;
    }
    options.server = run.value(OptServer);
    if (const QString refused = takeCharsetOption(run, options.charset); !refused.isEmpty())
        return run.usage(refused);
    QFile input;
    if (Status opened = DirectoryImporter::open(file, input); !opened)
        return run.fail(QStringLiteral("%1: %2").arg(file, opened.error().message()));
    Dn container;
    if (run.isSet(OptContainer)) {
        auto dn = Dn::parse(run.value(OptContainer));
        if (!dn)
            return run.fail(dn.error().message());
        container = dn.value();
    } else {
        // The site comes from the first row's Obj-Container; without one, --container is needed.
        // Two records are read for it; the import reads the file again from its start.
        CsvStream csv(input, options.charset);
        const std::optional<CsvRow> header = csv.next();
        const std::optional<CsvRow> first = header ? csv.next() : std::nullopt;
        int column = -1;
        for (int c = 0; header && c < header->fields.size() && column < 0; ++c) {
            if (DirectoryCsvFormat::names(header->fields.at(c), DirectoryCsvFormat::Container))
                column = c;
        }
        if (column < 0 || !first || first->fields.value(column).isEmpty())
            return run.usage(
                QStringLiteral("import needs --container DN (where rows without an Obj-Container go)"));
        auto dn = Dn::parse(first->fields.value(column));
        if (!dn)
            return run.fail(QStringLiteral("%1:2: %2").arg(file, dn.error().message()));
        container = dn.value();
        input.seek(0);
    }
    auto store = run.storeFor(container);
    if (!store)
        return run.fail(store.error().message());
    if (run.isSet(OptContainer))
        options.container = container;
    const DirectoryImporter::Report report = DirectoryImporter::importFrom(*store.value(), input, options);
    if (!report.ok()) {
        for (const QString& line : report.lines(file))
            run.warn(line);
        return 1;
    }
    if (run.json())
        run.printJson(QJsonObject{{QStringLiteral("created"), report.created},
                                  {QStringLiteral("modified"), report.modified},
                                  {QStringLiteral("unchanged"), report.unchanged},
                                  {QStringLiteral("deleted"), report.deleted}});
    else
        run.out() << "Imported " << file << ": " << report.created << " created, " << report.modified
                  << " modified, " << report.unchanged << " unchanged, " << report.deleted << " deleted"
                  << Qt::endl;
    return 0;
}

} // namespace sa::app::ctl
