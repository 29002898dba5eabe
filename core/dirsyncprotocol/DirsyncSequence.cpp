#include "DirsyncSequence.h"

#include <algorithm>

namespace sa::core {

QString DirsyncSequence::unreachable(const DirsyncMessage& message, qint64 was, const Known& p)
{
    const DirsyncHeader& h = message.header;
    if (h.task != dirsync::TaskUpdate)
        return {};
    // A requestor numbers its transactions one after the other and sends every one not yet
    // confirmed: the numbers a message carries follow each other and end at its REQSEQ.
    const QList<DirsyncTransaction>& ts = message.transactions;
    for (qsizetype i = 1; i < ts.size(); ++i) {
        if (ts.at(i).seq != ts.at(i - 1).seq + 1)
            return QStringLiteral("its transactions jump from %1 to %2")
                .arg(ts.at(i - 1).seq)
                .arg(ts.at(i).seq);
    }
    // Its REQSEQ is its last transaction's number, or with none carried the number it names as
    // confirmed (was) or one applied here.
    const qint64 last = std::max({ts.isEmpty() ? qint64(0) : ts.last().seq, was, p.reqSeq});
    if (h.reqSeq > last)
        return QStringLiteral("REQSEQ=%1 is beyond the last transaction it carries or was applied (%2)")
            .arg(h.reqSeq)
            .arg(last);
    // Where its first transaction can be is known from the last number applied here, unless this
    // server knows nothing of the requestor (new, or reset), or lost its own numbers (the
    // requestor confirms more than was sent: a restore, handled as lost), or the requestor counts
    // again from the start.
    const qint64 srv = std::max<qint64>(h.srvSeq, 0);
    const bool startsOver = srv == 0 && was == 0 && h.reqSeq < p.reqSeq;
    if ((p.reqSeq == 0 && p.svrSeq == 0) || srv > p.svrSeq || startsOver)
        return {};
    // From the last number applied here a requestor goes on with the next or starts an export (R).
    if (!ts.isEmpty()) {
        const DirsyncTransaction& first = ts.first();
        const bool exports = std::any_of(ts.cbegin(), ts.cend(), [](const DirsyncTransaction& t) {
            return t.code == DirsyncTransaction::Code::Replace; // the list replaced: nothing is missing
        });
        if (first.seq > p.reqSeq + 1 && !exports)
            return QStringLiteral(
                       "its first transaction is %1, but %2 was the last applied (transactions %3 to %1 "
                       "never arrived: export the postoffice's users again, msmail-po dirsync export %4)")
                .arg(first.seq)
                .arg(p.reqSeq)
                .arg(p.reqSeq + 1)
                .arg(p.postoffice);
    }
    return {};
}

} // namespace sa::core
