#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po external start and stop: whether an External instance carries mail.
class PoExternalStartCommand : public PoCommand
{
public:
    explicit PoExternalStartCommand(const QString& verb);

protected:
    int execute(PoRun& run) override;

private:
    QString m_verb;
};

} // namespace sa::app::po
