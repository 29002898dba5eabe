#include "DirsyncSubject.h"

#include <QRegularExpression>

namespace sa::core {

QString DirsyncSubject::toString() const
{
    switch (kind) {
    case Kind::RequestorUpdate:
        return QStringLiteral("$SYSTEM ReqTx R=%1 (was %2), S=%3, I=%4 %5 sent")
            .arg(reqSeq)
            .arg(wasSeq)
            .arg(srvSeq)
            .arg(impSeq)
            .arg(sent);
    case Kind::ServerUpdate:
        return QStringLiteral("$SYSTEM SrvTx R=%1 S=%2 (was %3), I=%4 %5 sent")
            .arg(reqSeq)
            .arg(srvSeq)
            .arg(wasSeq)
            .arg(impSeq)
            .arg(sent);
    case Kind::StatusReport:
        return QStringLiteral("Status report from %1").arg(postoffice);
    }
    return {};
}

Result<DirsyncSubject> DirsyncSubject::parse(const QString& subject)
{
    const QString s = subject.simplified();
    static const QRegularExpression req(
        QStringLiteral("^(?:\\$SYSTEM )?ReqTx R=(\\d+) ?\\(was (\\d+)\\), S=(\\d+), I=(\\d+) (\\d+) sent$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression srv(
        QStringLiteral("^(?:\\$SYSTEM )?SrvTx R=(\\d+) S=(\\d+) ?\\(was (\\d+)\\), I=(\\d+) (\\d+) sent$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression status(QStringLiteral("^Status report from (\\S+/\\S+)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    DirsyncSubject out;
    if (const auto m = req.match(s); m.hasMatch()) {
        out.kind = Kind::RequestorUpdate;
        out.reqSeq = m.captured(1).toLongLong();
        out.wasSeq = m.captured(2).toLongLong();
        out.srvSeq = m.captured(3).toLongLong();
        out.impSeq = m.captured(4).toLongLong();
        out.sent = m.captured(5).toLongLong();
        return out;
    }
    if (const auto m = srv.match(s); m.hasMatch()) {
        out.kind = Kind::ServerUpdate;
        out.reqSeq = m.captured(1).toLongLong();
        out.srvSeq = m.captured(2).toLongLong();
        out.wasSeq = m.captured(3).toLongLong();
        out.impSeq = m.captured(4).toLongLong();
        out.sent = m.captured(5).toLongLong();
        return out;
    }
    if (const auto m = status.match(s); m.hasMatch()) {
        out.kind = Kind::StatusReport;
        out.postoffice = m.captured(1).toUpper();
        return out;
    }
    return Error(ErrorCode::InvalidArgument,
                 Phrase::tr("\"%1\" is not a dirsync subject ($SYSTEM ReqTx ..., $SYSTEM SrvTx ... or Status "
                            "report from NET/PO)")
                     .arg(subject));
}

bool DirsyncSubject::operator==(const DirsyncSubject& o) const
{
    return kind == o.kind && reqSeq == o.reqSeq && wasSeq == o.wasSeq && srvSeq == o.srvSeq &&
           impSeq == o.impSeq && sent == o.sent && postoffice == o.postoffice;
}

} // namespace sa::core
