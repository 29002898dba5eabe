#pragma once

#include "CtlCommand.h"

namespace sa::app::ctl {

/// siteadminctl queue delete and queue return: one message taken out of a site's MTA queue, deleted or
/// returned to its sender with a non-delivery report.
class QueueRemoveCommand : public CtlCommand
{
public:
    explicit QueueRemoveCommand(const QString& verb);

protected:
    int execute(CtlRun& run) override;

private:
    QString m_verb;
};

} // namespace sa::app::ctl
