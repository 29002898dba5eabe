#pragma once

// A path as help and the manual page show it: the home folder as "~", so that the manual page made
// at build time does not hold the builder's home.

#include <QDir>
#include <QString>

namespace sa::app {

inline QString homePath(const QString& path)
{
    const QString home = QDir::homePath();
    if (!home.isEmpty() && home != QLatin1String("/") && path.startsWith(home + QLatin1Char('/')))
        return QLatin1Char('~') + path.mid(home.size());
    return path;
}

} // namespace sa::app
