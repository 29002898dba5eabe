#pragma once

#include "core/common/Error.h"

#include <QString>

namespace sa::core {

/// A password kept to be checked, never to be sent (issue 19): a postoffice's administrator
/// password, and the passwords a server postoffice checks on its requestors' dirsync mail.
/// libsodium's crypto_pwhash_str, Argon2id: the stored text carries the algorithm, its limits and a
/// random salt, "$argon2id$v=19$m=65536,t=2,p=1$...", so other limits later still check what was
/// stored before. The password itself is hashed as UTF-8 and is never kept.
namespace PasswordHash {

/// How much each check costs, and so each guess of one who stole the file.
enum class Cost
{
    /// libsodium's "interactive" limits: two passes over 64 MiB, about a tenth of a second here.
    /// For a password a person types to be let in (the administrator's).
    Interactive,
    /// Two passes over 4 MiB, under a hundredth of a second here: for a password checked on every
    /// message that carries it (a requestor's dirsync password at its server, once per requestor
    /// per cycle), where a tenth of a second each would be paid by every cycle of a large network.
    /// Our decision; still a salted, memory-hard hash, not a fast digest.
    EveryMessage,
};

/// The text to keep for `password`; fails only when the machine cannot give the memory.
Result<QString> make(const QString& password, Cost cost = Cost::Interactive);
/// Whether `password` is the one `stored` (a text make() gave) was made from; false for a stored
/// text that is not such a hash.
bool matches(const QString& stored, const QString& password);
/// Whether `stored` is a text make() gives (an Argon2 hash), not a password kept in clear.
bool isHash(const QString& stored);

} // namespace PasswordHash

} // namespace sa::core
