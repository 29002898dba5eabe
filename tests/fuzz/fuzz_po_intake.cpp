// libFuzzer target for a postoffice's intake: any bytes, cut at NULs into sender, recipient,
// subject, body and attachment, make a message that NWNET/PO1 (a dirsync requestor of the demo)
// accepts, dispatches (delivers, forwards or returns) and, when it reaches $SYSTEM, its dirsync
// agent reads in T3. Nothing may crash, and each step either works or says why in words.
#include "core/host/DemoOrganization.h"
#include "core/message/Message.h"
#include "core/msmail/PostofficeDirsync.h"
#include "core/msmail/PostofficeQueue.h"
#include "core/msmail/PostofficeStore.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

struct Postoffice
{
    QTemporaryDir dir;
    std::unique_ptr<sa::core::PostofficeStore> po;
};

Postoffice* office = nullptr;

void check(const sa::core::Error& e)
{
    if (e.message().isEmpty())
        std::abort(); // a failure that does not say what
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    office = new Postoffice;
    auto org = sa::core::DemoOrganization::build(office->dir.path(), sa::core::DemoStage::Configured);
    if (!org)
        std::abort();
    auto po = sa::core::PostofficeStore::open(org->dir(), QStringLiteral("NWNET/PO1"));
    if (!po)
        std::abort();
    office->po = std::move(po).value();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QList<QByteArray> parts = QByteArray(reinterpret_cast<const char*>(data), int(size)).split('\0');
    sa::core::Message m =
        sa::core::Message::create(QString::fromUtf8(parts.value(0)), QString::fromUtf8(parts.value(1)),
                                  QString::fromUtf8(parts.value(2)), QString::fromUtf8(parts.value(3)));
    m.attachment = parts.value(4);
    m.hops = parts.size() > 5 ? int(parts.value(5).size()) : 0;
    if (auto accepted = sa::core::PostofficeQueue(*office->po).accept(m); !accepted)
        check(accepted.error());
    if (auto dispatched = sa::core::PostofficeQueue(*office->po).dispatch(); !dispatched)
        check(dispatched.error());
    if (auto t3 = sa::core::PostofficeDirsync(*office->po).t3(); !t3)
        check(t3.error());
    return 0;
}
