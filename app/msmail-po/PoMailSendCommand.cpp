#include "PoMailSendCommand.h"

#include "PoOptions.h"
#include "core/msmail/PostofficeMail.h"

#include <QJsonObject>

namespace sa::app::po {

using namespace sa::core;

PoMailSendCommand::PoMailSendCommand()
    : PoCommand(QStringLiteral("mail send"), QStringLiteral("Send a message from a user of the postoffice"))
{
    addPostofficeArgument();
    addRequiredOption({OptFrom, QStringLiteral("The sending mailbox."), QStringLiteral("MAILBOX")});
    addRequiredOption({OptTo, QStringLiteral("The recipient: NET/PO/MAILBOX, or TYPE:address for a gateway."),
                       QStringLiteral("ADDRESS")});
    addOption({OptSubject, QStringLiteral("The subject."), QStringLiteral("TEXT")});
    addOption({OptBody, QStringLiteral("The text."), QStringLiteral("TEXT")});
}

int PoMailSendCommand::execute(PoRun& run)
{
    auto po = run.postoffice(run.arg(0));
    if (!po)
        return run.fail(po.error().message());
    auto id = PostofficeMail(*po.value())
                  .send(run.value(OptFrom), run.value(OptTo), run.value(OptSubject), run.value(OptBody));
    if (!id)
        return run.fail(id.error().message());
    run.print(QJsonObject{{QStringLiteral("messageId"), id.value()}},
              QStringLiteral("Queued %1").arg(id.value()));
    return 0;
}

} // namespace sa::app::po
