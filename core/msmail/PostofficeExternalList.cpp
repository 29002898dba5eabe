#include "PostofficeExternalList.h"

#include "PostofficeStore.h"
#include "core/dirsyncprotocol/DirsyncAddress.h"
#include "core/storage/SqliteStatement.h"

namespace sa::core {

namespace {

QString keyOf(const QString& address)
{
    return DirsyncAddress::listForm(address).toUpper();
}

} // namespace

PostofficeExternalList::PostofficeExternalList(PostofficeStore& po)
    : m_po(po), m_own(po.name() + QLatin1Char('/'))
{
}

Result<QString> PostofficeExternalList::fieldsOf(const QString& address)
{
    auto kept = m_po.connection().scalar(QStringLiteral("SELECT fields FROM external WHERE address_key = ?"),
                                         {keyOf(address)});
    if (!kept)
        return kept.error();
    return kept->toString();
}

Status PostofficeExternalList::put(const QString& address, const QString& fullName, const QString& fields)
{
    const QString a = DirsyncAddress::listForm(address);
    if (a.startsWith(m_own, Qt::CaseInsensitive))
        return {};
    // On the C API: a full reply puts every entry of the organization here, at every postoffice, and
    // the Qt driver's binding was half the time of each (issue 18).
    auto stmt = m_po.connection().statement(
        QStringLiteral("INSERT INTO external(address_key, address, full_name, source, fields)"
                       " VALUES (?, ?, ?, 'dirsync', ?) ON CONFLICT(address_key) DO UPDATE"
                       " SET full_name = excluded.full_name, source = excluded.source,"
                       " fields = excluded.fields"));
    if (!stmt)
        return stmt.error();
    return stmt.value()->bind(1, a.toUpper()).bind(2, a).bind(3, fullName).bind(4, fields).exec();
}

Status PostofficeExternalList::drop(const QString& address)
{
    return m_po.connection()
        .run(QStringLiteral("DELETE FROM external WHERE address_key = ?"), {keyOf(address)})
        .status();
}

Status PostofficeExternalList::replaceAll(const DirsyncTransaction& t)
{
    const QString prefix = DirsyncAddress::replacedPrefix(t.address);
    // Every MS Mail list (no type prefix in the list), or one NET/PO's, or a gateway type's.
    auto r =
        prefix.isEmpty()
            ? m_po.connection().exec(QStringLiteral("DELETE FROM external WHERE address_key NOT LIKE '%:%'"))
            : m_po.connection().exec(
                  QStringLiteral("DELETE FROM external WHERE substr(address_key, 1, ?) = ?"),
                  {prefix.size(), prefix.toUpper()});
    return r.status();
}

Status PostofficeExternalList::rebuild(const QList<Entry>& entries)
{
    SqliteConnection& c = m_po.connection();
    if (Status s = c.exec(QStringLiteral("DELETE FROM external WHERE source = 'dirsync'")).status(); !s)
        return s;
    for (const Entry& e : entries) {
        const QString listed = DirsyncAddress::listForm(e.address);
        auto r = c.run(QStringLiteral("INSERT INTO external(address_key, address, full_name, source, fields)"
                                      " VALUES (?, ?, ?, 'dirsync', ?) ON CONFLICT(address_key) DO NOTHING"),
                       {listed.toUpper(), listed, e.fullName, e.fields});
        if (!r)
            return r.error();
    }
    return {};
}

} // namespace sa::core
