#pragma once

#include <QString>
#include <QStringList>

namespace sa::core {

/// One object class of the schema. `name` is the command-line name (mailbox, recipients-container);
/// `objClass` is the Exchange schema class shown as Obj-Class in raw properties.
struct ClassDef
{
    QString name;
    QString objClass;
    QString label;                 ///< what the window calls one object of the class
    QString rdnType;               ///< "cn", "ou" or "o"
    QString icon;                  ///< icon file name under :/icons, without extension
    bool container = false;        ///< shown in the container tree
    bool recipient = false;        ///< lives in a recipients container and has an address
    bool userCreatable = true;     ///< `create` may make it (organization and site have their own commands)
    bool deletable = true;         ///< system objects (Configuration, services, ...) cannot be deleted
    QStringList possibleSuperiors; ///< class names an object of this class may be created under
    QStringList required;          ///< attributes that must have a value
    QStringList optional;          ///< further attributes allowed on the class
    /// Attribute whose value becomes the RDN when no Common-Name is given (Mail-Nickname for recipients).
    QString rdnFrom;
};

} // namespace sa::core
