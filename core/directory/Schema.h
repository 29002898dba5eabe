#pragma once

#include "AttributeDef.h"
#include "ClassDef.h"
#include "core/common/Error.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace sa::core {

/// Names of the attributes the store maintains from each object's row.
namespace attr {
inline const QString ObjClass = QStringLiteral("Obj-Class");
inline const QString CommonName = QStringLiteral("Common-Name");
inline const QString ObjDistName = QStringLiteral("Obj-Dist-Name");
inline const QString ObjectGuid = QStringLiteral("Object-GUID");
inline const QString UsnCreated = QStringLiteral("USN-Created");
inline const QString UsnChanged = QStringLiteral("USN-Changed");
inline const QString WhenCreated = QStringLiteral("When-Created");
inline const QString WhenChanged = QStringLiteral("When-Changed");
inline const QString IsDeleted = QStringLiteral("Is-Deleted");
inline const QString DisplayName = QStringLiteral("Display-Name");
inline const QString MailNickname = QStringLiteral("Mail-Nickname");
inline const QString GivenName = QStringLiteral("Given-Name");
inline const QString Surname = QStringLiteral("Surname");
inline const QString Initials = QStringLiteral("Initials");
inline const QString Title = QStringLiteral("Title");
inline const QString Company = QStringLiteral("Company");
inline const QString Department = QStringLiteral("Department");
inline const QString TelephoneNumber = QStringLiteral("Telephone-Number");
inline const QString TargetAddress = QStringLiteral("Target-Address");
inline const QString ProxyAddresses = QStringLiteral("Proxy-Addresses");
inline const QString HideFromAddressBook = QStringLiteral("Hide-From-Address-Book");
inline const QString TrustLevel = QStringLiteral("Trust-Level");
inline const QString ImportedFrom = QStringLiteral("Imported-From");
inline const QString AdminNote = QStringLiteral("Admin-Note");
inline const QString Office = QStringLiteral("Physical-Delivery-Office-Name");
inline const QString City = QStringLiteral("Locality-Name");
} // namespace attr

/// The directory schema, declared once: it drives storage, validation, raw properties and the CLI.
class Schema
{
public:
    static const Schema& instance();

    const QList<ClassDef>& classes() const { return m_classes; }
    const QList<AttributeDef>& attributes() const { return m_attributes; }

    /// By command-line name (mailbox) or, failing that, Obj-Class (Mailbox); case-insensitive.
    const ClassDef* findClass(const QString& name) const;
    /// By schema name (Display-Name); case-insensitive.
    const AttributeDef* findAttribute(const QString& name) const;

    /// Every attribute an object of the class may carry: the system ones, required and optional.
    QStringList allowedAttributes(const ClassDef& cls) const;
    bool allows(const ClassDef& cls, const QString& attribute) const;
    bool isRequired(const ClassDef& cls, const QString& attribute) const;

    /// The value written back in its canonical spelling (TRUE/FALSE, trimmed integers), or the reason
    /// it is not a valid value of the attribute.
    Result<QString> normalizeValue(const AttributeDef& attribute, const QString& value) const;

private:
    Schema();
    void addAttribute(AttributeDef def);
    void addClass(ClassDef def);

    QList<AttributeDef> m_attributes;
    QList<ClassDef> m_classes;
    QHash<QString, int> m_attributeIndex; // lower-case name -> index
    QHash<QString, int> m_classIndex;     // lower-case name and objClass -> index
    QStringList m_systemAttributes;
};

} // namespace sa::core
