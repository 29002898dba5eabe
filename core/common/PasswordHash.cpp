#include "PasswordHash.h"

#include <sodium.h>

namespace sa::core::PasswordHash {

namespace {

bool ready()
{
    // sodium_init may be called more than once, from any thread; -1 only when it cannot start.
    static const bool ok = sodium_init() >= 0;
    return ok;
}

} // namespace

Result<QString> make(const QString& password, Cost cost)
{
    const unsigned long long ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const size_t memory = cost == Cost::Interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : size_t(4) << 20;
    if (!ready())
        return Error(ErrorCode::Storage, Phrase::tr("the password library (libsodium) cannot start"));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), ops, memory) != 0)
        return Error(ErrorCode::Storage,
                     Phrase::tr("not enough memory to hash the password (it takes %1 MiB)")
                         .arg(memory / (1024 * 1024)));
    return QString::fromLatin1(out);
}

bool matches(const QString& stored, const QString& password)
{
    if (!ready() || !isHash(stored))
        return false;
    const QByteArray hash = stored.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(hash.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

bool isHash(const QString& stored)
{
    return stored.startsWith(QLatin1String("$argon2id$")) || stored.startsWith(QLatin1String("$argon2i$"));
}

} // namespace sa::core::PasswordHash
