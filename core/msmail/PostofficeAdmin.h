#pragma once

#include "core/common/Error.h"

#include <QString>

namespace sa::core {

class PostofficeStore;

/// The password of a postoffice's administrator account, with which MS Mail's ADMIN program signed
/// in: checked, never sent anywhere, so it is kept only as a PasswordHash in the postoffice's
/// settings (meta "admin-password-hash"). Postoffice schema 11 hashed the clear "admin-password"
/// of earlier files and wiped it from the file (issue 19). The minimum is PasswordRule's, as for
/// every other password of the product.
class PostofficeAdmin
{
public:
    /// The settings key of the hash.
    static const QString HashKey;

    explicit PostofficeAdmin(PostofficeStore& po);

    /// The text to keep for `password` of the postoffice `name` (NET/PO): refused by PasswordRule
    /// (the error says why, never the password), else hashed.
    static Result<QString> keptFor(const QString& password, const QString& name);

    /// Whether the postoffice has an administrator password (a postoffice made by a program with
    /// none has none until one is set).
    Result<bool> hasPassword() const;
    /// Whether `password` is the administrator password; false when it has none.
    Result<bool> passwordIs(const QString& password) const;
    /// Sets it (PasswordRule's minimum, then hashed), in a transaction of its own.
    Status setPassword(const QString& password);

private:
    PostofficeStore& m_po;
};

} // namespace sa::core
