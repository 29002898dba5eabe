#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po dirsync export and import: the next T1 sends every user, or asks for every list.
class PoDirsyncExportCommand : public PoCommand
{
public:
    explicit PoDirsyncExportCommand(const QString& verb);

protected:
    int execute(PoRun& run) override;

private:
    QString m_verb;
};

} // namespace sa::app::po
