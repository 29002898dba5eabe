#include "DirsyncEnvelope.h"

#include "DirsyncCodec.h"

namespace sa::core {

Result<Message> DirsyncEnvelope::compose(const DirsyncMessage& message, DirsyncSubject::Kind kind, qint64 was,
                                         const QString& from, const QString& to)
{
    auto transactions = DirsyncCodec::encodeTransactions(message.transactions);
    if (!transactions)
        return transactions.error();
    return compose(message.header, std::move(transactions).value(), message.transactions.size(), kind, was,
                   from, to);
}

Message DirsyncEnvelope::compose(const DirsyncHeader& header, QString transactions, qsizetype count,
                                 DirsyncSubject::Kind kind, qint64 was, const QString& from,
                                 const QString& to)
{
    DirsyncText encoded = DirsyncCodec::encode(header, std::move(transactions));
    DirsyncSubject subject;
    subject.kind = kind;
    subject.reqSeq = header.reqSeq;
    subject.srvSeq = header.srvSeq;
    subject.impSeq = header.impSeq;
    subject.wasSeq = was;
    subject.sent = int(count);
    Message mail = Message::create(from, to, subject.toString(), encoded.body);
    mail.attachment = encoded.attachment.toUtf8();
    mail.attachmentName = kind == DirsyncSubject::Kind::ServerUpdate ? QStringLiteral("SRVTRANS.TXT")
                                                                     : QStringLiteral("REQTRANS.TXT");
    return mail;
}

} // namespace sa::core
