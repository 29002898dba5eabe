#pragma once

#include <QStringList>

namespace sa::ui {

/// File > Recent Organizations: the folders of the organizations opened last, newest first, kept in
/// the settings. A folder is one entry however its path is written.
class RecentOrganizations
{
public:
    static constexpr int Count = 6;

    /// The folders, newest first, at most Count.
    static QStringList list();
    /// Puts `dir` first (made absolute).
    static void remember(const QString& dir);
    /// Leaves `dir` out: it is gone or holds no organization.
    static void forget(const QString& dir);

private:
    static QStringList without(const QString& dir);
    static void keep(const QStringList& dirs);
};

} // namespace sa::ui
