#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po queue delete and queue return: one message taken out of a postoffice's queue.
class PoQueueRemoveCommand : public PoCommand
{
public:
    explicit PoQueueRemoveCommand(const QString& verb);

protected:
    int execute(PoRun& run) override;

private:
    QString m_verb;
};

} // namespace sa::app::po
