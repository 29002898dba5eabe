// libFuzzer target for Directory Import: any bytes as a CSV file are imported whole or refused
// whole. On the demo's SEATTLE site, imported into Recipients: a refused file leaves the directory
// exactly as it was (its highest USN unchanged), every problem names a line and a reason, and an
// accepted one counts what it did.
#include "core/directory/DirectoryImporter.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/SiteBuilder.h"
#include "core/host/DemoOrganization.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

struct Site
{
    QTemporaryDir dir;
    std::unique_ptr<sa::core::DirectoryStore> store;
    sa::core::Dn recipients;
};

Site* site = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    site = new Site;
    auto org = sa::core::DemoOrganization::build(site->dir.path(), sa::core::DemoStage::Linked);
    if (!org)
        std::abort();
    auto store = sa::core::DirectoryStore::open(org->sitePath(QStringLiteral("SEATTLE")));
    if (!store)
        std::abort();
    site->store = std::move(store).value();
    site->recipients =
        sa::core::SiteBuilder::recipientsDn(QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), int(size));
    const qint64 before = site->store->highestUsn();
    const auto report = sa::core::DirectoryImporter::importBytes(*site->store, bytes, site->recipients);
    if (!report.ok()) {
        if (site->store->highestUsn() != before)
            std::abort(); // a refused file wrote something
        for (const sa::core::CsvProblem& p : report.problems) {
            if (p.reason.isEmpty() || p.line < 0 || p.column < 0)
                std::abort(); // a problem that does not say where or what
        }
    } else if (report.created + report.modified + report.deleted > 0 && site->store->highestUsn() == before) {
        std::abort(); // counted work that left no trace
    }
    return 0;
}
