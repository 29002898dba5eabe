#pragma once
// The line siteadminctl and msmail-po print for an error: one line, never a flood. Values are
// quoted short where errors are made (TextRule::quoted); this is the net under those, for a message
// that still carries an oversized argument (a 1 MB command-line value must not become a 1 MB line).
#include <QString>

namespace sa::app {

inline QString errorLine(QString message)
{
    constexpr int MaxLength = 1000;
    if (message.size() <= MaxLength)
        return message;
    return message.left(MaxLength) + QStringLiteral("... (%1 characters in all)").arg(message.size());
}

} // namespace sa::app
