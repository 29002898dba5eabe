#include "DirectoryObject.h"

#include "BooleanSyntax.h"
#include "Schema.h"

namespace sa::core {

bool DirectoryObject::flag(const QString& attribute) const
{
    return BooleanSyntax::isTrue(value(attribute));
}

QString DirectoryObject::value(const QString& attribute) const
{
    const auto it = values.constFind(attribute);
    return it == values.constEnd() || it->isEmpty() ? QString() : it->first();
}

QString DirectoryObject::displayName() const
{
    const QString d = value(attr::DisplayName);
    return d.isEmpty() ? rdn() : d;
}

AttributeValues DirectoryObject::allAttributes() const
{
    AttributeValues all = values;
    all.insert(attr::ObjClass, {cls ? cls->objClass : QString()});
    if (id == 0) {
        // Not created yet: it has no name, place, GUID or USNs of its own until it is written (a
        // new object's dn is the container it will be made in, whose name Common-Name showed).
        return all;
    }
    all.insert(attr::CommonName, {rdn()});
    all.insert(attr::ObjDistName, {dn.toString()});
    all.insert(attr::ObjectGuid, {guid});
    all.insert(attr::UsnCreated, {QString::number(usnCreated)});
    all.insert(attr::UsnChanged, {QString::number(usnChanged)});
    all.insert(attr::WhenCreated, {whenCreated.toString(Qt::ISODate)});
    all.insert(attr::WhenChanged, {whenChanged.toString(Qt::ISODate)});
    all.insert(attr::IsDeleted, {BooleanSyntax::text(deleted)});
    return all;
}

} // namespace sa::core
