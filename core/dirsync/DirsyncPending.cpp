#include "DirsyncPending.h"

#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/dirsyncprotocol/DirsyncCodec.h"

#include <QSqlQuery>

namespace sa::core::DirsyncPending {

Result<QList<DirsyncTransaction>> keep(DirectoryWriter& w, const QString& partner, qint64 last,
                                       QList<DirsyncTransaction> transactions)
{
    for (DirsyncTransaction& t : transactions)
        t.seq = ++last;
    if (transactions.isEmpty())
        return transactions;
    auto text = DirsyncCodec::encodeTransactions(transactions);
    if (!text)
        return text.error();
    if (Status s = keepWritten(w, partner, transactions.first().seq, transactions.last().seq, text.value());
        !s)
        return s.error();
    return transactions;
}

Status keepWritten(DirectoryWriter& w, const QString& partner, qint64 first, qint64 last, const QString& text)
{
    return w
        .exec(QStringLiteral("INSERT INTO dxa_pending(requestor, first_seq, last_seq, transactions)"
                             " VALUES (?, ?, ?, ?)"),
              {partner, first, last, text})
        .status();
}

Result<QList<DirsyncTransaction>> unconfirmed(DirectoryWriter& w, const QString& partner, qint64 confirmed)
{
    // Kept prepared (asked for every partner each cycle, issue 18); a statement that read a heavy
    // message is let go.
    auto texts = w.store().connection().strings(
        QStringLiteral("SELECT transactions FROM dxa_pending WHERE requestor = ? AND last_seq > ?"
                       " ORDER BY last_seq"),
        {partner, confirmed});
    if (!texts)
        return texts.error();
    QList<DirsyncTransaction> out;
    for (const QString& text : texts.value()) {
        auto kept = DirsyncCodec::parseTransactions(text, QStringLiteral("a kept message"));
        if (!kept)
            return kept.error();
        for (const DirsyncTransaction& t : kept.value()) {
            if (t.seq > confirmed)
                out << t;
        }
    }
    return out;
}

Status confirm(DirectoryWriter& w, const QString& partner, qint64 confirmed)
{
    auto r = w.run(QStringLiteral("DELETE FROM dxa_pending WHERE requestor = ? AND last_seq <= ?"),
                   {partner, confirmed});
    return r.status();
}

Result<int> waiting(DirectoryStore& store, const QString& partner, qint64 confirmed)
{
    // A kept message may straddle the number: only its transactions above it count.
    auto n = store.connection().scalar(
        QStringLiteral("SELECT coalesce(sum(last_seq - max(first_seq - 1, ?)), 0) FROM dxa_pending"
                       " WHERE requestor = ? AND last_seq > ?"),
        {confirmed, partner, confirmed});
    if (!n)
        return n.error();
    return n->toInt();
}

Status forget(DirectoryWriter& w, const QString& partner)
{
    auto r = w.exec(QStringLiteral("DELETE FROM dxa_pending WHERE requestor = ?"), {partner});
    return r.status();
}

} // namespace sa::core::DirsyncPending
