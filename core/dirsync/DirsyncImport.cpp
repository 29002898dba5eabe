#include "DirsyncImport.h"

#include "core/directory/AddressSyntax.h"
#include "core/directory/DirectoryLookup.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/dirsyncprotocol/DirsyncAddress.h"
#include "core/storage/SqliteStatement.h"

#include <QCryptographicHash>
#include <QUuid>

namespace sa::core {

namespace {

const QString CustomRecipient = QStringLiteral("custom-recipient");

/// The mailbox part of an address (AMARTIN of NET/PO/AMARTIN, jo of SMTP:jo@x), as an alias:
/// characters every address type accepts.
QString aliasBase(const QString& address)
{
    QString value = AddressSyntax::valueOf(address);
    value = value.section(QLatin1Char('/'), -1).section(QLatin1Char('@'), 0, 0);
    QString out;
    for (QChar c : value) {
        if (c.isLetterOrNumber() && c.unicode() < 127)
            out += c;
        else if (c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_'))
            out += c;
    }
    return out.isEmpty() ? QStringLiteral("MSMAIL") : out.left(54);
}

} // namespace

QString DirsyncImport::displayName(const QString& fullName) const
{
    // "Append to imported users' display name": the requestor's name after the MS Mail name. The
    // original's exact form is not known; decided: "Name (REQUESTOR)".
    return m_partner.appendName ? QStringLiteral("%1 (%2)").arg(fullName.trimmed(), m_partner.name)
                                : fullName.trimmed();
}

QList<AttributeChange> DirsyncImport::fieldChanges(const QList<DirsyncField>& fields) const
{
    QList<AttributeChange> out;
    for (const auto& [prompt, attribute] : m_fieldMap) {
        QStringList values;
        for (const DirsyncField& f : fields) {
            QString p = f.prompt.trimmed();
            if (p.endsWith(QLatin1Char(':')))
                p.chop(1);
            if (p.compare(prompt, Qt::CaseInsensitive) == 0 && !f.value.trimmed().isEmpty())
                values = {f.value.trimmed().left(64)};
        }
        out.append({attribute, AttributeChange::Op::Replace, values});
    }
    return out;
}

Result<QString> DirsyncImport::importedObject(const QString& key)
{
    auto q = m_writer.run(
        QStringLiteral("SELECT object_guid FROM dxa_imported WHERE requestor = ? AND address_key = ?"),
        {m_partner.guid(), key});
    if (!q)
        return q.error();
    const QString guid = q.value()->next() ? q.value()->value(0).toString() : QString();
    q.value()->finish();
    return guid;
}

Result<QString> DirsyncImport::addressOwner(const QString& address, const QString& selfGuid)
{
    auto holders = DirectoryLookup(m_writer.store()).holders(ValueQuery::addresses({address}));
    if (!holders)
        return holders.error();
    for (const ValueHolder& h : holders.value()) {
        if (h.guid != selfGuid)
            return h.dn;
    }
    return QString();
}

Result<QString> DirsyncImport::freeAlias(const QString& wanted)
{
    QString alias = wanted;
    for (int n = 2;; ++n) {
        ValueQuery query = ValueQuery::aliases({alias});
        query.limit = 1;
        auto taken = DirectoryLookup(m_writer.store()).holders(query);
        if (!taken)
            return taken.error();
        if (taken->isEmpty())
            return alias;
        alias = wanted + QString::number(n);
    }
}

Status DirsyncImport::warnSameName(const QString& fullName, DirsyncRun& run)
{
    // The same name from another requestor is legal (one per postoffice, Q166545), but the
    // administrator is told, naming both; neither is changed.
    auto q = m_writer.run(
        QStringLiteral("SELECT object_guid FROM dxa_imported WHERE name_key = ? AND requestor != ?"
                       " LIMIT 1"),
        {fullName.trimmed().toLower(), m_partner.guid()});
    if (!q)
        return q.error();
    const QString otherGuid = q.value()->next() ? q.value()->value(0).toString() : QString();
    q.value()->finish();
    if (otherGuid.isEmpty())
        return {};
    auto other = m_writer.store().objectByGuid(otherGuid);
    if (!other || other->deleted)
        return {};
    ++run.warnings;
    return DirsyncLog::event(
        m_writer, QStringLiteral("Warning"), DirsyncEvent::Conflict,
        QStringLiteral(
            "The name \"%1\" from %2 is also the name of %3, imported from another requestor. Both "
            "are kept.")
            .arg(fullName.trimmed(), m_partner.name, other->dn.toString()));
}

Status DirsyncImport::add(const QString& fullName, const QString& address, const QList<DirsyncField>& fields,
                          DirsyncRun& run)
{
    const QString key = DirsyncAddress::key(address);
    const QString target = DirsyncAddress::directoryForm(address);
    m_replaced.remove(key);
    if (!AddressSyntax::check(target) || fullName.trimmed().isEmpty()) {
        ++run.errors;
        return DirsyncLog::event(
            m_writer, QStringLiteral("Error"), DirsyncEvent::InvalidAddress,
            QStringLiteral("The e-mail address of the following transaction is not a valid format. The "
                           "transaction is A %1 %2 (from %3).")
                .arg(fullName, address, m_partner.name));
    }
    auto existing = importedObject(key);
    if (!existing)
        return existing.error();
    if (!existing->isEmpty()) {
        auto o = m_writer.store().objectByGuid(existing.value());
        if (o && !o->deleted) { // known: an A again refreshes it (as an import reply does)
            DirsyncTransaction t;
            t.code = DirsyncTransaction::Code::Modify;
            t.fullName = fullName;
            t.address = address;
            t.newFullName = fullName;
            t.newAddress = address;
            t.fields = fields;
            return change(t, run);
        }
    }
    auto owner = addressOwner(target, {});
    if (!owner)
        return owner.error();
    if (!owner->isEmpty()) {
        ++run.errors;
        return DirsyncLog::event(
            m_writer, QStringLiteral("Error"), DirsyncEvent::Conflict,
            QStringLiteral("%1 sent %2 (%3), but that address belongs to %4. The entry was "
                           "not imported; nothing was changed.")
                .arg(m_partner.name, fullName, target, owner.value()));
    }
    const QString display = displayName(fullName);
    if (Status s = warnSameName(fullName, run); !s)
        return s;
    auto alias = freeAlias(aliasBase(address));
    if (!alias)
        return alias.error();
    // The directory name as the original made it: the alias and eight hex digits (Q181952).
    const QString rdn =
        alias.value().left(54) +
        QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(8))
            .toUpper();
    QList<AttributeChange> values{
        {attr::DisplayName, AttributeChange::Op::Replace, {display}},
        {attr::MailNickname, AttributeChange::Op::Replace, {alias.value()}},
        {attr::TargetAddress, AttributeChange::Op::Replace, {target}},
        {attr::ImportedFrom, AttributeChange::Op::Replace, {m_partner.name}},
        {attr::TrustLevel, AttributeChange::Op::Replace, {QString::number(m_partner.importTrust)}},
    };
    for (const AttributeChange& c : fieldChanges(fields)) {
        if (!c.values.isEmpty())
            values << c;
    }
    const QString guid = QUuid::createUuid().toString();
    auto made =
        m_writer.create(CustomRecipient, Dn::parse(m_partner.importContainer).value(), values, rdn, guid);
    if (!made)
        return made.error();
    auto r =
        m_writer.run(QStringLiteral("INSERT INTO dxa_imported(requestor, address_key, object_guid, name_key)"
                                    " VALUES (?, ?, ?, ?) ON CONFLICT(requestor, address_key) DO UPDATE"
                                    " SET object_guid = excluded.object_guid, name_key = excluded.name_key"),
                     {m_partner.guid(), key, guid, fullName.trimmed().toLower()});
    if (!r)
        return r.error();
    ++run.adds;
    return {};
}

Status DirsyncImport::change(const DirsyncTransaction& t, DirsyncRun& run)
{
    const QString oldKey = DirsyncAddress::key(t.address);
    const QString newKey = DirsyncAddress::key(t.newAddress);
    m_replaced.remove(oldKey);
    m_replaced.remove(newKey);
    auto guid = importedObject(oldKey);
    if (!guid)
        return guid.error();
    auto o = guid->isEmpty() ? Result<DirectoryObject>(Error(ErrorCode::NotFound, Phrase()))
                             : m_writer.store().objectByGuid(guid.value());
    if (!o || o->deleted || o->isReplica()) {
        // Not known here (or deleted by the administrator): the entry as it is now is added.
        if (!guid->isEmpty()) {
            if (auto r = m_writer.exec(
                    QStringLiteral("DELETE FROM dxa_imported WHERE requestor = ? AND address_key = ?"),
                    {m_partner.guid(), oldKey});
                !r)
                return r.error();
        }
        return add(t.newFullName, t.newAddress, t.fields, run);
    }
    const QString target = DirsyncAddress::directoryForm(t.newAddress);
    if (!AddressSyntax::check(target) || t.newFullName.trimmed().isEmpty()) {
        ++run.errors;
        return DirsyncLog::event(
            m_writer, QStringLiteral("Error"), DirsyncEvent::InvalidAddress,
            QStringLiteral("The e-mail address of the following transaction is not a valid "
                           "format. The transaction is M %1 %2 (from %3).")
                .arg(t.newFullName, t.newAddress, m_partner.name));
    }
    if (newKey != oldKey) {
        auto owner = addressOwner(target, o->guid);
        if (!owner)
            return owner.error();
        if (!owner->isEmpty()) {
            ++run.errors;
            return DirsyncLog::event(
                m_writer, QStringLiteral("Error"), DirsyncEvent::Conflict,
                QStringLiteral("%1 changed %2 to the address %3, which belongs to %4. The "
                               "change was not made.")
                    .arg(m_partner.name, t.fullName, target, owner.value()));
        }
    }
    QList<AttributeChange> changes{
        {attr::DisplayName, AttributeChange::Op::Replace, {displayName(t.newFullName)}},
        {attr::TargetAddress, AttributeChange::Op::Replace, {target}},
        {attr::TrustLevel, AttributeChange::Op::Replace, {QString::number(m_partner.importTrust)}},
    };
    changes << fieldChanges(t.fields);
    if (target.compare(o->value(attr::TargetAddress), Qt::CaseInsensitive) != 0) {
        // The old address leaves the proxies with the target it was.
        QStringList proxies;
        for (const QString& p : o->valuesOf(attr::ProxyAddresses)) {
            if (p.compare(o->value(attr::TargetAddress), Qt::CaseInsensitive) != 0)
                proxies << p;
        }
        changes.append({attr::ProxyAddresses, AttributeChange::Op::Replace, QStringList{target} + proxies});
    }
    const qint64 before = o->usnChanged;
    if (Status s = m_writer.modify(o->dn, changes); !s)
        return s;
    auto r = m_writer.run(QStringLiteral("UPDATE dxa_imported SET address_key = ?, name_key = ?"
                                         " WHERE requestor = ? AND address_key = ?"),
                          {newKey, t.newFullName.trimmed().toLower(), m_partner.guid(), oldKey});
    if (!r)
        return r.error();
    auto after = m_writer.store().objectByGuid(o->guid);
    if (after && after->usnChanged != before)
        ++run.modifies;
    return {};
}

Status DirsyncImport::drop(const QString& key, DirsyncRun& run)
{
    auto guid = importedObject(key);
    if (!guid)
        return guid.error();
    if (guid->isEmpty()) {
        ++run.warnings; // a delete of an entry never imported from this requestor (Q155727)
        return {};
    }
    auto o = m_writer.store().objectByGuid(guid.value());
    if (o && !o->deleted && !o->isReplica()) {
        if (Status s = m_writer.remove(o->dn); !s)
            return s;
        ++run.deletes;
    }
    auto r = m_writer.run(QStringLiteral("DELETE FROM dxa_imported WHERE requestor = ? AND address_key = ?"),
                          {m_partner.guid(), key});
    return r.status();
}

Status DirsyncImport::apply(const QList<DirsyncTransaction>& transactions, DirsyncRun& run)
{
    for (const DirsyncTransaction& t : transactions) {
        Status s;
        switch (t.code) {
        case DirsyncTransaction::Code::Add:
            s = add(t.fullName, t.address, t.fields, run);
            break;
        case DirsyncTransaction::Code::Modify:
            s = change(t, run);
            break;
        case DirsyncTransaction::Code::Delete: {
            const QString key = DirsyncAddress::key(t.address);
            m_replaced.remove(key);
            s = drop(key, run);
            break;
        }
        case DirsyncTransaction::Code::Replace: {
            const QString prefix = DirsyncAddress::replacedPrefix(t.address);
            auto q = m_writer.exec(QStringLiteral("SELECT address_key FROM dxa_imported WHERE requestor = ?"
                                                  " AND substr(address_key, 1, ?) = ?"),
                                   {m_partner.guid(), prefix.size(), prefix});
            if (!q)
                return q.error();
            QSqlQuery rows = std::move(q).value();
            while (rows.next())
                m_replaced.insert(rows.value(0).toString());
            break;
        }
        case DirsyncTransaction::Code::Template:
            break; // template files are not kept: fields map through the Incoming Templates
        }
        if (!s)
            return s;
    }
    // What the R replaced and the message did not name again.
    const QSet<QString> gone = m_replaced;
    m_replaced.clear();
    for (const QString& key : gone) {
        if (Status s = drop(key, run); !s)
            return s;
    }
    return {};
}

Result<QStringList> DirsyncImport::importedFrom(DirectoryStore& store, const QString& requestor)
{
    return store.connection().strings(
        QStringLiteral("SELECT object_guid FROM dxa_imported WHERE requestor = ?"), {requestor});
}

Result<QString> DirsyncImport::importerOf(DirectoryStore& store, const QString& objectGuid)
{
    auto q = store.connection().run(
        QStringLiteral("SELECT requestor FROM dxa_imported WHERE object_guid = ? LIMIT 1"), {objectGuid});
    if (!q)
        return q.error();
    const QString by = q.value()->next() ? q.value()->value(0).toString() : QString();
    q.value()->finish();
    return by;
}

Result<QHash<QString, QString>> DirsyncImport::importersOf(DirectoryStore& store,
                                                           const QStringList& objectGuids)
{
    constexpr int Chunk = 256;
    QHash<QString, QString> out;
    for (int start = 0; start < objectGuids.size(); start += Chunk) {
        const int n = std::min(Chunk, int(objectGuids.size()) - start);
        // On the C API: a full reply asks this of every entry it sends (issue 18).
        auto stmt = store.nativeStatement(
            QStringLiteral("SELECT object_guid, requestor FROM dxa_imported WHERE object_guid IN (%1)")
                .arg(SqliteStatement::inList(n)));
        if (!stmt)
            return stmt.error();
        SqliteStatement& q = *stmt.value();
        q.bindIn(1, objectGuids.mid(start, n));
        for (;;) {
            auto row = q.next();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            out.insert(q.text(0), q.text(1));
        }
        q.reset();
    }
    return out;
}

Status DirsyncImport::eachNameFrom(DirectoryStore& store, const QString& requestor,
                                   const std::function<void(const QString&)>& take)
{
    auto q = store.connection().exec(QStringLiteral("SELECT name_key FROM dxa_imported WHERE requestor = ?"),
                                     {requestor});
    if (!q)
        return q.error();
    while (q.value().next())
        take(q.value().value(0).toString());
    return {};
}

Result<bool> DirsyncImport::hasName(DirectoryStore& store, const QString& requestor, const QString& nameKey)
{
    auto q = store.connection().run(
        QStringLiteral("SELECT 1 FROM dxa_imported WHERE requestor = ? AND name_key = ? LIMIT 1"),
        {requestor, nameKey});
    if (!q)
        return q.error();
    const bool found = q.value()->next();
    q.value()->finish();
    return found;
}

Status DirsyncImport::forgetRequestor(DirectoryWriter& w, const QString& requestor)
{
    return w.exec(QStringLiteral("DELETE FROM dxa_imported WHERE requestor = ?"), {requestor}).status();
}

} // namespace sa::core
