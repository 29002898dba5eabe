#include "DirsyncEnvelope.h"

#include "DirsyncCodec.h"

namespace sa::core {

Result<Message> DirsyncEnvelope::compose(const DirsyncMessage& message, DirsyncSubject::Kind kind, qint64 was,
                                         const QString& from, const QString& to)
{
    auto encoded = DirsyncCodec::encode(message);
    if (!encoded)
        return encoded.error();
    DirsyncSubject subject;
    subject.kind = kind;
    subject.reqSeq = message.header.reqSeq;
    subject.srvSeq = message.header.srvSeq;
    subject.impSeq = message.header.impSeq;
    subject.wasSeq = was;
    subject.sent = message.transactions.size();
    Message mail = Message::create(from, to, subject.toString(), encoded->body);
    mail.attachment = encoded->attachment.toUtf8();
    mail.attachmentName = kind == DirsyncSubject::Kind::ServerUpdate ? QStringLiteral("SRVTRANS.TXT")
                                                                     : QStringLiteral("REQTRANS.TXT");
    return mail;
}

} // namespace sa::core
