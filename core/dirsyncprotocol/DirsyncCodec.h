#pragma once

#include "DirsyncMessage.h"
#include "core/common/Error.h"

#include <functional>

namespace sa::core {

/// A dirsync system message as text, the way it travels: the [DIRSYNC] section in the body, and
/// the [DIRSYNC-TRANSACTIONS] section in the attachment (TRANSACTIONS=INATTACHMENT) or in the body
/// after a blank line (INBODY).
struct DirsyncText
{
    QString body;
    QString attachment;
};

/// Writes and reads dirsync messages. The parser is strict: anything it does not understand is an
/// error naming the part (body or attachment), the line and what is wrong, and nothing of the
/// message is returned. Transaction lines are written in MS Mail's fixed columns, after the
/// ten-digit sequence number: code in column 1, full name in columns 3-33, address from column 34
/// (read back also with a tab instead of the padding, as MS Mail accepted). An M's second address
/// line has a blank code and no number; template fields follow as "- Prompt:/value"; a T's file
/// lines follow, each after one space.
class DirsyncCodec
{
public:
    static Result<DirsyncText> encode(const DirsyncMessage& message);
    /// The same with the transactions already written (encodeTransactions): a full reply is
    /// written once.
    static DirsyncText encode(const DirsyncHeader& header, QString transactions);
    static Result<DirsyncMessage> parse(const QString& body, const QString& attachment = {});
    /// The same, the transactions handed to `take` one at a time as each is read whole, in order,
    /// none of them kept (a reply of a million entries): the message returned has none. A fault
    /// found after some were handed over is still an error; the caller undoes what it did with
    /// them (it works in a transaction), or validates first with a `take` that does nothing.
    static Result<DirsyncMessage> parse(const QString& body, const QString& attachment,
                                        const std::function<Status(DirsyncTransaction&&)>& take);

    static QString encodeHeader(const DirsyncHeader& header);
    /// Why `transaction` cannot be written (empty when it can): what is wrong, naming the field and
    /// quoting at most ~80 characters of its value. encode() refuses such a transaction; the
    /// exporters set its entry aside instead, so one bad entry never stops a message.
    static Phrase problem(const DirsyncTransaction& transaction);
    /// The edition of problem()'s rules, TextRule's included. Raise it whenever they refuse
    /// something they accepted before (or the reverse): a postoffice keeps the users MS Mail cannot
    /// carry as they change (PostofficeDirsyncJournal::unsendable) and looks at all of them again
    /// only when this changes.
    static constexpr int ProblemRules = 1;
    static Result<QString> encodeTransactions(const QList<DirsyncTransaction>& transactions);
    /// What encodeTransactions() writes before the first transaction ([DIRSYNC-TRANSACTIONS]), and
    /// one transaction's lines appended after it (refused as encode() refuses it): a message
    /// written as its transactions are made, none of them held.
    static QString transactionsHead();
    static Status appendTransaction(QString& out, const DirsyncTransaction& transaction);
    /// `text` starts with [DIRSYNC-TRANSACTIONS]; `part` and `firstLine` say where it is, for errors.
    static Result<QList<DirsyncTransaction>> parseTransactions(const QString& text, const QString& part,
                                                               int firstLine = 1);
    /// The same, handing each to `take` as parse() does.
    static Status eachTransaction(const QString& text, const QString& part, int firstLine,
                                  const std::function<Status(DirsyncTransaction&&)>& take);
};

} // namespace sa::core
