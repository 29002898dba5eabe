#pragma once

#include "core/dirsyncprotocol/DirsyncMessage.h"

#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace sa::core {

struct DirectoryObject;
class DirectoryStore;

/// The template mappings of a server's Directory Synchronization object (reference §3.4, Q158694),
/// each value "Prompt:|Attribute". Incoming Templates turn the MS Mail template fields of imported
/// entries ("- Department:/Sales") into attributes of their custom recipients; Outgoing Templates
/// send attributes of exported recipients as template fields, so that a postoffice's address list
/// shows the Exchange user's department or phone too.
class DirsyncTemplateMap
{
public:
    /// Prompt (without its colon) and the attribute's schema name.
    using Map = QList<std::pair<QString, QString>>;

    /// The Incoming Templates that apply while the object lists none (decided here: Title, Phone,
    /// Department, Company and Office, the MS Mail template's usual fields, each to its namesake).
    static const Map& defaultIncoming();
    /// The Incoming Templates of `server`'s Directory Synchronization object, or the defaults.
    static Map incoming(DirectoryStore& store, const QString& server);
    /// The Outgoing Templates of `server`'s Directory Synchronization object. None unless the
    /// administrator maps some: by default only names and addresses leave the site.
    static Map outgoing(DirectoryStore& store, const QString& server);
    /// The same of a Directory Synchronization object already read (nullptr: there is none), for T2,
    /// which reads it once for all its messages.
    static Map incoming(const DirectoryObject* dxa);
    static Map outgoing(const DirectoryObject* dxa);
    /// One "Prompt:|Attribute" value read; an unknown attribute or an empty prompt gives nothing.
    static std::optional<std::pair<QString, QString>> parse(const QString& value);

    /// `object`'s values of the mapped attributes as template fields ("Department", "Sales"), in
    /// the map's order; empty values are not sent. Values are cut to MS Mail's 64 characters.
    static QList<DirsyncField> fieldsOf(const DirectoryObject& object, const Map& outgoing);
};

} // namespace sa::core
