#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sa::core {

/// One template line of a transaction: "- Prompt:/value" (MS Mail's extended user information).
struct DirsyncField
{
    QString prompt;
    QString value;

    bool operator==(const DirsyncField& o) const { return prompt == o.prompt && value == o.value; }
};

/// One line (with its continuation lines) of a [DIRSYNC-TRANSACTIONS] section.
///  A  add          full name and address
///  D  delete       full name and address
///  M  modify       the entry's full name and address, then a second line with the new ones
///  R  replace      a whole list: the address is TYPE:NET/PO (or TYPE: for a gateway); no name
///  T  template     the address names the template's owner; the file's lines follow
/// A, M may carry template fields ("- Prompt:/value").
struct DirsyncTransaction
{
    enum class Code : char
    {
        Add = 'A',
        Delete = 'D',
        Modify = 'M',
        Replace = 'R',
        Template = 'T'
    };

    qint64 seq = 0;
    Code code = Code::Add;
    QString fullName;    ///< at most 30 characters (MS Mail's limit); empty for R and T
    QString address;     ///< TYPE:value, the type as sent (MS Mail upper case, Exchange lower case)
    QString newFullName; ///< M: the second line
    QString newAddress;  ///< M: the second line
    QList<DirsyncField> fields;
    QStringList templateLines; ///< T: the template file, line by line

    bool operator==(const DirsyncTransaction& o) const;
};

/// The [DIRSYNC] section of a dirsync system message. Sequence numbers of -1 were not given.
struct DirsyncHeader
{
    /// The documented tasks are IMPORTREQ (Q118298) and EXPORT (Q106623). What the native ReqTx,
    /// SrvTx and status messages carried is not public (reference §6); decided here: UPDATE (a
    /// requestor's ReqTx), REPLY (a server's SrvTx) and STATUS (a status report).
    QString task;
    QString reqName;  ///< REQNAME= (NAME= in the foreign import request): TYPE:NET/PO of the requestor
    QString password; ///< PASSWORD=: the requestor's dirsync password, checked by the server ([156])
    qint64 reqSeq = -1;
    qint64 srvSeq = -1;
    qint64 impSeq = -1;
    QStringList types;        ///< TYPES=: address types requested, upper case
    bool templates = false;   ///< TEMPLATE=YES|NO
    bool inAttachment = true; ///< TRANSACTIONS=INATTACHMENT|INBODY

    bool operator==(const DirsyncHeader& o) const;
};

struct DirsyncMessage
{
    DirsyncHeader header;
    QList<DirsyncTransaction> transactions;

    bool operator==(const DirsyncMessage& o) const
    {
        return header == o.header && transactions == o.transactions;
    }
};

namespace dirsync {
inline const QString TaskUpdate = QStringLiteral("UPDATE");
inline const QString TaskReply = QStringLiteral("REPLY");
inline const QString TaskImportRequest = QStringLiteral("IMPORTREQ");
inline const QString TaskExport = QStringLiteral("EXPORT");
inline const QString TaskStatus = QStringLiteral("STATUS");
constexpr int MaxFullName = 30;
} // namespace dirsync

} // namespace sa::core
