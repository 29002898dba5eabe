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
#include "core/storage/SqliteStatement.h"

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

Status
DirsyncExport::eachRecipientIn(const QString& containerKey,
                               const std::function<Status(const DirectoryObject&, const QString&)>& visit)
{
    DirectoryStore& store = m_writer.store();
    auto dn = Dn::parse(containerKey);
    auto container = dn ? store.object(dn.value()) : Result<DirectoryObject>(dn.error());
    if (!container)
        return {}; // a container that is gone exports nothing
    constexpr int Page = 1000;
    ChildQuery page;
    page.limit = Page;
    page.filter.classes = {QStringLiteral("mailbox"), QStringLiteral("distribution-list"), CustomRecipient};
    page.filter.includeHidden = false; // never sent (entryFor)
    // What entryFor reads, and nothing else: a full reply reads every entry once per requestor.
    page.attributes = entryAttributes();
    for (;;) {
        auto kids = store.children(container->id, page);
        if (!kids)
            return kids.error();
        QStringList guids;
        guids.reserve(kids->size());
        for (const DirectoryObject& o : kids.value())
            guids << o.guid;
        auto importers = DirsyncImport::importersOf(store, guids);
        if (!importers)
            return importers.error();
        for (const DirectoryObject& o : kids.value()) {
            if (Status s = visit(o, importers->value(o.guid)); !s)
                return s;
        }
        if (kids->size() < Page)
            return {};
        page.after = SortPosition::of(kids->last());
    }
}

QStringList DirsyncExport::entryAttributes() const
{
    QStringList names{attr::DisplayName, attr::HideFromAddressBook, attr::TargetAddress, attr::TrustLevel,
                      attr::ProxyAddresses};
    for (const auto& field : m_fieldMap)
        names << field.second;
    return names;
}

std::optional<ExportEntry> DirsyncExport::entryFor(const DirectoryObject& o, const QString& importer) const
{
    if (o.deleted || !o.cls || !o.cls->recipient || o.flag(attr::HideFromAddressBook))
        return std::nullopt;
    if (importer == m_partner.guid())
        return std::nullopt; // never a requestor's own entries back
    const bool custom = o.cls->name == CustomRecipient;
    QString address;
    if (!importer.isEmpty()) {
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

Result<bool> DirsyncExport::nameTaken(const QString& guid, const QString& nameKey)
{
    // Sent to it under that name for another object, or one of its own users' names.
    auto taken = m_writer.run(
        QStringLiteral("SELECT 1 FROM dxa_sent WHERE requestor = ? AND name_key = ? AND object_guid != ?"
                       " LIMIT 1"),
        {m_partner.guid(), nameKey, guid});
    if (!taken)
        return taken.error();
    const bool used = taken.value()->next();
    taken.value()->finish();
    if (used)
        return true;
    return DirsyncImport::hasName(m_writer.store(), m_partner.guid(), nameKey);
}

namespace {

/// MS Mail allows no two entries of one name on a postoffice: 001, 002, ... (Q146676).
QString numbered(const QString& base, int n)
{
    return base.left(dirsync::MaxFullName - 3) + QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0'));
}

Error noFreeName(const QString& base, const QString& requestor)
{
    return Error(ErrorCode::AlreadyExists,
                 Phrase::tr("no free display name like \"%1\" for %2").arg(base, requestor));
}

} // namespace

Result<QString> DirsyncExport::uniqueName(const QString& guid, const QString& base, QSet<size_t>* claimed)
{
    QString candidate = base;
    for (int n = 1;; ++n) {
        const QString key = candidate.toLower();
        const size_t hash = qHash(key);
        bool used = false;
        // In a full export only a name whose hash is claimed can be taken (or shares the hash):
        // the database says which.
        if (!claimed || claimed->contains(hash)) {
            auto taken = nameTaken(guid, key);
            if (!taken)
                return taken.error();
            used = taken.value();
        }
        if (!used) {
            if (claimed)
                claimed->insert(hash);
            return candidate;
        }
        if (n > 999)
            return noFreeName(base, m_partner.name);
        candidate = numbered(base, n);
    }
}

Status DirsyncExport::remember(const QString& guid, const ExportEntry& entry, const QString& name)
{
    // On the C API: a full reply writes one of these for every entry it sends (issue 18).
    auto stmt = m_writer.store().nativeStatement(
        QStringLiteral("INSERT INTO dxa_sent(requestor, object_guid, base, name, name_key, address, fields)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(requestor, object_guid) DO UPDATE SET"
                       " base = excluded.base, name = excluded.name, name_key = excluded.name_key,"
                       " address = excluded.address, fields = excluded.fields"));
    if (!stmt)
        return stmt.error();
    return stmt.value()
        ->bind(1, m_partner.guid())
        .bind(2, guid)
        .bind(3, entry.name)
        .bind(4, name)
        .bind(5, name.toLower())
        .bind(6, entry.address)
        .bind(7, DirsyncTemplates::encode(entry.fields))
        .exec();
}

Status DirsyncExport::forget(const QString& guid)
{
    auto r = m_writer.run(QStringLiteral("DELETE FROM dxa_sent WHERE requestor = ? AND object_guid = ?"),
                          {m_partner.guid(), guid});
    return r.status();
}

Status DirsyncExport::clearSetAside(const QString& guid)
{
    auto r = m_writer.run(QStringLiteral("DELETE FROM dxa_set_aside WHERE requestor = ? AND object_guid = ?"),
                          {m_partner.guid(), guid});
    return r.status();
}

Result<bool> DirsyncExport::writable(const DirectoryObject& o, const DirsyncTransaction& t)
{
    const QString why = DirsyncCodec::problem(t).english();
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
    QList<DirsyncTransaction> out;
    Status s = full(replace, [&out](DirsyncTransaction&& t) {
        out.append(std::move(t));
        return Status();
    });
    if (!s)
        return s.error();
    return out;
}

Status DirsyncExport::full(const QString& replaceList,
                           const std::function<Status(DirsyncTransaction&&)>& take)
{
    const QString replace =
        replaceList.isEmpty() ? m_partner.nativeType.toUpper() + QLatin1Char(':') : replaceList;
    // What the requestor held before, to count what the R takes away from it. A 64-bit hash of each
    // GUID, not the GUID (a million entries in eight megabytes): two GUIDs of one hash would make the
    // count one short, which the deletion threshold could not notice.
    QSet<size_t> held;
    auto before = m_writer.exec(QStringLiteral("SELECT object_guid FROM dxa_sent WHERE requestor = ?"),
                                {m_partner.guid()});
    if (!before)
        return before.error();
    while (before.value().next())
        held.insert(qHash(before.value().value(0).toString()));
    before.value().finish();
    // Sent again from nothing; what was set aside is looked at again, entry by entry.
    if (Status s = forgetRequestor(m_writer, m_partner.guid()); !s)
        return s;
    m_fullPass = true;
    const auto done = qScopeGuard([this] { m_fullPass = false; });
    // The names the requestor's own users have: nothing may be sent under them (Q146676).
    QSet<size_t> claimed;
    if (Status s =
            DirsyncImport::eachNameFrom(m_writer.store(), m_partner.guid(),
                                        [&claimed](const QString& key) { claimed.insert(qHash(key)); });
        !s)
        return s;

    QStringList containers = m_partner.exportContainers;
    for (const QString& c : m_importContainers) {
        if (!containers.contains(c))
            containers << c; // an object lives in one container: each is met once
    }
    if (Status s = take(transaction(DirsyncTransaction::Code::Replace, {}, replace)); !s)
        return s;
    for (const QString& key : containers) {
        Status s = eachRecipientIn(key, [&](const DirectoryObject& o, const QString& importer) -> Status {
            const auto entry = entryFor(o, importer);
            if (!entry)
                return {};
            auto ok = writable(
                o, transaction(DirsyncTransaction::Code::Add, entry->name, entry->address, entry->fields));
            if (!ok)
                return ok.error();
            if (!ok.value())
                return {};
            auto name = uniqueName(o.guid, entry->name, &claimed);
            if (!name)
                return name.error();
            if (Status r = remember(o.guid, *entry, name.value()); !r)
                return r;
            held.remove(qHash(o.guid));
            return take(
                transaction(DirsyncTransaction::Code::Add, name.value(), entry->address, entry->fields));
        });
        if (!s)
            return s;
    }
    m_removedByFull = int(held.size());
    return {};
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
        auto importer = DirsyncImport::importerOf(m_writer.store(), guid);
        if (!importer)
            return importer.error();
        const auto wanted = entryFor(o.value(), importer.value());
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
    QStringList out; // kept prepared: asked for every requestor's status each cycle (issue 18)
    if (Status s = store.connection().eachRow(
            QStringLiteral("SELECT dn, reason FROM dxa_set_aside WHERE requestor = ? ORDER BY since, dn"),
            {requestor},
            [&out](const QSqlQuery& row) {
                out << row.value(0).toString() + QStringLiteral(": ") + row.value(1).toString();
            });
        !s)
        return s.error();
    return out;
}

Result<bool> DirsyncExport::anySetAside(DirectoryStore& store)
{
    auto any = store.connection().scalar(QStringLiteral("SELECT 1 FROM dxa_set_aside LIMIT 1"));
    if (!any)
        return any.error();
    return any->isValid();
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
