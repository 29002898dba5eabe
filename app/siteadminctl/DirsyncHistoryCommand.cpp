#include "DirsyncHistoryCommand.h"

#include "CtlOptions.h"
#include "DirsyncText.h"
#include "core/dirsync/DirsyncLog.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sa::app::ctl {

using namespace sa::core;

DirsyncHistoryCommand::DirsyncHistoryCommand()
    : DirsyncServerCommand(QStringLiteral("dirsync history"), QStringLiteral("The newest dirsync runs"))
{
    setDetails(QStringLiteral("One line a step (T1, T2, T3, replies) of each requestor: when, the result, "
                              "and the entries added (+), changed (~), deleted (-) and refused (!)."));
    addOption({OptLimit, QStringLiteral("The newest N (default 20)."), QStringLiteral("N")});
}

int DirsyncHistoryCommand::executeOnServer(CtlRun& run, DirsyncServer&, DirectoryStore& store)
{
    const auto n = run.number(OptLimit, 1, 20, QStringLiteral("a positive number"));
    if (!n)
        return 2;
    auto runs = DirsyncLog::history(store, *n);
    if (!runs)
        return run.fail(runs.error().message());
    QJsonArray json;
    for (const DirsyncRun& r : runs.value()) {
        json.append(QJsonObject{{QStringLiteral("started"), r.started.toString(Qt::ISODateWithMs)},
                                {QStringLiteral("finished"), r.finished.toString(Qt::ISODateWithMs)},
                                {QStringLiteral("requestor"), r.requestor},
                                {QStringLiteral("step"), r.step},
                                {QStringLiteral("status"), r.status},
                                {QStringLiteral("adds"), r.adds},
                                {QStringLiteral("modifies"), r.modifies},
                                {QStringLiteral("deletes"), r.deletes},
                                {QStringLiteral("errors"), r.errors},
                                {QStringLiteral("messagesIn"), r.messagesIn},
                                {QStringLiteral("messagesOut"), r.messagesOut},
                                {QStringLiteral("detail"), r.detail}});
        if (!run.json())
            run.out() << timeText(r.started) << "  " << r.requestor.leftJustified(12) << ' '
                      << r.step.leftJustified(9) << ' ' << r.status.leftJustified(24) << " +" << r.adds
                      << " ~" << r.modifies << " -" << r.deletes << " !" << r.errors << "  " << r.detail
                      << Qt::endl;
    }
    if (run.json())
        run.printJson(json);
    return 0;
}

} // namespace sa::app::ctl
