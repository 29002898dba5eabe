#include "DirsyncPartnerState.h"

#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"

#include <QSqlQuery>

namespace sa::core {

Result<DirsyncPartnerState> DirsyncPartnerState::of(DirectoryStore& store, const QString& guid)
{
    DirsyncPartnerState s;
    Status read = store.connection().eachRow(
        QStringLiteral("SELECT watermark, export_config, full_reply, coalesce(last_received, ''),"
                       " approved_deletes, last_status, answer, coalesce(last_sent, ''), missed"
                       " FROM dxa_state WHERE requestor = ?"),
        {guid}, [&s](const QSqlQuery& row) {
            s.watermark = row.value(0).toLongLong();
            s.exportConfig = row.value(1).toString();
            s.fullReply = row.value(2).toBool();
            s.lastReceived = row.value(3).toString();
            s.deletesApproved = row.value(4).toBool();
            s.lastStatus = row.value(5).toString();
            s.answerDue = row.value(6).toBool();
            s.lastSent = row.value(7).toString();
            s.missed = row.value(8).toInt();
        });
    if (!read)
        return read.error();
    return s;
}

Result<QMap<QString, QString>> DirsyncPartnerState::lastReceivedOfAll(DirectoryStore& store)
{
    QMap<QString, QString> out;
    if (Status s = store.connection().eachRow(
            QStringLiteral("SELECT requestor, coalesce(last_received, '') FROM dxa_state"), {},
            [&out](const QSqlQuery& rows) {
                out.insert(rows.value(0).toString(), rows.value(1).toString());
            });
        !s)
        return s.error();
    return out;
}

Status DirsyncPartnerState::ensure(DirectoryWriter& w, const QString& guid)
{
    return w
        .run(QStringLiteral("INSERT INTO dxa_state(requestor) VALUES (?) ON CONFLICT(requestor) DO NOTHING"),
             {guid})
        .status();
}

Status DirsyncPartnerState::setStatus(DirectoryWriter& w, const QString& guid, const QString& status)
{
    return w.run(QStringLiteral("UPDATE dxa_state SET last_status = ? WHERE requestor = ?"), {status, guid})
        .status();
}

Status DirsyncPartnerState::received(DirectoryWriter& w, const QString& guid, const QString& at,
                                     const QString& status)
{
    return w
        .run(QStringLiteral("UPDATE dxa_state SET last_received = ?, last_status = ? WHERE requestor = ?"),
             {at, status, guid})
        .status();
}

Status DirsyncPartnerState::answerOwed(DirectoryWriter& w, const QString& guid, bool fullReply,
                                       const QString& at)
{
    return w
        .run(QStringLiteral(
                 "UPDATE dxa_state SET answer = 1, full_reply = ?, last_received = ? WHERE requestor = ?"),
             {fullReply ? 1 : 0, at, guid})
        .status();
}

Status DirsyncPartnerState::sent(DirectoryWriter& w, const QString& guid, qint64 watermark,
                                 const QString& exportConfig, const QString& at, const QString& status,
                                 bool answered)
{
    const QString settled =
        answered ? QStringLiteral("answer = 0, full_reply = 0, approved_deletes = 0, ") : QString();
    return w
        .run(QStringLiteral("UPDATE dxa_state SET %1watermark = ?, export_config = ?, last_sent = ?,"
                            " last_status = ? WHERE requestor = ?")
                 .arg(settled),
             {watermark, exportConfig, at, status, guid})
        .status();
}

Status DirsyncPartnerState::countMissed(DirectoryWriter& w, const QString& guid, bool arrived)
{
    return w
        .run(arrived ? QStringLiteral("UPDATE dxa_state SET missed = 0 WHERE requestor = ?")
                     : QStringLiteral("UPDATE dxa_state SET missed = missed + 1 WHERE requestor = ?"),
             {guid})
        .status();
}

Status DirsyncPartnerState::approveDeletes(DirectoryWriter& w, const QString& guid)
{
    if (guid.isEmpty())
        return w.exec(QStringLiteral("UPDATE dxa_state SET approved_deletes = 1")).status();
    return w.exec(QStringLiteral("UPDATE dxa_state SET approved_deletes = 1 WHERE requestor = ?"), {guid})
        .status();
}

Status DirsyncPartnerState::forget(DirectoryWriter& w, const QString& guid)
{
    return w.exec(QStringLiteral("DELETE FROM dxa_state WHERE requestor = ?"), {guid}).status();
}

} // namespace sa::core
