#include "PoMailSendBatchCommand.h"

#include "core/msmail/PostofficeMail.h"
#include "core/msmail/PostofficeStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace sa::app::po {

using namespace sa::core;

namespace {

const QStringList Fields{QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("subject"),
                         QStringLiteral("body")};

/// One line of the file as the mail it asks for, or why it cannot be.
Result<OutgoingMail> parseLine(const QByteArray& line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("column %1: %2").arg(error.offset + 1).arg(error.errorString()));
    if (!doc.isObject())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("not a JSON object"));
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!Fields.contains(it.key()))
            return Error(ErrorCode::InvalidArgument, QStringLiteral("unknown field \"%1\" (a message has %2)")
                                                         .arg(it.key(), Fields.join(QStringLiteral(", "))));
        if (!it.value().isString())
            return Error(ErrorCode::InvalidArgument, QStringLiteral("\"%1\" is not a string").arg(it.key()));
    }
    for (const QString& required : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (o.value(required).toString().trimmed().isEmpty())
            return Error(ErrorCode::InvalidArgument, QStringLiteral("no \"%1\"").arg(required));
    }
    return OutgoingMail{o.value(QStringLiteral("from")).toString(),
                        o.value(QStringLiteral("to")).toString(),
                        o.value(QStringLiteral("subject")).toString(),
                        o.value(QStringLiteral("body")).toString(),
                        {},
                        {}};
}

} // namespace

PoMailSendBatchCommand::PoMailSendBatchCommand()
    : PoCommand(QStringLiteral("mail send-batch"),
                QStringLiteral("Send many messages from users of the postoffice, all or none"))
{
    setDetails(QStringLiteral(
        "Reads FILE (- for standard input): one message per line, a JSON object with \"from\" (a "
        "mailbox of the postoffice), \"to\" (NET/PO/MAILBOX, or TYPE:address for a gateway) and "
        "optionally \"subject\" and \"body\"; empty lines are skipped. Every line is checked first: "
        "each one that cannot be sent is named with its line number, and then nothing is sent. "
        "Otherwise all the messages are queued in one transaction, as the postoffice's agents carry "
        "them in batches."));
    addPostofficeArgument();
    addArgument({QStringLiteral("FILE"),
                 QStringLiteral("The messages, one JSON object per line (- for standard input)."),
                 CommandArgument::Count::One, CommandArgument::Completion::File});
}

int PoMailSendBatchCommand::execute(PoRun& run)
{
    const QString path = run.arg(1);
    QFile file;
    const bool ok = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                               : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!ok)
        return run.fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    auto po = run.postoffice(run.arg(0));
    if (!po)
        return run.fail(po.error().message());
    PostofficeMail mail(*po.value());
    QList<Message> messages;
    int refused = 0;
    int lineNumber = 0;
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        ++lineNumber;
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1); // the columns told are of the line as written
        if (line.trimmed().isEmpty())
            continue;
        auto outgoing = parseLine(line);
        auto message = outgoing ? mail.compose(outgoing.value()) : Result<Message>(outgoing.error());
        if (!message) {
            ++refused;
            run.warn(QStringLiteral("%1:%2: %3").arg(path).arg(lineNumber).arg(message.error().message()));
            continue;
        }
        messages.append(message.value());
    }
    if (file.error() != QFileDevice::NoError)
        return run.fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    if (refused > 0)
        return PoRun::ExitFailed; // each refused line said why (as Directory Import does); nothing was sent
    if (Status s = mail.submit(messages); !s)
        return run.fail(s.error());
    QJsonArray ids;
    for (const Message& m : messages)
        ids.append(m.id);
    run.print(QJsonObject{{QStringLiteral("queued"), ids}},
              QStringLiteral("Queued %1 message(s) at %2").arg(messages.size()).arg(po.value()->name()));
    return 0;
}

} // namespace sa::app::po
