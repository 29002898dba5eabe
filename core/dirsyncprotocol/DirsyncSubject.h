#pragma once

#include "core/common/Error.h"

#include <QString>

namespace sa::core {

/// The subject line of a dirsync message, as MS Mail wrote it (reference §2.2):
///   $SYSTEM ReqTx R=<r> (was <r0>), S=<s>, I=<i> <n> sent     a requestor's update (T1)
///   $SYSTEM SrvTx R=<r> S=<s> (was <s0>), I=<i> <n> sent      a server's reply (T2)
///   Status report from NET/PO                                  a requestor's status report
/// R is the requestor's sequence number (echoed by the server as its acknowledgement), S the
/// server's, I the count of import requests, n the transactions carried.
struct DirsyncSubject
{
    enum class Kind
    {
        RequestorUpdate,
        ServerUpdate,
        StatusReport
    };
    Kind kind = Kind::RequestorUpdate;
    qint64 reqSeq = 0;
    qint64 wasSeq = 0; ///< ReqTx: the last acknowledged R; SrvTx: the previous S
    qint64 srvSeq = 0;
    qint64 impSeq = 0;
    qint64 sent = 0;
    QString postoffice; ///< StatusReport: NET/PO

    QString toString() const;
    static Result<DirsyncSubject> parse(const QString& subject);
    bool operator==(const DirsyncSubject& o) const;
};

} // namespace sa::core
