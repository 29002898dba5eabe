#pragma once

#include "core/common/Error.h"

#include <QString>

namespace sa::core {

/// A password kept to be checked, never to be sent: a postoffice's administrator password (issue
/// 19). libsodium's crypto_pwhash_str, Argon2id at its "interactive" limits (two passes over 64 MiB,
/// about a tenth of a second here): the stored text carries the algorithm, its limits and a random
/// salt, "$argon2id$v=19$m=65536,t=2,p=1$...", so stronger limits later still check what was stored
/// before. The password itself is hashed as UTF-8 and is never kept.
namespace PasswordHash {

/// The text to keep for `password`; fails only when the machine cannot give the memory.
Result<QString> make(const QString& password);
/// Whether `password` is the one `stored` (a text make() gave) was made from; false for a stored
/// text that is not such a hash.
bool matches(const QString& stored, const QString& password);
/// Whether `stored` is a text make() gives (an Argon2 hash), not a password kept in clear.
bool isHash(const QString& stored);

} // namespace PasswordHash

} // namespace sa::core
