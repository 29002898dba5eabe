#include "PoMailReadCommand.h"

#include "core/msmail/PostofficeMail.h"

#include <QJsonObject>

namespace sa::app::po {

using namespace sa::core;

PoMailReadCommand::PoMailReadCommand()
    : PoCommand(QStringLiteral("mail read"), QStringLiteral("Read one message of a user's mailbox"))
{
    addPostofficeArgument();
    addArgument({QStringLiteral("MAILBOX"), QStringLiteral("The user's mailbox name.")});
    addArgument({QStringLiteral("ID"), QStringLiteral("The message's number (mail list shows it).")});
}

int PoMailReadCommand::execute(PoRun& run)
{
    bool ok = false;
    const qint64 id = run.arg(2).toLongLong(&ok);
    if (!ok)
        return run.usage(QStringLiteral("\"%1\" is not a message number").arg(run.arg(2)));
    auto po = run.postoffice(run.arg(0));
    if (!po)
        return run.fail(po.error().message());
    auto m = PostofficeMail(*po.value()).read(run.arg(1), id);
    if (!m)
        return run.fail(m.error().message());
    run.print(QJsonObject{{QStringLiteral("id"), m->id},
                          {QStringLiteral("messageId"), m->message.id},
                          {QStringLiteral("from"), m->message.from},
                          {QStringLiteral("to"), m->message.to},
                          {QStringLiteral("subject"), m->message.subject},
                          {QStringLiteral("body"), m->message.body}},
              QStringLiteral("From: %1\nTo: %2\nSubject: %3\n\n%4")
                  .arg(m->message.from, m->message.to, m->message.subject, m->message.body));
    return 0;
}

} // namespace sa::app::po
