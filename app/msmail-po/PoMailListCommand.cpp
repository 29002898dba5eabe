#include "PoMailListCommand.h"

#include "core/msmail/PostofficeMail.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sa::app::po {

using namespace sa::core;

PoMailListCommand::PoMailListCommand()
    : PoCommand(QStringLiteral("mail list"), QStringLiteral("The messages in a user's mailbox"))
{
    addPostofficeArgument();
    addArgument({QStringLiteral("MAILBOX"), QStringLiteral("The user's mailbox name.")});
}

int PoMailListCommand::execute(PoRun& run)
{
    auto po = run.postoffice(run.arg(0));
    if (!po)
        return run.fail(po.error().message());
    auto mails = PostofficeMail(*po.value()).mailbox(run.arg(1));
    if (!mails)
        return run.fail(mails.error().message());
    QJsonArray array;
    QStringList lines;
    for (const PoMail& m : mails.value()) {
        array.append(QJsonObject{{QStringLiteral("id"), m.id},
                                 {QStringLiteral("from"), m.message.from},
                                 {QStringLiteral("subject"), m.message.subject},
                                 {QStringLiteral("read"), m.read},
                                 {QStringLiteral("report"), m.message.report}});
        lines << QStringLiteral("%1  %2  %3").arg(m.id, 4).arg(m.message.from, -30).arg(m.message.subject);
    }
    run.print(array, lines.join(QLatin1Char('\n')));
    return 0;
}

} // namespace sa::app::po
