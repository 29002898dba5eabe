#include "WriterRule.h"

namespace sa::core {

Status WriterRule::fillIn(const ClassDef&, bool, QList<AttributeChange>&)
{
    return {};
}

Status WriterRule::beforeCreate(const ClassDef&, const Dn&, AttributeValues&)
{
    return {};
}

Status WriterRule::beforeModify(const DirectoryObject&, const AttributeValues&, const QStringList&)
{
    return {};
}

Status WriterRule::checkRemove(const DirectoryObject&)
{
    return {};
}

Status WriterRule::beforeRemove(const DirectoryObject&)
{
    return {};
}

} // namespace sa::core
