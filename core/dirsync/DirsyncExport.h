#pragma once

#include "DirsyncMessage.h"
#include "DirsyncPartner.h"
#include "DirsyncTemplates.h"
#include "core/common/Error.h"

#include <QHash>
#include <QSet>
#include <optional>

namespace sa::core {

class DirectoryWriter;

/// What the replies of one T2 share, read once: the containers' contents and who imported what
/// (between the replies only the requestor objects and what each was sent change).
struct DirsyncExportCache
{
    QHash<QString, QList<DirectoryObject>> children;   ///< container DN key -> its live objects
    std::optional<QHash<QString, QString>> importedBy; ///< object GUID -> requestor GUID
};

/// What one directory object is to a requestor's address list.
struct ExportEntry
{
    QString name;               ///< the display name, cut to MS Mail's 30 characters (before 001, 002, ...)
    QString address;            ///< TYPE:value
    QList<DirsyncField> fields; ///< the Outgoing Templates' fields
};

/// What a requestor gets from the server (reference §3.2, §4), worked out inside the caller's
/// transaction: the recipients of its export containers (hidden ones left out, trust level at most
/// the export trust level, custom recipients only with "export custom recipients"; mailboxes and
/// lists by their address of the requestor address type), and every entry imported from the other
/// requestors (the master list), never its own back. Each display name is sent once per requestor
/// (001, 002, ... appended, Q146676), also against the names of its own users. What was sent is kept
/// (dxa_sent, the original's XDIR.EDB), so later cycles send only adds, modifies and deletes.
class DirsyncExport
{
public:
    /// `importContainers`: the import containers of every requestor (the master list lives there).
    DirsyncExport(DirectoryWriter& writer, const DirsyncPartner& partner, QStringList importContainers = {},
                  DirsyncExportCache* cache = nullptr)
        : m_writer(writer), m_partner(partner), m_importContainers(std::move(importContainers)),
          m_cache(cache)
    {
    }

    /// The Outgoing Templates: attributes sent as template fields with each A and M (none by default).
    void setFieldMap(DirsyncTemplates::Map outgoing) { m_fieldMap = std::move(outgoing); }

    std::optional<ExportEntry> entryFor(const DirectoryObject& object);
    /// Everything, as R TYPE: (every list of that type) and an A per entry; what was sent before is
    /// forgotten.
    Result<QList<DirsyncTransaction>> full();
    /// The same, led by `replace` (R MS:ORG/SITE as a requestor names its own list).
    Result<QList<DirsyncTransaction>> full(const QString& replace);
    /// How many entries the requestor held before the last full() that it no longer gets: what
    /// that R deletes at the requestor.
    int removedByFull() const { return m_removedByFull; }
    /// The adds, modifies and deletes for the recipients changed after `usn` (numbers not set).
    Result<QList<DirsyncTransaction>> changesSince(qint64 usn);

private:
    struct Sent
    {
        QString base;
        QString name;
        QString address;
        QList<DirsyncField> fields;
    };
    Result<std::optional<Sent>> sent(const QString& guid);
    Result<QString> uniqueName(const QString& guid, const QString& base);
    /// The same against names already `taken` (a full export, where nothing else was sent).
    static Result<QString> uniqueName(QSet<QString>& taken, const QString& base, const QString& requestor);
    Result<QList<DirectoryObject>> contentsOf(const QString& containerKey);
    Status remember(const QString& guid, const ExportEntry& entry, const QString& name);
    Status forget(const QString& guid);
    /// The requestor (GUID) an object was imported from, or empty.
    Result<QString> importedBy(const QString& guid);

    DirectoryWriter& m_writer;
    const DirsyncPartner& m_partner;
    QStringList m_importContainers;
    DirsyncExportCache* m_cache = nullptr;
    int m_removedByFull = 0;
    DirsyncTemplates::Map m_fieldMap;
};

} // namespace sa::core
