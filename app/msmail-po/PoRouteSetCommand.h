#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po route direct, indirect and remove: the postoffice's route to another postoffice.
class PoRouteSetCommand : public PoCommand
{
public:
    explicit PoRouteSetCommand(const QString& verb);

protected:
    int execute(PoRun& run) override;

private:
    QString m_verb;
};

} // namespace sa::app::po
