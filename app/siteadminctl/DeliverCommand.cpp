#include "DeliverCommand.h"

#include "CtlOptions.h"
#include "core/message/CrossingMessage.h"
#include "core/transport/ImsReceiver.h"

#include <QFile>
#include <cstdio>

namespace sa::app::ctl {

using namespace sa::core;

DeliverCommand::DeliverCommand()
    : CtlCommand(QStringLiteral("deliver"),
                 QStringLiteral("Take one message from the MTA (standard input) into a site of the folder"))
{
    setDetails(QStringLiteral(
        "Run by the MTA for the site's mail domain (Postfix: a pipe transport, see "
        "installer/postfix-site.sh). "
        "Reads one RFC 5322 message and applies it exactly once: a message sent by another site's Internet "
        "Mail Service, a delivery status report for one this folder sent, or Internet mail for the recipient "
        "--recipient names (a mailbox, distribution list or custom recipient with that SMTP address). "
        "Exit codes: 0 delivered, or delivered before; 75 (EX_TEMPFAIL) the site cannot take it now (busy, "
        "its Internet Mail Service stopped, no secret set yet), so the MTA keeps it and tries again; 65 "
        "(EX_DATAERR) it can never be taken (not a message between sites, not for a site of this folder, not "
        "from a connected site, a bad signature, too large, an unknown recipient), so the MTA returns it."));
    addOption(
        {OptRecipient,
         QStringLiteral("The envelope recipient the MTA delivers to (Postfix's ${recipient}): whom Internet "
                        "mail is for."),
         QStringLiteral("ADDRESS")});
}

int DeliverCommand::execute(CtlRun& run)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return run.fail(QStringLiteral("standard input cannot be read"), CommandRun::ExitTryAgain);
    // Up to one byte more than a site takes, so that a larger message is known without reading all
    // of it; a pipe gives what it has, so read until its end.
    QByteArray raw;
    while (raw.size() <= CrossingMessage::MaxSize) {
        const QByteArray chunk = in.read(CrossingMessage::MaxSize + 1 - raw.size());
        if (chunk.isEmpty())
            break;
        raw += chunk;
    }
    const QString recipient = run.value(OptRecipient);
    auto org = Organization::open(run.orgDir());
    if (!org) // a folder that cannot be opened now: the MTA keeps the message until it can
        return run.fail(org.error().message(), CommandRun::ExitTryAgain);
    const ImsDelivery d = ImsReceiver::deliver(org.value(), raw, recipient);
    const QString line = recipient.isEmpty() ? d.text : QStringLiteral("%1 (for %2)").arg(d.text, recipient);
    switch (d.kind) {
    case ImsDelivery::Kind::Delivered:
    case ImsDelivery::Kind::AlreadyHad:
        run.out() << line << Qt::endl;
        return 0;
    case ImsDelivery::Kind::TryLater:
        return run.fail(line, CommandRun::ExitTryAgain);
    case ImsDelivery::Kind::Refused:
        break;
    }
    return run.fail(line, CommandRun::ExitDataError);
}

} // namespace sa::app::ctl
