#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po user add, modify and delete: a postoffice's users, as the postoffice administrator program kept
/// them.
class PoUserEditCommand : public PoCommand
{
public:
    explicit PoUserEditCommand(const QString& verb);

protected:
    int execute(PoRun& run) override;

private:
    QString m_verb;
};

} // namespace sa::app::po
