// libFuzzer target for the dirsync message parser: any bytes as body (and, after a NUL, as the
// attachment) are read or refused, never crash, and what is read writes back and reads the same.
#include "core/dirsyncprotocol/DirsyncCodec.h"
#include "core/dirsyncprotocol/DirsyncSubject.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), int(size));
    const int nul = int(bytes.indexOf('\0'));
    const QString body = QString::fromUtf8(nul < 0 ? bytes : bytes.left(nul));
    const QString attachment = nul < 0 ? QString() : QString::fromUtf8(bytes.mid(nul + 1));
    (void)sa::core::DirsyncSubject::parse(body);
    auto parsed = sa::core::DirsyncCodec::parse(body, attachment);
    if (!parsed)
        return 0;
    auto again = sa::core::DirsyncCodec::encode(parsed.value());
    if (!again)
        return 0;
    auto reread = sa::core::DirsyncCodec::parse(again->body, again->attachment);
    if (!reread || !(reread.value() == parsed.value()))
        std::abort(); // written text that does not read back the same
    return 0;
}
