#pragma once

#include "PoOptions.h"
#include "app/common/CommandRun.h"
#include "core/common/Error.h"
#include "core/msmail/PostofficeStore.h"

#include <QDateTime>
#include <memory>
#include <optional>

namespace sa::app::po {

/// An msmail-po command as it runs: the organization folder its postoffices are in (--org).
class PoRun : public CommandRun
{
public:
    explicit PoRun(const CommandRun& run) : CommandRun(run) {}

    QString orgDir() const;
    /// The postoffice NET/PO of the organization. The first one opened has the organization's
    /// files checked for other users (CommandRun::noteLooseFiles).
    core::Result<std::unique_ptr<core::PostofficeStore>> postoffice(const QString& name) const;

    /// How many of a log's newest lines --limit asks for (PoCommand::addLimitOption); nothing, the
    /// refusal said, when it is not a positive number.
    std::optional<int> limit()
    {
        return number(OptLimit, 1, DefaultLimit, QStringLiteral("a positive number"));
    }
    static constexpr int DefaultLimit = 50;

    /// A time as the commands print it: local, to the second, or "never".
    static QString timeText(const QDateTime& t);

private:
    mutable bool m_looseChecked = false;
};

} // namespace sa::app::po
