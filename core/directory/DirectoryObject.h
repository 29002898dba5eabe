#pragma once

#include "ClassDef.h"
#include "Dn.h"

#include <QDateTime>
#include <QMap>
#include <QStringList>

namespace sa::core {

/// Attribute name -> values, in the schema's spelling of the name.
using AttributeValues = QMap<QString, QStringList>;

/// One directory object as read from a site database: its row and its stored attributes.
struct DirectoryObject
{
    qint64 id = 0;
    QString guid;
    const ClassDef* cls = nullptr;
    Dn dn;
    qint64 parentId = 0;
    qint64 usnCreated = 0;
    qint64 usnChanged = 0;
    QDateTime whenCreated;
    QDateTime whenChanged;
    bool deleted = false;
    /// For a replica: the site that masters it (empty for this site's own objects), and the USN the
    /// object had there when it was copied.
    QString masterSite;
    qint64 masterUsn = 0;
    AttributeValues values;

    bool isReplica() const { return !masterSite.isEmpty(); }

    bool isValid() const { return id != 0 && cls; }
    QString rdn() const { return dn.rdn().value; }
    QString value(const QString& attribute) const;
    /// A Boolean attribute is TRUE (BooleanSyntax); absent is false.
    bool flag(const QString& attribute) const;
    QStringList valuesOf(const QString& attribute) const { return values.value(attribute); }
    /// Display-Name, or the directory name when the object has none.
    QString displayName() const;
    /// The stored attributes plus the ones the store keeps on the row (Obj-Class, USN-Changed, ...):
    /// what raw properties show. An object not created yet (id 0) has only its class and values.
    AttributeValues allAttributes() const;
};

} // namespace sa::core
