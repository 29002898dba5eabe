#include "PostfixQueue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

namespace sa::core {

Result<QList<PostfixQueued>> PostfixQueue::read() const
{
    // postqueue is in /usr/sbin, which an ordinary user's PATH may not hold.
    QString program = QStandardPaths::findExecutable(QStringLiteral("postqueue"));
    if (program.isEmpty())
        program = QStandardPaths::findExecutable(QStringLiteral("postqueue"),
                                                 {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    if (program.isEmpty())
        return Error(ErrorCode::NotFound, Phrase::tr("Postfix's postqueue is not installed"));
    QStringList args;
    if (!m_configDir.isEmpty())
        args << QStringLiteral("-c") << m_configDir;
    args << QStringLiteral("-j");
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(5000))
        return Error(ErrorCode::Storage,
                     Phrase::tr("postqueue could not be started: %1").arg(p.errorString()));
    p.closeWriteChannel();
    if (!p.waitForFinished(15000) && p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(2000);
        return Error(ErrorCode::Storage, Phrase::tr("postqueue did not answer within 15 seconds"));
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        const QString said =
            QString::fromLocal8Bit(p.readAllStandardError()).trimmed().section(QLatin1Char('\n'), 0, 0);
        return Error(ErrorCode::Storage,
                     Phrase::tr("Postfix's queue cannot be read: %1")
                         .arg(said.isEmpty() ? QStringLiteral("postqueue failed") : said));
    }
    return parse(p.readAllStandardOutput());
}

Result<QList<PostfixQueued>> PostfixQueue::parse(const QByteArray& lines)
{
    QList<PostfixQueued> out;
    int number = 0;
    for (const QByteArray& line : lines.split('\n')) {
        ++number;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return Error(ErrorCode::InvalidArgument,
                         Phrase::tr("line %1 of postqueue -j is not a JSON object").arg(number));
        const QJsonObject o = doc.object();
        PostfixQueued q;
        q.queueId = o.value(QStringLiteral("queue_id")).toString();
        q.queueName = o.value(QStringLiteral("queue_name")).toString();
        q.arrival =
            QDateTime::fromSecsSinceEpoch(o.value(QStringLiteral("arrival_time")).toInteger(), Qt::UTC);
        q.size = o.value(QStringLiteral("message_size")).toInteger();
        q.sender = o.value(QStringLiteral("sender")).toString();
        for (const QJsonValue& r : o.value(QStringLiteral("recipients")).toArray()) {
            const QJsonObject recipient = r.toObject();
            q.recipients << recipient.value(QStringLiteral("address")).toString();
            if (q.reason.isEmpty())
                q.reason = recipient.value(QStringLiteral("delay_reason")).toString();
        }
        out << q;
    }
    return out;
}

QList<PostfixQueued> PostfixQueue::sentBy(const QList<PostfixQueued>& all, const QString& sender)
{
    QList<PostfixQueued> out;
    for (const PostfixQueued& q : all) {
        if (q.sender.compare(sender, Qt::CaseInsensitive) == 0)
            out << q;
    }
    return out;
}

} // namespace sa::core
