#pragma once

#include "app/common/CommandRun.h"
#include "core/common/Error.h"
#include "core/msmail/PostofficeStore.h"

#include <QDateTime>
#include <memory>

namespace sa::app::po {

/// An msmail-po command as it runs: the organization folder its postoffices are in (--org).
class PoRun : public CommandRun
{
public:
    explicit PoRun(const CommandRun& run) : CommandRun(run) {}

    QString orgDir() const;
    /// The postoffice NET/PO of the organization.
    core::Result<std::unique_ptr<core::PostofficeStore>> postoffice(const QString& name) const;

    /// A time as the commands print it: local, to the second, or "never".
    static QString timeText(const QDateTime& t);
};

} // namespace sa::app::po
