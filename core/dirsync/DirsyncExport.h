#pragma once

#include "DirsyncLog.h"
#include "DirsyncPartner.h"
#include "DirsyncTemplateMap.h"
#include "core/common/Error.h"
#include "core/dirsyncprotocol/DirsyncMessage.h"

#include <QHash>
#include <QSet>
#include <functional>
#include <optional>

namespace sa::core {

class DirectoryStore;
class DirectoryWriter;

/// What one directory object is to a requestor's address list.
struct ExportEntry
{
    QString name;               ///< the display name, cut to MS Mail's 30 characters (before 001, 002, ...)
    QString address;            ///< TYPE:value
    QList<DirsyncField> fields; ///< the Outgoing Templates' fields
};

/// An entry a reply or update could not carry (DirsyncCodec::problem): it is left out, and the
/// requestor keeps what it had of it, until it is corrected (its next change sends it) or gone.
struct DirsyncSetAside
{
    QString dn;
    QString name;
    QString reason;
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
    DirsyncExport(DirectoryWriter& writer, const DirsyncPartner& partner, QStringList importContainers = {})
        : m_writer(writer), m_partner(partner), m_importContainers(std::move(importContainers))
    {
    }

    /// The Outgoing Templates: attributes sent as template fields with each A and M (none by default).
    void setFieldMap(DirsyncTemplateMap::Map outgoing) { m_fieldMap = std::move(outgoing); }

    /// What `object` is to the requestor, or nothing when it is not sent to it; `importer`: the
    /// requestor (GUID) it was imported from, empty when it was made here.
    std::optional<ExportEntry> entryFor(const DirectoryObject& object, const QString& importer) const;
    /// Every attribute entryFor reads (the Outgoing Templates' among them): a full reply reads only
    /// these of each entry. entryFor must read no other.
    QStringList entryAttributes() const;

    // What was sent to whom and what was set aside (dxa_sent, dxa_set_aside: only this class's).
    /// How many entries the requestor holds from the site.
    static Result<int> heldBy(DirectoryStore& store, const QString& requestor);
    /// The entries set aside for the requestor, "DN: reason", oldest first.
    static Result<QStringList> setAsideFor(DirectoryStore& store, const QString& requestor);
    /// Whether any entry is set aside for any requestor (one seek).
    static Result<bool> anySetAside(DirectoryStore& store);
    /// Nothing kept of what was sent to `requestor` or set aside for it any more.
    static Status forgetRequestor(DirectoryWriter& w, const QString& requestor);
    /// Everything, as R TYPE: (every list of that type) and an A per entry; what was sent before is
    /// forgotten.
    Result<QList<DirsyncTransaction>> full();
    /// The same, led by `replace` (R MS:ORG/SITE as a requestor names its own list).
    Result<QList<DirsyncTransaction>> full(const QString& replace);
    /// full() handing each transaction to `take` as it is made, none of them held (a full reply of
    /// a million entries is written as it is read); `replace` empty: R TYPE: as full() sends.
    Status full(const QString& replace, const std::function<Status(DirsyncTransaction&&)>& take);
    /// How many entries the requestor held before the last full() that it no longer gets: what
    /// that R deletes at the requestor.
    int removedByFull() const { return m_removedByFull; }
    /// The adds, modifies and deletes for the recipients changed after `usn` (numbers not set).
    Result<QList<DirsyncTransaction>> changesSince(qint64 usn);
    /// The entries the last full() or changesSince() left out because they cannot be written; each
    /// stays listed for the requestor (dxa_set_aside) until it is sent or gone.
    const QList<DirsyncSetAside>& setAside() const { return m_setAside; }
    /// Says each entry set aside as an error event of the run (its details show them) and counts
    /// them among the run's errors.
    Status reportSetAside(DirsyncRun& run) const;
    /// For the run's detail, after the subject: "; N entry(ies) set aside, the first DN" or nothing.
    QString setAsideNote() const;

private:
    struct Sent
    {
        QString base;
        QString name;
        QString address;
        QList<DirsyncField> fields;
    };
    Result<std::optional<Sent>> sent(const QString& guid);
    /// A name for `guid` no other entry has at the requestor: `base`, else base001, base002, ...
    /// (Q146676). In a full export, where every name is claimed in turn, `claimed` holds a 64-bit hash of
    /// each name taken so far (the requestor's own users' and those sent), so a full export of a million
    /// entries holds eight bytes per name; only a name whose hash is there is looked up in the
    /// database (dxa_sent and dxa_imported), which alone says whether it is taken.
    Result<QString> uniqueName(const QString& guid, const QString& base, QSet<size_t>* claimed = nullptr);
    /// Whether `nameKey` is sent to the requestor for another object than `guid`, or is one of its
    /// own users' names.
    Result<bool> nameTaken(const QString& guid, const QString& nameKey);
    /// Each live recipient of the container (none when it is gone), a page at a time, with the
    /// requestor it was imported from: a container of a million entries is read in the memory of
    /// a page.
    Status eachRecipientIn(const QString& containerKey,
                           const std::function<Status(const DirectoryObject&, const QString&)>& visit);
    Status remember(const QString& guid, const ExportEntry& entry, const QString& name);
    Status forget(const QString& guid);
    /// Whether `t`, what `o` would be to the requestor, can be written; if not, `o` is set aside.
    Result<bool> writable(const DirectoryObject& o, const DirsyncTransaction& t);
    Status clearSetAside(const QString& guid);
    DirectoryWriter& m_writer;
    const DirsyncPartner& m_partner;
    QStringList m_importContainers;
    int m_removedByFull = 0;
    QList<DirsyncSetAside> m_setAside;
    bool m_fullPass = false; ///< in full(), which clears the requestor's set-aside entries first
    DirsyncTemplateMap::Map m_fieldMap;
};

} // namespace sa::core
