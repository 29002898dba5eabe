#include "PostofficeAdmin.h"

#include "PostofficeStore.h"
#include "core/common/PasswordHash.h"
#include "core/common/PasswordRule.h"
#include "core/storage/SqliteConnection.h"

namespace sa::core {

const QString PostofficeAdmin::HashKey = QStringLiteral("admin-password-hash");

PostofficeAdmin::PostofficeAdmin(PostofficeStore& po) : m_po(po)
{
}

Result<QString> PostofficeAdmin::keptFor(const QString& password, const QString& name)
{
    if (Status s =
            PasswordRule::check(password, QStringLiteral("the administrator password of %1").arg(name));
        !s)
        return s.error();
    return PasswordHash::make(password);
}

Result<bool> PostofficeAdmin::hasPassword() const
{
    auto kept = m_po.readMeta(HashKey);
    if (!kept)
        return kept.error();
    return !kept->isEmpty();
}

Result<bool> PostofficeAdmin::passwordIs(const QString& password) const
{
    auto kept = m_po.readMeta(HashKey);
    if (!kept)
        return kept.error();
    return PasswordHash::matches(kept.value(), password);
}

Status PostofficeAdmin::setPassword(const QString& password)
{
    auto hash = keptFor(password, m_po.name());
    if (!hash)
        return hash.error();
    return m_po.connection().transaction([&] { return m_po.setMetaValue(HashKey, hash.value()); });
}

} // namespace sa::core
