#pragma once

#include "DirsyncLog.h"
#include "DirsyncPartner.h"
#include "DirsyncTemplateMap.h"
#include "core/common/Error.h"
#include "core/directory/ChangeSet.h"
#include "core/dirsyncprotocol/DirsyncMessage.h"

#include <QHash>
#include <QSet>
#include <functional>

namespace sa::core {

class DirectoryStore;
class DirectoryWriter;

/// Applies a requestor's transactions to the directory, inside the caller's transaction (reference
/// §3.1): its entries become custom recipients in its import container, named from the entry (the
/// requestor's name appended when asked), with Imported-From = the requestor, the import trust
/// level stamped, template fields mapped to attributes; A adds (or refreshes), M changes, D deletes,
/// R replaces a whole list (entries it does not name again by the end of the message go). An entry
/// whose address another object already has is not imported and is reported naming both (a
/// conflict); an address that is not valid is reported (event 247) and skipped.
class DirsyncImport
{
public:
    DirsyncImport(DirectoryWriter& writer, const DirsyncPartner& partner)
        : m_writer(writer), m_partner(partner)
    {
    }

    Status apply(const QList<DirsyncTransaction>& transactions, DirsyncRun& run);

    /// The Incoming Templates: template prompts (MS Mail's "Title:", "Phone:" ...) and the
    /// attributes they fill (DirsyncTemplateMap::incoming).
    void setFieldMap(DirsyncTemplateMap::Map map) { m_fieldMap = std::move(map); }

    // What was imported from whom (dxa_imported, which only this class reads and writes).
    /// The GUIDs of the objects imported from `requestor`.
    static Result<QStringList> importedFrom(DirectoryStore& store, const QString& requestor);
    /// The requestor (GUID) an object was imported from, or empty.
    static Result<QString> importerOf(DirectoryStore& store, const QString& objectGuid);
    /// The requestor of each of `objectGuids` that was imported, by object GUID (one query per
    /// few hundred: a page of a container at a time).
    static Result<QHash<QString, QString>> importersOf(DirectoryStore& store, const QStringList& objectGuids);
    /// The names (lower case) of the entries imported from `requestor`: its own users.
    /// Handed one at a time, without holding them all.
    static Status eachNameFrom(DirectoryStore& store, const QString& requestor,
                               const std::function<void(const QString&)>& take);
    /// Whether `requestor` has a user of that name (lower case).
    static Result<bool> hasName(DirectoryStore& store, const QString& requestor, const QString& nameKey);
    /// Nothing kept of what came from `requestor` any more (the objects themselves stay).
    static Status forgetRequestor(DirectoryWriter& w, const QString& requestor);

private:
    Result<QString> importedObject(const QString& key);
    Status add(const QString& fullName, const QString& address, const QList<DirsyncField>& fields,
               DirsyncRun& run);
    Status change(const DirsyncTransaction& t, DirsyncRun& run);
    Status drop(const QString& key, DirsyncRun& run);
    /// Who else has `address` (a live object, other than `selfGuid`): its DN, or empty.
    Result<QString> addressOwner(const QString& address, const QString& selfGuid);
    Result<QString> freeAlias(const QString& wanted);
    QString displayName(const QString& fullName) const;
    QList<AttributeChange> fieldChanges(const QList<DirsyncField>& fields) const;
    Status warnSameName(const QString& fullName, DirsyncRun& run);

    DirectoryWriter& m_writer;
    const DirsyncPartner& m_partner;
    QSet<QString> m_replaced; ///< keys an R put up for deletion, not named again yet
    DirsyncTemplateMap::Map m_fieldMap = DirsyncTemplateMap::defaultIncoming();
};

} // namespace sa::core
