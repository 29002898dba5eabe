#include "DirsyncExport.h"

#include "DirsyncImport.h"
#include "DirsyncTemplateMap.h"
#include "core/common/Clock.h"
#include "core/directory/AddressSyntax.h"
#include "core/directory/DirectoryLookup.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/Schema.h"
#include "core/dirsyncprotocol/DirsyncAddress.h"
#include "core/dirsyncprotocol/DirsyncCodec.h"
#include "core/dirsyncprotocol/DirsyncTemplates.h"

#include <QDateTime>
#include <QScopeGuard>
#include <QSet>
#include <algorithm>

namespace sa::core {

namespace {

const QString CustomRecipient = QStringLiteral("custom-recipient");

DirsyncTransaction transaction(DirsyncTransaction::Code code, const QString& name, const QString& address,
                               const QList<DirsyncField>& fields = {})
{
    DirsyncTransaction t;
    t.code = code;
    t.fullName = name;
    t.address = address;
    t.fields = fields;
    return t;
}

} // namespace

Result<QString> DirsyncExport::importedBy(const QString& guid)
{
    if (m_cache && m_cache->importedBy)
        return m_cache->importedBy->value(guid);
    return DirsyncImport::importerOf(m_writer.store(), guid);
}

Result<QList<DirectoryObject>> DirsyncExport::contentsOf(const QString& containerKey)
{
    if (m_cache) {
        auto it = m_cache->children.constFind(containerKey);
        if (it != m_cache->children.constEnd())
            return it.value();
    }
    DirectoryStore& store = m_writer.store();
    auto container = store.object(Dn::parse(containerKey).value());
    QList<DirectoryObject> kids;
    if (container) { // a container that is gone exports nothing
        auto read = store.children(container->id);
        if (!read)
            return read.error();
        kids = std::move(read).value();
    }
    if (m_cache)
        m_cache->children.insert(containerKey, kids);
    return kids;
}

std::optional<ExportEntry> DirsyncExport::entryFor(const DirectoryObject& o)
{
    if (o.deleted || !o.cls || !o.cls->recipient || o.flag(attr::HideFromAddressBook))
        return std::nullopt;
    auto by = importedBy(o.guid);
    if (!by || by.value() == m_partner.guid())
        return std::nullopt; // never a requestor's own entries back
    const bool custom = o.cls->name == CustomRecipient;
    QString address;
    if (!by->isEmpty()) {
        address = o.value(attr::TargetAddress); // the master list: what the other requestors sent
    } else {
        if (!m_partner.exportContainers.contains(o.dn.parent().key()))
            return std::nullopt;
        if (o.value(attr::TrustLevel).toInt() > m_partner.exportTrust)
            return std::nullopt;
        if (custom && !m_partner.exportCustom)
            return std::nullopt;
        if (custom) {
            address = o.value(attr::TargetAddress);
        } else {
            // The recipient's address of the requestor address type; the primary one first.
            for (const QString& p : o.valuesOf(attr::ProxyAddresses)) {
                if (AddressSyntax::typeOf(p).compare(m_partner.nativeType, Qt::CaseInsensitive) != 0)
                    continue;
                if (address.isEmpty() || AddressSyntax::isPrimary(p))
                    address = m_partner.nativeType.toUpper() + QLatin1Char(':') + AddressSyntax::valueOf(p);
            }
        }
    }
    if (address.isEmpty())
        return std::nullopt;
    return ExportEntry{o.displayName().trimmed().left(dirsync::MaxFullName), address,
                       DirsyncTemplateMap::fieldsOf(o, m_fieldMap)};
}

Result<std::optional<DirsyncExport::Sent>> DirsyncExport::sent(const QString& guid)
{
    auto q = m_writer.run(
        QStringLiteral(
            "SELECT base, name, address, fields FROM dxa_sent WHERE requestor = ? AND object_guid = ?"),
        {m_partner.guid(), guid});
    if (!q)
        return q.error();
    QSqlQuery& row = *q.value();
    std::optional<Sent> out;
    if (row.next())
        out = Sent{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                   DirsyncTemplates::decode(row.value(3).toString())};
    row.finish();
    return out;
}

Result<QString> DirsyncExport::uniqueName(const QString& guid, const QString& base)
{
    QString candidate = base;
    for (int n = 1;; ++n) {
        // Sent to it under that name for another object, or one of its own users' names.
        auto taken = m_writer.run(
            QStringLiteral("SELECT 1 FROM dxa_sent WHERE requestor = ? AND name_key = ? AND object_guid != ?"
                           " LIMIT 1"),
            {m_partner.guid(), candidate.toLower(), guid});
        if (!taken)
            return taken.error();
        bool used = taken.value()->next();
        taken.value()->finish();
        if (!used) {
            auto own = DirsyncImport::hasName(m_writer.store(), m_partner.guid(), candidate.toLower());
            if (!own)
                return own.error();
            used = own.value();
        }
        if (!used)
            return candidate;
        if (n > 999)
            return Error(ErrorCode::AlreadyExists,
                         QStringLiteral("no free display name like \"%1\" for %2").arg(base, m_partner.name));
        // MS Mail allows no two entries of one name on a postoffice: 001, 002, ... (Q146676).
        candidate =
            base.left(dirsync::MaxFullName - 3) + QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0'));
    }
}

Status DirsyncExport::remember(const QString& guid, const ExportEntry& entry, const QString& name)
{
    auto r = m_writer.run(
        QStringLiteral("INSERT INTO dxa_sent(requestor, object_guid, base, name, name_key, address, fields)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(requestor, object_guid) DO UPDATE SET"
                       " base = excluded.base, name = excluded.name, name_key = excluded.name_key,"
                       " address = excluded.address, fields = excluded.fields"),
        {m_partner.guid(), guid, entry.name, name, name.toLower(), entry.address,
         DirsyncTemplates::encode(entry.fields)});
    return r.status();
}

Status DirsyncExport::forget(const QString& guid)
{
    auto r = m_writer.run(QStringLiteral("DELETE FROM dxa_sent WHERE requestor = ? AND object_guid = ?"),
                          {m_partner.guid(), guid});
    return r.status();
}

Result<QString> DirsyncExport::uniqueName(QSet<QString>& taken, const QString& base, const QString& requestor)
{
    QString candidate = base;
    for (int n = 1; taken.contains(candidate.toLower()); ++n) {
        if (n > 999)
            return Error(ErrorCode::AlreadyExists,
                         QStringLiteral("no free display name like \"%1\" for %2").arg(base, requestor));
        candidate =
            base.left(dirsync::MaxFullName - 3) + QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0'));
    }
    taken.insert(candidate.toLower());
    return candidate;
}

Status DirsyncExport::clearSetAside(const QString& guid)
{
    auto r = m_writer.run(QStringLiteral("DELETE FROM dxa_set_aside WHERE requestor = ? AND object_guid = ?"),
                          {m_partner.guid(), guid});
    return r.status();
}

Result<bool> DirsyncExport::writable(const DirectoryObject& o, const DirsyncTransaction& t)
{
    const QString why = DirsyncCodec::problem(t);
    if (why.isEmpty()) {
        if (m_fullPass) // full() cleared them all
            return true;
        if (Status s = clearSetAside(o.guid); !s)
            return s.error();
        return true;
    }
    auto r = m_writer.run(
        QStringLiteral(
            "INSERT INTO dxa_set_aside(requestor, object_guid, dn, reason, since) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(requestor, object_guid) DO UPDATE SET dn = excluded.dn,"
            " reason = excluded.reason, since = CASE WHEN reason = excluded.reason THEN since"
            " ELSE excluded.since END"),
        {m_partner.guid(), o.guid, o.dn.toString(), why, Clock::nowUtc().toString(Qt::ISODateWithMs)});
    if (!r)
        return r.error();
    m_setAside << DirsyncSetAside{o.dn.toString(), o.displayName(), why};
    return false;
}

Status DirsyncExport::reportSetAside(DirsyncRun& run) const
{
    for (const DirsyncSetAside& a : m_setAside) {
        ++run.errors;
        if (Status e = DirsyncLog::event(
                m_writer, QStringLiteral("Error"), DirsyncEvent::SetAside,
                QStringLiteral("The entry %1 was not sent to %2: %3. Correct it; its next change sends it.")
                    .arg(a.dn, m_partner.name, a.reason));
            !e)
            return e;
    }
    return {};
}

QString DirsyncExport::setAsideNote() const
{
    if (m_setAside.isEmpty())
        return {};
    return QStringLiteral("; %1 entry(ies) set aside, the first %2")
        .arg(m_setAside.size())
        .arg(m_setAside.first().dn);
}

Result<QList<DirsyncTransaction>> DirsyncExport::full()
{
    // R <type>: replaces every list of the type the requestor holds from us.
    return full(m_partner.nativeType.toUpper() + QLatin1Char(':'));
}

Result<QList<DirsyncTransaction>> DirsyncExport::full(const QString& replace)
{
    QSet<QString> held;
    auto before = m_writer.exec(QStringLiteral("SELECT object_guid FROM dxa_sent WHERE requestor = ?"),
                                {m_partner.guid()});
    if (!before)
        return before.error();
    while (before.value().next())
        held.insert(before.value().value(0).toString());
    before.value().finish();
    // Sent again from nothing; what was set aside is looked at again, entry by entry.
    if (Status s = forgetRequestor(m_writer, m_partner.guid()); !s)
        return s.error();
    m_fullPass = true;
    const auto done = qScopeGuard([this] { m_fullPass = false; });
    // The names the requestor's own users have: nothing may be sent under them (Q146676).
    auto own = DirsyncImport::namesFrom(m_writer.store(), m_partner.guid());
    if (!own)
        return own.error();
    QSet<QString> taken = own.value();

    // A full export looks at every entry: who imported what, read once for all the replies.
    if (m_cache && !m_cache->importedBy) {
        auto all = DirsyncImport::importers(m_writer.store());
        if (!all)
            return all.error();
        m_cache->importedBy = std::move(all).value();
    }
    QStringList containers = m_partner.exportContainers;
    for (const QString& c : m_importContainers) {
        if (!containers.contains(c))
            containers << c;
    }
    QList<DirsyncTransaction> out{transaction(DirsyncTransaction::Code::Replace, {}, replace)};
    QSet<QString> seen;
    for (const QString& key : containers) {
        auto contents = contentsOf(key);
        if (!contents)
            return contents.error();
        for (const DirectoryObject& o : contents.value()) {
            if (seen.contains(o.guid))
                continue;
            seen.insert(o.guid);
            const auto entry = entryFor(o);
            if (!entry)
                continue;
            auto ok = writable(
                o, transaction(DirsyncTransaction::Code::Add, entry->name, entry->address, entry->fields));
            if (!ok)
                return ok.error();
            if (!ok.value())
                continue;
            auto name = uniqueName(taken, entry->name, m_partner.name);
            if (!name)
                return name.error();
            if (Status s = remember(o.guid, *entry, name.value()); !s)
                return s.error();
            out << transaction(DirsyncTransaction::Code::Add, name.value(), entry->address, entry->fields);
            held.remove(o.guid);
        }
    }
    m_removedByFull = int(held.size());
    return out;
}

Result<QList<DirsyncTransaction>> DirsyncExport::changesSince(qint64 usn)
{
    auto changed =
        DirectoryLookup(m_writer.store())
            .guidsChangedSince(usn, {QStringLiteral("mailbox"), QStringLiteral("distribution-list"),
                                     QStringLiteral("custom-recipient")});
    if (!changed)
        return changed.error();
    const QStringList guids = changed.value();
    QList<DirsyncTransaction> out;
    for (const QString& guid : guids) {
        auto o = m_writer.store().objectByGuid(guid);
        if (!o)
            return o.error();
        const auto wanted = entryFor(o.value());
        auto before = sent(guid);
        if (!before)
            return before.error();
        const std::optional<Sent>& was = before.value();
        if (!wanted) {
            if (Status s = clearSetAside(guid); !s)
                return s.error();
        } else {
            auto ok = writable(o.value(), transaction(DirsyncTransaction::Code::Add, wanted->name,
                                                      wanted->address, wanted->fields));
            if (!ok)
                return ok.error();
            if (!ok.value())
                continue; // left as the requestor has it
        }
        if (!wanted && !was)
            continue;
        if (!wanted) {
            out << transaction(DirsyncTransaction::Code::Delete, was->name, was->address);
            if (Status s = forget(guid); !s)
                return s.error();
            continue;
        }
        if (was && was->base == wanted->name &&
            was->address.compare(wanted->address, Qt::CaseInsensitive) == 0 && was->fields == wanted->fields)
            continue; // nothing the requestor sees has changed
        auto name = uniqueName(guid, wanted->name);
        if (!name)
            return name.error();
        if (!was) {
            out << transaction(DirsyncTransaction::Code::Add, name.value(), wanted->address, wanted->fields);
        } else if (DirsyncAddress::postofficeOf(was->address) !=
                   DirsyncAddress::postofficeOf(wanted->address)) {
            // Another network/postoffice is another list: the entry leaves one and joins the other
            // (an Add, "by design", Q246833).
            out << transaction(DirsyncTransaction::Code::Delete, was->name, was->address);
            out << transaction(DirsyncTransaction::Code::Add, name.value(), wanted->address, wanted->fields);
        } else {
            // A modify carries the fields as they are now; one no longer sent goes with an empty value.
            QList<DirsyncField> fields = wanted->fields;
            for (const DirsyncField& f : was->fields) {
                if (std::none_of(fields.cbegin(), fields.cend(),
                                 [&](const DirsyncField& n) { return n.prompt == f.prompt; }))
                    fields.append(DirsyncField{f.prompt, QString()});
            }
            DirsyncTransaction m =
                transaction(DirsyncTransaction::Code::Modify, was->name, was->address, fields);
            m.newFullName = name.value();
            m.newAddress = wanted->address;
            out << m;
        }
        if (Status s = remember(guid, *wanted, name.value()); !s)
            return s.error();
    }
    return out;
}

Result<int> DirsyncExport::heldBy(DirectoryStore& store, const QString& requestor)
{
    auto n = store.connection().scalar(QStringLiteral("SELECT count(*) FROM dxa_sent WHERE requestor = ?"),
                                       {requestor});
    if (!n)
        return n.error();
    return n->toInt();
}

Result<QStringList> DirsyncExport::setAsideFor(DirectoryStore& store, const QString& requestor)
{
    auto q = store.connection().exec(
        QStringLiteral("SELECT dn, reason FROM dxa_set_aside WHERE requestor = ? ORDER BY since, dn"),
        {requestor});
    if (!q)
        return q.error();
    QStringList out;
    while (q.value().next())
        out << q.value().value(0).toString() + QStringLiteral(": ") + q.value().value(1).toString();
    return out;
}

Status DirsyncExport::forgetRequestor(DirectoryWriter& w, const QString& requestor)
{
    for (const QString& sql : {QStringLiteral("DELETE FROM dxa_sent WHERE requestor = ?"),
                               QStringLiteral("DELETE FROM dxa_set_aside WHERE requestor = ?")}) {
        if (Status s = w.exec(sql, {requestor}).status(); !s)
            return s;
    }
    return {};
}

} // namespace sa::core
