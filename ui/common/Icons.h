#pragma once

#include <QIcon>
#include <QString>

namespace sa::ui {

/// The icons of resources/icons, compiled into the UI library.
class Icons
{
public:
    /// By icon name (the file name without .svg); a missing name gives a null icon.
    static QIcon named(const QString& name);
    /// The icon of a schema class (by its command-line name).
    static QIcon forClass(const QString& className);
    static QIcon application() { return named(QStringLiteral("siteadmin")); }
};

} // namespace sa::ui
