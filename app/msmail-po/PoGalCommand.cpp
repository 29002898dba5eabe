#include "PoGalCommand.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sa::app::po {

using namespace sa::core;

PoGalCommand::PoGalCommand()
    : PoCommand(QStringLiteral("gal"), QStringLiteral("The address list the postoffice's users see"))
{
    setDetails(QStringLiteral("Its own users and every entry directory synchronization brought, with the "
                              "template fields (Department, Phone, ...) after the address."));
    addPostofficeArgument();
}

int PoGalCommand::execute(PoRun& run)
{
    auto po = run.postoffice(run.arg(0));
    if (!po)
        return run.fail(po.error().message());
    auto entries = po.value()->gal();
    if (!entries)
        return run.fail(entries.error().message());
    QJsonArray array;
    QStringList lines;
    for (const PoGalEntry& e : entries.value()) {
        // Template fields (Department, Phone, ...) after the address, as "Prompt: value".
        QJsonObject fields;
        QStringList shown;
        for (const DirsyncField& f : e.fields) {
            fields.insert(f.prompt, f.value);
            shown << QStringLiteral("%1: %2").arg(f.prompt, f.value);
        }
        array.append(QJsonObject{{QStringLiteral("name"), e.fullName},
                                 {QStringLiteral("address"), e.address},
                                 {QStringLiteral("local"), e.local},
                                 {QStringLiteral("fields"), fields}});
        QString line = QStringLiteral("%1  %2").arg(e.fullName, -30).arg(e.address);
        if (!shown.isEmpty())
            line += QStringLiteral("  [%1]").arg(shown.join(QStringLiteral("; ")));
        lines << line;
    }
    run.print(array, lines.join(QLatin1Char('\n')));
    return 0;
}

} // namespace sa::app::po
